/** Options of the embeddable pages (/inbaddning/…), read from their URL. Pure; see embed.test.ts. */
export const EMBED_LANGS = ['sv', 'fi', 'en'] as const;
export type EmbedLang = (typeof EMBED_LANGS)[number];
export const EMBED_THEMES = ['ljus', 'kontrast'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];
/** The parameters that style an embed rather than filter it (the page cache keys on them too). */
export const EMBED_PARAMS = ['lang', 'antal', 'tema', 'farg', 'lank'] as const;

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 50;
export const DEFAULT_COLOUR = '0b5a4a';
/** WCAG 2.1 AA for normal text: links and white button text on the colour both need it. */
export const MIN_CONTRAST = 4.5;

export type EmbedOptions = {
	lang: EmbedLang;
	theme: EmbedTheme;
	limit: number;
	/** Six hex digits without '#', always readable on white. */
	colour: string;
	/** Why the colour is not the one asked for. */
	colourNote: 'invalid' | 'darkened' | null;
	newWindow: boolean;
};

const HEX = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i;

export function parseEmbedOptions(params: URLSearchParams): EmbedOptions {
	const lang = EMBED_LANGS.find((l) => l === params.get('lang')) ?? 'sv';
	const theme = EMBED_THEMES.find((t) => t === params.get('tema')) ?? 'ljus';
	const n = Number(params.get('antal') ?? DEFAULT_LIMIT);
	const limit = Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_LIMIT) : DEFAULT_LIMIT;
	const { colour, note } = readableColour(params.get('farg'));
	return { lang, theme, limit, colour, colourNote: note, newWindow: params.get('lank') === 'nytt-fonster' };
}

/** The asked colour, darkened (same hue) until it has 4.5:1 against white; the default when unreadable input. */
export function readableColour(raw: string | null): { colour: string; note: EmbedOptions['colourNote'] } {
	if (!raw) return { colour: DEFAULT_COLOUR, note: null };
	const m = HEX.exec(raw.trim());
	if (!m) return { colour: DEFAULT_COLOUR, note: 'invalid' };
	let hex = m[1].toLowerCase();
	if (hex.length === 3) hex = [...hex].map((c) => c + c).join('');
	if (contrastRatio(hex, 'ffffff') >= MIN_CONTRAST) return { colour: hex, note: null };
	let rgb = toRgb(hex);
	while (contrastRatio(toHex(rgb), 'ffffff') < MIN_CONTRAST) rgb = rgb.map((c) => Math.floor(c * 0.95)) as Rgb;
	return { colour: toHex(rgb), note: 'darkened' };
}

type Rgb = [number, number, number];
const toRgb = (hex: string): Rgb => [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const toHex = (rgb: Rgb) => rgb.map((c) => c.toString(16).padStart(2, '0')).join('');

function luminance(hex: string) {
	const [r, g, b] = toRgb(hex).map((c) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string) {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

/** The embed's own parameters that differ from the defaults, for links and the snippet. */
export function embedOptionParams(o: Pick<EmbedOptions, 'lang' | 'theme' | 'limit' | 'colour' | 'newWindow'>) {
	const p = new URLSearchParams();
	if (o.lang !== 'sv') p.set('lang', o.lang);
	if (o.theme !== 'ljus') p.set('tema', o.theme);
	if (o.limit !== DEFAULT_LIMIT) p.set('antal', String(o.limit));
	if (o.colour !== DEFAULT_COLOUR) p.set('farg', o.colour);
	if (o.newWindow) p.set('lank', 'nytt-fonster');
	return p;
}

/** "12", "12-kaffe-och-prat" → 12: an event is named by its id, optionally followed by its slug. */
export function eventRef(ref: string): number | null {
	const m = /^(\d{1,9})(?:-[a-z0-9-]{0,120})?$/.exec(ref);
	return m ? Number(m[1]) : null;
}
