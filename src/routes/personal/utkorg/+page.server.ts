import { desc } from 'drizzle-orm';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { mailOutbox } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/auth/guards';
import { isDemoDatabase } from '$lib/server/db/queries/settings';
import { hidePersonalLinks } from '$lib/server/mail/personal-links';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	const db = getDb();
	const mails = db.select().from(mailOutbox).orderBy(desc(mailOutbox.id)).limit(100).all();
	const show = isDemoDatabase(db) ? (t: string) => t : hidePersonalLinks;
	return { mails: mails.map((m) => ({ id: m.id, to: m.to, subject: m.subject, body: show(m.body), createdAt: m.createdAt.getTime(), sent: Boolean(m.sentAt), error: m.error })) };
};
