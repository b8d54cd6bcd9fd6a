import { start, type StartMessages } from '../start';

const fi: StartMessages = {
	heading: 'Mitä haluaisit tehdä?',
	intro: 'Löydä kohtaamispaikat, yhdistysten toiminta ja terveyttä edistävät tapaamiset läheltäsi Karlskogassa.',
	searchLabel: 'Hae toimintaa',
	searchButton: 'Hae',
	allToday: 'Kaikki tämän päivän toiminta',
	thisWeek: 'Koko viikko',
	todayOver: 'Tämän päivän toiminta on jo päättynyt. Tässä huomisen ohjelma.',
	allTomorrow: 'Kaikki huomisen toiminta',
	nothingSoon: 'Ei toimintaa tänään eikä huomenna.',
	districtPlaceholder: 'Valitse kaupunginosa',
	districtHint: 'Muistamme valintasi ensi kerralla.',
	nearHeading: 'Lähelläsi',
	nearText: 'Katso paikat, jotka ovat lähimpänä tuntemaasi kohtaamispaikkaa tai sinua.',
	nearFrom: 'Lähimpänä',
	nearButton: 'Näytä lähimmät paikat',
	nearMeLink: 'Järjestä sijaintini mukaan',
	categoriesHeading: 'Valitse toiminnan laji',
	districtHeading: 'Valitse kaupunginosasi',
	districtLabel: 'Kaupunginosa',
	districtButton: 'Näytä kaupunginosan toiminta',
	otherWays: 'Muita tapoja löytää',
	mapText: 'Katso toiminta kartalta',
	programText: 'Tulosta kaupunginosasi viikko-ohjelma',
	placesText: 'Kohtaamispaikat ja muut paikat'
};

start.fi = fi;
