import type { Schedule } from './domain/recurrence';
import type { Locale } from './i18n';
import { common } from './i18n/messages/common';
import { formatDate } from './format';

const NTH_SV = ['första', 'andra', 'tredje', 'fjärde'];
const NTH_EN = ['first', 'second', 'third', 'fourth'];

/** "Varje tisdag 10:00–11:30", "Torsdagar udda veckor 14:00–16:00", … */
export function describeSchedule(s: Schedule, locale: Locale = 'sv'): string {
	const m = common[locale];
	const sv = locale === 'sv';
	const time = `${s.startTime}–${s.endTime}`;
	const dayNames = (s.weekdays?.length ? s.weekdays : [Number(s.weekday ?? 1)]).map((d) => m.weekdays[d - 1]);
	const days = dayNames.join(sv ? ' och ' : ' and ');
	let text: string;
	if (s.kind === 'once') text = `${formatDate(s.startDate, locale, true)} ${time}`;
	else if (s.kind === 'monthly') {
		const nth = (s.nth ?? 1) < 0 ? (sv ? 'sista' : 'last') : (sv ? NTH_SV : NTH_EN)[(s.nth ?? 1) - 1];
		const day = m.weekdays[(s.weekday ?? 1) - 1];
		text = sv ? `Den ${nth} ${day}en varje månad ${time}` : `The ${nth} ${day} of every month ${time}`;
	} else if (s.weekParity) {
		const parity = sv ? (s.weekParity === 'odd' ? 'udda' : 'jämna') : s.weekParity;
		text = sv ? `${cap(days)} ${parity} veckor ${time}` : `${days}s in ${parity} weeks ${time}`;
	} else if ((s.interval ?? 1) === 2) text = sv ? `Varannan ${days} ${time}` : `Every other ${days} ${time}`;
	else if ((s.interval ?? 1) > 2)
		text = sv ? `Var ${s.interval}:e vecka på ${days} ${time}` : `Every ${s.interval} weeks on ${days} ${time}`;
	else text = sv ? `Varje ${days} ${time}` : `Every ${days} ${time}`;
	return cap(text);
}

function cap(s: string) {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Breaks still to come, in words: "Uppehåll 20 juni – 9 augusti". */
export function describeBreaks(s: Schedule, today: string, locale: Locale = 'sv'): string[] {
	return (s.breaks ?? [])
		.filter((b) => b.to >= today && b.from <= (s.until ?? '9999-12-31'))
		.map((b) => {
			const year = b.to.slice(0, 4) !== today.slice(0, 4);
			return `${b.label ?? (locale === 'sv' ? 'Uppehåll' : 'Break')}: ${formatDate(b.from, locale)} – ${formatDate(b.to, locale, year)}`;
		});
}
