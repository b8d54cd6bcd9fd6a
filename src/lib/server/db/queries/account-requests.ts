import { desc, eq } from 'drizzle-orm';
import type { Db } from '../index';
import { accountRequests } from '../schema';

export function createAccountRequest(db: Db, input: { organisationName: string; contactName: string; email: string; phone: string; message: string }) {
	return db
		.insert(accountRequests)
		.values({ ...input, phone: input.phone || null, message: input.message || null, createdAt: new Date() })
		.returning({ id: accountRequests.id })
		.get();
}

export function listAccountRequests(db: Db) {
	return db.select().from(accountRequests).orderBy(desc(accountRequests.createdAt)).all();
}

export function setAccountRequestStatus(db: Db, id: number, status: 'approved' | 'declined') {
	db.update(accountRequests).set({ status }).where(eq(accountRequests.id, id)).run();
}
