import { siteSettingsText, type SiteSettingsMessages } from '../site-settings';

const en: SiteSettingsMessages = {
	title: 'System settings',
	link: 'System settings for the whole site (admins only)',
	intro: 'What applies to the whole site. A field nobody has changed shows the default; what is saved here takes precedence over the environment variables. Every change is logged.',
	security: 'Security',
	requireTotp: 'Staff must use two-step sign-in',
	requireTotpHint: 'Staff who have not turned it on are sent there the next time they open the staff pages.',
	privacy: 'Personal data and reports',
	retentionDays: 'Days sign-ups are kept after the date',
	retentionHint: 'Names and phone numbers are deleted this many days after the date. Shown on the privacy page.',
	suppressBelow: 'Confidentiality threshold in reports (smallest number of participants shown)',
	suppressHint: 'Counts below the threshold show as “hidden” in every report, so that no individual can be worked out.',
	mail: 'Mail',
	staffInbox: 'Staff inbox',
	staffInboxHint: 'Accessibility reports and account applications go here.',
	municipality: 'The municipality',
	municipalityName: 'Name of the municipality',
	municipalityPhone: 'Contact centre phone',
	municipalityEmail: 'Contact centre e-mail',
	municipalityHint: 'Shown in the footer, the accessibility statement and mails.',
	defaultIs: (v: string) => `Default: ${v}.`,
	yes: 'yes',
	no: 'no',
	save: 'Save the settings',
	saved: 'Saved. The change applies from now on.',
	unchanged: 'Nothing was changed, so nothing was saved.',
	errorSummary: 'The settings were not saved. Correct what is said by the fields.'
};

siteSettingsText.en = en;
