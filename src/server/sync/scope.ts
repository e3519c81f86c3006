// Who may write what (SYNC-PROTOCOL.md, Scope and roles). Pure: the push handler looks the
// records up and asks; the answer is null (allowed) or the reason for `forbidden`.
//
// - coordinator: everything of the team, and only a coordinator may erase (delete a case);
// - counselor: every record of the team;
// - volunteer: only records of cases whose `assignees` lists their user id, and may create
//   a case only with themselves among its assignees;
// - only coordinators write templates; only the endpoint writes conflict records, and
//   deleting one resolves it, with the rights of the record the conflict is about;
// - a new entry of a case's assignment history (assignment-history.ts) names its writer as
//   `by`, so nobody records a change in another member's name; a device may send an entry
//   it holds again unchanged ("send again" sends the whole case).
import { assignmentFieldSchema } from '../../domain/assignment-history.ts';
import { jsonEqual } from '../../domain/json-equal.ts';
import type { Mutation } from '../../domain/protocol.ts';
import type { Role, StoredRecord } from '../storage/adapter.ts';

export interface Actor {
  userId: string;
  deviceId: string;
  teamId: string;
  role: Role;
}

/** A case's assignees (user ids) from its fields. */
export function assigneesOf(fields: Record<string, unknown> | undefined): string[] {
  const assignees = fields?.assignees;
  return Array.isArray(assignees) ? assignees.filter((id): id is string => typeof id === 'string') : [];
}

export function writeDenial(
  actor: Actor,
  mutation: Mutation,
  current: StoredRecord | null,
  owningCase: StoredRecord | null,
): string | null {
  if (mutation.type === 'conflict' && (current === null || mutation.set !== undefined)) {
    return 'Only the endpoint writes conflict records; resolve a conflict by deleting it.';
  }
  const typeWritten = mutation.type === 'conflict' ? current?.fields.recordType : mutation.type;
  if (typeWritten === 'template' && actor.role !== 'coordinator') return 'Only coordinators change templates.';
  // Deleting a case erases the person's data everywhere; only coordinators may erase.
  if (mutation.type === 'case' && mutation.delete && actor.role !== 'coordinator') return 'Only coordinators may delete (erase) a case.';
  if (mutation.type === 'case' && writesAssignmentInOthersName(actor, mutation, current)) {
    return 'An entry of the assignment history names the member who wrote it.';
  }
  if (actor.role !== 'volunteer' || (owningCase === null && mutation.type !== 'case')) return null;
  if (mutation.type === 'case' && current === null) {
    return assigneesOf(mutation.set).includes(actor.userId)
      ? null
      : 'A volunteer may create a case only with themselves among its assignees.';
  }
  return assigneesOf(owningCase?.fields).includes(actor.userId) ? null : 'This case is not assigned to you.';
}

function writesAssignmentInOthersName(actor: Actor, mutation: Mutation, current: StoredRecord | null): boolean {
  return Object.entries(mutation.set ?? {}).some(([field, value]) => {
    if (value === null || !assignmentFieldSchema(field)) return false;
    const stored = current && Object.hasOwn(current.fields, field) ? current.fields[field] : undefined;
    if (stored !== undefined && jsonEqual(stored, value)) return false;
    return (value as { by?: unknown }).by !== actor.userId;
  });
}
