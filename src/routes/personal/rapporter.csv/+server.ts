import type { RequestHandler } from './$types';
import { requireRole } from '$lib/server/auth/guards';
import { buildReport, reportQuery } from '$lib/server/reports';
import { toCsv } from '$lib/server/audit-filters';
import { reports } from '$lib/i18n/messages/reports';
import { reportLabels } from '$lib/domain/report-labels';

/** The same tables as on screen, column for column: ?tabell=grupper (default), trend or tackning. */
export const GET: RequestHandler = (event) => {
	requireRole(event, 'moderator', 'admin');
	const t = reports.sv;
	const r = buildReport(reportQuery(event.url));
	const which = event.url.searchParams.get('tabell') ?? 'grupper';
	let header: string[];
	let rows: (string | number | null)[][];
	if (which === 'trend')
		[header, rows] = [[t.month, t.held, t.participants, t.mean, t.previous], r.trend.map((m) => [m.month, m.held, m.suppressed ? t.suppressed : m.participants, m.meanPerDate, m.previousSuppressed ? t.suppressed : m.previousParticipants])];
	else if (which === 'tackning')
		[header, rows] = [
			[t.dims.district, t.residents, t.activities, t.participants, t.activitiesPer1000, t.participantsPer1000],
			r.coverage.map((c) => [c.district, c.residents65Plus, c.activities, c.suppressed ? t.suppressed : c.participants, c.activitiesPer1000, c.participantsPer1000])
		];
	else
		[header, rows] = [
			[...r.dims.map((d) => t.dims[d]), t.held, t.cancelled, t.participants, t.mean, t.share, t.activities],
			[
				...r.table.groups.map((g) => [...g.keys, g.figures.held, g.figures.cancelled, g.figures.suppressed ? t.suppressed : g.figures.participants, g.figures.meanPerDate, g.figures.shareReported, g.figures.activities]),
				[t.total, ...r.dims.slice(1).map(() => ''), r.table.total.held, r.table.total.cancelled, r.table.total.participants, r.table.total.meanPerDate, r.table.total.shareReported, r.table.total.activities]
			]
		];
	// The method note closes the file after one empty row, every row as wide as the table, so that the
	// header stays on line 1 and a strict reader sees the same number of fields on every line.
	const labels = reportLabels(t, r);
	const pad = (cells: string[]) => [...cells, ...Array(Math.max(0, header.length - cells.length)).fill('')];
	const note = [pad([]), pad([t.methodTitle, labels.label]), ...labels.method.map((line) => pad([t.methodTitle, line]))];
	const body = toCsv(header, [...rows, ...note]);
	return new Response(body, {
		headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="rapport-${which}-${r.period.from}.csv"`, 'cache-control': 'no-store' }
	});
};
