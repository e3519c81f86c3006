// Mounted in the shell (routes.tsx shellBanners): while the app is open, a viewing that
// starts within the next hour is shown above every screen, with a link to its packet, and
// notified once where the person allowed notifications. It also keeps the Viewings tab's
// badge: viewings starting soon plus past ones whose outcome is not logged yet.
import { useEffect, useState } from 'preact/hooks';
import { nextReminderAtMs, startsWithinNextHour } from '../../domain/agenda.ts';
import { allViewings } from '../../store/queries/viewings.ts';
import { ButtonLink } from '../components/Button.tsx';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { i18n, useT } from '../i18n.ts';
import { setNavBadge } from '../nav-badges.ts';
import { formatTime } from '../format.ts';
import { minutesUntil } from './viewing-state.ts';
import { Joined } from './Joined.tsx';
import { notificationPermission, notifiedReminders, rememberNotified, showNotification } from '../notifications.ts';
import { useStore } from '../hooks/use-store.ts';
import { useNow } from '../hooks/use-now.ts';
import { needsOutcome, reminderKey, remindersToNotify } from './viewing-state.ts';
import './viewings.css';

// Which viewings were notified already (ids and start times only).
const NOTIFIED_KEY = 'tz:viewing-reminders';

export default function ReminderBanner() {
  const t = useT('viewings');
  const language = i18n.language;
  const { store } = useStore();
  const { value: viewings = [] } = useLiveQuery(store ? () => allViewings(store) : null, [store]);
  const ticking = useNow();
  // Also wake exactly when the next viewing enters its hour, not up to a minute later.
  const [woken, setWoken] = useState(0);
  const now = Math.max(ticking, woken);
  const next = nextReminderAtMs(viewings, now);
  useEffect(() => {
    if (next === null) return undefined;
    const timer = window.setTimeout(() => setWoken(Date.now()), Math.max(0, next - Date.now()) + 100);
    return () => window.clearTimeout(timer);
  }, [next]);

  const soon = startsWithinNextHour(viewings, now);
  const waiting = viewings.filter((viewing) => needsOutcome(viewing, now)).length;
  useEffect(() => setNavBadge('viewings', soon.length + waiting), [soon.length, waiting]);

  const soonKey = soon.map((entry) => `${entry.viewing.id}@${entry.startMs}`).join(',');
  useEffect(() => {
    if (soon.length === 0 || notificationPermission() !== 'granted') return;
    const due = remindersToNotify(viewings, now, notifiedReminders(NOTIFIED_KEY));
    if (due.length === 0) return;
    rememberNotified(NOTIFIED_KEY, due.map(reminderKey));
    for (const entry of due) {
      const { startTime, address } = entry.viewing.fields;
      void showNotification({
        title: t('reminder.notificationTitle', { time: startTime ? formatTime(startTime, language) : '' }),
        body: address ? t('reminder.notificationBody', { address }) : t('reminder.notificationBodyNoAddress'),
        tag: `viewing-${entry.viewing.id}`,
        url: `/viewings/${entry.viewing.id}`,
      }).catch((error: unknown) => console.error('viewing notification failed', error));
    }
    // Keyed on which viewings are due, not on every tick.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [soonKey]);

  if (soon.length === 0) return null;
  return (
    <section class="vw-reminder" aria-labelledby="viewing-reminder-title" data-testid="viewing-reminder">
      <p class="vw-reminder__title" id="viewing-reminder-title">
        {t('reminder.title')}
      </p>
      {soon.map((entry) => {
        const minutes = entry.startMs === null ? 0 : minutesUntil(entry.startMs, now);
        const { startTime, address } = entry.viewing.fields;
        return (
          <div key={entry.viewing.id} class="vw-reminder__item">
            <p class="vw-reminder__text">
              <strong>{minutes === 0 ? t('reminder.startsNow') : t('reminder.startsIn', { count: minutes })}</strong>
              {' · '}
              <Joined parts={[startTime ? formatTime(startTime, language) : null, address]} />
            </p>
            <ButtonLink href={`/viewings/${entry.viewing.id}`}>{t('reminder.openPacket')}</ButtonLink>
          </div>
        );
      })}
    </section>
  );
}
