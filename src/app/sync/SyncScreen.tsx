// The sync screen (/sync): what is waiting, when the last sync went through, what went
// wrong and what to do about it, "sync now", conflicts and refused changes, the account,
// and signing out. On a device used on its own: how to join a team.
import { useState } from 'preact/hooks';
import type { Store } from '../../store/store.ts';
import { openConflictCount } from '../../store/queries/conflicts.ts';
import type { SyncStatus } from '../../sync/status.ts';
import type { SyncService } from '../../sync/sync-service.ts';
import { i18n, useT } from '../i18n.ts';
import { useStore } from '../hooks/use-store.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { Page } from '../components/Page.tsx';
import { Button, ButtonLink } from '../components/Button.tsx';
import { formatAgo, formatDateTime } from '../format.ts';
import { StorageProblemScreen } from '../components/StorageProblemScreen.tsx';
import { useNow } from '../hooks/use-now.ts';
import { AccountPanel } from './AccountPanel.tsx';
import { ProfilePanel } from './ProfilePanel.tsx';
import { RejectedChanges } from './RejectedChanges.tsx';
import { SignInAgain } from './SignInAgain.tsx';
import { StatusIcon } from './StatusIcon.tsx';
import { statusView } from './status-view.ts';
import { useSession } from '../hooks/use-session.ts';
import { useSyncService, useSyncStatus } from './use-sync.ts';
import './sync.css';

export default function SyncScreen() {
  const t = useT('sync');
  const { store, error, retry } = useStore();
  const service = useSyncService();
  const status = useSyncStatus(service);
  const session = useSession(store);
  if (error) {
    return (
      <StorageProblemScreen title={t('title')} error={error} onRetry={retry} />
    );
  }
  if (!store || session === undefined) return <Page title={t('title')} />;
  if (session === null) {
    return (
      <Page title={t('title')}>
        <section class="sync-card" aria-labelledby="sync-local">
          <h2 id="sync-local" class="sync-card__title">
            {t('local.title')}
          </h2>
          <p>{t('status.long.localOnly')}</p>
          <p class="sync-muted">{t('local.joinText')}</p>
          <div class="sync-actions">
            <ButtonLink href="/join">{t('local.join')}</ButtonLink>
          </div>
        </section>
      </Page>
    );
  }
  return (
    <Page title={t('title')}>
      <StatusPanel status={status} service={service} />
      {status.phase.kind === 'needs_sign_in' && service && <SignInAgain service={service} session={session} />}
      <ConflictsEntry store={store} />
      <RejectedChanges store={store} />
      <AccountPanel service={service} session={session} status={status} />
      <ProfilePanel store={store} service={service} session={session} />
    </Page>
  );
}

function StatusPanel({ status, service }: { status: SyncStatus; service: SyncService | null }) {
  const t = useT('sync');
  const now = Math.max(useNow(30_000), Date.now());
  const [running, setRunning] = useState(false);
  const view = statusView(status, now, (ms) => formatAgo(ms, now, i18n.language));
  const syncNow = async () => {
    if (!service || running) return;
    setRunning(true);
    await service.syncNow();
    setRunning(false);
  };
  const busy = running || status.phase.kind === 'syncing';
  return (
    <section class={`sync-card sync-card--${view.tone}`} aria-labelledby="sync-status-title" data-testid="sync-panel">
      <h2 id="sync-status-title" class="sync-card__title sync-card__title--icon">
        <StatusIcon tone={view.tone} />
        {t(view.short.key, view.short.params ?? {})}
      </h2>
      <p role="status" data-testid="sync-sentence">
        {t(view.long.key, view.long.params ?? {})}
        {view.reason && <> {t(view.reason.key, view.reason.params ?? {})}</>}
      </p>
      {view.nextRetryAt !== null && <p class="sync-muted">{t('status.nextRetry', { time: formatDateTime(view.nextRetryAt, i18n.language) })}</p>}
      {view.stale && (
        <p class="sync-alert" data-testid="stale-warning">
          {t('status.long.stale')}
        </p>
      )}
      <dl class="sync-facts">
        <div>
          <dt>{t('facts.waiting')}</dt>
          <dd data-testid="outbox-count">{t('facts.changes', { count: status.pendingCount })}</dd>
        </div>
        <div>
          <dt>{t('facts.lastSync')}</dt>
          <dd data-testid="last-sync" data-at={status.lastSyncedAt ?? ''}>
            {status.lastSyncedAt === null ? t('facts.never') : `${formatDateTime(status.lastSyncedAt, i18n.language)} (${formatAgo(status.lastSyncedAt, now, i18n.language)})`}
          </dd>
        </div>
      </dl>
      {status.phase.kind === 'update_required' ? (
        <div class="sync-actions">
          <Button onClick={() => window.location.reload()}>{t('status.reloadToUpdate')}</Button>
        </div>
      ) : (
        <div class="sync-actions">
          <Button onClick={syncNow} disabled={busy || !service || status.phase.kind === 'needs_sign_in'} data-testid="sync-now">
            {busy ? t('status.short.syncing') : t('syncNow')}
          </Button>
        </div>
      )}
    </section>
  );
}

function ConflictsEntry({ store }: { store: Store }) {
  const t = useT('sync');
  const { value: count } = useLiveQuery(() => openConflictCount(store), [store]);
  if (count === undefined) return null;
  return (
    <section class={`sync-card${count > 0 ? ' sync-card--problem' : ''}`} aria-labelledby="sync-conflicts-title">
      <h2 id="sync-conflicts-title" class="sync-card__title">
        {t('conflicts.title')}
        {count > 0 && (
          <span class="sync-badge" data-testid="conflict-count">
            {count}
          </span>
        )}
      </h2>
      <p>{count > 0 ? t('conflicts.waiting', { count }) : t('conflicts.none')}</p>
      {count > 0 && (
        <div class="sync-actions">
          <ButtonLink href="/sync/conflicts">{t('conflicts.open')}</ButtonLink>
        </div>
      )}
    </section>
  );
}
