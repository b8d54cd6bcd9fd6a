import { error, type RequestEvent } from '@sveltejs/kit';
import { requireRole } from '../auth/guards';
import { requireOrganisation } from '../organisation-context';

/**
 * Who is changing something. The one place where role and organisation scope are decided:
 * staff may act on every organisation's records, an organiser only on their current organisation's,
 * a resident (not signed in) only through the public forms, the system only from scheduled jobs.
 */
export type Actor =
	| { kind: 'staff'; userId: number; role: 'moderator' | 'admin' }
	| { kind: 'organiser'; userId: number; organisationId: number }
	| { kind: 'resident' }
	| { kind: 'system'; job: string };

type Event = Pick<RequestEvent, 'locals' | 'url' | 'cookies'>;

export function staffActor(event: Event): Actor & { kind: 'staff' } {
	const user = requireRole(event, 'moderator', 'admin');
	return { kind: 'staff', userId: user.id, role: user.role as 'moderator' | 'admin' };
}

export function adminActor(event: Event): Actor & { kind: 'staff' } {
	const user = requireRole(event, 'admin');
	return { kind: 'staff', userId: user.id, role: 'admin' };
}

/** A member acting for their current organisation (the `forening` cookie, if it is one of theirs). */
export function organiserActor(event: Event): Actor & { kind: 'organiser' } {
	const { user, organisation } = requireOrganisation(event);
	return { kind: 'organiser', userId: user.id, organisationId: organisation.id };
}

export const residentActor: Actor = { kind: 'resident' };

export function systemActor(job: string): Actor {
	return { kind: 'system', job };
}

export function actorUserId(actor: Actor): number | null {
	return actor.kind === 'staff' || actor.kind === 'organiser' ? actor.userId : null;
}

export function isStaff(actor: Actor): actor is Actor & { kind: 'staff' } {
	return actor.kind === 'staff';
}

/** Whether the actor may change records of this organisation. */
export function mayActFor(actor: Actor, organisationId: number): boolean {
	return actor.kind === 'staff' || actor.kind === 'system' || (actor.kind === 'organiser' && actor.organisationId === organisationId);
}

/** The organisation an organiser is scoped to, or null for staff and the system (every organisation). */
export function scopeOf(actor: Actor): number | null {
	if (actor.kind === 'organiser') return actor.organisationId;
	if (actor.kind === 'resident') error(403, 'Du har inte behörighet till den här sidan.');
	return null;
}
