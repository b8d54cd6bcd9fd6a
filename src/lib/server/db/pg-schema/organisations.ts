import { sql } from 'drizzle-orm';
import { pgTable, integer, text, boolean, index, primaryKey } from 'drizzle-orm/pg-core';
import { organisationKinds, userRoles } from '../schema/organisations';
import { timestampMs } from './types';

export const organisations = pgTable('organisations', {
	id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
	name: text('name').notNull(),
	slug: text('slug').notNull().unique(),
	kind: text('kind', { enum: organisationKinds }).notNull(),
	description: text('description').notNull().default(''),
	contactName: text('contact_name'),
	email: text('email'),
	phone: text('phone'),
	website: text('website'),
	trusted: boolean('trusted').notNull().default(false),
	active: boolean('active').notNull().default(true),
	createdAt: timestampMs('created_at').notNull()
});

export const users = pgTable('users', {
	id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
	email: text('email').notNull().unique(),
	name: text('name').notNull(),
	passwordHash: text('password_hash'),
	role: text('role', { enum: userRoles }).notNull(),
	disabled: boolean('disabled').notNull().default(false),
	totpSecret: text('totp_secret'),
	totpEnabled: boolean('totp_enabled').notNull().default(false),
	/** The last TOTP time step accepted: a code can be used once only. */
	totpLastStep: integer('totp_last_step'),
	notifyDigest: boolean('notify_digest').notNull().default(false),
	createdAt: timestampMs('created_at').notNull()
});

export const memberships = pgTable(
	'memberships',
	{
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		organisationId: integer('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' })
	},
	(t) => [
		primaryKey({ columns: [t.userId, t.organisationId] }),
		index('memberships_org_idx').on(t.organisationId)
	]
);

/** Only the SHA-256 of the cookie token is stored, never the token itself. */
export const sessions = pgTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: timestampMs('expires_at').notNull(),
		secondFactorVerified: boolean('second_factor_verified')
			.notNull()
			.default(false),
		/** For the absolute lifetime (staff 12 h, organisers 30 days); sessions from before it count as expired. */
		createdAt: timestampMs('created_at').notNull().default(sql`0`)
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

/** Single-use tokens for invitations and password resets (hash only). */
export const userTokens = pgTable('user_tokens', {
	tokenHash: text('token_hash').primaryKey(),
	userId: integer('user_id')
		.notNull()
		.references(() => users.id, { onDelete: 'cascade' }),
	purpose: text('purpose', { enum: ['invite', 'reset'] }).notNull(),
	expiresAt: timestampMs('expires_at').notNull(),
	usedAt: timestampMs('used_at'),
	/** When the link was first visited (an invitation's "opened"). */
	openedAt: timestampMs('opened_at')
});

/** An organisation without an account asks for one; staff approve. */
export const accountRequests = pgTable('account_requests', {
	id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
	organisationName: text('organisation_name').notNull(),
	contactName: text('contact_name').notNull(),
	email: text('email').notNull(),
	phone: text('phone'),
	message: text('message'),
	status: text('status', { enum: ['new', 'approved', 'declined'] }).notNull().default('new'),
	createdAt: timestampMs('created_at').notNull()
});

/** Single-use recovery codes for two-factor sign-in (hash only). */
export const recoveryCodes = pgTable(
	'recovery_codes',
	{
		id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		codeHash: text('code_hash').notNull(),
		usedAt: timestampMs('used_at')
	},
	(t) => [index('recovery_codes_user_idx').on(t.userId)]
);

/**
 * A browser where the account signed in before (only the cookie token's hash). Failed sign-ins by
 * others slow the account down everywhere except on its known devices.
 */
export const knownDevices = pgTable(
	'known_devices',
	{
		tokenHash: text('token_hash').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		lastUsedAt: timestampMs('last_used_at').notNull()
	},
	(t) => [index('known_devices_user_idx').on(t.userId)]
);
