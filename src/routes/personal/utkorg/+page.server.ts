import { desc } from 'drizzle-orm';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { mailOutbox } from '$lib/server/db/schema';
import { requireRole } from '$lib/server/auth/guards';
import { isDemoDatabase } from '$lib/server/db/queries/settings';
import { outboxBody } from '$lib/server/mail/personal-links';
import { staffEmails } from '$lib/server/db/queries/accounts';

export const load: PageServerLoad = (event) => {
	const me = requireRole(event, 'moderator', 'admin');
	const db = getDb();
	const mails = db.select().from(mailOutbox).orderBy(desc(mailOutbox.id)).limit(100).all();
	const demo = isDemoDatabase(db);
	const staff = staffEmails(db);
	const show = (to: string, body: string) => outboxBody(body, { demo, toStaffAccount: staff.has(to.toLowerCase()), toReader: to.toLowerCase() === me.email });
	return { mails: mails.map((m) => ({ id: m.id, to: m.to, subject: m.subject, body: show(m.to, m.body), createdAt: m.createdAt.getTime(), sent: Boolean(m.sentAt), error: m.error })) };
};
