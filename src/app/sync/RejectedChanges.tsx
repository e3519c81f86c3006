// Changes the endpoint refused (SYNC-PROTOCOL.md, Push: `rejected`): nothing is dropped
// without a person seeing it. Each shows what it was (every value the person entered,
// under the form's labels), when, and why, with the fix that fits (refused-view.ts):
// "Assign to me and send again", "Send again", or "Discard".
import { useState } from 'preact/hooks';
import type { Store } from '../../store/store.ts';
import { assignToMeAndSendAgain, sendRecordAgain } from '../../store/send-again.ts';
import { dismissRejected, listRejected } from '../../store/sync-state.ts';
import { i18n, useT } from '../i18n.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { reportStoreError } from '../storage-problem.ts';
import { Button } from '../components/Button.tsx';
import { formatDateTime } from '../format.ts';
import { choiceLabelNamespaces, valueText, valueWords } from './conflict-view.ts';
import { refusedFieldLabel, refusedFixes, type RefusedFix } from './refused-view.ts';
import { reasonMessage, type Message } from './status-view.ts';
import { useSession } from '../hooks/use-session.ts';
import { useMembers } from '../hooks/use-members.ts';

/** Why one change was refused (a push `rejected` code, or the engine's `not_kept`). */
const rejectedReasons = new Set(['invalid_request', 'forbidden', 'gone', 'clock_ahead', 'not_kept', 'payload_too_large']);

export function RejectedChanges({ store }: { store: Store }) {
  const t = useT('sync');
  useT(choiceLabelNamespaces[0]);
  useT(choiceLabelNamespaces[1]);
  const session = useSession(store);
  const members = useMembers(store);
  // The role as the team's member list says now (a coordinator may have changed it since sign-in).
  const me = session ? { ...session.user, role: members.find((member) => member.id === session.user.id)?.role ?? session.user.role } : null;
  const [busy, setBusy] = useState(false);
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
  const fix = async (action: Exclude<RefusedFix, 'discard'>, change: { record: string; caseId?: string | undefined }) => {
    if (busy) return;
    setBusy(true);
    const result =
      action === 'assignAndSend' && me && change.caseId
        ? await assignToMeAndSendAgain(store, change.caseId, me.id)
        : await sendRecordAgain(store, change.record);
    setBusy(false);
    if (!result.ok) reportStoreError(result.error);
    else setAnnouncement(t('rejected.queuedAgain'));
  };
  const say = (message: Message) => t(message.key, message.params ?? {});
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
              const fields = Object.entries(change.set ?? {});
              const fixes = refusedFixes(change, me);
              return (
                <li key={change.n} class="sync-list__item" data-testid="rejected-change">
                  <p class="sync-list__title">
                    {change.delete ? t('rejected.deleted', { type: t(`types.${change.type}`) }) : t('rejected.changedType', { type: t(`types.${change.type}`) })}
                  </p>
                  <p>{t(reason.key, reason.params ?? {})}</p>
                  {fields.length > 0 && (
                    <dl class="sync-values" data-testid="rejected-values">
                      {fields.map(([field, entered]) => {
                        const label = refusedFieldLabel(change.type, field, i18n.language);
                        const shown = valueText(entered, { recordType: change.type, name: field });
                        return (
                          <div key={field}>
                            <dt>{'key' in label ? say(label) : label.text}</dt>
                            <dd>
                              {'empty' in shown ? (
                                <span class="sync-muted">{t('rejected.empty')}</span>
                              ) : 'boolean' in shown ? (
                                t(shown.boolean ? 'rejected.yes' : 'rejected.no')
                              ) : (
                                <bdi class="sync-value-text">{valueWords(shown, t)}</bdi>
                              )}
                            </dd>
                          </div>
                        );
                      })}
                    </dl>
                  )}
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
                    {fixes.includes('assignAndSend') && (
                      <Button onClick={() => void fix('assignAndSend', change)} disabled={busy}>
                        {t('rejected.assignAndSend')}
                      </Button>
                    )}
                    {fixes.includes('sendAgain') && (
                      <Button onClick={() => void fix('sendAgain', change)} disabled={busy}>
                        {t('rejected.sendAgain')}
                      </Button>
                    )}
                    <Button variant="secondary" onClick={() => void dismiss(change.n)} disabled={busy}>
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
