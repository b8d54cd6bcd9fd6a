import { twoFactor, type TwoFactorMessages } from '../two-factor';

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
	enrolIntroOrganiser: 'With two-step sign-in a code from your phone is needed besides the password. Scan the QR code with an authenticator app on your phone, then write the code the app shows.',
	secretLabel: 'Cannot scan? Enter this key in the app:',
	enable: 'Turn on',
	codesTitle: 'Your recovery codes',
	codesIntro: 'Keep the codes somewhere safe, for example printed in a locked drawer. Each code works once if you do not have your phone. They are shown only now.',
	continue: 'I have saved the codes – continue',
	tooMany: 'Too many attempts. Wait 15 minutes.'
};

twoFactor.en = en;
