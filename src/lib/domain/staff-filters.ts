/** The staff lists' GET filters, read leniently: a value that cannot be used is left out, never an error page. */

const id = (v: string | null) => (v && /^\d{1,9}$/.test(v) ? Number(v) : null);
const text = (v: string | null) => (v ?? '').trim().slice(0, 100);
const oneOf = <T extends string>(v: string | null, allowed: readonly T[]): T | '' => ((allowed as readonly string[]).includes(v ?? '') ? (v as T) : '');

export const USER_ROLES = ['organiser', 'moderator', 'admin'] as const;
export const USER_STATUSES = ['aktiv', 'avstangd', 'inbjuden'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export function userFilters(p: URLSearchParams) {
	return { q: text(p.get('q')), roll: oneOf(p.get('roll'), USER_ROLES), forening: id(p.get('forening')), status: oneOf(p.get('status'), USER_STATUSES) };
}
export type UserFilters = ReturnType<typeof userFilters>;

export const EVENT_STATUSES = ['draft', 'pending', 'changes_requested', 'published', 'rejected', 'cancelled', 'past'] as const;
export const STARTS_WITHIN = ['7', '30'] as const;

export function eventFilters(p: URLSearchParams) {
	const within = oneOf(p.get('inom'), STARTS_WITHIN);
	return { q: text(p.get('q')), status: oneOf(p.get('status'), EVENT_STATUSES), forening: id(p.get('forening')), stadsdel: id(p.get('stadsdel')), inom: within ? Number(within) : null };
}

/** `sida`, 1 when missing or unreadable. */
export const pageNumber = (p: URLSearchParams) => id(p.get('sida')) || 1;
export type EventFilters = ReturnType<typeof eventFilters>;

export function auditPeople(p: URLSearchParams) {
	return { person: id(p.get('person')), aktivitet: id(p.get('aktivitet')) };
}

/** Whether any filter is set (the page then says how many of all match). */
export const anySet = (f: Record<string, unknown>) => Object.values(f).some((v) => v !== '' && v !== null);
