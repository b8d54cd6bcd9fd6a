import { describe, expect, it } from 'vitest';

/**
 * The shape the code keeps: every write in src/lib/server/commands (one transaction with declared
 * effects), db/queries read-only, no SQL in routes or components.
 */
const files = import.meta.glob(['../../src/**/*.ts', '../../src/**/*.svelte', '!../../src/**/*.test.ts'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const rel = (f: string) => f.replace(/^.*?\/src\//, 'src/');

/** Places allowed to write outside the commands, and why. */
const WRITERS_ALLOWED = [
	/^src\/lib\/server\/commands\//,
	/^src\/lib\/server\/seed\//, // the demo loader fills a new database in bulk
	/^src\/lib\/server\/auth\/session\.ts$/, // session rows on sign-in and sliding expiry on each request
	/^src\/lib\/server\/mail\/index\.ts$/, // the one sender records delivery of what commands queued
	/^src\/lib\/server\/db\/index\.ts$/, // migrations at start
	/^src\/lib\/server\/db\/to-postgres\.ts$/ // migrate-to-postgres: a bulk copy into a new PostgreSQL database, never the app's own
];

const WRITE = [/\b(db|tx)\s*\.\s*(insert|update|delete)\s*\(/, /\.run\(\s*\)/, /\.run\([^)]*\)\s*(\.changes|;)/, /\b(INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|REPLACE\s+INTO)\b/i];
const SQL = [/\$client\b/, /\.prepare\(/, /from\s+['"]drizzle-orm['"]/, /\bdb\.(select|insert|update|delete)\(/, /getDb\(\)\s*\.\s*(select|insert|update|delete)\(/];

export function writesIn(source: string) {
	return WRITE.some((re) => re.test(source.replace(/createHash\([^)]*\)\.update\(/g, '').replace(/cipher\.update\(/g, '')));
}

describe('architecture', () => {
	it('the write detector sees a write (so that the rule can fail)', () => {
		expect(writesIn("db.insert(signups).values({ name: 'x' }).run();")).toBe(true);
		expect(writesIn("db.$client.prepare('DELETE FROM signups WHERE id = ?').run(1);")).toBe(true);
		expect(writesIn("db.select().from(signups).where(eq(signups.id, 1)).get();")).toBe(false);
		expect(writesIn("createHash('sha256').update(token).digest('hex')")).toBe(false);
	});

	it('writes happen only in src/lib/server/commands (and the few places that must, listed with why)', () => {
		const offenders = Object.entries(files)
			.map(([f, src]) => [rel(f), src] as const)
			.filter(([f]) => !WRITERS_ALLOWED.some((re) => re.test(f)))
			.filter(([, src]) => writesIn(src))
			.map(([f]) => f);
		expect(offenders).toEqual([]);
	});

	it('db/queries is read-only', () => {
		const offenders = Object.entries(files)
			.map(([f, src]) => [rel(f), src] as const)
			.filter(([f, src]) => f.startsWith('src/lib/server/db/queries/') && writesIn(src))
			.map(([f]) => f);
		expect(offenders).toEqual([]);
	});

	it('routes and components hold no SQL and no database calls', () => {
		const offenders = Object.entries(files)
			.map(([f, src]) => [rel(f), src] as const)
			.filter(([f]) => f.startsWith('src/routes/') || f.startsWith('src/lib/components/'))
			.filter(([, src]) => SQL.some((re) => re.test(src)))
			.map(([f]) => f);
		expect(offenders).toEqual([]);
	});
});
