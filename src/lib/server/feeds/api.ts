import { json } from '@sveltejs/kit';
import type { FilterNotice } from '../../domain/filters';

export const CORS = {
	'access-control-allow-origin': '*',
	'access-control-allow-methods': 'GET, OPTIONS',
	'access-control-allow-headers': 'Content-Type'
};

export function apiJson(data: unknown, status = 200) {
	return json(data, { status, headers: { ...CORS, 'cache-control': 'public, max-age=60' } });
}

const NOTICE_TEXT: Record<FilterNotice['kind'], string> = {
	'bad-date': 'Datumet kunde inte läsas. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-12-01.',
	'range-reversed': 'Från-datumet ligger efter till-datumet.',
	'text-too-long': 'Söktexten får vara högst 200 tecken.',
	'unknown-value': 'Ett av värdena i frågan finns inte (till exempel en okänd stadsdel eller kategori).'
};

/** The API is strict where the pages are forgiving: bad input gets a 400 with a plain message. */
export function badRequest(notices: FilterNotice[]) {
	return apiJson({ error: 'Felaktig fråga', messages: [...new Set(notices.map((n) => NOTICE_TEXT[n.kind]))] }, 400);
}

export const preflight = () => new Response(null, { status: 204, headers: CORS });
