import { createHash } from 'node:crypto';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { events, moderationDecisions, venues } from '../db/schema';
import type { Db } from '../db';
import { getOwnEvent } from '../db/queries/organiser';
import { activeOrganisation, eventFormLookups } from '../db/queries/event-form';
import { getOrganisation } from '../db/queries/organisations';
import { immediateModeratorEmails, organisationRecipients, pendingRevisionOf, staffReplyTo } from '../db/queries/moderation';
import { impactOfSchedule } from '../db/queries/occurrences';
import { publishesDirectly } from '../../domain/moderation';
import { canonicalSchedule, keepPastDates, validateEventForm, type EventFormValues } from '../../domain/event-form';
import { todayInStockholm } from '../../domain/dates';
import { uniqueSlug } from './slug';
import { mails } from '../mail/templates';
import { siteOrigin } from '../origin';
import { defineCommand, type CommandContext } from './runner';
import { addRevision, createEvent, markPublished, type RevisionContent } from './revisions';

const saveEventInput = z.object({
	eventId: z.number().int().positive().nullable(),
	/** Staff creating an event choose the organisation; otherwise it comes from the actor or the event. */
	organisationId: z.number().int().nullable().default(null),
	intent: z.enum(['draft', 'submit']),
	/** A new event's form key: the same form posted again (Back, then send) reaches the event the first post made. */
	formKey: z.string().max(100).default(''),
	values: z.custom<EventFormValues>((v) => typeof v === 'object' && v !== null && Array.isArray((v as EventFormValues).breaks))
});

const clean = (v: string) => v.trim() || null;
const newEventKey = (key: string) => createHash('sha256').update(`event-new:${key}`).digest('base64url');

const madeWithKey = (db: Db, keyHash: string) => db.select({ id: events.id }).from(events).where(eq(events.requestKeyHash, keyHash)).get();

/** The event a new-event form with this key has already made, if it is one the actor may edit (scope null = staff). */
export function eventMadeByFormKey(db: Db, formKey: string, scope: number | null) {
	const made = formKey.length >= 16 ? madeWithKey(db, newEventKey(formKey)) : undefined;
	return made ? getOwnEvent(db, scope, made.id) : null;
}

/** What a saved revision holds, compared field by field to tell an unchanged save (nothing is written). */
function canonicalContent(c: RevisionContent) {
	const { createdByUserId: _by, schedule, audienceIds, languageCodes, ...columns } = c;
	const normal = Object.fromEntries(
		Object.entries(columns)
			.map(([k, v]) => [k, typeof v === 'string' ? v.replace(/\r\n?/g, '\n').trim() || null : (v ?? null)])
			.sort(([a], [b]) => String(a).localeCompare(String(b)))
	);
	return JSON.stringify({ ...normal, schedule: canonicalSchedule(schedule), audienceIds: [...audienceIds].sort(), languageCodes: [...languageCodes].sort() });
}

export function savedContent(own: NonNullable<ReturnType<typeof getOwnEvent>>): RevisionContent {
	const { id: _i, eventId: _e, status: _s, createdAt: _c, submittedAt: _u, decidedAt: _d, ...columns } = own.revision;
	return { ...columns, audienceIds: own.audienceIds, languageCodes: own.languageCodes };
}

