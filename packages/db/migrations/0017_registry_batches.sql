CREATE TABLE "registry_batches" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"unit_id" bigint,
	"region_code" text NOT NULL,
	"created_by_type" text NOT NULL,
	"created_by_id" text NOT NULL,
	"file_name" text NOT NULL,
	"status" text DEFAULT 'checked' NOT NULL,
	"total" integer NOT NULL,
	"good" integer NOT NULL,
	"bad" integer NOT NULL,
	"rows" jsonb NOT NULL,
	"application_id" bigint,
	"job_run_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registry_batches_status_ck" CHECK ("registry_batches"."status" in ('checked','importing','done','failed'))
);
--> statement-breakpoint
ALTER TABLE "registry_batches" ADD CONSTRAINT "registry_batches_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registry_batches" ADD CONSTRAINT "registry_batches_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "registry_batches_owner_idx" ON "registry_batches" USING btree ("created_by_type","created_by_id","created_at");