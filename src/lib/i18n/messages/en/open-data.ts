import { openData, type OpenDataMessages } from '../open-data';

const en: OpenDataMessages = {
	title: 'Open data',
	intro:
		'Everything Träffpunkt holds about activities, places and districts is open data. Other websites, apps and calendars may fetch and show it freely.',
	licenceTitle: 'Licence: free to use',
	licence:
		'The data is free to use without conditions (CC0 1.0, public domain). You need not ask or name the source, but we are glad if you link here.',
	licenceLink: 'Read about CC0 1.0 at Creative Commons',
	feedsTitle: 'Calendar and news feed',
	feeds: [
		'The calendar feed (iCalendar) works in the calendar on your phone and computer. It holds the next 90 days, at most 3,000 dates, and says itself which period it covers.',
		'The news feed (RSS) holds the next 14 days, at most 200 dates.',
		'Both take the same selection as the activity list: choose district, kind of activity and more in the list and use the links at the bottom of the page.'
	],
	feedIcs: 'Calendar of all activities',
	feedRss: 'News feed of all activities',
	subscribeHelp: 'How to subscribe on your phone',
	apiTitle: 'API (JSON) for developers',
	api: [
		'The API answers in JSON with open CORS and needs no key. All times are UTC (ISO 8601); local time is Europe/Stockholm.',
		'Unknown parameters and values get a 400 answer with an explanation in Swedish, so that a typo never returns the whole municipality.'
	],
	endpoints: [
		{ path: '/api/v1/aktiviteter', text: 'upcoming dates, with the same filters as the list, page by page (per-sida at most 100)' },
		{ path: '/api/v1/aktiviteter/{id}', text: 'one activity with all its upcoming dates' },
		{ path: '/api/v1/platser', text: 'places with opening hours and accessibility' },
		{ path: '/api/v1/platser/{slug}', text: 'one place with opening hours and deviations' },
		{ path: '/api/v1/stadsdelar', text: 'the districts as GeoJSON, with the number of residents aged 65 and over' }
	],
	syncTitle: 'Fetch only what changed',
	sync: [
		'Every date has an id that stays when its time changes, and a modified field with the time of its last change.',
		'Send andrad-efter with the time of your previous fetch, for example andrad-efter=2026-11-20T08:00:00Z. You then get only what changed, and in deleted what was removed since.',
		'The answer has meta with the total, the page size and links to the next and previous pages. A page after the last one is empty.'
	],
	specTitle: 'Full description',
	spec: 'Every address, parameter and answer is described in an OpenAPI 3.1 file that tools can read:',
	specLink: 'The OpenAPI description (openapi.json)',
	contactTitle: 'Questions',
	contact: (phone: string) => `Found an error in the data, or need something that is missing? Call the municipality's contact centre ${phone}, weekdays 8–16.`
};

openData.en = en;
