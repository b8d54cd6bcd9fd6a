import type { Schedule } from './domain/recurrence';
import type { Locale } from './i18n';
import { common } from './i18n/messages/common';
import { formatDate } from './format';

const NTH_SV = ['första', 'andra', 'tredje', 'fjärde'];
const NTH_EN = ['first', 'second', 'third', 'fourth'];
const NTH_FI = ['ensimmäinen', 'toinen', 'kolmas', 'neljäs'];

/** Finnish keeps the weekday in the nominative after "joka" and in lists: "Joka tiistai 10:00–11:30". */
function describeScheduleFi(s: Schedule, days: string, time: string, day: string): string {
	if (s.kind === 'once') return `${formatDate(s.startDate, 'fi', true)} ${time}`;
	if (s.kind === 'monthly') return `Kuukauden ${(s.nth ?? 1) < 0 ? 'viimeinen' : NTH_FI[(s.nth ?? 1) - 1]} ${day} ${time}`;
	if (s.weekParity) return `${days}, ${s.weekParity === 'odd' ? 'parittomat' : 'parilliset'} viikot ${time}`;
	if ((s.interval ?? 1) === 2) return `Joka toinen ${days} ${time}`;
	if ((s.interval ?? 1) > 2) return `Joka ${s.interval}. viikko: ${days} ${time}`;
	return `Joka ${days} ${time}`;
}

/** "Varje tisdag 10:00–11:30", "Torsdagar udda veckor 14:00–16:00", … */
export function describeSchedule(s: Schedule, locale: Locale = 'sv'): string {
	const m = common[locale];
	const sv = locale === 'sv';
	const time = `${s.startTime}–${s.endTime}`;
	const dayNames = (s.weekdays?.length ? s.weekdays : [Number(s.weekday ?? 1)]).map((d) => m.weekdays[d - 1]);
	const days = dayNames.join(sv ? ' och ' : locale === 'fi' ? ' ja ' : ' and ');
	if (locale === 'fi') return cap(describeScheduleFi(s, days, time, m.weekdays[(s.weekday ?? 1) - 1]));
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
			return `${b.label ?? ({ sv: 'Uppehåll', fi: 'Tauko', en: 'Break' } as const)[locale]}: ${formatDate(b.from, locale)} – ${formatDate(b.to, locale, year)}`;
		});
}
