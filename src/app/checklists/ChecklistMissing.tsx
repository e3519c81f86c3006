// A link to a checklist that is not on this phone (deleted, or not synced yet), with the
// way back to its case.
import { ButtonLink } from '../components/Button.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { Page } from '../components/Page.tsx';
import { useT } from '../i18n.ts';
import { caseHref } from './links.ts';

export function ChecklistMissing({ title, caseId }: { title: string; caseId: string }) {
  const t = useT('checklists');
  return (
    <Page title={title}>
      <EmptyState
        title={t('checklist.notHereTitle')}
        action={
          <ButtonLink href={caseHref(caseId)} variant="secondary">
            {t('checklist.backToCase')}
          </ButtonLink>
        }
      >
        <p>{t('checklist.notHereText')}</p>
      </EmptyState>
    </Page>
  );
}
