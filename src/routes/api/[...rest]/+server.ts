import type { RequestHandler } from './$types';
import { notFound, preflight } from '$lib/server/feeds/api';
import { feedErrors } from '$lib/i18n/messages/feed-errors';

/** Unknown API paths answer in JSON, with CORS, like the rest of the API (not with an HTML page). */
const unknown: RequestHandler = () => notFound(feedErrors.sv.unknownPath);

export const GET = unknown;
export const OPTIONS: RequestHandler = preflight;
export const fallback = unknown;
