// Case note record fields. A note belongs to a case through the record's
// `caseId` (the envelope), so it has no case field of its own.
import { z } from 'zod';
import { plainDateSchema } from './dates.ts';
import { accountIdSchema, choice, multiLineText, singleLineText, validationMessages } from './validation.ts';

export const noteKinds = [
  'counseling',
  'phone_call',
  'accompaniment',
  'legal',
  'housing',
  'health',
  'employment',
  'education',
  'other',
] as const;
export type NoteKind = (typeof noteKinds)[number];

export const noteLimits = { body: 20_000, authorName: 120 } as const;

export const noteFields = {
  body: multiLineText(noteLimits.body),
  kind: choice(noteKinds),
  authorId: accountIdSchema,
  authorName: singleLineText(noteLimits.authorName),
  followUpDate: plainDateSchema,
} satisfies Record<string, z.ZodType>;

// The quick-capture and edit form: a note needs some text; author fields come from the
// session, not the form.
export const noteFormSchema = z.object({
  body: multiLineText(noteLimits.body).trim().min(1, validationMessages.required),
  kind: choice(noteKinds).optional(),
  followUpDate: z
    .string()
    .refine((value) => value === '' || plainDateSchema.safeParse(value).success, validationMessages.invalidDate)
    .optional(),
});
export type NoteForm = z.infer<typeof noteFormSchema>;
