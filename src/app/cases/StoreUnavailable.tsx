// In place of a screen's content when the phone's storage cannot be opened at all.
import type { StoreError } from '../../store/errors.ts';
import { useT } from '../i18n.ts';
import { Button } from '../components/Button.tsx';
import { EmptyState } from '../components/EmptyState.tsx';

export function StoreUnavailable({ error, onRetry }: { error: StoreError; onRetry(): void }) {
  const t = useT('cases');
  const ts = useT('store');
  return (
    <EmptyState
      title={t('storage.title')}
      action={
        <Button variant="secondary" onClick={onRetry}>
          {t('storage.retry')}
        </Button>
      }
    >
      <p>{ts(error.messageKey)}</p>
    </EmptyState>
  );
}
