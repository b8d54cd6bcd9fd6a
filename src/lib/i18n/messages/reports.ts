import type { Bundle } from '../index';

export type SummaryFigures = { label: string; participants: number | null; held: number; share: number | null; prevLabel: string | null; prevParticipants: number | null };
export type MethodFacts = { counted: { from: string; to: string } | null; compared: string | null; suppressBelow: number; asOf: string };

const svDay = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const svDateTime = (iso: string) => new Date(iso).toLocaleString('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm' });

const sv = {
	title: 'Rapporter',
	intro: (below: number) => `Deltagande och utbud för uppföljning av vård- och omsorgsplanen. Bara antal – inga namn. Antal under ${below} deltagare döljs i alla tabeller, och där det behövs ett antal till, så att inget dolt antal kan räknas fram ur summorna.`,
	periodKind: 'Period',
	kinds: { manad: 'Månad', termin: 'Termin', ar: 'År', egen: 'Egen period' } as Record<string, string>,
	value: 'Vilken',
	valueHint: 'Månad: 2026-03 · Termin: 2026-VT eller 2026-HT · År: 2026',
	invalidValue: (kind: string) =>
		`Perioden kunde inte läsas. Skriv ${kind === 'termin' ? 'terminen som 2026-VT eller 2026-HT' : kind === 'ar' ? 'året med fyra siffror, till exempel 2026' : 'månaden som 2026-03'}. Rapporten nedan gäller förra månaden.`,
	invalidCustom: 'Välj ett från-datum och ett till-datum, högst tre år. Rapporten nedan gäller förra månaden.',
	from: 'Från',
	to: 'Till',
	per: 'Dela upp efter',
	and: 'Och sedan efter',
	none: 'Inget mer',
	dims: { district: 'Stadsdel', category: 'Typ av aktivitet', organisation: 'Förening', audience: 'Målgrupp', venue: 'Plats', month: 'Månad' } as Record<string, string>,
	show: 'Visa rapporten',
	held: 'Tillfällen som blev av',
	cancelled: 'Inställda',
	participants: 'Deltagare',
	mean: 'Medel per tillfälle',
	share: 'Andel rapporterade',
	activities: 'Aktiviteter',
	total: 'Totalt',
	suppressed: 'dolt',
	csv: 'Ladda ner tabellen (CSV)',
	print: 'Utskrift för nämnden',
	day: svDay,
	range: (from: string, to: string) => `${svDay(from)} – ${svDay(to)}`,
	ongoing: (to: string | null) => (to ? `pågår – räknat t.o.m. ${svDay(to)}` : 'pågår – inget datum har passerat än'),
	future: 'har inte börjat – inga tillfällen räknas',
	notStarted: (label: string) => `${label} har inte börjat än. Bara datum som har passerat räknas, så rapporten har inga tillfällen och inga deltagare.`,
	methodTitle: 'Så räknas rapporten',
	method: (m: MethodFacts) => [
		`Bara datum som har passerat räknas (dagar före i dag, svensk tid)${m.counted ? `: ${svDay(m.counted.from)} – ${svDay(m.counted.to)}` : ' – ännu inga i den här perioden'}. Kommande tillfällen räknas aldrig som av.`,
		'Tillfällen som blev av: datum som inte ställdes in. Inställda räknas för sig. Deltagare: de antal som föreningarna har rapporterat; ett tillfälle utan rapport räknas som av men ger inga deltagare (se andel rapporterade).',
		`Jämförelse: ${m.compared ? `${m.compared}, samma antal dagar från periodens början som har räknats nu` : 'ingen, eftersom inget datum i perioden har passerat'}.`,
		`Sekretess: antal under ${m.suppressBelow} deltagare visas som ”dolt” i alla tabeller, och där det behövs döljs ett antal till så att inget dolt antal kan räknas fram ur summorna. Totalen visas alltid.`,
		`Data per ${svDateTime(m.asOf)}.`
	],
	summary: (p: SummaryFigures) => {
		const num = (v: number | null) => (v ?? 0).toLocaleString('sv-SE', { maximumFractionDigits: 1 });
		const change = p.prevParticipants ? Math.round((((p.participants ?? 0) - p.prevParticipants) / p.prevParticipants) * 100) : null;
		return (
			`Under ${p.label} blev ${num(p.held)} ${p.held === 1 ? 'tillfälle' : 'tillfällen'} av med sammanlagt ${num(p.participants)} deltagare (${num(p.share)}\u00a0% av tillfällena rapporterade). ` +
			(p.prevLabel === null
				? ''
				: change === null
				? `Det finns inga rapporterade deltagare för ${p.prevLabel} att jämföra med.`
				: `Det är ${change > 0 ? `${change}\u00a0% fler` : change < 0 ? `${-change}\u00a0% färre` : 'lika många'} ${change === 0 ? 'som' : 'än'} under ${p.prevLabel} (${num(p.prevParticipants)} deltagare).`)
		);
	},
	trendTitle: 'Deltagare per månad',
	trendChartLabel: 'Stapeldiagram: deltagare per månad. Samma siffror finns i tabellen bredvid.',
	month: 'Månad',
	monthsShort: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
	previous: 'Deltagare föregående period',
	coverageTitle: 'Täckning per stadsdel',
	coverageIntro: 'Aktiviteter och deltagare per 1 000 invånare som är 65 år eller äldre. Ljus färg betyder lite utbud – där kan det behövas fler träffpunkter.',
	residents: 'Invånare 65+',
	activitiesPer1000: 'Aktiviteter per 1 000',
	participantsPer1000: 'Deltagare per 1 000',
	mapLabel: 'Karta: deltagare per 1 000 invånare 65+ per stadsdel. Samma siffror finns i tabellen.',
	legend: 'Färgskala, deltagare per 1 000'
};
export type ReportMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const reports: Bundle<ReportMessages> = { sv, en: sv, fi: sv };
