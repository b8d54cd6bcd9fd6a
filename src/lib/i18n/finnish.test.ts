import { describe, expect, it } from 'vitest';
import './finnish';
import { activities } from './messages/activities';
import { common } from './messages/common';
import { event } from './messages/event';
import { listViews } from './messages/list-views';
import { mapUi } from './messages/map-ui';
import { mapMessages } from './messages/map';
import { openData } from './messages/open-data';
import { places } from './messages/places';
import { placesList } from './messages/places-list';
import { program } from './messages/program';
import { signupMessages } from './messages/signup';
import { start } from './messages/start';
import { subscribe } from './messages/subscribe';
import { formatDate, formatDayHeading } from '../format';
import { areaLocale } from './index';

const publicBundles = { activities, common, event, listViews, mapUi, mapMessages, openData, places, placesList, program, signupMessages, start, subscribe };

describe('Finnish', () => {
	it.each(Object.entries(publicBundles))('%s has its own Finnish half, not the Swedish one', (_, bundle) => {
		expect(bundle.fi).not.toBe(bundle.sv);
		expect(Object.keys(bundle.fi).sort()).toEqual(Object.keys(bundle.sv).sort());
	});

	it('writes dates as Intl fi-FI does in Stockholm time', () => {
		const intl = new Intl.DateTimeFormat('fi-FI', { timeZone: 'Europe/Stockholm', weekday: 'long', day: 'numeric', month: 'long' });
		for (const day of ['2026-11-23', '2026-12-06', '2027-01-01', '2027-06-19']) {
			const [y, m, d] = day.split('-').map(Number);
			expect(formatDate(day, 'fi')).toBe(intl.format(new Date(Date.UTC(y, m - 1, d, 12))));
		}
		expect(formatDayHeading('2026-11-24', '2026-11-23', 'fi')).toBe('Huomenna, tiistai 24. marraskuuta');
	});

	it('shows the organiser and staff areas in Swedish to Finnish visitors', () => {
		expect(areaLocale('fi', '/personal/granskning')).toBe('sv');
		expect(areaLocale('fi', '/forening')).toBe('sv');
		expect(areaLocale('fi', '/konto/logga-in')).toBe('sv');
		expect(areaLocale('fi', '/aktiviteter')).toBe('fi');
		expect(areaLocale('fi', '/foreningar')).toBe('fi');
		expect(areaLocale('en', '/personal')).toBe('en');
	});
});
