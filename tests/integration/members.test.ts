import { describe, expect, it } from 'vitest';
import { smallDatabase } from './small-db';
import type { Db } from '../../src/lib/server/db/index';
import * as t from '../../src/lib/server/db/schema';
import { execute } from '../../src/lib/server/commands/runner';
import { residentActor, type Actor } from '../../src/lib/server/commands/actor';
import { inviteToOwnOrganisation, markInvitationOpened, removeOwnMember, resendOwnInvitation, withdrawOwnInvitation } from '../../src/lib/server/commands/members';
import { listMembersWithInvitations } from '../../src/lib/server/db/queries/organisations';
import { peekUserToken } from '../../src/lib/server/db/queries/users';
import { createSession, validateSessionToken } from '../../src/lib/server/auth/session';
import { consumeUserToken, setPasswordHash } from '../../src/lib/server/commands/accounts';

const NOW = new Date('2026-12-01T09:00:00Z');
const DAY = 86_400_000;

function world() {
	const s = smallDatabase();
	const db = s.db;
	const user = (email: string, password: string | null = 'hash') => db.insert(t.users).values({ email, name: email.split('@')[0], role: 'organiser', passwordHash: password, createdAt: NOW }).returning().get();
	const birgitta = user('birgitta@pro.se');
	const sven = user('sven@pro.se');
	db.insert(t.memberships).values([{ userId: birgitta.id, organisationId: s.organisationId }, { userId: sven.id, organisationId: s.organisationId }]).run();
	const spf = db.insert(t.organisations).values({ name: 'SPF Seniorerna', slug: 'spf', kind: 'association', createdAt: NOW }).returning().get();
	const sara = user('sara@spf.se');
	db.insert(t.memberships).values({ userId: sara.id, organisationId: spf.id }).run();
	const pro: Actor = { kind: 'organiser', userId: birgitta.id, organisationId: s.organisationId };
	const spfActor: Actor = { kind: 'organiser', userId: sara.id, organisationId: spf.id };
	return { ...s, birgitta, sven, sara, spf, pro, spfActor };
}

