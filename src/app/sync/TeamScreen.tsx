// Coordinator screens (/team): invite people (code, link and QR code), the team's people
// and their devices (revoke one), and the audit log. Only coordinators see it; these calls
// need the endpoint, so they say so when it cannot be reached.
import { useT } from '../i18n.ts';
import { useStore } from '../hooks/use-store.ts';
import { Page } from '../components/Page.tsx';
import { ButtonLink } from '../components/Button.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { AuditPanel } from './AuditPanel.tsx';
import { DevicesPanel } from './DevicesPanel.tsx';
import { InvitePanel } from './InvitePanel.tsx';
import { useSession } from '../hooks/use-session.ts';
import { useSyncService } from './use-sync.ts';
import './sync.css';

export default function TeamScreen() {
  const t = useT('sync');
  const { store } = useStore();
  const session = useSession(store);
  const service = useSyncService();
  if (session === undefined) return <Page title={t('team.title')} />;
  if (session === null || session.user.role !== 'coordinator') {
    return (
      <Page title={t('team.title')}>
        <EmptyState title={t('team.onlyCoordinators')} action={<ButtonLink href="/sync" variant="secondary">{t('conflicts.backToSync')}</ButtonLink>}>
          <p>{t('team.onlyCoordinatorsText')}</p>
        </EmptyState>
      </Page>
    );
  }
  return (
    <Page title={t('team.title')}>
      <p class="sync-lead">
        <bdi>{session.team.name}</bdi>
      </p>
      <InvitePanel service={service} session={session} />
      <DevicesPanel service={service} session={session} />
      <AuditPanel service={service} session={session} />
    </Page>
  );
}
