// Every member's own name and password (SYNC-PROTOCOL.md, Members: PATCH /v1/users/me):
// the display name teammates see on assignees, conflicts and the audit, and a new
// password given with the current one. Both need the endpoint, and say so offline.
import { useId, useState } from 'preact/hooks';
import { DISPLAY_NAME_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../domain/protocol.ts';
import type { Store } from '../../store/store.ts';
import { readMembers, saveMembers } from '../../store/members.ts';
import { memberName } from '../../sync/members.ts';
import type { Session } from '../../store/session.ts';
import type { SyncService } from '../../sync/sync-service.ts';
import { useT } from '../i18n.ts';
import { useMembers } from '../hooks/use-members.ts';
import { Button } from '../components/Button.tsx';
import { TextField } from '../components/Field.tsx';
import { teamErrorKey } from './team-api.ts';

export function ProfilePanel({ store, service, session }: { store: Store; service: SyncService | null; session: Session }) {
  const t = useT('sync');
  const id = useId();
  const members = useMembers(store);
  const shownName = memberName(members, session.user.id) ?? session.user.name;
  const [name, setName] = useState<string | null>(null);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);

  const saveName = async (event: Event) => {
    event.preventDefault();
    const wanted = (name ?? shownName).trim();
    if (!service || busy || wanted === '') return;
    setBusy(true);
    const api = await service.teamApi();
    const result = api ? await api.changeOwnUser({ displayName: wanted }) : null;
    setBusy(false);
    if (!result?.ok) {
      setMessage({ text: t(teamErrorKey(result?.error ?? null)), problem: true });
      return;
    }
    const cached = await readMembers(store);
    await saveMembers(store, [...cached.filter((member) => member.id !== result.value.id), result.value], store.env.now());
    setName(null);
    setMessage({ text: t('profile.nameSaved'), problem: false });
  };

  const changePassword = async (event: Event) => {
    event.preventDefault();
    if (!service || busy) return;
    if (next.length < PASSWORD_MIN_LENGTH) {
      setMessage({ text: t('profile.passwordTooShort', { count: PASSWORD_MIN_LENGTH }), problem: true });
      return;
    }
    setBusy(true);
    const api = await service.teamApi();
    const result = api ? await api.changeOwnUser({ password: { current, new: next } }) : null;
    setBusy(false);
    if (!result?.ok) {
      const wrong = result?.error.code === 'unauthorized';
      setMessage({ text: wrong ? t('profile.wrongPassword') : t(teamErrorKey(result?.error ?? null)), problem: true });
      return;
    }
    setCurrent('');
    setNext('');
    setMessage({ text: t('profile.passwordChanged'), problem: false });
  };

  return (
    <section class="sync-card" aria-labelledby={`${id}-title`} data-testid="profile">
      <h2 id={`${id}-title`} class="sync-card__title">
        {t('profile.title')}
      </h2>
      <form onSubmit={(event) => void saveName(event)}>
        <TextField
          label={t('profile.displayName')}
          hint={t('profile.displayNameHint')}
          value={name ?? shownName}
          maxLength={DISPLAY_NAME_MAX_LENGTH}
          autoComplete="name"
          onInput={(event) => setName((event.currentTarget as HTMLInputElement).value)}
        />
        <div class="sync-actions">
          <Button type="submit" variant="secondary" disabled={busy}>
            {t('profile.saveName')}
          </Button>
        </div>
      </form>
      <form onSubmit={(event) => void changePassword(event)}>
        <TextField
          label={t('profile.currentPassword')}
          type="password"
          autoComplete="current-password"
          value={current}
          onInput={(event) => setCurrent((event.currentTarget as HTMLInputElement).value)}
        />
        <TextField
          label={t('profile.newPassword')}
          hint={t('profile.newPasswordHint', { count: PASSWORD_MIN_LENGTH })}
          type="password"
          autoComplete="new-password"
          value={next}
          onInput={(event) => setNext((event.currentTarget as HTMLInputElement).value)}
        />
        <div class="sync-actions">
          <Button type="submit" variant="secondary" disabled={busy || current === '' || next === ''}>
            {t('profile.changePassword')}
          </Button>
        </div>
      </form>
      {message && (
        <p class={message.problem ? 'sync-alert' : 'sync-muted'} role={message.problem ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
