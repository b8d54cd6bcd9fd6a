import { defineConfig, devices } from '@playwright/test';

const PORT = 4173;
const executablePath = process.env.CHROMIUM_PATH || undefined;

export default defineConfig({
	testDir: './e2e',
	outputDir: './.tmp/test-results',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	timeout: 30_000,
	reporter: [['list'], ['json', { outputFile: './.tmp/playwright.json' }]],
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
		command: 'rm -f tests/.tmp/e2e.db* && node build',
		cwd: '..',
		url: `http://127.0.0.1:${PORT}/`,
		timeout: 120_000,
		reuseExistingServer: false,
		env: {
			PORT: String(PORT),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${PORT}`,
			DATABASE_URL: 'tests/.tmp/e2e.db',
			DEMO_DATA: '1',
			PUBLIC_TILE_URL: ''
		}
	}
});
