import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { portAt, startApp, tempDir, type App } from '../support/servers';
import { request, startProxy, type Proxy } from '../support/proxy';

/**
 * Behind a real reverse proxy (nginx from Debian, as the README sets it up) every client has the
 * proxy's address. With ADDRESS_HEADER/XFF_DEPTH the app counts the real one, so one person's
 * failures slow that person down, not the town.
 */
const DEMO_PASSWORD = 'traffpunkt-demo';
const MODERATOR = 'personal@demo.invalid';
const ORGANISER = 'forening@demo.invalid';
const A = '127.0.0.2';
const B = '127.0.0.3';

test.describe.configure({ mode: 'serial' });
let app: App;
let proxy: Proxy;
let dbFile: string;

test.beforeAll(async () => {
	test.setTimeout(120_000);
	dbFile = join(tempDir('proxy'), 'app.db');
	const proxyPort = portAt(11);
	app = await startApp(portAt(12), { DEMO_DATA: '1', DATABASE_URL: dbFile, ORIGIN: `http://127.0.0.1:${proxyPort}`, ADDRESS_HEADER: 'X-Forwarded-For', XFF_DEPTH: '1', OUTBOX_DIR: join(dbFile, '..', 'outbox') });
	proxy = await startProxy(proxyPort, app.port);
	console.log(`reverse proxy: ${proxy.kind}`);
});

test.afterAll(async () => {
	await proxy?.stop();
	await app?.stop();
});

const signIn = (from: string, email: string, password: string, cookie?: string) =>
	request({ port: proxy.port, from, path: '/konto/logga-in', form: { email, password }, cookie });

test('client A guessing passwords is slowed down; client B signs in at once', async () => {
	test.setTimeout(120_000);
	// B has used this browser before (it holds the device cookie of the moderator account).
	const first = await signIn(B, MODERATOR, DEMO_PASSWORD);
	expect(first.status).toBe(303);
	const device = first.cookies.find((c) => c.startsWith('traffpunkt_device='))!;
	expect(device).toBeTruthy();

	// A: wrong passwords for the moderator and a string of made-up accounts, 45 tries in all.
	const answers: number[] = [];
	for (let i = 0; i < 45; i++) {
		const email = i < 15 ? MODERATOR : `gissning${i % 9}@demo.invalid`;
		answers.push((await signIn(A, email, `fel-losenord-${i}`)).status);
	}
	expect(answers.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
	expect(answers.filter((s) => s === 429).length).toBeGreaterThan(10);
	const blocked = await signIn(A, ORGANISER, DEMO_PASSWORD);
	expect(blocked.status, 'A is slowed down even with a right password now').toBe(429);
	expect(blocked.body).toMatch(/Vänta \d+ (sekund|sekunder|minut|minuter) innan du försöker igen/);
	// A cannot borrow B's address by sending the header itself: the proxy appends the real one.
	const spoof = await request({ port: proxy.port, from: A, path: '/konto/logga-in', form: { email: ORGANISER, password: DEMO_PASSWORD }, headers: { 'X-Forwarded-For': B } });
	expect(spoof.status).toBe(429);

	// B, right after, with the right passwords: in at once, on both accounts.
	expect((await signIn(B, ORGANISER, DEMO_PASSWORD)).status).toBe(303);
	expect((await signIn(B, MODERATOR, DEMO_PASSWORD, device)).status).toBe(303);

	// The counts are kept per address as the proxy passed it on, and no e-mail address is stored in them.
	const keys = new Database(dbFile, { readonly: true }).prepare('SELECT key FROM throttles').all() as { key: string }[];
	expect(keys.some((k) => k.key === `signin:ip:${A}`)).toBe(true);
	expect(keys.some((k) => k.key === `signin:ip:${B}`)).toBe(false);
	expect(keys.map((k) => k.key).join()).not.toContain('@');
	// Sign-in lines in the log: structured, with the address, never the full e-mail address or a password.
	const lines = app.output().split('\n').filter((l) => l.includes('"signin.'));
	expect(lines.length).toBeGreaterThan(40);
	for (const l of lines) {
		const entry = JSON.parse(l);
		expect(entry.account).toMatch(/^[a-z0-9]\*\*\*@demo\.invalid$/);
		expect(l).not.toContain(MODERATOR);
		expect(l).not.toContain('fel-losenord');
		expect(l).not.toContain(DEMO_PASSWORD);
	}
	expect(lines.some((l) => JSON.parse(l).event === 'signin.failure' && JSON.parse(l).ip === A)).toBe(true);
	expect(lines.some((l) => JSON.parse(l).event === 'signin.success' && JSON.parse(l).ip === B)).toBe(true);
});

test('many addresses guessing one account slow it down, but not on its owner’s known device', async () => {
	test.setTimeout(120_000);
	const owner = await signIn(B, ORGANISER, DEMO_PASSWORD);
	const device = owner.cookies.find((c) => c.startsWith('traffpunkt_device='))!;
	for (let i = 0; i < 14; i++) await signIn(`127.0.1.${10 + (i % 7)}`, ORGANISER, `gissat-${i}`);
	const stranger = await signIn('127.0.2.1', ORGANISER, DEMO_PASSWORD);
	expect(stranger.status, 'a new browser waits a little').toBe(429);
	expect((await signIn(B, ORGANISER, DEMO_PASSWORD, device)).status, 'the owner’s own browser does not').toBe(303);
});

test('sign-ups and accessibility reports are limited per client address', async () => {
	test.setTimeout(120_000);
	const db = new Database(dbFile, { readonly: true });
	const slot = db
		.prepare(
			`SELECT e.id AS eventId, o.id AS occurrenceId FROM events e JOIN event_revisions r ON r.id = e.published_revision_id
			 JOIN occurrences o ON o.event_id = e.id AND o.starts_at > ? + 3 * 86400000 AND o.cancelled = 0
			 WHERE e.status = 'published' AND r.signup_online = 1 ORDER BY o.starts_at LIMIT 1`
		)
		.get(Date.now()) as { eventId: number; occurrenceId: number };
	db.close();
	const signUp = (from: string, i: number) =>
		request({ port: proxy.port, from, path: `/aktiviteter/${slot.eventId}/anmalan/${slot.occurrenceId}`, form: { name: `Person ${i}`, phone: '0586-123 45', email: '', people: '1', message: '' } });
	const statuses: number[] = [];
	for (let i = 0; i < 31; i++) statuses.push((await signUp(A, i)).status);
	// A sign-up answers with a redirect to its receipt (post/redirect/get).
	expect(statuses.slice(0, 30).every((s) => s === 303)).toBe(true);
	expect(statuses[30]).toBe(429);
	expect((await signUp(B, 99)).status, 'the next resident is not refused').toBe(303);

	const report = (from: string, i: number) => request({ port: proxy.port, from, path: '/tillganglighet', form: { message: `Knappen syns dåligt ${i}`, page: '/aktiviteter', contact: '' } });
	const reports: number[] = [];
	for (let i = 0; i < 6; i++) reports.push((await report(A, i)).status);
	expect(reports).toEqual([200, 200, 200, 200, 200, 429]);
	const refused = await report(A, 7);
	expect(refused.body).toContain('Knappen syns dåligt 7'); // what was typed is still in the form
	expect((await report(B, 8)).status).toBe(200);
});
