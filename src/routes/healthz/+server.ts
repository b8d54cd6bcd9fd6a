import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { checkHealth } from '$lib/server/db/queries/health';

export const GET: RequestHandler = () => {
	const health = checkHealth(getDb);
	return json(health, { status: health.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } });
};
