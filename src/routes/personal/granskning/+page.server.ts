import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { reviewQueue } from '$lib/server/db/queries/moderation';
import { requireRole } from '$lib/server/auth/guards';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	return { queue: reviewQueue(getDb()), now: Date.now() };
};
