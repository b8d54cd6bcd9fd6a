import { createHash } from 'node:crypto';
import { z } from 'zod';
import { and, eq, ne, sql } from 'drizzle-orm';
import { signups } from '../db/schema';
import { laterDatesInTerm, signupTarget, type SignupTarget } from '../db/queries/signups';
import { eventReplyTo } from '../db/queries/moderation';
import { generateToken, hashToken } from '../auth/session';
import { signupSchema, staffSignupSchema } from '../../domain/schemas';
import { mails } from '../mail/templates';
import { siteOrigin } from '../origin';
import { defineCommand, type CommandContext } from './runner';
import { locales, type Locale } from '../../i18n';

/** The personal link of a sign-up: its receipt, from where it can also be cancelled. */
export const receiptUrl = (token: string) => `${siteOrigin()}/anmalan/kvitto/${token}`;

/**
 * A form's one-time key gives the sign-up's key hash and its personal token, so that the same form
 * posted twice (a double click, a reload) finds the sign-up it made and answers with the same receipt.
 */
function fromFormKey(key: string, occurrenceId?: number) {
	// A sign-up for several dates derives one key per date from the same form key.
	const scoped = occurrenceId === undefined ? key : `${key}:${occurrenceId}`;
	const derive = (purpose: string) => createHash('sha256').update(`${purpose}:${scoped}`).digest('base64url');
	return { keyHash: derive('signup-key'), token: derive('signup-token').slice(0, 32) };
}

const digits = (v: string | null) => (v ?? '').replace(/\D/g, '');

/** Places taken and whether this many people still fit (first come, first served; a queue goes first). */
function fits(ctx: CommandContext, t: SignupTarget, people: number) {
	const taken = ctx.db.select({ n: sql<number>`coalesce(sum(${signups.people}), 0)` }).from(signups).where(and(eq(signups.occurrenceId, t.occurrenceId), eq(signups.status, 'confirmed'))).get()!.n;
	const queue = ctx.db.select({ n: sql<number>`count(*)` }).from(signups).where(and(eq(signups.occurrenceId, t.occurrenceId), eq(signups.status, 'waiting'))).get()!.n;
	return t.capacity === null || (queue === 0 && taken + people <= t.capacity);
}

function openTarget(ctx: CommandContext, eventId: number, occurrenceId: number) {
	const t = signupTarget(ctx.db, occurrenceId);
	if (!t || t.eventId !== eventId) ctx.refuse(404, 'Tillfället finns inte.');
	return t;
}

export type SignUpResult =
	| { kind: 'created' | 'repeated'; token: string; status: 'confirmed' | 'waiting' }
	| { kind: 'already'; status: 'confirmed' | 'waiting'; mailedTo: string | null };

/**
 * A resident signs up for a date. Capacity is checked in the same IMMEDIATE transaction as the
 * insert, so concurrent requests never confirm more people than there are places. The same form
 * posted twice gives one sign-up; the same person (name plus e-mail or phone) signing up again for
 * the same date is recognised, and is sent their receipt again instead.
 */
export const signUp = defineCommand({
	name: 'signup.create',
	input: z.object({
		eventId: z.number().int(),
		occurrenceId: z.number().int(),
		formKey: z.string().max(100).default(''),
		/** The interface the person signed up in: their receipt is mailed in it. */
		locale: z.enum(locales).default('sv'),
		values: signupSchema
	}),
	run(ctx: CommandContext, input): SignUpResult {
		const t = openTarget(ctx, input.eventId, input.occurrenceId);
		const key = input.formKey.length >= 16 ? fromFormKey(input.formKey) : null;
		const one = signUpFor(ctx, t, input.values, key, input.locale);
		if (one.kind === 'closed') ctx.fail(input.values, { form: 'closed' });
		if (one.kind === 'already') {
			if (one.email && one.token) {
				ctx.mail({ to: one.email, ...mails.signupReceipt({ target: t, status: one.status, people: one.people, receiptUrl: receiptUrl(one.token), phone: null }, input.locale) });
			}
			return { kind: 'already', status: one.status, mailedTo: one.email };
		}
		if (one.kind === 'created' && input.values.email) {
			ctx.mail({ to: input.values.email, ...mails.signupReceipt({ target: t, status: one.status, people: one.people, receiptUrl: receiptUrl(one.token), phone: null }, input.locale) });
		}
		return { kind: one.kind, token: one.token, status: one.status };
	}
});

