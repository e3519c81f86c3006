// Deadlines (/deadlines): everything due across open cases, overdue first, then the next
// 14 days: legal deadlines of checklists, note follow-ups, viewings and their follow-ups,
// the same things the case list counts as due. Filters (in the URL, so Back keeps them):
// `?mine=1` the cases assigned to me, `?kind=checklist|note|viewing` one kind. Each entry
// links to its case (URLs carry record ids only) and shows the rule that made its date.
import { useLocation } from 'preact-iso';
import { localizedText } from '../../domain/template-definition.ts';
import {
  deadlineKindOf,
  deadlinesOverview,
  type ChecklistDeadlineEntry,
  type DeadlineEntry,
  type DeadlineKind,
  type FollowUpDeadlineEntry,
  type NoteDeadlineEntry,
  type ViewingDeadlineEntry,
} from '../../store/queries/deadlines.ts';
import { Choices } from '../components/Choices.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { DeadlinesIcon } from '../components/icons.tsx';
import { Page } from '../components/Page.tsx';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { useStore } from '../hooks/use-store.ts';
import { i18n, useT } from '../i18n.ts';
import { daysLeftKey, formatDate, formatTime } from '../format.ts';
import { caseHref, checklistHref } from './links.ts';
import { DueDate, LocalText, VerifyNote } from './parts.tsx';
import { useToday } from '../hooks/use-today.ts';
import './checklists.css';

export default function DeadlinesScreen() {
  const t = useT('checklists');
  const { store } = useStore();
  const today = useToday();
  const language = i18n.language;
  const { query, route } = useLocation();
  const { value: overview } = useLiveQuery(store ? () => deadlinesOverview(store, today) : null, [store, today]);
  const title = t('shell:deadlines.title');
  if (!overview) return <Page title={title} />;
  const mine = overview.signedIn && query.mine === '1';
  const kind = deadlineKinds.includes(query.kind as DeadlineKind) ? (query.kind as DeadlineKind) : null;
  const shown = (entries: DeadlineEntry[]) => entries.filter((entry) => (!mine || entry.assignedToMe) && (kind === null || deadlineKindOf(entry) === kind));
  const overdue = shown(overview.overdue);
  const upcoming = shown(overview.upcoming);
  const nothingAtAll = overview.overdue.length === 0 && overview.upcoming.length === 0;
  const filtered = mine || kind !== null;
  const go = (next: { mine: boolean; kind: DeadlineKind | null }) => {
    const params = new URLSearchParams();
    if (next.mine) params.set('mine', '1');
    if (next.kind) params.set('kind', next.kind);
    const search = params.toString();
    route(search ? `/deadlines?${search}` : '/deadlines', true);
  };
  return (
    <Page title={title}>
      <p class="cl-muted">
        {t('deadlines.intro', { count: overview.windowDays })}{' '}
        <span data-testid="deadlines-today">{t('deadlines.today', { date: formatDate(today, language) })}</span>
      </p>
      {overview.checklistsWithoutTemplate > 0 && (
        <p class="cl-warning">{t('deadlines.withoutTemplate', { count: overview.checklistsWithoutTemplate })}</p>
      )}
      {nothingAtAll ? (
        <EmptyState title={t('shell:deadlines.emptyTitle')} icon={<DeadlinesIcon />}>
          <p>{t('deadlines.nothingDue', { count: overview.windowDays })}</p>
          <p>{t('shell:deadlines.emptyText')}</p>
        </EmptyState>
      ) : (
        <>
          <div class="cl-filters">
            <Choices
              legend={t('deadlines.filter.kind')}
              kind="radio"
              options={[
                { value: 'all', label: t('deadlines.filter.all') },
                ...deadlineKinds.map((value) => ({ value, label: t(`deadlines.filter.${value}`) })),
              ]}
              selected={[kind ?? 'all']}
              onToggle={(value) => go({ mine, kind: value === 'all' ? null : (value as DeadlineKind) })}
              testId="deadlines-kind"
            />
            {overview.signedIn && (
              <Choices
                legend={t('deadlines.filter.whose')}
                kind="radio"
                options={[
                  { value: 'all', label: t('deadlines.filter.everyone') },
                  { value: 'mine', label: t('deadlines.filter.mine') },
                ]}
                selected={[mine ? 'mine' : 'all']}
                onToggle={(value) => go({ mine: value === 'mine', kind })}
                testId="deadlines-mine"
              />
            )}
          </div>
          {overdue.length > 0 && <DeadlineGroup id="deadlines-overdue" title={t('deadlines.overdue', { count: overdue.length })} entries={overdue} />}
          <DeadlineGroup
            id="deadlines-upcoming"
            title={t('deadlines.upcoming', { count: overview.windowDays })}
            entries={upcoming}
            emptyText={filtered ? t('deadlines.noneFiltered') : t('deadlines.noneUpcoming', { count: overview.windowDays })}
          />
        </>
      )}
    </Page>
  );
}

