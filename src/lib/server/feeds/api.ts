import { json } from '@sveltejs/kit';
import { feedErrors } from '../../i18n/messages/feed-errors';

export const CORS = {
	'access-control-allow-origin': '*',
	'access-control-allow-methods': 'GET, OPTIONS',
	'access-control-allow-headers': 'Content-Type'
};

export function apiJson(data: unknown, status = 200) {
	return json(data, { status, headers: { ...CORS, 'cache-control': status === 200 ? 'public, max-age=60' : 'no-cache' } });
}

const t = feedErrors.sv;

/** The API is strict where the pages are forgiving: bad input gets a 400 with plain Swedish messages. */
export const badRequest = (messages: string[]) => apiJson({ error: t.badRequest, messages }, 400);

export const notFound = (message: string) => apiJson({ error: t.notFound, messages: [message] }, 404);

/** A feed (.ics, RSS) refuses a query in plain text, which calendar apps and feed readers show as it is. */
export const feedBadRequest = (messages: string[]) =>
	new Response(`${t.badRequest}\n\n${messages.join('\n')}\n`, {
		status: 400,
		headers: { 'content-type': 'text/plain; charset=utf-8', 'access-control-allow-origin': '*', 'cache-control': 'no-cache' }
	});

export const feedNotFound = (message: string) =>
	new Response(`${t.notFound}\n\n${message}\n`, {
		status: 404,
		headers: { 'content-type': 'text/plain; charset=utf-8', 'access-control-allow-origin': '*', 'cache-control': 'no-cache' }
	});

export const preflight = () => new Response(null, { status: 204, headers: CORS });
