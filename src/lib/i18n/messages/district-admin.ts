import type { Bundle } from '../index';

const sv = {
	title: 'Stadsdelar',
	intro: 'Antalet invånare 65 år och äldre används för täckningen i rapporterna. Gränsen laddas upp som GeoJSON.',
	residents: 'Invånare 65 år och äldre',
	boundary: 'Ny gräns (GeoJSON-fil)',
	hasBoundary: 'Stadsdelen har en gräns.',
	noBoundary: 'Stadsdelen saknar gräns.',
	boundaryHint: 'Välj en fil bara om gränsen ska bytas. WGS 84 (longitud, latitud) eller SWEREF 99 TM; alla punkter ska ligga inom kommunen. Den förra gränsen sparas i loggen.',
	save: 'Spara',
	saved: 'Sparat.',
	converted: 'Sparat. Gränsen var i SWEREF 99 TM och är omräknad till longitud och latitud.'
};
export type DistrictAdminMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const districtAdmin: Bundle<DistrictAdminMessages> = { sv, en: sv, fi: sv };
