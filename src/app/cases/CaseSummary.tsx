// What a counselor needs at a glance: status, legal status, languages and interpreter,
// household, phone (tap to call), consent, tags, the next due date, who it is assigned to
// (by display name) and the short summary.
import type { ComponentChildren } from 'preact';
import type { TeamUser } from '../../domain/protocol.ts';
import type { CaseFields } from '../../domain/records.ts';
import { memberName } from '../../sync/members.ts';
import { nextDueFrom } from '../../store/queries/case-list.ts';
import type { RecordView } from '../../store/queries/decode.ts';
import { i18n, useT } from '../i18n.ts';
import { DueLabel } from './DueLabel.tsx';
import { formatDate } from '../format.ts';

interface Props {
  kase: RecordView<CaseFields> & { dues: string[] };
  today: string;
  /** The team's members (cached on the device), to name the assignees. */
  members?: readonly TeamUser[];
}

export function CaseSummary({ kase, today, members = [] }: Props) {
  const t = useT('cases');
  const f = kase.fields;
  const nextDue = nextDueFrom(kase.dues, today);
  const facts: Array<[string, ComponentChildren]> = [];
  if (f.assignees?.length) {
    const names = f.assignees.map((id) => memberName(members, id) ?? t('assigned.unknownMember'));
    facts.push([t('field.assignedTo'), <bdi data-testid="case-assignees">{names.join(', ')}</bdi>]);
  }
  if (f.legalStatus) facts.push([t('field.legalStatus'), t(`legalStatus.${f.legalStatus}`)]);
  if (f.languages?.length) facts.push([t('field.languages'), <bdi>{f.languages.join(', ')}</bdi>]);
  if (f.interpreterNeeded) {
    facts.push([
      t('summary.interpreter'),
      f.interpreterLanguage ? t('summary.interpreterIn', { language: f.interpreterLanguage }) : t('summary.interpreterYes'),
    ]);
  }
  if (f.householdSize != null) facts.push([t('field.householdSize'), t('summary.people', { count: f.householdSize })]);
  if (f.phone) {
    facts.push([
      t('field.phone'),
      <a href={`tel:${f.phone.replace(/[^\d+]/g, '')}`} dir="ltr">
        {f.phone}
      </a>,
    ]);
  }
  if (f.consentDate || f.consentScope) {
    facts.push([
      t('field.consent'),
      <>
        {f.consentDate && formatDate(f.consentDate, i18n.language)}
        {f.consentDate && f.consentScope && ' · '}
        {f.consentScope && <bdi>{f.consentScope}</bdi>}
      </>,
    ]);
  }
  if (nextDue) facts.push([t('summary.nextDue'), <DueLabel date={nextDue} today={today} />]);

  return (
    <section class="case-panel case-summary" aria-labelledby="case-summary-title" data-testid="case-summary">
      <div class="case-summary__head">
        <h2 id="case-summary-title" class="case-panel__title">
          {t('summary.title')}
        </h2>
        <span class={f.status === 'closed' ? 'badge' : 'badge badge--open'}>
          {f.status === 'closed' ? t('case.closed') : t('case.open')}
        </span>
      </div>
      {f.summary && (
        <p class="case-summary__text" dir="auto">
          {f.summary}
        </p>
      )}
      {facts.length > 0 && (
        <dl class="facts">
          {facts.map(([term, value]) => (
            <div class="facts__row" key={term}>
              <dt class="facts__term">{term}</dt>
              <dd class="facts__value">{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {(f.tags?.length ?? 0) > 0 && (
        <ul class="case-row__tags" aria-label={t('field.tags')}>
          {f.tags!.map((tag) => (
            <li key={tag} class="tag">
              <bdi>{tag}</bdi>
            </li>
          ))}
        </ul>
      )}
      {!f.summary && facts.length === 0 && (f.tags?.length ?? 0) === 0 && (
        <p class="case-summary__empty">
          {t('summary.empty')} <a href={`/cases/${kase.id}/edit`}>{t('summary.addDetails')}</a>
        </p>
      )}
    </section>
  );
}
