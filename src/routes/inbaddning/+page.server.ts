import type { PageServerLoad } from './$types';
import { filtersToParams, WHEN_CODES } from '$lib/domain/filters';
import { embedOptionParams, eventRef, parseEmbedOptions, MAX_LIMIT } from '$lib/domain/embed';
import { readFilters } from '$lib/server/activity-search';
import { describeFilters, embedLocale, embedSnippet } from '$lib/server/embed';
import { getDb } from '$lib/server/db';
import { getPublicEvent } from '$lib/server/db/queries/event-detail';
import { linkOrigin } from '$lib/server/config';
import { isLocale } from '$lib/i18n';
import { embed } from '$lib/i18n/messages/embed';

export const load: PageServerLoad = ({ url }) => {
	const options = parseEmbedOptions(url.searchParams);
	const { filters, vocab } = readFilters(url);
	const f = { ...filters, view: null, page: 1 };
	const kind = url.searchParams.get('typ') === 'aktivitet' ? 'aktivitet' : 'lista';
	const rawEvent = (url.searchParams.get('aktivitet') ?? '').trim();
	const locale = embedLocale(options.lang);
	const m = embed[locale];
	const look = embedOptionParams(options);
	let path: string | null = null;
	let title = '';
	let eventError = false;
	if (kind === 'aktivitet') {
		const id = eventRef(rawEvent) ?? eventRef(/\/aktiviteter\/(\d+)/.exec(rawEvent)?.[1] ?? '');
		const event = id === null ? null : getPublicEvent(getDb(), id);
		if (event) {
			path = `/inbaddning/aktivitet/${event.id}${look.size ? `?${look}` : ''}`;
			title = `${event.title} ${m.atSite}`;
		} else eventError = true;
	} else {
		const query = new URLSearchParams([...filtersToParams(f), ...look]).toString();
		path = `/inbaddning/lista${query ? `?${query}` : ''}`;
		title = `${m.listTitle(describeFilters(f, vocab, locale))} ${m.atSite}`;
	}
	return {
		filters: f,
		vocab,
		options,
		whenCodes: WHEN_CODES,
		maxLimit: MAX_LIMIT,
		kind,
		rawEvent,
		eventError,
		fiMissing: options.lang === 'fi' && !isLocale('fi'),
		preview: path ? { path, title, snippet: embedSnippet(linkOrigin(url), path, title) } : null
	};
};
