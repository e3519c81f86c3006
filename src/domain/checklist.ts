// Procedure checklist record fields (owned by the checklists work, issue 4).
// Item state fields are dynamic: `item.<itemKey>.done`, `.doneBy`, `.doneOn`, `.note`.
import { z } from 'zod';

export const checklistFields = {
  templateId: z.string(),
  templateVersion: z.number().int().positive(),
} satisfies Record<string, z.ZodType>;

/** The schema for one field of a checklist record, or undefined for an unknown name. */
export function checklistFieldSchema(name: string): z.ZodType | undefined {
  return (checklistFields as Record<string, z.ZodType>)[name];
}
