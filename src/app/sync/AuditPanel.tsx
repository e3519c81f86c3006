// The audit log (coordinators): who did what to which record, logins, invites and
// revocations, never a field value. The endpoint pages it oldest first with a forward
// cursor; "show more" fetches the next page.
import { useId, useState } from 'preact/hooks';
import { auditActions, type AuditEntry } from '../../domain/protocol.ts';
import type { Session } from '../../store/session.ts';
import type { SyncService } from '../../sync/sync-service.ts';
import { i18n, useT } from '../i18n.ts';
import { Button } from '../components/Button.tsx';
import { formatDateTime } from '../format.ts';
import { memberName } from '../../sync/members.ts';
import { shortId } from './team-view.ts';
import { teamErrorKey, useTeamCall } from './team-api.ts';
import { TeamCallState } from './TeamCallState.tsx';

export const AUDIT_PAGE = 25;

const knownActions = new Set<string>(auditActions);

export function AuditPanel({ service, session }: { service: SyncService | null; session: Session }) {
  const t = useT('sync');
  const id = useId();
  const [first, reload] = useTeamCall(service, (api) => api.audit(null, AUDIT_PAGE));
  const [people] = useTeamCall(service, (api) => api.users());
  const members = people.state === 'ok' ? people.value.users : [];
  const [later, setLater] = useState<{ entries: AuditEntry[]; cursor: string; more: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const page = first.state === 'ok' ? first.value : null;
  const entries = [...(page?.entries ?? []), ...(later?.entries ?? [])];
  const cursor = later?.cursor ?? page?.cursor ?? null;
  const more = later ? later.more : (page?.more ?? false);

  const showMore = async () => {
    if (!service || busy || cursor === null) return;
    setBusy(true);
    const api = await service.teamApi();
    const result = api ? await api.audit(cursor, AUDIT_PAGE) : null;
    setBusy(false);
    if (!result || !result.ok) {
      setProblem(t(teamErrorKey(result?.error ?? null)));
      return;
    }
    setProblem(null);
    setLater((previous) => ({ entries: [...(previous?.entries ?? []), ...result.value.entries], cursor: result.value.cursor, more: result.value.more }));
  };

  const name = (userId: string) => memberName(members, userId) ?? `${t('devices.member')} …${shortId(userId)}`;
  const who = (entry: AuditEntry) =>
    entry.userId === null ? t('audit.nobody') : entry.userId === session.user.id ? t('audit.you') : name(entry.userId);

  return (
    <section class="sync-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="sync-card__title">
        {t('audit.title')}
      </h2>
      <p class="sync-muted">{t('audit.intro')}</p>
      <TeamCallState loaded={first} onRetry={reload} />
      {page && entries.length === 0 && <p>{t('audit.empty')}</p>}
      {entries.length > 0 && (
        <ol class="sync-audit" data-testid="audit">
          {entries.map((entry, index) => (
            <li key={`${entry.at}-${index}`} class="sync-audit__entry">
              <span class="sync-audit__time">{formatDateTime(Date.parse(entry.at), i18n.language)}</span>
              <span>
                <strong>{knownActions.has(entry.action) ? t(`audit.actions.${entry.action}`) : entry.action}</strong>
                {entry.type && <> · {t(`types.${entry.type}`)}</>}
                {' · '}
                <bdi>{who(entry)}</bdi>
                {entry.memberId && entry.memberId !== entry.userId && (
                  <>
                    {' → '}
                    <bdi>{name(entry.memberId)}</bdi>
                  </>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
      {more && (
        <div class="sync-actions">
          <Button variant="secondary" onClick={() => void showMore()} disabled={busy}>
            {t('audit.more')}
          </Button>
        </div>
      )}
      {problem && (
        <p class="sync-alert" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
