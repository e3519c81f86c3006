// The values a case's legal status and status take, with no zod, so that the case list's
// filters load no schema code (case.ts builds the schemas from them).
// Statuses under ZMZ-1 (Zakon o mednarodni zaščiti) and ZTuj-2 (Zakon o tujcih):
// applicant for international protection, Dublin procedure (Regulation (EU) 604/2013),
// refugee status, subsidiary protection, temporary or permanent residence permit.
export const legalStatuses = [
  'ip_applicant',
  'dublin',
  'refugee',
  'subsidiary_protection',
  'temporary_residence',
  'permanent_residence',
  'no_status',
  'other',
] as const;
export type LegalStatus = (typeof legalStatuses)[number];

export const caseStatuses = ['open', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];