const deadlineKinds: readonly DeadlineKind[] = ['checklist', 'note', 'viewing'];

function DeadlineGroup({ id, title, entries, emptyText }: { id: string; title: string; entries: DeadlineEntry[]; emptyText?: string }) {
  return (
    <section class="cl-group" aria-labelledby={id} data-testid={id}>
      <h2 id={id} class="cl-group__title">
        {title}
      </h2>
      {entries.length === 0 && emptyText && <p class="cl-muted">{emptyText}</p>}
      {entries.length > 0 && (
        <ul class="cl-deadlines">
          {entries.map((entry) => (
            <Entry key={entry.key} entry={entry} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Entry({ entry }: { entry: DeadlineEntry }) {
  switch (entry.kind) {
    case 'checklist':
      return <ChecklistEntry entry={entry} />;
    case 'followUp':
      return <FollowUpEntry entry={entry} />;
    case 'note':
      return <NoteEntry entry={entry} />;
    case 'viewing':
      return <ViewingEntry entry={entry} />;
  }
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
    <li class={`cl-deadline${entry.overdue ? ' cl-deadline--overdue' : ''}`} data-testid="deadline-entry" data-kind="checklist" data-date={entry.date}>
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
  return (
    <li class="cl-deadline cl-deadline--follow-up" data-testid="deadline-entry" data-kind="followUp" data-date={entry.date}>
      <p class="cl-deadline__title">
        <a href={entry.href}>{t(entry.labelKey, { defaultValue: t('deadlines.followUp') })}</a>
      </p>
      <p class="cl-deadline__meta">
        <CaseLine caseId={entry.caseId} caseName={entry.caseName} />
      </p>
      <DateLine entry={entry} text={t('deadlines.followUpOn', { date: formatDate(entry.date, i18n.language) })} />
    </li>
  );
}

/** The date line of a follow-up, note or viewing: "Follow up on Tue 8 Dec 2026 · tomorrow". */
function DateLine({ entry, text }: { entry: DeadlineEntry; text: string }) {
  const t = useT('checklists');
  const left = daysLeftKey(entry.daysLeft, entry.overdue);
  return (
    <p class="cl-due__date">
      <strong>{text}</strong>
      <span class="cl-due__left"> · {t(left.key, { count: left.count })}</span>
    </p>
  );
}

function NoteEntry({ entry }: { entry: NoteDeadlineEntry }) {
  const t = useT('checklists');
  return (
    <li class="cl-deadline cl-deadline--follow-up" data-testid="deadline-entry" data-kind="note" data-date={entry.date}>
      <p class="cl-deadline__title">
        <a href={`${caseHref(entry.caseId)}#note-${entry.noteId}`}>{t('deadlines.noteFollowUp')}</a>
      </p>
      <p class="cl-deadline__meta">
        <CaseLine caseId={entry.caseId} caseName={entry.caseName} />
      </p>
      {entry.summary && (
        <p class="cl-muted cl-small" dir="auto">
          {entry.summary}
        </p>
      )}
      <DateLine entry={entry} text={t('deadlines.followUpOn', { date: formatDate(entry.date, i18n.language) })} />
    </li>
  );
}

function ViewingEntry({ entry }: { entry: ViewingDeadlineEntry }) {
  const t = useT('checklists');
  const language = i18n.language;
  const when = entry.startTime
    ? t('deadlines.viewingAt', { date: formatDate(entry.date, language), time: formatTime(entry.startTime, language) })
    : t('deadlines.viewingOn', { date: formatDate(entry.date, language) });
  const settled = entry.status !== null && entry.status !== 'planned';
  return (
    <li class="cl-deadline cl-deadline--follow-up" data-testid="deadline-entry" data-kind="viewing" data-date={entry.date}>
      <p class="cl-deadline__title">
        <a href={entry.href}>{t('deadlines.viewing')}</a>
        {settled && <span class="cl-muted"> ({t(`viewings:status.${entry.status}`)})</span>}
      </p>
      <p class="cl-deadline__meta">
        <CaseLine caseId={entry.caseId} caseName={entry.caseName} />
      </p>
      <DateLine entry={entry} text={when} />
    </li>
  );
}
