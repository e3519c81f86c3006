// The case's notes timeline, newest first, a page at a time; each note can be edited or
// deleted there. A live region says what happened ("Note saved", "Note deleted"). New
// notes come from the quick capture near the top of the case page (NoteCapture).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { NoteFields } from '../../domain/records.ts';
import type { RecordView } from '../../store/queries/decode.ts';
import type { Store } from '../../store/store.ts';
import { useT } from '../i18n.ts';
import { Button } from '../components/Button.tsx';
import { NoteItem } from './NoteItem.tsx';
import { useAnnouncer } from '../flash.ts';

const NOTES_PAGE = 30;

interface Props {
  store: Store;
  caseId: string;
  notes: readonly RecordView<NoteFields>[];
}

export function NotesSection({ store, caseId, notes }: Props) {
  const t = useT('cases');
  const heading = useRef<HTMLHeadingElement>(null);
  const [message, announce] = useAnnouncer();
  const [shown, setShown] = useState(NOTES_PAGE);
  // After a delete the note (and the button that had the focus) disappears once the
  // timeline updates; the focus then goes to the heading, not to the top of the page.
  const focusHeading = useRef(false);
  useEffect(() => {
    if (!focusHeading.current) return;
    focusHeading.current = false;
    heading.current?.focus();
  }, [notes]);

  return (
    <section class="case-panel notes" aria-labelledby="notes-title">
      <h2 id="notes-title" class="case-panel__title" tabIndex={-1} ref={heading}>
        {t('notes.title')} <span class="notes__count">({notes.length.toLocaleString(document.documentElement.lang)})</span>
      </h2>
      <p class="notes__status" role="status" data-testid="notes-status">
        {message}
      </p>
      {notes.length === 0 ? (
        <p class="notes__empty">{t('notes.empty')}</p>
      ) : (
        <ol class="timeline" aria-label={t('notes.timelineLabel')}>
          {notes.slice(0, shown).map((note) => (
            <NoteItem
              key={note.id}
              store={store}
              caseId={caseId}
              note={note}
              announce={announce}
              onDeleted={() => {
                announce(t('notes.deleted'));
                focusHeading.current = true;
              }}
            />
          ))}
        </ol>
      )}
      {notes.length > shown && (
        <Button variant="secondary" onClick={() => setShown(shown + NOTES_PAGE)}>
          {t('notes.showOlder', { count: notes.length - shown })}
        </Button>
      )}
    </section>
  );
}
