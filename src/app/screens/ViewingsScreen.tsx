// Placeholder for flat viewings until the viewings feature replaces this route.
import { useT } from '../i18n.ts';
import { Page } from '../components/Page.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { ViewingsIcon } from '../components/icons.tsx';

export default function ViewingsScreen() {
  const t = useT('shell');
  return (
    <Page title={t('viewings.title')}>
      <EmptyState title={t('viewings.emptyTitle')} icon={<ViewingsIcon />}>
        <p>{t('viewings.emptyText')}</p>
      </EmptyState>
    </Page>
  );
}
