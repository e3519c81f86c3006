// The strip at the top: the app's name and, at the inline end, a status slot (sync).
import type { ComponentType } from 'preact';
import { useT } from '../i18n.ts';

export function TopBar({ status: Status }: { status: ComponentType | null }) {
  const t = useT('shell');
  return (
    <header class="top-bar">
      <a class="top-bar__name" href="/">
        {t('appName')}
      </a>
      <div class="top-bar__status">{Status && <Status />}</div>
    </header>
  );
}
