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
	secretLabel: 'Går det inte att skanna? Skriv in den här nyckeln i appen:',
	enable: 'Slå på',
	codesTitle: 'Dina reservkoder',
	codesIntro: 'Spara koderna på ett säkert ställe, till exempel utskrivna i en låst låda. Varje kod fungerar en gång om du inte har mobilen. De visas bara nu.',
	continue: 'Jag har sparat koderna – fortsätt',
	tooMany: 'För många försök. Vänta 15 minuter.'
};
export type TwoFactorMessages = typeof sv;
const en: TwoFactorMessages = {
	verifyTitle: 'Two-step sign-in',
	verifyIntro: 'Write the six-digit code from the app on your phone (for example Microsoft Authenticator or Google Authenticator).',
	code: 'Code from the app',
	codeHint: 'Six digits, for example 123456',
	useRecovery: 'No phone at hand? Write one of your recovery codes instead.',
	recovery: 'Recovery code',
	verify: 'Continue',
	wrong: 'The code is not right or has been used already. Type the next code from the app, or a recovery code you have not used.',
	enrolTitle: 'Turn on two-step sign-in',
	enrolIntro: 'The staff pages require two-step sign-in. Scan the QR code with an authenticator app on your phone, then write the code the app shows.',
	secretLabel: 'Cannot scan? Enter this key in the app:',
	enable: 'Turn on',
	codesTitle: 'Your recovery codes',
	codesIntro: 'Keep the codes somewhere safe, for example printed in a locked drawer. Each code works once if you do not have your phone. They are shown only now.',
	continue: 'I have saved the codes – continue',
	tooMany: 'Too many attempts. Wait 15 minutes.'
};
export const twoFactor = { sv, en };
