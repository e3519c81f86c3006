// Calendar dates without time or zone ("plain dates"), as `YYYY-MM-DD`. Deadlines and
// consent dates are days in Slovenia, not instants; storing them as strings avoids the
// classic off-by-one-day bug of converting midnight across time zones.
import { z } from 'zod';
import { validationMessages } from './validation.ts';
import { isPlainDate } from './plain-date.ts';

export { daysInMonth, isPlainDate } from './plain-date.ts';

export const plainDateSchema = z
  .string({
    error: (issue) => (issue.input === undefined ? validationMessages.required : validationMessages.invalidDate),
  })
  .refine(isPlainDate, validationMessages.invalidDate);

export type PlainDate = z.infer<typeof plainDateSchema>;
