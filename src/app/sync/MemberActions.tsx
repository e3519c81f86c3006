// What a coordinator may do about one member (SYNC-PROTOCOL.md, Members): change their
// role, deactivate them (every device signed out at once, sign-in refused; their name stays
// on what they wrote) or reactivate them, and give them a single-use password reset code.
// The endpoint keeps one active coordinator; its refusal is shown as a sentence.
import { useId, useState } from 'preact/hooks';
import { roles, type Role, type TeamUser } from '../../domain/protocol.ts';
import type { SyncService } from '../../sync/sync-service.ts';
import type { ApiResult } from '../../sync/api-error.ts';
import type { ApiClient } from '../../sync/api-client.ts';
import { i18n, useT } from '../i18n.ts';
import { Button } from '../components/Button.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { formatDateTime } from '../format.ts';
import { CopyText } from './CopyText.tsx';
import { teamErrorKey } from './team-api.ts';

interface Props {
  service: SyncService | null;
  member: TeamUser;
  isMe: boolean;
  onChanged(message: string): void;
}

export function MemberActions({ service, member, isMe, onChanged }: Props) {
  const t = useT('sync');
  const id = useId();
  const [role, setRole] = useState<Role>(member.role);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [resetCode, setResetCode] = useState<{ code: string; expiresAt: string } | null>(null);

  async function run<T>(call: (api: ApiClient) => Promise<ApiResult<T>>): Promise<T | null> {
    if (!service || busy) return null;
    setBusy(true);
    setProblem(null);
    const api = await service.teamApi();
    const result = api ? await call(api) : null;
    setBusy(false);
    if (result?.ok) return result.value;
    const error = result?.error ?? null;
    setProblem(error?.code === 'forbidden' ? t('members.lastCoordinator') : t(teamErrorKey(error)));
    return null;
  }

  const changeRole = async () => {
    if (await run((api) => api.changeMember(member.id, { role }))) onChanged(t('members.roleChanged', { name: member.displayName }));
  };
  const setActive = async (active: boolean) => {
    setConfirming(false);
    const done = await run((api) => api.changeMember(member.id, { active }));
    if (done) onChanged(t(active ? 'members.reactivated' : 'members.deactivated', { name: member.displayName }));
  };
  const makeResetCode = async () => {
    const code = await run((api) => api.createResetCode(member.id));
    if (code) setResetCode(code);
  };

  return (
    <div class="sync-member-actions" data-testid="member-actions">
      {member.active && (
        <div class="sync-inline-form">
          <label for={`${id}-role`}>{t('members.role')}</label>
          <select id={`${id}-role`} value={role} onChange={(event) => setRole((event.currentTarget as HTMLSelectElement).value as Role)}>
            {roles.map((each) => (
              <option key={each} value={each}>
                {t(`roles.${each}`)}
              </option>
            ))}
          </select>
          <Button variant="secondary" onClick={() => void changeRole()} disabled={busy || role === member.role}>
            {t('members.changeRole')}
          </Button>
        </div>
      )}
      <div class="sync-actions">
        {member.active ? (
          !isMe && (
            <>
              <Button variant="secondary" onClick={() => setConfirming(true)} disabled={busy}>
                {t('members.deactivate')}
              </Button>
              <Button variant="secondary" onClick={() => void makeResetCode()} disabled={busy}>
                {t('members.resetCode')}
              </Button>
            </>
          )
        ) : (
          <Button variant="secondary" onClick={() => void setActive(true)} disabled={busy}>
            {t('members.reactivate')}
          </Button>
        )}
      </div>
      {resetCode && (
        <div class="sync-code" data-testid="reset-code">
          <p>{t('members.resetCodeText', { name: member.displayName, time: formatDateTime(Date.parse(resetCode.expiresAt), i18n.language) })}</p>
          <CopyText value={resetCode.code} label={t('members.resetCodeLabel')} testId="reset-code-value" mono />
        </div>
      )}
      {problem && (
        <p class="sync-alert" role="alert">
          {problem}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('members.deactivateTitle', { name: member.displayName })}
        confirmLabel={t('members.deactivate')}
        busy={busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void setActive(false)}
      >
        <p>{t('members.deactivateText')}</p>
      </ConfirmDialog>
    </div>
  );
}
