// Viewing writes for the screens: plan one for a case, edit it, log its outcome, delete it.
// Forms go through the domain's `viewingFormToSet` first: when anything is invalid the
// answer is the list of field errors and nothing is written; when everything is valid the
// record and its outbox mutation are stored in one transaction (write.ts). So a viewing is
// never saved half-way.
import {
  viewingFormToSet,
  type ViewingFieldValues,
  type ViewingForm,
  type ViewingFormError,
  type ViewingFields,
} from '../../domain/viewing.ts';
import type { Store } from '../store.ts';
import { createRecord, deleteRecord, updateRecord, type WriteResult } from '../write.ts';

/** Plan a viewing for a case; fails `not_found` / `gone` when the case is missing / deleted. */
export function planViewing(store: Store, caseId: string, set: ViewingFieldValues): Promise<WriteResult> {
  // A new record has no value to clear: nulls are simply left out.
  const fields = Object.fromEntries(Object.entries(set).filter(([, value]) => value !== null && value !== undefined));
  return createRecord(store, 'viewing', caseId, fields);
}

export function updateViewing(store: Store, viewingId: string, set: ViewingFieldValues): Promise<WriteResult> {
  return updateRecord(store, viewingId, set, { type: 'viewing' });
}

export function deleteViewing(store: Store, viewingId: string): Promise<WriteResult> {
  return deleteRecord(store, viewingId, { type: 'viewing' });
}

export type SaveViewingFormResult =
  | { ok: true; id: string; /** False when the form changed nothing (no mutation). */ changed: boolean }
  | { ok: false; kind: 'form'; errors: ViewingFormError[] }
  | { ok: false; kind: 'store'; error: Extract<WriteResult, { ok: false }>['error'] };

export type SaveViewingTarget =
  | { kind: 'new'; caseId: string }
  | { kind: 'existing'; viewingId: string; /** The fields the form was opened with. */ current: ViewingFields };

/**
 * Validate a form (planning, editing or the outcome screen) and write it: all or nothing.
 * `today` is today in Slovenia (`YYYY-MM-DD`) for the plausible-date check.
 */
export async function saveViewingForm(
  store: Store,
  target: SaveViewingTarget,
  form: ViewingForm,
  today: string,
): Promise<SaveViewingFormResult> {
  const context = target.kind === 'existing' ? { today, current: target.current } : { today };
  const parsed = viewingFormToSet(form, context);
  if (!parsed.ok) return { ok: false, kind: 'form', errors: parsed.errors };
  if (target.kind === 'existing' && Object.keys(parsed.set).length === 0) {
    return { ok: true, id: target.viewingId, changed: false };
  }
  const written =
    target.kind === 'new'
      ? await planViewing(store, target.caseId, parsed.set)
      : await updateViewing(store, target.viewingId, parsed.set);
  if (!written.ok) return { ok: false, kind: 'store', error: written.error };
  return { ok: true, id: written.value.id, changed: written.value.n !== null };
}
