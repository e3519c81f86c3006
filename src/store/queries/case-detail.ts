// The case page: the case and its notes timeline (newest first).
import type { CaseFields, NoteFields } from '../../domain/records.ts';
import type { Store } from '../store.ts';
import { decodeRow, type RecordView } from './decode.ts';
import { recordsOfCase } from './records.ts';

export interface CaseDetail {
  case: RecordView<CaseFields> & { activityAt: number; dues: string[] };
  notes: RecordView<NoteFields>[];
}

/** The case with its live notes, newest first; null when the case is missing or deleted. */
export async function caseWithNotes(store: Store, caseId: string): Promise<CaseDetail | null> {
  const [row, summary] = await Promise.all([store.db.records.get(caseId), store.db.caseIndex.get(caseId)]);
  if (!row || row.type !== 'case' || row.isDeleted) return null;
  const notes = await recordsOfCase<NoteFields>(store, caseId, 'note');
  const kase = await decodeRow<CaseFields>(store, row);
  return { case: { ...kase, activityAt: summary?.activityAt ?? row.updatedAt, dues: summary?.dues ?? [] }, notes };
}
