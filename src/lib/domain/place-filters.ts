import type { VenueKind } from '../server/db/schema/venues';

/** Venue kinds as /platser?typ= spells them (Swedish, as residents bookmark them). */
export const KIND_CODES = {
	traffpunkt: 'meeting_point',
	forening: 'association',
	bibliotek: 'library',
	kyrka: 'church',
	vardcentral: 'health_centre',
	utomhus: 'outdoors',
	annan: 'other'
} as const satisfies Record<string, VenueKind>;
export type KindCode = keyof typeof KIND_CODES;

export function parseKind(value: string | null): KindCode | null {
	return value && Object.hasOwn(KIND_CODES, value) ? (value as KindCode) : null;
}

/** "59.3312,14.5234" or separate lat/lng, inside a sane box around Sweden; null otherwise. */
export function parsePosition(lat: string | null, lng: string | null): { lat: number; lng: number } | null {
	const la = Number(lat);
	const ln = Number(lng);
	if (!lat || !lng || !Number.isFinite(la) || !Number.isFinite(ln)) return null;
	if (la < 54 || la > 70 || ln < 9 || ln > 26) return null;
	// About a hundred metres: enough to sort by, no more precise than that.
	return { lat: Math.round(la * 1000) / 1000, lng: Math.round(ln * 1000) / 1000 };
}
