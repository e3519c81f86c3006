// What every section of the case page gets (case-sections.ts lists the sections). Its own
// file so that the sections and the list that loads them do not import each other.
export interface CaseSectionProps {
  caseId: string;
}
