import type { GeoJsonGeometry } from '../server/db/schema/districts';

const isPosition = (p: unknown) => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n)) && Math.abs(p[0] as number) <= 180 && Math.abs(p[1] as number) <= 90;
const isRing = (r: unknown) => Array.isArray(r) && r.length >= 4 && r.every(isPosition) && (r[0] as number[])[0] === (r.at(-1) as number[])[0] && (r[0] as number[])[1] === (r.at(-1) as number[])[1];

/** Accepts a Polygon or MultiPolygon geometry, a Feature, or a FeatureCollection with one feature. */
export function parseBoundary(text: string): { ok: true; geometry: GeoJsonGeometry } | { ok: false; error: string } {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, error: 'Filen är inte GeoJSON (den går inte att läsa som JSON).' };
	}
	let g = json as { type?: string; geometry?: unknown; features?: { geometry?: unknown }[]; coordinates?: unknown };
	if (g?.type === 'FeatureCollection') {
		if (g.features?.length !== 1) return { ok: false, error: 'Filen ska innehålla exakt en gräns (ett objekt).' };
		g = g.features[0] as typeof g;
	}
	if (g?.type === 'Feature') g = g.geometry as typeof g;
	if (g?.type === 'Polygon' && Array.isArray(g.coordinates) && g.coordinates.length > 0 && g.coordinates.every(isRing))
		return { ok: true, geometry: { type: 'Polygon', coordinates: g.coordinates as number[][][] } };
	if (g?.type === 'MultiPolygon' && Array.isArray(g.coordinates) && g.coordinates.length > 0 && g.coordinates.every((p) => Array.isArray(p) && p.length > 0 && p.every(isRing)))
		return { ok: true, geometry: { type: 'MultiPolygon', coordinates: g.coordinates as number[][][][] } };
	return { ok: false, error: 'Gränsen ska vara en Polygon eller MultiPolygon med slutna ringar (första punkten lika med sista).' };
}
