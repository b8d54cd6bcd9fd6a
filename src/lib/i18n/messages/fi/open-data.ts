import { openData, type OpenDataMessages } from '../open-data';

const fi: OpenDataMessages = {
	title: 'Avoin data',
	intro:
		'Kaikki Träffpunktin tiedot toiminnasta, paikoista ja kaupunginosista ovat avointa dataa. Muut verkkosivut, sovellukset ja kalenterit saavat hakea ja näyttää niitä vapaasti.',
	licenceTitle: 'Lisenssi: vapaasti käytettävissä',
	licence:
		'Dataa saa käyttää ilman ehtoja (CC0 1.0, vapaa käyttö). Lupaa ei tarvitse kysyä eikä lähdettä mainita, mutta ilahdumme, jos linkität tänne.',
	licenceLink: 'Lue CC0 1.0 -lisenssistä Creative Commonsin sivulta',
	feedsTitle: 'Kalenteri ja uutissyöte',
	feeds: [
		'Kalenterisyöte (iCalendar) toimii puhelimen ja tietokoneen kalenterissa. Siinä on seuraavat 90 päivää, enintään 3 000 kertaa, ja se kertoo itse, mitä ajanjaksoa se koskee.',
		'Uutissyötteessä (RSS) on seuraavat 14 päivää, enintään 200 kertaa.',
		'Molemmat käyttävät samoja valintoja kuin toimintaluettelo: valitse luettelossa kaupunginosa, toiminnan laji ja muuta, ja käytä sivun alareunan linkkejä.'
	],
	feedIcs: 'Kaiken toiminnan kalenteri',
	feedRss: 'Kaiken toiminnan uutissyöte',
	subscribeHelp: 'Näin tilaat kalenterin puhelimeen',
	apiTitle: 'Rajapinta (JSON) kehittäjille',
	api: [
		'Rajapinta vastaa JSON-muodossa avoimella CORSilla eikä vaadi avainta. Kaikki ajat ovat UTC-aikaa (ISO 8601); paikallinen aika on Europe/Stockholm.',
		'Tuntemattomat parametrit ja arvot antavat vastauksen 400 ja ruotsinkielisen selityksen, jotta kirjoitusvirhe ei koskaan palauta koko kuntaa.'
	],
	endpoints: [
		{ path: '/api/v1/aktiviteter', text: 'tulevat kerrat samoilla suodattimilla kuin luettelossa, sivu kerrallaan (per-sida enintään 100)' },
		{ path: '/api/v1/aktiviteter/{id}', text: 'yksi toiminto kaikkine tulevine kertoineen' },
		{ path: '/api/v1/platser', text: 'paikat aukioloaikoineen ja esteettömyystietoineen' },
		{ path: '/api/v1/platser/{slug}', text: 'yksi paikka aukioloaikoineen ja poikkeuksineen' },
		{ path: '/api/v1/stadsdelar', text: 'kaupunginosat GeoJSON-muodossa, mukana vähintään 65-vuotiaiden asukkaiden määrä' }
	],
	syncTitle: 'Hae vain muuttunut tieto',
	sync: [
		'Jokaisella kerralla on tunniste, joka säilyy, vaikka aika muuttuu, ja kenttä modified, jossa on viimeisimmän muutoksen ajankohta.',
		'Lähetä andrad-efter edellisen hakusi ajankohdalla, esimerkiksi andrad-efter=2026-11-20T08:00:00Z. Silloin saat vain muuttuneet tiedot, ja kentässä deleted sen, mikä on sen jälkeen poistettu.',
		'Vastauksessa on meta, jossa on kokonaismäärä, sivukoko ja linkit seuraavalle ja edelliselle sivulle. Viimeisen jälkeinen sivu on tyhjä.'
	],
	specTitle: 'Täydellinen kuvaus',
	spec: 'Kaikki osoitteet, parametrit ja vastaukset on kuvattu OpenAPI 3.1 -tiedostossa, jota työkalut osaavat lukea:',
	specLink: 'OpenAPI-kuvaus (openapi.json)',
	contactTitle: 'Kysymykset',
	contact: (phone: string) => `Löysitkö virheen datasta tai tarvitsetko jotain, mitä ei ole? Soita kunnan asiakaspalveluun ${phone}, arkisin klo 8–16.`
};

openData.fi = fi;
