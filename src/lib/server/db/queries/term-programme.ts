import type { Db } from '../index';
import type { Schedule } from '../../../domain/recurrence';
import { explainSchedule } from '../../../domain/recurrence';
import { closedDaysOfVenue } from './occurrences';
import type { HolidayLookup } from '../../../domain/recurrence';

export type ProgrammeEntry = {
	id: number;
	title: string;
	summary: string;
	waiting: boolean;
	venue: string | null;
	address: string | null;
	remote: string | null;
	startTime: string;
	endTime: string;
	costKind: 'free' | 'paid';
	costAmount: number | null;
	contact: string | null;
	dates: string[];
	breaks: { from: string; to: string; label: string | null }[];
};

type Row = {
	id: number; eventStatus: string; publishedId: number | null; title: string; summary: string; schedule: string; revisionStatus: string;
	venueId: number | null; venue: string | null; address: string | null; remoteKind: string | null; remoteDetails: string | null;
	costKind: 'free' | 'paid'; costAmount: number | null; contactName: string | null; contactPhone: string | null; contactEmail: string | null;
};

/**
 * An organisation's programme for a term: each published activity with its dates that happen
 * (cancelled ones left out), and each one waiting for its first review with the dates its schedule
 * would give (holidays and closures skipped), so that a new term can be printed before approval.
 */
export function termProgramme(db: Db, organisationId: number, from: string, to: string, holiday: HolidayLookup): ProgrammeEntry[] {
	const rows = db.$client
		.prepare(
			`SELECT e.id, e.status AS eventStatus, e.published_revision_id AS publishedId, r.title, r.summary, r.schedule, r.status AS revisionStatus,
			 r.venue_id AS venueId, v.name AS venue, v.address, r.remote_kind AS remoteKind, r.remote_details AS remoteDetails,
			 r.cost_kind AS costKind, r.cost_amount AS costAmount, r.contact_name AS contactName, r.contact_phone AS contactPhone, r.contact_email AS contactEmail
			 FROM events e
			 JOIN event_revisions r ON r.id = coalesce(e.published_revision_id, e.latest_revision_id)
			 LEFT JOIN venues v ON v.id = r.venue_id
			 WHERE e.organisation_id = ? AND e.status <> 'cancelled'
			 AND (e.published_revision_id IS NOT NULL OR r.status = 'pending')
			 ORDER BY r.title COLLATE NOCASE`
		)
		.all(organisationId) as Row[];
	const held = db.$client.prepare(
		`SELECT local_date AS localDate FROM occurrences WHERE event_id = ? AND cancelled = 0 AND local_date BETWEEN ? AND ? ORDER BY local_date`
	);
	return rows
		.map((r) => {
			const schedule = JSON.parse(r.schedule) as Schedule;
			let dates: string[];
			if (r.publishedId) {
				dates = (held.all(r.id, from, to) as { localDate: string }[]).map((o) => o.localDate);
			} else {
				const closed = closedDaysOfVenue(db, r.venueId, from, to);
				dates = explainSchedule(schedule, from, to, holiday).held.filter((d) => !closed.has(d));
			}
			return {
				id: r.id, title: r.title, summary: r.summary, waiting: !r.publishedId,
				venue: r.venue, address: r.address, remote: r.remoteKind ? (r.remoteDetails ?? r.remoteKind) : null,
				startTime: schedule.startTime, endTime: schedule.endTime, costKind: r.costKind, costAmount: r.costAmount,
				contact: [r.contactName, r.contactPhone, r.contactEmail].filter(Boolean).join(', ') || null,
				dates,
				breaks: (schedule.breaks ?? []).filter((b) => b.to >= from && b.from <= to).map((b) => ({ from: b.from, to: b.to, label: b.label ?? null }))
			};
		})
		.filter((e) => e.dates.length > 0);
}
