// The endpoint refused this device's token (expired, revoked, or the password changed):
// sign in again with the same account. Nothing on the device was touched meanwhile, and
// queued changes go out right after.
import { useState } from 'preact/hooks';
import type { Session } from '../../store/session.ts';
import type { SyncService } from '../../sync/sync-service.ts';
import { i18n, useT } from '../i18n.ts';
import { Button } from '../components/Button.tsx';
import { TextField } from '../components/Field.tsx';
import { accountErrorMessage } from './account-errors.ts';
import { deviceKind } from './device-name.ts';

export function SignInAgain({ service, session }: { service: SyncService; session: Session }) {
  const t = useT('sync');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (password === '') {
      setError(i18n.t('common:validation.required'));
      return;
    }
    setBusy(true);
    const result = await service.signIn({
      endpoint: session.endpoint,
      username: session.user.name,
      password,
      deviceName: t(`deviceKinds.${deviceKind(navigator.userAgent, navigator.maxTouchPoints)}`),
    });
    setBusy(false);
    if (result.ok) {
      setPassword('');
      setError(null);
      return;
    }
    const message = accountErrorMessage(result.error, 'signIn');
    setError(i18n.t(message.key, message.params ?? {}));
  };
  return (
    <form class="sync-card sync-card--problem sync-form" onSubmit={submit} noValidate aria-labelledby="sync-signin-title">
      <h2 id="sync-signin-title" class="sync-card__title">
        {t('signInAgain.title')}
      </h2>
      <p>{t('signInAgain.text', { user: session.user.name })}</p>
      <input type="text" autoComplete="username" value={session.user.name} hidden readOnly />
      <TextField
        label={t('join.password')}
        type="password"
        autoComplete="current-password"
        value={password}
        onInput={(event) => setPassword((event.currentTarget as HTMLInputElement).value)}
        error={error ?? undefined}
        disabled={busy}
      />
      <div class="sync-actions">
        <Button type="submit" disabled={busy}>
          {busy ? t('join.busy') : t('join.submit.signIn')}
        </Button>
      </div>
    </form>
  );
}
