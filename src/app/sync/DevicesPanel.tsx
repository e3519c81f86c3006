// The team's people and their devices. The endpoint lists devices (with the user each
// belongs to), so people are the devices grouped by user; each person's display name, role
// and whether they are active come from GET /v1/users (when that fails, an older endpoint,
// people show a short account id and no role). Revoking a device ends its sign-in at once
// (after a confirm); the person can sign in again. Per person, MemberActions changes the
// role, deactivates or reactivates, and gives a password reset code.
import { useId, useState } from 'preact/hooks';
import type { Device } from '../../domain/protocol.ts';
import type { Session } from '../../store/session.ts';
import type { SyncService } from '../../sync/sync-service.ts';
import { i18n, useT } from '../i18n.ts';
import { Button } from '../components/Button.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { formatDateTime } from '../format.ts';
import { teamErrorKey, useTeamCall } from './team-api.ts';
import { MemberActions } from './MemberActions.tsx';
import { TeamCallState } from './TeamCallState.tsx';
import { groupByUser, shortId } from './team-view.ts';

export function DevicesPanel({ service, session }: { service: SyncService | null; session: Session }) {
  const t = useT('sync');
  const id = useId();
  const [loaded, reload] = useTeamCall(service, (api) => api.devices());
  const [people, reloadPeople] = useTeamCall(service, (api) => api.users());
  const users = people.state === 'ok' ? people.value.users : [];
  const [revoking, setRevoking] = useState<Device | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const revoke = async () => {
    if (!service || !revoking || busy) return;
    setBusy(true);
    const api = await service.teamApi();
    const result = api ? await api.revokeDevice(revoking.id) : null;
    setBusy(false);
    if (!result || !result.ok) {
      setProblem(t(teamErrorKey(result?.error ?? null)));
    } else {
      setProblem(null);
      setAnnouncement(t('devices.revoked', { device: revoking.name }));
      reload();
    }
    setRevoking(null);
  };

  return (
    <section class="sync-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="sync-card__title">
        {t('devices.title')}
      </h2>
      <p class="sync-muted">{t('devices.intro')}</p>
      <p class="sync-hidden" role="status">
        {announcement}
      </p>
      <TeamCallState loaded={loaded} onRetry={reload} />
      {loaded.state === 'ok' && (
        <ul class="sync-list" data-testid="members">
          {groupByUser(loaded.value.devices, session.user.id, users).map((group) => (
            <li key={group.userId} class="sync-list__item" data-testid="member">
              <h3 class="sync-list__title">
                {group.member ? (
                  <>
                    <bdi data-testid="member-name">{group.member.displayName}</bdi>
                    {group.userId === session.user.id && ` ${t('members.you')}`}
                  </>
                ) : group.userId === session.user.id ? (
                  t('devices.you', { name: session.user.name })
                ) : (
                  <>
                    {t('devices.member')} <bdi class="sync-mono" dir="ltr">…{shortId(group.userId)}</bdi>
                  </>
                )}
                {group.role !== null && (
                  <span class="sync-tag" data-testid="member-role">
                    {t(`roles.${group.role}`)}
                  </span>
                )}
                {group.member?.active === false && <span class="sync-tag sync-tag--muted">{t('members.inactive')}</span>}
              </h3>
              {group.member && (
                <MemberActions
                  service={service}
                  member={group.member}
                  isMe={group.userId === session.user.id}
                  onChanged={(message) => {
                    setAnnouncement(message);
                    reload();
                    reloadPeople();
                  }}
                />
              )}
              <ul class="sync-devices">
                {group.devices.map((device) => (
                  <li key={device.id} class="sync-device" data-testid="device">
                    <p>
                      <bdi class="sync-device__name">{device.name}</bdi>
                      {device.id === session.deviceId && <span class="sync-tag">{t('devices.thisDevice')}</span>}
                      {device.revokedAt !== null && <span class="sync-tag sync-tag--muted">{t('devices.ended')}</span>}
                    </p>
                    <p class="sync-muted sync-small">
                      {t('devices.added', { time: formatDateTime(Date.parse(device.createdAt), i18n.language) })}
                      {' · '}
                      {device.revokedAt !== null
                        ? t('devices.endedAt', { time: formatDateTime(Date.parse(device.revokedAt), i18n.language) })
                        : device.lastSeenAt !== null
                          ? t('devices.lastSeen', { time: formatDateTime(Date.parse(device.lastSeenAt), i18n.language) })
                          : t('devices.neverSeen')}
                    </p>
                    {device.revokedAt === null && device.id !== session.deviceId && (
                      <Button variant="secondary" onClick={() => setRevoking(device)}>
                        {t('devices.revoke')}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p class="sync-alert" role="alert">
          {problem}
        </p>
      )}
      <ConfirmDialog
        open={revoking !== null}
        title={t('devices.confirmTitle', { device: revoking?.name ?? '' })}
        confirmLabel={t('devices.revoke')}
        busy={busy}
        onCancel={() => setRevoking(null)}
        onConfirm={() => void revoke()}
      >
        <p>{t('devices.confirmText')}</p>
      </ConfirmDialog>
    </section>
  );
}
