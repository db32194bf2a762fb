ALTER TABLE "enrolments" ADD COLUMN "stop_reason" text;--> statement-breakpoint
ALTER TABLE "enrolments" ADD COLUMN "stop_remark" text;