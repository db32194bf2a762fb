-- W15 (二) 职务职级职称 on persons, W15 (三) the month a changed 缴费基数 applies from, the
-- region-keyed floor and cap of the base, and W11 (三) 单位缴费基数申报书面稽核.
CREATE TABLE "contribution_base_limits" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"floor_fen" bigint NOT NULL,
	"cap_fen" bigint NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"source" text NOT NULL,
	CONSTRAINT "contribution_base_limits_ck" CHECK ("contribution_base_limits"."floor_fen" > 0 and "contribution_base_limits"."cap_fen" >= "contribution_base_limits"."floor_fen"
        and ("contribution_base_limits"."valid_to" is null or "contribution_base_limits"."valid_to" >= "contribution_base_limits"."valid_from"))
);
--> statement-breakpoint
CREATE TABLE "unit_base_audit_history" (
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
CREATE TABLE "unit_base_audits" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"unit_id" bigint NOT NULL,
	"region_code" text NOT NULL,
	"audit_year" integer NOT NULL,
	"unit_category" text NOT NULL,
	"declared_headcount" integer NOT NULL,
	"declared_total_fen" bigint NOT NULL,
	"audited_headcount" integer NOT NULL,
	"audited_total_fen" bigint NOT NULL,
	"declared_retirees" integer NOT NULL,
	"audited_retirees" integer NOT NULL,
	"result" text NOT NULL,
	"difference_fen" bigint NOT NULL,
	"opinion" text DEFAULT '' NOT NULL,
	"application_id" bigint,
	"status" text DEFAULT '有效' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_base_audits_status_ck" CHECK ("unit_base_audits"."status" in ('有效','已撤销')),
	CONSTRAINT "unit_base_audits_figures_ck" CHECK ("unit_base_audits"."declared_headcount" >= 0 and "unit_base_audits"."audited_headcount" >= 0
        and "unit_base_audits"."declared_retirees" >= 0 and "unit_base_audits"."audited_retirees" >= 0
        and "unit_base_audits"."declared_total_fen" >= 0 and "unit_base_audits"."audited_total_fen" >= 0)
);
--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "admin_post" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "tech_title_level" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "vocational_level" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "enrolments" ADD COLUMN "contribution_base_from" integer;--> statement-breakpoint
ALTER TABLE "unit_base_audits" ADD CONSTRAINT "unit_base_audits_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_base_audits" ADD CONSTRAINT "unit_base_audits_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contribution_base_limits_uq" ON "contribution_base_limits" USING btree ("region_code","valid_from");--> statement-breakpoint
CREATE INDEX "unit_base_audit_history_entity_idx" ON "unit_base_audit_history" USING btree ("entity_id","changed_at");--> statement-breakpoint
CREATE INDEX "unit_base_audits_unit_idx" ON "unit_base_audits" USING btree ("unit_id","audit_year");
--> statement-breakpoint
-- 示例参数: the demo regions' floor and cap (the figures the demo data was generated within); a
-- region's official 缴费基数上下限 replace them as new dated rows.
INSERT INTO "contribution_base_limits" ("region_code", "floor_fen", "cap_fen", "valid_from", "source") VALUES
  ('110000', 600000, 3000000, '2019-01-01', '示例参数'),
  ('530400', 400000, 1800000, '2019-01-01', '示例参数'),
  ('130200', 450000, 2000000, '2019-01-01', '示例参数');
