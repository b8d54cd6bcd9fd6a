import { describe, expect, it } from 'vitest';
import { revisionContent, smallDatabase } from './small-db';
import * as t from '../../src/lib/server/db/schema';
import { createEvent, publishRevision } from '../../src/lib/server/commands/revisions';
import { execute } from '../../src/lib/server/commands/runner';
import type { Actor } from '../../src/lib/server/commands/actor';
import { updateDistrict, updateUser } from '../../src/lib/server/commands/admin';
import { listUsers } from '../../src/lib/server/db/queries/admin';
import { listAudit } from '../../src/lib/server/db/queries/audit-list';
import { listAllEvents } from '../../src/lib/server/db/queries/staff-events';
import { eventFilters, userFilters } from '../../src/lib/domain/staff-filters';
import { parseBoundary } from '../../src/lib/domain/geojson';

/** Monday 23 November 2026, 09:00 in Stockholm. */
const NOW = new Date('2026-11-23T08:00:00Z');

function world() {
	const s = smallDatabase();
	const db = s.db;
	const user = (email: string, name: string, role: 'organiser' | 'moderator' | 'admin', passwordHash: string | null = 'x') =>
		db.insert(t.users).values({ email, name, role, passwordHash, createdAt: NOW }).returning().get();
	const admin = user('anna@kommun.se', 'Anna Admin', 'admin');
	const mod = user('karin@kommun.se', 'Karin Granskare', 'moderator');
	const birgitta = user('birgitta@pro.se', 'Birgitta Berg', 'organiser');
	const invited = user('ny@pro.se', 'Nils Ny', 'organiser', null);
	db.insert(t.memberships).values([{ userId: birgitta.id, organisationId: s.organisationId }, { userId: invited.id, organisationId: s.organisationId }]).run();
	const other = db.insert(t.organisations).values({ name: 'SPF Seniorerna', slug: 'spf', kind: 'association', createdAt: NOW }).returning().get();
	const north = db.insert(t.districts).values({ slug: 'norr', name: 'Norr' }).returning().get();
	const northVenue = db.insert(t.venues).values({ name: 'Norrgården', slug: 'norrgarden', kind: 'other', districtId: north.id, address: 'Norrvägen 1', lat: 59.35, lng: 14.5 }).returning().get();
	const soon = createEvent(db, s.organisationId, revisionContent(s, 'Sittgympa', { kind: 'once', startDate: '2026-11-26', startTime: '10:00', endTime: '11:00' }), { now: NOW });
	publishRevision(db, soon.revisionId, { now: NOW });
	const later = createEvent(db, other.id, revisionContent({ ...s, venueId: northVenue.id }, 'Julbord', { kind: 'once', startDate: '2026-12-15', startTime: '12:00', endTime: '14:00' }), { now: NOW });
	publishRevision(db, later.revisionId, { now: NOW });
	const draft = createEvent(db, other.id, revisionContent(s, 'Boule utkast', { kind: 'once', startDate: '2026-11-25', startTime: '10:00', endTime: '11:00' }), { now: NOW });
	const staff = (u: { id: number; role: string }): Actor => ({ kind: 'staff', userId: u.id, role: u.role as 'admin' | 'moderator' });
	return { ...s, db, admin, mod, birgitta, invited, other, north, soon: soon.eventId, later: later.eventId, draft: draft.eventId, staff };
}
const q = (s: string) => new URLSearchParams(s);

describe('users: search and filters', () => {
	it('by name or e-mail, role, organisation and status (active, disabled, invited)', async () => {
		const w = world();
		const names = (s: string) => listUsers(w.db, userFilters(q(s))).map((u) => u.name);
		expect(names('')).toHaveLength(4);
		expect(names('q=berg')).toEqual(['Birgitta Berg']);
		expect(names('q=KOMMUN.SE').sort()).toEqual(['Anna Admin', 'Karin Granskare']);
		expect(names('roll=moderator')).toEqual(['Karin Granskare']);
		expect(names(`forening=${w.organisationId}`)).toEqual(['Birgitta Berg', 'Nils Ny']);
		expect(names(`forening=${w.other.id}`)).toEqual([]);
		expect(names('status=inbjuden')).toEqual(['Nils Ny']);
		await execute(updateUser, w.staff(w.admin), { userId: w.birgitta.id, role: 'organiser', disabled: true }, { db: w.db, now: NOW });
		expect(names('status=avstangd')).toEqual(['Birgitta Berg']);
		expect(names('status=aktiv&roll=organiser')).toEqual([]);
		// Values that cannot be used are left out, not an error.
		expect(names('roll=kung&status=x&forening=abc&q=%25')).toHaveLength(0);
		expect(names('roll=kung&status=x&forening=abc')).toHaveLength(4);
	});
});

