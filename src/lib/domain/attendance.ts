/** Counts only — never names. Optional breakdowns must add up to the total when given in full. */
export const COUNT_FIELDS = ['total', 'women', 'men', 'otherGender', 'ageUnder65', 'age65To74', 'age75To84', 'age85Plus', 'firstTime'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];
export type Counts = Record<CountField, number | null>;

const MAX = 5000;

/** Parses one row of the attendance table; empty total means "not reported" (the row is skipped). */
export function parseCounts(raw: Record<CountField, string>): { counts: Counts | null; errors: Partial<Record<CountField, string>> } {
	const errors: Partial<Record<CountField, string>> = {};
	const counts = {} as Counts;
	for (const f of COUNT_FIELDS) {
		const v = (raw[f] ?? '').trim();
		if (v === '') counts[f] = null;
		else if (!/^\d+$/.test(v) || Number(v) > MAX) errors[f] = `Skriv ett heltal mellan 0 och ${MAX}.`;
		else counts[f] = Number(v);
	}
	if (Object.keys(errors).length) return { counts: null, errors };
	const anyDetail = COUNT_FIELDS.some((f) => f !== 'total' && counts[f] !== null);
	if (counts.total === null) {
		if (anyDetail) errors.total = 'Skriv hur många som kom totalt.';
		return { counts: null, errors };
	}
	const total = counts.total;
	const genders = [counts.women, counts.men, counts.otherGender];
	if (genders.every((g) => g !== null) && genders.reduce((a, b) => a! + b!, 0) !== total)
		errors.women = `Kvinnor, män och annat ska tillsammans bli ${total}.`;
	else if (genders.some((g) => g !== null) && genders.reduce((a, b) => a! + (b ?? 0), 0)! > total)
		errors.women = `Fler än totalt (${total}).`;
	const ages = [counts.ageUnder65, counts.age65To74, counts.age75To84, counts.age85Plus];
	if (ages.every((a) => a !== null) && ages.reduce((a, b) => a! + b!, 0) !== total) errors.ageUnder65 = `Åldersgrupperna ska tillsammans bli ${total}.`;
	else if (ages.some((a) => a !== null) && ages.reduce((a, b) => a! + (b ?? 0), 0)! > total) errors.ageUnder65 = `Fler än totalt (${total}).`;
	if (counts.firstTime !== null && counts.firstTime > total) errors.firstTime = `Fler än totalt (${total}).`;
	return Object.keys(errors).length ? { counts: null, errors } : { counts, errors };
}
