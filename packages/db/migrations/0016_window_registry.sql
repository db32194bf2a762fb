CREATE TABLE "retirements" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"person_id" bigint NOT NULL,
	"unit_id" bigint,
	"region_code" text NOT NULL,
	"retirement_type" text NOT NULL,
	"retired_on" date NOT NULL,
	"effective_from" date NOT NULL,
	"pension_fen" bigint NOT NULL,
	"deemed_months" integer NOT NULL,
	"paid_months" integer NOT NULL,
	"required_months" integer NOT NULL,
	"status" text DEFAULT '正常' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "cancelled_on" date;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "cancel_reason" text;--> statement-breakpoint
ALTER TABLE "retirements" ADD CONSTRAINT "retirements_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retirements" ADD CONSTRAINT "retirements_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retirements" ADD CONSTRAINT "retirements_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "retirements_person_idx" ON "retirements" USING btree ("person_id");