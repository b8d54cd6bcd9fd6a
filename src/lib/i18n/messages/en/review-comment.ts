import { reviewComment, type ReviewCommentMessages } from '../review-comment';

const en: ReviewCommentMessages = {
	title: "Changed since the municipality's last comment",
	intro: (when: string, who: string | null) => `The comment was written on ${when}${who ? ` by ${who}` : ''}:`,
	atComment: 'When commented',
	now: 'Now',
	nothing: 'The association has changed nothing since the comment.'
};

reviewComment.en = en;
