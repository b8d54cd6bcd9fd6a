import type { RequestHandler } from './$types';
import { apiJson } from '$lib/server/feeds/api';

const multi = (name: string, description: string, values?: string[]) => ({
	name,
	in: 'query',
	description,
	required: false,
	style: 'form',
	explode: true,
	schema: { type: 'array', items: values ? { type: 'string', enum: values } : { type: 'string' } }
});
const flag = (name: string, description: string) => ({ name, in: 'query', description, schema: { type: 'string', enum: ['1'] } });
const date = (name: string, description: string) => ({ name, in: 'query', description, schema: { type: 'string', format: 'date' } });

const filters = [
	{ name: 'q', in: 'query', description: 'Fritext (titel, beskrivning, arrangör, plats); prefix matchar.', schema: { type: 'string', maxLength: 200 } },
	multi('stadsdel', 'Stadsdelens slug, kan upprepas.'),
	multi('kategori', 'Kategorins slug, kan upprepas.'),
	multi('plats', 'Platsens slug, kan upprepas.'),
	{ name: 'nar', in: 'query', description: 'Förval av period.', schema: { type: 'string', enum: ['idag', 'imorgon', 'denna-vecka', 'nasta-vecka'] } },
	date('fran', 'Från och med datum (ÅÅÅÅ-MM-DD).'),
	date('till', 'Till och med datum (ÅÅÅÅ-MM-DD).'),
	multi('dag', 'Veckodag.', ['man', 'tis', 'ons', 'tor', 'fre', 'lor', 'son']),
	multi('tid', 'Tid på dagen: fm före 12, em 12–17, kvall efter 17.', ['fm', 'em', 'kvall']),
	flag('gratis', 'Bara kostnadsfria.'),
	flag('utan-anmalan', 'Bara utan anmälan.'),
	multi('tillganglighet', 'Platsens tillgänglighet.', ['rullstol', 'horslinga', 'toalett', 'parkering']),
	multi('sprak', 'Språkkod (ISO 639-1).'),
	multi('malgrupp', 'Målgruppens slug.'),
	{ name: 'sida', in: 'query', description: 'Sida (25 per sida).', schema: { type: 'integer', minimum: 1 } }
];

const error400 = {
	description: 'Felaktig fråga, med förklaring på svenska.',
	content: { 'application/json': { schema: { type: 'object', properties: { error: { type: 'string' }, messages: { type: 'array', items: { type: 'string' } } } } } }
};

const spec = {
	openapi: '3.1.0',
	info: {
		title: 'Träffpunkt – öppna data',
		version: '1.0.0',
		description: 'Aktiviteter, platser och stadsdelar för äldre. Fritt att använda (CC0). Alla tider i UTC (ISO 8601); lokal tid är Europe/Stockholm.'
	},
	paths: {
		'/api/v1/aktiviteter': {
			get: {
				summary: 'Kommande tillfällen som matchar filtren (samma som listan på /aktiviteter).',
				parameters: filters,
				responses: { '200': { description: 'Sida med tillfällen: total, page, pageCount, items.' }, '400': error400 }
			}
		},
		'/api/v1/platser': {
			get: {
				summary: 'Platser; med filter bara de som har matchande tillfällen (samma som kartan).',
				parameters: filters.filter((p) => p.name !== 'sida'),
				responses: { '200': { description: 'total, items' }, '400': error400 }
			}
		},
		'/api/v1/stadsdelar': {
			get: { summary: 'Stadsdelar som GeoJSON FeatureCollection med antal invånare 65+.', responses: { '200': { description: 'GeoJSON' } } }
		},
		'/kalender.ics': { get: { summary: 'iCalendar-flöde med samma filter som listan.', parameters: filters, responses: { '200': { description: 'text/calendar' } } } },
		'/rss.xml': { get: { summary: 'RSS-flöde med samma filter som listan.', parameters: filters, responses: { '200': { description: 'application/rss+xml' } } } },
		'/aktiviteter/{id}/kalender.ics': {
			get: {
				summary: 'En aktivitets alla kommande tillfällen som iCalendar.',
				parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
				responses: { '200': { description: 'text/calendar' }, '404': { description: 'Finns inte' } }
			}
		}
	}
};

export const GET: RequestHandler = () => apiJson(spec);
