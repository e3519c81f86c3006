// Changes the endpoint refused (SYNC-PROTOCOL.md, Push: `rejected`): nothing is dropped
// without a person seeing it. Each shows what it was, when, and why; the person lets it go.
import { useState } from 'preact/hooks';
import type { Store } from '../../store/store.ts';
import { dismissRejected, listRejected } from '../../store/sync-state.ts';
import { i18n, useT } from '../i18n.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { reportStoreError } from '../storage-problem.ts';
import { Button } from '../components/Button.tsx';
import { formatDateTime } from '../format.ts';
import { reasonMessage, type Message } from './status-view.ts';

/** Why one change was refused (a push `rejected` code, or the engine's `not_kept`). */
const rejectedReasons = new Set(['invalid_request', 'forbidden', 'gone', 'clock_ahead', 'not_kept', 'payload_too_large']);

export function RejectedChanges({ store }: { store: Store }) {
  const t = useT('sync');
  const [announcement, setAnnouncement] = useState('');
  const { value } = useLiveQuery(async () => {
    const listed = await listRejected(store);
    if (!listed.ok) throw listed.error;
    return listed.value;
  }, [store]);
  const rejected = value ?? [];
  const dismiss = async (n: number) => {
    const result = await dismissRejected(store, n);
    if (!result.ok) reportStoreError(result.error);
    else setAnnouncement(t('rejected.dismissed'));
  };
  return (
    <section class="sync-card" aria-labelledby="sync-rejected-title">
      <h2 id="sync-rejected-title" class="sync-card__title">
        {t('rejected.title')}
      </h2>
      <p class="sync-hidden" role="status">
        {announcement}
      </p>
      {rejected.length === 0 ? (
        <p class="sync-muted">{t('rejected.none')}</p>
      ) : (
        <>
          <p>{t('rejected.intro', { count: rejected.length })}</p>
          <ul class="sync-list" data-testid="rejected-list">
            {rejected.map((change) => {
              const reason: Message = rejectedReasons.has(change.code) ? { key: `rejectedReasons.${change.code}` } : reasonMessage(change.code);
              const fields = Object.keys(change.set ?? {});
              return (
                <li key={change.n} class="sync-list__item">
                  <p class="sync-list__title">
                    {change.delete
                      ? t('rejected.deleted', { type: t(`types.${change.type}`) })
                      : t('rejected.changed', { type: t(`types.${change.type}`), fields: fields.join(', ') })}
                  </p>
                  <p>{t(reason.key, reason.params ?? {})}</p>
                  <p class="sync-muted sync-small">
                    {t('rejected.when', { time: formatDateTime(change.rejectedAt, i18n.language) })}
                    {change.caseId && (
                      <>
                        {' · '}
                        <a href={`/cases/${change.caseId}`}>{t('rejected.openCase')}</a>
                      </>
                    )}
                  </p>
                  {change.message && (
                    <p class="sync-muted sync-small">
                      {t('rejected.serverSaid')}{' '}
                      <bdi lang="en">{change.message}</bdi>
                    </p>
                  )}
                  <div class="sync-actions">
                    <Button variant="secondary" onClick={() => void dismiss(change.n)}>
                      {t('rejected.dismiss')}
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
