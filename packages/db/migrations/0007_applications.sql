CREATE TABLE "application_materials" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"application_id" bigint,
	"business_code" text NOT NULL,
	"item_code" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"width" integer,
	"height" integer,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"on_paper" boolean DEFAULT false NOT NULL,
	"uploader_type" text NOT NULL,
	"uploader_id" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_steps" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"application_id" bigint NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"level" integer,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"actor_name" text NOT NULL,
	"comment" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"application_no" text NOT NULL,
	"business_code" text NOT NULL,
	"channel" text NOT NULL,
	"applicant_type" text NOT NULL,
	"applicant_id" text NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_unit_id" bigint,
	"subject_person_id" bigint,
	"subject_unit_id" bigint,
	"subject_name" text NOT NULL,
	"subject_cert_type" text DEFAULT '' NOT NULL,
	"subject_cert_no" text DEFAULT '' NOT NULL,
	"region_code" text NOT NULL,
	"insurance_type" text DEFAULT '' NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text NOT NULL,
	"review_policy" text NOT NULL,
	"levels_passed" integer DEFAULT 0 NOT NULL,
	"reviewers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"claimed_by" bigint,
	"claimed_at" timestamp with time zone,
	"submitted_at" timestamp with time zone NOT NULL,
	"due_on" date,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"effect_applied_at" timestamp with time zone,
	"effect_result" jsonb,
	"compensated_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "applications_application_no_unique" UNIQUE("application_no"),
	CONSTRAINT "applications_status_ck" CHECK ("applications"."status" in ('submitted','in-review','approved','rejected','withdrawn','returned','applied','revoked')),
	CONSTRAINT "applications_policy_ck" CHECK ("applications"."review_policy" in ('auto','front-desk','two-level','immediate'))
);
--> statement-breakpoint
ALTER TABLE "application_materials" ADD CONSTRAINT "application_materials_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_steps" ADD CONSTRAINT "application_steps_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_applicant_unit_id_units_id_fk" FOREIGN KEY ("applicant_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_subject_person_id_persons_id_fk" FOREIGN KEY ("subject_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_subject_unit_id_units_id_fk" FOREIGN KEY ("subject_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_claimed_by_staff_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_materials_app_idx" ON "application_materials" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "application_materials_uploader_idx" ON "application_materials" USING btree ("uploader_type","uploader_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "application_steps_app_idx" ON "application_steps" USING btree ("application_id","at");--> statement-breakpoint
CREATE INDEX "applications_applicant_idx" ON "applications" USING btree ("applicant_type","applicant_id","submitted_at");--> statement-breakpoint
CREATE INDEX "applications_unit_idx" ON "applications" USING btree ("applicant_unit_id","status","submitted_at");--> statement-breakpoint
CREATE INDEX "applications_subject_person_idx" ON "applications" USING btree ("subject_person_id","submitted_at");--> statement-breakpoint
CREATE INDEX "applications_queue_idx" ON "applications" USING btree ("region_code","business_code","status","due_on");