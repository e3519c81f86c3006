// The "Checklists" section of a case page (case-sections.ts): the case's checklists in one
// line each (progress, overdue, next date) and "add a checklist" from a template.
import { useLocation } from 'preact-iso';
import { checklistDueItems } from '../../domain/checklist-due.ts';
import { localizedText } from '../../domain/template-definition.ts';
import { checklistsOfCase, type ChecklistItem } from '../../store/queries/checklists.ts';
import type { CaseSectionProps } from '../case-section-props.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { useStore } from '../hooks/use-store.ts';
import { i18n, useT } from '../i18n.ts';
import { AddChecklistForm } from './AddChecklistForm.tsx';
import { summarizeChecklist } from './checklist-summary.ts';
import { checklistHref } from './links.ts';
import { daysLeftKey, formatDate } from '../format.ts';
import { LocalText } from './parts.tsx';
import { useCatalog } from './use-catalog.ts';
import { useToday } from '../hooks/use-today.ts';
import './checklists.css';

export default function ChecklistsSection({ caseId }: CaseSectionProps) {
  const t = useT('checklists');
  const { store } = useStore();
  const today = useToday();
  const catalog = useCatalog(store);
  const { value: checklists } = useLiveQuery(store ? () => checklistsOfCase(store, caseId) : null, [store, caseId]);
  const { route } = useLocation();
  return (
    <section class="cl-section" aria-labelledby="checklists-heading" data-testid="checklists-section">
      <h2 id="checklists-heading" class="cl-section__title">
        {t('section.title')}
      </h2>
      {checklists && checklists.length === 0 && <p class="cl-muted">{t('section.empty')}</p>}
      {checklists && checklists.length > 0 && (
        <ul class="cl-cards">
          {checklists.map((checklist) => (
            <ChecklistCard key={checklist.id} checklist={checklist} today={today} />
          ))}
        </ul>
      )}
      {store && catalog && (
        <AddChecklistForm
          store={store}
          caseId={caseId}
          catalog={catalog}
          onAdded={(checklistId) => route(checklistHref(caseId, checklistId))}
        />
      )}
    </section>
  );
}

function ChecklistCard({ checklist, today }: { checklist: ChecklistItem; today: string }) {
  const t = useT('checklists');
  const language = i18n.language;
  const entry = checklist.template;
  const href = checklistHref(checklist.caseId, checklist.id);
  if (!entry) {
    return (
      <li class="cl-card">
        <a href={href} class="cl-card__title">
          {checklist.view.templateId ?? t('section.unknown')}
        </a>
        <p class="cl-muted">{t('section.noTemplate')}</p>
      </li>
    );
  }
  const title = localizedText(entry.template.text, language, 'title');
  const summary = summarizeChecklist(checklistDueItems(checklist.fields, entry.template, today));
  const next = summary.next;
  const left = next?.daysLeft !== null && next?.daysLeft !== undefined ? daysLeftKey(next.daysLeft, false) : null;
  return (
    <li class={`cl-card${summary.overdue > 0 ? ' cl-card--overdue' : ''}`}>
      <a href={href} class="cl-card__title">
        {title ? <LocalText text={title} t={t} /> : entry.template.id}
      </a>
      <p class="cl-card__meta">
        <span>{t('section.progress', { done: summary.done, count: summary.total })}</span>
        {summary.overdue > 0 && <span class="cl-badge cl-badge--overdue">{t('section.overdue', { count: summary.overdue })}</span>}
        {checklist.newerTemplate && (
          <span class="cl-badge">{t('section.upgradeAvailable', { version: checklist.newerTemplate.template.version })}</span>
        )}
      </p>
      {next?.dueDate && left && (
        <p class="cl-card__next">{t('section.next', { date: formatDate(next.dueDate, language), left: t(left.key, { count: left.count }) })}</p>
      )}
    </li>
  );
}
