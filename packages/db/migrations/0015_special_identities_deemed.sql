CREATE TABLE "deemed_contributions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"person_id" bigint NOT NULL,
	"region_code" text NOT NULL,
	"start_period" integer NOT NULL,
	"end_period" integer NOT NULL,
	"months" integer NOT NULL,
	"basis" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deemed_contributions_period_ck" CHECK ("deemed_contributions"."end_period" >= "deemed_contributions"."start_period" and "deemed_contributions"."months" > 0)
);
--> statement-breakpoint
CREATE TABLE "special_identities" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"person_id" bigint NOT NULL,
	"region_code" text NOT NULL,
	"identity_type" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"status" text DEFAULT '有效' NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "special_identities_status_ck" CHECK ("special_identities"."status" in ('有效','无效')),
	CONSTRAINT "special_identities_period_ck" CHECK ("special_identities"."end_date" is null or "special_identities"."end_date" >= "special_identities"."start_date")
);
--> statement-breakpoint
CREATE TABLE "special_identity_history" (
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
ALTER TABLE "deemed_contributions" ADD CONSTRAINT "deemed_contributions_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deemed_contributions" ADD CONSTRAINT "deemed_contributions_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "special_identities" ADD CONSTRAINT "special_identities_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "special_identities" ADD CONSTRAINT "special_identities_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deemed_contributions_person_idx" ON "deemed_contributions" USING btree ("person_id","start_period");--> statement-breakpoint
CREATE INDEX "special_identities_person_idx" ON "special_identities" USING btree ("person_id","start_date");--> statement-breakpoint
CREATE INDEX "special_identity_history_entity_idx" ON "special_identity_history" USING btree ("entity_id","changed_at");--> statement-breakpoint
CREATE INDEX "persons_name_idx" ON "persons" USING btree ("name");--> statement-breakpoint
-- 窗口经办员 and 审核员 look persons up in 人员综合查询 (W25) in their pooling regions.
UPDATE "roles" SET "rights" = array_append("rights", 'person.read')
WHERE "code" IN ('clerk', 'reviewer') AND NOT ('person.read' = ANY("rights"));
