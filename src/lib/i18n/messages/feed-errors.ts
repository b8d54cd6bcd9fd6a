import type { Bundle } from '../index';

const list = (values: string[]) => values.map((v) => `”${v}”`).join(', ');
/** A value is quoted back only when it is plain text: markup or very long input is not echoed. */
const quoted = (value: string) => (/^[\p{L}\p{N} ._-]{1,40}$/u.test(value) ? ` ”${value}”` : '');

/** Why the API or a feed refused a query (400/404); the API answers in Swedish. */
const sv = {
	badRequest: 'Felaktig fråga',
	notFound: 'Finns inte',
	badDate: (param: string) => `Datumet i ${param} kunde inte läsas. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-12-01.`,
	rangeReversed: 'Från-datumet (fran) ligger efter till-datumet (till).',
	textTooLong: 'Söktexten (q) får vara högst 200 tecken.',
	unknownValue: (param: string, value: string, allowed: string[] | null) =>
		`${param} har ett okänt värde${quoted(value) ? `:${quoted(value)}` : ''}.` + (allowed ? ` Giltiga värden: ${list(allowed)}.` : ''),
	unknownValueSee: (param: string, value: string, where: string) =>
		`${param} har ett okänt värde${quoted(value) ? `:${quoted(value)}` : ''}. Giltiga värden finns i ${where}.`,
	unknownParam: (name: string, allowed: string[]) => `Parametern${quoted(name) || ''} finns inte. Tillåtna parametrar: ${list(allowed)}.`,
	flag: (name: string) => `${name} kan bara ha värdet 1 (${name}=1), eller utelämnas.`,
	page: 'sida ska vara ett heltal, 1 eller större.',
	pageSize: (max: number) => `per-sida ska vara ett heltal från 1 till ${max}.`,
	since: 'andrad-efter ska vara en tidpunkt i ISO 8601 med tidszon, till exempel 2026-11-20T08:00:00Z.',
	occurrence: 'tillfalle ska vara numret på ett av aktivitetens tillfällen.',
	unknownPath: 'Det finns ingen sådan adress i API:et. Beskrivningen finns på /api/v1/openapi.json.',
	eventNotFound: 'Aktiviteten finns inte eller är inte publicerad.',
	venueNotFound: 'Platsen finns inte.'
};

export type FeedErrorMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const feedErrors: Bundle<FeedErrorMessages> = { sv, en: sv, fi: sv };
