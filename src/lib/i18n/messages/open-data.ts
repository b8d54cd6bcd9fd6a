import type { Bundle } from '../index';

/** The human page about the API, the feeds and the licence. */
const sv = {
	title: 'Öppna data',
	intro:
		'Allt som finns i Träffpunkt om aktiviteter, platser och stadsdelar är öppna data. Andra webbplatser, appar och kalendrar får hämta och visa dem fritt.',
	licenceTitle: 'Licens: fritt att använda',
	licence:
		'Datan är fri att använda utan villkor (CC0 1.0, allmän egendom). Du behöver inte fråga och inte ange källa, men vi blir glada om du länkar hit.',
	licenceLink: 'Läs om CC0 1.0 hos Creative Commons',
	feedsTitle: 'Kalender och nyhetsflöde',
	feeds: [
		'Kalenderflödet (iCalendar) fungerar i mobilens och datorns kalender. Det har de närmaste 90 dagarna, högst 3 000 tillfällen, och säger själv vilken period det gäller.',
		'Nyhetsflödet (RSS) har de närmaste 14 dagarna, högst 200 tillfällen.',
		'Båda tar samma urval som listan över aktiviteter: välj stadsdel, typ av aktivitet och annat i listan och använd länkarna längst ner på sidan.'
	],
	feedIcs: 'Kalender för alla aktiviteter',
	feedRss: 'Nyhetsflöde för alla aktiviteter',
	subscribeHelp: 'Så prenumererar du i mobilen',
	apiTitle: 'API (JSON) för utvecklare',
	api: [
		'API:et svarar i JSON med öppen CORS och kräver ingen nyckel. Alla tider är i UTC (ISO 8601); lokal tid är Europe/Stockholm.',
		'Okända parametrar och värden ger svaret 400 med en förklaring på svenska, så att ett stavfel aldrig ger hela kommunen.'
	],
	endpoints: [
		{ path: '/api/v1/aktiviteter', text: 'kommande tillfällen, med samma filter som listan, sida för sida (per-sida högst 100)' },
		{ path: '/api/v1/aktiviteter/{id}', text: 'en aktivitet med alla kommande tillfällen' },
		{ path: '/api/v1/platser', text: 'platser med öppettider och tillgänglighet' },
		{ path: '/api/v1/platser/{slug}', text: 'en plats med öppettider och avvikelser' },
		{ path: '/api/v1/stadsdelar', text: 'stadsdelarna som GeoJSON, med antal invånare 65 år och äldre' }
	],
	syncTitle: 'Hämta bara det som ändrats',
	sync: [
		'Varje tillfälle har ett id som består när tiden ändras, och fältet modified med tidpunkten för senaste ändringen.',
		'Skicka andrad-efter med tidpunkten för din förra hämtning, till exempel andrad-efter=2026-11-20T08:00:00Z. Då kommer bara det som ändrats, och i deleted det som tagits bort sedan dess.',
		'Svaret har meta med total, sidstorlek och länkar till nästa och föregående sida. En sida efter den sista är tom.'
	],
	specTitle: 'Fullständig beskrivning',
	spec: 'Alla adresser, parametrar och svar finns beskrivna i en OpenAPI 3.1-fil som verktyg kan läsa:',
	specLink: 'OpenAPI-beskrivningen (openapi.json)',
	contactTitle: 'Frågor',
	contact: (phone: string) => `Hittar du fel i datan, eller behöver du något som saknas? Ring kommunens kontaktcenter ${phone}, vardagar 8–16.`
};

export type OpenDataMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const openData: Bundle<OpenDataMessages> = { sv, en: sv, fi: sv };
