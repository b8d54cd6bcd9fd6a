import { common, type CommonMessages } from '../common';

const fi: CommonMessages = {
	siteName: 'Träffpunkt Karlskoga',
	tagline: 'Toimintaa ja kohtaamispaikkoja ikääntyneille',
	skipLink: 'Siirry suoraan sisältöön',
	nav: {
		label: 'Päävalikko',
		activities: 'Toiminta',
		map: 'Kartta',
		places: 'Paikat',
		districts: 'Kaupunginosat',
		program: 'Viikko-ohjelma',
		otherLanguages: 'Muut kielet ja selkoruotsi',
		signIn: 'Kirjaudu sisään',
		menu: 'Valikko',
		myPages: 'Omat sivut',
		staffPages: 'Henkilökunta',
		signOut: 'Kirjaudu ulos',
		signedInAs: (name: string) => `Kirjautuneena: ${name}`,
		myAccount: 'Oma tili'
	},
	footer: {
		accessibility: 'Saavutettavuusseloste',
		privacy: 'Henkilötiedot',
		api: 'Avoin data',
		contactBefore: 'Kysyttävää? Soita kunnan asiakaspalveluun',
		contactAfter: ', arkisin klo 8–16.',
		openSource: 'Träffpunkt on avointa lähdekoodia.'
	},
	settings: {
		label: 'Näytön asetukset',
		textSize: 'Tekstin koko',
		normal: 'Tavallinen',
		large: 'Suurempi',
		larger: 'Suurin',
		language: 'Kieli'
	},
	demo: 'Esittelyversio – tapahtumat ovat keksittyjä.',
	weekdays: ['maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai', 'sunnuntai'],
	// Partitive, as after a day number: "23. marraskuuta".
	months: [
		'tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta',
		'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'
	],
	optional: 'vapaaehtoinen',
	swedishOnly: 'Tämä sivu on vain ruotsiksi.',
	today: 'Tänään',
	tomorrow: 'Huomenna',
	week: 'viikko',
	free: 'Maksuton',
	cancelled: 'Peruttu',
	noSignup: 'Ei ilmoittautumista',
	signupNeeded: 'Ilmoittautuminen vaaditaan',
	byPhone: 'Puhelimitse',
	online: 'Verkossa',
	stepFree: 'Esteetön pyörätuolille',
	hearingLoop: 'Induktiosilmukka',
	/** "40 kr/kerta", "300 kr/lukukausi", "395 kr yhteensä". */
	price: (amount: number, unit: string | null) =>
		`${amount} kr${unit ? ({ session: '/kerta', term: '/lukukausi', month: '/kuukausi', year: '/vuosi', total: ' yhteensä' } as Record<string, string>)[unit] ?? '' : ''}`,
	error: {
		title: 'Jokin meni vikaan',
		notFound: 'Sivua ei löydy',
		notFoundText: 'Etsimääsi sivua ei löydy. Se on ehkä siirretty tai poistettu.',
		generic: 'Tapahtui tekninen virhe. Yritä hetken päästä uudelleen.',
		back: 'Siirry etusivulle',
		tooLargeTitle: 'Lähettämäsi tieto on liian suuri',
		tooLargeText: 'Tiedosto saa olla enintään 2 Mt. Palaa takaisin, valitse pienempi tiedosto tai lyhennä tekstiä ja lähetä uudelleen.',
		goBack: 'Palaa takaisin'
	}
};

common.fi = fi;
