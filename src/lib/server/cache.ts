import { allTenants, currentTenant, tenantState, withTenant } from './tenancy';

/**
 * A small read cache for public queries. Every write that changes what the public sees calls
 * `invalidateCache()`; entries also expire after a minute so that "today" moves on by itself.
 */
const TTL_MS = 60_000;
const MAX_ENTRIES = 2_000;
/** Per municipality (tenancy.ts): answers of one are never another's. */
const local = () => tenantState('query-cache', () => ({ entries: new Map<string, { at: number; value: unknown }>(), generation: 0 }));

/**
 * `always`: kept even with QUERY_CACHE=0 (which the benchmarks set to compute every answer): for
 * site-wide values every page reads (settings, the demo flag), not answers to a filter.
 */
export function cached<T>(key: string, compute: () => T, opts: { always?: boolean } = {}): T {
	if (process.env.QUERY_CACHE === '0' && !opts.always) return compute();
	const now = Date.now();
	const { entries } = local();
	const hit = entries.get(key);
	if (hit && now - hit.at < TTL_MS) return hit.value as T;
	const value = compute();
	if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
	entries.set(key, { at: now, value });
	return value;
}

/** Bumped on every invalidation; whole-page caches compare against it. */
export function cacheGeneration() {
	return local().generation;
}

/**
 * What a committed write touched. `eventIds`: events whose content, status, dates, organisation
 * name or sign-up settings changed; `venueIds`: venues whose name, address, district or access
 * changed. The search index then re-reads only those activities (and those held at those venues);
 * empty lists mean nothing it holds changed (e.g. a sign-up). Without an argument anything may have
 * changed and the index re-reads everything.
 */
export type Change = { eventIds?: number[]; venueIds?: number[] };

type Listener = (change: Change | undefined) => void;
const listeners = new Set<Listener>();

/** Called after every committed write, inside the municipality written to (the search index subscribes here). */
export function onInvalidate(listener: Listener) {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

export function invalidateCache(change?: Change) {
	const l = local();
	l.entries.clear();
	l.generation++;
	for (const listener of listeners) listener(change);
	// Municipalities that show this one's dates beside their own ("Visa även grannkommuner") drop their pages too.
	const here = currentTenant();
	for (const t of allTenants())
		if (t !== here && t.neighbours.includes(here.id))
			withTenant(t, () => {
				const theirs = local();
				theirs.entries.clear();
				theirs.generation++;
			});
}
