// Conflict record fields (SYNC-PROTOCOL.md, Merge rule): the value that did not survive a
// merge, kept until a person resolves it. Only the endpoint creates these.
import { z } from 'zod';
import { hlcSchema } from './hlc-schema.ts';
import { uuidSchema } from './ids.ts';
import { recordTypeSchema } from './record-types.ts';
import { accountIdSchema, singleLineText } from './validation.ts';

export const conflictFields = {
  recordId: uuidSchema,
  recordType: recordTypeSchema,
  field: singleLineText(200, 1),
  value: z.json(),
  clock: hlcSchema,
  authorId: accountIdSchema,
  deviceId: accountIdSchema,
  // The value that won the merge (an addition: conflicts kept before it lack these).
  wonClock: hlcSchema,
  wonAuthorId: accountIdSchema,
  wonDeviceId: accountIdSchema,
} satisfies Record<string, z.ZodType>;
