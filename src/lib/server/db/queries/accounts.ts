import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../index';
import { knownDevices, mailOutbox, throttles, userTokens, users } from '../schema';

/** Milliseconds until the slowest of these throttle keys hears another attempt (0 = now). */
export function throttleWait(db: Db, keys: string[], now = new Date()): number {
	if (!keys.length) return 0;
	const rows = db.select({ next: throttles.nextAllowedAt }).from(throttles).where(inArray(throttles.key, keys)).all();
	return Math.max(0, ...rows.map((r) => (r.next ? r.next.getTime() - now.getTime() : 0)));
}

/** Addresses of staff accounts (moderators and admins), lower-case. */
export function staffEmails(db: Db): Set<string> {
	return new Set(
		db
			.select({ email: users.email })
			.from(users)
			.where(inArray(users.role, ['moderator', 'admin']))
			.all()
			.map((u) => u.email.toLowerCase())
	);
}

export function isKnownDevice(db: Db, userId: number, tokenHash: string): boolean {
	return Boolean(db.select({ h: knownDevices.tokenHash }).from(knownDevices).where(and(eq(knownDevices.tokenHash, tokenHash), eq(knownDevices.userId, userId))).get());
}

/** An invitation that was sent and not yet used (the person never chose a password). */
export function hasPendingInvitation(db: Db, userId: number): boolean {
	return Boolean(db.select({ h: userTokens.tokenHash }).from(userTokens).where(and(eq(userTokens.userId, userId), eq(userTokens.purpose, 'invite'), isNull(userTokens.usedAt))).get());
}

/** The newest mails in the outbox, for staff. */
export function latestOutbox(db: Db, limit: number) {
	return db.select().from(mailOutbox).orderBy(desc(mailOutbox.id)).limit(limit).all();
}

/** The newest invitation link of a person (used, voided or expired ones included), or null. */
export function latestInvitation(db: Db, userId: number) {
	return (
		db
			.select({ tokenHash: userTokens.tokenHash, expiresAt: userTokens.expiresAt, usedAt: userTokens.usedAt, openedAt: userTokens.openedAt })
			.from(userTokens)
			.where(and(eq(userTokens.userId, userId), eq(userTokens.purpose, 'invite')))
			.orderBy(desc(userTokens.expiresAt))
			.get() ?? null
	);
}

/** Whether this person was taken off this organisation's list before (removed, or the invitation withdrawn). */
export function wasRemovedFrom(db: Db, userId: number, organisationId: number): boolean {
	return Boolean(
		db.$client
			.prepare(
				`SELECT 1 FROM audit_log WHERE entity_type = 'user' AND entity_id = ? AND action IN ('organisation.member_removed', 'organisation.invitation_withdrawn')
				 AND json_extract(details, '$.organisationId') = ? LIMIT 1`
			)
			.get(userId, organisationId)
	);
}

/** Members of the organisation besides this person who can sign in (a password, not disabled). */
export function otherActiveMembers(db: Db, organisationId: number, userId: number): number {
	return (
		db.$client
			.prepare(
				`SELECT count(*) AS n FROM memberships m JOIN users u ON u.id = m.user_id
				 WHERE m.organisation_id = ? AND u.id != ? AND u.password_hash IS NOT NULL AND u.disabled = 0`
			)
			.get(organisationId, userId) as { n: number }
	).n;
}

export function membershipCount(db: Db, userId: number): number {
	return (db.$client.prepare('SELECT count(*) AS n FROM memberships WHERE user_id = ?').get(userId) as { n: number }).n;
}
