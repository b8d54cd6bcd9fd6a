import { schemas } from './openapi-schemas';
import { CALENDAR_DAYS, CALENDAR_MAX_DATES, RSS_DAYS, RSS_MAX_ITEMS } from './feed-window';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './query';
import { ACCESS_CODES, DAY_CODES, TIME_CODES, WHEN_CODES } from '../../domain/filters';

type S = Record<string, unknown>;

const multi = (name: string, description: string, values?: readonly string[]): S => ({
	name,
	in: 'query',
	description,
	required: false,
	style: 'form',
	explode: true,
	schema: { type: 'array', items: values ? { type: 'string', enum: [...values] } : { type: 'string', pattern: '^[a-z0-9-]{1,60}$' } }
});
const flag = (name: string, description: string): S => ({ name, in: 'query', description, schema: { type: 'string', enum: ['1'] } });
const date = (name: string, description: string): S => ({ name, in: 'query', description, schema: { type: 'string', format: 'date' } });

const parameters: Record<string, S> = {
	q: { name: 'q', in: 'query', description: 'Fritext (titel, beskrivning, arrangör, plats); delar av ord matchar, å ä ö é kan utelämnas.', schema: { type: 'string', maxLength: 200 } },
	stadsdel: multi('stadsdel', 'Stadsdelens slug (se /api/v1/stadsdelar); kan upprepas eller kommasepareras.'),
	kategori: multi('kategori', 'Kategorins slug, kan upprepas.'),
	plats: multi('plats', 'Platsens slug (se /api/v1/platser), kan upprepas.'),
	nar: { name: 'nar', in: 'query', description: 'Förval av period.', schema: { type: 'string', enum: [...WHEN_CODES] } },
	fran: date('fran', 'Från och med datum (ÅÅÅÅ-MM-DD, Europe/Stockholm).'),
	till: date('till', 'Till och med datum (ÅÅÅÅ-MM-DD, Europe/Stockholm).'),
	dag: multi('dag', 'Veckodag.', DAY_CODES),
	tid: multi('tid', 'Tid på dagen: fm före 12, em 12–17, kvall efter 17.', TIME_CODES),
	gratis: flag('gratis', 'Bara kostnadsfria. Andra värden än 1 ger 400.'),
	'utan-anmalan': flag('utan-anmalan', 'Bara de som inte kräver anmälan. Andra värden än 1 ger 400.'),
	tillganglighet: multi('tillganglighet', 'Platsens tillgänglighet; flera värden måste alla gälla.', ACCESS_CODES),
	sprak: multi('sprak', 'Språkkod (ISO 639-1).'),
	malgrupp: multi('malgrupp', 'Målgruppens slug.'),
	sida: { name: 'sida', in: 'query', description: 'Sida, från 1. En sida efter den sista ger tom items; 0, negativa tal och annat än heltal ger 400.', schema: { type: 'integer', minimum: 1, default: 1 } },
	'per-sida': { name: 'per-sida', in: 'query', description: `Antal per sida, högst ${MAX_PAGE_SIZE}.`, schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE } },
	'andrad-efter': {
		name: 'andrad-efter',
		in: 'query',
		description:
			'Inkrementell synk: bara tillfällen vars modified är senare än denna tidpunkt (ISO 8601 med tidszon), och i deleted det som tagits bort sedan dess. Spara tidpunkten för förra hämtningen och skicka den nästa gång. Ett tillfälle som flyttas ut ur filtren syns inte längre; synka utan filter för en fullständig kopia.',
		schema: { type: 'string', format: 'date-time' }
	},
	tillfalle: { name: 'tillfalle', in: 'query', description: 'Bara detta tillfälle (dess id), för "lägg till det här datumet".', schema: { type: 'integer' } },
	id: { name: 'id', in: 'path', required: true, description: 'Aktivitetens id.', schema: { type: 'integer', minimum: 1 } },
	slug: { name: 'slug', in: 'path', required: true, description: 'Platsens slug.', schema: { type: 'string', pattern: '^[a-z0-9-]{1,80}$' } }
};

const FILTERS = ['q', 'stadsdel', 'kategori', 'plats', 'nar', 'fran', 'till', 'dag', 'tid', 'gratis', 'utan-anmalan', 'tillganglighet', 'sprak', 'malgrupp'];
const use = (...names: string[]) => names.map((n) => ({ $ref: `#/components/parameters/${n}` }));
const jsonBody = (schema: string, description: string) => ({ description, content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } } });
const textBody = (type: string, description: string) => ({ description, content: { [type]: { schema: { type: 'string' } } } });
const feedError = textBody('text/plain', 'Felaktig fråga: vad som är fel, på svenska, i klartext.');

