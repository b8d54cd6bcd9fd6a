import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requireRole } from '$lib/server/auth/guards';
import { isDemoDatabase } from '$lib/server/db/queries/settings';
import { outboxBody } from '$lib/server/mail/personal-links';
import { latestOutbox, staffEmails } from '$lib/server/db/queries/accounts';

export const load: PageServerLoad = (event) => {
	const me = requireRole(event, 'moderator', 'admin');
	const db = getDb();
	const mails = latestOutbox(db, 100);
	const demo = isDemoDatabase(db);
	const staff = staffEmails(db);
	const show = (to: string, body: string) => outboxBody(body, { demo, toStaffAccount: staff.has(to.toLowerCase()), toReader: to.toLowerCase() === me.email });
	return { mails: mails.map((m) => ({ id: m.id, to: m.to, subject: m.subject, body: show(m.to, m.body), createdAt: m.createdAt.getTime(), sent: Boolean(m.sentAt), error: m.error, lang: m.lang })) };
};
