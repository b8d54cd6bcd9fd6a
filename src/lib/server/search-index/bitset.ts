/**
 * A dense set of small integers (event slots) in a Uint32Array. The index keeps one per facet value
 * over at most a few ten thousand activities, so every set is a few kilobytes at most and the
 * operations are plain word loops; a compressed bitmap (Roaring) pays off only for sparse sets over
 * far larger universes, and would add a native build.
 */
export class Bitset {
	words: Uint32Array;

	constructor(size = 0) {
		this.words = new Uint32Array(Math.max(1, Math.ceil(size / 32)));
	}

	get capacity() {
		return this.words.length * 32;
	}

	/** Grows (never shrinks) so that `size` bits fit; new bits are clear. */
	grow(size: number) {
		if (size <= this.capacity) return;
		const words = new Uint32Array(Math.ceil(size / 32) * 2);
		words.set(this.words);
		this.words = words;
	}

	has(i: number) {
		return (this.words[i >>> 5] & (1 << (i & 31))) !== 0;
	}

	add(i: number) {
		this.grow(i + 1);
		this.words[i >>> 5] |= 1 << (i & 31);
	}

	delete(i: number) {
		if (i < this.capacity) this.words[i >>> 5] &= ~(1 << (i & 31));
	}

	clear() {
		this.words.fill(0);
	}

	/** A copy sized to hold `size` bits. */
	copy(size = this.capacity) {
		const out = new Bitset(Math.max(size, this.capacity));
		out.words.set(this.words);
		return out;
	}

	/** In place: keeps only what is also in `other` (missing words of `other` count as empty). */
	and(other: Bitset) {
		const w = this.words;
		const o = other.words;
		const n = Math.min(w.length, o.length);
		for (let i = 0; i < n; i++) w[i] &= o[i];
		if (w.length > n) w.fill(0, n);
		return this;
	}

	/** In place: adds everything in `other`. */
	or(other: Bitset) {
		this.grow(other.capacity);
		const w = this.words;
		const o = other.words;
		for (let i = 0; i < o.length; i++) w[i] |= o[i];
		return this;
	}

	count() {
		let n = 0;
		for (let i = 0; i < this.words.length; i++) n += popcount(this.words[i]);
		return n;
	}

	/** Calls `fn` for every member, in increasing order. */
	forEach(fn: (i: number) => void) {
		const w = this.words;
		for (let i = 0; i < w.length; i++) {
			let word = w[i];
			while (word !== 0) {
				const low = word & -word;
				fn(i * 32 + 31 - Math.clz32(low));
				word ^= low;
			}
		}
	}

	toArray() {
		const out: number[] = [];
		this.forEach((i) => out.push(i));
		return out;
	}
}

function popcount(x: number) {
	x -= (x >>> 1) & 0x55555555;
	x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
	x = (x + (x >>> 4)) & 0x0f0f0f0f;
	return Math.imul(x, 0x01010101) >>> 24;
}
