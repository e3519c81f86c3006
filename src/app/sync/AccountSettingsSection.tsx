// Settings: the "Account and sync" entry: how this device syncs, in one line, and the way
// to the sync screen (or to joining a team on a device used on its own).
import { useT } from '../i18n.ts';
import { useStore } from '../hooks/use-store.ts';
import { ButtonLink } from '../components/Button.tsx';
import { useSession } from '../hooks/use-session.ts';

export default function AccountSettingsSection() {
  const t = useT('sync');
  const { store } = useStore();
  const session = useSession(store);
  return (
    <section class="settings__section" aria-labelledby="settings-account">
      <h2 id="settings-account" class="settings__heading">
        {t('settings.heading')}
      </h2>
      {session === undefined ? null : session === null ? (
        <>
          <p>{t('settings.localOnly')}</p>
          <ButtonLink href="/sync" variant="secondary">
            {t('settings.open')}
          </ButtonLink>
        </>
      ) : (
        <>
          <p>{t('settings.signedIn', { user: session.user.name, team: session.team.name })}</p>
          <ButtonLink href="/sync" variant="secondary">
            {t('settings.open')}
          </ButtonLink>
        </>
      )}
    </section>
  );
}
