import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { getDb, isEmptyDatabase, databasePath } from '$lib/server/db';
import { extendAllOccurrences } from '$lib/server/db/queries/occurrences';
import { isLocale } from '$lib/i18n';
import { pageCache } from '$lib/server/page-cache';

export const init: ServerInit = async () => {
	const db = getDb();
	if (isEmptyDatabase(db) && process.env.DEMO_DATA === '1') {
		const { seedDatabase, DEMO_ACCOUNTS, DEMO_PASSWORD } = await import('$lib/server/seed');
		await seedDatabase(db, { log: console.log });
		console.log(`Demo database created at ${databasePath()}. Demo accounts (password "${DEMO_PASSWORD}"):`);
		for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(10)} ${a.email}`);
	}
	extendAllOccurrences(db);
	setInterval(() => extendAllOccurrences(db), 6 * 3600_000).unref();
};

const TEXT_SIZES = ['normal', 'large', 'larger'] as const;

const preferences: Handle = async ({ event, resolve }) => {
	const lang = event.cookies.get('lang');
	event.locals.locale = isLocale(lang) ? lang : 'sv';
	const size = event.cookies.get('textsize');
	event.locals.textSize = TEXT_SIZES.find((s) => s === size) ?? 'normal';
	event.locals.user = null;
	event.locals.session = null;
	const response = await resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', event.locals.locale).replace('%textsize%', event.locals.textSize)
	});
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	return response;
};

export const handle = sequence(preferences, pageCache);

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status !== 404) console.error(`Error on ${event.request.method} ${event.url.pathname}:`, error);
	return { message: status === 404 ? 'Sidan finns inte.' : 'Ett tekniskt fel uppstod.' };
};
