import { z } from 'zod';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { calendarSources, eventRevisions, events, importedItems, occurrences, type SyncCounts } from '../db/schema';
import { futureOccurrences, getSource, importedItemsOf, knownVenues } from '../db/queries/calendar-sources';
import { activeOrganisation, eventFormLookups } from '../db/queries/event-form';
import { immediateModeratorEmails, organisationRecipients } from '../db/queries/moderation';
import { categoryOptions } from '../db/queries/calendar-sources';
import { publishesDirectly } from '../../domain/moderation';
import { planImport, type ProposedItem } from '../import/plan';
import { parseFeedUrl, type FetchResult } from '../import/fetch';
import { mails } from '../mail/templates';
import { siteOrigin } from '../origin';
import { defineCommand, type CommandContext } from './runner';
import { addRevision, createEvent, markPublished, type RevisionContent } from './revisions';

/** A source that fails this many times in a row is paused and its organisation told. */
export const PAUSE_AFTER_FAILURES = 5;
export const VANISHED_NOTE = 'Inställt i föreningens egen kalender.';

const optionalText = z.string().trim().max(80, 'Högst 80 tecken.').transform((v) => v || null);

export const sourceFormSchema = z.object({
	organisationId: z.number().int().nullable().default(null),
	name: z.string().trim().min(1, 'Skriv ett namn på kalendern, till exempel ”Föreningens Google-kalender”.').max(80, 'Högst 80 tecken.'),
	url: z.string().trim().min(1, 'Skriv kalenderns adress.').max(2000, 'Adressen är för lång.').refine((u) => parseFeedUrl(u) !== null, 'Adressen ska börja med https:// (eller http://).'),
	defaultVenueId: z.number().int().nullable(),
	defaultCategoryId: z.number({ error: 'Välj typ av aktivitet.' }).int(),
	onlyKnownVenues: z.boolean().default(false),
	includeKeyword: optionalText,
	skipKeyword: optionalText
});
export type SourceForm = z.infer<typeof sourceFormSchema>;

function organisationFor(ctx: CommandContext, requested: number | null) {
	const { actor } = ctx;
	if (actor.kind === 'organiser') return actor.organisationId;
	if (actor.kind === 'staff') return requested ?? 0;
	ctx.refuse(403, 'Du har inte behörighet att lägga till kalendrar.');
}

/** Checks the choices against what the organisation may pick; every mistake at once. */
function checkedChoices(ctx: CommandContext, input: SourceForm, organisationId: number) {
	const errors: Record<string, string> = {};
	if (!activeOrganisation(ctx.db, organisationId)) errors.organisationId = 'Välj vilken förening kalendern hör till.';
	if (input.defaultVenueId !== null && !knownVenues(ctx.db, organisationId).some((v) => v.id === input.defaultVenueId)) errors.defaultVenueId = 'Välj en plats i listan.';
	if (input.defaultVenueId === null && !input.onlyKnownVenues) errors.defaultVenueId = 'Välj en plats, eller kryssa i att bara aktiviteter på kända platser ska hämtas.';
	if (!categoryOptions(ctx.db).some((c) => c.id === input.defaultCategoryId)) errors.defaultCategoryId = 'Välj typ av aktivitet i listan.';
	if (Object.keys(errors).length) ctx.fail(input, errors);
}

/** An organisation (or staff for one) adds a calendar address with its default place, category and rules. */
export const addSource = defineCommand({
	name: 'calendar_source.add',
	input: sourceFormSchema,
	run(ctx: CommandContext, input) {
		const organisationId = organisationFor(ctx, input.organisationId);
		checkedChoices(ctx, input, organisationId);
		const url = parseFeedUrl(input.url)!.href;
		const { organisationId: _o, ...rules } = input;
		const source = ctx.db.insert(calendarSources).values({ ...rules, url, organisationId, createdAt: ctx.now }).returning({ id: calendarSources.id }).get();
		ctx.audit({ action: 'calendar_source.added', entityType: 'calendar_source', entityId: source.id, summary: `${input.name}: kalender tillagd`, details: { url } });
		return { sourceId: source.id };
	}
});

/** Pause, resume (failures forgotten) or remove a source; removing keeps the events it brought in. */
export const changeSourceStatus = defineCommand({
	name: 'calendar_source.status',
	input: z.object({ sourceId: z.number().int(), action: z.enum(['pause', 'resume', 'remove']) }),
	run(ctx: CommandContext, input) {
		const { actor } = ctx;
		if (actor.kind !== 'staff' && actor.kind !== 'organiser') ctx.refuse(403, 'Du har inte behörighet att ändra kalendrar.');
		const source = getSource(ctx.db, actor.kind === 'organiser' ? actor.organisationId : null, input.sourceId);
		if (!source) ctx.refuse(404, 'Kalendern finns inte.');
		const where = eq(calendarSources.id, source.id);
		if (input.action === 'remove') ctx.db.delete(calendarSources).where(where).run();
		else if (input.action === 'pause') {
			if (source.status === 'paused') return { changed: false };
			ctx.db.update(calendarSources).set({ status: 'paused' }).where(where).run();
		} else {
			if (source.status === 'active') return { changed: false };
			ctx.db.update(calendarSources).set({ status: 'active', consecutiveFailures: 0 }).where(where).run();
		}
		const verb = { pause: 'pausad', resume: 'startad igen', remove: 'borttagen' }[input.action];
		ctx.audit({ action: `calendar_source.${input.action}`, entityType: 'calendar_source', entityId: source.id, summary: `${source.name}: kalender ${verb}` });
		return { changed: true };
	}
});

