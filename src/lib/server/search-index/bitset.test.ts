import { describe, expect, it } from 'vitest';
import { Bitset } from './bitset';
import { compareBinary } from './compare';

describe('Bitset', () => {
	it('adds, removes, combines and lists members in order across word boundaries', () => {
		const a = new Bitset(10);
		for (const i of [0, 31, 32, 33, 95, 200]) a.add(i);
		a.delete(33);
		expect(a.toArray()).toEqual([0, 31, 32, 95, 200]);
		expect(a.count()).toBe(5);
		const b = new Bitset();
		for (const i of [31, 95, 300]) b.add(i);
		expect(a.copy().and(b).toArray()).toEqual([31, 95]);
		expect(a.copy().or(b).toArray()).toEqual([0, 31, 32, 95, 200, 300]);
		expect(b.copy().and(new Bitset(1)).count()).toBe(0);
		expect(a.has(200) && !a.has(201)).toBe(true);
	});
});

describe('compareBinary', () => {
	it('orders as SQLite BINARY does (code points, so astral characters sort last)', () => {
		const words = ['b', 'Å', 'a', 'Z', '\u{1F3B5}', '\uFF21', 'aa', ''];
		expect([...words].sort(compareBinary)).toEqual(['', 'Z', 'a', 'aa', 'b', 'Å', '\uFF21', '\u{1F3B5}']);
	});
});
