// "Now" for screens that show relative times (Today, "starts in 12 minutes"): re-renders
// every `everyMs`, aligned to the minute so the countdown changes when the clock does.
import { useEffect, useState } from 'preact/hooks';

export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: number;
    const schedule = () => {
      const wait = everyMs - (Date.now() % everyMs) + 50;
      timer = window.setTimeout(() => {
        setNow(Date.now());
        schedule();
      }, wait);
    };
    schedule();
    // Coming back to the app after the phone slept: catch up at once.
    const onVisible = () => {
      if (document.visibilityState === 'visible') setNow(Date.now());
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [everyMs]);
  return now;
}
