// Copies a text (the address) to the clipboard and says so in a status message. Where the
// Clipboard API is missing or refused, the old select-and-copy route is tried.
import { useState } from 'preact/hooks';
import { Button } from '../components/Button.tsx';

export function CopyButton({ text, label, doneLabel }: { text: string; label: string; doneLabel: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    const ok = await copyText(text);
    setCopied(ok);
    if (ok) window.setTimeout(() => setCopied(false), 4000);
  };
  return (
    <>
      <Button variant="secondary" onClick={() => void copy()} data-testid="copy-address">
        {label}
      </Button>
      <span role="status" class="vw-copy-status vw-small vw-muted">
        {copied ? doneLabel : ''}
      </span>
    </>
  );
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'vw-offscreen';
    document.body.append(area);
    area.select();
    // oxlint-disable-next-line typescript/no-deprecated -- the fallback where the Clipboard API is refused
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
