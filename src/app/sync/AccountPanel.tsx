// Who this device is signed in as, and signing out. Signing out removes the team's data
// from the device, so it first asks; while changes wait to be sent it refuses, says how
// many would be lost, and offers "sign out anyway" as a separate, deliberate step.
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Session } from '../../store/session.ts';
import type { SyncStatus } from '../../sync/status.ts';
import type { SyncService } from '../../sync/sync-service.ts';
import { i18n, useT } from '../i18n.ts';
import { Button, ButtonLink } from '../components/Button.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { formatDateTime } from '../format.ts';
import { accountErrorMessage } from './account-errors.ts';
import { forgetFirstRun } from './first-run.ts';

type SignOutState = { step: 'idle' } | { step: 'confirm' } | { step: 'refused'; count: number } | { step: 'confirmForce'; count: number };

export function AccountPanel({ service, session, status }: { service: SyncService | null; session: Session; status: SyncStatus }) {
  const t = useT('sync');
  const { route } = useLocation();
  const [state, setState] = useState<SignOutState>({ step: 'idle' });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const signOut = async (force: boolean) => {
    if (!service || busy) return;
    setBusy(true);
    setProblem(null);
    const result = await service.signOut({ force });
    setBusy(false);
    if (result.ok) {
      forgetFirstRun();
      route('/welcome');
      return;
    }
    if (result.error.code === 'changes_waiting') {
      setState({ step: 'refused', count: result.error.pendingCount ?? status.pendingCount });
      return;
    }
    setState({ step: 'idle' });
    const message = accountErrorMessage(result.error, 'signIn');
    setProblem(i18n.t(message.key, message.params ?? {}));
  };

  const count = state.step === 'refused' || state.step === 'confirmForce' ? state.count : 0;
  return (
    <section class="sync-card" aria-labelledby="sync-account-title">
      <h2 id="sync-account-title" class="sync-card__title">
        {t('account.title')}
      </h2>
      <dl class="sync-facts">
        <div>
          <dt>{t('account.team')}</dt>
          <dd>
            <bdi>{session.team.name}</bdi>
          </dd>
        </div>
        <div>
          <dt>{t('account.user')}</dt>
          <dd>
            <bdi data-testid="account-user">{session.user.name}</bdi> ({t(`roles.${session.user.role}`)})
          </dd>
        </div>
        <div>
          <dt>{t('account.endpoint')}</dt>
          <dd>
            <bdi dir="ltr">{session.endpoint}</bdi>
          </dd>
        </div>
        <div>
          <dt>{t('account.since')}</dt>
          <dd>{formatDateTime(session.signedInAt, i18n.language)}</dd>
        </div>
      </dl>
      {session.user.role === 'coordinator' && (
        <div class="sync-actions">
          <ButtonLink href="/team" variant="secondary">
            {t('account.team_manage')}
          </ButtonLink>
        </div>
      )}
      <h3 class="sync-subtitle">{t('signOut.title')}</h3>
      <p class="sync-muted">{t('signOut.explain')}</p>
      {state.step === 'refused' || state.step === 'confirmForce' ? (
        <div class="sync-alert" role="alert" data-testid="sign-out-refused">
          <p>{t('signOut.refused', { count })}</p>
          <div class="sync-actions">
            <Button variant="secondary" onClick={() => setState({ step: 'idle' })}>
              {t('signOut.keep')}
            </Button>
            <Button variant="danger" onClick={() => setState({ step: 'confirmForce', count })}>
              {t('signOut.force', { count })}
            </Button>
          </div>
        </div>
      ) : (
        <div class="sync-actions">
          <Button variant="secondary" onClick={() => setState({ step: 'confirm' })} disabled={!service} data-testid="sign-out">
            {t('signOut.button')}
          </Button>
        </div>
      )}
      {problem && (
        <p class="sync-alert" role="alert">
          {problem}
        </p>
      )}
      <ConfirmDialog
        open={state.step === 'confirm'}
        title={t('signOut.confirmTitle', { team: session.team.name })}
        confirmLabel={t('signOut.button')}
        busy={busy}
        onCancel={() => setState({ step: 'idle' })}
        onConfirm={() => void signOut(false)}
      >
        <p>{t('signOut.confirmText')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={state.step === 'confirmForce'}
        title={t('signOut.forceTitle', { count })}
        confirmLabel={t('signOut.force', { count })}
        busy={busy}
        onCancel={() => setState({ step: 'refused', count })}
        onConfirm={() => void signOut(true)}
      >
        <p>{t('signOut.forceText', { count })}</p>
      </ConfirmDialog>
    </section>
  );
}
