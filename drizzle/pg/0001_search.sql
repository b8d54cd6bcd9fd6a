-- Search as people type, as in SQLite's trigram table (drizzle/0003_search_trigram.sql): any part of
-- a word matches ("stavgang" finds Stavgång, "cafe" finds Stickcafé), case and diacritics folded.
-- pg_trgm's GIN index answers LIKE '%word%' on the folded text; unaccent folds å ä ö é to a a o e.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
-- unaccent() is only STABLE (its dictionary could change); an index needs an IMMUTABLE function.
CREATE FUNCTION search_fold(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
	AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;
--> statement-breakpoint
-- One row per public event, the same columns as SQLite's event_search (kept by the same command).
CREATE TABLE "event_search" (
	"event_id" integer PRIMARY KEY REFERENCES "events"("id") ON DELETE CASCADE,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"description" text NOT NULL,
	"organisation" text NOT NULL,
	"venue" text NOT NULL,
	"folded" text GENERATED ALWAYS AS (search_fold(title || ' ' || summary || ' ' || description || ' ' || organisation || ' ' || venue)) STORED
);
--> statement-breakpoint
CREATE INDEX "event_search_folded_trgm" ON "event_search" USING gin ("folded" gin_trgm_ops);
