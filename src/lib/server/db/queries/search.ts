export type TextQuery = { match: string } | { like: string[] };

/**
 * Turns what a person typed into a safe query on the trigram index: words only (letters, digits),
 * each matched anywhere in a word ("café" finds Stickcafé), all required. Words of one or two letters
 * are too short for trigrams: they are dropped when longer words remain, and otherwise searched with
 * LIKE in the title, organisation and place. Returns null when nothing searchable remains.
 */
export function toTextQuery(text: string): TextQuery | null {
	const words = text
		.toLowerCase()
		.normalize('NFC')
		.match(/[\p{L}\p{N}]+/gu);
	if (!words) return null;
	const long = words.filter((w) => [...w].length >= 3).slice(0, 8);
	if (long.length) return { match: long.map((w) => `"${w}"`).join(' ') };
	return { like: words.slice(0, 3).map((w) => `%${w}%`) };
}
