/** Windows time-zone names Outlook and Exchange write as TZID, mapped to IANA zones with the same rules. */
const WINDOWS_ZONES: Record<string, string> = {
	'W. Europe Standard Time': 'Europe/Stockholm',
	'Central Europe Standard Time': 'Europe/Budapest',
	'Central European Standard Time': 'Europe/Warsaw',
	'Romance Standard Time': 'Europe/Paris',
	'GMT Standard Time': 'Europe/London',
	'Greenwich Standard Time': 'Atlantic/Reykjavik',
	'FLE Standard Time': 'Europe/Helsinki',
	'E. Europe Standard Time': 'Europe/Chisinau',
	'GTB Standard Time': 'Europe/Bucharest',
	'Russian Standard Time': 'Europe/Moscow',
	'Turkey Standard Time': 'Europe/Istanbul',
	'UTC': 'UTC',
	'Eastern Standard Time': 'America/New_York',
	'Central Standard Time': 'America/Chicago',
	'Mountain Standard Time': 'America/Denver',
	'Pacific Standard Time': 'America/Los_Angeles'
};

/** Outlook's display names, "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna". */
const DISPLAY_CITIES: [RegExp, string][] = [
	[/Stockholm|Amsterdam|Berlin|Copenhagen|Oslo/i, 'Europe/Stockholm'],
	[/Helsinki|Tallinn|Riga|Vilnius/i, 'Europe/Helsinki'],
	[/London|Dublin|Lisbon/i, 'Europe/London'],
	[/Brussels|Madrid|Paris/i, 'Europe/Paris']
];

function isIana(zone: string) {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

/** An IANA zone for a TZID as calendars write it, or null when it is unknown (then the file's VTIMEZONE decides). */
export function ianaZone(tzid: string | null | undefined): string | null {
	if (!tzid) return null;
	const name = tzid.trim().replace(/^"|"$/g, '').replace(/^\/[^/]+\/[^/]+\//, '');
	if (WINDOWS_ZONES[name]) return WINDOWS_ZONES[name];
	if (name.includes('/') && isIana(name)) return name;
	if (/^(UTC|GMT|Z)$/i.test(name)) return 'UTC';
	for (const [re, zone] of DISPLAY_CITIES) if (re.test(name)) return zone;
	return null;
}
