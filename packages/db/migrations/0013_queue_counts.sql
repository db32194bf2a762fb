CREATE TABLE "application_queue_counts" (
	"region_code" text NOT NULL,
	"business_code" text NOT NULL,
	"review_policy" text NOT NULL,
	"levels_passed" integer NOT NULL,
	"due_key" date NOT NULL,
	"waiting" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "application_queue_counts_pk" PRIMARY KEY("region_code","business_code","review_policy","levels_passed","due_key"),
	CONSTRAINT "application_queue_counts_waiting_ck" CHECK ("application_queue_counts"."waiting" >= 0)
);
--> statement-breakpoint
-- Kept in the transaction that inserts, moves or ends an application: leaving the waiting set
-- takes one off its old row, entering it (or moving within it) adds one to its new row.
CREATE FUNCTION "application_queue_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."status" IN ('submitted', 'in-review', 'applied') THEN
    UPDATE "application_queue_counts" SET "waiting" = "waiting" - 1
     WHERE "region_code" = OLD."region_code" AND "business_code" = OLD."business_code"
       AND "review_policy" = OLD."review_policy" AND "levels_passed" = OLD."levels_passed"
       AND "due_key" = coalesce(OLD."due_on", 'infinity'::date);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."status" IN ('submitted', 'in-review', 'applied') THEN
    INSERT INTO "application_queue_counts"
      ("region_code", "business_code", "review_policy", "levels_passed", "due_key", "waiting")
    VALUES (NEW."region_code", NEW."business_code", NEW."review_policy", NEW."levels_passed",
            coalesce(NEW."due_on", 'infinity'::date), 1)
    ON CONFLICT ("region_code", "business_code", "review_policy", "levels_passed", "due_key")
    DO UPDATE SET "waiting" = "application_queue_counts"."waiting" + 1;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "applications_queue_count"
AFTER INSERT OR DELETE OR UPDATE OF "status", "levels_passed", "region_code", "business_code", "review_policy", "due_on"
ON "applications" FOR EACH ROW EXECUTE FUNCTION "application_queue_count"();
--> statement-breakpoint
INSERT INTO "application_queue_counts"
  ("region_code", "business_code", "review_policy", "levels_passed", "due_key", "waiting")
SELECT "region_code", "business_code", "review_policy", "levels_passed",
       coalesce("due_on", 'infinity'::date), count(*)
  FROM "applications" WHERE "status" IN ('submitted', 'in-review', 'applied')
 GROUP BY 1, 2, 3, 4, 5;
