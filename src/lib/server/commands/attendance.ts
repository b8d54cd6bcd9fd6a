import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { attendance, dropinVisits } from '../db/schema';
import { canRecordAttendance } from '../db/queries/attendance';
import { COUNT_FIELDS, parseCounts, type CountField, type Counts } from '../../domain/attendance';
import { defineCommand, type CommandContext } from './runner';

const row = z.object({ occurrenceId: z.number().int().positive(), raw: z.record(z.string(), z.string()) });

/** One date's counts: created, corrected (logged with before and after), emptied (removed, logged) or unchanged. */
function saveRow(ctx: CommandContext, occurrenceId: number, counts: Counts | null) {
	const existing = ctx.db.select().from(attendance).where(eq(attendance.occurrenceId, occurrenceId)).get();
	const userId = ctx.actor.kind === 'staff' || ctx.actor.kind === 'organiser' ? ctx.actor.userId : null;
	if (!counts) {
		if (!existing) return 'unchanged' as const;
		ctx.db.delete(attendance).where(eq(attendance.occurrenceId, occurrenceId)).run();
		ctx.audit({ action: 'attendance.corrected', entityType: 'occurrence', entityId: occurrenceId, summary: `Närvaro borttagen (var ${existing.total})`, details: { before: { ...existing, updatedAt: undefined }, after: null } });
		return 'corrected' as const;
	}
	const values = { ...counts, total: counts.total ?? 0, recordedByUserId: userId, updatedAt: ctx.now };
	if (existing) {
		if (!COUNT_FIELDS.some((k) => existing[k] !== counts[k])) return 'unchanged' as const;
		ctx.db.update(attendance).set(values).where(eq(attendance.occurrenceId, occurrenceId)).run();
		ctx.audit({ action: 'attendance.corrected', entityType: 'occurrence', entityId: occurrenceId, summary: `Närvaro rättad: ${existing.total} → ${counts.total}`, details: { before: { ...existing, updatedAt: undefined }, after: counts } });
		return 'corrected' as const;
	}
	ctx.db.insert(attendance).values({ occurrenceId, ...values }).run();
	return 'created' as const;
}

/**
 * A month's attendance sheet, saved as a whole: every row is checked first, and with any mistake
 * nothing is saved (the sheet comes back with what was typed). An emptied row removes its counts.
 * Rows not posted (cancelled dates, whose inputs are disabled) are left untouched.
 */
export const saveAttendanceSheet = defineCommand({
	name: 'attendance.save_sheet',
	input: z.object({ rows: z.array(row) }),
	run(ctx: CommandContext, input) {
		const a = ctx.actor;
		if (a.kind !== 'staff' && a.kind !== 'organiser') ctx.refuse(403, 'Du har inte behörighet att skriva in närvaro.');
		const scope = a.kind === 'organiser' ? a.organisationId : null;
		const errors: Record<string, string> = {};
		const parsed = input.rows.map((r) => {
			const raw = Object.fromEntries(COUNT_FIELDS.map((f) => [f, r.raw[f] ?? ''])) as Record<CountField, string>;
			const { counts, errors: rowErrors } = parseCounts(raw);
			for (const [f, message] of Object.entries(rowErrors)) errors[`c-${r.occurrenceId}-${f}`] = message!;
			if (!canRecordAttendance(ctx.db, scope, r.occurrenceId, ctx.now)) errors[`c-${r.occurrenceId}-total`] = 'Det här tillfället kan du inte rapportera.';
			return { occurrenceId: r.occurrenceId, counts, empty: COUNT_FIELDS.every((f) => raw[f].trim() === '') };
		});
		if (Object.keys(errors).length) ctx.fail(input, errors);
		let saved = 0;
		let corrected = 0;
		for (const p of parsed) {
			if (!p.counts && !p.empty) continue;
			const result = saveRow(ctx, p.occurrenceId, p.counts);
			if (result !== 'unchanged') saved++;
			if (result === 'corrected') corrected++;
		}
		// Counts are not on public pages the search index holds: the caches are told, the index need not re-read.
		if (saved) ctx.invalidate({ eventIds: [] });
		return { saved, corrected };
	}
});

/** Drop-in visits per opening day at a meeting point (staff); an emptied day removes its number. */
export const saveDropinSheet = defineCommand({
	name: 'attendance.save_dropin',
	input: z.object({ venueId: z.number().int(), days: z.array(z.object({ date: z.string(), raw: z.string() })) }),
	run(ctx: CommandContext, input) {
		if (ctx.actor.kind !== 'staff') ctx.refuse(403, 'Bara personal skriver in drop-in-besök.');
		const errors: Record<string, string> = {};
		for (const d of input.days) if (d.raw.trim() !== '' && (!/^\d{1,4}$/.test(d.raw.trim()) || Number(d.raw) > 2000)) errors[`v-${d.date}`] = 'Skriv antalet besök som ett heltal från 0 till 2000.';
		if (Object.keys(errors).length) ctx.fail(input, errors);
		let saved = 0;
		for (const d of input.days) {
			const visits = d.raw.trim() === '' ? null : Number(d.raw.trim());
			const existing = ctx.db.select().from(dropinVisits).where(and(eq(dropinVisits.venueId, input.venueId), eq(dropinVisits.date, d.date))).get();
			if (visits === null) {
				if (existing) (ctx.db.delete(dropinVisits).where(eq(dropinVisits.id, existing.id)).run(), saved++);
				continue;
			}
			if (existing?.visits === visits) continue;
			if (existing) {
				ctx.db.update(dropinVisits).set({ visits, recordedByUserId: ctx.actor.userId, updatedAt: ctx.now }).where(eq(dropinVisits.id, existing.id)).run();
				ctx.audit({ action: 'attendance.dropin_corrected', entityType: 'venue', entityId: input.venueId, summary: `Drop-in ${d.date} rättad: ${existing.visits} → ${visits}` });
			} else ctx.db.insert(dropinVisits).values({ venueId: input.venueId, date: d.date, visits, recordedByUserId: ctx.actor.userId, updatedAt: ctx.now }).run();
			saved++;
		}
		// Counts are not on public pages the search index holds: the caches are told, the index need not re-read.
		if (saved) ctx.invalidate({ eventIds: [] });
		return { saved };
	}
});
