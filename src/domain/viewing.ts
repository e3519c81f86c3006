// Housing-viewing record fields (owned by the viewings work, issue 5).
// Every field is optional on the wire: a mutation's `set` carries any subset.
import { z } from 'zod';

export const viewingFields = {
  date: z.string(),
  notes: z.string(),
} satisfies Record<string, z.ZodType>;
