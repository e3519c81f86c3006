// The rows of the case list: each row is one link (a big tap target) to the case.
import type { CaseListItem, CaseListSort } from '../../store/queries/case-list.ts';
import { i18n, useT } from '../i18n.ts';
import { DueLabel, OverdueLabel } from './DueLabel.tsx';
import { formatAgo } from '../format.ts';

export function CaseRows({ items, today, sort }: { items: readonly CaseListItem[]; today: string; sort: CaseListSort }) {
  const t = useT('cases');
  const now = Date.now();
  return (
    <ul class="case-list" aria-label={t('list.listLabel')}>
      {items.map((item) => {
        const { fields } = item;
        return (
          <li key={item.id} class="case-list__item">
            <a class="case-row" href={`/cases/${item.id}`}>
              <span class="case-row__top">
                <bdi class="case-row__name">{fields.displayName || t('case.unnamed')}</bdi>
                {item.status === 'closed' && <span class="badge">{t('case.closed')}</span>}
              </span>
              {fields.legalStatus && <span class="case-row__meta">{t(`legalStatus.${fields.legalStatus}`)}</span>}
              <span class="case-row__meta case-row__dates">
                {item.overdueSince && <OverdueLabel date={item.overdueSince} />}
                {item.nextDue && <DueLabel date={item.nextDue} today={today} />}
                {(sort === 'activity' || !item.nextDue) && (
                  <span>{t('list.activity', { ago: formatAgo(item.activityAt, now, i18n.language) })}</span>
                )}
              </span>
              {(fields.tags?.length ?? 0) > 0 && (
                <span class="case-row__tags">
                  {fields.tags!.map((tag) => (
                    <bdi key={tag} class="tag">
                      {tag}
                    </bdi>
                  ))}
                </span>
              )}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
