// Case note writes for the screens (quick capture, edit, delete).
import type { NoteFields } from '../../domain/records.ts';
import type { Store } from '../store.ts';
import { createRecord, deleteRecord, updateRecord, type WriteResult } from '../write.ts';

/** Add a note to a case; fails `not_found` / `gone` when the case is missing / deleted. */
export function addNote(store: Store, caseId: string, fields: NoteFields): Promise<WriteResult> {
  return createRecord(store, 'note', caseId, fields);
}

export function updateNote(store: Store, noteId: string, set: NoteFields): Promise<WriteResult> {
  return updateRecord(store, noteId, set, { type: 'note' });
}

export function deleteNote(store: Store, noteId: string): Promise<WriteResult> {
  return deleteRecord(store, noteId, { type: 'note' });
}
