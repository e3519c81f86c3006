// "Due today", "Due tomorrow", "Due Mon, 24 Nov": the next date something is due on a case.
import { useT } from '../i18n.ts';
import { daysUntil, formatPlainDate } from './format.ts';

export function DueLabel({ date, today }: { date: string; today: string }) {
  const t = useT('cases');
  const days = daysUntil(today, date);
  const soon = days <= 1;
  const text =
    days === 0
      ? t('due.today')
      : days === 1
        ? t('due.tomorrow')
        : t('due.on', { date: formatPlainDate(date, { weekday: true, year: date.slice(0, 4) !== today.slice(0, 4) }) });
  return <span class={soon ? 'due due--soon' : 'due'}>{text}</span>;
}

/** "Overdue since Tue, 17 Nov": something on the case was due and is not done. */
export function OverdueLabel({ date, today }: { date: string; today: string }) {
  const t = useT('cases');
  const text = t('due.overdueSince', { date: formatPlainDate(date, { weekday: true, year: date.slice(0, 4) !== today.slice(0, 4) }) });
  return <span class="due due--overdue">{text}</span>;
}
