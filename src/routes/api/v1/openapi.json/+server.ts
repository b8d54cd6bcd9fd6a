import type { RequestHandler } from './$types';
import { apiJson, preflight } from '$lib/server/feeds/api';
import { openApiDocument } from '$lib/server/feeds/openapi';

export const GET: RequestHandler = ({ url }) => apiJson(openApiDocument(url.origin));

export const OPTIONS: RequestHandler = preflight;
