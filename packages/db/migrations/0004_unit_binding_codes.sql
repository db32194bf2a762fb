CREATE TABLE "unit_binding_codes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"unit_id" bigint NOT NULL,
	"code_hash" text NOT NULL,
	"issued_by" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"used_by" bigint
);
--> statement-breakpoint
ALTER TABLE "unit_binding_codes" ADD CONSTRAINT "unit_binding_codes_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_binding_codes" ADD CONSTRAINT "unit_binding_codes_used_by_unit_operators_id_fk" FOREIGN KEY ("used_by") REFERENCES "public"."unit_operators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "unit_binding_codes_unit_idx" ON "unit_binding_codes" USING btree ("unit_id","issued_at");