import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { openingDeviations, openingHours, venues } from '../db/schema';
import { getVenueForEdit } from '../db/queries/venue-admin';
import { eventsAtVenue } from '../db/queries/occurrences';
import { eventFormLookups } from '../db/queries/event-form';
import { parseDeviationRows, parseOpeningRows, venueSchema } from '../../domain/venue-form';
import { defineCommand, zodErrors, type CommandContext } from './runner';
import { uniqueSlug } from './slug';

const VENUE_TEXT = ['name', 'kind', 'district', 'address', 'postcode', 'lat', 'lng', 'phone', 'email', 'description', 'busStop', 'accessibilityNote'] as const;

const canonical = (x: unknown) => JSON.stringify(x, (_k, v) => (v === undefined ? null : v));

/**
 * Creates or updates a venue with its weekly opening rules and its deviations — as many rows as the
 * form holds. Every event at the venue is re-planned: a closed day cancels its dates ("Lokalen är
 * stängd") and tells the people signed up; a closure taken away brings them back. An unchanged save
 * writes nothing.
 */
export const saveVenue = defineCommand({
	name: 'venue.save',
	input: z.object({ venueId: z.number().int().nullable(), values: z.record(z.string(), z.string()) }),
	run(ctx: CommandContext, input) {
		if (ctx.actor.kind !== 'staff') ctx.refuse(403, 'Bara personal ändrar platser.');
		const v = input.values;
		const existing = input.venueId === null ? null : getVenueForEdit(ctx.db, input.venueId);
		if (input.venueId !== null && !existing) ctx.refuse(404, 'Platsen finns inte.');
		// Only the coordinates take a decimal comma ("59,327"); every other text is kept exactly as typed.
		const parsed = venueSchema.safeParse(Object.fromEntries(VENUE_TEXT.map((k) => [k, k === 'lat' || k === 'lng' ? (v[k] ?? '').replace(',', '.') : (v[k] ?? '').replace(/\r\n?/g, '\n')])));
		const opening = parseOpeningRows(v);
		const dev = parseDeviationRows(v);
		const errors: Record<string, string> = { ...(parsed.success ? {} : zodErrors(parsed.error)), ...opening.errors, ...dev.errors };
		const districtId = eventFormLookups(ctx.db, 0).districtId(v.district ?? '');
		if (parsed.success && !districtId) errors.district = 'Välj stadsdel i listan.';
		if (!parsed.success || Object.keys(errors).length) ctx.fail(v, errors);
		const d = parsed.data;
		const row = {
			name: d.name, kind: d.kind, districtId: districtId!, address: d.address, postcode: d.postcode, city: existing?.venue.city || 'Karlskoga', lat: d.lat, lng: d.lng,
			phone: d.phone || null, email: d.email || null, description: d.description, busStop: d.busStop || null, accessibilityNote: d.accessibilityNote || null,
			stepFree: v.stepFree === 'on', accessibleToilet: v.accessibleToilet === 'on', hearingLoop: v.hearingLoop === 'on', parking: v.parking === 'on',
			status: v.approved === 'on' ? ('approved' as const) : ('proposed' as const)
		};
		const rules = opening.rules.map((r) => ({ weekday: r.weekday, weekParity: r.weekParity, opens: r.opens, closes: r.closes, note: r.note }));
		const deviations = dev.deviations.map((x) => ({ fromDate: x.fromDate, toDate: x.toDate, closed: x.closed, opens: x.opens, closes: x.closes, note: x.note }));
		if (existing) {
			const { id: _i, slug: _s, proposedByOrganisationId: _p, updatedAt: _u, ...before } = existing.venue;
			const same =
				canonical(Object.fromEntries(Object.keys(row).map((k) => [k, before[k as keyof typeof before]]))) === canonical(row) &&
				canonical(existing.rules.map(({ weekday, weekParity, opens, closes, note }) => ({ weekday, weekParity, opens, closes, note }))) === canonical(rules) &&
				canonical(existing.deviations.map(({ fromDate, toDate, closed, opens, closes, note }) => ({ fromDate, toDate, closed, opens, closes, note }))) === canonical(deviations);
			if (same) return { venueId: existing.venue.id, unchanged: true };
		}
		let venueId: number;
		if (existing) {
			venueId = existing.venue.id;
			ctx.db.update(venues).set({ ...row, updatedAt: ctx.now }).where(eq(venues.id, venueId)).run();
		} else venueId = ctx.db.insert(venues).values({ ...row, slug: uniqueSlug(ctx.db, 'venues', d.name, 'plats'), updatedAt: ctx.now }).returning({ id: venues.id }).get().id;
		ctx.db.delete(openingHours).where(eq(openingHours.venueId, venueId)).run();
		if (rules.length) ctx.db.insert(openingHours).values(rules.map((r) => ({ ...r, venueId }))).run();
		ctx.db.delete(openingDeviations).where(eq(openingDeviations.venueId, venueId)).run();
		if (deviations.length) ctx.db.insert(openingDeviations).values(deviations.map((x) => ({ ...x, venueId }))).run();
		for (const eventId of eventsAtVenue(ctx.db, venueId)) ctx.replan(eventId);
		ctx.invalidate({ venueIds: [venueId] });
		ctx.audit({
			action: existing ? 'venue.updated' : 'venue.created',
			entityType: 'venue',
			entityId: venueId,
			summary: `${d.name}: ${existing ? 'ändrad' : 'ny plats'}${row.status === 'approved' ? '' : ' (föreslagen)'}`,
			details: { rules: rules.length, deviations: deviations.length }
		});
		return { venueId, unchanged: false };
	}
});
