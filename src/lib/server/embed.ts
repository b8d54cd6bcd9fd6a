import { isLocale, type Locale } from '../i18n';
import type { ActivityFilters } from '../domain/filters';

/** The pages other sites may frame: everything under /inbaddning/ (not the generator /inbaddning). */
export function isEmbedPath(pathname: string): boolean {
	return pathname.startsWith('/inbaddning/');
}

/**
 * Who may frame the embed pages: `EMBED_FRAME_ANCESTORS`, a space-separated CSP source list such as
 * `https://www.karlskoga.se https://*.example.org`, or `*` (any site) when it is unset or unusable.
 */
export function embedFrameAncestors(env: NodeJS.ProcessEnv = process.env): string {
	const raw = (env.EMBED_FRAME_ANCESTORS ?? '').trim();
	const sources = raw.split(/\s+/).filter(Boolean);
	const ok = sources.length > 0 && sources.every((s) => s === '*' || s === "'self'" || /^(https?:\/\/)?(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/i.test(s));
	return ok ? sources.join(' ') : '*';
}

/** The CSP of an embed page: SvelteKit's own with only `frame-ancestors` opened. */
export function embedCsp(csp: string, ancestors = embedFrameAncestors()): string {
	return csp.replace(/frame-ancestors [^;]*/, `frame-ancestors ${ancestors}`);
}

/** The interface language of an embed: its `lang` when that is a locale of the site, else Swedish. */
export function embedLocale(lang: string | null): Locale {
	return isLocale(lang) ? lang : 'sv';
}

type Named = { slug: string; nameSv: string; nameEn: string };
type Vocab = { districts: Named[]; categories: Named[]; audiences: Named[]; languages: Named[] };

/** What a filter set shows, in words, for the frame's title and heading ("Sanna, Motion"). */
export function describeFilters(f: ActivityFilters, vocab: Vocab, locale: Locale): string[] {
	const named = (chosen: string[], list: Named[]) =>
		list.filter((o) => chosen.includes(o.slug)).map((o) => (locale === 'en' ? o.nameEn : o.nameSv));
	return [
		...named(f.districts, vocab.districts),
		...named(f.categories, vocab.categories),
		...named(f.audiences, vocab.audiences),
		...named(f.languages, vocab.languages),
		...(f.q ? [`”${f.q}”`] : [])
	];
}

/** The HTML a host pastes: the frame with its title and a height that works without the script, then the script. */
export function embedSnippet(origin: string, path: string, title: string): string {
	const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	return (
		`<iframe src="${attr(origin + path)}" title="${attr(title)}" style="width:100%;height:40em;border:0"></iframe>\n` +
		`<script src="${attr(origin)}/inbaddning.js" async></script>`
	);
}
