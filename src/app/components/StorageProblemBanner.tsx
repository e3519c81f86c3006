// A clear message when the phone's storage fails (out of space, IndexedDB blocked in a
// private window, the database closed by another tab). Driven by storage-problem.ts. The
// store never loses what it stored before, so the message says what happened and what to
// do; text still in a form stays there.
import { useT } from '../i18n.ts';
import { useSmallStore } from '../small-store.ts';
import { dismissStorageProblem, storageProblem } from '../storage-problem.ts';
import type { StoreError } from '../../store/errors.ts';
import { Button } from './Button.tsx';
import { ReloadButton } from './ReloadButton.tsx';

export function StorageProblemBanner() {
  const problem = useSmallStore(storageProblem);
  // Only now load the `store` texts: most sessions never need them.
  return problem ? <ProblemMessage problem={problem} /> : null;
}

function ProblemMessage({ problem }: { problem: StoreError }) {
  const t = useT('store');
  const needsReload = problem.code === 'database_closed' || problem.code === 'version_conflict';
  return (
    <div class="banner banner--error" role="alert" data-testid="storage-problem" data-code={problem.code}>
      <p class="banner__text">{t(problem.messageKey)}</p>
      <div class="banner__actions">
        {needsReload && <ReloadButton reload={() => window.location.reload()} />}
        <Button variant="secondary" onClick={dismissStorageProblem}>
          {t('shell:update.dismiss')}
        </Button>
      </div>
    </div>
  );
}
