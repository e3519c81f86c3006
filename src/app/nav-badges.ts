// Counts shown on the bottom navigation (e.g. deadlines due soon). A feature feeds a
// count with setNavBadge('deadlines', n) from wherever it computes it (a liveQuery
// subscription, for example); the navigation reads it with useNavBadge. Keeping this a
// plain store means the shell does not import the feature's code (or Dexie) to show it.
import { useEffect, useState } from 'preact/hooks';

const counts = new Map<string, number>();
const listeners = new Set<() => void>();

export function setNavBadge(key: string, count: number): void {
  const next = Math.max(0, Math.floor(count));
  if ((counts.get(key) ?? 0) === next) return;
  counts.set(key, next);
  for (const listener of listeners) listener();
}

export function navBadge(key: string): number {
  return counts.get(key) ?? 0;
}

export function useNavBadge(key: string): number {
  const [count, setCount] = useState(() => navBadge(key));
  useEffect(() => {
    const update = () => setCount(navBadge(key));
    listeners.add(update);
    update();
    return () => {
      listeners.delete(update);
    };
  }, [key]);
  return count;
}
