import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { eq, like, lt, or } from 'drizzle-orm';
import type { Db } from '../db';
import { mailOutbox, throttles, users } from '../db/schema';
import { logAudit } from './audit';
import { deadLinkTokens, PERSONAL_LINK } from '../mail/personal-links';
import { encryptSecret, isEncryptedSecret } from '../auth/secret-box';

const DAY = 86_400_000;

// Inside db.transaction(…) the same better-sqlite3 connection is used, so `db` and `tx` are one transaction.

/**
 * Fixed-window counter shared by all app processes: counts one hit for `key` and returns the count
 * in the current window (1 when a new window starts).
 */
export function hitRateLimit(db: Db, key: string, windowMs: number, now = new Date()): number {
	return db.transaction((tx) => {
		const row = tx.select().from(throttles).where(eq(throttles.key, key)).get();
		if (!row || row.windowStart.getTime() + windowMs <= now.getTime()) {
			tx.insert(throttles)
				.values({ key, count: 1, windowStart: now, nextAllowedAt: null })
				.onConflictDoUpdate({ target: throttles.key, set: { count: 1, windowStart: now, nextAllowedAt: null } })
				.run();
			return 1;
		}
		tx.update(throttles).set({ count: row.count + 1 }).where(eq(throttles.key, key)).run();
		return row.count + 1;
	});
}

/** Throttle rows untouched for a day are forgotten (they hold client addresses). */
export function purgeThrottles(db: Db, now = new Date()) {
	return db.transaction((tx) => tx.delete(throttles).where(lt(throttles.windowStart, new Date(now.getTime() - DAY))).run().changes);
}

/**
 * The outbox keeps mail as long as sign-ups are kept: older rows (and their demo files) go.
 * Returns the number of mails removed.
 */
export function purgeOutbox(db: Db, retentionDays: number, now = new Date(), outboxDir = process.env.OUTBOX_DIR ?? 'data/outbox') {
	const cutoff = new Date(now.getTime() - retentionDays * DAY);
	const removed = db.transaction((tx) => {
		const ids = tx.select({ id: mailOutbox.id }).from(mailOutbox).where(lt(mailOutbox.createdAt, cutoff)).all().map((r) => r.id);
		if (!ids.length) return ids;
		tx.delete(mailOutbox).where(lt(mailOutbox.createdAt, cutoff)).run();
		logAudit(db, { actorUserId: null, action: 'outbox.purged', entityType: 'mail', summary: `${ids.length} utskick äldre än ${retentionDays} dagar raderade` }, now);
		return ids;
	});
	for (const id of removed) rmSync(join(resolve(outboxDir), `${id}.txt`), { force: true });
	return removed.length;
}

const DEAD_LINK = '(länken är använd eller har gått ut)';

/**
 * Personal links (set a password, cancel a sign-up) are cut out of stored mail once they no longer
 * work: used, expired, or their sign-up is gone. The outbox then holds no key that still opens
 * something, and nothing that is only a memory of one. Returns the number of mails changed.
 */
export function redactDeadLinks(db: Db, now = new Date(), outboxDir = process.env.OUTBOX_DIR ?? 'data/outbox') {
	const changed = db.transaction((tx) => {
		const rows = tx
			.select({ id: mailOutbox.id, body: mailOutbox.body })
			.from(mailOutbox)
			.where(or(like(mailOutbox.body, '%/konto/losenord/%'), like(mailOutbox.body, '%/anmalan/avboka/%')))
			.all();
		const out: number[] = [];
		for (const row of rows) {
			const dead = deadLinkTokens(db, row.body, now);
			if (!dead.size) continue;
			const body = row.body.replace(PERSONAL_LINK, (link, _kind, token) => (dead.has(token) ? DEAD_LINK : link));
			tx.update(mailOutbox).set({ body }).where(eq(mailOutbox.id, row.id)).run();
			out.push(row.id);
		}
		return out;
	});
	for (const id of changed) rmSync(join(resolve(outboxDir), `${id}.txt`), { force: true });
	return changed.length;
}

/** Secrets written before encryption at rest existed are encrypted once, at start. */
export function encryptPlainTotpSecrets(db: Db, key: Buffer) {
	return db.transaction((tx) => {
		const rows = tx.select({ id: users.id, secret: users.totpSecret }).from(users).all();
		let n = 0;
		for (const r of rows) {
			if (!r.secret || isEncryptedSecret(r.secret)) continue;
			tx.update(users).set({ totpSecret: encryptSecret(r.secret, key) }).where(eq(users.id, r.id)).run();
			n++;
		}
		if (n) logAudit(db, { actorUserId: null, action: 'totp.secrets_encrypted', entityType: 'user', summary: `${n} tvåstegsnycklar krypterade` });
		return n;
	});
}
