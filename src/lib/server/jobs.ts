import type { Db } from './db';
import { publishedEventIds } from './db/queries/jobs';
import { retryUndelivered } from './mail';
import { execute } from './commands/runner';
import { systemActor } from './commands/actor';
import { purgeExpiredSignups, replanEvent, sendAttendanceReminders, sendModerationDigest } from './commands/jobs';
import { purgeOutbox, purgeThrottles, redactDeadLinks } from './commands/ops';

/** Days sign-ups are kept after their date (privacy); `SIGNUP_RETENTION_DAYS` overrides. */
export function signupRetentionDays() {
	const days = Number(process.env.SIGNUP_RETENTION_DAYS ?? 30);
	return Number.isInteger(days) && days >= 0 ? days : 30;
}

const yieldToRequests = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Extends every published event's dates to the horizon, one event per transaction, letting
 * requests in between so that the job never stalls the site.
 */
export async function extendAllDates(db: Db, now = new Date()) {
	const actor = systemActor('extend-dates');
	for (const eventId of publishedEventIds(db)) {
		await execute(replanEvent, actor, { eventId }, { db, now });
		await yieldToRequests();
	}
}

/** Runs the daily and six-hourly upkeep; errors are logged, never thrown into the server. */
export function startJobs(db: Db) {
	const run = async () => {
		try {
			await extendAllDates(db);
			const purged = await execute(purgeExpiredSignups, systemActor('purge-signups'), { retentionDays: signupRetentionDays() }, { db });
			if (purged.ok && purged.value.removed) console.log(`Deleted ${purged.value.removed} sign-ups past the retention time.`);
			const mails = purgeOutbox(db, signupRetentionDays());
			if (mails) console.log(`Deleted ${mails} outbox mails past the retention time.`);
			redactDeadLinks(db);
			purgeThrottles(db);
			if (process.env.DEMO_DATA !== '1') {
				await execute(sendAttendanceReminders, systemActor('reminders'), {}, { db });
				await execute(sendModerationDigest, systemActor('digest'), {}, { db });
			}
			await retryUndelivered(db);
		} catch (e) {
			console.error('Background job failed', e);
		}
	};
	void run();
	setInterval(run, 6 * 3600_000).unref();
	// Personal links die by the hour (a reset link lives one hour): cut them out of the outbox soon after.
	setInterval(() => {
		try {
			redactDeadLinks(db);
		} catch (e) {
			console.error('Background job failed', e);
		}
	}, 15 * 60_000).unref();
}
