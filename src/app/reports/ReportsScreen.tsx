// Reports (/reports, coordinators): the team's advocacy figures for a period, computed on
// this phone from its own records with the same function the endpoint uses
// (domain/report.ts), so it works offline. Each figure is a small chart with its table
// beside it; suppressed cells read "fewer than k". A CSV download holds exactly the
// published numbers, and the print layout makes a clean PDF.
import { useMemo, useState } from 'preact/hooks';
import type { TFunction } from 'i18next';
import { slovenianDateAt } from '../../domain/ljubljana-time.ts';
import { computeReport, type Report } from '../../domain/report.ts';
import { checkReportPeriod, lastTwelveMonths, REPORT_MIN_K, thisYear } from '../../domain/report-period.ts';
import { reportSource } from '../../store/queries/report-records.ts';
import { formatDateTime, formatMonth } from '../format.ts';
import { Button, ButtonLink } from '../components/Button.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { TextField } from '../components/Field.tsx';
import { Page } from '../components/Page.tsx';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { useStore } from '../hooks/use-store.ts';
import { i18n, useT } from '../i18n.ts';
import { useSession } from '../hooks/use-session.ts';
import { formatNumber, HorizontalBars, MonthColumns, RangeChart, type Bar } from './charts.tsx';
import { reportCsv, reportFileName } from './report-csv.ts';
import './reports.css';

interface PeriodForm {
  from: string;
  to: string;
  k: string;
}

export default function ReportsScreen() {
  const t = useT('reports');
  const { store } = useStore();
  const session = useSession(store);
  const isCoordinator = session?.user.role === 'coordinator';
  const source = useLiveQuery(store && isCoordinator ? () => reportSource(store) : null, [store, isCoordinator]);
  const today = slovenianDateAt(Date.now());
  const [form, setForm] = useState<PeriodForm>(() => ({ ...lastTwelveMonths(today), k: String(REPORT_MIN_K) }));
  const check = checkReportPeriod(form);
  const teamId = session?.team.id;
  const report = useMemo(
    () => (check.ok && source.value ? computeReport(source.value.records, { ...check.period, today, teamId }) : null),
    [check.ok && check.period.from, check.ok && check.period.to, check.ok && check.period.k, source.value, today, teamId],
  );

  if (session === undefined) return <Page title={t('title')} />;
  if (!isCoordinator) {
    return (
      <Page title={t('title')}>
        <EmptyState title={t('onlyCoordinators')} action={<ButtonLink href="/settings" variant="secondary">{t('backToSettings')}</ButtonLink>}>
          <p>{t('onlyCoordinatorsText')}</p>
        </EmptyState>
      </Page>
    );
  }

  const set = (part: keyof PeriodForm) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value;
    setForm((previous) => ({ ...previous, [part]: value }));
  };
  const lastPullAt = source.value?.lastPullAt ?? null;
  return (
    <Page title={t('title')}>
      <div class="reports">
        <section class="reports__controls" aria-labelledby="reports-period">
          <h2 id="reports-period" class="reports__heading">
            {t('period.heading')}
          </h2>
          <div class="reports__presets">
            <Button variant="secondary" onClick={() => setForm((previous) => ({ ...previous, ...lastTwelveMonths(today) }))} data-testid="preset-last-12">
              {t('period.lastTwelve')}
            </Button>
            <Button variant="secondary" onClick={() => setForm((previous) => ({ ...previous, ...thisYear(today) }))} data-testid="preset-this-year">
              {t('period.thisYear')}
            </Button>
          </div>
          <div class="reports__fields">
            <TextField label={t('period.from')} type="month" value={form.from} onInput={set('from')} name="from" placeholder="YYYY-MM" />
            <TextField label={t('period.to')} type="month" value={form.to} onInput={set('to')} name="to" placeholder="YYYY-MM" />
            <TextField label={t('period.k')} hint={t('period.kHint', { k: REPORT_MIN_K })} type="number" min={REPORT_MIN_K} step={1} inputMode="numeric" value={form.k} onInput={set('k')} name="k" />
          </div>
          {!check.ok && (
            <p class="field__error" role="alert" data-testid="period-problem">
              {t(`problem.${check.problem}`, { k: REPORT_MIN_K })}
            </p>
          )}
        </section>

        <p class="reports__source" data-testid="report-source">
          {lastPullAt === null ? t('source.neverSynced') : t('source.syncedAt', { time: formatDateTime(lastPullAt, i18n.language) })}
        </p>

        {report && (
          <>
            <p class="reports__period" data-testid="report-period">
              {t('period.shown', { from: monthName(report.from), to: monthName(report.to), k: report.k })}
            </p>
            <div class="reports__actions">
              <Button onClick={() => downloadCsv(report)} data-testid="download-csv">
                {t('csv')}
              </Button>
              <Button variant="secondary" onClick={() => window.print()} data-testid="print">
                {t('print')}
              </Button>
            </div>
            <section class="reports__rules" aria-labelledby="reports-rules">
              <h2 id="reports-rules" class="reports__heading">
                {t('rules.heading')}
              </h2>
              <p>{t('rules.text', { k: report.k })}</p>
            </section>
            <HousingSection report={report} t={t} />
            <ProceduresSection report={report} t={t} />
            <CaseloadSection report={report} t={t} />
          </>
        )}
      </div>
    </Page>
  );
}

