import { expect, request as playwrightRequest, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { PostgresConnection } from '../../../src/lib/server/db/pg-sync';

/**
 * Helpers for the signed-in areas (/forening, /personal): accounts, signing in, the outbox,
 * read-only looks into the server's SQLite file, dates as the app writes them, and the event form.
 */

export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
export const DEMO_PASSWORD = 'traffpunkt-demo';
export const ACCOUNTS = {
	organiser: 'forening@demo.invalid',
	moderator: 'personal@demo.invalid',
	admin: 'admin@demo.invalid'
} as const;
/** The demo organiser's organisation (not trusted). */
export const ORG_A = { slug: 'pro-karlskoga', name: 'PRO Karlskoga' } as const;

const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

/** The database file the Playwright web server uses (see tests/playwright.config.ts). */
export function dbPath() {
	return resolve(REPO_ROOT, `tests/.tmp/e2e-${PORT}.db`);
}

let postgres: PostgresConnection | undefined;

/**
 * Runs `fn` on a read-only connection to the server's database and closes it. With E2E_POSTGRES
 * it is the app's own PostgreSQL connection (the same SQLite-dialect queries), kept open.
 */
export function readDb<T>(fn: (db: Database.Database) => T): T {
	if (process.env.E2E_DATABASE) return fn((postgres ??= new PostgresConnection(process.env.E2E_DATABASE)) as unknown as Database.Database);
	const db = new Database(dbPath(), { readonly: true, fileMustExist: true });
	try {
		return fn(db);
	} finally {
		db.close();
	}
}

export function dbGet<T>(sql: string, ...params: unknown[]): T | undefined {
	return readDb((db) => db.prepare(sql).get(...params) as T | undefined);
}

export function dbAll<T>(sql: string, ...params: unknown[]): T[] {
	return readDb((db) => db.prepare(sql).all(...params) as T[]);
}

export function organisationId(name: string): number {
	const row = dbGet<{ id: number }>('SELECT id FROM organisations WHERE name = ?', name);
	if (!row) throw new Error(`No organisation named ${name}`);
	return row.id;
}

let counter = 0;
/** A short id unique to this run, worker and call, for titles and e-mail addresses. */
export function unique(prefix = 't') {
	return `${prefix}${Date.now().toString(36)}${process.pid.toString(36)}${(counter++).toString(36)}`;
}

/** The newest mail to `to` in the outbox (polls: mails are written by the server). */
export async function latestMail(to: string, subject?: RegExp) {
	let mail: { to: string; subject: string; body: string } | undefined;
	await expect
		.poll(
			() => {
				mail = dbAll<{ to: string; subject: string; body: string }>(
					'SELECT "to", subject, body FROM mail_outbox WHERE "to" = ? ORDER BY id DESC',
					to.toLowerCase()
				).find((m) => !subject || subject.test(m.subject));
				return Boolean(mail);
			},
			{ message: `a mail to ${to}${subject ? ` with subject ${subject}` : ''}`, timeout: 5_000 }
		)
		.toBe(true);
	return mail!;
}

/** The /konto/losenord/<token> link of a mail body. */
export function linkIn(body: string): string {
	const m = /(https?:\/\/\S+\/konto\/losenord\/[A-Za-z0-9_-]+)/.exec(body);
	if (!m) throw new Error(`No password link in: ${body}`);
	return m[1];
}

/**
 * Signs in through the real form action (POST with a same-origin Origin header); cookies land in `ctx`.
 * Form actions answer `Accept: *\/*` with JSON (status 200); browsers send text/html and get real
 * statuses and redirects, so every POST here says text/html like a browser.
 */
export async function signInRequest(ctx: APIRequestContext, email: string, password = DEMO_PASSWORD) {
	const res = await ctx.post(`${BASE_URL}/konto/logga-in`, {
		form: { email, password },
		headers: { Origin: BASE_URL, Accept: 'text/html' },
		maxRedirects: 0
	});
	expect(res.status(), `sign in ${email}`).toBe(303);
	expect(res.headers()['location']).not.toContain('/konto/logga-in');
	return res;
}

/** A new API context signed in as `email` (or anonymous when email is null). */
export async function apiAs(email: string | null, password = DEMO_PASSWORD): Promise<APIRequestContext> {
	const ctx = await playwrightRequest.newContext({ baseURL: BASE_URL });
	if (email) await signInRequest(ctx, email, password);
	return ctx;
}

/** A browser context signed in as `email` (through its own request context, which shares cookies). */
export async function contextAs(browser: Browser, email: string | null, password = DEMO_PASSWORD, options: Parameters<Browser['newContext']>[0] = {}) {
	const context = await browser.newContext({ baseURL: BASE_URL, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', ...options });
	if (email) await signInRequest(context.request, email, password);
	return context;
}

/**
 * Waits until a freshly loaded page is hydrated. Svelte's hydration sets every input back to its
 * server-rendered value, so typing before it would be lost; the forms here post natively, so every
 * submit is a full page load and needs this before typing again. SvelteKit starts its router right
 * after hydrating, and that sets `history.scrollRestoration` to "manual" (a new document starts at
 * "auto"). Call it once something of the new page is on screen, and only with JavaScript on.
 */
export async function ready(page: Page) {
	await page.waitForFunction(() => history.scrollRestoration === 'manual', undefined, { polling: 50 });
}

/** Moderator: invites a person into an organisation through /personal/foreningar and returns the e-mailed link. */
export async function inviteThroughUi(moderator: Page, organisation: string, person: { name: string; email: string }) {
	await moderator.goto('/personal/foreningar');
	await ready(moderator);
	const form = moderator.locator('form[action="?/invite"]');
	await form.locator('select[name="organisationId"]').selectOption({ label: organisation });
	await form.locator('input[name="name"]').fill(person.name);
	await form.locator('input[name="email"]').fill(person.email);
	await form.getByRole('button', { name: 'Skicka inbjudan' }).click();
	await expect(moderator.getByRole('status')).toContainText(`Inbjudan skickad till ${person.email}`);
	const mail = await latestMail(person.email, /^Inbjudan till Träffpunkt/);
	expect(mail.subject).toBe(`Inbjudan till Träffpunkt – ${organisation}`);
	expect(mail.body).toContain(`Hej ${person.name}!`);
	return linkIn(mail.body);
}

/** The invited person follows the link and chooses a password; ends signed in on /forening. */
export async function acceptInvitation(page: Page, link: string, password: string) {
	await page.goto(link);
	await expect(page.getByRole('heading', { level: 1, name: 'Välj lösenord' })).toBeVisible();
	await ready(page);
	await page.locator('#f-password').fill(password);
	await page.locator('#f-repeat').fill(password);
	await page.getByRole('button', { name: 'Spara lösenordet' }).click();
	await expect(page).toHaveURL(/\/forening$/);
}

/** Moderator invites a brand-new organiser into `organisation` and the person sets a password. */
export async function newOrganiser(browser: Browser, moderator: Page, organisation: string) {
	const email = `${unique('org')}@test.invalid`;
	const password = 'ett långt lösenord för test';
	const link = await inviteThroughUi(moderator, organisation, { name: 'Testperson ' + email.slice(0, 8), email });
	const context = await contextAs(browser, null);
	const page = await context.newPage();
	await acceptInvitation(page, link, password);
	return { context, page, email, password };
}

// ---- Dates as the app shows them (Europe/Stockholm) ----

const WEEKDAYS = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'];
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const DAY = 86_400_000;

export function todayStockholm(now = new Date()): string {
	return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);
}

export function addDays(date: string, n: number): string {
	const [y, m, d] = date.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d) + n * DAY).toISOString().slice(0, 10);
}