/** Validates the form against the organisation's choices and returns the revision content, or fails with every mistake at once. */
function contentFromForm(ctx: CommandContext, values: EventFormValues, organisationId: number, extraErrors: Record<string, string>) {
	const today = todayInStockholm(ctx.now);
	const result = validateEventForm(values, today);
	const errors: Record<string, string> = { ...extraErrors, ...(result.ok ? {} : result.errors) };
	const ids = eventFormLookups(ctx.db, organisationId);
	const categoryId = ids.categoryId(values.category);
	if (!categoryId) errors.category ??= 'Välj typ av aktivitet i listan.';
	const venueId = /^\d+$/.test(values.venue) ? Number(values.venue) : null;
	if (venueId !== null && !ids.venueIds.has(venueId)) errors.venue ??= 'Välj en plats i listan.';
	if (venueId === null && !['telefon', 'natet', 'ny'].includes(values.venue)) errors.venue ??= 'Välj var aktiviteten är.';
	const districtId = values.venue === 'ny' ? ids.districtId(values.newVenueDistrict) : null;
	if (values.venue === 'ny' && !districtId) errors.newVenueDistrict ??= 'Välj stadsdel i listan.';
	const deadline = values.signupDeadlineHours.trim();
	if (deadline && !(/^\d{1,3}$/.test(deadline) && Number(deadline) <= 720)) errors.signupDeadlineHours ??= 'Skriv antal timmar som en siffra, till exempel 24 (högst 720).';
	if (!result.ok || Object.keys(errors).length) ctx.fail(values, errors);
	const d = result.data;
	let finalVenueId = venueId;
	if (values.venue === 'ny') {
		const slug = uniqueSlug(ctx.db, 'venues', values.newVenueName, 'plats');
		finalVenueId = ctx.db
			.insert(venues)
			.values({
				name: values.newVenueName.trim(), address: values.newVenueAddress.trim(), postcode: values.newVenuePostcode.trim(), districtId: districtId!,
				lat: Number(values.newVenueLat.replace(',', '.')) || 59.327, lng: Number(values.newVenueLng.replace(',', '.')) || 14.524,
				slug, kind: 'other', city: 'Karlskoga', status: 'proposed', proposedByOrganisationId: organisationId, updatedAt: ctx.now
			})
			.returning({ id: venues.id })
			.get().id;
		ctx.audit({ action: 'venue.proposed', entityType: 'venue', entityId: finalVenueId, summary: `${values.newVenueName.trim()}: ny plats föreslagen` });
	}
	const content: RevisionContent = {
		title: d.title, summary: d.summary, description: d.description, easyRead: clean(d.easyRead), titleFi: clean(d.titleFi), summaryFi: clean(d.summaryFi),
		categoryId: categoryId!, venueId: finalVenueId,
		remoteKind: values.venue === 'telefon' ? 'phone' : values.venue === 'natet' ? 'online' : null,
		remoteDetails: clean(d.remoteDetails), gatheringPlace: clean(d.gatheringPlace),
		costKind: d.costKind, costAmount: result.cost, costUnit: d.costKind === 'paid' && d.costUnit ? d.costUnit : null, costNote: clean(d.costNote),
		lunchServed: values.lunchServed, signupRequired: values.signupRequired, signupHow: clean(d.signupHow), signupOnline: values.signupOnline,
		capacity: result.capacity, signupDeadlineHours: deadline ? Number(deadline) : null,
		accessibilityNotes: clean(d.accessibilityNotes), contactName: clean(d.contactName), contactPhone: clean(d.contactPhone), contactEmail: clean(d.contactEmail),
		schedule: result.schedule,
		audienceIds: ids.audienceIds(values.audiences),
		languageCodes: ids.languageCodes(values.languages),
		createdByUserId: ctx.actor.kind === 'staff' || ctx.actor.kind === 'organiser' ? ctx.actor.userId : null
	};
	return content;
}

export type SaveEventResult = { eventId: number; published: boolean; submitted: boolean; unchanged: boolean; affectedPeople: number };

/**
 * Saves the event form as a new revision: a draft stays private; a submitted one waits for review
 * unless staff, a trusted organisation or a municipal unit sends it, which publishes it at once
 * (dates re-planned, people on moved or cancelled dates told, search updated — one transaction).
 * Past breaks and excluded dates, not shown in the form, are kept. An unchanged save writes nothing.
 */
