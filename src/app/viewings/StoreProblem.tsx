// A screen whose storage failed: the reason in the UI language and a way to try again.
import type { StoreError } from '../../store/errors.ts';
import { Button } from '../components/Button.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { Page } from '../components/Page.tsx';
import { useT } from '../i18n.ts';

export function StoreProblem({ error, title }: { error: StoreError; title: string }) {
  const tStore = useT('store');
  const t = useT('viewings');
  return (
    <Page title={title}>
      <EmptyState
        title={tStore(error.messageKey)}
        action={
          <Button variant="secondary" onClick={() => window.location.reload()}>
            {t('actions.tryAgain')}
          </Button>
        }
      />
    </Page>
  );
}
