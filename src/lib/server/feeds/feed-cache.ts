import { cacheGeneration } from '../cache';
import { tenantState } from '../tenancy';

/**
 * Rendered calendar feeds, kept for as long as clients may cache them (5 minutes) and dropped on
 * any write. The municipality-wide feed is larger than the page cache takes, so the few feeds that
 * calendar servers poll are written once instead of on every poll.
 */
const TTL_MS = 300_000;
const MAX_ENTRIES = 16;
/** Per municipality (tenancy.ts). */
const local = () => tenantState('feed-cache', () => new Map<string, { at: number; generation: number; body: Buffer }>());

export function cachedFeed(key: string, render: () => Buffer): Buffer {
	if (process.env.QUERY_CACHE === '0') return render();
	const now = Date.now();
	const entries = local();
	const hit = entries.get(key);
	if (hit && now - hit.at < TTL_MS && hit.generation === cacheGeneration()) return hit.body;
	const body = render();
	entries.delete(key);
	if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
	entries.set(key, { at: now, generation: cacheGeneration(), body });
	return body;
}
