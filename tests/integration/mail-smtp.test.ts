import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRedirect } from '@sveltejs/kit';
import smtp from 'smtp-server';
import type { Db } from '../../src/lib/server/db/index';

/**
 * The app's mail goes out over real SMTP (nodemailer → a local smtp-server), and the link in the
 * message works exactly once. The app reads DATABASE_URL when getDb() first runs, so it is set to
 * a fresh seeded file before the app's modules are imported.
 */

type Received = { from: string; to: string[]; raw: string };
const received: Received[] = [];
let server: InstanceType<typeof smtp.SMTPServer>;
let db: Db;
let app: {
	invite: (actorUserId: number, organisationId: number, person: { name: string; email: string }) => Promise<unknown>;
	sendMail: typeof import('../../src/lib/server/mail/index').sendMail;
	resetMailTransport: typeof import('../../src/lib/server/mail/index').resetMailTransport;
	mails: typeof import('../../src/lib/server/mail/templates').mails;
	users: typeof import('../../src/lib/server/db/queries/users');
	accounts: typeof import('../../src/lib/server/commands/accounts');
	verifyPassword: typeof import('../../src/lib/server/auth/password').verifyPassword;
	passwordPage: typeof import('../../src/routes/konto/losenord/[token]/+page.server');
};
const saved = { DATABASE_URL: process.env.DATABASE_URL, SMTP_URL: process.env.SMTP_URL, ORIGIN: process.env.ORIGIN };
const ORIGIN = 'http://traffpunkt.test';

beforeAll(async () => {
	server = new smtp.SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				received.push({
					from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
					to: session.envelope.rcptTo.map((r) => r.address),
					raw: Buffer.concat(chunks).toString('utf8')
				});
				callback();
			});
		}
	});
	await new Promise<void>((resolve, reject) => {
		server.server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const port = (server.server.address() as AddressInfo).port;

	process.env.DATABASE_URL = join(mkdtempSync(join(tmpdir(), 'traffpunkt-mail-')), 'mail.db');
	process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
	process.env.ORIGIN = ORIGIN; // links in mail are built from the configured address, never from a request
	const { getDb } = await import('../../src/lib/server/db/index');
	const { seedDatabase } = await import('../../src/lib/server/seed/index');
	db = getDb();
	await seedDatabase(db);
	const mail = await import('../../src/lib/server/mail/index');
	app = {
		invite: async (userId, organisationId, person) => {
			const { execute } = await import('../../src/lib/server/commands/runner');
			const { inviteMember } = await import('../../src/lib/server/commands/organisations');
			return execute(inviteMember, { kind: 'staff', userId, role: 'moderator' }, { organisationId, ...person });
		},
		sendMail: mail.sendMail,
		resetMailTransport: mail.resetMailTransport,
		mails: (await import('../../src/lib/server/mail/templates')).mails,
		users: await import('../../src/lib/server/db/queries/users'),
		accounts: await import('../../src/lib/server/commands/accounts'),
		verifyPassword: (await import('../../src/lib/server/auth/password')).verifyPassword,
		passwordPage: await import('../../src/routes/konto/losenord/[token]/+page.server')
	};
	app.resetMailTransport();
}, 60_000);

afterAll(async () => {
	await new Promise<void>((resolve) => server.close(() => resolve()));
	for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
	else process.env[k] = v;
	app?.resetMailTransport();
});

/** Headers (unfolded, encoded-words decoded) and the decoded text body of a single-part message. */
function parseMessage(raw: string) {
	const split = raw.indexOf('\r\n\r\n');
	const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
	const headers = new Map<string, string>();
	for (const line of head.split('\r\n')) {
		const i = line.indexOf(':');
		headers.set(line.slice(0, i).toLowerCase(), decodeWords(line.slice(i + 1).trim()));
	}
	let body = raw.slice(split + 4);
	const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
	if (encoding === 'quoted-printable') body = decodeQp(body);
	else if (encoding === 'base64') body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
	return { headers, body: body.replace(/\r\n/g, '\n') };
}

function decodeQp(s: string) {
	const bytes: number[] = [];
	const text = s.replace(/=\r?\n/g, '');
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
			bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
			i += 2;
		} else bytes.push(...Buffer.from(text[i], 'utf8'));
	}
	return Buffer.from(bytes).toString('utf8');
}

function decodeWords(s: string) {
	return s
		.replace(/\?=\s+=\?/g, '?==?')
		.replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
			kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQp(text.replace(/_/g, ' '))
		);
}

async function messageTo(address: string) {
	const found = received.filter((m) => m.to.includes(address));
	expect(found, `messages to ${address}`).toHaveLength(1);
	return { ...found[0], ...parseMessage(found[0].raw) };
}

