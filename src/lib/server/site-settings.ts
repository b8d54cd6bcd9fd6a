import { getDb, type Db } from './db';
import { someSettings } from './db/queries/settings';
import { cached } from './cache';
import { currentTenant } from './tenancy';
import { SETTING_KEYS, type SiteSettings } from '../domain/site-settings';

const DEFAULT_INBOX = 'tillganglighet@karlskoga.invalid';

function envDays(env: NodeJS.ProcessEnv) {
	const days = Number(env.SIGNUP_RETENTION_DAYS ?? 30);
	return Number.isInteger(days) && days >= 0 ? days : 30;
}

/** What applies when nothing is saved: the environment where it has a variable, otherwise built in. */
export function defaultSiteSettings(env: NodeJS.ProcessEnv = process.env): SiteSettings {
	return {
		requireTotp: true,
		retentionDays: envDays(env),
		suppressBelow: 5,
		staffInbox: env.STAFF_INBOX || DEFAULT_INBOX,
		municipalityName: 'Karlskoga kommun',
		municipalityPhone: '0586-610 00',
		municipalityEmail: 'kontaktcenter@karlskoga.invalid'
	};
}

function parse<K extends keyof SiteSettings>(key: K, raw: string, fallback: SiteSettings[K]): SiteSettings[K] {
	if (typeof fallback === 'boolean') return (raw !== '0') as SiteSettings[K];
	if (typeof fallback === 'number') {
		const n = Number(raw);
		return (Number.isInteger(n) && n >= 0 ? n : fallback) as SiteSettings[K];
	}
	return (raw.trim() || fallback) as SiteSettings[K];
}

/** The settings in force: a saved value, else the default. */
export function readSiteSettings(db: Db, env: NodeJS.ProcessEnv = process.env): SiteSettings {
	const saved = someSettings(db, Object.values(SETTING_KEYS));
	const out = defaultSiteSettings(env);
	for (const key of Object.keys(SETTING_KEYS) as (keyof SiteSettings)[]) {
		const raw = saved.get(SETTING_KEYS[key]);
		if (raw !== undefined) (out as Record<string, unknown>)[key] = parse(key, raw, out[key]);
	}
	return out;
}

/** The same, read once a minute or after a change (every write that saves settings invalidates the cache). */
export function siteSettings(db?: Db): SiteSettings {
	return db ? readSiteSettings(db) : cached('site-settings', () => readSiteSettings(getDb()), { always: true });
}

/** Name and contact of the municipality, for pages and mails. */
export function municipality(db?: Db) {
	const s = siteSettings(db);
	return { name: s.municipalityName, phone: s.municipalityPhone, email: s.municipalityEmail };
}

/**
 * The town in the site's name, "Träffpunkt Karlskoga": the municipality's name in the registry
 * (several in one deployment), else the admin's municipality name without "kommun" or "stad".
 */
export function townName(db?: Db): string {
	const tenant = currentTenant();
	return tenant.name || siteSettings(db).municipalityName.replace(/\s+(kommun|stad)$/i, '').trim() || 'Karlskoga';
}

export const siteName = (db?: Db) => `Träffpunkt ${townName(db)}`;
