-- Every API node keeps the actors of recent sessions in memory for a few seconds; whatever
-- changes who a session's actor is, or ends the session, tells every node on the channel
-- 'actor_changed' when it commits, whichever code or hand wrote it. The payload names what
-- changed: 'session:<id>', '<actor type>:<id>', 'person-of:<person id>' or '*' for everything.
CREATE FUNCTION notify_actor_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  row_id text;
BEGIN
  IF TG_LEVEL = 'STATEMENT' THEN
    PERFORM pg_notify('actor_changed', '*');
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN row_id := OLD.id; ELSE row_id := NEW.id; END IF;
  PERFORM pg_notify('actor_changed', CASE TG_TABLE_NAME
    WHEN 'sessions' THEN 'session:'
    WHEN 'staff' THEN 'staff:'
    WHEN 'person_accounts' THEN 'person:'
    WHEN 'unit_operators' THEN 'unit-operator:'
    WHEN 'persons' THEN 'person-of:' END || row_id);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER sessions_actor_changed AFTER UPDATE OF revoked_at OR DELETE ON "sessions"
  FOR EACH ROW EXECUTE FUNCTION notify_actor_changed();--> statement-breakpoint
CREATE TRIGGER staff_actor_changed AFTER UPDATE OR DELETE ON "staff"
  FOR EACH ROW EXECUTE FUNCTION notify_actor_changed();--> statement-breakpoint
CREATE TRIGGER person_accounts_actor_changed AFTER UPDATE OR DELETE ON "person_accounts"
  FOR EACH ROW EXECUTE FUNCTION notify_actor_changed();--> statement-breakpoint
CREATE TRIGGER unit_operators_actor_changed AFTER UPDATE OR DELETE ON "unit_operators"
  FOR EACH ROW EXECUTE FUNCTION notify_actor_changed();--> statement-breakpoint
-- A person's name is the name their account signs in under.
CREATE TRIGGER persons_actor_changed AFTER UPDATE OF name OR DELETE ON "persons"
  FOR EACH ROW EXECUTE FUNCTION notify_actor_changed();--> statement-breakpoint
CREATE TRIGGER roles_actor_changed AFTER INSERT OR UPDATE OR DELETE ON "roles"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_actor_changed();
