// The "Viewings" section of the case page (cases/case-sections.ts): the case's viewings
// in date order and "Plan a viewing".
import { viewingsOfCase } from '../../domain/agenda.ts';
import { viewingsOfCaseRecords } from '../../store/queries/viewings.ts';
import type { CaseSectionProps } from '../case-section-props.ts';
import { ButtonLink } from '../components/Button.tsx';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { useT } from '../i18n.ts';
import { ViewingList, ViewingListItem } from './AgendaList.tsx';
import { useStore } from '../hooks/use-store.ts';
import { useNow } from '../hooks/use-now.ts';
import './viewings.css';

export default function CaseViewingsSection({ caseId }: CaseSectionProps) {
  const t = useT('viewings');
  const { store } = useStore();
  const { value } = useLiveQuery(store ? () => viewingsOfCaseRecords(store, caseId) : null, [store, caseId]);
  const now = useNow();
  const viewings = value ? viewingsOfCase(value, caseId) : [];
  return (
    <section class="vw-card" aria-labelledby="case-viewings-title" data-testid="case-viewings">
      <div class="vw-toolbar">
        <h2 id="case-viewings-title">{t('agenda.ofCase')}</h2>
        <ButtonLink href={`/cases/${caseId}/viewings/new`}>{t('actions.plan')}</ButtonLink>
      </div>
      {value && viewings.length === 0 && <p class="vw-muted">{t('agenda.emptyOfCase')}</p>}
      {viewings.length > 0 && (
        <ViewingList>
          {viewings.map((viewing) => (
            <ViewingListItem key={viewing.id} viewing={viewing} now={now} showDate />
          ))}
        </ViewingList>
      )}
    </section>
  );
}
