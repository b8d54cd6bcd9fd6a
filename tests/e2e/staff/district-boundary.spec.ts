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

		// The boundary moved 10 m east, exported in SWEREF 99 TM (as a municipal GIS would), comes back as
		// longitude/latitude. (The very same boundary again would be no change, and nothing would be written.)
		const toSweref = proj4('WGS84', SWEREF99TM);
		const swerefRing = before.coordinates.map((r) => r.map((p) => toSweref.forward([p[0], p[1]])).map(([e, n]) => [e + 10, n]));
		const expected = swerefRing.map((r) => r.map((p) => toSweref.inverse(p)));
		const sweref = { type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3006' } }, features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: swerefRing } }] };
		await section.locator('input[type="file"]').setInputFiles({ name: 'stadsdel-sweref.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(sweref)) });
		await section.getByRole('button', { name: /^Spara/ }).click();
		// Nothing is saved yet: the new shape is shown over the current one, with a plain summary.
		const preview = section.getByTestId('boundary-preview');
		await expect(preview.getByRole('heading', { name: `Förhandsgranska ny gräns för ${d.name}` })).toBeFocused();
		await expect(preview).toContainText('stadsdel-sweref.geojson');
		await expect(preview).toContainText('omräknade till longitud och latitud');
		await expect(preview).toContainText(`Ny gräns: en yta, ${before.coordinates[0].length - 1} punkter`);
		await expect(preview.locator('.map-box')).toHaveAttribute('data-ready', 'true');
		await expect(preview.locator('.leaflet-overlay-pane path')).toHaveCount(2);
		expect(dbGet<{ boundary: string }>('SELECT boundary FROM districts WHERE id = ?', d.id)!.boundary).toBe(d.boundary);
		await expectNoAxeViolations(page);
		await preview.getByRole('button', { name: /^Spara/ }).click();
		await expect(section.getByRole('status')).toHaveText('Sparat. Gränsen var i SWEREF 99 TM och är omräknad till longitud och latitud.');
		const after = JSON.parse(dbGet<{ boundary: string }>('SELECT boundary FROM districts WHERE id = ?', d.id)!.boundary) as Boundary;
		after.coordinates[0].forEach((p, i) => {
			expect(p[0]).toBeCloseTo(expected[0][i][0], 5);
			expect(p[1]).toBeCloseTo(expected[0][i][1], 5);
		});
		const log = dbGet<{ details: string }>(`SELECT details FROM audit_log WHERE action = 'district.updated' AND entity_id = ? ORDER BY id DESC LIMIT 1`, d.id)!;
		expect(JSON.parse(log.details).previousBoundary).toEqual(before);
		await expectNoAxeViolations(page);
		await closeAll(staff);
	});
}

test('district boundary preview: Avbryt keeps the old boundary; without JavaScript the preview is a summary and a drawing, and Spara saves', async ({ browser }) => {
	test.setTimeout(60_000);
	const d = district();
	const before = JSON.parse(d.boundary) as Boundary;
	// The same shape moved a little to the east, named as the district.
	const moved = { type: 'Feature', properties: { name: d.name }, geometry: { type: 'Polygon', coordinates: before.coordinates.map((r) => r.map((p) => [Math.round((p[0] + 0.001) * 1e6) / 1e6, p[1]])) } };
	const upload = async (page: import('@playwright/test').Page) => {
		await page.goto('/personal/stadsdelar');
		const section = page.locator('section.district', { has: page.getByRole('heading', { name: d.name, exact: true }) });
		await section.locator('input[type="file"]').setInputFiles({ name: 'flyttad.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(moved)) });
		await section.getByRole('button', { name: /^Spara/ }).click();
		return section;
	};

	const withJs = await contextAs(browser, ACCOUNTS.moderator);
	const page = await withJs.newPage();
	let section = await upload(page);
	await expect(section.getByTestId('boundary-preview')).toContainText(`Namnet i filen, ”${d.name}”, stämmer med stadsdelen.`);
	await section.getByRole('link', { name: /^Avbryt/ }).click();
	await expect(page.locator(`#b-${d.id}`)).toBeVisible();
	expect(dbGet<{ boundary: string }>('SELECT boundary FROM districts WHERE id = ?', d.id)!.boundary).toBe(d.boundary);

	const noJs = await contextAs(browser, ACCOUNTS.moderator, undefined, { javaScriptEnabled: false, viewport: { width: 390, height: 900 } });
	const plain = await noJs.newPage();
	section = await upload(plain);
	const preview = section.getByTestId('boundary-preview');
	await expect(preview).toContainText('Nuvarande gräns: en yta');
	await expect(preview.getByRole('img', { name: /streckad linje är den nuvarande/ })).toBeVisible();
	await expect(preview.locator('svg path')).toHaveCount(2);
	await preview.getByRole('button', { name: /^Spara/ }).click();
	await expect(section.getByRole('status')).toHaveText('Sparat.');
	const after = JSON.parse(dbGet<{ boundary: string }>('SELECT boundary FROM districts WHERE id = ?', d.id)!.boundary) as Boundary;
	expect(after).toEqual(moved.geometry);
	const log = dbGet<{ details: string }>(`SELECT details FROM audit_log WHERE action = 'district.updated' AND entity_id = ? ORDER BY id DESC LIMIT 1`, d.id)!;
	expect(JSON.parse(log.details).previousBoundary).toEqual(before);
	await closeAll(withJs, noJs);
});
