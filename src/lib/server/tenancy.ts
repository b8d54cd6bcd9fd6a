import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';

/**
 * Several municipalities in one deployment (README "Flera kommuner"). Each municipality (tenant)
 * has its own database, so nothing of one can be read or written through another: every query
 * already goes through `getDb()`, which answers with the database of the municipality the request
 * came in for, chosen by host name. The search index, the response caches and the change feed are
 * kept per municipality the same way (`tenantState`). Without `MUNICIPALITIES_FILE` there is one
 * municipality, the `DATABASE_URL` file at `ORIGIN`, exactly as a single-municipality install.
 */
const entrySchema = z.object({
	id: z.string().regex(/^[a-z0-9-]{2,40}$/),
	name: z.string().min(2).max(60),
	origin: z.string().regex(/^https?:\/\/[^/\s]+$/),
	/** Host names that also reach it (the origin's own host always does). */
	hosts: z.array(z.string().min(1)).default([]),
	/** The SQLite file, relative to the registry file's folder. */
	database: z.string().min(1),
	/** Municipalities a resident may widen a search to ("Visa även grannkommuner"), by id. */
	neighbours: z.array(z.string()).default([])
});
export const registrySchema = z.object({ municipalities: z.array(entrySchema).min(1) });
export type MunicipalityEntry = z.infer<typeof entrySchema>;

export type Tenant = {
	id: string;
	name: string;
	origin: string;
	hosts: string[];
	databasePath: string;
	neighbours: string[];
	/** Per-municipality state of this process: its database handle, caches, index, change feed. */
	state: Map<string, unknown>;
	started: boolean;
};

const storage = new AsyncLocalStorage<Tenant>();

function singleTenant(): Tenant {
	const url = process.env.DATABASE_URL ?? 'data/traffpunkt.db';
	return {
		id: 'default',
		name: '',
		origin: (process.env.ORIGIN ?? 'http://localhost:3000').replace(/\/$/, ''),
		hosts: [],
		databasePath: url.startsWith('file:') ? url.slice(5) : url,
		neighbours: [],
		state: new Map(),
		started: false
	};
}

let single: Tenant | null = null;
let registry: { file: string; mtimeMs: number; checkedAt: number; tenants: Map<string, Tenant> } | null = null;

export const registryFile = () => process.env.MUNICIPALITIES_FILE || null;
export const isMultiTenant = () => registryFile() !== null;

/** Reads the registry file; a municipality already open keeps its state (a file edited while running adds or changes entries). */
export function readRegistry(file: string): MunicipalityEntry[] {
	const parsed = registrySchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
	if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
	const ids = parsed.data.municipalities.map((m) => m.id);
	if (new Set(ids).size !== ids.length) throw new Error(`${file}: a municipality id is used twice.`);
	return parsed.data.municipalities;
}

function loadRegistry(): Map<string, Tenant> {
	const file = registryFile()!;
	// Looked at again at most every two seconds: a municipality added to the file is served soon after.
	if (registry && registry.file === file && Date.now() - registry.checkedAt < 2_000) return registry.tenants;
	const mtimeMs = existsSync(file) ? statSync(file).mtimeMs : -1;
	if (registry && registry.file === file && registry.mtimeMs === mtimeMs) {
		registry.checkedAt = Date.now();
		return registry.tenants;
	}
	const tenants = new Map<string, Tenant>();
	for (const m of mtimeMs < 0 ? [] : readRegistry(file)) {
		const old = registry?.tenants.get(m.id);
		// An SQLite file beside the registry, or a PostgreSQL schema: postgres://…?schema=<id>.
		const databasePath = /^postgres(ql)?:\/\//.test(m.database) ? m.database : resolve(dirname(resolve(file)), m.database);
		const host = new URL(m.origin).host.toLowerCase();
		const fresh = { id: m.id, name: m.name, origin: m.origin, hosts: [host, ...m.hosts.map((h) => h.toLowerCase())], databasePath, neighbours: m.neighbours };
		tenants.set(m.id, old && old.databasePath === databasePath ? Object.assign(old, fresh) : { ...fresh, state: new Map(), started: false });
	}
	registry = { file, mtimeMs, checkedAt: Date.now(), tenants };
	return tenants;
}

/** Every municipality served (one without a registry). */
export function allTenants(): Tenant[] {
	return isMultiTenant() ? [...loadRegistry().values()] : [(single ??= singleTenant())];
}

export function tenantById(id: string): Tenant | undefined {
	return allTenants().find((t) => t.id === id);
}

/** The municipality a request's host name belongs to; `undefined` for a host no municipality has. */
export function tenantForHost(host: string): Tenant | undefined {
	if (!isMultiTenant()) return (single ??= singleTenant());
	const h = host.toLowerCase();
	return allTenants().find((t) => t.hosts.includes(h));
}

/**
 * The municipality the running code acts for. Outside any (a script, a test, a job of the single
 * municipality) it is the only one; with a registry, code must run inside `withTenant`, so a
 * missing context fails loudly instead of reaching some municipality's data.
 */
export function currentTenant(): Tenant {
	const t = storage.getStore();
	if (t) return t;
	if (isMultiTenant()) throw new Error('No municipality chosen: code reading data must run inside withTenant().');
	return (single ??= singleTenant());
}

/** Whether code runs for a municipality (always true with only one). */
export const hasTenant = () => !isMultiTenant() || storage.getStore() !== undefined;

export function withTenant<T>(tenant: Tenant, fn: () => T): T {
	return storage.run(tenant, () => fn());
}

/** This municipality's copy of a piece of process state, made on first use. */
export function tenantState<T>(key: string, init: () => T): T {
	const { state } = currentTenant();
	let value = state.get(key) as T | undefined;
	if (value === undefined) {
		value = init();
		state.set(key, value);
	}
	return value;
}

/** The neighbours a resident may widen a search to, as served municipalities. */
export function neighboursOf(tenant: Tenant): Tenant[] {
	return tenant.neighbours.map((id) => tenantById(id)).filter((t): t is Tenant => t !== undefined && t.id !== tenant.id);
}

/** For tests: forget the single municipality and the registry read so far. */
export function resetTenancy() {
	single = null;
	registry = null;
}
