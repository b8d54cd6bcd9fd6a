import { describe, expect, it } from 'vitest';
import { describeOpeningStatus } from './opening-text';

describe('describeOpeningStatus', () => {
	const today = '2026-12-01'; // a Tuesday
	it('says until when it is open', () => {
		expect(describeOpeningStatus({ open: true, closes: '15:00' }, today)).toBe('Öppet nu – stänger 15:00');
	});
	it('names today, tomorrow, a weekday within the week, else the date', () => {
		const at = (date: string) => describeOpeningStatus({ open: false, next: { date, opens: '09:30' } }, today);
		expect(at('2026-12-01')).toBe('Stängt nu – öppnar idag 09:30');
		expect(at('2026-12-02')).toBe('Stängt nu – öppnar imorgon 09:30');
		expect(at('2026-12-07')).toBe('Stängt nu – öppnar måndag 09:30');
		expect(at('2027-01-04')).toBe('Stängt nu – öppnar måndag 4 januari 09:30');
		expect(describeOpeningStatus({ open: false, next: null }, today)).toBe('Stängt nu');
	});
});
