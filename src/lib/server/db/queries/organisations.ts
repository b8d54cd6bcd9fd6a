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
