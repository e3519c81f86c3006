// The value that does not survive a merge is never dropped (SYNC-PROTOCOL.md, Merge rule):
// the endpoint keeps it as a `conflict` record in the same case, with the clock, author
// and device of that value, until a person resolves it by deleting the conflict record.
// It also names the value that won (`wonClock`, `wonAuthorId`, `wonDeviceId`): a device
// knows who wrote a field only from here, as records carry clocks, not authors.
import { randomBytes } from 'node:crypto';
import type { conflictFields } from '../../domain/conflict.ts';
import { uuidv7 } from '../../domain/ids.ts';
import type { Hlc } from '../../domain/hlc.ts';
import type { LostValue } from '../../domain/merge.ts';
import type { RecordWrite, StoredRecord, Writer } from '../storage/adapter.ts';

// Only for values stored before writers were kept; every write since records its writer.
const UNKNOWN_WRITER: Writer = { userId: 'unknown', deviceId: 'unknown' };

export function conflictRecord(input: {
  record: Pick<StoredRecord, 'id' | 'type' | 'teamId' | 'caseId'>;
  lost: LostValue;
  /** the stored writers of the record before the write (the author of a `current` value) */
  writersBefore: Record<string, Writer>;
  /** the stored clocks of the record before the write (when a `current` value was written) */
  clocksBefore: Record<string, Hlc>;
  incoming: Writer;
  /** clock of the write that caused the conflict: the conflict's fields carry it */
  clock: Hlc;
  nowMs: number;
}): RecordWrite {
  const { record, lost } = input;
  const storedWriter = Object.hasOwn(input.writersBefore, lost.field) ? input.writersBefore[lost.field] : undefined;
  const stored = storedWriter ?? UNKNOWN_WRITER;
  const storedClock = Object.hasOwn(input.clocksBefore, lost.field) ? input.clocksBefore[lost.field] : undefined;
  const author = lost.side === 'incoming' ? input.incoming : stored;
  // The value that won, so the card can name both sides ("Ana's text, 7 Dec 14:02").
  const won = lost.side === 'incoming' ? { writer: stored, clock: storedClock } : { writer: input.incoming, clock: input.clock };
  const fields = {
    recordId: record.id,
    recordType: record.type,
    field: lost.field,
    value: lost.value,
    clock: lost.clock,
    authorId: author.userId,
    deviceId: author.deviceId,
    ...(won.clock !== undefined ? { wonClock: won.clock } : {}),
    wonAuthorId: won.writer.userId,
    wonDeviceId: won.writer.deviceId,
  } satisfies { [K in keyof typeof conflictFields]?: unknown };
  const names = Object.keys(fields);
  return {
    id: uuidv7(input.nowMs, randomBytes(10)),
    teamId: record.teamId,
    type: 'conflict',
    caseId: record.caseId,
    fields,
    clocks: Object.fromEntries(names.map((name) => [name, input.clock])),
    deleted: null,
    writers: Object.fromEntries(names.map((name) => [name, input.incoming])),
  };
}
