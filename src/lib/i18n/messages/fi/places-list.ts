import { placesList, type PlacesListMessages } from '../places-list';

const fi: PlacesListMessages = {
	kindLegend: 'Näytä',
	kindAll: 'Kaikki paikat',
	kindPlural: {
		traffpunkt: 'Kunnan kohtaamispaikat',
		forening: 'Yhdistysten tilat',
		bibliotek: 'Kirjastot',
		kyrka: 'Kirkot',
		vardcentral: 'Terveyskeskukset',
		utomhus: 'Ulkona',
		annan: 'Muut paikat'
	} as Record<string, string>,
	kindButton: 'Näytä paikat',
	count: (n: number) => (n === 1 ? '1 paikka' : `${n} paikkaa`),
	nearHeading: 'Järjestys',
	nearIntro: 'Järjestä paikat etäisyyden mukaan jostakin kohtaamispaikasta tai sijainnistasi. Sitä ei tarvita löytämiseen.',
	nearFrom: 'Lähimpänä',
	nearNone: 'Kaupunginosan mukaan',
	nearButton: 'Järjestä',
	nearMe: 'Käytä sijaintiani',
	nearMeHint: 'Selain kysyy ensin, haluatko jakaa sijaintisi. Sitä käytetään vain järjestämiseen, eikä sitä tallenneta.',
	locating: 'Selvitetään sijaintiasi …',
	locationFailed: 'Emme saaneet tietää sijaintiasi. Valitse sen sijaan kohtaamispaikka luettelosta.',
	sortedFrom: (name: string) => `Lähimmät ensin: ${name}`,
	sortedFromMe: 'Lähimmät ensin sijainnistasi',
	inDistrict: (n: number) => (n === 1 ? '1 paikka' : `${n} paikkaa`),
	nothingOfKind: 'Tällaista paikkaa ei ole.'
};

placesList.fi = fi;
