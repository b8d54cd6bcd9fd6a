// Adds up vitest's and Playwright's JSON reports into the CI's "N passed, N failed" line.
import { existsSync, readFileSync } from 'node:fs';

const read = (p) => (existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : null);
let passed = 0;
let failed = 0;
const checkRc = Number(process.argv[2] ?? 0);
if (checkRc === 0) passed++;
else failed++;

// vitest on SQLite, then its integration suite on PostgreSQL.
for (const file of ['tests/.tmp/vitest.json', 'tests/.tmp/vitest-pg.json']) {
	const vitest = read(file);
	if (vitest) {
		passed += vitest.numPassedTests;
		failed += vitest.numFailedTests + (vitest.numFailedTestSuites ?? 0) + (vitest.numRuntimeErrorTestSuites ?? 0);
	} else failed++;
}

const pw = read('tests/.tmp/playwright.json');
if (pw) {
	passed += pw.stats.expected + pw.stats.flaky;
	failed += pw.stats.unexpected + (pw.errors?.length ?? 0);
} else failed++;

// Each kill -9 cycle counts as one check; each problem it found as a failure.
const durability = read('tests/.tmp/durability.json');
if (durability) {
	const problems = durability.problems?.length ?? 0;
	passed += Math.max(0, (durability.cycles ?? 0) - problems);
	failed += problems + (durability.cycles ? 0 : 1);
} else failed++;

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
