import { settings } from '../db/schema';
import { readSiteSettings } from '../site-settings';
import { SETTING_KEYS, siteSettingsSchema, storedValue, type SiteSettings } from '../../domain/site-settings';
import { defineCommand, type CommandContext } from './runner';

const LABELS: Record<keyof SiteSettings, string> = {
	requireTotp: 'Tvåstegsinloggning krävs av personal',
	retentionDays: 'Dagar anmälningar sparas',
	suppressBelow: 'Sekretessgräns i rapporter',
	staffInbox: 'Personalens inkorg',
	municipalityName: 'Kommunens namn',
	municipalityPhone: 'Kommunens telefon',
	municipalityEmail: 'Kommunens e-post'
};

const shown = (v: SiteSettings[keyof SiteSettings]) => (typeof v === 'boolean' ? (v ? 'ja' : 'nej') : String(v));

/**
 * An admin saves the settings form. Only values that differ from those in force are written (a
 * value equal to the default is still saved once changed, so that a later change of the
 * environment does not move it); an unchanged form writes nothing and logs nothing.
 */
export const saveSiteSettings = defineCommand({
	name: 'settings.save',
	input: siteSettingsSchema,
	run(ctx: CommandContext, input) {
		if (ctx.actor.kind !== 'staff' || ctx.actor.role !== 'admin') ctx.refuse(403, 'Bara administratörer ändrar inställningarna.');
		const current = readSiteSettings(ctx.db);
		const changed = (Object.keys(SETTING_KEYS) as (keyof SiteSettings)[]).filter((k) => current[k] !== input[k]);
		if (!changed.length) return { changed: [] as (keyof SiteSettings)[] };
		for (const k of changed) {
			const value = storedValue(input[k]);
			ctx.db.insert(settings).values({ key: SETTING_KEYS[k], value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
		}
		ctx.audit({
			action: 'settings.changed',
			entityType: 'settings',
			entityId: null,
			summary: changed.map((k) => `${LABELS[k]}: ${shown(current[k])} → ${shown(input[k])}`).join('; '),
			details: { before: Object.fromEntries(changed.map((k) => [k, current[k]])), after: Object.fromEntries(changed.map((k) => [k, input[k]])) }
		});
		// Footer, statement and reports read these; the search index holds none of them.
		ctx.invalidate({ eventIds: [], venueIds: [] });
		return { changed };
	}
});