function downloadCsv(report: Report): void {
  const url = URL.createObjectURL(new Blob([reportCsv(report)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = reportFileName(report);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function monthName(month: string, style: 'long' | 'short' = 'long'): string {
  return formatMonth(month, i18n.language, style);
}

// ---------------------------------------------------------------------------------------
// Sections.

interface SectionProps {
  report: Report;
  t: TFunction;
}

/** null: suppressed; undefined: nothing to show (e.g. a median over no cases). */
type Value = number | null | undefined;

function HousingSection({ report, t }: SectionProps) {
  const { housing } = report;
  const suppressed = t('suppressed', { k: report.k });
  const keyed = (table: 'outcome' | 'registrationConsent' | 'discrimination', ns: string) => {
    const cells = housing[table];
    return (
      <Figure
        id={`housing-${table}`}
        title={t(`housing.${table}`)}
        chart={
          <HorizontalBars
            title={t('chartLabel', { title: t(`housing.${table}`) })}
            bars={cells.map((cell) => ({ label: t(`${ns}:${table}.${cell.key}`), value: cell.cases }))}
            suppressedText={suppressed}
          />
        }
        columns={[t('column.viewings'), t('column.cases')]}
        rows={cells.map((cell) => ({ label: t(`${ns}:${table}.${cell.key}`), values: [cell.viewings, cell.cases] }))}
        k={report.k}
        t={t}
      />
    );
  };
  return (
    <section class="reports__section" aria-labelledby="reports-housing" data-testid="report-housing">
      <h2 id="reports-housing" class="reports__heading">
        {t('housing.heading')}
      </h2>
      <Facts
        facts={[
          { label: t('housing.viewings'), value: housing.viewings.viewings },
          { label: t('housing.cases'), value: housing.viewings.cases },
        ]}
        k={report.k}
        t={t}
      />
      {keyed('outcome', 'viewings')}
      {keyed('registrationConsent', 'viewings')}
      {keyed('discrimination', 'viewings')}
      <SpreadFigure id="housing-rent" title={t('housing.rent')} spread={housing.rentMonthlyEuro} k={report.k} t={t} />
      <SpreadFigure id="housing-deposit" title={t('housing.deposit')} spread={housing.depositMonths} k={report.k} t={t} />
    </section>
  );
}

function ProceduresSection({ report, t }: SectionProps) {
  const { decision, pendingOverLimit, decisionKind } = report.procedures;
  const title = t('procedures.decisionKind');
  return (
    <section class="reports__section" aria-labelledby="reports-procedures" data-testid="report-procedures">
      <h2 id="reports-procedures" class="reports__heading">
        {t('procedures.heading')}
      </h2>
      <Facts
        facts={[
          { label: t('procedures.decided'), value: decision.cases },
          { label: t('procedures.medianDays'), value: decision.cases === 0 ? undefined : decision.medianDays },
          { label: t('procedures.overLimit', { months: decision.limitMonths }), value: decision.overLimit },
          { label: t('procedures.pendingOverLimit', { months: decision.limitMonths }), value: pendingOverLimit.cases },
        ]}
        k={report.k}
        t={t}
      />
      <Figure
        id="procedures-kind"
        title={title}
        chart={
          <HorizontalBars
            title={t('chartLabel', { title })}
            bars={decisionKind.map((cell) => ({ label: t(`procedures.kind.${cell.key}`), value: cell.cases }))}
            suppressedText={t('suppressed', { k: report.k })}
          />
        }
        columns={[t('column.cases')]}
        rows={decisionKind.map((cell) => ({ label: t(`procedures.kind.${cell.key}`), values: [cell.cases] }))}
        k={report.k}
        t={t}
      />
    </section>
  );
}

function CaseloadSection({ report, t }: SectionProps) {
  const { newCases, legalStatus } = report.caseload;
  const suppressed = t('suppressed', { k: report.k });
  const months: Bar[] = newCases.map((cell) => ({ label: monthName(cell.month, 'short'), value: cell.cases }));
  return (
    <section class="reports__section" aria-labelledby="reports-caseload" data-testid="report-caseload">
      <h2 id="reports-caseload" class="reports__heading">
        {t('caseload.heading')}
      </h2>
      <Figure
        id="caseload-new"
        title={t('caseload.newCases')}
        chart={<MonthColumns title={t('chartLabel', { title: t('caseload.newCases') })} bars={months} suppressedText={suppressed} />}
        columns={[t('column.cases')]}
        rows={newCases.map((cell) => ({ label: monthName(cell.month), values: [cell.cases] }))}
        k={report.k}
        t={t}
      />
      <Figure
        id="caseload-status"
        title={t('caseload.legalStatus')}
        chart={
          <HorizontalBars
            title={t('chartLabel', { title: t('caseload.legalStatus') })}
            bars={legalStatus.map((cell) => ({ label: t(`cases:legalStatus.${cell.key}`), value: cell.cases }))}
            suppressedText={suppressed}
          />
        }
        columns={[t('column.cases')]}
        rows={legalStatus.map((cell) => ({ label: t(`cases:legalStatus.${cell.key}`), values: [cell.cases] }))}
        k={report.k}
        t={t}
      />
    </section>
  );
}

// ---------------------------------------------------------------------------------------
// Building blocks.

function shown(value: Value, k: number, t: TFunction): string {
  if (value === undefined) return '–';
  if (value === null) return t('suppressed', { k });
  return formatNumber(value);
}

function Facts({ facts, k, t }: { facts: { label: string; value: Value }[]; k: number; t: TFunction }) {
  return (
    <dl class="reports__facts">
      {facts.map((fact) => (
        <div key={fact.label} class={fact.value === null ? 'reports__fact reports__fact--suppressed' : 'reports__fact'}>
          <dt>{fact.label}</dt>
          <dd>{shown(fact.value, k, t)}</dd>
        </div>
      ))}
    </dl>
  );
}

interface FigureProps {
  id: string;
  title: string;
  chart: preact.ComponentChildren;
  columns: string[];
  rows: { label: string; values: Value[] }[];
  k: number;
  t: TFunction;
}

function Figure({ id, title, chart, columns, rows, k, t }: FigureProps) {
  return (
    <figure class="reports__figure" aria-labelledby={`${id}-title`} data-testid={id}>
      <h3 id={`${id}-title`} class="reports__figure-title">
        {title}
      </h3>
      <div class="reports__figure-body">
        <div class="reports__chart">{chart}</div>
        <table class="reports__table">
          <caption class="reports__sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('column.category')}</th>
              {columns.map((column) => (
                <th key={column} scope="col" class="reports__number">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {row.values.map((value, index) => (
                  <td key={index} class={value === null ? 'reports__number reports__number--suppressed' : 'reports__number'}>
                    {shown(value, k, t)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

function SpreadFigure({ id, title, spread, k, t }: { id: string; title: string; spread: Report['housing']['rentMonthlyEuro']; k: number; t: TFunction }) {
  const hasSpread = spread.median !== null && spread.q1 !== null && spread.q3 !== null;
  return (
    <Figure
      id={id}
      title={title}
      chart={
        hasSpread ? (
          <RangeChart
            title={t('spreadLabel', { title, q1: formatNumber(spread.q1 as number), median: formatNumber(spread.median as number), q3: formatNumber(spread.q3 as number) })}
            q1={spread.q1 as number}
            median={spread.median as number}
            q3={spread.q3 as number}
          />
        ) : (
          <p class="reports__no-chart">{spread.cases === null ? t('suppressed', { k }) : t('noSpread')}</p>
        )
      }
      columns={[t('column.value')]}
      rows={[
        { label: t('column.cases'), values: [spread.cases] },
        { label: t('column.q1'), values: [spread.cases === 0 ? undefined : spread.q1] },
        { label: t('column.median'), values: [spread.cases === 0 ? undefined : spread.median] },
        { label: t('column.q3'), values: [spread.cases === 0 ? undefined : spread.q3] },
      ]}
      k={k}
      t={t}
    />
  );
}
