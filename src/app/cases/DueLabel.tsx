// "Due today", "Due tomorrow", "Due Tue 24 Nov 2026": the next date something is due on a case.
import { i18n, useT } from '../i18n.ts';
import { daysUntil, formatDate } from '../format.ts';

export function DueLabel({ date, today }: { date: string; today: string }) {
  const t = useT('cases');
  const days = daysUntil(today, date);
  const soon = days <= 1;
  const text =
    days === 0
      ? t('due.today')
      : days === 1
        ? t('due.tomorrow')
        : t('due.on', { date: formatDate(date, i18n.language) });
  return <span class={soon ? 'due due--soon' : 'due'}>{text}</span>;
}

/** "Overdue since Tue 17 Nov 2026": something on the case was due and is not done. */
export function OverdueLabel({ date }: { date: string }) {
  const t = useT('cases');
  const text = t('due.overdueSince', { date: formatDate(date, i18n.language) });
  return <span class="due due--overdue">{text}</span>;
}
