-- P35's page and its totals from one index: the account's movements newest first with the id as
-- tie-break (no sort), and the amount and kind beside them so the totals need no heap fetches.
CREATE INDEX "account_movements_account_idx_new" ON "account_movements" USING btree ("account_id","occurred_at","id","amount_fen","kind");--> statement-breakpoint
DROP INDEX "account_movements_account_idx";--> statement-breakpoint
ALTER INDEX "account_movements_account_idx_new" RENAME TO "account_movements_account_idx";
