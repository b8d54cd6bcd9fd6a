import { error, redirect } from '@sveltejs/kit';
import type { RequestEvent } from '@sveltejs/kit';
import type { SessionUser } from './session';

type Role = SessionUser['role'];
const RANK: Record<Role, number> = { organiser: 1, moderator: 2, admin: 3 };

/** The signed-in user with at least one of the roles, or a redirect to sign-in / a 403. */
export function requireRole(event: Pick<RequestEvent, 'locals' | 'url'>, ...roles: Role[]): SessionUser {
	const user = event.locals.user;
	if (!user) redirect(303, `/konto/logga-in?till=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	if (!roles.includes(user.role)) error(403, 'Du har inte behörighet till den här sidan.');
	return user;
}

export function isStaff(user: SessionUser | null): boolean {
	return Boolean(user && RANK[user.role] >= RANK.moderator);
}
