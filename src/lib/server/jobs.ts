import type { Db } from './db';
import { publishedEventIds } from './db/queries/jobs';
import { retryUndelivered } from './mail';
import { execute } from './commands/runner';
import { systemActor } from './commands/actor';
import { purgeExpiredSignups, replanEvents, sendAttendanceReminders, sendModerationDigest } from './commands/jobs';
import { purgeOutbox, purgeThrottles, redactDeadLinks } from './commands/ops';
import { syncDueSources } from './import/sync';
import { claimJob, finishJob, pruneChangeFeed } from './commands/change-feed';
import { processToken } from './change-feed';
import { defaultSiteSettings, readSiteSettings } from './site-settings';

/** Days sign-ups are kept after their date (privacy): the admin's setting, else `SIGNUP_RETENTION_DAYS`, else 30. */
export function signupRetentionDays(db?: Db) {
	return db ? readSiteSettings(db).retentionDays : defaultSiteSettings().retentionDays;
}

const yieldToRequests = (ms = 0) => new Promise<void>((resolve) => (ms ? setTimeout(resolve, ms) : setImmediate(resolve)));

/**
 * Extends every published event's dates to the horizon a few events at a time: each batch is one
 * command (one quick commit, people told of any change), followed by a pause in which requests are
 * served, so the job never stalls the site. Each batch's events are reported to the search index.
 */
export async function extendAllDates(db: Db, now = new Date(), batch = 8) {
	const ids = publishedEventIds(db);
	const actor = systemActor('extend-dates');
	for (let i = 0; i < ids.length; i += batch) {
		await execute(replanEvents, actor, { eventIds: ids.slice(i, i + batch) }, { db, now, relaxed: true });
		await yieldToRequests(16);
	}
	return ids.length;
}

/**
 * Runs `job` only if this process gets it: with several app processes on one database, one runs it
 * and the others skip (their search indexes learn of its writes through the change feed).
 */
async function once(db: Db, name: string, opts: { ttlMs: number; minIntervalMs?: number }, job: () => Promise<void>) {
	if (!claimJob(db, name, processToken, opts)) return false;
	try {
		await job();
	} finally {
		finishJob(db, name, processToken);
	}
	return true;
}

const HOUR = 3600_000;

/** Runs the daily and six-hourly upkeep; errors are logged, never thrown into the server. */
export function startJobs(db: Db) {
	let started = false;
	// At start the upkeep runs unless another process is running it or ran it in the last ten
	// minutes (a second process joining, a quick restart); later at most every five hours.
	const run = () => once(db, 'upkeep', { ttlMs: HOUR, minIntervalMs: started ? 5 * HOUR : 10 * 60_000 }, upkeep).then(() => (started = true));
	const upkeep = async () => {
		try {
			await yieldToRequests();
			const started = performance.now();
			const events = await extendAllDates(db);
			console.log(`Extended the dates of ${events} events in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
			const purged = await execute(purgeExpiredSignups, systemActor('purge-signups'), { retentionDays: signupRetentionDays(db) }, { db });
			if (purged.ok && purged.value.removed) console.log(`Deleted ${purged.value.removed} sign-ups past the retention time.`);
			const mails = purgeOutbox(db, signupRetentionDays(db));
			if (mails) console.log(`Deleted ${mails} outbox mails past the retention time.`);
			redactDeadLinks(db);
			purgeThrottles(db);
			pruneChangeFeed(db);
			if (process.env.DEMO_DATA !== '1') {
				await execute(sendAttendanceReminders, systemActor('reminders'), {}, { db });
				await execute(sendModerationDigest, systemActor('digest'), {}, { db });
			}
			await retryUndelivered(db);
		} catch (e) {
			console.error('Background job failed', e);
		}
	};
	void run().catch((e) => console.error('Background job failed', e));
	setInterval(() => void run().catch((e) => console.error('Background job failed', e)), 6 * HOUR).unref();
	// Personal links die by the hour (a reset link lives one hour): cut them out of the outbox soon after.
	setInterval(() => {
		try {
			redactDeadLinks(db);
		} catch (e) {
			console.error('Background job failed', e);
		}
	}, 15 * 60_000).unref();
	// Associations' calendars: checked every half hour, each source fetched when its interval has passed.
	const calendars = () =>
		once(db, 'calendars', { ttlMs: HOUR / 2, minIntervalMs: 25 * 60_000 }, async () => {
			await syncDueSources(db);
		}).catch((e) => console.error('Calendar import failed', e));
	setTimeout(calendars, 60_000).unref();
	setInterval(calendars, 30 * 60_000).unref();
}
