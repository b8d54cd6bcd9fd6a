import { expect, test } from '@playwright/test';
import proj4 from 'proj4';
import { ACCOUNTS, closeAll, contextAs, dbGet } from '../pages/backoffice';
import { expectNoAxeViolations } from '../support/axe';

const SWEREF99TM = '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs +type=crs';
const PARIS = { type: 'Feature', properties: { name: 'Paris' }, geometry: { type: 'Polygon', coordinates: [[[2.29, 48.85], [2.4, 48.85], [2.4, 48.9], [2.29, 48.85]]] } };

type Boundary = { type: 'Polygon'; coordinates: number[][][] };
const district = () => dbGet<{ id: number; name: string; boundary: string }>(`SELECT id, name, boundary FROM districts WHERE boundary IS NOT NULL ORDER BY id LIMIT 1`)!;

// Both widths upload to the same district: one after the other.
test.describe.configure({ mode: 'serial' });

for (const width of [1280, 390]) {
	test(`district boundary upload: a Paris file is refused, a SWEREF 99 TM file is converted, the old boundary kept in the log (${width} px)`, async ({ browser }) => {
		test.setTimeout(60_000);
		const d = district();
		const before = JSON.parse(d.boundary) as Boundary;
		const staff = await contextAs(browser, ACCOUNTS.moderator, undefined, { viewport: { width, height: 900 } });
		const page = await staff.newPage();
		await page.goto('/personal/stadsdelar');
		const section = page.locator('section.district', { has: page.getByRole('heading', { name: d.name, exact: true }) });

		await section.locator('input[type="file"]').setInputFiles({ name: 'paris.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(PARIS)) });
		await section.getByRole('button', { name: /^Spara/ }).click();
		await expect(page.locator(`#b-${d.id}-error`)).toContainText('utanför Karlskoga kommun');
		await expect(page.locator(`#b-${d.id}`)).toBeFocused();
		expect(dbGet<{ boundary: string }>('SELECT boundary FROM districts WHERE id = ?', d.id)!.boundary).toBe(d.boundary);
		await expectNoAxeViolations(page);

		// The same boundary exported in SWEREF 99 TM (as a municipal GIS would) comes back as longitude/latitude.
		const toSweref = proj4('WGS84', SWEREF99TM);
		const sweref = { type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3006' } }, features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: before.coordinates.map((r) => r.map((p) => toSweref.forward([p[0], p[1]]))) } }] };
		await section.locator('input[type="file"]').setInputFiles({ name: 'stadsdel-sweref.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(sweref)) });
		await section.getByRole('button', { name: /^Spara/ }).click();
		await expect(section.getByRole('status')).toHaveText('Sparat. Gränsen var i SWEREF 99 TM och är omräknad till longitud och latitud.');
		const after = JSON.parse(dbGet<{ boundary: string }>('SELECT boundary FROM districts WHERE id = ?', d.id)!.boundary) as Boundary;
		after.coordinates[0].forEach((p, i) => {
			expect(p[0]).toBeCloseTo(before.coordinates[0][i][0], 5);
			expect(p[1]).toBeCloseTo(before.coordinates[0][i][1], 5);
		});
		const log = dbGet<{ details: string }>(`SELECT details FROM audit_log WHERE action = 'district.updated' AND entity_id = ? ORDER BY id DESC LIMIT 1`, d.id)!;
		expect(JSON.parse(log.details).previousBoundary).toEqual(before);
		await expectNoAxeViolations(page);
		await closeAll(staff);
	});
}
