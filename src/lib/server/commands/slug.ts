import type { Db } from '../db';

const TABLES = { venues: 'venues', organisations: 'organisations' } as const;

/** "Café Ängen" → "cafe-angen", numbered when taken (`ownId` keeps a record's own slug). */
export function uniqueSlug(db: Db, table: keyof typeof TABLES, name: string, fallback: string, ownId?: number) {
	const base =
		name
			.toLowerCase()
			.replace(/[åä]/g, 'a')
			.replace(/ö/g, 'o')
			.replace(/é/g, 'e')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 60) || fallback;
	const taken = db.$client.prepare(`SELECT id FROM ${TABLES[table]} WHERE slug = ?`);
	for (let i = 1; ; i++) {
		const slug = i === 1 ? base : `${base}-${i}`;
		const hit = taken.get(slug) as { id: number } | undefined;
		if (!hit || hit.id === ownId) return slug;
	}
}
