// The key dates of a checklist (decision served on, delivery notice left on, …): each one
// is saved on its own as soon as it is a whole, plausible date, or when the field is left.
import { useState } from 'preact/hooks';
import { isPlainDate } from '../../domain/calendar.ts';
import { keyDateSource } from '../../domain/checklist-due.ts';
import { deemedServiceDate } from '../../domain/deadlines.ts';
import type { KeyDateId } from '../../domain/key-dates.ts';
import type { TemplateDefinition } from '../../domain/template-definition.ts';
import { setKeyDate } from '../../store/repo/checklists.ts';
import type { Store } from '../../store/store.ts';
import { DateField } from '../components/DateField.tsx';
import { i18n, useT } from '../i18n.ts';
import { formatDate } from '../format.ts';
import { keyDateWarning } from './key-date-check.ts';
import { committableDate } from './date-input.ts';

interface Props {
  store: Store;
  checklistId: string;
  template: TemplateDefinition;
  keyDates: Partial<Record<KeyDateId, string>>;
  today: string;
}

export function KeyDatesForm({ store, checklistId, template, keyDates, today }: Props) {
  const t = useT('checklists');
  return (
    <section class="cl-panel" aria-labelledby="checklist-key-dates">
      <h2 id="checklist-key-dates" class="cl-panel__title">
        {t('keyDates.heading')}
      </h2>
      <p class="cl-muted cl-small">{t('keyDates.hint')}</p>
      <div class="cl-dates">
        {template.keyDates.map((keyDate) => (
          <KeyDateField
            key={keyDate}
            store={store}
            checklistId={checklistId}
            keyDate={keyDate}
            stored={keyDates[keyDate] ?? ''}
            keyDates={keyDates}
            today={today}
          />
        ))}
      </div>
    </section>
  );
}

interface FieldProps {
  store: Store;
  checklistId: string;
  keyDate: KeyDateId;
  stored: string;
  keyDates: Partial<Record<KeyDateId, string>>;
  today: string;
}

function KeyDateField({ store, checklistId, keyDate, stored, keyDates, today }: FieldProps) {
  const t = useT('checklists');
  const language = i18n.language;
  // What the person is typing, until it is saved (a half-typed year must not be saved).
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = draft ?? stored;
  const commit = async (value: string) => {
    if (value === stored) return;
    const result = await setKeyDate(store, checklistId, keyDate, value === '' ? null : value);
    setError(result.ok ? null : t(result.error.messageKey));
  };
  const warning = stored ? keyDateWarning(keyDate, stored, today) : null;
  const source = keyDateSource('decisionServedOn', keyDates);
  const hint =
    keyDate === 'deliveryNoticeLeftOn' && stored && keyDates.decisionServedOn
      ? t('keyDates.noticeIgnored')
      : keyDate === 'deliveryNoticeLeftOn' && source && 'noticeLeftOn' in source
        ? t('keyDates.deemedService', { date: formatDate(deemedServiceDate(source.noticeLeftOn), language) })
        : undefined;
  return (
    <DateField
      label={t(`deadlines:keyDate.${keyDate}`)}
      hint={hint}
      error={error ?? (warning ? t(`keyDates.warning.${warning}`) : undefined)}
      value={shown}
      data-key-date={keyDate}
      onValue={(value) => {
        setDraft(value);
        if (committableDate(value)) void commit(value).then(() => setDraft(null));
      }}
      onLeave={(value) => {
        // An unfinished date stays in the boxes, with the field saying what is missing.
        if (value !== '' && !isPlainDate(value)) return;
        setDraft(null);
        void commit(value);
      }}
    >
      {stored && (
        <button
          type="button"
          class="button button--secondary cl-date-clear"
          onClick={() => {
            setDraft(null);
            void commit('');
          }}
        >
          {t('keyDates.clear')}
          <span class="cl-visually-hidden">: {t(`deadlines:keyDate.${keyDate}`)}</span>
        </button>
      )}
    </DateField>
  );
}
