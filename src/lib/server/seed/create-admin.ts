/**
 * `npm run create-admin -- --email anna@karlskoga.se --name "Anna Andersson"`: the first (or another)
 * administrator. Prints a link, valid 24 hours, where the person chooses a password (with the same
 * rules as everyone). Works on the production database; nothing else is seeded. With several
 * municipalities (MUNICIPALITIES_FILE), `--municipality <id>` says whose administrator it is.
 */
import { openDatabase, databasePath } from '../db/index';
import { createAdmin } from '../commands/accounts';
import { isMultiTenant, tenantById, withTenant } from '../tenancy';

const args = process.argv.slice(2);
const arg = (name: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1]?.trim() : undefined;
};
const email = arg('email');
const name = arg('name');
if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || !name || name.length < 2) {
	console.error('Usage: npm run create-admin -- --email anna@karlskoga.se --name "Anna Andersson"');
	process.exit(2);
}
const tenant = isMultiTenant() ? tenantById(arg('municipality') ?? '') : undefined;
if (isMultiTenant() && !tenant) {
	console.error('With MUNICIPALITIES_FILE, say whose administrator it is: --municipality <id> (see the file).');
	process.exit(2);
}
const file = tenant ? tenant.databasePath : databasePath();
const db = openDatabase(file);
const created = tenant ? withTenant(tenant, () => createAdmin(db, { email, name })) : createAdmin(db, { email, name });
db.$client.close();
if (!created) {
	console.error(`There is already an account for ${email}. Nothing was changed.`);
	process.exit(1);
}
const origin = (tenant?.origin ?? process.env.ORIGIN ?? '').replace(/\/$/, '');
const path = `/konto/losenord/${created.token}`;
console.log(`Administrator ${name} <${email}> created in ${file}.`);
console.log(`Open this link within 24 hours to choose the password (then turn on two-step sign-in):`);
console.log(origin ? `${origin}${path}` : `${path}   (put the public address, ORIGIN, in front of it)`);
