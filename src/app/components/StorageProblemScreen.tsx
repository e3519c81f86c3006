// A whole screen in place of its content when the phone's storage cannot be opened or
// read: the screen's title, what went wrong in the UI language, and a way to try again
// (the screen's own retry, or a reload). Failures while saving show in the banner instead
// (StorageProblemBanner.tsx), so nothing typed is lost.
import type { StoreError } from '../../store/errors.ts';
import { useT } from '../i18n.ts';
import { Button } from './Button.tsx';
import { EmptyState } from './EmptyState.tsx';
import { Page } from './Page.tsx';

export function StorageProblemScreen({ title, error, onRetry }: { title: string; error: StoreError; onRetry?: () => void }) {
  const t = useT('store');
  return (
    <Page title={title}>
      <EmptyState
        title={t('screen.title')}
        action={
          <Button variant="secondary" onClick={onRetry ?? (() => window.location.reload())}>
            {t('screen.retry')}
          </Button>
        }
      >
        <p>{t(error.messageKey)}</p>
      </EmptyState>
    </Page>
  );
}
