export type Point = { lat: number; lng: number };

/** Great-circle distance in kilometres (haversine); plenty for "which is nearer" within a town. */
export function distanceKm(a: Point, b: Point): number {
	const rad = Math.PI / 180;
	const dLat = (b.lat - a.lat) * rad;
	const dLng = (b.lng - a.lng) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Items sorted nearest first from `origin`, each with its distance. */
export function byDistance<T extends Point>(items: T[], origin: Point): (T & { distanceKm: number })[] {
	return items
		.map((item) => ({ ...item, distanceKm: distanceKm(origin, item) }))
		.sort((x, y) => x.distanceKm - y.distanceKm);
}