function contentOf(item: ProposedItem, categoryId: number, userId: number | null, languageCodes: string[]): RevisionContent {
	const firstLine = item.description.split('\n').find((l) => l.trim())?.trim() ?? '';
	return {
		title: item.title, summary: (firstLine || item.title).slice(0, 200), description: item.description, easyRead: null, titleFi: null, summaryFi: null,
		categoryId, venueId: item.venueId, remoteKind: null, remoteDetails: null, gatheringPlace: null,
		costKind: 'free', costAmount: null, costUnit: null, costNote: null, lunchServed: false, signupRequired: false, signupHow: null, signupOnline: false,
		capacity: null, signupDeadlineHours: null, accessibilityNotes: null, contactName: null, contactPhone: null, contactEmail: null,
		schedule: { kind: 'once', startDate: item.localDate, startTime: item.startTime, endTime: item.endTime },
		audienceIds: [], languageCodes, createdByUserId: userId
	};
}

const fetchedSchema = z.custom<FetchResult>((v) => typeof v === 'object' && v !== null && 'kind' in v);

/**
 * Applies one fetch of a source. A failure is counted (and pauses the source after five in a row,
 * with a mail to the organisation); an unchanged file writes only the fetch time. Otherwise every
 * upstream date (source, UID, RECURRENCE-ID) becomes or updates an event with that one date — a
 * new revision, published directly for trusted organisations and to the review queue otherwise —
 * and a date that vanished upstream is cancelled, its sign-ups told. Running it again changes nothing.
 */
export const syncSource = defineCommand({
	name: 'calendar_source.sync',
	input: z.object({ sourceId: z.number().int(), fetched: fetchedSchema }),
	run(ctx: CommandContext, input) {
		const { db, actor, now } = ctx;
		if (actor.kind === 'resident') ctx.refuse(403, 'Du har inte behörighet att hämta kalendrar.');
		const source = getSource(db, actor.kind === 'organiser' ? actor.organisationId : null, input.sourceId);
		if (!source) ctx.refuse(404, 'Kalendern finns inte.');
		const where = eq(calendarSources.id, source.id);
		const org = activeOrganisation(db, source.organisationId);
		const f = input.fetched;
		const plan = f.kind === 'ok' ? planImport(f.text, { ...source }, knownVenues(db, source.organisationId), now) : null;
		const errorCode = f.kind === 'error' ? f.code : plan && !plan.ok ? plan.code : !org ? 'organisation_inactive' : null;
		if (errorCode) {
			const failures = source.consecutiveFailures + 1;
			const pause = failures >= PAUSE_AFTER_FAILURES && source.status === 'active';
			db.update(calendarSources).set({ lastFetchedAt: now, lastErrorCode: errorCode, consecutiveFailures: failures, ...(pause ? { status: 'paused' as const } : {}) }).where(where).run();
			if (pause) {
				const link = `${siteOrigin()}/forening/kalendrar/${source.id}`;
				for (const to of organisationRecipients(db, source.organisationId)) ctx.mail({ to, ...mails.calendarPaused({ name: source.name, failures, link }) });
				ctx.audit({ action: 'calendar_source.paused', entityType: 'calendar_source', entityId: source.id, summary: `${source.name}: pausad efter ${failures} misslyckade hämtningar` });
			}
			return { ok: false as const, errorCode, paused: pause };
		}
		const fresh = { lastFetchedAt: now, lastSuccessAt: now, lastErrorCode: null, consecutiveFailures: 0 };
		if (f.kind === 'not_modified' || (f.kind === 'ok' && f.checksum === source.checksum)) {
			db.update(calendarSources).set(f.kind === 'ok' ? { ...fresh, etag: f.etag, lastModified: f.lastModified } : fresh).where(where).run();
			return { ok: true as const, unchanged: true, counts: source.lastCounts };
		}
		if (f.kind !== 'ok' || !plan?.ok) throw new Error('unreachable');
		const counts: SyncCounts = { created: 0, updated: 0, cancelled: 0, unchanged: 0, skipped: 0, reasons: {} };
		const userId = actor.kind === 'staff' || actor.kind === 'organiser' ? actor.userId : null;
		const direct = publishesDirectly(org!);
		const known = new Map(importedItemsOf(db, source.id).map((i) => [`${i.uid}\n${i.recurrenceKey}`, i]));
		const seen = new Set<string>();
		const swedish = eventFormLookups(db, source.organisationId).languageCodes(['sv']);
		const touched: number[] = [];
		let waiting = 0;
		for (const item of plan.items) {
			const key = `${item.uid}\n${item.recurrenceKey}`;
			if (item.skip) {
				// A past date is history: neither counted as vanished nor touched.
				if (item.skip === 'past') seen.add(key);
				counts.skipped++;
				counts.reasons[item.skip] = (counts.reasons[item.skip] ?? 0) + 1;
				continue;
			}
			seen.add(key);
			const mapped = known.get(key);
			if (mapped && mapped.contentHash === item.contentHash && !mapped.vanishedAt) {
				counts.unchanged++;
				continue;
			}
			const content = contentOf(item, source.defaultCategoryId, userId, swedish);
			let eventId: number;
			let revisionId: number;
			if (mapped) {
				eventId = mapped.eventId;
				revisionId = addRevision(db, eventId, content, 'pending', now);
				if (mapped.vanishedAt) reopen(ctx, eventId);
				db.update(importedItems).set({ contentHash: item.contentHash, vanishedAt: null, updatedAt: now }).where(eq(importedItems.id, mapped.id)).run();
				counts.updated++;
			} else {
				({ eventId, revisionId } = createEvent(db, source.organisationId, content, { status: 'pending', now }));
				db.insert(importedItems).values({ sourceId: source.id, uid: item.uid, recurrenceKey: item.recurrenceKey, eventId, contentHash: item.contentHash, updatedAt: now }).run();
				counts.created++;
			}
			touched.push(eventId);
			if (direct) {
				markPublished(db, revisionId, now);
				ctx.replan(eventId);
			} else waiting++;
		}
		for (const [key, mapped] of known) {
			if (seen.has(key) || mapped.vanishedAt) continue;
			if (cancelVanished(ctx, mapped.eventId)) counts.cancelled++;
			db.update(importedItems).set({ vanishedAt: now, updatedAt: now }).where(eq(importedItems.id, mapped.id)).run();
			touched.push(mapped.eventId);
		}
		db.update(calendarSources).set({ ...fresh, checksum: f.checksum, etag: f.etag, lastModified: f.lastModified, lastCounts: counts }).where(where).run();
		if (touched.length) ctx.invalidate({ eventIds: touched });
		ctx.audit({ action: 'calendar_source.synced', entityType: 'calendar_source', entityId: source.id, summary: `${source.name}: ${counts.created} nya, ${counts.updated} ändrade, ${counts.cancelled} inställda, ${counts.skipped} hoppade över`, details: counts });
		if (waiting)
			for (const to of immediateModeratorEmails(db))
				ctx.mail({ to, ...mails.newSubmission({ title: `${waiting} datum från kalendern ”${source.name}”`, organisation: org!.name, link: `${siteOrigin()}/personal/granskning` }) });
		return { ok: true as const, unchanged: false, counts };
	}
});