export const saveEvent = defineCommand({
	name: 'event.save',
	input: saveEventInput,
	run(ctx: CommandContext, input): SaveEventResult {
		const { db, actor, now } = ctx;
		if (actor.kind !== 'staff' && actor.kind !== 'organiser') ctx.refuse(403, 'Du har inte behörighet att ändra aktiviteter.');
		const today = todayInStockholm(now);
		const scope = actor.kind === 'organiser' ? actor.organisationId : null;
		// A new event's form posted a second time saves into the event its first post made, as an edit would.
		const key = input.eventId === null && input.formKey.length >= 16 ? newEventKey(input.formKey) : null;
		const made = key ? madeWithKey(db, key) : undefined;
		const repeat = made ? getOwnEvent(db, scope, made.id) : null;
		const own = repeat ?? (input.eventId === null ? null : getOwnEvent(db, scope, input.eventId));
		if (input.eventId !== null && !own) ctx.refuse(404, 'Aktiviteten finns inte.');
		const extra: Record<string, string> = {};
		let organisationId = own?.event.organisationId ?? (actor.kind === 'organiser' ? actor.organisationId : (input.organisationId ?? 0));
		// Staff may still correct the events of an organisation that has been deactivated; nobody adds new ones to it.
		const org = own ? getOrganisation(db, organisationId) : activeOrganisation(db, organisationId);
		if (!org) {
			if (actor.kind === 'staff' && !own) extra.organisationId = 'Välj vilken förening eller enhet som ordnar aktiviteten.';
			else ctx.refuse(403, 'Föreningen är inte aktiv.');
			organisationId = 0;
		}
		const v = input.values;
		// An organiser's one-off event lies ahead (staff may enter past ones to record attendance).
		// Moved, too: an organiser cannot move one into the past (a date already over may stay as it is).
		const keptPast = own && own.revision.schedule.kind === 'once' && own.revision.schedule.startDate === v.startDate;
		if (actor.kind === 'organiser' && !keptPast && v.scheduleKind === 'once' && /^\d{4}-\d{2}-\d{2}$/.test(v.startDate) && v.startDate < today)
			extra.startDate = 'Datumet har redan varit. Välj idag eller ett senare datum.';
		const pending = own && actor.kind === 'staff' ? pendingRevisionOf(db, own.event.id) : null;
		// A staff draft would push the organisation's waiting version out of the queue unseen.
		if (pending && input.intent === 'draft')
			extra.form = 'Föreningens version väntar på granskning. Publicera dina ändringar, eller gå tillbaka till granskningen och fatta beslut där.';
		const content = contentFromForm(ctx, v, organisationId, extra);
		if (own) content.schedule = keepPastDates(content.schedule, own.revision.schedule, today);

		const submit = input.intent === 'submit';
		const direct = submit && (actor.kind === 'staff' || publishesDirectly(org!));
		if (own && canonicalContent(content) === canonicalContent(savedContent(own))) {
			const waiting = own.revision.status === 'pending';
			const live = own.revision.status === 'approved' || own.revision.status === 'superseded';
			// The same new-event form again: the answer the first post had.
			if (repeat && !pending) return { eventId: own.event.id, published: own.revision.status === 'approved', submitted: waiting, unchanged: false, affectedPeople: 0 };
			if (!submit || (waiting && !pending) || (live && !pending)) return { eventId: own.event.id, published: false, submitted: false, unchanged: true, affectedPeople: 0 };
		}
		const status = submit ? 'pending' : 'draft';
		let eventId: number;
		let revisionId: number;
		if (own) {
			eventId = own.event.id;
			revisionId = addRevision(db, eventId, content, status, now);
		} else {
			({ eventId, revisionId } = createEvent(db, organisationId, content, { status, now }));
			if (key && !made) db.update(events).set({ requestKeyHash: key }).where(eq(events.id, eventId)).run();
		}
		const affectedPeople = own ? impactOfSchedule(db, eventId, content.schedule, content.venueId ?? null, now).people : 0;
		if (direct) {
			markPublished(db, revisionId, now);
			ctx.replan(eventId);
			ctx.invalidate({ eventIds: [eventId] });
		} else if (own && (own.event.status === 'published' || own.event.status === 'cancelled')) {
			// The public version stays, but the event row's time moved, which feeds' change times may
			// fall back on (a version without approval time, a cancelled event): the index reads it again.
			ctx.invalidate({ eventIds: [eventId] });
		}
		const by = actor.kind === 'staff' ? 'publicerad direkt av personal' : 'publicerad direkt (betrodd arrangör)';
		ctx.audit({
			action: direct ? 'event.published_directly' : submit ? 'event.submitted' : 'event.draft_saved',
			entityType: 'event',
			entityId: eventId,
			summary: `${content.title}: ${direct ? by : submit ? 'skickad för granskning' : 'sparad som utkast'}`,
			details: { revisionId, affectedPeople }
		});
		const link = `${siteOrigin()}/forening/aktiviteter/${eventId}`;
		if (pending && direct) {
			// "Edit then approve": the organisation's waiting version gets an approval on record, and is told (with the new title).
			const message = 'Kommunen har gjort ändringar i aktiviteten och publicerat den. Titta gärna igenom den.';
			db.insert(moderationDecisions).values({ eventId, revisionId: pending.id, moderatorUserId: actor.kind === 'staff' ? actor.userId : null, decision: 'approve', reasonCode: null, message, decidedAt: now }).run();
			ctx.audit({ action: 'moderation.approve', entityType: 'event', entityId: eventId, summary: `${content.title}: godkänd med ändringar av personal`, details: { revisionId: pending.id, edited: true, message } });
			const replyTo = actor.kind === 'staff' ? staffReplyTo(db, actor.userId) : null;
			for (const to of organisationRecipients(db, organisationId)) ctx.mail({ to, replyTo, ...mails.decision({ title: content.title, decision: 'approve', reason: null, message, link }) });
		}
		if (submit && !direct)
			for (const to of immediateModeratorEmails(db))
				ctx.mail({ to, ...mails.newSubmission({ title: content.title, organisation: org!.name, link: `${siteOrigin()}/personal/granskning/${revisionId}` }) });
		return { eventId, published: direct, submitted: submit && !direct, unchanged: false, affectedPeople };
	}
});

