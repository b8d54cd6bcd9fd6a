import type { GeoJsonGeometry } from '../server/db/schema/districts';

/** A boundary's parts, points and area, for the preview before it replaces the old one. */
export type BoundaryFacts = { polygons: number; points: number; areaKm2: number };

/** What the preview step shows and posts back (see /personal/stadsdelar). */
export type BoundaryPreview = {
	id: number;
	residents: string;
	residentsBefore: number;
	fileName: string;
	nameInFile: string | null;
	nameMatches: boolean;
	converted: boolean;
	geometry: GeoJsonGeometry;
	current: GeoJsonGeometry | null;
	facts: BoundaryFacts;
	currentFacts: BoundaryFacts | null;
	svg: { viewBox: string; current: string; next: string };
};

const polygonsOf = (g: GeoJsonGeometry): number[][][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/** Shoelace on a local flat projection (fine for a district: a few km across, error well under 1 %). */
function ringAreaKm2(ring: number[][], lat0: number) {
	const kx = 111.32 * Math.cos((lat0 * Math.PI) / 180);
	const ky = 110.574;
	let sum = 0;
	for (let i = 0; i < ring.length - 1; i++) sum += ring[i][0] * kx * (ring[i + 1][1] * ky) - ring[i + 1][0] * kx * (ring[i][1] * ky);
	return Math.abs(sum) / 2;
}

export function boundaryFacts(g: GeoJsonGeometry): BoundaryFacts {
	const polygons = polygonsOf(g);
	const all = polygons.flat(2);
	const lat0 = all.reduce((s, p) => s + p[1], 0) / Math.max(1, all.length);
	// The closing point repeats the first: it is not counted twice.
	const points = polygons.flat(1).reduce((n, ring) => n + Math.max(0, ring.length - 1), 0);
	const areaKm2 = polygons.reduce((sum, [outer, ...holes]) => sum + ringAreaKm2(outer, lat0) - holes.reduce((h, r) => h + ringAreaKm2(r, lat0), 0), 0);
	return { polygons: polygons.length, points, areaKm2: Math.round(areaKm2 * 100) / 100 };
}

/**
 * SVG path data for each geometry, all in one frame (north up, true proportions), so that the old
 * and the new boundary can be compared without a map or JavaScript.
 */
export function boundarySvg(geometries: (GeoJsonGeometry | null)[], size = 300) {
	const pts = geometries.flatMap((g) => (g ? polygonsOf(g).flat(2) : []));
	if (!pts.length) return { viewBox: `0 0 ${size} ${size}`, paths: geometries.map(() => '') };
	// A loop, not Math.min(...pts): a boundary may have more points than a call takes arguments.
	let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
	for (const [lon, lat] of pts) [minX, maxX, minY, maxY] = [Math.min(minX, lon), Math.max(maxX, lon), Math.min(minY, lat), Math.max(maxY, lat)];
	const kx = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
	const w = Math.max((maxX - minX) * kx, 1e-9);
	const h = Math.max(maxY - minY, 1e-9);
	const scale = (size - 20) / Math.max(w, h);
	const x = (lon: number) => (10 + (lon - minX) * kx * scale).toFixed(1);
	const y = (lat: number) => (10 + (maxY - lat) * scale).toFixed(1);
	const height = Math.round(h * scale + 20);
	// A drawing a few hundred pixels wide needs no more than about 1,000 points a ring.
	const thin = (ring: number[][]) => (ring.length <= 1000 ? ring : ring.filter((_, i) => i % Math.ceil(ring.length / 1000) === 0));
	const paths = geometries.map((g) =>
		g ? polygonsOf(g).flatMap((poly) => poly.map((ring) => `M${thin(ring).map((p) => `${x(p[0])} ${y(p[1])}`).join('L')}Z`)).join('') : ''
	);
	return { viewBox: `0 0 ${Math.round(w * scale + 20)} ${height}`, paths };
}