function tokenIn(body: string) {
	const m = new RegExp(`^${ORIGIN.replace(/\./g, '\\.')}/konto/losenord/([A-Za-z0-9_-]+)$`, 'm').exec(body);
	expect(m, body).not.toBeNull();
	return m![1];
}

const outboxRow = (to: string) => db.$client.prepare('SELECT subject, sent_at, error FROM mail_outbox WHERE "to" = ? ORDER BY id DESC').get(to) as { subject: string; sent_at: number | null; error: string | null };

describe('mail over SMTP', () => {
	it('an invitation arrives with a link that works once', async () => {
		const moderator = app.users.findUserByEmail(db, 'personal@demo.invalid')!;
		const org = db.$client.prepare(`SELECT id, name FROM organisations WHERE slug = 'pro-karlskoga'`).get() as { id: number; name: string };
		const email = 'ny.medlem@test.invalid';
		const result = await app.invite(moderator.id, org.id, { name: 'Nora Ny', email });
		expect(result).toMatchObject({ ok: true });

		const msg = await messageTo(email);
		expect(msg.to).toEqual([email]);
		expect(msg.from).toBe('no-reply@traffpunkt.invalid');
		expect(msg.headers.get('subject')).toBe(`Inbjudan till Träffpunkt – ${org.name}`);
		expect(msg.headers.get('to')).toBe(email);
		expect(msg.headers.get('content-type')).toMatch(/^text\/plain; charset=utf-8/i);
		expect(msg.headers.get('content-language')).toBe('sv');
		expect(msg.body).toContain('Hej Nora Ny!');
		expect(msg.body).toContain(`lägga upp aktiviteter för ${org.name}`);
		const row = outboxRow(email);
		expect(row.sent_at).not.toBeNull();
		expect(row.error).toBeNull();

		const token = tokenIn(msg.body);
		const user = app.users.peekUserToken(db, token, 'invite');
		expect(user).toMatchObject({ email, name: 'Nora Ny', role: 'organiser', passwordHash: null });
		expect(app.users.peekUserToken(db, token, 'reset')).toBeNull();
		app.accounts.consumeUserToken(db, token);
		expect(app.users.peekUserToken(db, token, 'invite')).toBeNull();
		expect(app.users.peekUserToken(db, token, 'reset')).toBeNull();
	});

	it('a password reset arrives, and following its link sets the password once', async () => {
		const user = app.users.findUserByEmail(db, 'forening@demo.invalid')!;
		const issued = app.accounts.createUserToken(db, user.id, 'reset', 60 * 60_000);
		await app.sendMail(db, { to: user.email, ...app.mails.passwordReset({ name: user.name, link: `${ORIGIN}/konto/losenord/${issued}` }) });

		const msg = await messageTo(user.email);
		expect(msg.headers.get('subject')).toBe('Nytt lösenord till Träffpunkt');
		expect(msg.body).toContain(`Hej ${user.name}!`);
		expect(outboxRow(user.email).sent_at).not.toBeNull();
		const token = tokenIn(msg.body);
		expect(token).toBe(issued);
		expect(app.users.peekUserToken(db, token, 'reset')?.id).toBe(user.id);
		expect(app.users.peekUserToken(db, token, 'invite')).toBeNull();

		// Follow the link: the page offers the form, the action saves the password and signs in.
		const { load, actions } = app.passwordPage;
		const page = (await load({ params: { token } } as never)) as { valid: boolean; name: string };
		expect(page).toEqual({ valid: true, name: user.name });
		const cookies: string[] = [];
		const event = () => ({
			params: { token },
			request: new Request(`${ORIGIN}/konto/losenord/${token}`, { method: 'POST', body: new URLSearchParams({ password: 'ett nytt långt lösenord', repeat: 'ett nytt långt lösenord' }) }),
			cookies: { set: (name: string) => cookies.push(name), delete: () => {}, get: () => undefined },
			locals: { locale: 'sv' }
		});
		let thrown: unknown;
		try {
			await actions.default(event() as never);
		} catch (e) {
			thrown = e;
		}
		expect(isRedirect(thrown) && thrown.location).toBe('/forening');
		expect(cookies).toEqual(['traffpunkt_session']);
		expect(await app.verifyPassword(app.users.findUserByEmail(db, user.email)!.passwordHash, 'ett nytt långt lösenord')).toBe(true);

		// Single use: the token is refused now, by the query and by the page.
		expect(app.users.peekUserToken(db, token, 'reset')).toBeNull();
		expect(await load({ params: { token } } as never)).toEqual({ valid: false, name: '' });
		const again = await actions.default(event() as never);
		expect(again).toMatchObject({ status: 400, data: { errors: { form: 'invalid' } } });
	});
});
