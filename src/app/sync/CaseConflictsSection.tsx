// On a case page: a hint when changes to this case are in conflict, with the way to the
// conflicts screen. Nothing at all when there are none (case-sections.ts).
import { openConflictCount } from '../../store/queries/conflicts.ts';
import type { CaseSectionProps } from '../case-section-props.ts';
import { useT } from '../i18n.ts';
import { useStore } from '../hooks/use-store.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { ButtonLink } from '../components/Button.tsx';
import './sync.css';

export default function CaseConflictsSection({ caseId }: CaseSectionProps) {
  const t = useT('sync');
  const { store } = useStore();
  const { value: count } = useLiveQuery(
    store ? () => openConflictCount(store, { caseId }) : null,
    [store, caseId],
  );
  if (!count) return null;
  return (
    <section class="sync-card sync-card--problem" aria-labelledby="case-conflicts-title" data-testid="case-conflicts">
      <h2 id="case-conflicts-title" class="sync-card__title">
        {t('conflicts.caseHintTitle')}
      </h2>
      <p>{t('conflicts.caseHint', { count })}</p>
      <div class="sync-actions">
        <ButtonLink href="/sync/conflicts">{t('conflicts.open')}</ButtonLink>
      </div>
    </section>
  );
}
