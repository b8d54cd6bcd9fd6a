import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/lib/server/db/index';

/** A new SQLite file with the real migrations from drizzle/ applied. */
export function freshDatabase() {
	const dir = mkdtempSync(join(tmpdir(), 'traffpunkt-'));
	return openDatabase(join(dir, 'test.db'));
}
