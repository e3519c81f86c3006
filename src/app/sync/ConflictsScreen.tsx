// Conflicts (/sync/conflicts): two people changed the same thing without seeing each
// other's change. Each conflict shows both values side by side, with who wrote them and
// when; the person keeps one or writes a merged text. Resolving syncs to everyone.
import { useRef, useState } from 'preact/hooks';
import { openConflicts } from '../../store/queries/conflicts.ts';
import { useT } from '../i18n.ts';
import { useStore } from '../hooks/use-store.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { Page } from '../components/Page.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { ButtonLink } from '../components/Button.tsx';
import { StorageProblemScreen } from '../components/StorageProblemScreen.tsx';
import { ConflictCard } from './ConflictCard.tsx';
import { useSession } from '../hooks/use-session.ts';
import './sync.css';

export default function ConflictsScreen() {
  const t = useT('sync');
  const { store, error, retry } = useStore();
  const session = useSession(store);
  const { value: conflicts } = useLiveQuery(store ? () => openConflicts(store) : null, [store]);
  const [announcement, setAnnouncement] = useState('');
  const list = useRef<HTMLUListElement>(null);
  if (error) {
    return (
      <StorageProblemScreen title={t('conflicts.title')} error={error} onRetry={retry} />
    );
  }
  const me = session ? { userId: session.user.id, deviceId: session.deviceId } : null;
  const resolved = () => {
    setAnnouncement(t('conflicts.resolved'));
    // Focus the next conflict's heading, or the page heading when none is left.
    window.requestAnimationFrame(() => {
      const next = list.current?.querySelector<HTMLElement>('[data-conflict] h2');
      (next ?? document.querySelector<HTMLElement>('[data-screen] h1'))?.focus();
    });
  };
  return (
    <Page title={t('conflicts.title')}>
      <p class="sync-hidden" role="status">
        {announcement}
      </p>
      {conflicts === undefined || !store ? null : conflicts.length === 0 ? (
        <EmptyState title={t('conflicts.noneTitle')} action={<ButtonLink href="/sync" variant="secondary">{t('conflicts.backToSync')}</ButtonLink>}>
          <p>{t('conflicts.noneText')}</p>
        </EmptyState>
      ) : (
        <>
          <p>{t('conflicts.intro', { count: conflicts.length })}</p>
          <ul class="sync-conflicts" ref={list} data-testid="conflict-list">
            {conflicts.map((conflict) => (
              <ConflictCard key={conflict.id} store={store} conflict={conflict} me={me} onResolved={resolved} />
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
