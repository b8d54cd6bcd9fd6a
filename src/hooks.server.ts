import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { getDb, isEmptyDatabase, databasePath } from '$lib/server/db';
import { startJobs } from '$lib/server/jobs';
import { searchIndex } from '$lib/server/search-index/live';
import { areaLocale, isLocale } from '$lib/i18n';
import '$lib/i18n/english'; // every bundle's English, for server rendering and mail
import '$lib/i18n/finnish'; // the public bundles' Finnish
import { pageCache } from '$lib/server/page-cache';
import { compressFeeds } from '$lib/server/feeds/compress';
import {
	deleteSessionCookie,
	sessionCookieName,
	setSessionCookie,
	validateSessionToken
} from '$lib/server/auth/session';
import { redirect, error } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { areaOf } from '$lib/server/auth/areas';
import { totpRequired } from '$lib/server/auth/totp';
import { totpKey } from '$lib/server/auth/secret-box';
import { encryptPlainTotpSecrets } from '$lib/server/commands/ops';
import { HSTS, PERMISSIONS_POLICY, databaseUrlProblem, isDemoStart, isHttpsOrigin, productionConfigProblems } from '$lib/server/config';
import { isPersonalPath } from '$lib/server/personal-pages';
import { logEvent } from '$lib/server/log';
import { embedCsp, isEmbedPath } from '$lib/server/embed';
import { catchUpChanges, startChangeFeed } from '$lib/server/change-feed';
import { allTenants, hasTenant, tenantForHost, withTenant, type Tenant } from '$lib/server/tenancy';
import { PostgresConnection } from '$lib/server/db/pg-sync';

export const init: ServerInit = async () => {
	const problems = [databaseUrlProblem(), ...(dev || isDemoStart() ? [] : productionConfigProblems())].filter((p) => p !== null);
	if (problems.length) {
		for (const p of problems) console.error(`Cannot start: ${p}`);
		console.error('For the demo with sample data use `npm start` (DEMO_DATA=1). See README, "Drift".');
		process.exit(1);
	}
	// Every municipality starts now (one without MUNICIPALITIES_FILE); one added to the file later
	// starts at its first request.
	for (const tenant of allTenants()) await startTenant(tenant);
};

const starting = new WeakMap<Tenant, Promise<void>>();

/** A municipality's start, once per process: its database (seeded for the demo), change feed, index and upkeep. */
function startTenant(tenant: Tenant): Promise<void> {
	let p = starting.get(tenant);
	if (!p) starting.set(tenant, (p = withTenant(tenant, () => startMunicipality(tenant))));
	return p;
}

async function startMunicipality(tenant: Tenant) {
	const db = getDb();
	const label = tenant.name ? `${tenant.name}: ` : '';
	const encrypted = encryptPlainTotpSecrets(db, totpKey(databasePath()));
	if (encrypted) console.log(`${label}Encrypted ${encrypted} two-factor secrets stored before encryption at rest.`);
	if (isEmptyDatabase(db) && process.env.DEMO_DATA === '1') {
		const { seedDatabase, demoDataset, demoAccounts, DEMO_PASSWORD } = await import('$lib/server/seed');
		const dataset = demoDataset(tenant.id);
		if (dataset) {
			await seedDatabase(db, { log: (line) => console.log(label + line), dataset });
			console.log(`${label}Demo database created at ${databasePath()}. Demo accounts (password "${DEMO_PASSWORD}"):`);
			for (const a of demoAccounts(dataset)) console.log(`  ${a.role.padEnd(10)} ${a.email}`);
		}
	}
	// Where the change feed stands, then the index (about a fifth of a second at ten times
	// Karlskoga's size): writes by other processes after this point reach it through the feed.
	startChangeFeed(db);
	searchIndex();
	// Other app processes' writes are applied at the next request, and at the latest within half a
	// second, when the index is also brought up to date ahead of that request.
	const catchUp = () => {
		try {
			if (catchUpChanges(db)) searchIndex();
		} catch (e) {
			console.error(`${label}Reading the change feed failed`, e);
		}
	};
	setInterval(catchUp, 500).unref();
	// On PostgreSQL another process's commit is heard at once (LISTEN/NOTIFY, drizzle/pg/0002).
	if (db.$client instanceof PostgresConnection) db.$client.listen('traffpunkt_changes', () => withTenant(tenant, catchUp));
	startJobs(db);
}

const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
const HTML_TAG = '<html lang="%lang%" data-textsize="%textsize%">';

