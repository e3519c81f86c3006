// Placeholder for deadlines until the deadlines feature replaces this route.
import { useT } from '../i18n.ts';
import { Page } from '../components/Page.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { DeadlinesIcon } from '../components/icons.tsx';

export default function DeadlinesScreen() {
  const t = useT('shell');
  return (
    <Page title={t('deadlines.title')}>
      <EmptyState title={t('deadlines.emptyTitle')} icon={<DeadlinesIcon />}>
        <p>{t('deadlines.emptyText')}</p>
      </EmptyState>
    </Page>
  );
}
