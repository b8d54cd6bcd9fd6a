import { and, eq, isNull, gt } from 'drizzle-orm';
import type { Db } from '../index';
import { memberships, organisations, userTokens, users, type UserRole } from '../schema';
import { generateToken, hashToken } from '../../auth/session';

export function findUserByEmail(db: Db, email: string) {
	return db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get() ?? null;
}

export function getUser(db: Db, id: number) {
	return db.select().from(users).where(eq(users.id, id)).get() ?? null;
}

export function createUser(db: Db, input: { email: string; name: string; role: UserRole; passwordHash?: string | null }) {
	return db
		.insert(users)
		.values({ ...input, email: input.email.trim().toLowerCase(), passwordHash: input.passwordHash ?? null, createdAt: new Date() })
		.returning()
		.get();
}

export function setPasswordHash(db: Db, userId: number, passwordHash: string) {
	db.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
}

/** A single-use link token; only its hash is stored. */
export function createUserToken(db: Db, userId: number, purpose: 'invite' | 'reset', ttlMs: number) {
	const token = generateToken();
	db.insert(userTokens)
		.values({ tokenHash: hashToken(token), userId, purpose, expiresAt: new Date(Date.now() + ttlMs) })
		.run();
	return token;
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

export function consumeUserToken(db: Db, token: string) {
	db.update(userTokens).set({ usedAt: new Date() }).where(eq(userTokens.tokenHash, hashToken(token))).run();
}

export function organisationsOfUser(db: Db, userId: number) {
	return db
		.select({ id: organisations.id, name: organisations.name, slug: organisations.slug, kind: organisations.kind, trusted: organisations.trusted })
		.from(memberships)
		.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
		.where(and(eq(memberships.userId, userId), eq(organisations.active, true)))
		.all();
}
