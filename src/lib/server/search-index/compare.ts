/**
 * Compares strings by Unicode code point, as SQLite's BINARY collation orders UTF-8 text
 * (JavaScript's `<` compares UTF-16 units, which differs for characters beyond U+FFFF).
 */
export function compareBinary(a: string, b: string): number {
	if (a === b) return 0;
	const n = Math.min(a.length, b.length);
	for (let i = 0; i < n; i++) {
		let x = a.charCodeAt(i);
		let y = b.charCodeAt(i);
		if (x === y) continue;
		if (x >= 0xd800) x += x >= 0xe000 ? -0x800 : 0x2000;
		if (y >= 0xd800) y += y >= 0xe000 ? -0x800 : 0x2000;
		return x - y;
	}
	return a.length - b.length;
}
