import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BUILD_DIR, REPO_ROOT, TEST_TOTP_KEY, fetchAgain as fetch, portAt, startApp, tempDir } from '../support/servers';

/** A production start as the README's "Drift" section describes it: no demo data, ORIGIN set. */
test.describe.configure({ mode: 'serial' });

test('refuses to start without ORIGIN or the TOTP key, and says why', async () => {
	const dir = tempDir('noorigin');
	const app = await startApp(portAt(21), { DATABASE_URL: join(dir, 'app.db') }, { waitForHealth: false });
	expect(await app.exited).not.toBe(0);
	expect(app.output()).toContain('Cannot start: ORIGIN must be the public address');
	expect(app.output()).toContain('Cannot start: TOTP_ENCRYPTION_KEY');
});

test('first admin from the command line, then sign-in; a calm 413; security headers; /healthz', async ({ page }) => {
	test.setTimeout(120_000);
	const dir = tempDir('prod');
	const port = portAt(22);
	const origin = `https://traffpunkt.test.invalid`;
	const env = { DATABASE_URL: join(dir, 'app.db'), ORIGIN: origin, TOTP_ENCRYPTION_KEY: TEST_TOTP_KEY, OUTBOX_DIR: join(dir, 'outbox') };
	const app = await startApp(port, env);
	try {
		const health = await (await fetch(`${app.url}/healthz`)).json();
		expect(health).toMatchObject({ ok: true, database: 'ok', migrations: 'current' });
		const db = new Database(env.DATABASE_URL, { readonly: true });
		expect((db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n, 'no demo data').toBe(0);
		db.close();

		// create-admin prints a one-time link built from ORIGIN (never from a Host header).
		const printed = execFileSync('npx', ['tsx', 'src/lib/server/seed/create-admin.ts', '--email', 'Anna.Admin@karlskoga.test', '--name', 'Anna Admin'], { cwd: REPO_ROOT, env: { ...process.env, ...env } }).toString();
		const link = /https:\/\/traffpunkt\.test\.invalid(\/konto\/losenord\/[A-Za-z0-9_-]+)/.exec(printed);
		expect(link, printed).not.toBeNull();
		const again = (() => {
			try {
				execFileSync('npx', ['tsx', 'src/lib/server/seed/create-admin.ts', '--email', 'anna.admin@karlskoga.test', '--name', 'Anna'], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: 'pipe' });
				return 0;
			} catch (e) {
				return (e as { status: number }).status;
			}
		})();
		expect(again, 'a second admin with the same address is refused').toBe(1);

		// The set-password page refuses a common password and one made of the person's name.
		const post = (path: string, form: Record<string, string>) =>
			fetch(`${app.url}${path}`, { method: 'POST', redirect: 'manual', headers: { Origin: origin, Accept: 'text/html', 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) });
		const common = await post(link![1], { password: 'password1234', repeat: 'password1234' });
		expect(common.status).toBe(400);
		expect(await common.text()).toContain('för vanligt eller för lätt att gissa');
		const named = await post(link![1], { password: 'anna admin 2026!', repeat: 'anna admin 2026!' });
		expect(await named.text()).toContain('får inte innehålla ditt namn');
		const good = await post(link![1], { password: 'stickning vid älven i maj', repeat: 'stickning vid älven i maj' });
		expect(good.status).toBe(303);
		// Staff must enrol two-factor before the staff pages (require_totp is on outside the demo).
		const cookie = good.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
		const staff = await fetch(`${app.url}/personal`, { redirect: 'manual', headers: { Cookie: cookie } });
		expect(staff.status).toBe(303);
		expect(staff.headers.get('location')).toContain('/konto/tvastegs/aktivera');
		// The used link is gone from the outbox? (No mail here: the CLI prints it.) The link no longer works.
		expect(await (await fetch(`${app.url}${link![1]}`)).text()).toContain('Länken fungerar inte längre');

		// Security headers on pages and on static files alike; HSTS because ORIGIN is https.
		const asset = readdirSync(join(REPO_ROOT, BUILD_DIR, 'client', '_app', 'immutable', 'entry')).find((f) => f.endsWith('.js'))!;
		for (const path of ['/', `/_app/immutable/entry/${asset}`, '/favicon.svg']) {
			const res = await fetch(`${app.url}${path}`);
			expect(res.status, path).toBe(200);
			expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
			expect(res.headers.get('permissions-policy'), path).toContain('camera=()');
			expect(res.headers.get('strict-transport-security'), path).toBe('max-age=31536000; includeSubDomains');
		}

		// An oversized body: a calm page, status 413, one log line and no stack trace.
		const before = app.output().length;
		const big = await fetch(`${app.url}/tillganglighet`, {
			method: 'POST',
			headers: { Origin: origin, Accept: 'text/html', 'Content-Type': 'application/x-www-form-urlencoded' },
			body: `message=${'x'.repeat(4 * 1024 * 1024)}&page=&contact=`
		});
		expect(big.status).toBe(413);
		const html = await big.text();
		expect(html).toContain('Det du skickade är för stort');
		expect(html).not.toMatch(/at .*\.js:\d+|SvelteKitError|BODY_SIZE_LIMIT/);
		const log = app.output().slice(before);
		expect(log).toContain('"event":"http.too_large"');
		expect(log).not.toMatch(/\n\s+at /);
		await page.setContent(html.replace(/<script[\s\S]*?<\/script>/g, ''));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Det du skickade är för stort');
		// A cross-site post is refused and logged.
		const foreign = await fetch(`${app.url}/konto/logga-in`, { method: 'POST', headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'email=a%40b.se&password=x' });
		expect(foreign.status).toBe(403);
		await expect.poll(() => app.output()).toContain('"event":"http.forbidden"');
	} finally {
		await app.stop();
		await test.info().attach('server output', { body: app.output() });
	}
});

test('a static file that vanished after start gets a 404, and the server keeps running', async () => {
	test.setTimeout(120_000);
	const dir = tempDir('vanish');
	// Inside the project, so that the copy finds node_modules as the real build does.
	const build = join(REPO_ROOT, 'tests', '.tmp', `vanish-build-${portAt(23)}`);
	rmSync(build, { recursive: true, force: true });
	cpSync(join(REPO_ROOT, BUILD_DIR), build, { recursive: true });
	const app = await startApp(portAt(23), { DEMO_DATA: '1', DATABASE_URL: join(dir, 'app.db'), ORIGIN: `http://127.0.0.1:${portAt(23)}`, BUILD_DIR: build });
	try {
		const nodes = join(build, 'client', '_app', 'immutable', 'nodes');
		const file = readdirSync(nodes).find((f) => f.endsWith('.js'))!;
		for (const suffix of ['', '.br', '.gz']) rmSync(join(nodes, file + suffix), { force: true });
		for (const encoding of ['br', 'gzip', 'identity']) {
			const res = await fetch(`${app.url}/_app/immutable/nodes/${file}`, { headers: { 'Accept-Encoding': encoding } });
			expect(res.status, encoding).toBe(404);
		}
		expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
		expect(app.proc.exitCode).toBeNull();
		expect(app.output()).toContain('"event":"static.vanished"');
	} finally {
		await app.stop();
		rmSync(build, { recursive: true, force: true });
	}
});
