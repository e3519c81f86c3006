// /cases/:id/viewings/new: plan a viewing for a case in a few taps. What the case already
// knows comes along: its interpreter language, and the signed-in user as one who goes.
import { useMemo } from 'preact/hooks';
import { newViewingForm } from '../../domain/viewing.ts';
import { caseForPlanning, currentUserId } from '../../store/queries/viewings.ts';
import { ButtonLink } from '../components/Button.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { Page } from '../components/Page.tsx';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { useT } from '../i18n.ts';
import { StorageProblemScreen } from '../components/StorageProblemScreen.tsx';
import { useStore } from '../hooks/use-store.ts';
import { draftKeys } from './viewing-state.ts';
import { pickPlanForm, ViewingForm, type ViewingDraft } from './ViewingForm.tsx';

export default function PlanViewingScreen({ id: caseId }: { id: string }) {
  const t = useT('viewings');
  const { store, error } = useStore();
  const planning = useLiveQuery(
    store ? async () => ({ kase: await caseForPlanning(store, caseId), me: await currentUserId(store) }) : null,
    [store, caseId],
  );
  const kase = planning.value?.kase;
  const me = planning.value?.me ?? null;
  const initial = useMemo<ViewingDraft | null>(() => {
    if (!planning.value || !kase) return null;
    return {
      form: pickPlanForm(
        newViewingForm({
          attendees: me ? [me] : [],
          interpreterLanguage: kase.interpreterLanguage ?? '',
        }),
      ),
      base: null,
    };
    // Only once the case is known: later changes to the case do not reset the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [Boolean(kase), caseId]);

  if (error || planning.error) return <StorageProblemScreen title={t('form.newTitle')} error={(error ?? planning.error)!} />;
  if (planning.loading && !planning.value) return <Page title={t('form.newTitle')} />;
  if (!kase) {
    return (
      <Page title={t('form.newTitle')}>
        <EmptyState
          title={t('form.caseMissing')}
          action={
            <ButtonLink href="/cases" variant="secondary">
              {t('form.backToCases')}
            </ButtonLink>
          }
        />
      </Page>
    );
  }
  return (
    <Page title={t('form.newTitle')}>
      {kase.name && <p class="vw-muted">{t('form.forCase', { name: kase.name })}</p>}
      {store && (
        <ViewingForm
          store={store}
          draftKey={draftKeys.plan(caseId)}
          caseId={caseId}
          initial={initial}
          target={{ kind: 'new' }}
          me={me}
          backHref={`/cases/${caseId}`}
        />
      )}
    </Page>
  );
}
