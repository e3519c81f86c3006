// One case (/cases/:id), in the order a counselor needs it in the field: the summary, who
// changed its assignees and when, the quick note capture (type, one tap on Save), the sections other features add
// (case-sections.ts: checklists, viewings, ...), the notes timeline, newest first, and
// closing or deleting the case. A deep link to a case that is not on this phone (deleted,
// or not synced yet) says so.
import './cases.css';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { caseWithNotes } from '../../store/queries/case-detail.ts';
import { deleteCase, setCaseStatus } from '../../store/repo/cases.ts';
import { useT } from '../i18n.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { useMembers } from '../hooks/use-members.ts';
import { useStore } from '../hooks/use-store.ts';
import { reportStoreError } from '../storage-problem.ts';
import { Page } from '../components/Page.tsx';
import { Button, ButtonLink } from '../components/Button.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { CaseSectionsSlot } from './CaseSectionsSlot.tsx';
import { CaseSummary } from './CaseSummary.tsx';
import { AssignmentHistory } from './AssignmentHistory.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { NoteCapture } from './NoteCapture.tsx';
import { NotesSection } from './NotesSection.tsx';
import { StorageProblemScreen } from '../components/StorageProblemScreen.tsx';
import { Flash } from '../components/Flash.tsx';
import { setFlash } from '../flash.ts';
import { useToday } from '../hooks/use-today.ts';

export default function CaseScreen({ id }: { id: string }) {
  const t = useT('cases');
  const { store, error: openError, retry } = useStore();
  const members = useMembers(store);
  const detail = useLiveQuery(store ? () => caseWithNotes(store, id) : null, [store, id]);
  const today = useToday();

  if (openError && !store) {
    return (
      <StorageProblemScreen title={t('case.title')} error={openError} onRetry={retry} />
    );
  }
  if (detail.value === null) {
    return (
      <Page title={t('case.title')}>
        <EmptyState
          title={t('case.notHereTitle')}
          action={
            <ButtonLink href="/cases" variant="secondary">
              {t('case.backToCases')}
            </ButtonLink>
          }
        >
          <p>{t('case.notHereText')}</p>
        </EmptyState>
      </Page>
    );
  }
  if (!store || detail.value === undefined) {
    return (
      <Page title={t('case.title')}>
        <p class="case-count">{t('loading')}</p>
      </Page>
    );
  }
  const { case: kase, notes } = detail.value;
  return (
    <Page
      title={<bdi>{kase.fields.displayName || t('case.unnamed')}</bdi>}
      actions={
        <ButtonLink href={`/cases/${id}/edit`} variant="secondary">
          {t('case.edit')}
        </ButtonLink>
      }
    >
      <Flash />
      <CaseSummary kase={kase} today={today} members={members} />
      <AssignmentHistory fields={kase.fields} members={members} />
      <NoteCapture store={store} caseId={id} />
      <CaseSectionsSlot caseId={id} />
      <NotesSection store={store} caseId={id} notes={notes} />
      <CaseActions caseId={id} closed={kase.fields.status === 'closed'} name={kase.fields.displayName ?? ''} />
    </Page>
  );
}

/** Close or reopen, and delete (asks first; removes the case with all its notes and lists). */
function CaseActions({ caseId, closed, name }: { caseId: string; closed: boolean; name: string }) {
  const t = useT('cases');
  const { store } = useStore();
  const { route } = useLocation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const ts = useT('store');

  const toggleStatus = async () => {
    if (!store) return;
    const result = await setCaseStatus(store, caseId, closed ? 'open' : 'closed');
    if (!result.ok) {
      reportStoreError(result.error);
      setProblem(ts(result.error.messageKey));
    }
  };

  const remove = async () => {
    if (!store) return;
    setBusy(true);
    const result = await deleteCase(store, caseId);
    setBusy(false);
    setConfirming(false);
    if (!result.ok) {
      reportStoreError(result.error);
      setProblem(ts(result.error.messageKey));
      return;
    }
    setFlash('cases:case.deleted');
    route('/cases', true);
  };

  return (
    <section class="case-panel case-actions" aria-labelledby="case-actions-title">
      <h2 id="case-actions-title" class="case-panel__title">
        {t('case.actionsTitle')}
      </h2>
      {problem && (
        <p class="form-error" role="alert">
          {problem}
        </p>
      )}
      <div class="case-actions__buttons">
        <Button variant="secondary" onClick={toggleStatus}>
          {closed ? t('case.reopen') : t('case.close')}
        </Button>
        <Button variant="danger" onClick={() => setConfirming(true)}>
          {t('case.delete')}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('case.deleteTitle', { name })}
        confirmLabel={t('case.deleteConfirm')}
        busy={busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void remove()}
      >
        <p>{t('case.deleteText')}</p>
      </ConfirmDialog>
    </section>
  );
}
