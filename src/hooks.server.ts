import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { getDb, isEmptyDatabase, databasePath } from '$lib/server/db';
import { startJobs } from '$lib/server/jobs';
import { searchIndex } from '$lib/server/search-index/live';
import { isLocale } from '$lib/i18n';
import '$lib/i18n/english'; // every bundle's English, for server rendering and mail
import { pageCache } from '$lib/server/page-cache';
import {
	deleteSessionCookie,
	sessionCookieName,
	setSessionCookie,
	validateSessionToken
} from '$lib/server/auth/session';
import { redirect, error } from '@sveltejs/kit';
import { areaOf } from '$lib/server/auth/areas';
import { totpRequired } from '$lib/server/auth/totp';

export const init: ServerInit = async () => {
	const db = getDb();
	if (isEmptyDatabase(db) && process.env.DEMO_DATA === '1') {
		const { seedDatabase, DEMO_ACCOUNTS, DEMO_PASSWORD } = await import('$lib/server/seed');
		await seedDatabase(db, { log: console.log });
		console.log(`Demo database created at ${databasePath()}. Demo accounts (password "${DEMO_PASSWORD}"):`);
		for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(10)} ${a.email}`);
	}
	// Built before the first request (about a fifth of a second at ten times Karlskoga's size).
	searchIndex();
	startJobs(db);
};

const TEXT_SIZES = ['normal', 'large', 'larger'] as const;

const preferences: Handle = async ({ event, resolve }) => {
	const lang = event.cookies.get('lang');
	event.locals.locale = isLocale(lang) ? lang : 'sv';
	const size = event.cookies.get('textsize');
	event.locals.textSize = TEXT_SIZES.find((s) => s === size) ?? 'normal';
	const response = await resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', event.locals.locale).replace('%textsize%', event.locals.textSize)
	});
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	return response;
};

const session: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
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
		if (area.prefix === '/personal') {
			const till = encodeURIComponent(path + event.url.search);
			if (user.totpEnabled && !event.locals.session?.secondFactorVerified) redirect(303, `/konto/tvastegs?till=${till}`);
			if (!user.totpEnabled && totpRequired(getDb())) redirect(303, `/konto/tvastegs/aktivera?till=${till}`);
		}
	}
	return resolve(event);
};

export const handle = sequence(preferences, session, guardAreas, pageCache);

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status !== 404) console.error(`Error on ${event.request.method} ${event.url.pathname}:`, error);
	return { message: status === 404 ? 'Sidan finns inte.' : 'Ett tekniskt fel uppstod.' };
};
