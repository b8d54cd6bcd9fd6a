import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

test('the start page lists today from the database and has no axe violations', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vad vill du göra?');
	await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
	// Today's, or tomorrow's once today is over (item 7 of issue 12).
	await expect(page.getByRole('link', { name: /Alla aktiviteter (idag|imorgon) \(\d+\)/ })).toBeVisible();
	await expectNoAxeViolations(page);
});
