import { inRelaxedTransaction, type Db } from './db';
import { syncOccurrences } from './db/queries/occurrences';
import { isPublishedEvent, listPublishedEventIds } from './db/queries/events';
import { invalidateCache } from './cache';
import { getSetting } from './db/queries/settings';
import { settings } from './db/schema';
import { sendMail } from './mail';
import { addDays, todayInStockholm } from '../domain/dates';
import { organisationRecipients } from './db/queries/moderation';
import { deleteExpiredSignups } from './db/queries/signups';

/** Days sign-ups are kept after their date (privacy); `SIGNUP_RETENTION_DAYS` overrides. */
export function signupRetentionDays() {
	const days = Number(process.env.SIGNUP_RETENTION_DAYS ?? 30);
	return Number.isInteger(days) && days >= 0 ? days : 30;
}

const signature = '\n\nVänliga hälsningar\nTräffpunkt Karlskoga';

/** Once a day per organisation: a reminder for dates held more than a week ago without counts. */
export async function sendAttendanceReminders(db: Db, now = new Date()) {
	const today = todayInStockholm(now);
	const key = `reminders:${today}`;
	if (getSetting(db, key)) return 0;
	db.insert(settings).values({ key, value: '1' }).onConflictDoNothing().run();
	const rows = db.$client
		.prepare(
			`SELECT e.organisation_id AS org, count(*) AS n FROM occurrences o JOIN events e ON e.id = o.event_id
			 LEFT JOIN attendance a ON a.occurrence_id = o.id
			 WHERE a.occurrence_id IS NULL AND o.cancelled = 0 AND o.local_date BETWEEN ? AND ? GROUP BY e.organisation_id`
		)
		.all(addDays(today, -35), addDays(today, -7)) as { org: number; n: number }[];
	const origin = process.env.ORIGIN ?? 'http://localhost:3000';
	for (const r of rows)
		for (const to of organisationRecipients(db, r.org))
			await sendMail(db, {
				to,
				subject: 'Påminnelse: skriv in närvaron',
				text: `Hej!\n\n${r.n} tillfällen för en vecka sedan eller mer saknar antal deltagare. Det tar bara en minut:\n${origin}/forening/narvaro${signature}`
			});
	return rows.length;
}

/** Once a day: moderators who chose a digest get one mail listing what waits for review. */
export async function sendModerationDigest(db: Db, now = new Date()) {
	const today = todayInStockholm(now);
	const key = `digest:${today}`;
	if (getSetting(db, key)) return 0;
	db.insert(settings).values({ key, value: '1' }).onConflictDoNothing().run();
	const pending = db.$client
		.prepare(`SELECT r.id, r.title, o.name AS org FROM event_revisions r JOIN events e ON e.id = r.event_id JOIN organisations o ON o.id = e.organisation_id WHERE r.status = 'pending' ORDER BY r.submitted_at`)
		.all() as { id: number; title: string; org: string }[];
	if (!pending.length) return 0;
	const recipients = db.$client.prepare(`SELECT email FROM users WHERE role IN ('moderator', 'admin') AND disabled = 0 AND notify_digest = 1`).all() as { email: string }[];
	const origin = process.env.ORIGIN ?? 'http://localhost:3000';
	const list = pending.map((p) => `- ${p.title} (${p.org}): ${origin}/personal/granskning/${p.id}`).join('\n');
	for (const r of recipients)
		await sendMail(db, { to: r.email, subject: `${pending.length} att granska på Träffpunkt`, text: `Det här väntar på granskning:\n\n${list}${signature}` });
	return recipients.length;
}

const yieldToRequests = (ms = 0) => new Promise<void>((resolve) => (ms ? setTimeout(resolve, ms) : setImmediate(resolve)));

/**
 * Extends every published event's dates to the rolling horizon a few events at a time: each slice
 * of about `sliceMs` is one transaction (one commit, not one disk flush per event), followed by a
 * pause twice as long in which requests are served: the job takes at most a third of the processor
 * (a whole pass takes some seconds at ten times Karlskoga's size). Each slice's events are reported,
 * so the search index refreshes just those.
 */
export async function extendOccurrencesInSlices(db: Db, now = new Date(), sliceMs = 8) {
	const ids = listPublishedEventIds(db);
	let next = 0;
	while (next < ids.length) {
		const done = inRelaxedTransaction(db, () => {
			const started = performance.now();
			const batch: number[] = [];
			while (next < ids.length && (batch.length === 0 || performance.now() - started < sliceMs)) {
				const id = ids[next++];
				// A request between two slices may have cancelled or withdrawn it.
				if (!isPublishedEvent(db, id)) continue;
				syncOccurrences(db, id, { now });
				batch.push(id);
			}
			return batch;
		});
		if (done.length) invalidateCache({ eventIds: done });
		await yieldToRequests(2 * sliceMs);
	}
	return ids.length;
}

/** Runs the daily and six-hourly upkeep; errors are logged, never thrown into the server. */
export function startJobs(db: Db) {
	const run = async () => {
		try {
			await yieldToRequests();
			const started = performance.now();
			const events = await extendOccurrencesInSlices(db);
			console.log(`Extended the dates of ${events} events in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
			const removed = deleteExpiredSignups(db, signupRetentionDays());
			if (removed) console.log(`Deleted ${removed} sign-ups past the retention time.`);
			if (process.env.DEMO_DATA !== '1') {
				await sendAttendanceReminders(db);
				await sendModerationDigest(db);
			}
		} catch (e) {
			console.error('Background job failed', e);
		}
	};
	void run();
	setInterval(run, 6 * 3600_000).unref();
}
