import { eq } from 'drizzle-orm';
import type { Db } from '../index';
import { memberships, organisations, users } from '../schema';
import { logAudit } from './audit';

export function getOrganisation(db: Db, id: number) {
	return db.select().from(organisations).where(eq(organisations.id, id)).get() ?? null;
}

export function updateOrganisationProfile(
	db: Db,
	actorUserId: number,
	id: number,
	p: { description: string; contactName: string; email: string; phone: string; website: string }
) {
	db.update(organisations)
		.set({ description: p.description, contactName: p.contactName || null, email: p.email || null, phone: p.phone || null, website: p.website || null })
		.where(eq(organisations.id, id))
		.run();
	logAudit(db, { actorUserId, action: 'organisation.profile_updated', entityType: 'organisation', entityId: id, summary: 'Föreningens uppgifter ändrade' });
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

export function setOrganisationTrust(db: Db, actorUserId: number, id: number, trusted: boolean) {
	const org = getOrganisation(db, id);
	if (!org) return false;
	db.update(organisations).set({ trusted }).where(eq(organisations.id, id)).run();
	logAudit(db, {
		actorUserId,
		action: 'organisation.trust_changed',
		entityType: 'organisation',
		entityId: id,
		summary: `${org.name}: ${trusted ? 'betrodd (publicerar direkt)' : 'inte längre betrodd'}`
	});
	return true;
}

export function createOrganisation(db: Db, actorUserId: number, input: { name: string; kind: typeof organisations.$inferInsert.kind; email?: string | null }) {
	const slugBase = input.name.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'forening';
	let slug = slugBase;
	for (let i = 2; db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, slug)).get(); i++) slug = `${slugBase}-${i}`;
	const row = db.insert(organisations).values({ name: input.name, kind: input.kind, slug, email: input.email ?? null, createdAt: new Date() }).returning({ id: organisations.id }).get();
	logAudit(db, { actorUserId, action: 'organisation.created', entityType: 'organisation', entityId: row.id, summary: `Ny förening: ${input.name}` });
	return row.id;
}

/** A deactivated organisation keeps its history; its members can no longer act for it. */
export function setOrganisationActive(db: Db, actorUserId: number, id: number, active: boolean) {
	const org = getOrganisation(db, id);
	if (!org) return false;
	db.update(organisations).set({ active }).where(eq(organisations.id, id)).run();
	logAudit(db, { actorUserId, action: active ? 'organisation.activated' : 'organisation.deactivated', entityType: 'organisation', entityId: id, summary: `${org.name}: ${active ? 'aktiv igen' : 'avaktiverad'}` });
	return true;
}
