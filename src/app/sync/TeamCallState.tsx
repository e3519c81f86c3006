// What a coordinator panel shows while its team call (team-api.ts useTeamCall) is under
// way or has failed: "Loading…", or the reason with "Try again". Nothing once it answered.
import { teamErrorKey, type Loaded } from './team-api.ts';
import { useT } from '../i18n.ts';
import { Button } from '../components/Button.tsx';

export function TeamCallState({ loaded, onRetry }: { loaded: Loaded<unknown>; onRetry: () => void }) {
  const t = useT('sync');
  if (loaded.state === 'loading') return <p class="sync-muted">{t('team.loading')}</p>;
  if (loaded.state === 'ok') return null;
  return (
    <div class="sync-alert" role="alert">
      <p>{t(teamErrorKey(loaded.error))}</p>
      <div class="sync-actions">
        <Button variant="secondary" onClick={onRetry}>
          {t('team.retry')}
        </Button>
      </div>
    </div>
  );
}
