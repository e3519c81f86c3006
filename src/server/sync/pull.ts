// The pull handler (SYNC-PROTOCOL.md, Pull), on one committed snapshot of the team.
//
// The cursor is a position in the team's change sequence. Pushes stamp their changes with
// the team's next numbers while holding the team's version row, so everything at or
// below the team's version has committed: a page never ends past a change a later pull
// could still reveal.
import type { PullQuery, PullResponse } from '../../domain/protocol.ts';
import { decodeCursor, encodeCursor } from '../http/cursor.ts';
import { invalidRequest } from '../http/api-error.ts';
import type { ChangeSnapshot, Storage, StoredRecord } from '../storage/adapter.ts';
import type { Actor } from './scope.ts';
import { bySeq, toWireRecord } from './wire-records.ts';

export function pullChanges(storage: Storage, actor: Actor, query: PullQuery): Promise<PullResponse> {
  const after = decodeCursor('pull', actor.teamId, query.cursor);
  return storage.readChanges(actor.teamId, async (snapshot) => {
    const head = await snapshot.head();
    // A cursor ahead of the history (e.g. a restored backup) would silently hide changes.
    if (after > head) throw invalidRequest('The cursor is ahead of this endpoint; start again without a cursor.');

    // Volunteers see only the cases they are assigned to now (plus team-wide records).
    const memberId = actor.role === 'volunteer' ? actor.userId : null;
    const page = await snapshot.changes({ after, upTo: head, limit: query.limit + 1, memberId });
    const more = page.length > query.limit;
    const changes = more ? page.slice(0, query.limit) : page;
    // The page covers (after, upTo]: up to its last record, or everything when complete.
    const upTo = more ? (changes.at(-1) as StoredRecord).seq : head;

    const scope = memberId === null ? deletedCases(changes) : await volunteerScopeChanges(snapshot, memberId, after, upTo);
    const records = new Map(changes.map((record) => [record.id, record]));
    // A case that entered the scope comes whole, each record keeping its own seq.
    for (const caseId of scope.entered) {
      for (const record of await snapshot.caseRecords(caseId)) records.set(record.id, record);
    }
    return {
      records: [...records.values()].toSorted(bySeq).map(toWireRecord) as PullResponse['records'],
      removed: scope.removed,
      cursor: encodeCursor('pull', actor.teamId, upTo),
      more,
    };
  });
}

interface ScopeChanges {
  /** cases whose records the device must delete, applied before `records` */
  removed: string[];
  /** cases the device must receive whole */
  entered: string[];
}

// For coordinators and counselors a case leaves the scope only by being deleted.
function deletedCases(changes: readonly StoredRecord[]): ScopeChanges {
  return { removed: changes.filter((r) => r.type === 'case' && r.deleted !== null).map((r) => r.id), entered: [] };
}

// A volunteer's scope changed in (after, upTo]: cases taken off them (or deleted while
// theirs) are removed unless they are back by now; cases given to them come whole.
async function volunteerScopeChanges(snapshot: ChangeSnapshot, userId: string, after: number, upTo: number): Promise<ScopeChanges> {
  const inScopeNow = await snapshot.memberCases(userId);
  const left = new Set<string>();
  const entered = new Set<string>();
  for (const event of await snapshot.scopeEvents({ userId, after, upTo })) {
    (event.kind === 'leave' ? left : entered).add(event.caseId);
  }
  return {
    removed: [...left].filter((caseId) => !inScopeNow.has(caseId)),
    entered: [...entered].filter((caseId) => inScopeNow.has(caseId)),
  };
}