describe('the log by person and by event', () => {
	it('a person: what they did and what was done to their account; an event: its own entries and its dates', async () => {
		const w = world();
		await execute(updateUser, w.staff(w.admin), { userId: w.mod.id, role: 'admin', disabled: false }, { db: w.db, now: NOW });
		w.db.insert(t.auditLog).values([
			{ at: NOW, actorUserId: w.mod.id, action: 'moderation.approve', entityType: 'event', entityId: w.soon, summary: 'Sittgympa godkänd' },
			{ at: NOW, actorUserId: w.birgitta.id, action: 'event.submitted', entityType: 'event', entityId: w.later, summary: 'Julbord inskickad' }
		]).run();
		const occurrence = w.db.select().from(t.occurrences).all().find((o) => o.eventId === w.soon)!;
		w.db.insert(t.auditLog).values({ at: NOW, actorUserId: w.birgitta.id, action: 'occurrence.cancelled', entityType: 'occurrence', entityId: occurrence.id, summary: 'Sittgympa: ett tillfälle inställt' }).run();
		const byMod = listAudit(w.db, { person: w.mod.id });
		expect(byMod.map((r) => r.summary).sort()).toEqual(['Karin Granskare: moderator → admin', 'Sittgympa godkänd']);
		const roleChange = byMod.find((r) => r.action === 'user.role_changed')!;
		expect(roleChange).toMatchObject({ actor: 'Anna Admin', actorId: w.admin.id, subjectId: w.mod.id, subject: 'Karin Granskare', eventId: null });
		const bySoon = listAudit(w.db, { eventId: w.soon });
		expect(bySoon.map((r) => r.summary).sort()).toEqual(['Sittgympa godkänd', 'Sittgympa: ett tillfälle inställt']);
		expect(bySoon.every((r) => r.eventId === w.soon && r.eventTitle === 'Sittgympa')).toBe(true);
		expect(listAudit(w.db, { person: w.birgitta.id, eventId: w.later }).map((r) => r.summary)).toEqual(['Julbord inskickad']);
	});
});

describe('all events for staff', () => {
	it('by status, organisation, district and first date within 7 or 30 days', () => {
		const w = world();
		const titles = (s: string) => listAllEvents(w.db, eventFilters(q(s)), NOW).events.map((e) => e.title).sort();
		expect(titles('')).toEqual(['Boule utkast', 'Julbord', 'Sittgympa']);
		expect(titles('status=draft')).toEqual(['Boule utkast']);
		expect(titles('status=published')).toEqual(['Julbord', 'Sittgympa']);
		expect(titles(`forening=${w.other.id}`)).toEqual(['Boule utkast', 'Julbord']);
		expect(titles(`stadsdel=${w.north.id}`)).toEqual(['Julbord']);
		expect(titles('inom=7')).toEqual(['Sittgympa']);
		expect(titles('inom=30')).toEqual(['Julbord', 'Sittgympa']);
		expect(titles(`inom=30&forening=${w.other.id}&status=published`)).toEqual(['Julbord']);
		expect(listAllEvents(w.db, eventFilters(q('inom=7')), NOW)).toMatchObject({ matched: 1 });
	});
});

describe('district boundary saved from the preview', () => {
	const ring = [[14.5, 59.3], [14.52, 59.3], [14.52, 59.32], [14.5, 59.3]];
	it('saves once, keeps the old boundary in the log; the same post again changes nothing', async () => {
		const w = world();
		const d = w.db.select().from(t.districts).all()[0];
		const parsed = parseBoundary(JSON.stringify({ type: 'Polygon', coordinates: [ring] }));
		if (!parsed.ok) throw new Error(parsed.error);
		const input = { districtId: d.id, residents: '1200', boundary: parsed.geometry };
		expect(await execute(updateDistrict, w.staff(w.mod), input, { db: w.db, now: NOW })).toMatchObject({ ok: true, value: { changed: true } });
		expect(await execute(updateDistrict, w.staff(w.mod), input, { db: w.db, now: NOW })).toMatchObject({ ok: true, value: { changed: false } });
		const logs = listAudit(w.db, { action: 'district' });
		expect(logs).toHaveLength(1);
		expect(w.db.select().from(t.districts).all().find((x) => x.id === d.id)).toMatchObject({ residents65Plus: 1200, boundary: parsed.geometry });
		expect(await execute(updateDistrict, { kind: 'organiser', userId: w.birgitta.id, organisationId: w.organisationId }, input, { db: w.db, now: NOW })).toMatchObject({ ok: false, refused: { status: 403 } });
	});
});
