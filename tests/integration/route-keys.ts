/**
 * Every page, form action and endpoint the app has, read from the route modules themselves (no
 * server, no file scanning by hand): `page <id>`, `action <id> <name>`, `endpoint <id> <METHOD>`.
 */
const pageFiles = import.meta.glob('../../src/routes/**/+page.{svelte,server.ts}');
const serverPages = import.meta.glob('../../src/routes/**/+page.server.ts');
const endpoints = import.meta.glob('../../src/routes/**/+server.ts');

/** "/forening/aktiviteter/[id=id]" for ../../src/routes/forening/aktiviteter/[id=id]/+page.svelte (groups dropped). */
export function routeId(file: string) {
	const parts = file.replace(/^.*\/src\/routes\//, '').split('/').slice(0, -1).filter((s) => !/^\(.*\)$/.test(s));
	return '/' + parts.join('/');
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'fallback'];

export async function routeKeys(): Promise<string[]> {
	const keys = new Set<string>();
	for (const file of Object.keys(pageFiles)) keys.add(`page ${routeId(file)}`);
	for (const [file, load] of Object.entries(serverPages)) {
		const mod = (await load()) as { actions?: Record<string, unknown> };
		for (const name of Object.keys(mod.actions ?? {})) keys.add(`action ${routeId(file)} ${name}`);
	}
	for (const [file, load] of Object.entries(endpoints)) {
		const mod = (await load()) as Record<string, unknown>;
		for (const m of METHODS) if (typeof mod[m] === 'function') keys.add(`endpoint ${routeId(file)} ${m}`);
	}
	return [...keys].sort();
}
