CREATE TABLE "allocation_policies" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"person_class" text NOT NULL,
	"rate_bp" integer DEFAULT 0 NOT NULL,
	"monthly_fen" bigint DEFAULT 0 NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"source" text NOT NULL,
	CONSTRAINT "allocation_policies_ck" CHECK ("allocation_policies"."rate_bp" >= 0 and "allocation_policies"."monthly_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "mutual_aid_link_history" (
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
CREATE TABLE "mutual_aid_links" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"holder_person_id" bigint NOT NULL,
	"member_person_id" bigint NOT NULL,
	"relation" text NOT NULL,
	"effective_from" date NOT NULL,
	"draw_order" smallint DEFAULT 1 NOT NULL,
	"status" text DEFAULT '有效' NOT NULL,
	"application_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "mutual_aid_links_self_ck" CHECK ("mutual_aid_links"."holder_person_id" <> "mutual_aid_links"."member_person_id")
);
--> statement-breakpoint
CREATE TABLE "mutual_aid_scopes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"relations" text[] NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_nonces" (
	"key_id" text NOT NULL,
	"nonce" text NOT NULL,
	"seen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "api_nonces_key_id_nonce_pk" PRIMARY KEY("key_id","nonce")
);
--> statement-breakpoint
CREATE TABLE "benefit_accumulators" (
	"person_id" bigint NOT NULL,
	"year" smallint NOT NULL,
	"visit_class" text NOT NULL,
	"deductible_used_fen" bigint DEFAULT 0 NOT NULL,
	"fund_paid_fen" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "benefit_accumulators_person_id_year_visit_class_pk" PRIMARY KEY("person_id","year","visit_class"),
	CONSTRAINT "benefit_accumulators_ck" CHECK ("benefit_accumulators"."deductible_used_fen" >= 0 and "benefit_accumulators"."fund_paid_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "benefit_policies" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"person_class" text NOT NULL,
	"visit_class" text NOT NULL,
	"deductible_fen" bigint NOT NULL,
	"annual_cap_fen" bigint NOT NULL,
	"ratio_primary_bp" integer NOT NULL,
	"ratio_secondary_bp" integer NOT NULL,
	"ratio_tertiary_bp" integer NOT NULL,
	"ratio_pharmacy_bp" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"source" text NOT NULL,
	CONSTRAINT "benefit_policies_ck" CHECK ("benefit_policies"."deductible_fen" >= 0 and "benefit_policies"."annual_cap_fen" >= 0
        and "benefit_policies"."ratio_primary_bp" between 0 and 10000 and "benefit_policies"."ratio_secondary_bp" between 0 and 10000
        and "benefit_policies"."ratio_tertiary_bp" between 0 and 10000 and "benefit_policies"."ratio_pharmacy_bp" between 0 and 10000)
);
--> statement-breakpoint
CREATE TABLE "institution_api_keys" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"institution_id" bigint NOT NULL,
	"key_id" text NOT NULL,
	"secret_sealed" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"status" text DEFAULT '有效' NOT NULL,
	"issued_by" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "settlements" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"institution_id" bigint NOT NULL,
	"txn_no" text NOT NULL,
	"request_hash" text NOT NULL,
	"person_id" bigint NOT NULL,
	"region_code" text NOT NULL,
	"person_class" text NOT NULL,
	"med_type" text NOT NULL,
	"visit_class" text NOT NULL,
	"tier" text NOT NULL,
	"remote" boolean DEFAULT false NOT NULL,
	"visit_date" date NOT NULL,
	"policy_id" bigint,
	"total_fen" bigint NOT NULL,
	"in_catalogue_fen" bigint NOT NULL,
	"out_catalogue_fen" bigint NOT NULL,
	"deductible_fen" bigint NOT NULL,
	"fund_fen" bigint NOT NULL,
	"account_fen" bigint NOT NULL,
	"cash_fen" bigint NOT NULL,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT '已结算' NOT NULL,
	"refund_txn_no" text,
	"refunded_at" timestamp with time zone,
	"settled_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "settlements_split_ck" CHECK ("settlements"."total_fen" = "settlements"."fund_fen" + "settlements"."account_fen" + "settlements"."cash_fen"
        and "settlements"."total_fen" = "settlements"."in_catalogue_fen" + "settlements"."out_catalogue_fen"
        and "settlements"."fund_fen" >= 0 and "settlements"."account_fen" >= 0 and "settlements"."cash_fen" >= 0
        and "settlements"."deductible_fen" >= 0 and "settlements"."in_catalogue_fen" >= 0 and "settlements"."out_catalogue_fen" >= 0)
);
--> statement-breakpoint
ALTER TABLE "account_movements" ADD COLUMN "institution_id" bigint;--> statement-breakpoint
ALTER TABLE "account_movements" ADD COLUMN "settlement_id" bigint;--> statement-breakpoint
ALTER TABLE "account_movements" ADD COLUMN "application_id" bigint;--> statement-breakpoint
ALTER TABLE "personal_accounts" ADD COLUMN "password_hash" text;--> statement-breakpoint
ALTER TABLE "personal_accounts" ADD COLUMN "password_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "personal_accounts" ADD COLUMN "password_free_local" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "personal_accounts" ADD COLUMN "remote_use" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "mutual_aid_links" ADD CONSTRAINT "mutual_aid_links_holder_person_id_persons_id_fk" FOREIGN KEY ("holder_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mutual_aid_links" ADD CONSTRAINT "mutual_aid_links_member_person_id_persons_id_fk" FOREIGN KEY ("member_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_accumulators" ADD CONSTRAINT "benefit_accumulators_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_api_keys" ADD CONSTRAINT "institution_api_keys_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_api_keys" ADD CONSTRAINT "institution_api_keys_issued_by_unit_operators_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."unit_operators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlements" ADD CONSTRAINT "settlements_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlements" ADD CONSTRAINT "settlements_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlements" ADD CONSTRAINT "settlements_policy_id_benefit_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."benefit_policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "allocation_policies_uq" ON "allocation_policies" USING btree ("region_code","person_class","valid_from");--> statement-breakpoint
CREATE INDEX "mutual_aid_link_history_entity_idx" ON "mutual_aid_link_history" USING btree ("entity_id","changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "mutual_aid_links_active_uq" ON "mutual_aid_links" USING btree ("holder_person_id","member_person_id") WHERE "mutual_aid_links"."status" = '有效';--> statement-breakpoint
CREATE INDEX "mutual_aid_links_member_idx" ON "mutual_aid_links" USING btree ("member_person_id","draw_order") WHERE "mutual_aid_links"."status" = '有效';--> statement-breakpoint
CREATE UNIQUE INDEX "mutual_aid_scopes_uq" ON "mutual_aid_scopes" USING btree ("region_code","valid_from");--> statement-breakpoint
CREATE INDEX "api_nonces_seen_idx" ON "api_nonces" USING btree ("seen_at");--> statement-breakpoint
CREATE UNIQUE INDEX "benefit_policies_uq" ON "benefit_policies" USING btree ("region_code","person_class","visit_class","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "institution_api_keys_key_uq" ON "institution_api_keys" USING btree ("key_id");--> statement-breakpoint
CREATE INDEX "institution_api_keys_institution_idx" ON "institution_api_keys" USING btree ("institution_id");--> statement-breakpoint
CREATE UNIQUE INDEX "settlements_txn_uq" ON "settlements" USING btree ("institution_id","txn_no");--> statement-breakpoint
CREATE INDEX "settlements_person_idx" ON "settlements" USING btree ("person_id","visit_date");--> statement-breakpoint
ALTER TABLE "account_movements" ADD CONSTRAINT "account_movements_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_movements_user_idx" ON "account_movements" USING btree ("user_person_id","occurred_at") WHERE "account_movements"."user_person_id" is not null;--> statement-breakpoint
CREATE INDEX "account_movements_settlement_idx" ON "account_movements" USING btree ("settlement_id") WHERE "account_movements"."settlement_id" is not null;--> statement-breakpoint
-- 示例参数: sample policy figures for the three demo regions; no official document is cited.
INSERT INTO "benefit_policies" ("region_code", "person_class", "visit_class", "deductible_fen",
  "annual_cap_fen", "ratio_primary_bp", "ratio_secondary_bp", "ratio_tertiary_bp",
  "ratio_pharmacy_bp", "valid_from", "source") VALUES
  ('110000', '在职', '门诊', 180000, 2000000, 9000, 7000, 7000, 0, '2019-01-01', '示例参数'),
  ('110000', '退休', '门诊', 130000, 2000000, 9000, 8500, 8500, 0, '2019-01-01', '示例参数'),
  ('110000', '在职', '住院', 130000, 50000000, 9000, 8700, 8500, 0, '2019-01-01', '示例参数'),
  ('110000', '退休', '住院', 130000, 50000000, 9700, 9610, 9550, 0, '2019-01-01', '示例参数'),
  ('530400', '在职', '门诊', 80000, 500000, 8000, 7000, 6000, 0, '2019-01-01', '示例参数'),
  ('530400', '退休', '门诊', 60000, 600000, 8500, 7500, 6500, 0, '2019-01-01', '示例参数'),
  ('530400', '在职', '住院', 60000, 20000000, 9000, 8500, 8000, 0, '2019-01-01', '示例参数'),
  ('530400', '退休', '住院', 50000, 20000000, 9300, 8800, 8300, 0, '2019-01-01', '示例参数'),
  ('130200', '在职', '门诊', 100000, 600000, 8000, 7000, 6000, 0, '2019-01-01', '示例参数'),
  ('130200', '退休', '门诊', 80000, 700000, 8500, 7500, 6500, 0, '2019-01-01', '示例参数'),
  ('130200', '在职', '住院', 80000, 25000000, 9000, 8500, 8000, 0, '2019-01-01', '示例参数'),
  ('130200', '退休', '住院', 60000, 25000000, 9300, 8800, 8300, 0, '2019-01-01', '示例参数'),
  ('110000', '居民', '门诊', 10000, 450000, 5500, 5000, 5000, 0, '2019-01-01', '示例参数'),
  ('110000', '居民', '住院', 80000, 25000000, 8000, 7800, 7500, 0, '2019-01-01', '示例参数'),
  ('530400', '居民', '门诊', 5000, 200000, 5000, 4500, 4000, 0, '2019-01-01', '示例参数'),
  ('530400', '居民', '住院', 40000, 15000000, 8000, 7000, 6000, 0, '2019-01-01', '示例参数'),
  ('130200', '居民', '门诊', 5000, 250000, 5000, 4500, 4000, 0, '2019-01-01', '示例参数'),
  ('130200', '居民', '住院', 50000, 15000000, 8000, 7000, 6000, 0, '2019-01-01', '示例参数');
--> statement-breakpoint
INSERT INTO "allocation_policies" ("region_code", "person_class", "rate_bp", "monthly_fen",
  "valid_from", "source") VALUES
  ('110000', '在职', 200, 0, '2019-01-01', '示例参数'),
  ('110000', '退休', 0, 10000, '2019-01-01', '示例参数'),
  ('530400', '在职', 200, 0, '2019-01-01', '示例参数'),
  ('530400', '退休', 0, 7000, '2019-01-01', '示例参数'),
  ('130200', '在职', 200, 0, '2019-01-01', '示例参数'),
  ('130200', '退休', 0, 8000, '2019-01-01', '示例参数');
--> statement-breakpoint
INSERT INTO "mutual_aid_scopes" ("region_code", "relations", "valid_from", "source") VALUES
  ('110000', ARRAY['10','50','51','52','53','54','55','56','20'], '2022-12-01', '示例参数'),
  ('530400', ARRAY['10','50','51','52','53','54','55','56','20','60','61','40','41','70'], '2021-01-01', '示例参数'),
  ('130200', ARRAY['10','50','51','52','53','54','55','56','20','60','61','40','41','70'], '2021-01-01', '示例参数');