/** The OpenAPI 3.1 document of the open API and the feeds, for `servers` at `origin`. */
export function openApiDocument(origin: string) {
	return {
		openapi: '3.1.0',
		jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
		info: {
			title: 'Träffpunkt – öppna data',
			version: '1.1.0',
			summary: 'Aktiviteter, platser och stadsdelar för äldre i Karlskoga.',
			description:
				'Alla tider i UTC (ISO 8601); lokal tid är Europe/Stockholm. Fritt att använda utan villkor (CC0 1.0). CORS är öppet. Okända parametrar och värden ger 400 med förklaring på svenska; okända adresser under /api ger 404 i JSON.',
			license: { name: 'CC0 1.0 Universal', identifier: 'CC0-1.0' },
			contact: { name: 'Träffpunkt Karlskoga', url: `${origin}/oppna-data` }
		},
		servers: [{ url: origin, description: 'Den här webbplatsen' }],
		externalDocs: { description: 'Öppna data: vad som finns och hur man använder det', url: `${origin}/oppna-data` },
		tags: [{ name: 'API' }, { name: 'Flöden' }],
		paths: {
			'/api/v1/aktiviteter': {
				get: {
					tags: ['API'],
					operationId: 'listOccurrences',
					summary: 'Kommande tillfällen som matchar filtren (samma som listan på /aktiviteter), sida för sida.',
					parameters: use(...FILTERS, 'sida', 'per-sida', 'andrad-efter'),
					responses: { '200': jsonBody('ActivityList', 'En sida tillfällen med meta (total, sidstorlek, next, previous).'), '400': { $ref: '#/components/responses/BadRequest' } }
				}
			},
			'/api/v1/aktiviteter/{id}': {
				get: {
					tags: ['API'],
					operationId: 'getEvent',
					summary: 'En aktivitet med alla kommande tillfällen.',
					parameters: use('id'),
					responses: { '200': jsonBody('Event', 'Aktiviteten.'), '404': { $ref: '#/components/responses/NotFound' } }
				}
			},
			'/api/v1/platser': {
				get: {
					tags: ['API'],
					operationId: 'listPlaces',
					summary: 'Platser med öppettider; med filter bara de som har matchande tillfällen (samma som kartan).',
					parameters: use(...FILTERS),
					responses: { '200': jsonBody('PlaceList', 'Platserna.'), '400': { $ref: '#/components/responses/BadRequest' } }
				}
			},
			'/api/v1/platser/{slug}': {
				get: {
					tags: ['API'],
					operationId: 'getPlace',
					summary: 'En plats med öppettider och avvikelser.',
					parameters: use('slug'),
					responses: { '200': jsonBody('PlaceDetail', 'Platsen.'), '404': { $ref: '#/components/responses/NotFound' } }
				}
			},
			'/api/v1/stadsdelar': {
				get: {
					tags: ['API'],
					operationId: 'listDistricts',
					summary: 'Stadsdelar som GeoJSON (RFC 7946) med antal invånare 65+.',
					responses: {
						'200': { description: 'GeoJSON FeatureCollection.', content: { 'application/json': { schema: { $ref: '#/components/schemas/DistrictCollection' } } } }
					}
				}
			},
			'/kalender.ics': {
				get: {
					tags: ['Flöden'],
					operationId: 'calendarFeed',
					summary: `iCalendar med samma filter som listan: de närmaste ${CALENDAR_DAYS} dagarna (eller fran/till), högst ${CALENDAR_MAX_DATES} tillfällen; blir det fler slutar flödet på den sista hela dagen och säger det i X-WR-CALDESC. Varje tillfälle har ett UID som består, SEQUENCE som ökar vid ändring, och inställda står kvar som STATUS:CANCELLED.`,
					parameters: use(...FILTERS),
					responses: { '200': textBody('text/calendar', 'RFC 5545.'), '400': feedError }
				}
			},
			'/rss.xml': {
				get: {
					tags: ['Flöden'],
					operationId: 'rssFeed',
					summary: `RSS 2.0 med samma filter som listan: de närmaste ${RSS_DAYS} dagarna, högst ${RSS_MAX_ITEMS} tillfällen. pubDate är när tillfället publicerades eller ändrades.`,
					parameters: use(...FILTERS),
					responses: { '200': textBody('application/rss+xml', 'RSS 2.0.'), '400': feedError }
				}
			},
			'/aktiviteter/{id}/kalender.ics': {
				get: {
					tags: ['Flöden'],
					operationId: 'eventCalendar',
					summary: 'En aktivitets kommande tillfällen (och de senaste 30 dagarnas) som iCalendar, eller ett enda med tillfalle.',
					parameters: use('id', 'tillfalle'),
					responses: { '200': textBody('text/calendar', 'RFC 5545.'), '400': feedError, '404': textBody('text/plain', 'Aktiviteten finns inte eller är inte publicerad.') }
				}
			}
		},
		components: {
			schemas,
			parameters,
			responses: {
				BadRequest: { description: 'Felaktig fråga, med förklaring på svenska.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
				NotFound: { description: 'Finns inte.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }
			}
		}
	};
}
