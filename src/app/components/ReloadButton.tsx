// "Reload" (a new version, a storage problem): with input on the page that is not saved
// yet (unsaved.ts), it first asks in the app's dialog whether to lose it.
import { useState } from 'preact/hooks';
import { useT } from '../i18n.ts';
import { hasUnsavedInput } from '../unsaved.ts';
import { Button } from './Button.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';

export function ReloadButton({ reload }: { reload(): void }) {
  const t = useT('shell');
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button onClick={() => (hasUnsavedInput() ? setConfirming(true) : reload())}>{t('update.reload')}</Button>
      <ConfirmDialog
        open={confirming}
        title={t('update.confirmUnsaved')}
        confirmLabel={t('update.reload')}
        variant="primary"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          reload();
        }}
      />
    </>
  );
}
