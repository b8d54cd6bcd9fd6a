import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { and, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db';
import type { Locale } from '../../i18n';
import { mailOutbox } from '../db/schema';
import { readSiteSettings, siteName } from '../site-settings';

/** `replyTo`: the person or organisation an answer should reach, instead of the no-reply sender. */
/** `lang`: the language the mail is written in (Swedish unless a resident chose Finnish or English). */
export type Mail = { to: string; subject: string; text: string; replyTo?: string | null; lang?: Locale };

let transport: Transporter | null | undefined;

/** SMTP from `SMTP_URL` (e.g. smtp://user:pass@host:587); without it mail stays in the outbox. */
function getTransport(): Transporter | null {
	if (transport === undefined) {
		const url = process.env.SMTP_URL;
		transport = url ? nodemailer.createTransport(url) : null;
	}
	return transport;
}

/** For tests that start their own SMTP server. */
export function resetMailTransport() {
	transport = undefined;
}

const FROM = () => process.env.MAIL_FROM ?? `${siteName()} <no-reply@traffpunkt.invalid>`;

/** The templates sign as the demo's site; a mail is queued in the name of the municipality it is sent for. */
const DEFAULT_SITE = 'Träffpunkt Karlskoga';

/** Where accessibility reports and account applications go: the admin's setting, else `STAFF_INBOX`. */
export function staffInbox(db: Db) {
	return readSiteSettings(db).staffInbox;
}

/**
 * Records a mail in the outbox (inside the caller's transaction, so it exists exactly when the
 * change it tells about does). `deliverMail` sends it after the commit.
 */
export function queueMail(db: Db, mail: Mail, now = new Date()): number {
	const site = siteName(db);
	const named = (text: string) => (site === DEFAULT_SITE ? text : text.replaceAll(DEFAULT_SITE, site));
	return db.insert(mailOutbox).values({ to: mail.to, subject: named(mail.subject), body: named(mail.text), replyTo: mail.replyTo ?? null, lang: mail.lang ?? 'sv', createdAt: now }).returning({ id: mailOutbox.id }).get().id;
}

/**
 * The one sender. With SMTP each queued mail is sent and marked sent or failed (failed ones are
 * retried by the jobs); without, it is written to a file in `OUTBOX_DIR` so that a demo can read it.
 */
export async function deliverMail(db: Db, ids: number[]): Promise<void> {
	if (!ids.length) return;
	const rows = db.select().from(mailOutbox).where(and(inArray(mailOutbox.id, ids), isNull(mailOutbox.sentAt))).all();
	const smtp = getTransport();
	for (const row of rows) {
		if (!smtp) {
			try {
				const dir = resolve(process.env.OUTBOX_DIR ?? 'data/outbox');
				mkdirSync(dir, { recursive: true });
				writeFileSync(join(dir, `${row.id}.txt`), `To: ${row.to}\n${row.replyTo ? `Reply-To: ${row.replyTo}\n` : ''}Content-Language: ${row.lang}\nSubject: ${row.subject}\n\n${row.body}\n`);
			} catch (e) {
				console.error('Could not write outbox file', e);
			}
			continue;
		}
		try {
			await smtp.sendMail({ from: FROM(), to: row.to, subject: row.subject, text: row.body, headers: { 'Content-Language': row.lang }, ...(row.replyTo ? { replyTo: row.replyTo } : {}) });
			db.update(mailOutbox).set({ sentAt: new Date(), error: null }).where(eq(mailOutbox.id, row.id)).run();
		} catch (e) {
			db.update(mailOutbox).set({ error: String(e) }).where(eq(mailOutbox.id, row.id)).run();
			console.error('Mail failed', e);
		}
	}
}

/** Mail that failed or was queued while SMTP was away (only when SMTP is configured). */
export async function retryUndelivered(db: Db) {
	if (!getTransport()) return;
	// Only recent mail: something queued days ago (e.g. before SMTP was configured) is no longer news.
	const since = new Date(Date.now() - 2 * 86_400_000);
	const ids = db.select({ id: mailOutbox.id }).from(mailOutbox).where(and(isNull(mailOutbox.sentAt), gt(mailOutbox.createdAt, since))).limit(200).all().map((r) => r.id);
	await deliverMail(db, ids);
}

/** Queues and delivers one mail outside a command (sign-in flows that change nothing else). */
export async function sendMail(db: Db, mail: Mail): Promise<void> {
	await deliverMail(db, [queueMail(db, mail)]);
}
