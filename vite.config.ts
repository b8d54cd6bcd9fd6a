import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { KIT_CSP_MODULE } from './src/lib/server/kit-csp-module.js';


/**
 * SvelteKit hashes each page's inline script (the page data) with a JavaScript SHA-256; on a list
 * page that was a tenth of the server's time per request. This gives its CSP code Node's native
 * hash instead (src/lib/server/csp-sha256.ts; same digests, tested). If a SvelteKit update moves
 * the module, nothing matches and its own hash is used: the test in csp-sha256.test.ts says so.
 */
function nativeCspHash(): Plugin {
	const replacement = fileURLToPath(new URL('./src/lib/server/csp-sha256.ts', import.meta.url));
	return {
		name: 'traffpunkt:native-csp-hash',
		enforce: 'pre',
		resolveId(source, importer, options) {
			if (options?.ssr !== false && source === './crypto.js' && importer && KIT_CSP_MODULE.test(importer)) return replacement;
			return null;
		}
	};
}

export default defineConfig({
	plugins: [nativeCspHash(), sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tests/integration/**/*.test.ts'],
		// TEST_BACKEND=postgres runs the same tests with every database on a PostgreSQL server.
		globalSetup: process.env.TEST_BACKEND === 'postgres' ? ['tests/integration/support/pg-global.ts'] : [],
		environment: 'node',
		expect: { requireAssertions: true },
		testTimeout: 30_000,
		// Seeding the demo in a hook takes a few seconds, more when test files run side by side.
		hookTimeout: 120_000,
		// Mail without SMTP is written to files: keep them out of data/.
		env: { OUTBOX_DIR: 'tests/.tmp/outbox' }
	}
});