type OneResult =
	| { kind: 'created' | 'repeated'; token: string; status: 'confirmed' | 'waiting'; people: number; email: string | null }
	| { kind: 'already'; token: string | null; status: 'confirmed' | 'waiting'; people: number; email: string | null }
	| { kind: 'closed' };

/**
 * One date: the same form posted again finds its sign-up, the same person is recognised (and gets
 * a new personal link, as the first receipt may be lost), otherwise a place or a place in the queue.
 * Mails are the caller's: one date gets a receipt, a whole term gets one receipt for all its dates.
 */
function signUpFor(ctx: CommandContext, t: SignupTarget, v: z.infer<typeof signupSchema>, key: { keyHash: string; token: string } | null, locale: Locale): OneResult {
	if (key) {
		const earlier = ctx.db.select().from(signups).where(eq(signups.requestKeyHash, key.keyHash)).get();
		if (earlier && earlier.status !== 'cancelled') return { kind: 'repeated', token: key.token, status: earlier.status, people: earlier.people, email: earlier.email };
	}
	const deadline = t.startsAt - (t.deadlineHours ?? 0) * 3_600_000;
	if (!t.signupOnline || t.cancelled || ctx.now.getTime() >= deadline) return { kind: 'closed' };
	const same = ctx.db
		.select()
		.from(signups)
		.where(and(eq(signups.occurrenceId, t.occurrenceId), ne(signups.status, 'cancelled')))
		.all()
		.find((s) => s.name.trim().toLowerCase() === v.name.trim().toLowerCase() && ((v.email && s.email?.toLowerCase() === v.email.toLowerCase()) || (digits(v.phone) && digits(s.phone) === digits(v.phone))));
	if (same) {
		// The first receipt may be lost: with an address to send it to, a new personal link replaces the old one.
		const token = same.email ? generateToken() : null;
		// …and later mails follow the language of this latest receipt.
		if (token) ctx.db.update(signups).set({ cancelTokenHash: hashToken(token), locale }).where(eq(signups.id, same.id)).run();
		return { kind: 'already', token, status: same.status === 'waiting' ? 'waiting' : 'confirmed', people: same.people, email: same.email };
	}
	const people = Number(v.people);
	const status = fits(ctx, t, people) ? ('confirmed' as const) : ('waiting' as const);
	const token = key?.token ?? generateToken();
	ctx.db
		.insert(signups)
		.values({ occurrenceId: t.occurrenceId, name: v.name, phone: v.phone || null, email: v.email || null, people, message: v.message || null, status, locale, cancelTokenHash: hashToken(token), requestKeyHash: key?.keyHash ?? null, createdAt: ctx.now })
		.run();
	ctx.invalidate({ eventIds: [t.eventId] });
	return { kind: 'created', token, status, people, email: v.email || null };
}

export type TermDate = { occurrenceId: number; token: string | null; status: 'confirmed' | 'waiting'; kind: 'created' | 'repeated' | 'already' };

/**
 * A resident signs up for this date and every later date of the same activity in the same term
 * (a course, or a weekly group one goes to anyway). Each date gets its own sign-up and personal link,
 * so one date can be cancelled without the others; a date that is full puts them in its queue; dates
 * closed for sign-up are left out and named. One receipt mail lists every date. All or nothing.
 */
