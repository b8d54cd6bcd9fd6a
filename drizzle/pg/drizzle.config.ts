import { defineConfig } from 'drizzle-kit';

/** The PostgreSQL backend's migrations: generated from pg-schema (kept parallel to the SQLite schema, tested). */
export default defineConfig({
	dialect: 'postgresql',
	schema: './src/lib/server/db/pg-schema/index.ts',
	out: './drizzle/pg',
	dbCredentials: { url: process.env.DATABASE_URL ?? 'postgres://localhost/traffpunkt' }
});
