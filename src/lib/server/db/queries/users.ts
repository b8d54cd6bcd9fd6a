import { and, eq, isNull, gt } from 'drizzle-orm';
import type { Db } from '../index';
import { memberships, organisations, userTokens, users, type UserRole } from '../schema';
import { hashToken } from '../../auth/session';

export function findUserByEmail(db: Db, email: string) {
	return db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get() ?? null;
}

export function getUser(db: Db, id: number) {
	return db.select().from(users).where(eq(users.id, id)).get() ?? null;
}

/** The token's user if the token is valid, unused and unexpired (does not consume it). */
export function peekUserToken(db: Db, token: string, purpose: 'invite' | 'reset') {
	const row = db
		.select({ userId: userTokens.userId })
		.from(userTokens)
		.where(
			and(
				eq(userTokens.tokenHash, hashToken(token)),
				eq(userTokens.purpose, purpose),
				isNull(userTokens.usedAt),
				gt(userTokens.expiresAt, new Date())
			)
		)
		.get();
	return row ? getUser(db, row.userId) : null;
}

export function organisationsOfUser(db: Db, userId: number) {
	return db
		.select({ id: organisations.id, name: organisations.name, slug: organisations.slug, kind: organisations.kind, trusted: organisations.trusted })
		.from(memberships)
		.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
		.where(and(eq(memberships.userId, userId), eq(organisations.active, true)))
		.all();
}

/** The name of the first organisation a person belongs to, for an invitation's wording. */
export function firstOrganisationOf(db: Db, userId: number): string | null {
	return (
		db
			.select({ name: organisations.name })
			.from(memberships)
			.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
			.where(eq(memberships.userId, userId))
			.orderBy(organisations.name)
			.get()?.name ?? null
	);
}

/** Whether a staff member wants one digest a day instead of a mail per submission. */
export function wantsDigest(db: Db, userId: number): boolean {
	return Boolean(db.select({ digest: users.notifyDigest }).from(users).where(eq(users.id, userId)).get()?.digest);
}
