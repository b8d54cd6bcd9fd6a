import { expect, test } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { ACCOUNTS, apiAs, dbGet } from '../pages/backoffice';
import { DEMO } from '../support/demo';

/**
 * The server-rendered HTML of the public pages (and the organiser's event form) passes the Nu Html
 * Checker, the W3C's own validator (vnu.jar from the vnu-jar package; it needs a Java runtime).
 */
const hasJava = spawnSync('java', ['-version']).status === 0;
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

test('public pages and the event form pass the Nu Html Checker', async () => {
	test.skip(!hasJava, 'no Java runtime for vnu.jar');
	test.setTimeout(120_000);
	const event = dbGet<{ id: number }>(`SELECT id FROM events WHERE status = 'published' ORDER BY id LIMIT 1`)!.id;
	const pages = [
		'/',
		'/aktiviteter',
		`/aktiviteter?stadsdel=${DEMO.district.slug}&kategori=${DEMO.category.slug}`,
		`/aktiviteter/${event}`,
		'/platser',
		`/platser/${DEMO.meetingPoint.slug}`,
		'/stadsdelar',
		`/stadsdelar/${DEMO.district.slug}`,
		'/karta',
		`/program?stadsdel=${DEMO.district.slug}`,
		'/tillganglighet',
		'/personuppgifter',
		'/oppna-data',
		`/prenumerera?aktivitet=${event}`,
		'/prenumerera?stadsdel=centrum',
		'/konto/logga-in',
		'/konto/ansok',
		'/inbaddning?stadsdel=centrum',
		`/inbaddning/lista?stadsdel=${DEMO.district.slug}&lank=nytt-fonster`,
		`/inbaddning/aktivitet/${event}?tema=kontrast`
	];
	const dir = mkdtempSync(join(tmpdir(), 'traffpunkt-nu-'));
	const files: Record<string, string> = {};
	const anonymous = await apiAs(null);
	const organiser = await apiAs(ACCOUNTS.organiser);
	for (const [ctx, list] of [[anonymous, pages], [organiser, ['/forening/aktiviteter/ny']]] as const)
		for (const path of list) {
			const res = await ctx.get(path);
			expect(res.status(), path).toBe(200);
			const file = join(dir, `${Object.keys(files).length}.html`);
			writeFileSync(file, await res.text());
			files[`file:${file}`] = path;
		}
	let report = '';
	try {
		report = execFileSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...Object.keys(files).map((f) => f.slice(5))], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	} catch (e) {
		// vnu exits 1 when it finds errors and writes its JSON report to stderr.
		report = (e as { stderr?: string }).stderr ?? '';
	}
	const messages = report.trim() ? (JSON.parse(report) as { messages: { url: string; message: string; extract?: string }[] }).messages : [];
	expect(messages.map((m) => `${files[m.url] ?? m.url}: ${m.message} ${m.extract ?? ''}`)).toEqual([]);
});
