// Mounted in the shell (routes.tsx shellBanners): from 3 days before the last day to bring
// a court action or an appeal (domain legal-reminders.ts), the deadline is shown above
// every screen with a link to its checklist, and notified once per stage (3 days, 1 day)
// where the person allowed notifications. The notification names the step and the date,
// never the person: it can show on a locked phone.
import { useEffect } from 'preact/hooks';
import { legalReminderStage } from '../../domain/legal-reminders.ts';
import { localizedText } from '../../domain/template-definition.ts';
import { deadlinesOverview, type ChecklistDeadlineEntry } from '../../store/queries/deadlines.ts';
import { ButtonLink } from '../components/Button.tsx';
import { daysLeftKey, formatDate } from '../format.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { useStore } from '../hooks/use-store.ts';
import { useToday } from '../hooks/use-today.ts';
import { i18n, useT } from '../i18n.ts';
import { notificationPermission, notifiedReminders, rememberNotified, showNotification } from '../notifications.ts';
import { checklistHref } from './links.ts';
import { LocalText } from './parts.tsx';
import './checklists.css';

// Which legal reminders were notified already (record ids, item keys and dates only).
const NOTIFIED_KEY = 'tz:legal-reminders';

interface LegalReminder {
  entry: ChecklistDeadlineEntry;
  key: string;
}

/** The step's name in the UI language, or in English marked as such (checklists/parts.tsx). */
function StepLabel({ entry }: { entry: ChecklistDeadlineEntry }) {
  const t = useT('checklists');
  const text = localizedText(entry.due.item.text, i18n.language, 'label');
  return text ? <LocalText text={text} t={t} /> : <span dir="auto">{entry.due.itemKey}</span>;
}

export default function LegalReminderBanner() {
  const t = useT('checklists');
  const language = i18n.language;
  const { store } = useStore();
  const today = useToday();
  const { value: overview } = useLiveQuery(store ? () => deadlinesOverview(store, today) : null, [store, today]);
  const reminders: LegalReminder[] = [];
  for (const entry of overview?.upcoming ?? []) {
    if (entry.kind !== 'checklist') continue;
    const stage = legalReminderStage(entry.due);
    if (stage !== null) reminders.push({ entry, key: `${entry.key}@${entry.date}:${stage}` });
  }

  const label = (entry: ChecklistDeadlineEntry) => localizedText(entry.due.item.text, language, 'label')?.text ?? entry.due.itemKey;
  const remindersKey = reminders.map((reminder) => reminder.key).join(',');
  useEffect(() => {
    if (reminders.length === 0 || notificationPermission() !== 'granted') return;
    const notified = notifiedReminders(NOTIFIED_KEY);
    const due = reminders.filter((reminder) => !notified.has(reminder.key));
    if (due.length === 0) return;
    rememberNotified(NOTIFIED_KEY, due.map((reminder) => reminder.key));
    for (const { entry } of due) {
      const left = daysLeftKey(entry.daysLeft, false);
      void showNotification({
        title: t('reminder.notificationTitle', { left: t(left.key, { count: left.count }) }),
        body: t('reminder.notificationBody', { step: label(entry), date: formatDate(entry.date, language) }),
        tag: `legal-${entry.key}`,
        url: checklistHref(entry.caseId, entry.checklistId),
      }).catch((error: unknown) => console.error('legal deadline notification failed', error));
    }
    // Keyed on which reminders are due, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [remindersKey]);

  if (reminders.length === 0) return null;
  return (
    <section class="banner banner--error" aria-labelledby="legal-reminder-title" data-testid="legal-reminder">
      <p class="banner__text" id="legal-reminder-title">
        <strong>{t('reminder.title')}</strong>
      </p>
      {reminders.map(({ entry }) => {
        const left = daysLeftKey(entry.daysLeft, false);
        return (
          <div key={entry.key} class="banner__item" data-testid="legal-reminder-item">
            {/* One line each: mixed-direction text (an English step in the Arabic UI) stays readable. */}
            <div class="banner__text">
              <p>
                <strong>{t('reminder.lastDay', { date: formatDate(entry.date, language), left: t(left.key, { count: left.count }) })}</strong>
              </p>
              <p>
                <StepLabel entry={entry} />
              </p>
              <p dir="auto">{entry.caseName ?? t('deadlines.caseUnnamed')}</p>
            </div>
            <ButtonLink href={checklistHref(entry.caseId, entry.checklistId)} variant="secondary">
              {t('reminder.open')}
            </ButtonLink>
          </div>
        );
      })}
    </section>
  );
}
