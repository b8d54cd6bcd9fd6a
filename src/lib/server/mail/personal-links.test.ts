import { describe, expect, it } from 'vitest';
import { hidePersonalLinks } from './personal-links';

describe('hidePersonalLinks', () => {
	it('hides password and cancellation links, keeps other text and links', () => {
		const body = 'Hej!\nVälj lösenord: https://traffpunkt.example/konto/losenord/AbC123dEf456_-xyz\nAvboka: http://localhost:3000/anmalan/avboka/zZ9yY8xX7wW6\nLäs mer: https://traffpunkt.example/aktiviteter/12';
		const out = hidePersonalLinks(body);
		expect(out).not.toMatch(/AbC123|zZ9yY8/);
		expect(out).toContain('Välj lösenord: (personlig länk – dold)');
		expect(out).toContain('https://traffpunkt.example/aktiviteter/12');
	});
});
