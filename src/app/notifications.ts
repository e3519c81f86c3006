// System notifications (a viewing about to start, a court action's last days). Asked for
// only on a person's tap (browsers ignore or punish a permission prompt out of the blue),
// shown through the service worker where there is one (the only way on Android), else
// with `new Notification`. Without push, a notification can only come while the app is
// open or in the background.

export type NotificationPermissionState = NotificationPermission | 'unsupported';

export function notificationPermission(): NotificationPermissionState {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Ask for permission; call from a click handler only. */
export async function askForNotifications(): Promise<NotificationPermissionState> {
  if (typeof Notification === 'undefined') return 'unsupported';
  return Notification.requestPermission();
}

export interface AppNotification {
  title: string;
  body: string;
  /** Same tag, same notification: two tabs or a re-render never stack duplicates. */
  tag: string;
  /** Opened when the notification is tapped (sw.ts notificationclick). */
  url: string;
}

export async function showNotification(notification: AppNotification): Promise<void> {
  if (notificationPermission() !== 'granted') return;
  const options: NotificationOptions = { body: notification.body, tag: notification.tag, data: { url: notification.url } };
  const registration = 'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistration() : undefined;
  if (registration) {
    await registration.showNotification(notification.title, options);
    return;
  }
  const shown = new Notification(notification.title, options);
  shown.addEventListener('click', () => {
    window.focus();
    window.location.assign(notification.url);
  });
}

// Which reminders were notified already, across reloads (record ids and dates only), one
// list per kind of reminder (`storageKey`).
const KEEP = 50;

export function notifiedReminders(storageKey: string): Set<string> {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey) ?? '[]') as unknown;
    return new Set(Array.isArray(stored) ? stored.filter((key): key is string => typeof key === 'string') : []);
  } catch {
    return new Set();
  }
}

export function rememberNotified(storageKey: string, keys: readonly string[]): void {
  const all = [...notifiedReminders(storageKey), ...keys];
  try {
    localStorage.setItem(storageKey, JSON.stringify([...new Set(all)].slice(-KEEP)));
  } catch {
    // Storage full or blocked: at worst a reminder is notified twice.
  }
}
