import type { Db } from './db';
import { sendMail } from './mail';
import { formatDayHeading, formatTimeRange } from '../format';

const signature = '\n\nVänliga hälsningar\nTräffpunkt Karlskoga';

type Target = { title: string; localDate: string; startsAt: number; endsAt: number; venueName: string | null };
const when = (t: Target) => `${formatDayHeading(t.localDate, '')} ${formatTimeRange(t.startsAt, t.endsAt)}${t.venueName ? `, ${t.venueName}` : ''}`;

export async function mailSignupReceipt(db: Db, to: string, t: Target, status: 'confirmed' | 'waiting', cancelUrl: string) {
	await sendMail(db, {
		to,
		subject: status === 'confirmed' ? `Anmäld: ${t.title}` : `Väntelista: ${t.title}`,
		text:
			(status === 'confirmed' ? `Du är anmäld till ${t.title}, ${when(t)}. Välkommen!` : `Du står på väntelistan till ${t.title}, ${when(t)}. Om en plats blir ledig flyttas du upp och får ett mejl.`) +
			`\n\nBehöver du avboka? Använd den här länken:\n${cancelUrl}${signature}`
	});
}

/** A move up from the waiting list is only worth an e-mail while the date is still on and has not begun. */
export function promotionWorthMailing(t: { cancelled: boolean; startsAt: number }, now = Date.now()) {
	return !t.cancelled && now < t.startsAt;
}

export async function mailPromoted(db: Db, to: string, t: Target) {
	await sendMail(db, { to, subject: `Du har fått en plats: ${t.title}`, text: `En plats blev ledig och du är nu anmäld till ${t.title}, ${when(t)}. Välkommen!${signature}` });
}

export async function mailDateCancelled(db: Db, to: string, t: Target, note: string | null) {
	await sendMail(db, { to, subject: `Inställt: ${t.title}`, text: `${t.title}, ${when(t)}, är tyvärr inställt.${note ? `\n\n${note}` : ''}${signature}` });
}
