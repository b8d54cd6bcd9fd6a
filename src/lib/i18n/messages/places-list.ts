import type { Bundle } from '../index';

/** Texts of the /platser list only (its kind filter and nearest-first sorting). */
const sv = {
	kindLegend: 'Visa',
	kindAll: 'Alla platser',
	kindPlural: {
		traffpunkt: 'Kommunens träffpunkter',
		forening: 'Föreningslokaler',
		bibliotek: 'Bibliotek',
		kyrka: 'Kyrkor',
		vardcentral: 'Vårdcentraler',
		utomhus: 'Utomhus',
		annan: 'Andra platser'
	} as Record<string, string>,
	kindButton: 'Visa platserna',
	count: (n: number) => (n === 1 ? '1 plats' : `${n} platser`),
	nearHeading: 'Ordning',
	nearIntro: 'Sortera platserna efter avståndet från en träffpunkt eller från där du är. Det behövs inte för att hitta något.',
	nearFrom: 'Närmast',
	nearNone: 'Efter stadsdel',
	nearButton: 'Sortera',
	nearMe: 'Använd min position',
	nearMeHint: 'Webbläsaren frågar först om du vill dela din position. Den används bara för att sortera och sparas inte.',
	locating: 'Tar reda på var du är …',
	locationFailed: 'Vi fick inte veta var du är. Välj en träffpunkt i listan i stället.',
	sortedFrom: (name: string) => `Närmast ${name} först`,
	sortedFromMe: 'Närmast din position först',
	inDistrict: (n: number) => (n === 1 ? '1 plats' : `${n} platser`),
	nothingOfKind: 'Det finns ingen sådan plats.',
};
export type PlacesListMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const placesList: Bundle<PlacesListMessages> = { sv, en: sv, fi: sv };
