// The record types that sync (SYNC-PROTOCOL.md, Records). Kept apart from records.ts so that
// per-type field files (e.g. conflict.ts) can name record types without an import cycle.
import { z } from 'zod';

export const recordTypes = ['case', 'note', 'checklist', 'viewing', 'template', 'conflict'] as const;
export const recordTypeSchema = z.enum(recordTypes);
export type RecordType = z.infer<typeof recordTypeSchema>;

/** Team-wide types belong to no case (SYNC-PROTOCOL.md: `caseId` absent). */
export const teamWideRecordTypes: readonly RecordType[] = ['template'];
