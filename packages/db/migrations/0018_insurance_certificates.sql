CREATE TABLE "insurance_certificates" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"serial_no" text NOT NULL,
	"kind" text NOT NULL,
	"person_id" bigint NOT NULL,
	"region_code" text NOT NULL,
	"verification_code" text NOT NULL,
	"content" jsonb NOT NULL,
	"issued_by_type" text NOT NULL,
	"issued_by_id" text,
	"issued_by_name" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "insurance_certificates" ADD CONSTRAINT "insurance_certificates_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insurance_certificates" ADD CONSTRAINT "insurance_certificates_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "insurance_certificates_serial_uq" ON "insurance_certificates" USING btree ("serial_no");--> statement-breakpoint
CREATE INDEX "insurance_certificates_person_idx" ON "insurance_certificates" USING btree ("person_id","issued_at");--> statement-breakpoint
-- 窗口经办员 issue 参保证明 (W02) in their pooling regions.
UPDATE "roles" SET "rights" = array_append("rights", 'certificate.issue')
WHERE "code" = 'clerk' AND NOT ('certificate.issue' = ANY("rights"));
