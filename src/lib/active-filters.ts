import { DAY_CODES, filtersToParams, type ActivityFilters } from './domain/filters';
import { activities } from './i18n/messages/activities';
import { common } from './i18n/messages/common';
import type { Locale } from './i18n';
import { vocabName } from './i18n/vocab';

type Option = { slug: string; nameSv: string; nameEn: string };
type Vocab = { districts: Option[]; categories: Option[]; audiences: Option[]; languages: Option[] };

export type FilterChip = { group: string; label: string; href: string };

/** Each active filter value, named with its group, and a link that removes just that one. */
export function activeFilters(f: ActivityFilters, vocab: Vocab, locale: Locale, path: string) {
	const a = activities[locale];
	const m = common[locale];
	const name = (list: Option[], slug: string) => {
		const o = list.find((x) => x.slug === slug);
		return o ? vocabName(o, locale) : slug;
	};
	const href = (o: Partial<ActivityFilters>) => {
		const q = filtersToParams(f, { ...o, page: 1 }).toString();
		return q ? `${path}?${q}` : path;
	};
	const without = <T>(list: T[], v: T) => list.filter((x) => x !== v);
	const chips: FilterChip[] = [];
	const add = (group: string, label: string, to: Partial<ActivityFilters>) => chips.push({ group, label, href: href(to) });
	if (f.q) add(a.searchButton, f.q, { q: '' });
	if (f.when) add(a.when, a.whenOptions[f.when], { when: null });
	if (f.from) add(a.from, f.from, { from: null });
	if (f.to) add(a.to, f.to, { to: null });
	for (const d of f.districts) add(a.district, name(vocab.districts, d), { districts: without(f.districts, d) });
	for (const v of f.venues) add(a.place, v, { venues: without(f.venues, v) });
	for (const c of f.categories) add(a.category, name(vocab.categories, c), { categories: without(f.categories, c) });
	for (const d of f.days) add(a.weekday, m.weekdays[DAY_CODES.indexOf(d)], { days: without(f.days, d) });
	for (const t of f.times) add(a.timeOfDay, a.timeOptions[t], { times: without(f.times, t) });
	if (f.free) add(a.practical, a.freeOnly, { free: false });
	if (f.noSignup) add(a.practical, a.noSignupOnly, { noSignup: false });
	for (const x of f.access) add(a.access, a.accessOptions[x], { access: without(f.access, x) });
	for (const l of f.languages) add(a.language, name(vocab.languages, l), { languages: without(f.languages, l) });
	for (const au of f.audiences) add(a.audience, name(vocab.audiences, au), { audiences: without(f.audiences, au) });
	return chips;
}
