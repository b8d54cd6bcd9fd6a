import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { signupByToken, signupTarget } from '$lib/server/db/queries/signups';
import { execute } from '$lib/server/commands/runner';
import { residentActor } from '$lib/server/commands/actor';
import { cancelSignupByToken } from '$lib/server/commands/signups';

export const load: PageServerLoad = ({ params, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	const db = getDb();
	const signup = signupByToken(db, params.token);
	const target = signup ? signupTarget(db, signup.occurrenceId) : null;
	return { active: Boolean(signup && signup.status !== 'cancelled'), target, token: params.token };
};

export const actions: Actions = {
	/** Cancelling twice (a double click, an old tab) answers like the first time. */
	default: async ({ params }) => {
		const outcome = await execute(cancelSignupByToken, residentActor, { token: params.token });
		return { done: outcome.ok };
	}
};
