CREATE TABLE "roles" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"rights" text[] NOT NULL,
	"builtin" text DEFAULT '0' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
INSERT INTO "roles" ("code", "name", "rights", "builtin") VALUES
  ('admin', '管理员', ARRAY['*'], '1'),
  ('clerk', '窗口经办员', ARRAY['unit.binding-code', 'unit-operator.create'], '1'),
  ('reviewer', '审核员', ARRAY[]::text[], '1')
ON CONFLICT ("code") DO NOTHING;
