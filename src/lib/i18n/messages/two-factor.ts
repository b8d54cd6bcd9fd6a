import type { Bundle } from '../index';

const sv = {
	verifyTitle: 'Tvåstegsinloggning',
	verifyIntro: 'Skriv den sexsiffriga koden från appen i din mobil (till exempel Microsoft Authenticator eller Google Authenticator).',
	code: 'Kod från appen',
	codeHint: 'Sex siffror, till exempel 123456',
	useRecovery: 'Har du inte mobilen? Skriv en av dina reservkoder i stället.',
	recovery: 'Reservkod',
	verify: 'Fortsätt',
	wrong: 'Koden stämmer inte eller har redan använts. Skriv nästa kod från appen, eller en reservkod som du inte har använt.',
	enrolTitle: 'Slå på tvåstegsinloggning',
	enrolIntro: 'Personalsidorna kräver tvåstegsinloggning. Skanna QR-koden med en autentiseringsapp i din mobil, och skriv sedan koden som appen visar.',
	enrolIntroOrganiser: 'Med tvåstegsinloggning behövs en kod från din mobil förutom lösenordet. Skanna QR-koden med en autentiseringsapp i din mobil, och skriv sedan koden som appen visar.',
	secretLabel: 'Går det inte att skanna? Skriv in den här nyckeln i appen:',
	enable: 'Slå på',
	codesTitle: 'Dina reservkoder',
	codesIntro: 'Spara koderna på ett säkert ställe, till exempel utskrivna i en låst låda. Varje kod fungerar en gång om du inte har mobilen. De visas bara nu.',
	continue: 'Jag har sparat koderna – fortsätt',
	tooMany: 'För många försök. Vänta 15 minuter.'
};
export type TwoFactorMessages = typeof sv;

/** English arrives with $lib/i18n/english (on the server at start, in the browser only when chosen). */
export const twoFactor: Bundle<TwoFactorMessages> = { sv, en: sv, fi: sv };
