import { eq } from 'drizzle-orm';
import type { Db } from '../index';
import { settings } from '../schema';

export function getSetting(db: Db, key: string): string | undefined {
	return db.select().from(settings).where(eq(settings.key, key)).get()?.value;
}

export function isDemoDatabase(db: Db): boolean {
	return getSetting(db, 'demo') === '1';
}

export function allSettings(db: Db): Map<string, string> {
	return new Map(db.select().from(settings).all().map((r) => [r.key, r.value]));
}