const run = <I, R>(db: Db, cmd: Parameters<typeof execute<I, R>>[0], actor: Actor, input: unknown, now = NOW) => execute(cmd, actor, input, { db, now });
const outbox = (db: Db) => db.$client.prepare('SELECT "to", subject, body, reply_to AS replyTo FROM mail_outbox ORDER BY id').all() as { to: string; subject: string; body: string; replyTo: string | null }[];
const audit = (db: Db) => (db.$client.prepare('SELECT action FROM audit_log ORDER BY id').all() as { action: string }[]).map((a) => a.action);
const count = (db: Db, table: string) => (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const linkOf = (body: string) => /\/konto\/losenord\/([A-Za-z0-9_-]+)/.exec(body)![1];
const statusOf = (db: Db, orgId: number, email: string, now = NOW) => listMembersWithInvitations(db, orgId, now).find((m) => m.email === email)?.status;
const everything = (db: Db) => ['users', 'memberships', 'user_tokens', 'sessions', 'audit_log', 'mail_outbox'].map((table) => db.$client.prepare(`SELECT * FROM ${table} ORDER BY 1`).all());

describe('an organiser invites to their own organisation', () => {
	it('sent → opened → accepted, with one mail answerable to the inviter', async () => {
		const w = world();
		const r = await run(w.db, inviteToOwnOrganisation, w.pro, { name: 'Gun Ek', email: ' Gun@Exempel.se ' });
		expect(r).toMatchObject({ ok: true, value: { email: 'gun@exempel.se', already: false } });
		const mails = outbox(w.db);
		expect(mails).toHaveLength(1);
		expect(mails[0]).toMatchObject({ to: 'gun@exempel.se', subject: 'Inbjudan till Träffpunkt – PRO Karlskoga', replyTo: 'birgitta@pro.se' });
		expect(mails[0].body).toContain('Svara på det här mejlet så når du den som bjöd in dig.');
		expect(mails[0].body).not.toContain('går inte att svara på');
		expect(statusOf(w.db, w.organisationId, 'gun@exempel.se')).toBe('sent');

		const token = linkOf(mails[0].body);
		expect(await run(w.db, markInvitationOpened, residentActor, { token }, new Date(NOW.getTime() + 60_000))).toMatchObject({ ok: true, value: { marked: true } });
		// A second visit does not move the time.
		expect(await run(w.db, markInvitationOpened, residentActor, { token }, new Date(NOW.getTime() + DAY))).toMatchObject({ ok: true, value: { marked: false } });
		const opened = listMembersWithInvitations(w.db, w.organisationId, NOW).find((m) => m.email === 'gun@exempel.se')!;
		expect(opened).toMatchObject({ status: 'opened', openedAt: NOW.getTime() + 60_000 });

		const gun = peekUserToken(w.db, token, 'invite')!;
		setPasswordHash(w.db, gun.id, 'hash');
		consumeUserToken(w.db, token);
		expect(statusOf(w.db, w.organisationId, 'gun@exempel.se')).toBe('accepted');
		expect(audit(w.db)).toEqual(['user.invited', 'user.invitation_opened']);
	});

	it('the same invitation posted twice gives one link and one mail', async () => {
		const w = world();
		const input = { name: 'Gun Ek', email: 'gun@exempel.se' };
		await run(w.db, inviteToOwnOrganisation, w.pro, input);
		const again = await run(w.db, inviteToOwnOrganisation, w.pro, input);
		expect(again).toMatchObject({ ok: true, value: { already: true } });
		expect(outbox(w.db)).toHaveLength(1);
		expect(count(w.db, "user_tokens WHERE purpose = 'invite'")).toBe(1);
		expect(audit(w.db)).toEqual(['user.invited']);
	});

	it('bad input is answered per field and writes nothing', async () => {
		const w = world();
		const before = everything(w.db);
		const r = await run(w.db, inviteToOwnOrganisation, w.pro, { name: 'G', email: 'inte en adress' });
		expect(r).toMatchObject({ ok: false, failure: { values: { name: 'G', email: 'inte en adress' }, errors: { name: 'Skriv personens namn.', email: expect.stringContaining('Skriv en hel e-postadress') } } });
		// An address that already can sign in for this organisation: told, nothing written.
		const member = await run(w.db, inviteToOwnOrganisation, w.pro, { name: 'Sven', email: 'sven@pro.se' });
		expect(member).toMatchObject({ ok: false, failure: { errors: { email: 'sven är redan medlem i PRO Karlskoga och kan logga in.' } } });
		expect(everything(w.db)).toEqual(before);
	});

	it('only an organiser acts, and always for their own organisation', async () => {
		const w = world();
		const staff: Actor = { kind: 'staff', userId: w.birgitta.id, role: 'moderator' };
		expect(await run(w.db, inviteToOwnOrganisation, staff, { name: 'Gun Ek', email: 'gun@exempel.se' })).toMatchObject({ ok: false, refused: { status: 403 } });
		expect(await run(w.db, inviteToOwnOrganisation, residentActor, { name: 'Gun Ek', email: 'gun@exempel.se' })).toMatchObject({ ok: false, refused: { status: 403 } });
		// A posted organisation is ignored: the invitation goes to the actor's own.
		await run(w.db, inviteToOwnOrganisation, w.spfActor, { name: 'Gun Ek', email: 'gun@exempel.se', organisationId: w.organisationId });
		expect(statusOf(w.db, w.spf.id, 'gun@exempel.se')).toBe('sent');
		expect(statusOf(w.db, w.organisationId, 'gun@exempel.se')).toBeUndefined();
	});
});

describe('resend and withdraw', () => {
	async function invited() {
		const w = world();
		await run(w.db, inviteToOwnOrganisation, w.pro, { name: 'Gun Ek', email: 'gun@exempel.se' });
		const row = listMembersWithInvitations(w.db, w.organisationId, NOW).find((m) => m.email === 'gun@exempel.se')!;
		return { ...w, gun: row, firstToken: linkOf(outbox(w.db)[0].body) };
	}

	it('resend makes a new link, the old one stops working; posted twice, one new link', async () => {
		const w = await invited();
		const later = new Date(NOW.getTime() + DAY);
		const r = await run(w.db, resendOwnInvitation, w.pro, { userId: String(w.gun.id), current: String(w.gun.expiresAt) }, later);
		expect(r).toMatchObject({ ok: true, value: { already: false, email: 'gun@exempel.se' } });
		const again = await run(w.db, resendOwnInvitation, w.pro, { userId: String(w.gun.id), current: String(w.gun.expiresAt) }, later);
		expect(again).toMatchObject({ ok: true, value: { already: true } });
		const mails = outbox(w.db);
		expect(mails).toHaveLength(2);
		const newToken = linkOf(mails[1].body);
		expect(peekUserToken(w.db, w.firstToken, 'invite')).toBeNull();
		expect(peekUserToken(w.db, newToken, 'invite')?.email).toBe('gun@exempel.se');
		expect(statusOf(w.db, w.organisationId, 'gun@exempel.se', later)).toBe('sent');
		expect(audit(w.db)).toEqual(['user.invited', 'user.invitation_resent']);
	});

	it('an invitation not used in 7 days is expired, and a resend makes it sent again', async () => {
		const w = await invited();
		const late = new Date(NOW.getTime() + 8 * DAY);
		expect(statusOf(w.db, w.organisationId, 'gun@exempel.se', late)).toBe('expired');
		await run(w.db, resendOwnInvitation, w.pro, { userId: w.gun.id, current: w.gun.expiresAt }, late);
		expect(statusOf(w.db, w.organisationId, 'gun@exempel.se', late)).toBe('sent');
	});

	it('withdraw voids the link, forgets a person who never chose a password, tells them; posted twice, nothing more', async () => {
		const w = await invited();
		const r = await run(w.db, withdrawOwnInvitation, w.pro, { userId: w.gun.id });
		expect(r).toMatchObject({ ok: true, value: { changed: true, name: 'Gun Ek' } });
		expect(peekUserToken(w.db, w.firstToken, 'invite')).toBeNull();
		expect(w.db.$client.prepare('SELECT id FROM users WHERE email = ?').get('gun@exempel.se')).toBeUndefined();
		expect(outbox(w.db).at(-1)).toMatchObject({ to: 'gun@exempel.se', subject: 'Inbjudan återkallad – PRO Karlskoga' });
		const before = everything(w.db);
		expect(await run(w.db, withdrawOwnInvitation, w.pro, { userId: w.gun.id })).toMatchObject({ ok: true, value: { changed: false } });
		expect(everything(w.db)).toEqual(before);
		expect(audit(w.db)).toEqual(['user.invited', 'organisation.invitation_withdrawn']);
	});

	it('an accepted invitation is not withdrawn or resent (the person is removed instead)', async () => {
		const w = await invited();
		setPasswordHash(w.db, w.gun.id, 'hash');
		const before = everything(w.db);
		expect(await run(w.db, withdrawOwnInvitation, w.pro, { userId: w.gun.id })).toMatchObject({ ok: false, failure: { errors: { form: expect.stringContaining('har redan tackat ja') } } });
		expect(await run(w.db, resendOwnInvitation, w.pro, { userId: w.gun.id, current: w.gun.expiresAt })).toMatchObject({ ok: false, failure: { errors: { form: expect.stringContaining('har redan tackat ja') } } });
		expect(everything(w.db)).toEqual(before);
	});
});

describe('removing a member', () => {
	it('asks first; then access ends at once, the person is told, and a second post changes nothing', async () => {
		const w = world();
		const { token } = createSession(w.db, w.sven.id);
		expect(validateSessionToken(w.db, token)).not.toBeNull();
		const before = everything(w.db);
		expect(await run(w.db, removeOwnMember, w.pro, { userId: w.sven.id, confirm: false })).toMatchObject({ ok: false, failure: { errors: { confirm: 'confirm' } } });
		expect(everything(w.db)).toEqual(before);

		expect(await run(w.db, removeOwnMember, w.pro, { userId: w.sven.id, confirm: true })).toMatchObject({ ok: true, value: { changed: true, name: 'sven', self: false } });
		expect(statusOf(w.db, w.organisationId, 'sven@pro.se')).toBeUndefined();
		// His only organisation: signed out everywhere; the account and what he did stay.
		expect(validateSessionToken(w.db, token)).toBeNull();
		expect(w.db.$client.prepare('SELECT id FROM users WHERE id = ?').get(w.sven.id)).toBeDefined();
		expect(outbox(w.db).at(-1)).toMatchObject({ to: 'sven@pro.se', subject: 'Du är inte längre med i PRO Karlskoga på Träffpunkt', replyTo: 'birgitta@pro.se' });

		const after = everything(w.db);
		expect(await run(w.db, removeOwnMember, w.pro, { userId: w.sven.id, confirm: true })).toMatchObject({ ok: true, value: { changed: false } });
		expect(everything(w.db)).toEqual(after);
		expect(audit(w.db)).toEqual(['organisation.member_removed']);
	});

	it('someone in another organisation too keeps that one and their sessions', async () => {
		const w = world();
		w.db.insert(t.memberships).values({ userId: w.sven.id, organisationId: w.spf.id }).run();
		const { token } = createSession(w.db, w.sven.id);
		await run(w.db, removeOwnMember, w.pro, { userId: w.sven.id, confirm: true });
		expect(validateSessionToken(w.db, token)).not.toBeNull();
		expect(statusOf(w.db, w.spf.id, 'sven@pro.se')).toBe('active');
	});

	it('the last member who can sign in cannot remove themselves; with another one left they can', async () => {
		const w = world();
		await run(w.db, removeOwnMember, w.pro, { userId: w.sven.id, confirm: true });
		const before = everything(w.db);
		const r = await run(w.db, removeOwnMember, w.pro, { userId: w.birgitta.id, confirm: true });
		expect(r).toMatchObject({ ok: false, failure: { errors: { form: expect.stringContaining('Du är den enda i PRO Karlskoga') } } });
		expect(everything(w.db)).toEqual(before);

		const w2 = world();
		expect(await run(w2.db, removeOwnMember, w2.pro, { userId: w2.birgitta.id, confirm: true })).toMatchObject({ ok: true, value: { self: true, changed: true } });
	});

	it("an organiser of PRO can never touch SPF's members or invitations", async () => {
		const w = world();
		await run(w.db, inviteToOwnOrganisation, w.spfActor, { name: 'Gun Ek', email: 'gun@exempel.se' });
		const gun = listMembersWithInvitations(w.db, w.spf.id, NOW).find((m) => m.email === 'gun@exempel.se')!;
		const before = everything(w.db);
		for (const [cmd, input] of [
			[removeOwnMember, { userId: w.sara.id, confirm: true }],
			[removeOwnMember, { userId: gun.id, confirm: true }],
			[withdrawOwnInvitation, { userId: gun.id }],
			[resendOwnInvitation, { userId: gun.id, current: gun.expiresAt }]
		] as const) {
			expect(await run(w.db, cmd as never, w.pro, input)).toMatchObject({ ok: false, refused: { status: 404 } });
		}
		expect(everything(w.db)).toEqual(before);
		expect(listMembersWithInvitations(w.db, w.spf.id, NOW).map((m) => m.email).sort()).toEqual(['gun@exempel.se', 'sara@spf.se']);
	});

	it('a failure after writes leaves nothing (the removal and its mail and log go together)', async () => {
		const w = world();
		const before = everything(w.db);
		// A user id that is not a number fails validation before anything is written.
		expect(await run(w.db, removeOwnMember, w.pro, { userId: 'x', confirm: true })).toMatchObject({ ok: false, failure: { errors: { userId: expect.any(String) } } });
		// A crash after the removal's writes: the runner rolls back all of it.
		const broken = { ...removeOwnMember, run: (ctx: Parameters<typeof removeOwnMember.run>[0], input: Parameters<typeof removeOwnMember.run>[1]) => { removeOwnMember.run(ctx, input); throw new Error('disk full'); } };
		await expect(run(w.db, broken, w.pro, { userId: w.sven.id, confirm: true })).rejects.toThrow('disk full');
		expect(everything(w.db)).toEqual(before);
	});
});
