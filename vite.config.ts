import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tests/integration/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		testTimeout: 30_000,
		// Seeding the demo in a hook takes a few seconds, more when test files run side by side.
		hookTimeout: 120_000,
		// Mail without SMTP is written to files: keep them out of data/.
		env: { OUTBOX_DIR: 'tests/.tmp/outbox' }
	}
});
