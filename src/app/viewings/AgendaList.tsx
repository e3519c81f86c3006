// One viewing in a list (agenda, case page): time, address, whose case, status; a viewing
// whose outcome is not logged yet gets a direct link to the 30-second outcome screen.
import type { ComponentChildren } from 'preact';
import { viewingEndMs } from '../../domain/agenda.ts';
import { endTimeAfter } from '../../domain/viewing.ts';
import type { ViewingItem } from '../../store/queries/viewings.ts';
import { ButtonLink } from '../components/Button.tsx';
import { i18n, useT } from '../i18n.ts';
import { formatDate, formatTime } from '../format.ts';
import { needsOutcome } from './viewing-state.ts';
import { StatusBadge } from './StatusBadge.tsx';
import './viewings.css';

interface ViewingListItemProps {
  viewing: ViewingItem;
  now: number;
  /** Show the day (lists not grouped by day, e.g. the case page). */
  showDate?: boolean;
  /** Show whose case it is (the agenda across cases). */
  showCase?: boolean;
}

export function ViewingListItem({ viewing, now, showDate = false, showCase = false }: ViewingListItemProps) {
  const t = useT('viewings');
  const language = i18n.language;
  const { fields } = viewing;
  const status = fields.status ?? 'planned';
  const attention = needsOutcome(viewing, now);
  const end = fields.startTime && fields.durationMinutes ? endTimeAfter(fields.startTime, fields.durationMinutes) : null;
  const time = fields.startTime
    ? end
      ? t('agenda.timeRange', { start: formatTime(fields.startTime, language), end: formatTime(end, language) })
      : formatTime(fields.startTime, language)
    : t('agenda.noTime');
  const over = (viewingEndMs(fields) ?? Number.POSITIVE_INFINITY) < now;
  const tone = attention ? ' vw-item--attention' : status !== 'planned' || over ? ' vw-item--done' : '';
  return (
    <li class={`vw-item${tone}`} data-viewing={viewing.id}>
      <a class="vw-item__link" href={`/viewings/${viewing.id}`}>
        <span class="vw-item__time">
          {showDate && fields.date ? `${formatDate(fields.date, language)} · ` : ''}
          {time}
        </span>
        <span class="vw-item__address">{fields.address ?? t('agenda.noAddress')}</span>
      </a>
      <span class="vw-item__meta">
        {showCase && viewing.caseName && <span>{viewing.caseName}</span>}
        <StatusBadge status={status} />
        {fields.outcome && <span>{t(`outcome.${fields.outcome}`)}</span>}
        {attention && <span class="vw-badge vw-badge--problem">{t('agenda.needsOutcome')}</span>}
      </span>
      {attention && (
        <div class="vw-row">
          <ButtonLink href={`/viewings/${viewing.id}/outcome`}>{t('actions.logOutcome')}</ButtonLink>
        </div>
      )}
    </li>
  );
}

export function ViewingList({ children }: { children: ComponentChildren }) {
  return <ul class="vw-list">{children}</ul>;
}
