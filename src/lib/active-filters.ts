import { DAY_CODES, filtersToParams, type ActivityFilters } from './domain/filters';
import { activities } from './i18n/messages/activities';
import { common } from './i18n/messages/common';
import type { Locale } from './i18n';

type Option = { slug: string; nameSv: string; nameEn: string };
type Vocab = { districts: Option[]; categories: Option[]; audiences: Option[]; languages: Option[] };

/** Each active filter value with a link that removes just that one. */
export function activeFilters(f: ActivityFilters, vocab: Vocab, locale: Locale, path: string) {
	const a = activities[locale];
	const m = common[locale];
	const name = (list: Option[], slug: string) => {
		const o = list.find((x) => x.slug === slug);
		return o ? (locale === 'en' ? o.nameEn : o.nameSv) : slug;
	};
	const href = (o: Partial<ActivityFilters>) => {
		const q = filtersToParams(f, { ...o, page: 1 }).toString();
		return q ? `${path}?${q}` : path;
	};
	const without = <T>(list: T[], v: T) => list.filter((x) => x !== v);
	const chips: { label: string; href: string }[] = [];
	if (f.q) chips.push({ label: f.q, href: href({ q: '' }) });
	if (f.when) chips.push({ label: a.whenOptions[f.when], href: href({ when: null }) });
	if (f.from) chips.push({ label: `${a.from} ${f.from}`, href: href({ from: null }) });
	if (f.to) chips.push({ label: `${a.to} ${f.to}`, href: href({ to: null }) });
	for (const d of f.districts) chips.push({ label: name(vocab.districts, d), href: href({ districts: without(f.districts, d) }) });
	for (const v of f.venues) chips.push({ label: v, href: href({ venues: without(f.venues, v) }) });
	for (const c of f.categories) chips.push({ label: name(vocab.categories, c), href: href({ categories: without(f.categories, c) }) });
	for (const d of f.days) chips.push({ label: m.weekdays[DAY_CODES.indexOf(d)], href: href({ days: without(f.days, d) }) });
	for (const t of f.times) chips.push({ label: a.timeOptions[t], href: href({ times: without(f.times, t) }) });
	if (f.free) chips.push({ label: a.freeOnly, href: href({ free: false }) });
	if (f.noSignup) chips.push({ label: a.noSignupOnly, href: href({ noSignup: false }) });
	for (const x of f.access) chips.push({ label: a.accessOptions[x], href: href({ access: without(f.access, x) }) });
	for (const l of f.languages) chips.push({ label: name(vocab.languages, l), href: href({ languages: without(f.languages, l) }) });
	for (const au of f.audiences) chips.push({ label: name(vocab.audiences, au), href: href({ audiences: without(f.audiences, au) }) });
	return chips;
}