/** A date gone from the upstream calendar: a published one is cancelled (sign-ups told), one never published leaves the queue. */
function cancelVanished(ctx: CommandContext, eventId: number): boolean {
	const { db, now } = ctx;
	const event = db.select().from(events).where(eq(events.id, eventId)).get();
	if (!event) return false;
	db.update(eventRevisions).set({ status: 'superseded' }).where(and(eq(eventRevisions.eventId, eventId), inArray(eventRevisions.status, ['pending', 'draft', 'changes_requested']))).run();
	if (!event.publishedRevisionId) {
		db.update(events).set({ status: 'cancelled', cancelNote: VANISHED_NOTE, updatedAt: now }).where(eq(events.id, eventId)).run();
		return true;
	}
	let cancelled = false;
	for (const o of futureOccurrences(db, eventId, now).filter((o) => !o.cancelled)) {
		db.update(occurrences).set({ cancelled: true, cancelNote: VANISHED_NOTE, cancelReason: 'organiser', sequence: sql`${occurrences.sequence} + 1`, updatedAt: now }).where(eq(occurrences.id, o.id)).run();
		ctx.notify({ occurrenceId: o.id, kind: 'cancelled', before: { localDate: o.localDate, startsAt: o.startsAt.getTime(), endsAt: o.endsAt.getTime() }, after: null, note: VANISHED_NOTE });
		cancelled = true;
	}
	ctx.reindex(eventId);
	return cancelled;
}

/** A date that came back upstream: what this import cancelled is lifted again. */
function reopen(ctx: CommandContext, eventId: number) {
	const { db, now } = ctx;
	db.update(occurrences).set({ cancelled: false, cancelNote: null, cancelReason: null, sequence: sql`${occurrences.sequence} + 1`, updatedAt: now }).where(and(eq(occurrences.eventId, eventId), eq(occurrences.cancelNote, VANISHED_NOTE))).run();
	db.update(events).set({ status: 'draft', cancelNote: null }).where(and(eq(events.id, eventId), eq(events.status, 'cancelled'), eq(events.cancelNote, VANISHED_NOTE))).run();
	ctx.reindex(eventId);
}
