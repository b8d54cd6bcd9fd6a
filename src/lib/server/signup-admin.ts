import { error, type RequestEvent } from '@sveltejs/kit';
import { getDb } from './db';
import { listSignups, signupTarget } from './db/queries/signups';
import { formValues } from '../domain/schemas';
import type { Actor } from './commands/actor';
import { runForm } from './commands/form';
import { addPhoneSignup, cancelSignup, markCalled, messageSignups } from './commands/signups';

/** The occurrence if the organisation owns it (null organisation = staff, any). */
export function ownedTarget(organisationId: number | null, occurrenceId: number) {
	const target = signupTarget(getDb(), occurrenceId);
	if (!target || (organisationId !== null && target.organisationId !== organisationId)) error(404, 'Tillfället finns inte.');
	return target;
}

export function loadSignupList(organisationId: number | null, occurrenceId: number) {
	const target = ownedTarget(organisationId, occurrenceId);
	const list = listSignups(getDb(), occurrenceId).map((s) => ({
		id: s.id, name: s.name, phone: s.phone, email: s.email, people: s.people, message: s.message, status: s.status, byPhone: s.createdByUserId !== null,
		callNeeded: s.callNeeded, changeNote: s.changeNote
	}));
	return { target, signups: list };
}

const FIELDS = ['name', 'phone', 'email', 'people', 'message'];
const occurrenceOf = (event: RequestEvent) => Number((event.params as Record<string, string>).occurrence);

/** The actions of the sign-up list page; `actorOf` authorises (role) and names the organisation. */
export const signupAdminActions = (actorOf: (event: RequestEvent) => Actor) => ({
	add: async (event: RequestEvent) => {
		const actor = actorOf(event);
		const values = formValues(await event.request.formData(), FIELDS);
		const { value, failure } = await runForm(addPhoneSignup, actor, { occurrenceId: occurrenceOf(event), values }, { values, action: 'add' });
		return failure ?? { added: value.status };
	},
	/** Asks for a yes first: the list shows "Avboka Anna Andersson? Ja / Nej". */
	cancel: async (event: RequestEvent) => {
		const actor = actorOf(event);
		const form = await event.request.formData();
		const values = { signup: String(form.get('signup') ?? '') };
		const input = { occurrenceId: occurrenceOf(event), signupId: Number(values.signup), confirm: form.get('confirm') === 'ja' };
		const { value, failure } = await runForm(cancelSignup, actor, input, { values, action: 'cancel' });
		return failure ?? { cancelled: value.name, promoted: value.promoted, changed: value.changed };
	},
	message: async (event: RequestEvent) => {
		const actor = actorOf(event);
		const values = { text: String((await event.request.formData()).get('text') ?? '') };
		const { value, failure } = await runForm(messageSignups, actor, { occurrenceId: occurrenceOf(event), text: values.text }, { values, action: 'message' });
		return failure ?? { messaged: value.messaged };
	},
	called: async (event: RequestEvent) => {
		const actor = actorOf(event);
		const values = { signup: String((await event.request.formData()).get('signup') ?? '') };
		const { failure } = await runForm(markCalled, actor, { occurrenceId: occurrenceOf(event), signupId: Number(values.signup) }, { values, action: 'called' });
		return failure ?? { called: true };
	}
});
