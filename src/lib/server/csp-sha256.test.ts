import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sha256 } from './csp-sha256';
import { KIT_CSP_MODULE } from './kit-csp-module.js';

describe("the CSP's script hashes", () => {
	it('are what SvelteKit would compute itself, for ASCII, åäö, emoji and a page-sized script', async () => {
		const kit = (await import(/* @vite-ignore */ resolve('node_modules/@sveltejs/kit/src/runtime/server/page/crypto.js'))) as { sha256: (s: string) => string };
		const page = `kit.start(app, element, { data: ${JSON.stringify({ title: 'Sittgympa på Träffpunkt Centrum 💪', items: Array.from({ length: 400 }, (_, i) => i) })} });`;
		for (const s of ['', 'abc', 'Ålder är ingen gräns – välkommen!', '💪🏽 ok', page]) expect(sha256(s)).toBe(kit.sha256(s));
	});

	it('replace the module SvelteKit imports for them (the plugin in vite.config.ts matches its path)', () => {
		const csp = resolve('node_modules/@sveltejs/kit/src/runtime/server/page/csp.js');
		expect(existsSync(csp)).toBe(true);
		expect(KIT_CSP_MODULE.test(csp)).toBe(true);
		expect(readFileSync(csp, 'utf8')).toContain("import { sha256 } from './crypto.js';");
	});
});
