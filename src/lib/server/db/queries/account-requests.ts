import { desc } from 'drizzle-orm';
import type { Db } from '../index';
import { accountRequests } from '../schema';

export function listAccountRequests(db: Db) {
	return db.select().from(accountRequests).orderBy(desc(accountRequests.createdAt)).all();
}
