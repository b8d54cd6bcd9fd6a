import { and, eq } from 'drizzle-orm';
import type { Db } from '../index';
import { memberships, organisations, users } from '../schema';

export function getOrganisation(db: Db, id: number) {
	return db.select().from(organisations).where(eq(organisations.id, id)).get() ?? null;
}

export function listMembers(db: Db, organisationId: number) {
	return db
		.select({ id: users.id, name: users.name, email: users.email, disabled: users.disabled, hasPassword: users.passwordHash })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(eq(memberships.organisationId, organisationId))
		.all()
		.map((u) => ({ ...u, hasPassword: Boolean(u.hasPassword) }));
}

export function listOrganisations(db: Db) {
	return db.$client
		.prepare(
			`SELECT o.id, o.name, o.kind, o.trusted, o.active,
			 (SELECT count(*) FROM memberships m WHERE m.organisation_id = o.id) AS members,
			 (SELECT count(*) FROM events e WHERE e.organisation_id = o.id AND e.status = 'published') AS published
			 FROM organisations o ORDER BY o.name`
		)
		.all()
		.map((r) => {
			const o = r as { id: number; name: string; kind: string; trusted: number; active: number; members: number; published: number };
			return { ...o, trusted: o.trusted === 1, active: o.active === 1 };
		});
}

export type InvitationStatus = 'sent' | 'opened' | 'accepted' | 'expired' | 'active' | 'disabled';

export type MemberRow = {
	id: number;
	name: string;
	email: string;
	status: InvitationStatus;
	/** The newest invitation link: until when it works, when it was opened or used (ms), 0 when there is none. */
	expiresAt: number;
	openedAt: number | null;
	acceptedAt: number | null;
};

/**
 * An organisation's members with where each one's invitation stands, judged by the newest
 * invitation link: accepted once a password is chosen, otherwise sent, opened or expired.
 */
export function listMembersWithInvitations(db: Db, organisationId: number, now = new Date()): MemberRow[] {
	const rows = db.$client
		.prepare(
			`SELECT u.id, u.name, u.email, u.disabled, u.password_hash IS NOT NULL AS hasPassword,
			 t.expires_at AS expiresAt, t.used_at AS usedAt, t.opened_at AS openedAt
			 FROM memberships m JOIN users u ON u.id = m.user_id
			 LEFT JOIN user_tokens t ON t.token_hash = (
			   SELECT token_hash FROM user_tokens WHERE user_id = u.id AND purpose = 'invite' ORDER BY expires_at DESC LIMIT 1)
			 WHERE m.organisation_id = ? ORDER BY u.name COLLATE NOCASE, u.id`
		)
		.all(organisationId) as { id: number; name: string; email: string; disabled: number; hasPassword: number; expiresAt: number | null; usedAt: number | null; openedAt: number | null }[];
	return rows.map((r) => ({
		id: r.id,
		name: r.name,
		email: r.email,
		status: memberStatus(r, now.getTime()),
		expiresAt: r.expiresAt ?? 0,
		openedAt: r.openedAt,
		acceptedAt: r.hasPassword && r.usedAt ? r.usedAt : null
	}));
}

function memberStatus(r: { disabled: number; hasPassword: number; expiresAt: number | null; usedAt: number | null; openedAt: number | null }, now: number): InvitationStatus {
	if (r.disabled) return 'disabled';
	if (r.hasPassword) return r.expiresAt ? 'accepted' : 'active';
	if (!r.expiresAt || r.usedAt || r.expiresAt <= now) return 'expired';
	return r.openedAt ? 'opened' : 'sent';
}

export function isMemberOf(db: Db, userId: number, organisationId: number): boolean {
	return Boolean(db.select({ u: memberships.userId }).from(memberships).where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId))).get());
}