export const signUpForTerm = defineCommand({
	name: 'signup.create_term',
	input: z.object({ eventId: z.number().int(), occurrenceId: z.number().int(), formKey: z.string().min(16).max(100), locale: z.enum(locales).default('sv'), values: signupSchema }),
	run(ctx: CommandContext, input): { dates: TermDate[]; closed: number } {
		const first = openTarget(ctx, input.eventId, input.occurrenceId);
		const targets = [first, ...laterDatesInTerm(ctx.db, first).map((d) => signupTarget(ctx.db, d.occurrenceId)!).filter(Boolean)];
		const dates: TermDate[] = [];
		let closed = 0;
		for (const t of targets) {
			const one = signUpFor(ctx, t, input.values, fromFormKey(input.formKey, t.occurrenceId), input.locale);
			if (one.kind === 'closed') closed++;
			else dates.push({ occurrenceId: t.occurrenceId, token: one.token, status: one.status, kind: one.kind });
		}
		if (!dates.length) ctx.fail(input.values, { form: 'closed' });
		const email = input.values.email || null;
		if (email && dates.some((d) => d.kind !== 'repeated')) {
			const byId = new Map(targets.map((t) => [t.occurrenceId, t]));
			ctx.mail({
				to: email,
				...mails.termReceipt(
					{
						title: first.title,
						titleFi: first.titleFi,
						people: Number(input.values.people),
						dates: dates.map((d) => ({ target: byId.get(d.occurrenceId)!, status: d.status, receiptUrl: d.token ? receiptUrl(d.token) : null }))
					},
					input.locale
				)
			});
		}
		return { dates, closed };
	}
});

/** First come, first served: waiting sign-ups that now fit are confirmed, in order, and told if it still matters. */
function promoteWaiting(ctx: CommandContext, t: SignupTarget) {
	let taken = ctx.db.select({ n: sql<number>`coalesce(sum(${signups.people}), 0)` }).from(signups).where(and(eq(signups.occurrenceId, t.occurrenceId), eq(signups.status, 'confirmed'))).get()!.n;
	const waiting = ctx.db.select().from(signups).where(and(eq(signups.occurrenceId, t.occurrenceId), eq(signups.status, 'waiting'))).orderBy(signups.id).all();
	let promoted = 0;
	for (const w of waiting) {
		// The queue keeps its order: when the first in line does not fit, nobody behind them jumps ahead.
		if (t.capacity !== null && taken + w.people > t.capacity) break;
		ctx.db.update(signups).set({ status: 'confirmed' }).where(eq(signups.id, w.id)).run();
		taken += w.people;
		promoted++;
		if (w.email && !t.cancelled && ctx.now.getTime() < t.startsAt) ctx.mail({ to: w.email, ...mails.promoted({ target: t }, w.locale) });
	}
	return promoted;
}

function cancelOne(ctx: CommandContext, s: typeof signups.$inferSelect) {
	const t = signupTarget(ctx.db, s.occurrenceId);
	ctx.db.update(signups).set({ status: 'cancelled', callNeeded: false }).where(eq(signups.id, s.id)).run();
	const promoted = t ? promoteWaiting(ctx, t) : 0;
	if (t) ctx.invalidate({ eventIds: [t.eventId] });
	return { promoted, target: t };
}

/** A resident cancels with their personal link. Cancelling twice is the same as once. */
export const cancelSignupByToken = defineCommand({
	name: 'signup.cancel_by_link',
	input: z.object({ token: z.string().min(10).max(100) }),
	run(ctx: CommandContext, input) {
		const s = ctx.db.select().from(signups).where(eq(signups.cancelTokenHash, hashToken(input.token))).get();
		if (!s) ctx.refuse(404, 'Länken gäller inte längre.');
		if (s.status === 'cancelled') return { changed: false, promoted: 0 };
		const { promoted, target } = cancelOne(ctx, s);
		ctx.audit({ action: 'signup.cancelled', entityType: 'occurrence', entityId: s.occurrenceId, summary: `${target?.title ?? 'Tillfälle'}: en anmälan avbokad med personlig länk` });
		return { changed: true, promoted };
	}
});

/** The occurrence if the actor may manage its sign-ups (staff: any; organiser: their organisation's). */
function managedTarget(ctx: CommandContext, occurrenceId: number) {
	const t = signupTarget(ctx.db, occurrenceId);
	const a = ctx.actor;
	if (!t || !(a.kind === 'staff' || (a.kind === 'organiser' && a.organisationId === t.organisationId))) ctx.refuse(404, 'Tillfället finns inte.');
	return t;
}

