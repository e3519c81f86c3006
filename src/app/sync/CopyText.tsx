// A value to pass on (an invite code, a link): shown in full, selectable, with a Copy
// button that says when it worked.
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
    <div class="sync-copy">
      <label class="field__label" for={id}>
        {label}
      </label>
      <div class="sync-copy__row">
        <input id={id} class={`field__input${mono ? ' sync-mono' : ''}`} value={value} readOnly dir="ltr" data-testid={testId} onFocus={(event) => event.currentTarget.select()} />
        <Button variant="secondary" onClick={() => void copy()}>
          {t('invite.copy')}
        </Button>
      </div>
      <p class="sync-muted sync-small" role="status">
        {copied === true ? t('invite.copied') : copied === false ? t('invite.copyFailed') : ''}
      </p>
    </div>
  );
}
