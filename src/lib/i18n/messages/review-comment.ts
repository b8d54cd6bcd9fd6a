import type { Bundle } from '../index';

const sv = {
	title: 'Ändrat sedan kommunens senaste kommentar',
	intro: (when: string, who: string | null) => `Kommentaren skrevs ${when}${who ? ` av ${who}` : ''}:`,
	atComment: 'När kommentaren skrevs',
	now: 'Nu',
	nothing: 'Föreningen har inte ändrat något sedan kommentaren.'
};
export type ReviewCommentMessages = typeof sv;

/** English arrives with $lib/i18n/english; the staff area is Swedish in the Finnish interface. */
export const reviewComment: Bundle<ReviewCommentMessages> = { sv, en: sv, fi: sv };