/** Staff or the organiser cancel someone's sign-up (after a yes). */
export const cancelSignup = defineCommand({
	name: 'signup.cancel',
	input: z.object({ occurrenceId: z.number().int(), signupId: z.number().int(), confirm: z.boolean() }),
	run(ctx: CommandContext, input) {
		const t = managedTarget(ctx, input.occurrenceId);
		const s = ctx.db.select().from(signups).where(and(eq(signups.id, input.signupId), eq(signups.occurrenceId, input.occurrenceId))).get();
		if (!s) ctx.fail(input, { form: 'Anmälan finns inte.' }, 404);
		if (s.status === 'cancelled') return { changed: false, promoted: 0, name: s.name };
		if (!input.confirm) ctx.fail(input, { confirm: s.name });
		const { promoted } = cancelOne(ctx, s);
		ctx.audit({ action: 'signup.cancelled', entityType: 'occurrence', entityId: input.occurrenceId, summary: `${t.title}: en anmälan avbokad av arrangör/personal` });
		return { changed: true, promoted, name: s.name };
	}
});

/** A sign-up taken by phone: the same capacity rules as online. */
export const addPhoneSignup = defineCommand({
	name: 'signup.add_by_phone',
	input: z.object({ occurrenceId: z.number().int(), values: staffSignupSchema }),
	run(ctx: CommandContext, input) {
		const t = managedTarget(ctx, input.occurrenceId);
		const v = input.values;
		const people = Number(v.people);
		const status = fits(ctx, t, people) ? ('confirmed' as const) : ('waiting' as const);
		ctx.db
			.insert(signups)
			.values({ occurrenceId: t.occurrenceId, name: v.name, phone: v.phone || null, email: v.email || null, people, message: v.message || null, status, cancelTokenHash: hashToken(generateToken()), createdByUserId: ctx.actor.kind === 'staff' || ctx.actor.kind === 'organiser' ? ctx.actor.userId : null, createdAt: ctx.now })
			.run();
		ctx.audit({ action: 'signup.added_by_phone', entityType: 'occurrence', entityId: t.occurrenceId, summary: `${t.title}: anmälan per telefon (${status === 'confirmed' ? 'plats' : 'väntelista'})` });
		ctx.invalidate({ eventIds: [t.eventId] });
		return { status };
	}
});

/** A message by e-mail to everyone signed up for a date who gave an address. */
export const messageSignups = defineCommand({
	name: 'signup.message',
	input: z.object({ occurrenceId: z.number().int(), text: z.string().trim().min(5, 'Skriv ett meddelande.').max(2000, 'Högst 2000 tecken.') }),
	run(ctx: CommandContext, input) {
		const t = managedTarget(ctx, input.occurrenceId);
		const recipients = ctx.db.select().from(signups).where(and(eq(signups.occurrenceId, t.occurrenceId), ne(signups.status, 'cancelled'))).all().filter((s) => s.email);
		const replyTo = eventReplyTo(ctx.db, t.eventId);
		for (const r of recipients) ctx.mail({ to: r.email!, replyTo, ...mails.messageToSignups({ title: t.title, text: input.text }) });
		ctx.audit({ action: 'signup.messaged', entityType: 'occurrence', entityId: t.occurrenceId, summary: `${t.title}: meddelande till ${recipients.length} anmälda` });
		return { messaged: recipients.length };
	}
});

/** The organiser has phoned someone about a changed date: off the call list. */
export const markCalled = defineCommand({
	name: 'signup.called',
	input: z.object({ occurrenceId: z.number().int(), signupId: z.number().int() }),
	run(ctx: CommandContext, input) {
		const t = managedTarget(ctx, input.occurrenceId);
		const s = ctx.db.select().from(signups).where(and(eq(signups.id, input.signupId), eq(signups.occurrenceId, input.occurrenceId))).get();
		if (!s) ctx.fail(input, { form: 'Anmälan finns inte.' }, 404);
		if (!s.callNeeded) return { changed: false };
		ctx.db.update(signups).set({ callNeeded: false }).where(eq(signups.id, s.id)).run();
		ctx.audit({ action: 'signup.called', entityType: 'occurrence', entityId: t.occurrenceId, summary: `${t.title}: ${s.name} har fått besked per telefon` });
		return { changed: true };
	}
});
