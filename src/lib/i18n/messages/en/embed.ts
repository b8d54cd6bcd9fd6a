import { embed, type EmbedMessages } from '../embed';

const en: EmbedMessages = {
	allActivities: 'Activities',
	listTitle: (what: string[]) => (what.length ? `Activities: ${what.join(', ')}` : 'Activities'),
	atSite: 'at Träffpunkt Karlskoga',
	empty: 'No coming activities right now.',
	showAll: (n: number) => (n === 1 ? 'Show the activity at Träffpunkt' : `Show all ${n} at Träffpunkt`),
	newWindow: '(opens in a new window)',
	readMore: 'Read more and sign up',
	readMoreNoSignup: 'Read more',
	comingDates: 'Coming dates',
	noDates: 'No coming dates.',
	where: 'Place',
	cost: 'Cost',
	notFound: 'The activity no longer exists.',
	allAtSite: 'See all activities at Träffpunkt Karlskoga',
	generator: {
		title: 'Embed activities on your website',
		intro:
			"Show your association's, library's or district's activities on your own website. The list keeps itself up to date. Choose what to show, look at the preview and copy the code.",
		what: 'What should be shown?',
		kindList: 'A list of activities',
		kindEvent: 'A single activity',
		eventLabel: "The activity's number or address",
		eventHint: "The number is in the activity's address, for example 12 in /aktiviteter/12. You can also paste the whole address.",
		eventMissing: "We find no published activity with that number. Type the number or paste the address of the activity's page.",
		filtersLegend: 'Selection',
		all: 'All',
		anyTime: 'All coming',
		searchLabel: 'Search words',
		looksLegend: 'Appearance',
		langLabel: 'Language in the box',
		langs: { sv: 'Swedish', fi: 'Finnish', en: 'English' },
		fiFallback: 'Finnish texts do not exist yet; the box is shown in Swedish until they do.',
		themeLabel: 'Theme',
		themes: { ljus: 'Light', kontrast: 'High contrast (white text on black)' },
		limitLabel: 'How many to show',
		limitHint: (max: number) => `Between 1 and ${max}. The rest are reached with the Show all link.`,
		colourLabel: 'Main colour (hex, for example 0b5a4a)',
		colourHint: 'Used for links and heading lines. Light colours are darkened so that the text can be read.',
		colourInvalid: 'That is not a colour. Type six characters 0–9 and a–f, for example 0b5a4a. The standard colour is used.',
		colourDarkened: (c: string) => `The colour was too light on a white background and has been darkened: #${c}.`,
		linkLabel: 'Links',
		linkTop: 'Open in the same window (replacing your page)',
		linkNew: 'Open in a new window',
		update: 'Show preview',
		preview: 'Preview',
		snippetLabel: 'Code to paste',
		snippetHint: 'Select all the code and copy it.',
		copy: 'Copy the code',
		copied: 'The code has been copied.',
		copyFailed: 'Copying did not work. Select the code and copy it yourself.',
		howTitle: 'How to add the code',
		heightTitle: 'The right height',
		height:
			'The script in the code makes the box exactly as tall as its content. Without the script (if your website does not allow scripts) the box is 40 lines tall and scrolls on its own.',
		sitevisionTitle: 'Sitevision',
		sitevision: [
			'Open the page for editing and add the HTML module (Sitevision sometimes calls it the code module).',
			'Paste the code and save. Publish the page.',
			"If the box does not show, the website's settings may stop scripts or frames from other websites. Ask the web editor to allow this website's address."
		],
		wordpressTitle: 'WordPress',
		wordpress: [
			'Add the Custom HTML block where the list should be.',
			'Paste the code and update the page.',
			'If WordPress removes the script, the iframe part is enough; the box then scrolls on its own.'
		]
	}
};

embed.en = en;
