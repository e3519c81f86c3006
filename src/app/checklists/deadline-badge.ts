// Feeds the Deadlines tab's badge (nav-badges.ts): how many things are overdue or due in
// the next 14 days across open cases; and the case list's overdue flags (overdue-cases.ts). Loaded after the first screen (routes.tsx
// `afterFirstScreen`), so it never slows the start; a liveQuery keeps the count current
// on every change from this tab, another tab or a sync, and the day turning over at
// midnight in Slovenia starts a fresh count.
import { liveQuery } from 'dexie';
import { deadlineBadgeCount, deadlinesOverview, overdueSinceByCase } from '../../store/queries/deadlines.ts';
import { appStore } from '../../store/app-store.ts';
import { setNavBadge } from '../nav-badges.ts';
import { setOverdueCases } from '../overdue-cases.ts';
import { todayInSlovenia } from '../hooks/use-today.ts';

let started = false;

export async function startDeadlineBadge(): Promise<void> {
  if (started) return;
  started = true;
  const opened = await appStore();
  if (!opened.ok) return; // the storage banner already tells the person
  const store = opened.value;
  let today = todayInSlovenia();
  let subscription: { unsubscribe(): void } | null = null;
  const watch = () => {
    subscription?.unsubscribe();
    subscription = liveQuery(() => deadlinesOverview(store, today)).subscribe({
      next: (overview) => {
        setNavBadge('deadlines', deadlineBadgeCount(overview));
        setOverdueCases(overdueSinceByCase(overview));
      },
      // A failed read leaves the last count; screens report storage problems themselves.
      error: () => undefined,
    });
  };
  watch();
  const checkDay = () => {
    const now = todayInSlovenia();
    if (now === today) return;
    today = now;
    watch();
  };
  window.setInterval(checkDay, 60_000);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') checkDay();
  });
}
