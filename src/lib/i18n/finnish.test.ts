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
import { errorLanguages, publicForms, translateErrors } from './messages/public-forms';
import { signupSchema } from '../domain/schemas';
import { z } from 'zod';
import './english';
import { formatDate, formatDayHeading } from '../format';
import { areaLocale } from './index';

const publicBundles = { activities, common, event, listViews, mapUi, mapMessages, openData, places, placesList, program, signupMessages, start, subscribe, publicForms };

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

	it('gives the validation messages of the sign-up form in Finnish and English', () => {
		const r = signupSchema.safeParse({ name: '', phone: '12ab', email: 'x', people: '3', message: '' });
		expect(r.success).toBe(false);
		const sv = Object.fromEntries(Object.entries(z.flattenError(r.error!).fieldErrors).map(([k, v]) => [k, (v as string[])[0]]));
		const fi = translateErrors(sv, publicForms.fi);
		expect(fi).toEqual({ name: 'Kirjoita nimesi.', phone: 'Kirjoita puhelinnumero numeroin, esimerkiksi 070-123 45 67.', email: 'Kirjoita koko sähköpostiosoite, esimerkiksi aino@esimerkki.se.', people: 'Valitse, oletteko yksi vai kaksi.' });
		expect(translateErrors(sv, publicForms.en).name).toBe('Write your name.');
		expect(translateErrors({ x: 'Något annat.' }, publicForms.fi)).toEqual({ x: 'Något annat.' });
		// Each message is marked with its own language: a message left in Swedish stays lang="sv".
		const mixed = { ...sv, x: 'Något annat.' };
		expect(errorLanguages(mixed, translateErrors(mixed, publicForms.fi), 'fi')).toEqual({ name: 'fi', phone: 'fi', email: 'fi', people: 'fi', x: 'sv' });
		expect(errorLanguages(sv, sv, 'sv').name).toBe('sv');
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
