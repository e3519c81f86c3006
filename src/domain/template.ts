// Checklist template record fields (owned by the checklists work, issue 4).
import { z } from 'zod';

export const templateFields = {
  templateId: z.string(),
  version: z.number().int().positive(),
} satisfies Record<string, z.ZodType>;
