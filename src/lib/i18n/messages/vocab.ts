import type { Bundle } from '../index';

/**
 * Names of categories, audiences and languages by slug, for interfaces the taxonomy table has no
 * column for (Finnish). Swedish and English come from the table itself; a slug missing here (one
 * staff added later) is shown by its Swedish name.
 */
const sv: Record<string, string> = {};
export type VocabMessages = typeof sv;

export const vocabNames: Bundle<VocabMessages> = { sv, en: sv, fi: sv };
