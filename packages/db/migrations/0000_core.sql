CREATE TABLE "agencies" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"region_code" text NOT NULL,
	"division_code" text NOT NULL,
	"level" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agency_history" (
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
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"province_code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit_history" (
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
CREATE TABLE "units" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"unit_no" text NOT NULL,
	"uscc" text NOT NULL,
	"name" text NOT NULL,
	"unit_type" text NOT NULL,
	"region_code" text NOT NULL,
	"agency_id" bigint,
	"division_code" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"postcode" text DEFAULT '' NOT NULL,
	"industry" text DEFAULT '' NOT NULL,
	"economic_type" text DEFAULT '' NOT NULL,
	"affiliation" text DEFAULT '' NOT NULL,
	"legal_rep_name" text DEFAULT '' NOT NULL,
	"legal_rep_cert_type" text DEFAULT '01' NOT NULL,
	"legal_rep_cert_no" text DEFAULT '' NOT NULL,
	"legal_rep_phone" text DEFAULT '' NOT NULL,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"bank_code" text DEFAULT '' NOT NULL,
	"bank_account_name" text DEFAULT '' NOT NULL,
	"bank_account" text DEFAULT '' NOT NULL,
	"established_on" date,
	"registered_on" date,
	"status" text DEFAULT '正常' NOT NULL,
	"parent_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "family_relation_history" (
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
CREATE TABLE "family_relations" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"person_id" bigint NOT NULL,
	"relative_id" bigint NOT NULL,
	"relation" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_history" (
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
CREATE TABLE "persons" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"person_no" text NOT NULL,
	"name" text NOT NULL,
	"cert_type" text NOT NULL,
	"cert_no" text NOT NULL,
	"sex" text NOT NULL,
	"birth_date" date NOT NULL,
	"ethnicity" text DEFAULT '01' NOT NULL,
	"nationality" text DEFAULT 'CHN' NOT NULL,
	"identity" text DEFAULT '' NOT NULL,
	"work_start_date" date,
	"education" text DEFAULT '' NOT NULL,
	"household_type" text DEFAULT '' NOT NULL,
	"household_division_code" text DEFAULT '' NOT NULL,
	"household_address" text DEFAULT '' NOT NULL,
	"household_postcode" text DEFAULT '' NOT NULL,
	"residence_division_code" text DEFAULT '' NOT NULL,
	"residence_address" text DEFAULT '' NOT NULL,
	"residence_postcode" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"bank_code" text DEFAULT '' NOT NULL,
	"bank_account" text DEFAULT '' NOT NULL,
	"bank_account_name" text DEFAULT '' NOT NULL,
	"photo_path" text,
	"ss_card_no" text,
	"ss_card_password_hash" text,
	"person_category" text NOT NULL,
	"retired_on" date,
	"death_date" date,
	"region_code" text NOT NULL,
	"unit_id" bigint,
	"status" text DEFAULT '正常' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contributions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"person_id" bigint NOT NULL,
	"unit_id" bigint,
	"region_code" text NOT NULL,
	"insurance_type" text NOT NULL,
	"period" integer NOT NULL,
	"kind" text DEFAULT '正常应缴' NOT NULL,
	"base_fen" bigint NOT NULL,
	"unit_amount_fen" bigint NOT NULL,
	"personal_amount_fen" bigint NOT NULL,
	"account_allocation_fen" bigint DEFAULT 0 NOT NULL,
	"status" text NOT NULL,
	"paid_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contributions_period_ck" CHECK ("contributions"."period" between 199001 and 299912 and "contributions"."period" % 100 between 1 and 12),
	CONSTRAINT "contributions_amounts_ck" CHECK ("contributions"."base_fen" >= 0 and "contributions"."unit_amount_fen" >= 0 and "contributions"."personal_amount_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "enrolment_history" (
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
CREATE TABLE "enrolments" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"person_id" bigint NOT NULL,
	"unit_id" bigint,
	"region_code" text NOT NULL,
	"insurance_type" text NOT NULL,
	"person_type" text NOT NULL,
	"status" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"first_enrolled_on" date,
	"contribution_base_fen" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enrolments_status_ck" CHECK ("enrolments"."status" in ('正常参保','暂停参保','终止参保'))
);
--> statement-breakpoint
CREATE TABLE "institution_history" (
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
CREATE TABLE "institutions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"level" text DEFAULT '' NOT NULL,
	"unit_id" bigint,
	"region_code" text NOT NULL,
	"division_code" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"is_primary_care" text DEFAULT '0' NOT NULL,
	"cross_region" text DEFAULT '0' NOT NULL,
	"status" text DEFAULT '正常' NOT NULL,
	"agreement_from" date,
	"agreement_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "account_movements" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"account_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"balance_after_fen" bigint NOT NULL,
	"period" integer,
	"user_person_id" bigint,
	"reference" text,
	"idempotency_key" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_movements_balance_ck" CHECK ("account_movements"."balance_after_fen" >= 0),
	CONSTRAINT "account_movements_amount_ck" CHECK ("account_movements"."amount_fen" <> 0)
);
--> statement-breakpoint
CREATE TABLE "personal_account_history" (
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
CREATE TABLE "personal_accounts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"person_id" bigint NOT NULL,
	"region_code" text NOT NULL,
	"balance_fen" bigint DEFAULT 0 NOT NULL,
	"status" text DEFAULT '正常' NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "personal_accounts_balance_ck" CHECK ("personal_accounts"."balance_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"actor_name" text DEFAULT '' NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"region_code" text,
	"before" jsonb,
	"after" jsonb,
	"request_id" text,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "calendar_days" (
	"day" date PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "data_loads" (
	"name" text NOT NULL,
	"version" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"detail" jsonb,
	CONSTRAINT "data_loads_name_version_pk" PRIMARY KEY("name","version")
);
--> statement-breakpoint
CREATE TABLE "job_runs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"input" jsonb,
	"result" jsonb,
	"result_file" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"owner_type" text NOT NULL,
	"owner_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_by" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_relations" ADD CONSTRAINT "family_relations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_relations" ADD CONSTRAINT "family_relations_relative_id_persons_id_fk" FOREIGN KEY ("relative_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_movements" ADD CONSTRAINT "account_movements_account_id_personal_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."personal_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_movements" ADD CONSTRAINT "account_movements_user_person_id_persons_id_fk" FOREIGN KEY ("user_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_accounts" ADD CONSTRAINT "personal_accounts_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_accounts" ADD CONSTRAINT "personal_accounts_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agencies_code_uq" ON "agencies" USING btree ("code");--> statement-breakpoint
CREATE INDEX "agencies_region_idx" ON "agencies" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "agency_history_entity_idx" ON "agency_history" USING btree ("entity_id","changed_at");--> statement-breakpoint
CREATE INDEX "unit_history_entity_idx" ON "unit_history" USING btree ("entity_id","changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "units_unit_no_uq" ON "units" USING btree ("unit_no");--> statement-breakpoint
CREATE UNIQUE INDEX "units_uscc_uq" ON "units" USING btree ("uscc");--> statement-breakpoint
CREATE INDEX "units_region_idx" ON "units" USING btree ("region_code","unit_type");--> statement-breakpoint
CREATE INDEX "family_relation_history_entity_idx" ON "family_relation_history" USING btree ("entity_id","changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "family_relations_pair_uq" ON "family_relations" USING btree ("person_id","relative_id");--> statement-breakpoint
CREATE INDEX "family_relations_relative_idx" ON "family_relations" USING btree ("relative_id");--> statement-breakpoint
CREATE INDEX "person_history_entity_idx" ON "person_history" USING btree ("entity_id","changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "persons_cert_uq" ON "persons" USING btree ("cert_type","cert_no");--> statement-breakpoint
CREATE UNIQUE INDEX "persons_person_no_uq" ON "persons" USING btree ("person_no");--> statement-breakpoint
CREATE INDEX "persons_unit_idx" ON "persons" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "persons_region_idx" ON "persons" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "persons_phone_idx" ON "persons" USING btree ("phone");--> statement-breakpoint
CREATE UNIQUE INDEX "contributions_month_uq" ON "contributions" USING btree ("person_id","insurance_type","period","kind");--> statement-breakpoint
CREATE INDEX "contributions_unit_period_idx" ON "contributions" USING btree ("unit_id","period");--> statement-breakpoint
CREATE INDEX "enrolment_history_entity_idx" ON "enrolment_history" USING btree ("entity_id","changed_at");--> statement-breakpoint
CREATE INDEX "enrolments_person_idx" ON "enrolments" USING btree ("person_id","insurance_type");--> statement-breakpoint
CREATE INDEX "enrolments_unit_idx" ON "enrolments" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "enrolments_region_idx" ON "enrolments" USING btree ("region_code","insurance_type","status");--> statement-breakpoint
CREATE INDEX "institution_history_entity_idx" ON "institution_history" USING btree ("entity_id","changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "institutions_code_uq" ON "institutions" USING btree ("code");--> statement-breakpoint
CREATE INDEX "institutions_region_idx" ON "institutions" USING btree ("region_code","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "account_movements_idem_uq" ON "account_movements" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "account_movements_account_idx" ON "account_movements" USING btree ("account_id","occurred_at");--> statement-breakpoint
CREATE INDEX "personal_account_history_entity_idx" ON "personal_account_history" USING btree ("entity_id","changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "personal_accounts_person_uq" ON "personal_accounts" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_type","actor_id");--> statement-breakpoint
CREATE INDEX "job_runs_owner_idx" ON "job_runs" USING btree ("owner_type","owner_id","created_at");