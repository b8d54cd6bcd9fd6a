import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';

const YEAR = 60 * 60 * 24 * 365;
const back = z
	.string()
	.regex(/^\/(?!\/)[^\s\\]*$/)
	.max(2000)
	.catch('/');

export const load: PageServerLoad = () => redirect(303, '/');

function remember(cookies: Parameters<Actions[string]>[0]['cookies'], name: string, value: string) {
	cookies.set(name, value, { path: '/', maxAge: YEAR, httpOnly: false, sameSite: 'lax' });
}

export const actions: Actions = {
	textstorlek: async ({ request, cookies }) => {
		const form = await request.formData();
		const size = z.enum(['normal', 'large', 'larger']).catch('normal').parse(form.get('storlek'));
		remember(cookies, 'textsize', size);
		redirect(303, back.parse(form.get('tillbaka')));
	},
	sprak: async ({ request, cookies }) => {
		const form = await request.formData();
		const lang = z.enum(['sv', 'fi', 'en']).catch('sv').parse(form.get('sprak'));
		remember(cookies, 'lang', lang);
		redirect(303, back.parse(form.get('tillbaka')));
	}
};
