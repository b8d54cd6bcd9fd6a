import type { Bundle } from '../index';

/** Names and descriptions that calendar apps and feed readers show for our feeds. */
const sv = {
	allActivities: 'Alla aktiviteter',
	search: 'Sökning',
	calendarName: (filterTitle: string) => `${filterTitle} – Träffpunkt Karlskoga`,
	calendarDescription: (period: string, cut: number | null) =>
		`Aktiviteter för äldre i Karlskoga. Tillfällen ${period}.` +
		(cut ? ` Flödet har högst ${cut.toLocaleString('sv-SE')} tillfällen: välj färre stadsdelar eller kategorier för att se längre fram.` : '') +
		' Inställda tillfällen står kvar som inställda. Uppdateras var sjätte timme.',
	eventCalendarDescription: (title: string) => `${title}: alla kommande tillfällen och de senaste 30 dagarnas. Uppdateras var sjätte timme.`,
	period: (from: string, to: string) => `från ${from} till och med ${to}`,
	rssTitle: (filterTitle: string) => `${filterTitle} – Träffpunkt Karlskoga`,
	rssDescription: (period: string, max: number) => `Kommande aktiviteter för äldre i Karlskoga, ${period} (högst ${max} tillfällen).`,
	cancelledPrefix: 'INSTÄLLT: ',
	organiser: 'Arrangör'
};

export type FeedMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const feeds: Bundle<FeedMessages> = { sv, en: sv, fi: sv };
