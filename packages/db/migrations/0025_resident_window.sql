CREATE TABLE "assistance_subsidies" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"person_id" bigint NOT NULL,
	"region_code" text NOT NULL,
	"year" integer NOT NULL,
	"special_identity_id" bigint NOT NULL,
	"identity_type" text NOT NULL,
	"policy_id" bigint NOT NULL,
	"contribution_fen" bigint NOT NULL,
	"subsidy_fen" bigint NOT NULL,
	"personal_fen" bigint NOT NULL,
	"status" text DEFAULT '有效' NOT NULL,
	"application_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assistance_subsidies_status_ck" CHECK ("assistance_subsidies"."status" in ('有效','无效')),
	CONSTRAINT "assistance_subsidies_amounts_ck" CHECK ("assistance_subsidies"."subsidy_fen" >= 0 and "assistance_subsidies"."subsidy_fen" <= "assistance_subsidies"."contribution_fen"
        and "assistance_subsidies"."personal_fen" = "assistance_subsidies"."contribution_fen" - "assistance_subsidies"."subsidy_fen")
);
--> statement-breakpoint
CREATE TABLE "assistance_subsidy_history" (
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
CREATE TABLE "assistance_subsidy_policies" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"identity_type" text NOT NULL,
	"contribution_fen" bigint NOT NULL,
	"subsidy_bp" integer DEFAULT 0 NOT NULL,
	"subsidy_fen" bigint DEFAULT 0 NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"source" text NOT NULL,
	CONSTRAINT "assistance_subsidy_policies_ck" CHECK ("assistance_subsidy_policies"."contribution_fen" >= 0 and "assistance_subsidy_policies"."subsidy_fen" >= 0
        and "assistance_subsidy_policies"."subsidy_bp" between 0 and 10000)
);
--> statement-breakpoint
CREATE TABLE "cardless_settlement_history" (
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
CREATE TABLE "cardless_settlements" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"person_id" bigint NOT NULL,
	"region_code" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"status" text DEFAULT '有效' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cardless_settlements_status_ck" CHECK ("cardless_settlements"."status" in ('有效','无效')),
	CONSTRAINT "cardless_settlements_period_ck" CHECK ("cardless_settlements"."end_date" is null or "cardless_settlements"."end_date" >= "cardless_settlements"."start_date")
);
--> statement-breakpoint
ALTER TABLE "assistance_subsidies" ADD CONSTRAINT "assistance_subsidies_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_subsidies" ADD CONSTRAINT "assistance_subsidies_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_subsidies" ADD CONSTRAINT "assistance_subsidies_special_identity_id_special_identities_id_fk" FOREIGN KEY ("special_identity_id") REFERENCES "public"."special_identities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_subsidies" ADD CONSTRAINT "assistance_subsidies_policy_id_assistance_subsidy_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."assistance_subsidy_policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cardless_settlements" ADD CONSTRAINT "cardless_settlements_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cardless_settlements" ADD CONSTRAINT "cardless_settlements_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assistance_subsidies_year_uq" ON "assistance_subsidies" USING btree ("person_id","year") WHERE "assistance_subsidies"."status" = '有效';--> statement-breakpoint
CREATE INDEX "assistance_subsidies_region_idx" ON "assistance_subsidies" USING btree ("region_code","year");--> statement-breakpoint
CREATE INDEX "assistance_subsidy_history_entity_idx" ON "assistance_subsidy_history" USING btree ("entity_id","changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "assistance_subsidy_policies_uq" ON "assistance_subsidy_policies" USING btree ("region_code","identity_type","valid_from");--> statement-breakpoint
CREATE INDEX "cardless_settlement_history_entity_idx" ON "cardless_settlement_history" USING btree ("entity_id","changed_at");--> statement-breakpoint
CREATE INDEX "cardless_settlements_person_idx" ON "cardless_settlements" USING btree ("person_id","start_date");--> statement-breakpoint
CREATE INDEX "cardless_settlements_region_idx" ON "cardless_settlements" USING btree ("region_code","start_date");--> statement-breakpoint
-- 示例参数: sample figures for the demo regions (特困人员、孤儿、事实无人抚养儿童 全额资助; 低保对象、
-- 返贫致贫人口 and 低保边缘家庭成员 part of it); no official document is cited.
INSERT INTO "assistance_subsidy_policies" ("region_code", "identity_type", "contribution_fen",
  "subsidy_bp", "subsidy_fen", "valid_from", "valid_to", "source") VALUES
  ('110000', '11', 38000, 10000, 0, '2025-01-01', NULL, '示例参数'),
  ('110000', '12', 38000, 10000, 0, '2025-01-01', NULL, '示例参数'),
  ('110000', '16', 38000, 10000, 0, '2025-01-01', NULL, '示例参数'),
  ('110000', '17', 38000, 10000, 0, '2025-01-01', NULL, '示例参数'),
  ('110000', '13', 38000, 7000, 0, '2025-01-01', NULL, '示例参数'),
  ('110000', '14', 38000, 5000, 0, '2025-01-01', NULL, '示例参数'),
  ('530400', '11', 40000, 10000, 0, '2025-01-01', '2025-12-31', '示例参数'),
  ('530400', '12', 40000, 7000, 0, '2025-01-01', '2025-12-31', '示例参数'),
  ('530400', '13', 40000, 7000, 0, '2025-01-01', '2025-12-31', '示例参数'),
  ('530400', '14', 40000, 0, 10000, '2025-01-01', '2025-12-31', '示例参数'),
  ('530400', '16', 40000, 10000, 0, '2025-01-01', '2025-12-31', '示例参数'),
  ('530400', '17', 40000, 10000, 0, '2025-01-01', '2025-12-31', '示例参数'),
  ('530400', '11', 40000, 10000, 0, '2026-01-01', NULL, '示例参数'),
  ('530400', '12', 40000, 8000, 0, '2026-01-01', NULL, '示例参数'),
  ('530400', '13', 40000, 8000, 0, '2026-01-01', NULL, '示例参数'),
  ('530400', '14', 40000, 0, 12000, '2026-01-01', NULL, '示例参数'),
  ('530400', '16', 40000, 10000, 0, '2026-01-01', NULL, '示例参数'),
  ('530400', '17', 40000, 10000, 0, '2026-01-01', NULL, '示例参数'),
  ('130200', '11', 40000, 10000, 0, '2025-01-01', NULL, '示例参数'),
  ('130200', '12', 40000, 7000, 0, '2025-01-01', NULL, '示例参数'),
  ('130200', '13', 40000, 7000, 0, '2025-01-01', NULL, '示例参数'),
  ('130200', '16', 40000, 10000, 0, '2025-01-01', NULL, '示例参数'),
  ('130200', '17', 40000, 10000, 0, '2025-01-01', NULL, '示例参数');
