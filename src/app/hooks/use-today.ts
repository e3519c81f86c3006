// Today in Slovenia (`YYYY-MM-DD`) for due dates and overdue flags. Deadlines are days in
// Slovenia, whatever time zone the phone is set to. Re-checked every minute and when the
// app comes back to the foreground, so "overdue" turns over at midnight without a reload.
import { useEffect, useState } from 'preact/hooks';
import { slovenianDateAt } from '../../domain/ljubljana-time.ts';

export function todayInSlovenia(): string {
  return slovenianDateAt(Date.now());
}

export function useToday(): string {
  const [today, setToday] = useState(todayInSlovenia);
  useEffect(() => {
    const check = () => setToday(todayInSlovenia());
    const timer = window.setInterval(check, 60_000);
    const onVisible = () => {
      if (document.visibilityState === 'visible') check();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  return today;
}
