// The push handler (SYNC-PROTOCOL.md, Push). One push is one transaction; each rule of the
// protocol is one statement below, in the order the endpoint applies them.
import { applyWrite, type MergeState, type MergeWrite } from '../../domain/merge.ts';
import {
  isClockAhead,
  mutationCaseId,
  mutationSchema,
  type Mutation,
  type MutationRejectCode,
  type PushRequest,
  type PushResponse,
  type PushResult,
} from '../../domain/protocol.ts';
import { recordSize, recordSizeProblem, resized, type RecordSize } from '../../domain/record-limits.ts';
import { issueDetails } from '../http/api-error.ts';
import type { PushTransaction, Storage, StoredRecord, Writer } from '../storage/adapter.ts';
import { conflictRecord } from './conflict-records.ts';
import { pauseWhenBusy } from './pause-when-busy.ts';
import { assigneesOf, writeDenial, type Actor } from './scope.ts';
import { bySeq, toWireRecord } from './wire-records.ts';

const NOT_IN_YOUR_TEAM = 'There is no such record or case in your team.';

export type PushOutcome =
  | { kind: 'done'; response: PushResponse }
  | { kind: 'gap'; lastMutation: number }
  | { kind: 'device_ended' };

export function processPush(
  storage: Storage,
  actor: Actor,
  mutations: PushRequest['mutations'],
  nowMs: number,
): Promise<PushOutcome> {
  return storage.applyPush({ teamId: actor.teamId, deviceId: actor.deviceId }, async (tx): Promise<PushOutcome> => {
    const device = await tx.device();
    // A revoked or logged-out device is refused at once, even mid-retry.
    if (!device.active) return { kind: 'device_ended' };
    const last = device.lastMutation;
    const firstNew = mutations.find((mutation) => mutation.n > last);
    // The first new mutation must be lastMutation + 1; otherwise nothing is applied.
    if (firstNew && firstNew.n !== last + 1) return { kind: 'gap', lastMutation: last };
    await tx.prefetch?.(namedIds(mutations.filter((mutation) => mutation.n > last)));

    const push = new PushWork(tx, actor, nowMs);
    const results: PushResult[] = [];
    const pause = pauseWhenBusy();
    for (const mutation of mutations) {
      // A long push gives the event loop back now and then: it never stalls other requests.
      await pause();
      // Already processed (a retry after a lost response): skip, apply nothing twice.
      if (mutation.n <= last) results.push({ n: mutation.n, status: 'duplicate' });
      // Every other mutation is judged on its own and counts as processed either way.
      else results.push(await push.apply(mutation));
    }
    // lastMutation is stored in the same transaction as the changes.
    const lastMutation = Math.max(last, mutations.at(-1)?.n ?? 0);
    if (lastMutation !== last) await tx.setLastMutation(lastMutation);
    return { kind: 'done', response: { lastMutation, results, records: push.touchedRecords() } };
  });
}

/** The record and case ids new mutations name (unchecked: a wrong one is judged later). */
function namedIds(mutations: PushRequest['mutations']): string[] {
  const ids = new Set<string>();
  for (const mutation of mutations) {
    for (const id of [mutation.record, mutation.caseId]) if (typeof id === 'string') ids.add(id);
  }
  return [...ids];
}

class PushWork {
  readonly #tx: PushTransaction;
  readonly #actor: Actor;
  readonly #writer: Writer;
  readonly #nowMs: number;
  // The current state of every record this push touched, for the answer.
  readonly #touched = new Map<string, StoredRecord>();
  // The size of each record this push wrote, so the next write to it measures only its own fields.
  readonly #sizes = new Map<string, RecordSize>();

  constructor(tx: PushTransaction, actor: Actor, nowMs: number) {
    this.#tx = tx;
    this.#actor = actor;
    this.#writer = { userId: actor.userId, deviceId: actor.deviceId };
    this.#nowMs = nowMs;
  }

