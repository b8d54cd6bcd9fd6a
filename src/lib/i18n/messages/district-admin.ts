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
	converted: 'Sparat. Gränsen var i SWEREF 99 TM och är omräknad till longitud och latitud.',
	previewTitle: (name: string) => `Förhandsgranska ny gräns för ${name}`,
	previewIntro: 'Inget är sparat än. Jämför den nya gränsen med den nuvarande och välj Spara eller Avbryt.',
	newShape: 'Ny gräns',
	currentShape: 'Nuvarande gräns',
	noCurrent: 'Stadsdelen har ingen gräns i dag.',
	facts: (polygons: number, points: number, km2: string) => `${polygons === 1 ? 'en yta' : `${polygons} ytor`}, ${points} punkter, ${km2} km²`,
	fileFor: (file: string, district: string) => `Filen ${file} gäller stadsdelen ${district}.`,
	nameMatches: (name: string) => `Namnet i filen, ”${name}”, stämmer med stadsdelen.`,
	nameDiffers: (name: string, district: string) => `Obs! Namnet i filen är ”${name}”, inte ${district}. Kontrollera att det är rätt fil.`,
	noNameInFile: 'Filen anger inget namn.',
	convertedNote: 'Filen var i SWEREF 99 TM; punkterna är omräknade till longitud och latitud.',
	residentsChange: (from: number, to: string) => `Invånare 65+ ändras från ${from} till ${to}.`,
	mapLabel: (name: string) => `Karta: nuvarande och ny gräns för ${name}`,
	svgLabel: (name: string) => `Bild av gränserna för ${name}: streckad linje är den nuvarande, fylld yta den nya.`,
	legendCurrent: 'streckad linje',
	legendNew: 'fylld yta',
	confirm: 'Spara',
	cancel: 'Avbryt',
	cancelled: 'Avbrutet. Gränsen är inte ändrad.'
};
export type DistrictAdminMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const districtAdmin: Bundle<DistrictAdminMessages> = { sv, en: sv, fi: sv };
