import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../src/lib/server/db/index';
import { seedDatabase } from '../../src/lib/server/seed/index';

let db: Db;
let handleVenueForm: typeof import('../../src/lib/server/venue-form').handleVenueForm;

beforeAll(async () => {
	const path = join(mkdtempSync(join(tmpdir(), 'traffpunkt-venue-')), 'venue.db');
	process.env.DATABASE_URL = path; // getDb() opens it lazily
	db = openDatabase(path);
	await seedDatabase(db, { now: new Date('2026-11-23T08:00:00Z') });
	({ handleVenueForm } = await import('../../src/lib/server/venue-form'));
});

const post = (fields: Record<string, string>) => {
	const body = new FormData();
	for (const [k, v] of Object.entries(fields)) body.set(k, v);
	return new Request('http://x/personal/platser/ny', { method: 'POST', body });
};

describe('the venue form', () => {
	it('keeps commas in texts and reads a decimal comma only in the coordinates', async () => {
		const admin = db.$client.prepare(`SELECT id FROM users WHERE role = 'admin' LIMIT 1`).get() as { id: number };
		const thrown = await handleVenueForm(
			post({
				name: 'Testlokalen', kind: 'association', district: 'centrum', address: 'Storgatan 1, ingång B', postcode: '691 31',
				lat: '59,327', lng: '14,524', description: 'Vi har kaffe, te och bullar.', busStop: 'Torget, läge A', approved: 'on'
			}),
			{ kind: 'staff', userId: admin.id, role: 'admin' },
			null
		).catch((e: unknown) => e);
		expect(thrown).toMatchObject({ status: 303 });
		const row = db.$client.prepare(`SELECT address, description, bus_stop AS busStop, lat, lng FROM venues WHERE name = 'Testlokalen'`).get();
		expect(row).toEqual({ address: 'Storgatan 1, ingång B', description: 'Vi har kaffe, te och bullar.', busStop: 'Torget, läge A', lat: 59.327, lng: 14.524 });
	});
});
