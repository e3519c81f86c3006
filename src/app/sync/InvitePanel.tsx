// Invite someone: pick their role, get a single-use code (valid 72 hours), a link that
// opens the join form with the code filled in, and the link as a QR code to scan.
import { useId, useState } from 'preact/hooks';
import { roles, type Role } from '../../domain/protocol.ts';
import type { Session } from '../../store/session.ts';
import type { SyncService } from '../../sync/sync-service.ts';
import { i18n, useT } from '../i18n.ts';
import { Button } from '../components/Button.tsx';
import { formatDateTime } from '../format.ts';
import { CopyText } from './CopyText.tsx';
import { joinLinkFor } from './join-link.ts';
import { QrCode } from './QrCode.tsx';
import { teamErrorKey } from './team-api.ts';

interface Invite {
  code: string;
  link: string;
  role: Role;
  expiresAt: number;
}

export function InvitePanel({ service, session }: { service: SyncService | null; session: Session }) {
  const t = useT('sync');
  const id = useId();
  const [role, setRole] = useState<Role>('counselor');
  const [invite, setInvite] = useState<Invite | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const create = async () => {
    if (!service || busy) return;
    setBusy(true);
    setProblem(null);
    const api = await service.teamApi();
    const result = api ? await api.createInvite(role) : null;
    setBusy(false);
    if (!result || !result.ok) {
      setProblem(t(teamErrorKey(result?.error ?? null)));
      return;
    }
    setInvite({
      code: result.value.code,
      link: joinLinkFor(window.location.origin, session.endpoint, result.value.code),
      role,
      expiresAt: Date.parse(result.value.expiresAt),
    });
    window.requestAnimationFrame(() => document.getElementById(`${id}-made`)?.focus());
  };

  return (
    <section class="sync-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="sync-card__title">
        {t('invite.title')}
      </h2>
      <p class="sync-muted">{t('invite.intro')}</p>
      {invite ? (
        <div class="sync-invite" data-testid="invite">
          <h3 id={`${id}-made`} class="sync-subtitle" tabIndex={-1}>
            {t('invite.made', { role: t(`roles.${invite.role}`) })}
          </h3>
          <p>{t('invite.expires', { time: formatDateTime(invite.expiresAt, i18n.language) })}</p>
          <CopyText label={t('invite.code')} value={invite.code} testId="invite-code" mono />
          <CopyText label={t('invite.link')} value={invite.link} testId="invite-link" />
          <QrCode text={invite.link} label={t('invite.qr')} />
          <p class="sync-muted sync-small">{t('invite.keepSafe')}</p>
          <div class="sync-actions">
            <Button variant="secondary" onClick={() => setInvite(null)}>
              {t('invite.another')}
            </Button>
          </div>
        </div>
      ) : (
        <>
          <fieldset class="sync-choices" disabled={busy}>
            <legend class="field__label">{t('invite.role')}</legend>
            {roles.map((each) => (
              <label key={each} class="sync-choice">
                <input type="radio" name={`${id}-role`} value={each} checked={role === each} onChange={() => setRole(each)} />
                <span>
                  <span class="sync-choice__title">{t(`roles.${each}`)}</span>
                  <span class="sync-choice__hint">{t(`roleHints.${each}`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <div class="sync-actions">
            <Button onClick={() => void create()} disabled={busy || !service} data-testid="create-invite">
              {t('invite.create')}
            </Button>
          </div>
        </>
      )}
      {problem && (
        <p class="sync-alert" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
