// /viewings/:id/edit: the planning form for an existing viewing, plus its status (a
// viewing can be cancelled here). Only the fields changed on this form are written, so an
// edit never overwrites what someone else changed meanwhile.
import { useMemo } from 'preact/hooks';
import { moneyFormValues, viewingToForm } from '../../domain/viewing.ts';
import { currentUserId, viewingById } from '../../store/queries/viewings.ts';
import { Page } from '../components/Page.tsx';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { i18n, useT } from '../i18n.ts';
import { decimalSeparator } from '../format.ts';
import { StorageProblemScreen } from '../components/StorageProblemScreen.tsx';
import { useStore } from '../hooks/use-store.ts';
import { draftKeys } from './viewing-state.ts';
import { ViewingMissing } from './ViewingMissing.tsx';
import { pickPlanForm, ViewingForm, type ViewingDraft } from './ViewingForm.tsx';

export default function EditViewingScreen({ id }: { id: string }) {
  const t = useT('viewings');
  const { store, error } = useStore();
  const loaded = useLiveQuery(
    store ? async () => ({ viewing: await viewingById(store, id), me: await currentUserId(store) }) : null,
    [store, id],
  );
  const viewing = loaded.value?.viewing;
  // The form starts from the viewing as it was when the form opened.
  const initial = useMemo<ViewingDraft | null>(
    () => (viewing ? { form: pickPlanForm({ ...viewingToForm(viewing.fields), ...moneyFormValues(viewing.fields, decimalSeparator(i18n.language)) }), base: viewing.fields } : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [Boolean(viewing), id],
  );

  if (error || loaded.error) return <StorageProblemScreen title={t('form.editTitle')} error={(error ?? loaded.error)!} />;
  if (loaded.loading && !loaded.value) return <Page title={t('form.editTitle')} />;
  if (!viewing) return <ViewingMissing title={t('form.editTitle')} />;
  return (
    <Page title={t('form.editTitle')}>
      {viewing.caseName && <p class="vw-muted">{t('form.forCase', { name: viewing.caseName })}</p>}
      {store && (
        <ViewingForm
          store={store}
          draftKey={draftKeys.edit(id)}
          caseId={viewing.caseId}
          initial={initial}
          target={{ kind: 'existing', viewingId: id }}
          me={loaded.value?.me ?? null}
          backHref={`/viewings/${id}`}
        />
      )}
    </Page>
  );
}
