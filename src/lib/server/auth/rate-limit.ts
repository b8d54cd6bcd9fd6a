/**
 * Fixed-window counters in memory (one process serves the app). Enough to slow down guessing;
 * a burst is reported to the audit log by the caller.
 */
export class RateLimiter {
	private hits = new Map<string, { count: number; resetAt: number }>();
	constructor(
		private readonly limit: number,
		private readonly windowMs: number
	) {}

	/** True when the key is already over its limit (does not count). */
	isBlocked(key: string, now = Date.now()): boolean {
		const h = this.hits.get(key);
		return Boolean(h && h.resetAt > now && h.count >= this.limit);
	}

	/** Counts one attempt; returns the count in the current window. */
	hit(key: string, now = Date.now()): number {
		const h = this.hits.get(key);
		if (!h || h.resetAt <= now) {
			this.hits.set(key, { count: 1, resetAt: now + this.windowMs });
			if (this.hits.size > 10_000) this.prune(now);
			return 1;
		}
		h.count++;
		return h.count;
	}

	reset(key: string) {
		this.hits.delete(key);
	}

	private prune(now: number) {
		for (const [k, v] of this.hits) if (v.resetAt <= now) this.hits.delete(k);
	}
}