/** ISO weekday, Monday 1 … Sunday 7. */
export function isoWeekday(date: string): number {
	const [y, m, d] = date.split('-').map(Number);
	return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}

/** The first date on or after `from` that falls on `weekday` (1–7). */
export function nextWeekday(from: string, weekday: number): string {
	return addDays(from, (weekday - isoWeekday(from) + 7) % 7);
}

/** "onsdag 14 januari" (with the year when it is not this year's), as src/lib/format.ts writes it. */
export function svDate(date: string, today = todayStockholm()): string {
	const [y, m, d] = date.split('-').map(Number);
	const text = `${WEEKDAYS[isoWeekday(date) - 1]} ${d} ${MONTHS[m - 1]}`;
	return y !== Number(today.slice(0, 4)) ? `${text} ${y}` : text;
}

/** The Stockholm calendar date of an ISO instant. */
export function stockholmDateOf(iso: string): string {
	return todayStockholm(new Date(iso));
}

// ---- The event form ----

export type EventFields = Record<string, string | string[]>;

/** A complete, valid weekly event (by phone, so no venue id is needed), overridable per field. */
export function eventForm(overrides: EventFields = {}): EventFields {
	const start = nextWeekday(addDays(todayStockholm(), 3), 3);
	return {
		title: 'Testaktivitet',
		summary: 'En kort sammanfattning av aktiviteten.',
		description: 'Beskrivning.',
		category: 'motion',
		venue: 'telefon',
		remoteDetails: 'Ring 0586-100 00',
		scheduleKind: 'weekly',
		weekdays: ['3'],
		frequency: '1',
		startDate: start,
		startTime: '10:00',
		endTime: '11:00',
		costKind: 'free',
		languages: ['sv'],
		intent: 'submit',
		...overrides
	};
}

