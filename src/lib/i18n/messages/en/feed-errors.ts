import { feedErrors, type FeedErrorMessages } from '../feed-errors';

const list = (values: string[]) => values.map((v) => `"${v}"`).join(', ');
const quoted = (value: string) => (/^[\p{L}\p{N} ._-]{1,40}$/u.test(value) ? ` "${value}"` : '');

const en: FeedErrorMessages = {
	badRequest: 'Bad request',
	notFound: 'Not found',
	badDate: (param: string) => `The date in ${param} could not be read. Write it as YYYY-MM-DD, for example 2026-12-01.`,
	rangeReversed: 'The start date (fran) is after the end date (till).',
	textTooLong: 'The search text (q) may be at most 200 characters.',
	unknownValue: (param: string, value: string, allowed: string[] | null) =>
		`${param} has an unknown value${quoted(value) ? `:${quoted(value)}` : ''}.` + (allowed ? ` Valid values: ${list(allowed)}.` : ''),
	unknownValueSee: (param: string, value: string, where: string) =>
		`${param} has an unknown value${quoted(value) ? `:${quoted(value)}` : ''}. Valid values are listed at ${where}.`,
	unknownParam: (name: string, allowed: string[]) => `There is no parameter${quoted(name)}. Allowed parameters: ${list(allowed)}.`,
	flag: (name: string) => `${name} can only be 1 (${name}=1), or be left out.`,
	page: 'sida must be a whole number, 1 or more.',
	pageSize: (max: number) => `per-sida must be a whole number from 1 to ${max}.`,
	since: 'andrad-efter must be an ISO 8601 instant with a time zone, for example 2026-11-20T08:00:00Z.',
	occurrence: "tillfalle must be the number of one of the activity's dates.",
	unknownPath: 'There is no such address in the API. It is described at /api/v1/openapi.json.',
	eventNotFound: 'The activity does not exist or is not published.',
	venueNotFound: 'The place does not exist.'
};

feedErrors.en = en;
