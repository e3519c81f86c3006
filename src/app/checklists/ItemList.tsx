// The steps of a checklist: tick (done, by whom, on which day), the due date with the
// rule that made it, the "verify" badge and sources for items marked M or L, overdue
// highlighting, background text and a note. Each change is one small write.
import { useState } from 'preact/hooks';
import type { ChecklistDueItem } from '../../domain/checklist-due.ts';
import { localizedText } from '../../domain/template-definition.ts';
import { setItemDone, setItemNote } from '../../store/repo/checklists.ts';
import type { Store } from '../../store/store.ts';
import { Button } from '../components/Button.tsx';
import { i18n, useT } from '../i18n.ts';
import { useUnsavedInput } from '../unsaved.ts';
import { formatDate, isolate } from '../format.ts';
import { DueDate, LocalText, SourceLinks, VerifyNote } from './parts.tsx';
import { useTickName, type TickName } from './use-tick-name.ts';

interface Props {
  store: Store;
  checklistId: string;
  items: readonly ChecklistDueItem[];
  today: string;
}

export function ItemList({ store, checklistId, items, today }: Props) {
  const t = useT('checklists');
  const tickName = useTickName(store);
  return (
    <>
      {!tickName.fromSession && <TickNameField tickName={tickName} />}
      <ol class="cl-items">
        {items.map((item) => (
          <ItemRow key={item.key} store={store} checklistId={checklistId} item={item} today={today} tickName={tickName.name} />
        ))}
      </ol>
      {items.length === 0 && <p class="cl-muted">{t('items.none')}</p>}
    </>
  );
}

function TickNameField({ tickName }: { tickName: TickName }) {
  const t = useT('checklists');
  const [value, setValue] = useState<string | null>(null);
  return (
    <div class="field cl-tick-name">
      <label class="field__label" for="checklist-tick-name">
        {t('tickName.label')}
      </label>
      <p class="field__hint" id="checklist-tick-name-hint">
        {t('tickName.hint')}
      </p>
      <input
        id="checklist-tick-name"
        class="field__input"
        autocomplete="name"
        maxLength={120}
        aria-describedby="checklist-tick-name-hint"
        value={value ?? tickName.deviceName}
        onInput={(event) => setValue((event.currentTarget as HTMLInputElement).value)}
        onChange={(event) => {
          tickName.setDeviceName((event.currentTarget as HTMLInputElement).value);
          setValue(null);
        }}
      />
    </div>
  );
}

interface RowProps {
  store: Store;
  checklistId: string;
  item: ChecklistDueItem;
  today: string;
  tickName: string | null;
}

function ItemRow({ store, checklistId, item, today, tickName }: RowProps) {
  const t = useT('checklists');
  const language = i18n.language;
  const [error, setError] = useState<string | null>(null);
  const label = localizedText(item.item.text, language, 'label');
  const details = localizedText(item.item.text, language, 'details');
  const checkboxId = `item-${item.key}`;
  const { state } = item;
  const toggle = async (event: Event) => {
    const done = (event.currentTarget as HTMLInputElement).checked;
    const result = await setItemDone(store, checklistId, item.key, done, { by: tickName, on: today });
    setError(result.ok ? null : t(result.error.messageKey));
  };
  const classes = ['cl-item', state.done ? 'cl-item--done' : '', item.overdue ? 'cl-item--overdue' : ''].filter(Boolean).join(' ');
  return (
    <li class={classes} data-item={item.key} data-overdue={item.overdue ? 'true' : undefined}>
      <div class="cl-item__check">
        <input id={checkboxId} type="checkbox" class="cl-checkbox" checked={state.done} onChange={(event) => void toggle(event)} />
        <label for={checkboxId} class="cl-item__label">
          {label ? <LocalText text={label} t={t} /> : item.key}
        </label>
      </div>
      <div class="cl-item__body">
        {state.done && (
          <p class="cl-done-by cl-small">
            {state.doneBy && state.doneOn
              ? t('items.doneBy', { name: isolate(state.doneBy), date: formatDate(state.doneOn, language) })
              : state.doneOn
                ? t('items.doneOn', { date: formatDate(state.doneOn, language) })
                : t('items.done')}
          </p>
        )}
        {item.status === 'scheduled' && item.dueDate && item.meaning && item.daysLeft !== null && (
          <DueDate
            due={{ meaning: item.meaning, dueDate: item.dueDate, daysLeft: item.daysLeft, overdue: item.overdue, explanation: item.explanation }}
            t={t}
            language={language}
          />
        )}
        {item.status === 'waitingForDate' && item.missingKeyDate && (
          <p class="cl-muted cl-small">
            {t('deadlines:status.waitingForDate', { keyDate: t(`deadlines:keyDate.${item.missingKeyDate}`) })}
          </p>
        )}
        {item.status === 'invalidDate' && <p class="field__error">{t('deadlines:status.invalidDate')}</p>}
        {item.needsVerification && <VerifyNote item={item.item} t={t} />}
        <details class="cl-more">
          <summary>{t('items.more')}</summary>
          {details && (
            <p class="cl-details">
              <LocalText text={details} t={t} />
            </p>
          )}
          <p class="cl-small">
            {t('items.basis', {
              basis: item.item.basis.map((basis) => (basis.article ? t('deadlines:basis.article', basis) : basis.act)).join(', '),
            })}
          </p>
          {!item.needsVerification && <SourceLinks sources={item.item.sources} />}
        </details>
        <NoteEditor store={store} checklistId={checklistId} itemKey={item.key} stored={state.note ?? ''} />
        {error && (
          <p class="field__error" role="alert">
            {error}
          </p>
        )}
      </div>
    </li>
  );
}

function NoteEditor({ store, checklistId, itemKey, stored }: { store: Store; checklistId: string; itemKey: string; stored: string }) {
  const t = useT('checklists');
  const [draft, setDraft] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const text = draft ?? stored;
  const dirty = draft !== null && draft !== stored;
  useUnsavedInput(`checklist-note-${checklistId}-${itemKey}`, dirty);
  const id = `note-${itemKey}`;
  const save = async (event: Event) => {
    event.preventDefault();
    if (draft === null) return;
    const result = await setItemNote(store, checklistId, itemKey, draft);
    if (result.ok) {
      setDraft(null);
      setStatus(t('items.noteSaved'));
    } else {
      setStatus(t(result.error.messageKey));
    }
  };
  return (
    <details class="cl-more" open={dirty || undefined}>
      <summary>{stored ? t('items.noteWithText', { note: isolate(stored.length > 40 ? `${stored.slice(0, 40)}…` : stored) }) : t('items.addNote')}</summary>
      <form class="cl-note" onSubmit={(event) => void save(event)}>
        <label class="field__label" for={id}>
          {t('items.note')}
        </label>
        <textarea
          id={id}
          class="field__input"
          rows={3}
          maxLength={4000}
          value={text}
          onInput={(event) => {
            setDraft((event.currentTarget as HTMLTextAreaElement).value);
            setStatus(null);
          }}
        />
        <div class="cl-row">
          <Button type="submit" variant="secondary" disabled={!dirty}>
            {t('items.saveNote')}
          </Button>
          <span role="status" class="cl-small">
            {status}
          </span>
        </div>
      </form>
    </details>
  );
}