/** URL-encodes fields, repeating keys for lists (weekdays, languages, audiences). */
export function encodeForm(fields: EventFields): string {
	const body = new URLSearchParams();
	for (const [k, v] of Object.entries(fields)) for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
	return body.toString();
}

/** POSTs a form like a browser would (same-origin Origin header), without following redirects. */
export function postForm(ctx: APIRequestContext, path: string, fields: EventFields, extraHeaders: Record<string, string> = {}) {
	return ctx.post(`${BASE_URL}${path}`, {
		data: encodeForm(fields),
		headers: { 'content-type': 'application/x-www-form-urlencoded', Origin: BASE_URL, Accept: 'text/html', ...extraHeaders },
		maxRedirects: 0
	});
}

/** Creates an event through the organiser's form action; returns its id. */
export async function createEventByRequest(ctx: APIRequestContext, fields: EventFields = {}) {
	const res = await postForm(ctx, '/forening/aktiviteter/ny', eventForm(fields));
	expect(res.status(), await res.text().catch(() => '')).toBe(303);
	const m = /\/forening\/aktiviteter\/(\d+)\?/.exec(res.headers()['location'] ?? '');
	expect(m, res.headers()['location']).not.toBeNull();
	return Number(m![1]);
}

/** Moderator opens the pending revision with this title from the queue and decides on it. */
export async function decideInQueue(
	moderator: Page,
	title: string,
	decision: 'approve' | 'request_changes' | 'reject',
	opts: { message?: string; reason?: string } = {}
) {
	await moderator.goto('/personal/granskning');
	await moderator.getByRole('link', { name: title, exact: true }).click();
	await expect(moderator.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await decideOnOpenReview(moderator, decision, opts);
}

export async function decideOnOpenReview(
	moderator: Page,
	decision: 'approve' | 'request_changes' | 'reject',
	opts: { message?: string; reason?: string } = {}
) {
	const label = { approve: 'Godkänn och publicera', request_changes: 'Begär ändringar', reject: 'Avslå' }[decision];
	await ready(moderator);
	const form = moderator.locator('form.decide');
	await form.getByLabel(label, { exact: true }).check();
	if (opts.reason) await form.locator('select[name="reasonCode"]').selectOption({ label: opts.reason });
	if (opts.message) await form.locator('textarea[name="message"]').fill(opts.message);
	await form.getByRole('button', { name: 'Beslut' }).click();
	await expect(moderator.getByRole('status')).toHaveText('Beslutet är sparat och föreningen har fått e-post.');
}

export async function closeAll(...contexts: (BrowserContext | APIRequestContext | undefined)[]) {
	for (const c of contexts) if (c) await ('dispose' in c ? c.dispose() : c.close());
}
