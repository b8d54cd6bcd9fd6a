import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { withoutEmptyParams } from '$lib/server/clean-url';
import { districtAreas, readFilters, searchMap } from '$lib/server/activity-search';
import { formatDate } from '$lib/format';
import { instantToZoned } from '$lib/domain/dates';
import { contentLang } from '$lib/i18n/content-lang';
import { mapMessages } from '$lib/i18n/messages/map';

export const load: PageServerLoad = ({ url, locals }) => {
	const clean = withoutEmptyParams(url);
	if (clean) redirect(303, clean);
	const { filters, notices, vocab } = readFilters(url);
	const k = mapMessages[locals.locale];
	const { facets, venues, remote } = searchMap(filters);
	return {
		filters,
		notices,
		vocab,
		facets,
		venues,
		// Worded here ("per telefon, nästa tisdag 8 december"), so that the map page ships no date formatting.
		remote: remote.map((r) => ({
			eventId: r.eventId,
			title: r.title,
			lang: contentLang(locals.locale),
			line: `${r.remoteKind === 'phone' ? k.byPhone : k.online}, ${k.nextDate} ${formatDate(instantToZoned(new Date(r.nextStartsAt)).date, locals.locale)}`
		})),
		areas: districtAreas()
	};
};
