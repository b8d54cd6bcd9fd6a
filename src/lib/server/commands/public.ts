import { accessibilityReports, accountRequests } from '../db/schema';
import { accessibilityReportSchema, accountRequestSchema } from '../../domain/schemas';
import { mails } from '../mail/templates';
import { staffInbox } from '../mail';
import { defineCommand, type CommandContext } from './runner';

/** A visitor reports an accessibility problem: stored, and mailed to the staff inbox through the one sender. */
export const reportAccessibilityProblem = defineCommand({
	name: 'accessibility.report',
	input: accessibilityReportSchema,
	run(ctx: CommandContext, input) {
		ctx.db.insert(accessibilityReports).values({ message: input.message, pageUrl: input.page || null, contact: input.contact || null, createdAt: ctx.now }).run();
		ctx.mail({ to: staffInbox(ctx.db), ...mails.accessibilityReport(input) });
		return { sent: true };
	}
});

/** An association without an account asks for one: staff are told, the applicant gets a receipt. */
export const requestAccount = defineCommand({
	name: 'account_request.create',
	input: accountRequestSchema,
	run(ctx: CommandContext, input) {
		const id = ctx.db.insert(accountRequests).values({ ...input, phone: input.phone || null, message: input.message || null, createdAt: ctx.now }).returning({ id: accountRequests.id }).get().id;
		ctx.mail({ to: staffInbox(ctx.db), ...mails.accountRequest({ organisation: input.organisationName, contact: input.contactName, email: input.email }) });
		ctx.mail({ to: input.email, ...mails.accountRequestReceipt({ organisation: input.organisationName, contact: input.contactName }) });
		return { id };
	}
});
