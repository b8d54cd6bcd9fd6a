import { desc } from 'drizzle-orm';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { mailOutbox } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/auth/guards';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	const mails = getDb().select().from(mailOutbox).orderBy(desc(mailOutbox.id)).limit(100).all();
	return { mails: mails.map((m) => ({ id: m.id, to: m.to, subject: m.subject, body: m.body, createdAt: m.createdAt.getTime(), sent: Boolean(m.sentAt), error: m.error })) };
};
