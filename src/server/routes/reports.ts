// GET /v1/reports?from=YYYY-MM&to=YYYY-MM[&k=] (coordinators): the team's advocacy report
// (REPORTS.md). The figures come from the same pure function the coordinator's device
// runs (domain/report.ts); here the team's live records are fed to it row by row, with
// only the fields it reads (`reportReads`), so a large team is never held in memory at
// once and no free text is even read.
import type { FastifyInstance } from 'fastify';
import { slovenianDateAt } from '../../domain/ljubljana-time.ts';
import { reportCollector, reportReads, type Report } from '../../domain/report.ts';
import { checkReportPeriod } from '../../domain/report-period.ts';
import { forbidden, invalidRequest } from '../http/api-error.ts';
import { signIn, type RouteContext } from './context.ts';

export function reportRoutes(app: FastifyInstance, context: RouteContext): void {
  app.get('/v1/reports', async (request) => {
    const query = (request.query ?? {}) as Record<string, unknown>;
    const checked = checkReportPeriod({ from: query.from, to: query.to, k: query.k });
    if (!checked.ok) throw invalidRequest(checked.message);
    const session = await signIn(context, request);
    if (session.user.role !== 'coordinator') throw forbidden('Only coordinators read the team report.');
    const collector = reportCollector({ ...checked.period, today: slovenianDateAt(context.now()), teamId: session.team.id });
    await context.storage.eachLiveRecord(session.team.id, reportReads, (record) => collector.add(record));
    const report: Report = collector.finish();
    return report;
  });
}
