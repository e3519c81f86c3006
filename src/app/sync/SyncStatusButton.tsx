// The sync status in the top bar, always visible: synced (and how long ago), changes
// waiting, offline, a problem, or a quiet "This device only". Tapping it opens /sync.
import { initialStatus } from '../../sync/status.ts';
import { i18n, useT } from '../i18n.ts';
import { formatAgo } from '../format.ts';
import { useNow } from '../hooks/use-now.ts';
import { StatusIcon } from './StatusIcon.tsx';
import { statusView } from './status-view.ts';
import { useSyncService, useSyncStatus } from './use-sync.ts';
import './sync.css';

export default function SyncStatusButton() {
  const t = useT('sync');
  const service = useSyncService();
  const status = useSyncStatus(service);
  const now = useNow(30_000);
  // Until the service has read the session, say nothing rather than something wrong.
  if (!service || status === initialStatus) return null;
  const at = Math.max(now, Date.now());
  const view = statusView(status, at, (ms) => formatAgo(ms, at, i18n.language));
  return (
    <a href="/sync" class={`sync-pill sync-pill--${view.tone}`} data-testid="sync-status" data-tone={view.tone}>
      <StatusIcon tone={view.tone} />
      <span class="sync-hidden">{t('status.label')} </span>
      <span class="sync-pill__text">{t(view.short.key, view.short.params ?? {})}</span>
    </a>
  );
}
