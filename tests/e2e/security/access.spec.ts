import { expect, test, request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { ACCESS } from '../../access-classes';
import {
	ACCOUNTS,
	BASE_URL,
	ORG_A,
	apiAs,
	createEventByRequest,
	dbAll,
	dbGet,
	eventForm,
	latestMail,
	linkIn,
	organisationId,
	postForm,
	unique,
	type EventFields
} from '../pages/backoffice';

/**
 * Who may do what under /forening, /personal and /api. Every page, endpoint and named form action
 * classified in tests/access-classes.ts under those prefixes must have a row here (the first test
 * fails otherwise), and every row is requested as each of five people with the status checked.
 */

const PREFIXES = ['forening', 'personal', 'api'];
const ORG_B_NAME = 'Demensföreningen Karlskoga-Degerfors';
/** A well-formed new-event form key (the form's page sends a visit without one to an address with one). */
const FORM_KEY = 'k'.repeat(27);

// ---- What exists: the classification every route has (checked against the route modules in vitest) ----

/** The rows this test must hold: every classified page, action and endpoint under the prefixes. */
function existingKeys(): string[] {
	return Object.keys(ACCESS)
		.filter((k) => PREFIXES.some((p) => k.split(' ')[1] === `/${p}` || k.split(' ')[1].startsWith(`/${p}/`)))
		.sort();
}

// ---- The people and the data they work on ----

const ROLES = ['anonymous', 'organiserB', 'moderator', 'admin', 'organiserA'] as const;
type Role = (typeof ROLES)[number];

type World = {
	ctx: Record<Role, APIRequestContext>;
	orgA: number;
	orgB: number;
	/** A's published event, its first upcoming date; a second one for cancelling; B's published event. */
	evA: number;
	occA: number;
	evA2: number;
	evB: number;
	occB: number;
	revB: number;
	venue: number;
	venueSlug: string;
	/** A's calendar sources: one to fetch, pause and resume, one to remove. */
	srcA: number;
	srcA2: number;
	srcA3: number;
};

async function approve(moderator: APIRequestContext, eventId: number) {
	const rev = dbGet<{ id: number }>('SELECT latest_revision_id AS id FROM events WHERE id = ?', eventId)!.id;
	const res = await postForm(moderator, `/personal/granskning/${rev}`, { decision: 'approve', message: '' });
	expect(res.status()).toBe(200);
	return rev;
}

function firstUpcoming(eventId: number) {
	return dbGet<{ id: number }>('SELECT id FROM occurrences WHERE event_id = ? AND starts_at > ? ORDER BY starts_at LIMIT 1', eventId, Date.now())!.id;
}

/** Organiser B: invited by the moderator into another organisation through the app, password set from the e-mailed link. */
async function organiserB(moderator: APIRequestContext, orgB: number) {
	const email = `${unique('b')}@test.invalid`;
	const invite = await postForm(moderator, '/personal/foreningar?/invite', { organisationId: String(orgB), name: 'Bengt B', email });
	expect(invite.status()).toBe(200);
	const link = linkIn((await latestMail(email)).body);
	const ctx = await playwrightRequest.newContext({ baseURL: BASE_URL });
	const set = await postForm(ctx, new URL(link).pathname, { password: 'organisation b lösenord', repeat: 'organisation b lösenord' });
	expect(set.status()).toBe(303);
	expect(set.headers()['location']).toBe('/forening');
	return ctx;
}

/** A calendar source added through the form (its address does not answer: the first fetch only records that). */
async function calendarSource(ctx: APIRequestContext) {
	const venue = dbGet<{ id: number }>(`SELECT id FROM venues WHERE status = 'approved' ORDER BY id LIMIT 1`)!.id;
	const category = dbGet<{ id: number }>('SELECT min(id) AS id FROM categories')!.id;
	const res = await postForm(ctx, '/forening/kalendrar/ny?/add', { name: unique('Kalender'), url: 'http://127.0.0.1:9/kalender.ics', defaultVenueId: String(venue), defaultCategoryId: String(category) });
	expect(res.status()).toBe(303);
	return Number(/kalendrar\/(\d+)/.exec(res.headers()['location'])![1]);
}

let world: World | undefined;

async function getWorld(): Promise<World> {
	if (world) return world;
	const moderator = await apiAs(ACCOUNTS.moderator);
	const orgA = organisationId(ORG_A.name);
	const orgB = organisationId(ORG_B_NAME);
	const ctx: Record<Role, APIRequestContext> = {
		anonymous: await apiAs(null),
		organiserA: await apiAs(ACCOUNTS.organiser),
		organiserB: await organiserB(moderator, orgB),
		moderator,
		admin: await apiAs(ACCOUNTS.admin)
	};
	const evA = await createEventByRequest(ctx.organiserA, { title: `A:s aktivitet ${unique()}` });
	const evA2 = await createEventByRequest(ctx.organiserA, { title: `A:s andra ${unique()}` });
	const evB = await createEventByRequest(ctx.organiserB, { title: `B:s aktivitet ${unique()}` });
	await approve(moderator, evA);
	await approve(moderator, evA2);
	const revB = await approve(moderator, evB);
	const srcA = await calendarSource(ctx.organiserA);
	const srcA2 = await calendarSource(ctx.organiserA);
	const srcA3 = await calendarSource(ctx.organiserA);
	world = { ctx, orgA, orgB, evA, occA: firstUpcoming(evA), evA2, evB, occB: firstUpcoming(evB), revB, venue: dbGet<{ id: number }>('SELECT min(id) AS id FROM venues')!.id, venueSlug: dbGet<{ slug: string }>(`SELECT slug FROM venues WHERE status = 'approved' ORDER BY id LIMIT 1`)!.slug, srcA, srcA2, srcA3 };
	return world;
}

test.afterAll(async () => {
	if (world) for (const c of Object.values(world.ctx)) await c.dispose();
	world = undefined;
});

// ---- The expectations ----

type Expected = number | 'login' | { status: 303; to: string };
type Req = { method: 'GET' | 'POST' | 'OPTIONS'; path: string; form?: EventFields };
type Row = { key: string; req: (w: World) => Req; expect: Record<Role, Expected> };

const LOGIN = 'login' as const;
const organiserAId = () => dbGet<{ id: number }>('SELECT id FROM users WHERE email = ?', ACCOUNTS.organiser)!.id;
const staffOnly = (ok: Expected): Record<Role, Expected> => ({ anonymous: LOGIN, organiserA: 403, organiserB: 403, moderator: ok, admin: ok });
const organisersOnly = (a: Expected, b: Expected): Record<Role, Expected> => ({ anonymous: LOGIN, organiserA: a, organiserB: b, moderator: 403, admin: 403 });
const everyone = (s: Expected): Record<Role, Expected> => ({ anonymous: s, organiserA: s, organiserB: s, moderator: s, admin: s });
const get = (path: string): Req => ({ method: 'GET', path });
const post = (path: string, form: EventFields = {}): Req => ({ method: 'POST', path, form });

const TABLE: Row[] = [
	// Organiser pages: staff have no organisation of their own, so the pages that need one answer 403.
	{ key: 'page /forening', req: () => get('/forening'), expect: { anonymous: LOGIN, organiserA: 200, organiserB: 200, moderator: 200, admin: 200 } },
	{ key: 'page /forening/aktiviteter/ny', req: () => get(`/forening/aktiviteter/ny?nyckel=${FORM_KEY}`), expect: organisersOnly(200, 200) },
	{ key: 'page /forening/aktiviteter/[id=id]', req: (w) => get(`/forening/aktiviteter/${w.evA}`), expect: organisersOnly(200, 404) },
	{ key: 'page /forening/aktiviteter/[id=id]/redigera', req: (w) => get(`/forening/aktiviteter/${w.evA}/redigera`), expect: organisersOnly(200, 404) },
	{ key: 'page /forening/aktiviteter/[id=id]/ny-termin', req: (w) => get(`/forening/aktiviteter/${w.evA}/ny-termin`), expect: organisersOnly(200, 404) },
	{ key: 'page /forening/program', req: () => get('/forening/program'), expect: organisersOnly(200, 200) },
	{ key: 'page /forening/medlemmar', req: () => get('/forening/medlemmar'), expect: organisersOnly(200, 200) },
	{ key: 'page /forening/profil', req: () => get('/forening/profil'), expect: organisersOnly(200, 200) },
	{ key: 'page /forening/narvaro', req: () => get('/forening/narvaro'), expect: organisersOnly(200, 200) },
	{ key: 'page /forening/kalendrar', req: () => get('/forening/kalendrar'), expect: organisersOnly(200, 200) },
	{ key: 'page /forening/kalendrar/ny', req: () => get('/forening/kalendrar/ny'), expect: organisersOnly(200, 200) },
	{ key: 'page /forening/kalendrar/[id=id]', req: (w) => get(`/forening/kalendrar/${w.srcA}`), expect: organisersOnly(200, 404) },
	{ key: 'page /forening/aktiviteter/[id=id]/anmalningar/[occurrence=id]', req: (w) => get(`/forening/aktiviteter/${w.evA}/anmalningar/${w.occA}`), expect: organisersOnly(200, 404) },
	// Staff pages.
	{ key: 'page /personal', req: () => get('/personal'), expect: staffOnly({ status: 303, to: '/personal/granskning' }) },
	{ key: 'page /personal/granskning', req: () => get('/personal/granskning'), expect: staffOnly(200) },
	{ key: 'page /personal/granskning/[id=id]', req: (w) => get(`/personal/granskning/${w.revB}`), expect: staffOnly(200) },
	{ key: 'page /personal/foreningar', req: () => get('/personal/foreningar'), expect: staffOnly(200) },
	{ key: 'page /personal/logg', req: () => get('/personal/logg'), expect: staffOnly(200) },
	{ key: 'page /personal/utkorg', req: () => get('/personal/utkorg'), expect: staffOnly(200) },
	{ key: 'page /personal/narvaro', req: () => get('/personal/narvaro'), expect: staffOnly(200) },
	{ key: 'page /personal/narvaro/dropin', req: () => get('/personal/narvaro/dropin'), expect: staffOnly(200) },
	{ key: 'page /personal/rapporter', req: () => get('/personal/rapporter'), expect: staffOnly(200) },
	{ key: 'page /personal/anmalningar/[occurrence=id]', req: (w) => get(`/personal/anmalningar/${w.occB}`), expect: staffOnly(200) },
	{ key: 'page /personal/anvandare', req: () => get('/personal/anvandare'), expect: staffOnly(200) },
	{ key: 'page /personal/anvandare/[id=id]', req: () => get(`/personal/anvandare/${organiserAId()}`), expect: { ...staffOnly(200), moderator: 403 } },
	{ key: 'page /personal/platser', req: () => get('/personal/platser'), expect: staffOnly(200) },
	{ key: 'page /personal/platser/ny', req: () => get('/personal/platser/ny'), expect: staffOnly(200) },
	{ key: 'page /personal/platser/[id=id]', req: (w) => get(`/personal/platser/${w.venue}`), expect: staffOnly(200) },
	{ key: 'page /personal/stadsdelar', req: () => get('/personal/stadsdelar'), expect: staffOnly(200) },
	{ key: 'page /personal/kategorier', req: () => get('/personal/kategorier'), expect: staffOnly(200) },
	{ key: 'page /personal/installningar', req: () => get('/personal/installningar'), expect: staffOnly(200) },
	{ key: 'page /personal/installningar/system', req: () => get('/personal/installningar/system'), expect: { ...staffOnly(200), moderator: 403 } },
	{ key: 'page /personal/aktiviteter', req: () => get('/personal/aktiviteter'), expect: staffOnly(200) },
	{ key: 'page /personal/aktiviteter/ny', req: () => get(`/personal/aktiviteter/ny?nyckel=${FORM_KEY}`), expect: staffOnly(200) },
	{ key: 'page /personal/kalendrar', req: () => get('/personal/kalendrar'), expect: staffOnly(200) },
	{ key: 'page /personal/kalendrar/ny', req: () => get('/personal/kalendrar/ny'), expect: staffOnly(200) },
	{ key: 'page /personal/kalendrar/[id=id]', req: (w) => get(`/personal/kalendrar/${w.srcA}`), expect: staffOnly(200) },
	{ key: 'page /personal/aktiviteter/[id=id]', req: (w) => get(`/personal/aktiviteter/${w.evB}`), expect: staffOnly(200) },
	{ key: 'page /personal/aktiviteter/[id=id]/redigera', req: (w) => get(`/personal/aktiviteter/${w.evB}/redigera`), expect: staffOnly(200) },
	{ key: 'endpoint /personal/rapporter.csv GET', req: () => get('/personal/rapporter.csv'), expect: staffOnly(200) },
	{ key: 'endpoint /personal/logg.csv GET', req: () => get('/personal/logg.csv'), expect: staffOnly(200) },
	// The open API: public reading, CORS preflight.
	{ key: 'endpoint /api/v1/aktiviteter GET', req: () => get('/api/v1/aktiviteter'), expect: everyone(200) },
	{ key: 'endpoint /api/v1/aktiviteter OPTIONS', req: () => ({ method: 'OPTIONS', path: '/api/v1/aktiviteter' }), expect: everyone(204) },
	{ key: 'endpoint /api/v1/platser GET', req: () => get('/api/v1/platser'), expect: everyone(200) },
	{ key: 'endpoint /api/v1/platser OPTIONS', req: () => ({ method: 'OPTIONS', path: '/api/v1/platser' }), expect: everyone(204) },
	{ key: 'endpoint /api/v1/stadsdelar GET', req: () => get('/api/v1/stadsdelar'), expect: everyone(200) },
	{ key: 'endpoint /api/v1/stadsdelar OPTIONS', req: () => ({ method: 'OPTIONS', path: '/api/v1/stadsdelar' }), expect: everyone(204) },
	{ key: 'endpoint /api/v1/openapi.json GET', req: () => get('/api/v1/openapi.json'), expect: everyone(200) },
	{ key: 'endpoint /api/v1/openapi.json OPTIONS', req: () => ({ method: 'OPTIONS', path: '/api/v1/openapi.json' }), expect: everyone(204) },
	{ key: 'endpoint /api/v1/aktiviteter/[id=id] GET', req: (w) => get(`/api/v1/aktiviteter/${w.evB}`), expect: everyone(200) },
	{ key: 'endpoint /api/v1/aktiviteter/[id=id] OPTIONS', req: (w) => ({ method: 'OPTIONS', path: `/api/v1/aktiviteter/${w.evB}` }), expect: everyone(204) },
	{ key: 'endpoint /api/v1/platser/[slug=slug] GET', req: (w) => get(`/api/v1/platser/${w.venueSlug}`), expect: everyone(200) },
	{ key: 'endpoint /api/v1/platser/[slug=slug] OPTIONS', req: (w) => ({ method: 'OPTIONS', path: `/api/v1/platser/${w.venueSlug}` }), expect: everyone(204) },
	// Unknown API paths answer a JSON 404 for every method.
	{ key: 'endpoint /api/[...rest] GET', req: () => get('/api/v2/aktiviteter'), expect: everyone(404) },
	{ key: 'endpoint /api/[...rest] OPTIONS', req: () => ({ method: 'OPTIONS', path: '/api/v2/aktiviteter' }), expect: everyone(204) },
	{ key: 'endpoint /api/[...rest] fallback', req: () => post('/api/v1/aktiviteter/ny'), expect: everyone(404) },
	// Organiser actions. Organiser A goes last in every row, so B's and staff's attempts meet the untouched data.
	{
		key: 'action /forening byt',
		req: (w) => post('/forening?/byt', { forening: String(w.orgA) }),
		expect: { anonymous: LOGIN, organiserA: { status: 303, to: '/forening' }, organiserB: { status: 303, to: '/forening' }, moderator: { status: 303, to: '/forening' }, admin: { status: 303, to: '/forening' } }
	},
	{ key: 'action /forening/aktiviteter/[id=id] cancelDate', req: (w) => post(`/forening/aktiviteter/${w.evA}?/cancelDate`, { occurrence: String(w.occA), note: 'Sjuk ledare' }), expect: organisersOnly({ status: 303, to: '/forening/aktiviteter/' }, 404) },
	{ key: 'action /forening/aktiviteter/[id=id] restoreDate', req: (w) => post(`/forening/aktiviteter/${w.evA}?/restoreDate`, { occurrence: String(w.occA) }), expect: organisersOnly({ status: 303, to: '/forening/aktiviteter/' }, 404) },
	// A published event is no draft: A is told so (400), B does not see it (404).
	{ key: 'action /forening/aktiviteter/[id=id] deleteDraft', req: (w) => post(`/forening/aktiviteter/${w.evA}?/deleteDraft`, { confirm: 'ja' }), expect: organisersOnly(400, 404) },
	{ key: 'action /forening/aktiviteter/[id=id] cancelEvent', req: (w) => post(`/forening/aktiviteter/${w.evA2}?/cancelEvent`, { note: 'Föreningen har tagit paus', confirm: 'ja' }), expect: organisersOnly({ status: 303, to: '/forening/aktiviteter/' }, 404) },
	{
		key: 'action /forening/aktiviteter/[id=id]/redigera default',
		req: (w) => post(`/forening/aktiviteter/${w.evA}/redigera`, eventForm({ title: 'Ändrad av någon', intent: 'draft' })),
		expect: organisersOnly({ status: 303, to: '/forening/aktiviteter/' }, 404)
	},
	// A term that is over: A is told so next to the field (400), B does not see the series (404); nothing is copied.
	{ key: 'action /forening/aktiviteter/[id=id]/ny-termin default', req: (w) => post(`/forening/aktiviteter/${w.evA}/ny-termin`, { nyckel: 'access-test-key-0123456789', from: '2020-01-01', to: '2020-06-30' }), expect: organisersOnly(400, 404) },
	{ key: 'action /forening/aktiviteter/ny default', req: () => post('/forening/aktiviteter/ny', eventForm({ intent: 'preview' })), expect: organisersOnly(200, 200) },
	{ key: 'action /forening/profil default', req: () => post('/forening/profil', { email: 'inte en adress' }), expect: organisersOnly(400, 400) },
	// Members: A is refused for themselves (a password already, or the last who can sign in, or no yes); B does not find A.
	{ key: 'action /forening/medlemmar invite', req: () => post('/forening/medlemmar?/invite', { name: '', email: '' }), expect: organisersOnly(400, 400) },
	{ key: 'action /forening/medlemmar resend', req: () => post('/forening/medlemmar?/resend', { userId: String(organiserAId()), current: '0' }), expect: organisersOnly(400, 404) },
	{ key: 'action /forening/medlemmar withdraw', req: () => post('/forening/medlemmar?/withdraw', { userId: String(organiserAId()) }), expect: organisersOnly(400, 404) },
	{ key: 'action /forening/medlemmar remove', req: () => post('/forening/medlemmar?/remove', { userId: String(organiserAId()) }), expect: organisersOnly(400, 404) },
	{ key: 'action /forening/narvaro save', req: () => post('/forening/narvaro?/save', {}), expect: organisersOnly(200, 200) },
	{ key: 'action /forening/kalendrar/ny preview', req: () => post('/forening/kalendrar/ny?/preview', { url: 'ftp://x' }), expect: organisersOnly(400, 400) },
	{ key: 'action /forening/kalendrar/ny add', req: () => post('/forening/kalendrar/ny?/add', { url: 'ftp://x' }), expect: organisersOnly(400, 400) },
	{ key: 'action /forening/kalendrar/[id=id] fetch', req: (w) => post(`/forening/kalendrar/${w.srcA}?/fetch`), expect: organisersOnly(200, 404) },
	{ key: 'action /forening/kalendrar/[id=id] pause', req: (w) => post(`/forening/kalendrar/${w.srcA}?/pause`), expect: organisersOnly(200, 404) },
	{ key: 'action /forening/kalendrar/[id=id] resume', req: (w) => post(`/forening/kalendrar/${w.srcA}?/resume`), expect: organisersOnly(200, 404) },
	{ key: 'action /forening/kalendrar/[id=id] remove', req: (w) => post(`/forening/kalendrar/${w.srcA2}?/remove`), expect: organisersOnly({ status: 303, to: '/forening/kalendrar?borttagen=1' }, 404) },
	...(['add', 'cancel', 'message', 'called'] as const).map((name): Row => ({
		key: `action /forening/aktiviteter/[id=id]/anmalningar/[occurrence=id] ${name}`,
		req: (w) => post(`/forening/aktiviteter/${w.evA}/anmalningar/${w.occA}?/${name}`, name === 'cancel' || name === 'called' ? { signup: '0' } : {}),
		// A reaches the action (an empty form is refused, an unknown sign-up not found); B is stopped at the date.
		expect: organisersOnly(name === 'cancel' || name === 'called' ? 404 : 400, 404)
	})),
	// Staff actions, with bodies that are refused or change nothing.
	{ key: 'action /personal/foreningar create', req: () => post('/personal/foreningar?/create', { name: '', kind: 'association' }), expect: staffOnly(400) },
	{ key: 'action /personal/foreningar active', req: () => post('/personal/foreningar?/active', { organisationId: 'x' }), expect: staffOnly(404) },
	{ key: 'action /personal/foreningar invite', req: () => post('/personal/foreningar?/invite', {}), expect: staffOnly(400) },
	{ key: 'action /personal/foreningar trust', req: () => post('/personal/foreningar?/trust', { organisationId: 'x' }), expect: staffOnly(404) },
	{ key: 'action /personal/foreningar approveRequest', req: () => post('/personal/foreningar?/approveRequest', { requestId: '0' }), expect: staffOnly(404) },
	{ key: 'action /personal/foreningar declineRequest', req: () => post('/personal/foreningar?/declineRequest', { requestId: '0' }), expect: staffOnly(404) },
	{ key: 'action /personal/narvaro save', req: () => post('/personal/narvaro?/save', {}), expect: staffOnly(200) },
	{ key: 'action /personal/narvaro/dropin default', req: () => post('/personal/narvaro/dropin', { plats: '' }), expect: staffOnly(400) },
	...(['add', 'cancel', 'message', 'called'] as const).map((name): Row => ({
		key: `action /personal/anmalningar/[occurrence=id] ${name}`,
		req: (w) => post(`/personal/anmalningar/${w.occB}?/${name}`, name === 'cancel' || name === 'called' ? { signup: '0' } : {}),
		expect: staffOnly(name === 'cancel' || name === 'called' ? 404 : 400)
	})),
	// Accounts: only an admin changes roles (an incomplete form is refused, so nothing changes).
	{ key: 'action /personal/anvandare default', req: () => post('/personal/anvandare', { id: 'x' }), expect: { ...staffOnly(400), moderator: 403 } },
	// Organiser A has a password (no new invitation) and no two-factor; without the yes nothing is reset.
	{ key: 'action /personal/anvandare/[id=id] resendInvite', req: () => post(`/personal/anvandare/${organiserAId()}?/resendInvite`), expect: { ...staffOnly(400), moderator: 403 } },
	{ key: 'action /personal/anvandare/[id=id] resetTotp', req: () => post(`/personal/anvandare/${organiserAId()}?/resetTotp`), expect: { ...staffOnly(400), moderator: 403 } },
	{ key: 'action /personal/platser/ny default', req: () => post('/personal/platser/ny', {}), expect: staffOnly(400) },
	{ key: 'action /personal/platser/[id=id] default', req: (w) => post(`/personal/platser/${w.venue}`, {}), expect: staffOnly(400) },
	{ key: 'action /personal/stadsdelar upload', req: () => post('/personal/stadsdelar?/upload', { id: '0', residents: 'många' }), expect: staffOnly(400) },
	{ key: 'action /personal/stadsdelar save', req: () => post('/personal/stadsdelar?/save', { id: '0', residents: '1', geometry: '' }), expect: staffOnly(400) },
	{ key: 'action /personal/installningar/system default', req: () => post('/personal/installningar/system', { retentionDays: 'många' }), expect: { ...staffOnly(400), moderator: 403 } },
	{ key: 'action /personal/kategorier default', req: () => post('/personal/kategorier', { kind: 'category', slug: 'X' }), expect: staffOnly(400) },
	// Sets "mail me at once", which the demo staff already have: nothing changes.
	{ key: 'action /personal/installningar default', req: () => post('/personal/installningar', { notify: 'direct' }), expect: staffOnly(200) },
	{ key: 'action /personal/aktiviteter/ny default', req: () => post('/personal/aktiviteter/ny', {}), expect: staffOnly(400) },
	{ key: 'action /personal/kalendrar/ny preview', req: () => post('/personal/kalendrar/ny?/preview', { url: 'ftp://x' }), expect: staffOnly(400) },
	{ key: 'action /personal/kalendrar/ny add', req: () => post('/personal/kalendrar/ny?/add', { url: 'ftp://x' }), expect: staffOnly(400) },
	{ key: 'action /personal/kalendrar/[id=id] fetch', req: (w) => post(`/personal/kalendrar/${w.srcA}?/fetch`), expect: staffOnly(200) },
	{ key: 'action /personal/kalendrar/[id=id] pause', req: (w) => post(`/personal/kalendrar/${w.srcA}?/pause`), expect: staffOnly(200) },
	{ key: 'action /personal/kalendrar/[id=id] resume', req: (w) => post(`/personal/kalendrar/${w.srcA}?/resume`), expect: staffOnly(200) },
	{ key: 'action /personal/kalendrar/[id=id] remove', req: (w) => post(`/personal/kalendrar/${w.srcA3}?/remove`), expect: { anonymous: LOGIN, organiserA: 403, organiserB: 403, moderator: { status: 303, to: '/personal/kalendrar?borttagen=1' }, admin: 404 } },
	{ key: 'action /personal/aktiviteter/[id=id]/redigera default', req: (w) => post(`/personal/aktiviteter/${w.evB}/redigera`, {}), expect: staffOnly(400) },
	{ key: 'action /personal/aktiviteter/[id=id] cancelDate', req: (w) => post(`/personal/aktiviteter/${w.evB}?/cancelDate`, { occurrence: String(w.occB), note: 'x'.repeat(301) }), expect: staffOnly(400) },
	{ key: 'action /personal/aktiviteter/[id=id] restoreDate', req: (w) => post(`/personal/aktiviteter/${w.evB}?/restoreDate`, { occurrence: '0' }), expect: staffOnly(404) },
	{ key: 'action /personal/aktiviteter/[id=id] deleteDraft', req: (w) => post(`/personal/aktiviteter/${w.evB}?/deleteDraft`, { confirm: 'ja' }), expect: staffOnly(400) },
	{ key: 'action /personal/aktiviteter/[id=id] cancelEvent', req: (w) => post(`/personal/aktiviteter/${w.evB}?/cancelEvent`, { note: 'x'.repeat(301) }), expect: staffOnly(400) },
	{ key: 'action /personal/granskning/[id=id] default', req: (w) => post(`/personal/granskning/${w.revB}`, { decision: '' }), expect: staffOnly(400) },
	// Nothing marked: refused next to the list, nothing decided.
	{ key: 'action /personal/granskning bulk', req: () => post('/personal/granskning?/bulk', { decision: 'approve' }), expect: staffOnly(400) }
];

async function send(ctx: APIRequestContext, r: Req) {
	if (r.method === 'POST') return postForm(ctx, r.path, r.form ?? {});
	return ctx.fetch(`${BASE_URL}${r.path}`, { method: r.method, headers: { Accept: 'text/html' }, maxRedirects: 0 });
}

test('every route and action under /forening, /personal and /api has a row in the access table', () => {
	const existing = existingKeys();
	const table = TABLE.map((r) => r.key).sort();
	expect(new Set(table).size, 'no duplicate rows').toBe(table.length);
	const missing = existing.filter((k) => !table.includes(k));
	const stale = table.filter((k) => !existing.includes(k));
	expect(missing, 'routes or actions without expectations: add them to TABLE').toEqual([]);
	expect(stale, 'rows for routes or actions that no longer exist').toEqual([]);
});

test('the access table holds for anonymous, organiser A, organiser B, moderator and admin', async () => {
	test.setTimeout(60_000);
	const w = await getWorld();
	const problems: string[] = [];
	const check = async (row: Row, role: Role) => {
		const r = row.req(w);
		const res = await send(w.ctx[role], r);
		const want = row.expect[role];
		const location = res.headers()['location'] ?? '';
		const label = `${row.key} as ${role}: ${r.method} ${r.path}`;
		if (want === LOGIN) {
			if (res.status() !== 303 || location !== `/konto/logga-in?till=${encodeURIComponent(r.path)}`)
				problems.push(`${label} → ${res.status()} ${location} (expected 303 to sign-in)`);
		} else if (typeof want === 'number') {
			if (res.status() !== want) problems.push(`${label} → ${res.status()} ${location} (expected ${want})`);
		} else if (res.status() !== 303 || !location.startsWith(want.to) || location.startsWith('/konto')) {
			problems.push(`${label} → ${res.status()} ${location} (expected 303 to ${want.to})`);
		}
	};
	// Row by row; within a row everyone but A at once, then A (whose attempts may change A's data).
	for (const row of TABLE) {
		await Promise.all(ROLES.filter((role) => role !== 'organiserA').map((role) => check(row, role)));
		await check(row, 'organiserA');
	}
	expect(problems).toEqual([]);

	// What the successful attempts did, and that only A's own did anything.
	const occ = dbGet<{ cancelled: number; cancel_note: string | null }>('SELECT cancelled, cancel_note FROM occurrences WHERE id = ?', w.occA)!;
	expect(occ).toEqual({ cancelled: 0, cancel_note: null });
	const audit = dbAll<{ action: string }>(`SELECT action FROM audit_log WHERE action LIKE 'occurrence.%' AND entity_id = ? ORDER BY id`, w.occA);
	expect(audit.map((a) => a.action)).toEqual(['occurrence.cancelled', 'occurrence.restored']);
	expect(dbGet<{ status: string }>('SELECT status FROM events WHERE id = ?', w.evA2)!.status).toBe('cancelled');
	expect(dbGet<{ n: number }>(`SELECT count(*) AS n FROM event_revisions WHERE event_id = ? AND title = 'Ändrad av någon'`, w.evA)!.n).toBe(1);
	expect(dbGet<{ trusted: number }>('SELECT trusted FROM organisations WHERE id = ?', w.orgB)!.trusted).toBe(0);
});

/** Everything about one event that an attack could change. */
function snapshot(eventId: number) {
	return {
		event: dbGet('SELECT organisation_id, status, cancel_note, latest_revision_id, published_revision_id, updated_at FROM events WHERE id = ?', eventId),
		revisions: dbAll('SELECT id, status, title FROM event_revisions WHERE event_id = ? ORDER BY id', eventId),
		occurrences: dbAll('SELECT id, cancelled, cancel_note FROM occurrences WHERE event_id = ? ORDER BY id', eventId)
	};
}

test("organiser A cannot read or change B's event by changing the id", async () => {
	const w = await getWorld();
	const a = w.ctx.organiserA;
	const before = snapshot(w.evB);
	expect(before.event).toMatchObject({ organisation_id: w.orgB, status: 'published' });

	expect((await send(a, get(`/forening/aktiviteter/${w.evB}`))).status()).toBe(404);
	expect((await send(a, get(`/forening/aktiviteter/${w.evB}/redigera`))).status()).toBe(404);
	const attempts: [string, EventFields][] = [
		[`/forening/aktiviteter/${w.evB}?/cancelEvent`, { note: 'Inställt av A', confirm: 'ja' }],
		[`/forening/aktiviteter/${w.evB}?/cancelDate`, { occurrence: String(w.occB), note: 'Inställt av A' }],
		[`/forening/aktiviteter/${w.evB}?/restoreDate`, { occurrence: String(w.occB) }],
		[`/forening/aktiviteter/${w.evB}?/deleteDraft`, { confirm: 'ja' }],
		// A's own event id with B's date: the date must belong to the event named.
		[`/forening/aktiviteter/${w.evA}?/cancelDate`, { occurrence: String(w.occB), note: 'Inställt av A' }],
		[`/forening/aktiviteter/${w.evB}/redigera`, eventForm({ title: 'Kapad av A', intent: 'submit' })],
		[`/forening/aktiviteter/${w.evB}/redigera`, eventForm({ title: 'Kapad av A', intent: 'draft' })]
	];
	for (const [path, form] of attempts) {
		const res = await postForm(a, path, form);
		expect([403, 404], `${path} → ${res.status()}`).toContain(res.status());
	}
	expect(snapshot(w.evB)).toEqual(before);

	// Choosing B's organisation is refused: the switch sets no cookie, and a forged cookie is ignored.
	const byt = await postForm(a, '/forening?/byt', { forening: String(w.orgB) });
	expect(byt.status()).toBe(303);
	expect(byt.headers()['set-cookie'] ?? '').not.toMatch(/forening=/);
	const state = await a.storageState();
	const forged = await playwrightRequest.newContext({
		baseURL: BASE_URL,
		storageState: { ...state, cookies: [...state.cookies, { ...state.cookies[0], name: 'forening', value: String(w.orgB), httpOnly: true }] }
	});
	expect((await send(forged, get(`/forening/aktiviteter/${w.evB}`))).status()).toBe(404);
	expect((await postForm(forged, `/forening/aktiviteter/${w.evB}?/cancelEvent`, { note: 'x', confirm: 'ja' })).status()).toBe(404);
	const home = await send(forged, get('/forening'));
	const html = await home.text();
	expect(html).toMatch(new RegExp(`Föreningens sidor(<!--[^>]*-->)*: <strong>${ORG_A.name}</strong>`));
	expect(html).not.toContain(ORG_B_NAME);
	await forged.dispose();
	expect(snapshot(w.evB)).toEqual(before);
});

test("organiser A cannot see, resend, withdraw or remove B's members or invitations", async () => {
	const w = await getWorld();
	const a = w.ctx.organiserA;
	// B invites someone; B's own member (Bengt) and that invitation are what A tries to reach.
	const pendingEmail = `${unique('bi')}@test.invalid`;
	expect((await postForm(w.ctx.organiserB, '/forening/medlemmar?/invite', { name: 'Britt B', email: pendingEmail })).status()).toBe(200);
	const members = () => dbAll('SELECT m.user_id, u.email FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = ? ORDER BY m.user_id', w.orgB);
	const tokens = () => dbAll("SELECT token_hash, used_at FROM user_tokens t JOIN memberships m ON m.user_id = t.user_id WHERE m.organisation_id = ? ORDER BY token_hash", w.orgB);
	const before = { members: members(), tokens: tokens() };
	const pending = dbGet<{ id: number }>('SELECT id FROM users WHERE email = ?', pendingEmail)!.id;
	const bengt = dbGet<{ id: number }>(`SELECT u.id FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.organisation_id = ? AND u.name = 'Bengt B'`, w.orgB)!.id;
	const current = String(dbGet<{ e: number }>("SELECT max(expires_at) AS e FROM user_tokens WHERE user_id = ? AND purpose = 'invite'", pending)!.e);

	const list = await (await send(a, get('/forening/medlemmar'))).text();
	expect(list).not.toContain(pendingEmail);
	expect(list).not.toContain('Bengt B');
	for (const [action, form] of [
		['resend', { userId: String(pending), current }],
		['withdraw', { userId: String(pending) }],
		['remove', { userId: String(pending), confirm: 'ja' }],
		['remove', { userId: String(bengt), confirm: 'ja' }],
		['resend', { userId: String(bengt), current: '0' }]
	] as const) {
		const res = await postForm(a, `/forening/medlemmar?/${action}`, form);
		expect(res.status(), `${action} ${form.userId}`).toBe(404);
	}
	// A posted organisation is not listened to: A's invitation lands in A's organisation.
	const smuggled = `${unique('bs')}@test.invalid`;
	expect((await postForm(a, '/forening/medlemmar?/invite', { name: 'Smugglad', email: smuggled, organisationId: String(w.orgB) })).status()).toBe(200);
	expect(dbAll('SELECT m.organisation_id AS o FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = ?', smuggled)).toEqual([{ o: w.orgA }]);
	expect({ members: members(), tokens: tokens() }).toEqual(before);
});

test('posted status or organisation fields in the event form change nothing', async () => {
	const w = await getWorld();
	const a = w.ctx.organiserA;
	const forged = {
		status: 'published',
		organisation_id: String(w.orgB),
		organisationId: String(w.orgB),
		published_revision_id: '1',
		publishedRevisionId: '1',
		trusted: '1',
		createdByUserId: '1',
		eventId: String(w.evB)
	};
	const title = `Smuggling ${unique()}`;
	const res = await postForm(a, '/forening/aktiviteter/ny', eventForm({ title, ...forged }));
	expect(res.status()).toBe(303);
	expect(res.headers()['location']).toMatch(/\?skickad$/);
	const id = Number(/aktiviteter\/(\d+)/.exec(res.headers()['location'])![1]);
	const organiserId = dbGet<{ id: number }>('SELECT id FROM users WHERE email = ?', ACCOUNTS.organiser)!.id;
	expect(dbGet('SELECT organisation_id, status, published_revision_id FROM events WHERE id = ?', id)).toEqual({
		organisation_id: w.orgA,
		status: 'draft',
		published_revision_id: null
	});
	expect(dbAll('SELECT status, created_by_user_id FROM event_revisions WHERE event_id = ?', id)).toEqual([{ status: 'pending', created_by_user_id: organiserId }]);
	expect(dbGet('SELECT count(*) AS n FROM occurrences WHERE event_id = ?', id)).toEqual({ n: 0 });
	expect((await send(w.ctx.anonymous, get(`/aktiviteter/${id}`))).status()).toBe(404);

	// The same on the edit form of A's own draft.
	const before = snapshot(w.evB);
	const edit = await postForm(a, `/forening/aktiviteter/${id}/redigera`, eventForm({ title: `${title} 2`, intent: 'draft', ...forged }));
	expect(edit.status()).toBe(303);
	expect(dbGet('SELECT organisation_id, status, published_revision_id FROM events WHERE id = ?', id)).toEqual({
		organisation_id: w.orgA,
		status: 'draft',
		published_revision_id: null
	});
	expect(dbAll('SELECT status FROM event_revisions WHERE event_id = ? ORDER BY id', id)).toEqual([{ status: 'superseded' }, { status: 'draft' }]);
	expect(snapshot(w.evB)).toEqual(before);
});
