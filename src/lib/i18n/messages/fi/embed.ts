import { embed, type EmbedMessages } from '../embed';

/** Finnish for the embeddable boxes and their generator page (see GLOSSARY.md for the terms). */
const fi: EmbedMessages = {
	allActivities: 'Toiminta',
	listTitle: (what: string[]) => (what.length ? `Toiminta: ${what.join(', ')}` : 'Toiminta'),
	atSite: 'Träffpunkt Karlskogassa',
	empty: 'Tulevia tapahtumia ei ole juuri nyt.',
	showAll: (n: number) => (n === 1 ? 'Näytä tapahtuma Träffpunktissa' : `Näytä kaikki ${n} Träffpunktissa`),
	newWindow: '(avautuu uuteen ikkunaan)',
	readMore: 'Lue lisää ja ilmoittaudu',
	readMoreNoSignup: 'Lue lisää',
	comingDates: 'Tulevat kerrat',
	noDates: 'Tulevia kertoja ei ole.',
	where: 'Paikka',
	cost: 'Hinta',
	notFound: 'Tapahtumaa ei enää ole.',
	allAtSite: 'Katso kaikki tapahtumat Träffpunkt Karlskogassa',
	generator: {
		title: 'Upota tapahtumat omalle verkkosivullesi',
		intro:
			'Näytä yhdistyksen, kirjaston tai kaupunginosan tapahtumat omalla verkkosivullanne. Luettelo päivittyy itsestään. Valitse, mitä näytetään, katso esikatselu ja kopioi koodi.',
		what: 'Mitä näytetään?',
		kindList: 'Luettelo tapahtumista',
		kindEvent: 'Yksi tapahtuma',
		eventLabel: 'Tapahtuman numero tai osoite',
		eventHint: 'Numero näkyy tapahtuman osoitteessa, esimerkiksi 12 osoitteessa /aktiviteter/12. Voit myös liittää koko osoitteen.',
		eventMissing: 'Emme löydä julkaistua tapahtumaa tällä numerolla. Kirjoita numero tai liitä tapahtuman sivun osoite.',
		filtersLegend: 'Valinnat',
		all: 'Kaikki',
		anyTime: 'Kaikki tulevat',
		searchLabel: 'Hakusana',
		looksLegend: 'Ulkoasu',
		langLabel: 'Ruudun kieli',
		langs: { sv: 'Ruotsi', fi: 'Suomi', en: 'Englanti' },
		fiFallback: 'Suomenkielisiä tekstejä ei vielä ole; ruutu näytetään ruotsiksi.',
		themeLabel: 'Teema',
		themes: { ljus: 'Vaalea', kontrast: 'Suuri kontrasti (valkoinen teksti mustalla)' },
		limitLabel: 'Montako näytetään',
		limitHint: (max: number) => `1–${max}. Loput löytyvät Näytä kaikki -linkistä.`,
		colourLabel: 'Pääväri (heksakoodi, esimerkiksi 0b5a4a)',
		colourHint: 'Käytetään linkeissä ja otsikkoviivoissa. Liian vaaleaa väriä tummennetaan, jotta teksti on luettavaa.',
		colourInvalid: 'Tämä ei ole väri. Kirjoita kuusi merkkiä 0–9 ja a–f, esimerkiksi 0b5a4a. Käytetään oletusväriä.',
		colourDarkened: (c: string) => `Väri oli liian vaalea valkoista taustaa vasten, ja sitä on tummennettu: #${c}.`,
		linkLabel: 'Linkit',
		linkTop: 'Avautuvat samaan ikkunaan (sivunne tilalle)',
		linkNew: 'Avautuvat uuteen ikkunaan',
		update: 'Näytä esikatselu',
		preview: 'Esikatselu',
		snippetLabel: 'Liitettävä koodi',
		snippetHint: 'Valitse koko koodi ja kopioi se.',
		copy: 'Kopioi koodi',
		copied: 'Koodi on kopioitu.',
		copyFailed: 'Kopiointi ei onnistunut. Valitse koodi ja kopioi se itse.',
		howTitle: 'Näin lisäät koodin',
		heightTitle: 'Oikea korkeus',
		height:
			'Koodin skripti tekee ruudusta juuri sisällön korkuisen. Ilman skriptiä (jos sivustonne ei salli skriptejä) ruutu on 40 riviä korkea ja sillä on oma vierityspalkki.',
		sitevisionTitle: 'Sitevision',
		sitevision: [
			'Avaa sivu muokkaustilaan ja lisää HTML-moduuli (Sitevisionissa joskus nimeltään Kodmodul).',
			'Liitä koodi ja tallenna. Julkaise sivu.',
			'Jos ruutu ei näy, sivuston asetukset voivat estää muiden sivustojen skriptit tai kehykset. Pyydä verkkotoimittajaa sallimaan tämän sivuston osoite.'
		],
		wordpressTitle: 'WordPress',
		wordpress: [
			'Lisää Mukautettu HTML -lohko kohtaan, jossa luettelon pitää näkyä.',
			'Liitä koodi ja päivitä sivu.',
			'Jos WordPress poistaa skriptin, pelkkä iframe-osa riittää; ruudulla on silloin oma vierityspalkki.'
		]
	}
};

embed.fi = fi;
