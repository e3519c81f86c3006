// Deadlines (/deadlines): everything due across open cases, overdue first, then the next
// 14 days, with viewing follow-up dates. Each entry links to its case (URLs carry record
// ids only) and shows the rule that made its date.
import { localizedText } from '../../domain/template-definition.ts';
import {
  deadlinesOverview,
  type ChecklistDeadlineEntry,
  type DeadlineEntry,
  type FollowUpDeadlineEntry,
} from '../../store/queries/deadlines.ts';
import { EmptyState } from '../components/EmptyState.tsx';
import { DeadlinesIcon } from '../components/icons.tsx';
import { Page } from '../components/Page.tsx';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { useStore } from '../hooks/use-store.ts';
import { i18n, useT } from '../i18n.ts';
import { daysLeftKey, formatDate } from '../format.ts';
import { caseHref, checklistHref } from './links.ts';
import { DueDate, LocalText, VerifyNote } from './parts.tsx';
import { useToday } from './use-today.ts';
import './checklists.css';

export default function DeadlinesScreen() {
  const t = useT('checklists');
  const { store } = useStore();
  const today = useToday();
  const language = i18n.language;
  const { value: overview } = useLiveQuery(store ? () => deadlinesOverview(store, today) : null, [store, today]);
  const title = t('shell:deadlines.title');
  if (!overview) return <Page title={title} />;
  const empty = overview.overdue.length === 0 && overview.upcoming.length === 0;
  return (
    <Page title={title}>
      <p class="cl-muted">
        {t('deadlines.intro', { count: overview.windowDays })}{' '}
        <span data-testid="deadlines-today">{t('deadlines.today', { date: formatDate(today, language) })}</span>
      </p>
      {overview.checklistsWithoutTemplate > 0 && (
        <p class="cl-warning">{t('deadlines.withoutTemplate', { count: overview.checklistsWithoutTemplate })}</p>
      )}
      {empty ? (
        <EmptyState title={t('shell:deadlines.emptyTitle')} icon={<DeadlinesIcon />}>
          <p>{t('deadlines.nothingDue', { count: overview.windowDays })}</p>
          <p>{t('shell:deadlines.emptyText')}</p>
        </EmptyState>
      ) : (
        <>
          {overview.overdue.length > 0 && (
            <DeadlineGroup id="deadlines-overdue" title={t('deadlines.overdue', { count: overview.overdue.length })} entries={overview.overdue} />
          )}
          <DeadlineGroup
            id="deadlines-upcoming"
            title={t('deadlines.upcoming', { count: overview.windowDays })}
            entries={overview.upcoming}
            emptyText={t('deadlines.noneUpcoming', { count: overview.windowDays })}
          />
        </>
      )}
    </Page>
  );
}

function DeadlineGroup({ id, title, entries, emptyText }: { id: string; title: string; entries: DeadlineEntry[]; emptyText?: string }) {
  return (
    <section class="cl-group" aria-labelledby={id} data-testid={id}>
      <h2 id={id} class="cl-group__title">
        {title}
      </h2>
      {entries.length === 0 && emptyText && <p class="cl-muted">{emptyText}</p>}
      {entries.length > 0 && (
        <ul class="cl-deadlines">
          {entries.map((entry) =>
            entry.kind === 'checklist' ? <ChecklistEntry key={entry.key} entry={entry} /> : <FollowUpEntry key={entry.key} entry={entry} />,
          )}
        </ul>
      )}
    </section>
  );
}

function CaseLine({ caseId, caseName }: { caseId: string; caseName: string | null }) {
  const t = useT('checklists');
  return (
    <a href={caseHref(caseId)} class="cl-deadline__case">
      {caseName ?? t('deadlines.caseUnnamed')}
    </a>
  );
}

function ChecklistEntry({ entry }: { entry: ChecklistDeadlineEntry }) {
  const t = useT('checklists');
  const language = i18n.language;
  const label = localizedText(entry.due.item.text, language, 'label');
  const checklistTitle = localizedText(entry.template.text, language, 'title');
  return (
    <li class={`cl-deadline${entry.overdue ? ' cl-deadline--overdue' : ''}`} data-testid="deadline-entry" data-date={entry.date}>
      <p class="cl-deadline__title">
        <a href={checklistHref(entry.caseId, entry.checklistId)}>{label ? <LocalText text={label} t={t} /> : entry.due.itemKey}</a>
      </p>
      <p class="cl-deadline__meta">
        <CaseLine caseId={entry.caseId} caseName={entry.caseName} />
      </p>
      {checklistTitle && (
        <p class="cl-muted cl-small">
          <LocalText text={checklistTitle} t={t} />
        </p>
      )}
      <DueDate due={{ ...entry.due, dueDate: entry.date }} t={t} language={language} />
      {entry.due.needsVerification && <VerifyNote item={entry.due.item} t={t} />}
    </li>
  );
}

function FollowUpEntry({ entry }: { entry: FollowUpDeadlineEntry }) {
  const t = useT('checklists');
  const language = i18n.language;
  const left = daysLeftKey(entry.daysLeft, false);
  return (
    <li class="cl-deadline cl-deadline--follow-up" data-testid="deadline-entry" data-date={entry.date}>
      <p class="cl-deadline__title">
        <a href={entry.href}>{t(entry.labelKey, { defaultValue: t('deadlines.followUp') })}</a>
      </p>
      <p class="cl-deadline__meta">
        <CaseLine caseId={entry.caseId} caseName={entry.caseName} />
      </p>
      <p class="cl-due__date">
        <strong>{t('deadlines.followUpOn', { date: formatDate(entry.date, language) })}</strong>
        <span class="cl-due__left"> · {t(left.key, { count: left.count })}</span>
      </p>
    </li>
  );
}
