// Who changed a case's assignees, and when. Each change is a field of its own in the case
// record, `assignment.<UUIDv7>`, written in the same mutation as `assignees`: a field is
// the unit of merging (SYNC-PROTOCOL.md, Records), so two devices changing the assignees
// at once each add their own entry and the merge keeps both; no new record type is needed.
// The id's time is when the change was made; the value says who made it and whom it
// added and took off. Pure.
import { z } from 'zod';
import { uuidSchema } from './ids.ts';
import { uuidv7Ms } from './uuidv7.ts';
import { accountIdSchema, uniqueList } from './validation.ts';

export const ASSIGNMENT_FIELD_PREFIX = 'assignment.';

/** How many members one change may name on each side (a case lists at most 50 assignees). */
const MAX_MEMBERS_PER_CHANGE = 50;

export const assignmentChangeSchema = z.strictObject({
  /** the member who made the change */
  by: accountIdSchema,
  added: uniqueList(accountIdSchema, MAX_MEMBERS_PER_CHANGE),
  removed: uniqueList(accountIdSchema, MAX_MEMBERS_PER_CHANGE),
});
export type AssignmentChange = z.infer<typeof assignmentChangeSchema>;

/** The schema of an `assignment.<UUIDv7>` field, or undefined when the name is not one. */
export function assignmentFieldSchema(name: string): z.ZodType | undefined {
  if (!name.startsWith(ASSIGNMENT_FIELD_PREFIX)) return undefined;
  return uuidSchema.safeParse(name.slice(ASSIGNMENT_FIELD_PREFIX.length)).success ? assignmentChangeSchema : undefined;
}

/**
 * The history field to write with a change of assignees from `before` to `after`, made by
 * `by`; `changeId` is a fresh UUIDv7 (its time is the change's time). Empty when nothing
 * changed, so a save that leaves the assignees alone adds no entry.
 */
export function assignmentChangeFields(
  before: readonly string[],
  after: readonly string[],
  by: string,
  changeId: string,
): Record<string, AssignmentChange> {
  const added = after.filter((id) => !before.includes(id));
  const removed = before.filter((id) => !after.includes(id));
  if (added.length === 0 && removed.length === 0) return {};
  return { [`${ASSIGNMENT_FIELD_PREFIX}${changeId}`]: { by, added, removed } };
}

export interface AssignmentEntry extends AssignmentChange {
  id: string;
  /** when the change was made, Unix ms (from the UUIDv7) */
  at: number;
}

/**
 * The history from a case's fields, oldest first. Values that do not read as a change
 * (cleared, or written by a newer app) are left out rather than shown wrong.
 */
export function assignmentHistory(fields: Readonly<Record<string, unknown>>): AssignmentEntry[] {
  const entries: AssignmentEntry[] = [];
  for (const [name, value] of Object.entries(fields)) {
    if (!assignmentFieldSchema(name)) continue;
    const change = assignmentChangeSchema.safeParse(value);
    if (!change.success) continue;
    const id = name.slice(ASSIGNMENT_FIELD_PREFIX.length);
    entries.push({ id, at: uuidv7Ms(id), ...change.data });
  }
  return entries.toSorted((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
