import { sql } from 'drizzle-orm';
import { sqliteTable, integer, text, primaryKey, index } from 'drizzle-orm/sqlite-core';

export const organisationKinds = [
	'municipal',
	'association',
	'region',
	'church',
	'study_association',
	'other'
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const organisations = sqliteTable('organisations', {
	id: integer('id').primaryKey(),
	name: text('name').notNull(),
	slug: text('slug').notNull().unique(),
	kind: text('kind', { enum: organisationKinds }).notNull(),
	description: text('description').notNull().default(''),
	contactName: text('contact_name'),
	email: text('email'),
	phone: text('phone'),
	website: text('website'),
	trusted: integer('trusted', { mode: 'boolean' }).notNull().default(false),
	active: integer('active', { mode: 'boolean' }).notNull().default(true),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
});

export const userRoles = ['organiser', 'moderator', 'admin'] as const;
export type UserRole = (typeof userRoles)[number];

export const users = sqliteTable('users', {
	id: integer('id').primaryKey(),
	email: text('email').notNull().unique(),
	name: text('name').notNull(),
	passwordHash: text('password_hash'),
	role: text('role', { enum: userRoles }).notNull(),
	disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
	totpSecret: text('totp_secret'),
	totpEnabled: integer('totp_enabled', { mode: 'boolean' }).notNull().default(false),
	/** The last TOTP time step accepted: a code can be used once only. */
	totpLastStep: integer('totp_last_step'),
	notifyDigest: integer('notify_digest', { mode: 'boolean' }).notNull().default(false),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
});

export const memberships = sqliteTable(
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
export const sessions = sqliteTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		secondFactorVerified: integer('second_factor_verified', { mode: 'boolean' })
			.notNull()
			.default(false),
		/** For the absolute lifetime (staff 12 h, organisers 30 days); sessions from before it count as expired. */
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`0`)
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

/** Single-use tokens for invitations and password resets (hash only). */
export const userTokens = sqliteTable('user_tokens', {
	tokenHash: text('token_hash').primaryKey(),
	userId: integer('user_id')
		.notNull()
		.references(() => users.id, { onDelete: 'cascade' }),
	purpose: text('purpose', { enum: ['invite', 'reset'] }).notNull(),
	expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
	usedAt: integer('used_at', { mode: 'timestamp_ms' }),
	/** When the link was first visited (an invitation's "opened"). */
	openedAt: integer('opened_at', { mode: 'timestamp_ms' })
});

/** An organisation without an account asks for one; staff approve. */
export const accountRequests = sqliteTable('account_requests', {
	id: integer('id').primaryKey(),
	organisationName: text('organisation_name').notNull(),
	contactName: text('contact_name').notNull(),
	email: text('email').notNull(),
	phone: text('phone'),
	message: text('message'),
	status: text('status', { enum: ['new', 'approved', 'declined'] }).notNull().default('new'),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
});

/** Single-use recovery codes for two-factor sign-in (hash only). */
export const recoveryCodes = sqliteTable(
	'recovery_codes',
	{
		id: integer('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		codeHash: text('code_hash').notNull(),
		usedAt: integer('used_at', { mode: 'timestamp_ms' })
	},
	(t) => [index('recovery_codes_user_idx').on(t.userId)]
);

/**
 * A browser where the account signed in before (only the cookie token's hash). Failed sign-ins by
 * others slow the account down everywhere except on its known devices.
 */
export const knownDevices = sqliteTable(
	'known_devices',
	{
		tokenHash: text('token_hash').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }).notNull()
	},
	(t) => [index('known_devices_user_idx').on(t.userId)]
);
