/** JSON Schema 2020-12 (OpenAPI 3.1) for every response body; objects are closed so that drift fails the contract test. */
type S = Record<string, unknown>;

const str: S = { type: 'string' };
const int: S = { type: 'integer' };
const num: S = { type: 'number' };
const bool: S = { type: 'boolean' };
const instant: S = { type: 'string', format: 'date-time' };
const date: S = { type: 'string', format: 'date' };
const uri: S = { type: 'string', format: 'uri' };
const ref = (name: string): S => ({ $ref: `#/components/schemas/${name}` });
const nullable = (s: S): S => (s.$ref ? { oneOf: [s, { type: 'null' }] } : { ...s, type: [s.type as string, 'null'] });
const list = (items: S): S => ({ type: 'array', items });
const obj = (properties: Record<string, S>, optional: string[] = [], description?: string): S => ({
	type: 'object',
	...(description ? { description } : {}),
	additionalProperties: false,
	required: Object.keys(properties).filter((k) => !optional.includes(k)),
	properties
});
const d = (s: S, description: string): S => ({ ...s, description });

const openingRule = obj({
	weekday: d({ type: 'integer', minimum: 1, maximum: 7 }, 'ISO-veckodag, 1 = måndag.'),
	weekParity: d({ type: ['string', 'null'], enum: ['odd', 'even', null] }, 'Bara udda eller jämna ISO-veckor, annars null.'),
	opens: d({ type: 'string', pattern: '^\\d\\d:\\d\\d$' }, 'Lokal tid (Europe/Stockholm).'),
	closes: { type: 'string', pattern: '^\\d\\d:\\d\\d$' },
	note: nullable(str)
});

const position: S = { type: 'array', items: num, minItems: 2, maxItems: 3 };
const ring: S = { type: 'array', items: position, minItems: 4 };

