// Settings: the way to the team's Reports, shown to coordinators only.
import { ButtonLink } from '../components/Button.tsx';
import { useStore } from '../hooks/use-store.ts';
import { useT } from '../i18n.ts';
import { useSession } from '../hooks/use-session.ts';

export default function ReportsSettingsSection() {
  const t = useT('reports');
  const { store } = useStore();
  const session = useSession(store);
  if (session?.user.role !== 'coordinator') return null;
  return (
    <section class="settings__section" aria-labelledby="settings-reports" data-testid="reports-settings">
      <h2 id="settings-reports" class="settings__heading">
        {t('settings.heading')}
      </h2>
      <p>{t('settings.text')}</p>
      <ButtonLink href="/reports" variant="secondary">
        {t('settings.open')}
      </ButtonLink>
    </section>
  );
}
