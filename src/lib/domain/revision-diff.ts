import type { Schedule } from './recurrence';
import { describeSchedule } from '../schedule-text';

type Readable = Record<string, unknown> & { schedule: Schedule };

/** Fields a moderator compares, with how to show each as text. */
const FIELDS: { key: string; label: string; show: (r: Readable) => string }[] = [
	{ key: 'title', label: 'Rubrik', show: (r) => String(r.title ?? '') },
	{ key: 'summary', label: 'Sammanfattning', show: (r) => String(r.summary ?? '') },
	{ key: 'description', label: 'Beskrivning', show: (r) => String(r.description ?? '') },
	{ key: 'easy_read', label: 'Lättläst', show: (r) => String(r.easy_read ?? '') },
	{ key: 'category', label: 'Typ av aktivitet', show: (r) => String(r.categoryName ?? '') },
	{ key: 'venue', label: 'Plats', show: (r) => String(r.venueName ?? (r.remote_kind === 'phone' ? 'Per telefon' : r.remote_kind === 'online' ? 'På nätet' : '')) },
	{ key: 'remote', label: 'Deltagande på distans', show: (r) => String(r.remote_details ?? '') },
	{ key: 'schedule', label: 'Tider', show: (r) => describeSchedule(r.schedule) },
	{ key: 'dates', label: 'Period', show: (r) => `${r.schedule.startDate}${r.schedule.until ? ` – ${r.schedule.until}` : ''}` },
	{ key: 'exceptions', label: 'Inställda datum', show: (r) => (r.schedule.exceptions ?? []).join(', ') },
	{ key: 'breaks', label: 'Uppehåll', show: (r) => (r.schedule.breaks ?? []).map((b) => `${b.from} – ${b.to}`).join(', ') },
	{ key: 'cost', label: 'Kostnad', show: (r) => (r.cost_kind === 'free' ? 'Gratis' : `${r.cost_amount ?? ''} kr ${r.cost_note ?? ''}`.trim()) },
	{ key: 'lunch', label: 'Lunch', show: (r) => (r.lunch_served ? 'Ja' : 'Nej') },
	{ key: 'signup', label: 'Anmälan', show: (r) => (r.signup_required ? `Ja: ${r.signup_how ?? ''}${r.capacity ? ` (${r.capacity} platser)` : ''}` : 'Nej') },
	{ key: 'audiences', label: 'Passar för', show: (r) => String(r.audiences ?? '') },
	{ key: 'languages', label: 'Språk', show: (r) => String(r.languages ?? '') },
	{ key: 'accessibility', label: 'Tillgänglighet', show: (r) => String(r.accessibility_notes ?? '') },
	{ key: 'contact', label: 'Kontakt', show: (r) => [r.contact_name, r.contact_phone, r.contact_email].filter(Boolean).join(', ') }
];

export type FieldChange = { key: string; label: string; before: string; after: string };

/** Field-by-field differences; with no published version every filled field counts as new. */
export function diffRevisions(published: Readable | null, proposed: Readable): FieldChange[] {
	return FIELDS.map((f) => ({ key: f.key, label: f.label, before: published ? f.show(published) : '', after: f.show(proposed) })).filter(
		(c) => c.before !== c.after
	);
}

export function revisionFields(r: Readable) {
	return FIELDS.map((f) => ({ key: f.key, label: f.label, value: f.show(r) }));
}
