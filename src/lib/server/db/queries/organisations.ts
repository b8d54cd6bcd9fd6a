import { eq } from 'drizzle-orm';
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
