// A value to pass on (an invite code, a link): shown in full (wrapping, never cut off),
// selectable with one tap, with a Copy button that says when it worked.
import { useId, useState } from 'preact/hooks';
import { useT } from '../i18n.ts';
import { Button } from '../components/Button.tsx';

export function CopyText({ label, value, testId, mono }: { label: string; value: string; testId: string; mono?: boolean }) {
  const t = useT('sync');
  const id = useId();
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      setCopied(false); // no clipboard permission: the text is there to select by hand
    }
  };
  return (
    <div class="sync-copy" role="group" aria-labelledby={`${id}-label`}>
      <p class="field__label" id={`${id}-label`}>
        {label}
      </p>
      <p class={`sync-copy__value${mono ? ' sync-mono' : ''}`} dir="ltr" data-testid={testId}>
        {value}
      </p>
      <div class="sync-actions">
        <Button variant="secondary" onClick={() => void copy()} aria-describedby={`${id}-label`}>
          {t('invite.copy')}
        </Button>
        <p class="sync-muted sync-small sync-copy__status" role="status">
          {copied === true ? t('invite.copied') : copied === false ? t('invite.copyFailed') : ''}
        </p>
      </div>
    </div>
  );
}
