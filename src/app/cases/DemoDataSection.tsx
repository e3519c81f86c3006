// Settings: "Load demo data" makes clearly fictional cases and notes (dates around today)
// so a newcomer can try every screen; "Remove demo data" removes exactly those, never
// anything a person typed (store/demo.ts).
//
// Loading writes a few dozen records one after another. Until the last one is written the
// button says so and "Remove" is not offered (the first demo record would otherwise flip
// it at once), and leaving or reloading the page asks first (unsaved.ts): a reload in the
// middle would leave half the demo data.
import { useEffect, useRef, useState } from 'preact/hooks';
import { hasDemoData, loadDemoData, removeDemoData } from '../../store/demo.ts';
import { i18n, useT } from '../i18n.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { useStore } from '../hooks/use-store.ts';
import { useCurrentUser } from './current-user.ts';
import { reportStoreError } from '../storage-problem.ts';
import { Button } from '../components/Button.tsx';
import { useUnsavedInput } from '../unsaved.ts';
import { todayInSlovenia } from '../hooks/use-today.ts';

export default function DemoDataSection() {
  const t = useT('cases');
  const ts = useT('store');
  const { store } = useStore();
  const present = useLiveQuery(store ? () => hasDemoData(store) : null, [store]);
  const me = useCurrentUser(store);
  const [busy, setBusy] = useState<'loading' | 'removing' | null>(null);
  useUnsavedInput('demo-data', busy !== null);
  const [message, setMessage] = useState('');
  const section = useRef<HTMLElement>(null);
  // The empty case list links here (/settings#demo-data): show this section, not the top.
  useEffect(() => {
    if (window.location.hash === '#demo-data') section.current?.scrollIntoView({ block: 'start' });
  }, []);

  const load = async () => {
    if (!store) return;
    setBusy('loading');
    setMessage('');
    const result = await loadDemoData(store, { today: todayInSlovenia(), language: i18n.language === 'sl' ? 'sl' : 'en' });
    setBusy(null);
    if (!result.ok) {
      reportStoreError(result.error);
      setMessage(ts(result.error.messageKey));
      return;
    }
    setMessage(t('demo.loaded'));
  };

  const remove = async () => {
    if (!store) return;
    setBusy('removing');
    setMessage('');
    const result = await removeDemoData(store);
    setBusy(null);
    if (!result.ok) {
      reportStoreError(result.error);
      setMessage(ts(result.error.messageKey));
      return;
    }
    setMessage(result.value.kept.length > 0 ? t('demo.removedKept', { count: result.value.kept.length }) : t('demo.removed'));
  };

  return (
    <section ref={section} class="settings__section" id="demo-data" aria-labelledby="settings-demo" data-testid="demo-data">
      <h2 id="settings-demo" class="settings__heading">
        {t('demo.heading')}
      </h2>
      <p>{t('demo.text')}</p>
      {me !== null && present.value !== true ? (
        // In a team, demo data would only confuse: fictional people next to real ones.
        <p class="settings__note" data-testid="demo-in-team">
          {t('demo.inTeam')}
        </p>
      ) : busy ? (
        <Button variant="secondary" disabled>
          {busy === 'loading' ? t('demo.loading') : t('demo.removing')}
        </Button>
      ) : present.value === true ? (
        <Button variant="secondary" onClick={remove}>
          {t('demo.remove')}
        </Button>
      ) : (
        <Button variant="secondary" onClick={load} disabled={!store || present.value === undefined}>
          {t('demo.load')}
        </Button>
      )}
      <p role="status">{message}</p>
    </section>
  );
}
