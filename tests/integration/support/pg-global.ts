import type { TestProject } from 'vitest/node';
import { startPostgres, type TestPostgres } from './postgres';

/**
 * `TEST_BACKEND=postgres`: one throwaway PostgreSQL server for the whole run. Every
 * `freshDatabase()` is then a new schema on it, migrated by the app's own PostgreSQL path.
 */
let server: TestPostgres | undefined;

export async function setup(project: TestProject) {
	server = await startPostgres();
	project.provide('postgresUrl', server.url);
}

export function teardown() {
	server?.stop();
}

declare module 'vitest' {
	export interface ProvidedContext {
		postgresUrl: string;
	}
}
