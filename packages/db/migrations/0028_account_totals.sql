ALTER TABLE "personal_accounts" ADD COLUMN "income_fen" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "personal_accounts" ADD COLUMN "expense_fen" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "personal_accounts" ADD COLUMN "movement_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- The totals of the movements already written.
UPDATE "personal_accounts" a SET
  "income_fen" = t.income, "expense_fen" = t.expense, "movement_count" = t.n
FROM (
  SELECT account_id,
         coalesce(sum(amount_fen) FILTER (WHERE amount_fen > 0), 0) AS income,
         coalesce(sum(amount_fen) FILTER (WHERE amount_fen < 0), 0) AS expense,
         count(*) AS n
  FROM "account_movements" GROUP BY account_id
) t
WHERE a.id = t.account_id;--> statement-breakpoint
-- Every insert into the ledger adds to its accounts' totals in the same transaction, once per
-- statement: whoever writes movements (a posting, the monthly allocation, a bulk load) cannot
-- leave the totals behind. Movements are never updated or deleted. The writers hold the
-- accounts' row locks already, so the update waits for nobody.
CREATE FUNCTION account_movements_add_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE personal_accounts a SET
    income_fen = a.income_fen + t.income,
    expense_fen = a.expense_fen + t.expense,
    movement_count = a.movement_count + t.n
  FROM (
    SELECT account_id,
           coalesce(sum(amount_fen) FILTER (WHERE amount_fen > 0), 0) AS income,
           coalesce(sum(amount_fen) FILTER (WHERE amount_fen < 0), 0) AS expense,
           count(*) AS n
    FROM inserted GROUP BY account_id
  ) t
  WHERE a.id = t.account_id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER account_movements_totals AFTER INSERT ON "account_movements"
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION account_movements_add_totals();
