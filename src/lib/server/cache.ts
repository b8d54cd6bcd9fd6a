/**
 * A small read cache for public queries. Every write that changes what the public sees calls
 * `invalidateCache()`; entries also expire after a minute so that "today" moves on by itself.
 */
const TTL_MS = 60_000;
const MAX_ENTRIES = 2_000;
const entries = new Map<string, { at: number; value: unknown }>();
let generation = 0;

export function cached<T>(key: string, compute: () => T): T {
	if (process.env.QUERY_CACHE === '0') return compute();
	const now = Date.now();
	const hit = entries.get(key);
	if (hit && now - hit.at < TTL_MS) return hit.value as T;
	const value = compute();
	if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
	entries.set(key, { at: now, value });
	return value;
}

/** Bumped on every invalidation; whole-page caches compare against it. */
export function cacheGeneration() {
	return generation;
}

/** After a committed change; the ids (when given) say what changed, no argument means anything may have. */
export function invalidateCache(_change?: { eventIds?: number[]; venueIds?: number[] }) {
	entries.clear();
	generation++;
}