export const schemas: Record<string, S> = {
	Error: obj({ error: d(str, 'Kort rubrik: "Felaktig fråga" eller "Finns inte".'), messages: d(list(str), 'Vad som är fel, på svenska.') }),
	PageMeta: obj({
		total: d(int, 'Antal träffar totalt.'),
		page: d({ type: 'integer', minimum: 1 }, 'Den här sidan. En sida efter den sista har tom items.'),
		pageSize: { type: 'integer', minimum: 1, maximum: 100 },
		pageCount: { type: 'integer', minimum: 1 },
		next: d(nullable(uri), 'Nästa sida, eller null på den sista.'),
		previous: d(nullable(uri), 'Föregående sida, eller null på den första.'),
		modifiedAfter: d(nullable(instant), 'andrad-efter som frågan gällde, annars null.')
	}),
	Price: obj({
		free: bool,
		amount: d(nullable(int), 'Kronor; 0 när det är gratis, null när beloppet inte är angivet.'),
		currency: { const: 'SEK' },
		unit: d({ type: ['string', 'null'], enum: ['session', 'term', 'month', 'year', 'total', null] }, 'Vad priset gäller: per tillfälle, termin, månad, år eller hela kursen.'),
		note: nullable(str)
	}),
	OccurrenceVenue: obj({
		slug: str,
		name: str,
		url: uri,
		address: nullable(str),
		postcode: nullable(str),
		city: nullable(str),
		district: nullable(str),
		lat: nullable(num),
		lng: nullable(num)
	}),
	Occurrence: obj(
		{
			id: d(int, 'Tillfällets id: detsamma så länge tillfället finns, också när tiden ändras.'),
			eventId: int,
			title: str,
			summary: str,
			start: instant,
			end: instant,
			localDate: d(date, 'Datum i Europe/Stockholm.'),
			cancelled: bool,
			cancelNote: nullable(str),
			category: d(str, 'Kategorins slug.'),
			organisation: str,
			venue: nullable(ref('OccurrenceVenue')),
			remote: { type: ['string', 'null'], enum: ['phone', 'online', null] },
			district: nullable(str),
			free: bool,
			cost: nullable(int),
			signupRequired: bool,
			stepFree: bool,
			hearingLoop: bool,
			url: d(uri, 'Aktivitetens sida.'),
			price: ref('Price'),
			signup: obj({
				required: bool,
				how: nullable(str),
				online: d(bool, 'Anmälan kan göras på webbplatsen.'),
				capacity: nullable(int),
				placesLeft: d(nullable(int), 'Platser kvar, null när antalet inte är begränsat.')
			}),
			audiences: d(list(str), 'Målgruppernas slug.'),
			languages: d(list(str), 'Språkkoder (ISO 639-1).'),
			sequence: d(int, 'Ökar vid varje ändring av tillfället (som SEQUENCE i iCalendar).'),
			modified: d(instant, 'Senaste ändring av något tillfället visar.'),
			eventApiUrl: uri,
			calendarUrl: d(uri, 'Just det här tillfället som iCalendar.')
		},
		[],
		'Ett tillfälle (en dag och tid) av en aktivitet.'
	),
	DeletionMarker: obj({ type: { type: 'string', enum: ['occurrence', 'event', 'venue'] }, id: int, deleted: instant }),
	ActivityList: obj(
		{
			total: d(int, 'Samma som meta.total (version 1.0).'),
			page: d(int, 'Samma som meta.page (version 1.0).'),
			pageCount: d(int, 'Samma som meta.pageCount (version 1.0).'),
			meta: ref('PageMeta'),
			items: list(ref('Occurrence')),
			deleted: d(list(ref('DeletionMarker')), 'Bara med andrad-efter: det som tagits bort sedan dess.')
		},
		['deleted']
	),
	EventDate: obj({
		id: int,
		start: instant,
		end: instant,
		localDate: date,
		cancelled: bool,
		cancelNote: nullable(str),
		placesLeft: nullable(int),
		sequence: int,
		modified: instant,
		signupUrl: nullable(uri),
		calendarUrl: uri
	}),
	Event: obj({
		id: int,
		status: { type: 'string', enum: ['published', 'cancelled'] },
		cancelNote: nullable(str),
		title: str,
		titleFi: nullable(str),
		summary: str,
		summaryFi: nullable(str),
		description: str,
		easyRead: d(nullable(str), 'Lättläst text.'),
		category: obj({ slug: str, name: str, nameEn: str }),
		organisation: obj({ slug: str, name: str, website: nullable(str), email: nullable(str), phone: nullable(str) }),
		contact: obj({ name: nullable(str), phone: nullable(str), email: nullable(str) }),
		venue: nullable(
			obj({ slug: str, name: str, url: uri, address: str, postcode: str, city: str, district: str, lat: num, lng: num, busStop: nullable(str) })
		),
		remote: nullable(obj({ kind: { type: 'string', enum: ['phone', 'online'] }, details: nullable(str) })),
		gatheringPlace: d(nullable(str), 'Samlingsplats, när den inte är platsen själv.'),
		price: ref('Price'),
		lunchServed: bool,
		signup: obj({ required: bool, how: nullable(str), online: bool, capacity: nullable(int), deadlineHours: nullable(int) }),
		accessibility: obj({ stepFree: bool, accessibleToilet: bool, hearingLoop: bool, parking: bool, note: nullable(str), eventNote: nullable(str) }),
		audiences: list(obj({ slug: str, name: str, nameEn: str })),
		languages: list(obj({ code: str, name: str, nameEn: str })),
		schedule: obj({
			kind: { type: 'string', enum: ['once', 'weekly', 'monthly'] },
			text: d(str, 'Schemat i ord, på svenska.'),
			startTime: str,
			endTime: str,
			until: nullable(date)
		}),
		dates: d(list(ref('EventDate')), 'Alla kommande tillfällen.'),
		modified: instant,
		url: uri,
		calendarUrl: uri
	}),
	OpeningRule: openingRule,
	OpeningDeviation: obj({
		fromDate: date,
		toDate: date,
		closed: bool,
		opens: nullable(str),
		closes: nullable(str),
		note: nullable(str)
	}),
	Place: obj({
		slug: str,
		name: str,
		kind: { type: 'string', enum: ['meeting_point', 'association', 'library', 'church', 'health_centre', 'outdoors', 'other'] },
		address: str,
		district: str,
		lat: num,
		lng: num,
		stepFree: bool,
		hearingLoop: bool,
		upcoming: d(int, 'Kommande tillfällen (som matchar filtren, när sådana anges).'),
		url: uri,
		postcode: str,
		city: str,
		accessibleToilet: bool,
		parking: bool,
		busStop: nullable(str),
		openingHours: list(ref('OpeningRule')),
		modified: d(nullable(instant), 'Senaste ändring; null när den inte är känd.'),
		apiUrl: uri
	}),
	PlaceList: obj({ total: int, items: list(ref('Place')) }),
	PlaceDetail: obj({
		slug: str,
		name: str,
		kind: str,
		description: str,
		address: str,
		postcode: str,
		city: str,
		district: obj({ slug: str, name: str }),
		lat: num,
		lng: num,
		phone: nullable(str),
		email: nullable(str),
		busStop: nullable(str),
		accessibility: obj({ stepFree: bool, accessibleToilet: bool, hearingLoop: bool, parking: bool, note: nullable(str) }),
		openingHours: list(ref('OpeningRule')),
		openingDeviations: d(list(ref('OpeningDeviation')), 'Stängt eller ändrade tider, från idag och framåt.'),
		upcoming: int,
		modified: nullable(instant),
		url: uri,
		activitiesApiUrl: uri
	}),
	DistrictGeometry: {
		oneOf: [
			obj({ type: { const: 'Polygon' }, coordinates: list(ring) }),
			obj({ type: { const: 'MultiPolygon' }, coordinates: list(list(ring)) })
		],
		description: 'RFC 7946: yttre ringar moturs, hål medurs; koordinater [longitud, latitud].'
	},
	DistrictCollection: obj({
		type: { const: 'FeatureCollection' },
		features: list(
			obj({
				type: { const: 'Feature' },
				id: str,
				geometry: nullable(ref('DistrictGeometry')),
				properties: obj({ slug: str, name: str, residents65Plus: int, meetingPoints: int, venues: int, upcoming: int, url: uri })
			})
		)
	})
};
