import type { ReportMessages } from '../i18n/messages/reports';
import type { CountedWindow, Period } from './reporting';

type Shown = { period: Period; previousPeriod: Period; window: CountedWindow; method: { asOf: string; suppressBelow: number } };

/** The period's name with its state, what it is compared with, and the method note, in one language. */
export function reportLabels(t: ReportMessages, r: Shown) {
	const { status, counted, compared } = r.window;
	const state = status === 'ongoing' ? t.ongoing(counted?.to ?? null) : status === 'future' ? t.future : null;
	const comparedLabel = !compared
		? null
		: compared.from === r.previousPeriod.from && compared.to === r.previousPeriod.to
			? r.previousPeriod.label
			: t.range(compared.from, compared.to);
	return {
		state,
		label: state ? `${r.period.label} (${state})` : r.period.label,
		compared: comparedLabel,
		method: t.method({ counted, compared: comparedLabel, suppressBelow: r.method.suppressBelow, asOf: r.method.asOf })
	};
}
