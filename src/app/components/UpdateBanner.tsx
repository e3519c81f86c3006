// "Ready to work offline" and "A new version is ready — Reload", from sw-update.ts.
import { useT } from '../i18n.ts';
import { useSmallStore } from '../small-store.ts';
import { applyUpdate, dismissOfflineReady, updateStatus } from '../sw-update.ts';
import { Button } from './Button.tsx';
import { ReloadButton } from './ReloadButton.tsx';

export function UpdateBanner() {
  const t = useT('shell');
  const status = useSmallStore(updateStatus);
  if (status === 'offline-ready') {
    return (
      <div class="banner banner--ok" role="status" data-testid="offline-ready">
        <p class="banner__text">{t('update.offlineReady')}</p>
        <Button variant="secondary" onClick={dismissOfflineReady}>
          {t('update.dismiss')}
        </Button>
      </div>
    );
  }
  if (status === 'update-waiting') {
    return (
      <div class="banner banner--update" role="status" data-testid="update-ready">
        <p class="banner__text">{t('update.ready')}</p>
        {/* ReloadButton has asked about unsaved input already. */}
        <ReloadButton reload={() => applyUpdate(() => true)} />
      </div>
    );
  }
  return null;
}
