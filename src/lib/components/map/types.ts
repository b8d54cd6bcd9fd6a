import type { GeoJsonGeometry } from '$lib/server/db/schema/districts';

export type MapMarker = {
	id: string;
	lat: number;
	lng: number;
	title: string;
	href: string;
	/** Lines under the title in the popup (plain text). */
	lines?: string[];
	links?: { href: string; label: string }[];
};

export type MapArea = {
	id: string;
	name: string;
	href?: string;
	geometry: GeoJsonGeometry;
	/** Fill colour, e.g. for a choropleth; defaults to a light outline. */
	fill?: string;
	/** Outline colour (default the brand green) and a dashed outline, e.g. for a boundary about to be replaced. */
	color?: string;
	dashed?: boolean;
};
