// The confirmation a form left for this screen (flash.ts), shown once in a status region
// so screen readers announce it; nothing when there is none.
import { useState } from 'preact/hooks';
import { takeFlash } from '../flash.ts';
import { useT } from '../i18n.ts';

export function Flash() {
  const t = useT('shell');
  const [key] = useState(takeFlash);
  if (!key) return null;
  return (
    <p class="flash" role="status" data-testid="flash">
      {t(key)}
    </p>
  );
}
