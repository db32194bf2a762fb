CREATE TABLE "designated_hospital_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"entity_id" bigint NOT NULL,
	"action" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"reason" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "designated_hospitals" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"person_id" bigint NOT NULL,
	"slot" smallint NOT NULL,
	"institution_id" bigint NOT NULL,
	"region_code" text NOT NULL,
	"chosen_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "designated_hospitals_slot_ck" CHECK ("designated_hospitals"."slot" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "designated_hospitals" ADD CONSTRAINT "designated_hospitals_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "designated_hospitals" ADD CONSTRAINT "designated_hospitals_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "designated_hospitals" ADD CONSTRAINT "designated_hospitals_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "designated_hospital_history_entity_idx" ON "designated_hospital_history" USING btree ("entity_id","changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "designated_hospitals_slot_uq" ON "designated_hospitals" USING btree ("person_id","slot");--> statement-breakpoint
CREATE UNIQUE INDEX "designated_hospitals_institution_uq" ON "designated_hospitals" USING btree ("person_id","institution_id");