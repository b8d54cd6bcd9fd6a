import type { Db } from '../db';
import { dueSourceIds, getSource, knownVenues } from '../db/queries/calendar-sources';
import { execute } from '../commands/runner';
import { syncSource } from '../commands/calendar-import';
import { systemActor, type Actor } from '../commands/actor';
import { fetchCalendar, type FetchOptions, type FetchResult } from './fetch';
import { planImport, type ImportPlan, type SourceRules } from './plan';

/** Hours between two scheduled fetches of a source. */
export const SYNC_INTERVAL_HOURS = 6;

/** Fetches a source (conditionally, with its last ETag and Last-Modified) and applies the result in one command. */
export async function runSourceSync(db: Db, actor: Actor, sourceId: number, opts: { now?: Date; fetch?: FetchOptions } = {}) {
	const source = getSource(db, actor.kind === 'organiser' ? actor.organisationId : null, sourceId);
	if (!source) return null;
	const fetched: FetchResult = await fetchCalendar(source.url, { etag: source.etag, lastModified: source.lastModified, ...opts.fetch });
	return execute(syncSource, actor, { sourceId, fetched }, { db, now: opts.now });
}

/** What an address would give, without writing anything: the first step of adding a source. */
export async function previewSource(db: Db, organisationId: number, url: string, rules: SourceRules, now = new Date(), fetch?: FetchOptions): Promise<ImportPlan | { ok: false; code: string }> {
	const fetched = await fetchCalendar(url, fetch);
	if (fetched.kind === 'error') return { ok: false, code: fetched.code };
	if (fetched.kind !== 'ok') return { ok: false, code: 'http_error' };
	return planImport(fetched.text, rules, knownVenues(db, organisationId), now);
}

/** The scheduled job: every active source not fetched for a while, one after the other. */
export async function syncDueSources(db: Db, now = new Date()) {
	const ids = dueSourceIds(db, new Date(now.getTime() - SYNC_INTERVAL_HOURS * 3600_000 + 60_000));
	const actor = systemActor('calendar-import');
	for (const id of ids) {
		try {
			await runSourceSync(db, actor, id, { now });
		} catch (e) {
			console.error(`Calendar source ${id} failed`, e);
		}
	}
	return ids.length;
}
