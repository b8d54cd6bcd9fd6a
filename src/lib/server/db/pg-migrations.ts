import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A quoted PostgreSQL identifier. */
export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The migrations folder for one municipality's schema. drizzle-kit writes foreign keys to
 * "public"."table"; a schema gets a temporary copy of the folder that names its own tables instead
 * (`done()` removes it). Without a schema it is the folder itself. Used by the app's connection
 * (pg-sync.ts) and by migrate-to-postgres (to-postgres.ts), so both create the same tables.
 */
export function migrationsFor(folder: string, schema: string | undefined): { folder: string; done(): void } {
	if (!schema) return { folder, done() {} };
	const dir = mkdtempSync(join(tmpdir(), 'traffpunkt-migrations-'));
	cpSync(folder, dir, { recursive: true });
	for (const f of readdirSync(dir).filter((f) => f.endsWith('.sql')))
		writeFileSync(join(dir, f), readFileSync(join(dir, f), 'utf8').replaceAll('"public".', `${quoteIdent(schema)}.`));
	return { folder: dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Extensions live in "public", once per database, so that every schema's migrations find them. */
export const EXTENSIONS = ['pg_trgm', 'unaccent'];
