import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { z } from 'zod';
import { getDb } from './db';
import { addSignup, cancelSignupById, listSignups, signupTarget } from './db/queries/signups';
import { logAudit } from './db/queries/audit';
import { firstErrors, formValues, staffSignupSchema } from '../domain/schemas';
import { mailPromoted, promotionWorthMailing } from './signup-mail';
import { sendMail } from './mail';
import { invalidateCache } from './cache';

/** The occurrence if the organisation owns it (null organisation = staff, any). */
export function ownedTarget(organisationId: number | null, occurrenceId: number) {
	const target = signupTarget(getDb(), occurrenceId);
	if (!target || (organisationId !== null && target.organisationId !== organisationId)) error(404, 'Tillfället finns inte.');
	return target;
}

export function loadSignupList(organisationId: number | null, occurrenceId: number) {
	const target = ownedTarget(organisationId, occurrenceId);
	const list = listSignups(getDb(), occurrenceId).map((s) => ({
		id: s.id, name: s.name, phone: s.phone, email: s.email, people: s.people, message: s.message, status: s.status, byPhone: s.createdByUserId !== null
	}));
	return { target, signups: list };
}

const FIELDS = ['name', 'phone', 'email', 'people', 'message'];

type Actor = { userId: number; organisationId: number | null };

/** The actions of the sign-up list page; `actorOf` authorises (role) and names the organisation. */
export const signupAdminActions = (organisation: (event: RequestEvent) => Actor) => ({
	add: (event: RequestEvent) => addByPhone(event, organisation(event)),
	cancel: async (event: RequestEvent) => {
		const actor = organisation(event);
		const occurrenceId = Number((event.params as Record<string, string>).occurrence);
		const target = ownedTarget(actor.organisationId, occurrenceId);
		const id = Number((await event.request.formData()).get('signup'));
		const db = getDb();
		const result = cancelSignupById(db, id, occurrenceId);
		if (!result.cancelled) return fail(404, { cancelError: 'Anmälan finns inte.' });
		if (promotionWorthMailing(target)) for (const p of result.promoted) if (p.email) await mailPromoted(db, p.email, target);
		logAudit(db, { actorUserId: actor.userId, action: 'signup.cancelled', entityType: 'occurrence', entityId: occurrenceId, summary: `${target.title}: en anmälan avbokad av arrangör/personal` });
		invalidateCache();
		return { cancelled: true, promoted: result.promoted.length };
	},
	message: async (event: RequestEvent) => {
		const actor = organisation(event);
		const occurrenceId = Number((event.params as Record<string, string>).occurrence);
		const target = ownedTarget(actor.organisationId, occurrenceId);
		const typed = String((await event.request.formData()).get('text') ?? '');
		const text = z.string().trim().min(5, 'Skriv ett meddelande.').max(2000, 'Högst 2000 tecken.').safeParse(typed);
		if (!text.success) return fail(400, { messageError: text.error.issues[0].message, messageText: typed.slice(0, 10_000) });
		const db = getDb();
		const recipients = listSignups(db, occurrenceId).filter((s) => s.status !== 'cancelled' && s.email);
		for (const r of recipients) await sendMail(db, { to: r.email!, subject: `Meddelande om ${target.title}`, text: `${text.data}\n\nVänliga hälsningar\n${target.title}` });
		logAudit(db, { actorUserId: actor.userId, action: 'signup.messaged', entityType: 'occurrence', entityId: occurrenceId, summary: `${target.title}: meddelande till ${recipients.length} anmälda` });
		return { messaged: recipients.length };
	}
});

async function addByPhone(event: RequestEvent, actor: Actor) {
	const occurrenceId = Number((event.params as Record<string, string>).occurrence);
	const target = ownedTarget(actor.organisationId, occurrenceId);
	const values = formValues(await event.request.formData(), FIELDS);
	// Staff type for someone who called, so the messages speak about "the person".
	const parsed = staffSignupSchema.safeParse(values);
	if (!parsed.success) return fail(400, { values, errors: firstErrors(z.flattenError(parsed.error).fieldErrors) });
	const d = parsed.data;
	const db = getDb();
	const result = addSignup(db, occurrenceId, { name: d.name, phone: d.phone || null, email: d.email || null, people: Number(d.people), message: d.message || null }, { createdByUserId: actor.userId });
	if (!result) error(404, 'Tillfället finns inte.');
	logAudit(db, { actorUserId: actor.userId, action: 'signup.added_by_phone', entityType: 'occurrence', entityId: occurrenceId, summary: `${target.title}: anmälan per telefon (${result.status === 'confirmed' ? 'plats' : 'väntelista'})` });
	invalidateCache();
	return { added: result.status };
}
