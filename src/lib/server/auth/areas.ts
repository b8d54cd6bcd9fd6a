import type { SessionUser } from './session';

/** Areas guarded by path prefix in hooks.server.ts (the first of two checks). */
export const AREAS: { prefix: string; roles: SessionUser['role'][] }[] = [
	{ prefix: '/forening', roles: ['organiser', 'moderator', 'admin'] },
	{ prefix: '/personal', roles: ['moderator', 'admin'] }
];

export function areaOf(path: string) {
	return AREAS.find((a) => path === a.prefix || path.startsWith(a.prefix + '/')) ?? null;
}
