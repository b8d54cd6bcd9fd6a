import type { Db } from '../index';
import { accessibilityReports, mailOutbox } from '../schema';

/** Stores the report and queues a mail to the staff inbox. */
export function createAccessibilityReport(db: Db, input: { message: string; page: string; contact: string }, staffInbox: string) {
	const now = new Date();
	db.transaction((tx) => {
		tx.insert(accessibilityReports)
			.values({ message: input.message, pageUrl: input.page || null, contact: input.contact || null, createdAt: now })
			.run();
		tx.insert(mailOutbox)
			.values({
				to: staffInbox,
				subject: 'Nytt tillgänglighetsproblem rapporterat',
				body: `Sida: ${input.page || '(ej angiven)'}\nKontakt: ${input.contact || '(ej angiven)'}\n\n${input.message}`,
				createdAt: now
			})
			.run();
	});
}
