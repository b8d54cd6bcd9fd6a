import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// A separate build directory gets its own intermediate output, so parallel builds do not collide.
		outDir: process.env.BUILD_DIR ? `.svelte-kit-${process.env.BUILD_DIR}` : '.svelte-kit',
		adapter: adapter({ out: process.env.BUILD_DIR ?? 'build', precompress: true }),
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'img-src': ['self', 'data:', 'https:'],
				'style-src': ['self', 'unsafe-inline'],
				'script-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
