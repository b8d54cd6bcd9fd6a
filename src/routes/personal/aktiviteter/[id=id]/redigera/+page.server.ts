import { fail, isRedirect } from '@sveltejs/kit';
import { readEventForm } from '$lib/domain/event-form';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { organisationRecipients, pendingRevisionOf, recordEditedApproval } from '$lib/server/db/queries/moderation';
import { sendMail } from '$lib/server/mail';
import { mails } from '$lib/server/mail/templates';
import { eventFormOptions, handleEventForm, loadEventFormValues } from '$lib/server/event-form';
import { requireRole } from '$lib/server/auth/guards';
import { todayInStockholm } from '$lib/domain/dates';

/** Staff edit any event; saving publishes at once (logged as a staff publication). */
export const load: PageServerLoad = (event) => {
	requireRole(event, 'moderator', 'admin');
	const loaded = loadEventFormValues(null, Number(event.params.id));
	return { ...loaded, options: eventFormOptions(loaded.organisationId), today: todayInStockholm(), staff: true };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'moderator', 'admin');
		const eventId = Number(event.params.id);
		const { organisationId } = loadEventFormValues(null, eventId);
		const db = getDb();
		const pending = pendingRevisionOf(db, eventId);
		const posted = await event.request.clone().formData();
		const publishing = posted.get('intent') === 'submit';
		// A staff draft would push the organisation's waiting version out of the queue unseen.
		if (pending && !publishing && posted.get('intent') !== 'preview')
			return fail(400, {
				values: readEventForm(posted),
				errors: { form: 'Föreningens version väntar på granskning. Publicera dina ändringar, eller gå tillbaka till granskningen och fatta beslut där.' },
				preview: null
			});
		try {
			return await handleEventForm(event.request, { userId: user.id, organisationId }, eventId, { staff: true });
		} catch (e) {
			// Published with staff's changes while the organisation's version waited: record it as the decision and tell them.
			if (isRedirect(e) && pending && publishing) {
				const message = 'Kommunen har gjort ändringar i aktiviteten och publicerat den. Titta gärna igenom den.';
				recordEditedApproval(db, user.id, pending, eventId, message);
				const link = `${event.url.origin}/forening/aktiviteter/${eventId}`;
				for (const to of organisationRecipients(db, pending.organisationId))
					await sendMail(db, { to, ...mails.decision({ title: pending.title, decision: 'approve', reason: null, message, link }) });
			}
			throw e;
		}
	}
};
