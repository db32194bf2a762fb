ALTER TABLE "qr_tickets" ALTER COLUMN "nonce_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "qr_tickets" ADD COLUMN "purpose" text DEFAULT 'login' NOT NULL;--> statement-breakpoint
ALTER TABLE "qr_tickets" ADD COLUMN "account_id" bigint;--> statement-breakpoint
ALTER TABLE "qr_tickets" ADD CONSTRAINT "qr_tickets_account_id_person_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."person_accounts"("id") ON DELETE no action ON UPDATE no action;