import { reports, type MethodFacts, type ReportMessages, type SummaryFigures } from '../reports';

const enDay = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const enDateTime = (iso: string) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm' });

const en: ReportMessages = {
	...reports.sv,
	title: 'Reports',
	intro: (below: number) => `Participation and provision for following up the care plan. Counts only – no names. Counts under ${below} participants are hidden in every table, and where needed one count more, so that no hidden count can be worked out from the sums.`,
	periodKind: 'Period',
	kinds: { manad: 'Month', termin: 'Term', ar: 'Year', egen: 'Custom period' },
	value: 'Which',
	valueHint: 'Month: 2026-03 · Term: 2026-VT or 2026-HT · Year: 2026',
	invalidValue: (kind: string) =>
		`The period could not be read. Write ${kind === 'termin' ? 'the term as 2026-VT or 2026-HT' : kind === 'ar' ? 'the year with four digits, e.g. 2026' : 'the month as 2026-03'}. The report below is for last month.`,
	invalidCustom: 'Choose a from date and a to date, at most three years apart. The report below is for last month.',
	from: 'From',
	to: 'To',
	per: 'Split by',
	and: 'Then by',
	none: 'Nothing more',
	dims: { district: 'District', category: 'Kind of activity', organisation: 'Association', audience: 'Audience', venue: 'Place', month: 'Month' },
	show: 'Show the report',
	held: 'Dates held',
	cancelled: 'Cancelled',
	participants: 'Participants',
	mean: 'Mean per date',
	share: 'Share reported',
	activities: 'Activities',
	total: 'Total',
	suppressed: 'hidden',
	csv: 'Download the table (CSV)',
	print: 'Print for the committee',
	trendTitle: 'Participants per month',
	trendChartLabel: 'Bar chart: participants per month. The same figures are in the table beside it.',
	month: 'Month',
	monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
	previous: 'Participants previous period',
	coverageTitle: 'Coverage per district',
	coverageIntro: 'Activities and participants per 1,000 residents aged 65 or over. Light colour means little provision – more meeting points may be needed there.',
	residents: 'Residents 65+',
	activitiesPer1000: 'Activities per 1,000',
	participantsPer1000: 'Participants per 1,000',
	mapLabel: 'Map: participants per 1,000 residents 65+ per district. The same figures are in the table.',
	legend: 'Colour scale, participants per 1,000',
	day: enDay,
	range: (from: string, to: string) => `${enDay(from)} – ${enDay(to)}`,
	ongoing: (to: string | null) => (to ? `under way – counted up to and including ${enDay(to)}` : 'under way – no date has passed yet'),
	future: 'not begun – no dates are counted',
	notStarted: (label: string) => `${label} has not begun yet. Only dates that have passed are counted, so the report has no dates and no participants.`,
	methodTitle: 'How the report is counted',
	method: (m: MethodFacts) => [
		`Only dates that have passed are counted (days before today, Swedish time)${m.counted ? `: ${enDay(m.counted.from)} – ${enDay(m.counted.to)}` : ' – none yet in this period'}. Coming dates are never counted as held.`,
		'Dates held: dates that were not cancelled. Cancelled dates are counted apart. Participants: the counts the associations reported; a date without a report counts as held but adds no participants (see share reported).',
		`Comparison: ${m.compared ? `${m.compared}, the same number of days from the start of the period as counted now` : 'none, since no date of the period has passed'}.`,
		`Confidentiality: counts under ${m.suppressBelow} participants show as “hidden” in every table, and where needed one count more is hidden so that no hidden count can be worked out from the sums. The total is always shown.`,
		`Data as of ${enDateTime(m.asOf)}.`
	],
	summary: (p: SummaryFigures) => {
		const num = (v: number | null) => (v ?? 0).toLocaleString('en-GB', { maximumFractionDigits: 1 });
		const change = p.prevParticipants ? Math.round((((p.participants ?? 0) - p.prevParticipants) / p.prevParticipants) * 100) : null;
		return (
			`In ${p.label}, ${num(p.held)} ${p.held === 1 ? 'date' : 'dates'} took place with ${num(p.participants)} participants in all (${num(p.share)} % of the dates reported). ` +
			(p.prevLabel === null
				? ''
				: change === null
				? `There are no reported participants for ${p.prevLabel} to compare with.`
				: `That is ${change > 0 ? `${change} % more` : change < 0 ? `${-change} % fewer` : 'as many'} ${change === 0 ? 'as' : 'than'} in ${p.prevLabel} (${num(p.prevParticipants)} participants).`)
		);
	}
};

reports.en = en;
