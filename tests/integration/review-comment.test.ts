import { describe, expect, it } from 'vitest';
import { revisionContent, smallDatabase } from './small-db';
import * as t from '../../src/lib/server/db/schema';
import { createEvent, publishRevision } from '../../src/lib/server/commands/revisions';
import { execute } from '../../src/lib/server/commands/runner';
import type { Actor } from '../../src/lib/server/commands/actor';
import { saveEvent } from '../../src/lib/server/commands/events';
import { decideRevision } from '../../src/lib/server/commands/moderation';
import { eventFormValues } from '../../src/lib/server/db/queries/event-form';
import { pendingRevisionOf, readableRevision } from '../../src/lib/server/db/queries/moderation';
import { lastModeratorComment } from '../../src/lib/server/db/queries/review-comment';
import { diffRevisions } from '../../src/lib/domain/revision-diff';
import type { Schedule } from '../../src/lib/domain/recurrence';

const NOW = new Date('2026-11-23T08:00:00Z');
const TUESDAYS: Schedule = { kind: 'weekly', startDate: '2026-11-24', until: '2027-01-26', startTime: '10:00', endTime: '11:00', weekdays: [2], holidays: 'skip' };

function world() {
	const s = smallDatabase();
	const user = (email: string, role: 'organiser' | 'moderator') => s.db.insert(t.users).values({ email, name: email.split('@')[0], role, createdAt: NOW }).returning().get();
	const staff: Actor = { kind: 'staff', userId: user('karin@kommun.se', 'moderator').id, role: 'moderator' };
	const orgUser = user('birgitta@pro.se', 'organiser');
	s.db.insert(t.memberships).values({ userId: orgUser.id, organisationId: s.organisationId }).run();
	const organiser: Actor = { kind: 'organiser', userId: orgUser.id, organisationId: s.organisationId };
	const { eventId, revisionId } = createEvent(s.db, s.organisationId, revisionContent(s, 'Sittgympa', TUESDAYS), { now: NOW });
	publishRevision(s.db, revisionId, { now: NOW });
	return { ...s, staff, organiser, eventId };
}

async function submit(w: ReturnType<typeof world>, change: (v: NonNullable<ReturnType<typeof eventFormValues>>['values']) => void) {
	const loaded = eventFormValues(w.db, null, w.eventId, '2026-11-23')!;
	change(loaded.values);
	const r = await execute(saveEvent, w.organiser, { eventId: w.eventId, intent: 'submit', values: loaded.values }, { db: w.db, now: NOW });
	expect(r.ok).toBe(true);
	return pendingRevisionOf(w.db, w.eventId)!.id;
}

/** What the review page shows under "Ändrat sedan kommunens senaste kommentar". */
function sinceComment(w: ReturnType<typeof world>, revisionId: number) {
	const comment = lastModeratorComment(w.db, w.eventId, revisionId);
	if (!comment) return null;
	return { message: comment.message, moderator: comment.moderator, changes: diffRevisions(readableRevision(w.db, comment.revisionId), readableRevision(w.db, revisionId)!) };
}

describe('changes since the moderator last commented', () => {
	it('request changes → the organiser edits one field → exactly that field, while the published diff shows both', async () => {
		const w = world();
		const first = await submit(w, (v) => {
			v.title = 'Sittgympa för alla';
			v.summary = 'Lugn gympa på stol.';
		});
		expect(sinceComment(w, first)).toBeNull();
		const asked = await execute(decideRevision, w.staff, { revisionId: first, decision: 'request_changes', message: 'Skriv vad som behövs med.' }, { db: w.db, now: NOW });
		expect(asked.ok).toBe(true);

		const second = await submit(w, (v) => {
			v.summary = 'Lugn gympa på stol. Ta med vattenflaska.';
		});
		const since = sinceComment(w, second)!;
		expect(since).toMatchObject({ message: 'Skriv vad som behövs med.', moderator: 'karin' });
		expect(since.changes).toEqual([{ key: 'summary', label: 'Sammanfattning', before: 'Lugn gympa på stol.', after: 'Lugn gympa på stol. Ta med vattenflaska.' }]);
		// Against the published version both the title and the summary are changed.
		const published = readableRevision(w.db, readableRevision(w.db, second)!.publishedRevisionId!);
		expect(diffRevisions(published, readableRevision(w.db, second)!).map((c) => c.key)).toEqual(['title', 'summary']);
	});

	it('resubmitted unchanged: nothing since the comment; after an approval the old comment no longer counts', async () => {
		const w = world();
		const first = await submit(w, (v) => void (v.title = 'Sittgympa för alla'));
		await execute(decideRevision, w.staff, { revisionId: first, decision: 'request_changes', message: 'Lägg till kontakt.' }, { db: w.db, now: NOW });
		const second = await submit(w, () => {});
		expect(sinceComment(w, second)?.changes).toEqual([]);
		await execute(decideRevision, w.staff, { revisionId: second, decision: 'approve', message: '' }, { db: w.db, now: NOW });
		const third = await submit(w, (v) => void (v.title = 'Sittgympa på tisdagar'));
		expect(sinceComment(w, third)).toBeNull();
	});
});
