import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { checkHealth } from '$lib/server/db/queries/health';
import { allTenants, isMultiTenant, tenantForHost, withTenant } from '$lib/server/tenancy';

/**
 * For the load balancer. With several municipalities, a host of none (the balancer's own probe
 * by address) is answered for all of them: healthy only when every database is.
 */
export const GET: RequestHandler = ({ url }) => {
	const all = isMultiTenant() && !tenantForHost(url.host);
	const health = all
		? (() => {
				const each = allTenants().map((t) => ({ municipality: t.id, ...withTenant(t, () => checkHealth(getDb)) }));
				return { ok: each.length > 0 && each.every((h) => h.ok), municipalities: each };
			})()
		: checkHealth(getDb);
	return json(health, { status: health.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } });
};
