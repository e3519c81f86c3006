// Placeholder for the case list until the cases feature replaces this route: it tells a
// new user what the Cases tab will hold.
import { useT } from '../i18n.ts';
import { Page } from '../components/Page.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { CasesIcon } from '../components/icons.tsx';

export default function CasesScreen() {
  const t = useT('shell');
  return (
    <Page title={t('cases.title')}>
      <EmptyState title={t('cases.emptyTitle')} icon={<CasesIcon />}>
        <p>{t('cases.emptyText')}</p>
        <p>{t('offlineHint')}</p>
      </EmptyState>
    </Page>
  );
}