  touchedRecords(): PushResponse['records'] {
    return [...this.#touched.values()].toSorted(bySeq).map(toWireRecord) as PushResponse['records'];
  }

  async apply(raw: PushRequest['mutations'][number]): Promise<PushResult> {
    const n = raw.n;
    const parsed = mutationSchema.safeParse(raw);
    // Invalid for its type, or of an unknown type.
    if (!parsed.success) {
      return rejected(n, 'invalid_request', 'This change is not valid for its record type.', issueDetails(parsed.error.issues));
    }
    const mutation = parsed.data;
    // From the future: one phone with a wrong date must not win every merge.
    if (isClockAhead(mutation.clock, this.#nowMs)) {
      return rejected(n, 'clock_ahead', "This change's clock is more than 10 minutes ahead of the endpoint: correct the phone's date and time.");
    }

    const current = await this.#record(mutation.record);
    // Nothing crosses teams, and the answer never tells whether an id exists elsewhere:
    // another team's record and a made-up id are answered alike.
    if (current && current.teamId !== this.#actor.teamId) return rejected(n, 'forbidden', NOT_IN_YOUR_TEAM);
    const caseId = current ? current.caseId : mutationCaseId(mutation);
    const owningCase = caseId === null ? null : caseId === mutation.record ? current : await this.#record(caseId);
    if (caseId !== null && caseId !== mutation.record && (!owningCase || owningCase.teamId !== this.#actor.teamId)) {
      return rejected(n, 'forbidden', NOT_IN_YOUR_TEAM);
    }
    // Roles and scope, before anything else about the record: a write outside the scope
    // learns nothing of it (not its type, not whether it was deleted) and changes nothing.
    const denial = writeDenial(this.#actor, mutation, current, owningCase);
    if (denial) return rejected(n, 'forbidden', denial);
    if (current && current.type !== mutation.type) {
      return rejected(n, 'invalid_request', `This record is a ${current.type}, not a ${mutation.type}.`);
    }
    // A record never moves to another case (scope would leak).
    if (current && mutation.caseId !== undefined && mutation.caseId !== caseId) {
      return rejected(n, 'invalid_request', 'A record stays in the case it was created in.');
    }
    if (owningCase && owningCase.type !== 'case') return rejected(n, 'invalid_request', 'The caseId does not name a case.');
    // Deletion is final: a deleted record, or a record of a deleted case, takes no writes.
    if (current?.deleted || owningCase?.deleted) return this.#gone(n, mutation, current);

    return this.#merge(n, mutation, current, caseId);
  }

  async #merge(n: number, mutation: Mutation, current: StoredRecord | null, caseId: string | null): Promise<PushResult> {
    const write: MergeWrite = mutation.delete ? { delete: true, clock: mutation.clock } : { set: mutation.set ?? {}, clock: mutation.clock, base: mutation.base ?? {} };
    // The one merge rule, shared with the devices.
    const merged = applyWrite(current && mergeState(current), write);
    if (merged.status === 'gone') return this.#gone(n, mutation, current);

    // A record holds at most 1,000 fields and 256 KiB of field JSON, after the merge too.
    // Measured by the fields that changed, so a small write to a large record stays cheap.
    const sizeBefore = this.#sizes.get(mutation.record) ?? recordSize(current?.fields ?? {});
    const size = resized(sizeBefore, current?.fields ?? {}, merged.state.fields, merged.won);
    const sizeProblem = mutation.delete ? null : recordSizeProblem(size);
    if (sizeProblem) return rejected(n, 'invalid_request', sizeProblem);
    this.#sizes.set(mutation.record, size);

    const changed = current === null || mutation.delete === true || merged.won.length > 0;
    if (changed) {
      const writers = mutation.delete ? {} : { ...current?.writers, ...Object.fromEntries(merged.won.map((field) => [field, this.#writer])) };
      const saved = await this.#save({ id: mutation.record, teamId: this.#actor.teamId, type: mutation.type, caseId, ...merged.state, writers });
      await this.#audit(mutation.delete ? 'delete' : current === null ? 'create' : 'update', saved);
      // Volunteer scope follows a case's assignees; the change is logged at this seq.
      if (saved.type === 'case') await this.#tx.setCaseMembers(saved.id, assigneesOf(saved.fields), saved.seq);
      // Deleting a case deletes every record of that case, conflict records included.
      if (saved.type === 'case' && saved.deleted) await this.#eraseCase(saved.id, mutation.clock);
      // Deleting any other record deletes the conflict records about it: its earlier
      // values go with it.
      else if (saved.deleted) await this.#eraseAll(await this.#tx.liveConflictsAbout(saved), mutation.clock);
    }
    // The value that does not survive becomes a conflict record, never dropped.
    for (const lost of merged.lost) {
      const record = { id: mutation.record, type: mutation.type, teamId: this.#actor.teamId, caseId };
      const conflict = conflictRecord({ record, lost, writersBefore: current?.writers ?? {}, clocksBefore: current?.clocks ?? {}, incoming: this.#writer, clock: mutation.clock, nowMs: this.#nowMs });
      await this.#audit('conflict', await this.#save(conflict));
    }
    return { n, status: 'applied', conflicts: merged.lost.length };
  }

  #eraseCase(caseId: string, clock: string): Promise<void> {
    return this.#tx.liveCaseRecords(caseId).then((records) => this.#eraseAll(records, clock));
  }

  async #eraseAll(records: readonly StoredRecord[], clock: string): Promise<void> {
    for (const record of records) {
      const erased = applyWrite(mergeState(record), { delete: true, clock });
      await this.#audit('delete', await this.#save({ ...record, ...erased.state, writers: {} }));
    }
  }

  // `gone`: answered with the tombstone so the device drops its copy. When two deletes
  // meet, the merge keeps the earlier clock; the endpoint stores it so every copy agrees.
  async #gone(n: number, mutation: Mutation, current: StoredRecord | null): Promise<PushResult> {
    if (current?.deleted) {
      const merged = applyWrite(mergeState(current), mutation.delete ? { delete: true, clock: mutation.clock } : { set: {}, clock: mutation.clock });
      const tombstone = merged.state.deleted !== current.deleted ? await this.#save({ ...current, ...merged.state, writers: {} }) : current;
      this.#touched.set(tombstone.id, tombstone);
    }
    return rejected(n, 'gone', 'This record was deleted; deletion is final.');
  }

  // A record this push already wrote is taken from its answer, not read and parsed again:
  // many small mutations to one large record cost one read, not one each.
  async #record(id: string): Promise<StoredRecord | null> {
    return this.#touched.get(id) ?? (await this.#tx.record(id));
  }

  async #save(record: Omit<StoredRecord, 'seq'>): Promise<StoredRecord> {
    const saved = await this.#tx.putRecord(record);
    this.#touched.set(saved.id, saved);
    return saved;
  }

  #audit(action: 'create' | 'update' | 'delete' | 'conflict', record: StoredRecord): Promise<void> {
    return this.#tx.audit({
      at: this.#nowMs,
      userId: this.#actor.userId,
      deviceId: this.#actor.deviceId,
      action,
      recordId: record.id,
      type: record.type,
      caseId: record.caseId,
    });
  }
}

function mergeState(record: StoredRecord): MergeState {
  return { fields: record.fields, clocks: record.clocks, deleted: record.deleted };
}

function rejected(n: number, code: MutationRejectCode, message: string, details?: unknown[]): PushResult {
  return details === undefined ? { n, status: 'rejected', code, message } : { n, status: 'rejected', code, message, details };
}
