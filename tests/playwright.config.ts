import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const BUILD_DIR = process.env.BUILD_DIR ?? 'build';
// E2E_POSTGRES=postgres://…: the app serves from a new schema on that server instead of an SQLite file.
const PG = process.env.E2E_POSTGRES;
// The schema's name is fixed once here; the test workers inherit it (pages/backoffice.ts reads it).
if (PG) process.env.E2E_DATABASE ??= `${PG}?schema=e2e_${PORT}_${Date.now()}`;
const DB = PG ? process.env.E2E_DATABASE! : `tests/.tmp/e2e-${PORT}.db`;
const executablePath = process.env.CHROMIUM_PATH || undefined;

export default defineConfig({
	testDir: './e2e',
	outputDir: `./.tmp/test-results-${PORT}`,
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	timeout: 30_000,
	reporter: [['list'], ['json', { outputFile: process.env.PW_JSON ?? './.tmp/playwright.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		locale: 'sv-SE',
		timezoneId: 'Europe/Stockholm',
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath,
					args: [
						'--headless',
						'--no-sandbox',
						'--disable-gpu',
						'--disable-quic',
						'--no-first-run',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync'
					]
				}
			}
		}
	],
	webServer: {
		command: PG ? 'node server.js' : `rm -f ${DB}* && node server.js`,
		cwd: '..',
		url: `http://127.0.0.1:${PORT}/`,
		timeout: 120_000,
		reuseExistingServer: false,
		env: {
			PORT: String(PORT),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${PORT}`,
			DATABASE_URL: DB,
			DEMO_DATA: '1',
			// Every test posts from 127.0.0.1: the per-client limit of accessibility reports is tested behind a proxy (ops/proxy.spec.ts).
			REPORTS_PER_HOUR: '1000',
			BUILD_DIR,
			PUBLIC_TILE_URL: '',
			// Calendar import tests serve their ICS files from 127.0.0.1.
			IMPORT_ALLOW_PRIVATE_ADDRESSES: '1'
		}
	}
});
