-- Other app processes learn of a write the moment it commits: every change_feed row (written in
-- the write's own transaction by the command layer) sends its id on the channel traffpunkt_changes.
-- PostgreSQL delivers a NOTIFY only at commit, and not at all on rollback: exactly the writes that happened.
CREATE FUNCTION change_feed_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_notify('traffpunkt_changes', NEW.id::text);
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER change_feed_notify AFTER INSERT ON change_feed FOR EACH ROW EXECUTE FUNCTION change_feed_notify();
