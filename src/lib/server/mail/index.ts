import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { mailOutbox } from '../db/schema';

export type Mail = { to: string; subject: string; text: string };

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

const FROM = () => process.env.MAIL_FROM ?? 'Träffpunkt Karlskoga <no-reply@traffpunkt.invalid>';

/**
 * Every mail is recorded in the outbox table first. With SMTP it is sent at once (and marked
 * sent or failed); without, it is also written to a file so that a demo can read it.
 */
export async function sendMail(db: Db, mail: Mail): Promise<void> {
	const row = db
		.insert(mailOutbox)
		.values({ to: mail.to, subject: mail.subject, body: mail.text, createdAt: new Date() })
		.returning({ id: mailOutbox.id })
		.get();
	const smtp = getTransport();
	if (!smtp) {
		const dir = resolve(process.env.OUTBOX_DIR ?? 'data/outbox');
		try {
			mkdirSync(dir, { recursive: true });
			writeFileSync(join(dir, `${row.id}.txt`), `To: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n`);
		} catch (e) {
			console.error('Could not write outbox file', e);
		}
		return;
	}
	try {
		await smtp.sendMail({ from: FROM(), to: mail.to, subject: mail.subject, text: mail.text });
		db.update(mailOutbox).set({ sentAt: new Date() }).where(eq(mailOutbox.id, row.id)).run();
	} catch (e) {
		db.update(mailOutbox).set({ error: String(e) }).where(eq(mailOutbox.id, row.id)).run();
		console.error('Mail failed', e);
	}
}
