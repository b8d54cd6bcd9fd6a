import { error, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { getDb } from './db';
import { organisationsOfUser } from './db/queries/users';
import { requireRole } from './auth/guards';

type Org = ReturnType<typeof organisationsOfUser>[number];

/** The organisation the person works for right now: the `forening` cookie if it is one of theirs. */
export function currentOrganisation(event: { cookies: Cookies }, organisations: Org[]): Org | null {
	const chosen = Number(event.cookies.get('forening'));
	return organisations.find((o) => o.id === chosen) ?? organisations[0] ?? null;
}

/** For actions: the user and their current organisation, or 403. Ownership is then checked per query. */
export function requireOrganisation(event: Pick<RequestEvent, 'locals' | 'url' | 'cookies'>) {
	const user = requireRole(event, 'organiser', 'moderator', 'admin');
	const organisation = currentOrganisation(event, organisationsOfUser(getDb(), user.id));
	if (!organisation) error(403, 'Ditt konto hör inte till någon förening.');
	return { user, organisation };
}
