/** SvelteKit's CSP code, which imports its `sha256` from './crypto.js' (matched by the plugin in vite.config.ts). */
export const KIT_CSP_MODULE = /@sveltejs[/\\]kit[/\\]src[/\\]runtime[/\\]server[/\\]page[/\\]csp\.js$/;
