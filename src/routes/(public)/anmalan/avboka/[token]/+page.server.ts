import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { cancelSignupByToken, signupByToken, signupTarget } from '$lib/server/db/queries/signups';
import { mailPromoted, promotionWorthMailing } from '$lib/server/signup-mail';
import { invalidateCache } from '$lib/server/cache';

export const load: PageServerLoad = ({ params }) => {
	const db = getDb();
	const signup = signupByToken(db, params.token);
	const target = signup ? signupTarget(db, signup.occurrenceId) : null;
	return { active: Boolean(signup && signup.status !== 'cancelled'), target };
};

export const actions: Actions = {
	default: async ({ params }) => {
		const db = getDb();
		const result = cancelSignupByToken(db, params.token);
		if (!result.cancelled) return { done: false };
		const target = signupTarget(db, result.cancelled.occurrenceId);
		if (target && promotionWorthMailing(target)) for (const p of result.promoted) if (p.email) await mailPromoted(db, p.email, target);
		invalidateCache();
		return { done: true };
	}
};
