// Case writes for the screens. Thin, typed doors into write.ts: every rule (validation,
// clock, outbox, one transaction) lives there.
import type { CaseFields } from '../../domain/records.ts';
import type { CaseStatus } from '../../domain/case.ts';
import type { Store } from '../store.ts';
import { createRecord, deleteRecord, updateRecord, type WriteResult } from '../write.ts';

/** A new case; `value.id` is its id (and its caseId). No field is required. */
export function createCase(store: Store, fields: CaseFields): Promise<WriteResult> {
  return createRecord(store, 'case', null, fields);
}

/** Change some fields of a case; `null` clears a field. */
export function updateCase(store: Store, caseId: string, set: CaseFields): Promise<WriteResult> {
  return updateRecord(store, caseId, set, { type: 'case' });
}

export function setCaseStatus(store: Store, caseId: string, status: CaseStatus): Promise<WriteResult> {
  return updateCase(store, caseId, { status });
}

/**
 * Delete a case and, on this device, every record of it (notes, checklists, viewings,
 * conflicts) and its form drafts. The endpoint does the same for everyone (write.ts).
 */
export function deleteCase(store: Store, caseId: string): Promise<WriteResult> {
  return deleteRecord(store, caseId, { type: 'case' });
}
