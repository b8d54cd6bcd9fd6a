import proj4 from 'proj4';
import type { GeoJsonGeometry } from '../server/db/schema/districts';

/**
 * Karlskoga kommun with a margin: every point of a district boundary must fall inside. A file in
 * the wrong place (a Paris polygon) would otherwise shrink the municipality to a dot on every map.
 */
export const MUNICIPALITY_BOUNDS = { name: 'Karlskoga kommun', minLon: 14.2, maxLon: 14.95, minLat: 59.1, maxLat: 59.6 };

/** SWEREF 99 TM (EPSG:3006), the Swedish national grid most municipal GIS exports use. */
const SWEREF99TM = '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs';
const toWgs84 = proj4(SWEREF99TM, 'WGS84');

type Ring = number[][];
type Result = { ok: true; geometry: GeoJsonGeometry; converted: boolean } | { ok: false; error: string };

const isNumberPair = (p: unknown): p is number[] => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n));
const isRingShape = (r: unknown): r is Ring => Array.isArray(r) && r.every(isNumberPair);
const closed = (r: Ring) => r.length >= 4 && r[0][0] === r.at(-1)![0] && r[0][1] === r.at(-1)![1];
/** Easting 100 000–1 000 000 m and northing 6 100 000–7 700 000 m: Sweden in SWEREF 99 TM. */
const looksSweref = (p: number[]) => p[0] >= 100_000 && p[0] <= 1_000_000 && p[1] >= 6_100_000 && p[1] <= 7_700_000;
const looksWgs84 = (p: number[]) => Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90;

function declaredCrs(json: unknown): string | null {
	const name = (json as { crs?: { properties?: { name?: unknown } } })?.crs?.properties?.name;
	return typeof name === 'string' ? name : null;
}

/**
 * Accepts a Polygon or MultiPolygon geometry, a Feature, or a FeatureCollection with one feature,
 * in WGS 84 longitude/latitude (GeoJSON's own) or in SWEREF 99 TM, which is converted. Every point
 * must lie within the municipality. Each refusal says what is wrong in words a coordinator can act on.
 */
export function parseBoundary(text: string, bounds = MUNICIPALITY_BOUNDS): Result {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, error: 'Filen är inte GeoJSON (den går inte att läsa som JSON).' };
	}
	const crs = declaredCrs(json);
	let g = json as { type?: string; geometry?: unknown; features?: { geometry?: unknown }[]; coordinates?: unknown };
	if (g?.type === 'FeatureCollection') {
		if (g.features?.length !== 1) return { ok: false, error: 'Filen ska innehålla exakt en gräns (ett objekt).' };
		g = g.features[0] as typeof g;
	}
	if (g?.type === 'Feature') g = g.geometry as typeof g;
	let polygons: Ring[][];
	if (g?.type === 'Polygon' && Array.isArray(g.coordinates) && g.coordinates.length > 0 && g.coordinates.every(isRingShape)) polygons = [g.coordinates as Ring[]];
	else if (g?.type === 'MultiPolygon' && Array.isArray(g.coordinates) && g.coordinates.length > 0 && g.coordinates.every((p) => Array.isArray(p) && p.length > 0 && p.every(isRingShape)))
		polygons = g.coordinates as Ring[][];
	else return { ok: false, error: 'Gränsen ska vara en Polygon eller MultiPolygon (en yta). Punkter och linjer går inte att använda som gräns.' };

	const points = polygons.flat(2);
	if (!points.length) return { ok: false, error: 'Gränsen har inga punkter.' };
	let converted = false;
	if (/3006/.test(crs ?? '') || (points.every(looksSweref) && !points.every(looksWgs84))) {
		if (!points.every(looksSweref)) return { ok: false, error: 'Filen anger SWEREF 99 TM, men alla punkter ligger inte i Sverige i det systemet. Exportera gränsen igen.' };
		polygons = polygons.map((p) => p.map((r) => r.map((pt) => round(toWgs84.forward([pt[0], pt[1]])))));
		converted = true;
	} else if (!points.every(looksWgs84))
		return { ok: false, error: 'Koordinaterna är i ett koordinatsystem som inte känns igen. Exportera gränsen i WGS 84 (longitud och latitud) eller SWEREF 99 TM.' };
	else if (crs && !/CRS84|4326/.test(crs)) return { ok: false, error: `Filen anger koordinatsystemet ${crs}, som inte kan användas. Exportera gränsen i WGS 84 eller SWEREF 99 TM.` };

	if (!polygons.every((p) => p.every(closed))) return { ok: false, error: 'Gränsen är inte sluten: varje ring ska sluta i samma punkt som den börjar, och ha minst fyra punkter.' };
	const outside = polygons.flat(2).filter((p) => p[0] < bounds.minLon || p[0] > bounds.maxLon || p[1] < bounds.minLat || p[1] > bounds.maxLat);
	if (outside.length) {
		const [lon, lat] = outside[0];
		return { ok: false, error: `Gränsen ligger utanför ${bounds.name} (${outside.length} av ${points.length} punkter, till exempel longitud ${lon.toFixed(4)}, latitud ${lat.toFixed(4)}). Kontrollera att det är rätt fil och att longitud kommer före latitud.` };
	}
	const geometry: GeoJsonGeometry = polygons.length === 1 && g.type === 'Polygon' ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
	return { ok: true, geometry, converted };
}

const round = (p: number[]) => [Math.round(p[0] * 1e6) / 1e6, Math.round(p[1] * 1e6) / 1e6];

/** The name a file gives its one feature (`name`, `namn` or `NAMN`), to check it against the district. */
export function boundaryName(text: string): string | null {
	try {
		const json = JSON.parse(text) as { type?: string; features?: { properties?: Record<string, unknown> }[]; properties?: Record<string, unknown> };
		const props = json?.type === 'FeatureCollection' ? json.features?.[0]?.properties : json?.properties;
		const name = props?.name ?? props?.namn ?? props?.NAMN ?? props?.Name;
		return typeof name === 'string' && name.trim() ? name.trim().slice(0, 100) : null;
	} catch {
		return null;
	}
}
