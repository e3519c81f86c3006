// "Notify me an hour before a viewing": asks for permission on the person's tap, and
// says plainly when the phone's settings block notifications.
import { useState } from 'preact/hooks';
import { Button } from '../components/Button.tsx';
import { useT } from '../i18n.ts';
import { askForNotifications, notificationPermission } from '../notifications.ts';

export function NotificationControl() {
  const t = useT('viewings');
  const [permission, setPermission] = useState(notificationPermission);
  if (permission === 'unsupported') return null;
  if (permission === 'denied') return <p class="vw-small vw-muted">{t('reminder.notificationsBlocked')}</p>;
  if (permission === 'granted') return <p class="vw-small vw-muted">{t('reminder.notificationsOn')}</p>;
  return (
    <Button variant="secondary" onClick={() => void askForNotifications().then(setPermission)} data-testid="allow-notifications">
      {t('reminder.allowNotifications')}
    </Button>
  );
}
