import type { LayoutServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { reviewQueueCount } from '$lib/server/db/queries/moderation';
import { requireRole } from '$lib/server/auth/guards';

export const load: LayoutServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	return { queueCount: reviewQueueCount(getDb()) };
};