const preferences: Handle = async ({ event, resolve }) => {
	const embed = isEmbedPath(event.url.pathname);
	// Embeds take their language from the host's snippet, never from a visitor's cookie.
	const lang = embed ? event.url.searchParams.get('lang') : event.cookies.get('lang');
	event.locals.locale = areaLocale(isLocale(lang) ? lang : 'sv', event.url.pathname);
	const size = embed ? null : event.cookies.get('textsize');
	event.locals.textSize = TEXT_SIZES.find((s) => s === size) ?? 'normal';
	const response = await resolve(event, {
		// Both are in the opening <html> tag (app.html): one replacement, one copy of the page; two if the tag ever changes.
		transformPageChunk: ({ html }) =>
			html.includes(HTML_TAG)
				? html.replace(HTML_TAG, `<html lang="${event.locals.locale}" data-textsize="${event.locals.textSize}">`)
				: html.replace('%lang%', event.locals.locale).replace('%textsize%', event.locals.textSize)
	});
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('Permissions-Policy', PERMISSIONS_POLICY);
	if (isHttpsOrigin()) response.headers.set('Strict-Transport-Security', HSTS);
	// Only the embed pages may be framed (README "Bädda in"); every other page refuses, old browsers included.
	const csp = response.headers.get('content-security-policy');
	if (embed) {
		if (csp) response.headers.set('content-security-policy', embedCsp(csp));
		response.headers.delete('set-cookie');
	} else response.headers.set('X-Frame-Options', 'DENY');
	// Signed-in pages and anything personal stay out of every cache, the browser's Back included.
	if (event.locals.user || event.request.method !== 'GET' || isPersonalPath(event.url.pathname)) {
		response.headers.set('Cache-Control', 'no-store');
		response.headers.delete('ETag');
	}
	if (response.status === 403) {
		logEvent('http.forbidden', { method: event.request.method, path: event.url.pathname, user: event.locals.user?.id ?? null, ip: event.getClientAddress() });
		const req = (event.platform as { req?: { traffpunktLogged?: boolean } } | undefined)?.req;
		if (req) req.traffpunktLogged = true;
	}
	return response;
};

const session: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	// Embeds are the same for everyone and set no cookies: no session is read, slid or cleared there.
	if (isEmbedPath(event.url.pathname) || !hasTenant()) return resolve(event);
	const token = event.cookies.get(sessionCookieName());
	if (token) {
		const result = validateSessionToken(getDb(), token);
		if (result) {
			event.locals.user = result.user;
			event.locals.session = result.session;
			setSessionCookie(event.cookies, token, result.session.expiresAt);
		} else deleteSessionCookie(event.cookies);
	}
	return resolve(event);
};

/** First line of authorisation: areas by path prefix. Every action checks role and ownership again. */
const guardAreas: Handle = async ({ event, resolve }) => {
	const path = event.url.pathname;
	const area = areaOf(path);
	if (area) {
		const user = event.locals.user;
		if (!user) redirect(303, `/konto/logga-in?till=${encodeURIComponent(path + event.url.search)}`);
		if (!area.roles.includes(user.role)) error(403, 'Du har inte behörighet till den här sidan.');
		const till = encodeURIComponent(path + event.url.search);
		// Whoever enrolled two-factor (staff must, organisers may) gives the code in every new session.
		if (user.totpEnabled && !event.locals.session?.secondFactorVerified) redirect(303, `/konto/tvastegs?till=${till}`);
		if (area.prefix === '/personal' && !user.totpEnabled && totpRequired(getDb())) redirect(303, `/konto/tvastegs/aktivera?till=${till}`);
	}
	return resolve(event);
};

/**
 * The municipality the request is for, by host name (README "Flera kommuner"): everything after
 * this runs inside it, so every query reaches that municipality's database only.
 */
const municipality: Handle = async ({ event, resolve }) => {
	const tenant = tenantForHost(event.url.host);
	if (!tenant && event.url.pathname === '/healthz') return resolve(event);
	if (!tenant)
		return new Response('Det finns ingen kommun på den här adressen.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
	await startTenant(tenant);
	return withTenant(tenant, () => resolve(event));
};

/** Before any cache is consulted: what other app processes on this database wrote since the last request. */
const otherProcesses: Handle = ({ event, resolve }) => {
	if (!hasTenant()) return resolve(event); // /healthz for every municipality
	catchUpChanges(getDb());
	return resolve(event);
};

export const handle = sequence(municipality, otherProcesses, preferences, session, guardAreas, compressFeeds, pageCache);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	// Expected refusals are one log line each, without a stack: nothing went wrong in the code.
	if (status === 413) {
		logEvent('http.too_large', { method: event.request.method, path: event.url.pathname, limit: process.env.BODY_SIZE_LIMIT ?? null });
		return { message: 'Det du skickade är för stort. En fil får vara högst 2 MB.' };
	}
	if (status === 404) return { message: 'Sidan finns inte.' };
	if (status < 500) {
		logEvent('http.bad_request', { method: event.request.method, path: event.url.pathname, status, reason: message });
		return { message: 'Begäran kunde inte läsas.' };
	}
	console.error(`Error on ${event.request.method} ${event.url.pathname}:`, error);
	return { message: 'Ett tekniskt fel uppstod.' };
};
