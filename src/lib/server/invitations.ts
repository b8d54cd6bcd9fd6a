import { and, eq } from 'drizzle-orm';
import { getDb } from './db';
import { memberships } from './db/schema';
import { createUser, createUserToken, findUserByEmail } from './db/queries/users';
import { getOrganisation } from './db/queries/organisations';
import { logAudit } from './db/queries/audit';
import { sendMail } from './mail';
import { mails } from './mail/templates';

const WEEK = 7 * 86_400_000;

/**
 * Invites a person into an organisation: creates the organiser account if needed, adds the
 * membership and e-mails a single-use link where they choose a password.
 */
export async function inviteMember(actorUserId: number, organisationId: number, person: { name: string; email: string }, origin: string) {
	const db = getDb();
	const org = getOrganisation(db, organisationId);
	if (!org) return { ok: false as const, error: 'Föreningen finns inte.' };
	let user = findUserByEmail(db, person.email);
	if (user && user.role !== 'organiser') return { ok: false as const, error: 'Adressen tillhör ett personalkonto.' };
	user ??= createUser(db, { email: person.email, name: person.name, role: 'organiser' });
	const member = db.select().from(memberships).where(and(eq(memberships.userId, user.id), eq(memberships.organisationId, org.id))).get();
	// Someone who already has a password and is a member needs no invitation; a pending one gets it again.
	if (member && user.passwordHash) return { ok: false as const, error: `${user.name} är redan medlem i ${org.name} och kan logga in.` };
	if (!member) db.insert(memberships).values({ userId: user.id, organisationId: org.id }).run();
	const token = createUserToken(db, user.id, 'invite', WEEK);
	await sendMail(db, { to: user.email, ...mails.invitation({ name: user.name, organisation: org.name, link: `${origin}/konto/losenord/${token}` }) });
	logAudit(db, { actorUserId, action: 'user.invited', entityType: 'user', entityId: user.id, summary: `${user.name} (${user.email}) inbjuden till ${org.name}` });
	return { ok: true as const };
}
