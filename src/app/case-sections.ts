// THE place where other features put a section on the case page (/cases/:id), between the
// quick note capture (under the case summary) and the notes timeline. Several engineers edit this list: make small
// targeted edits and commit them at once.
//
// Add a section:
//   1. write src/app/<feature>/<Something>Section.tsx with a default export component
//      taking `{ caseId }` (CaseSectionProps). Render a <section aria-labelledby=...> with
//      an <h2>; read data with useLiveQuery, write through src/store repositories. The
//      component may render null when it has nothing to show (e.g. the case has no
//      checklists and the feature offers its "add" button elsewhere).
//   2. add an entry below, in the order the sections should appear:
//        { key: 'checklists', load: () => import('./checklists/ChecklistsSection.tsx'), namespaces: ['checklists'] },
//      Each section is its own chunk (loaded only on the case page) and its i18n
//      namespaces load together with its code.
// A section that fails to load or throws shows a short message in its place; the rest of
// the case page (summary, notes) keeps working.
import type { ComponentType } from 'preact';
import type { CaseSectionProps } from './case-section-props.ts';

export interface CaseSection {
  /** Stable and unique: used as the Preact key and in data-section="<key>" for tests. */
  key: string;
  load: () => Promise<{ default: ComponentType<CaseSectionProps> }>;
  /** i18n namespaces the section uses (loaded before it first renders). */
  namespaces?: readonly string[];
}

/** The case page's sections, in order. */
export const caseSections: CaseSection[] = [
  { key: 'conflicts', load: () => import('./sync/CaseConflictsSection.tsx'), namespaces: ['sync'] },
  { key: 'checklists', load: () => import('./checklists/ChecklistsSection.tsx'), namespaces: ['checklists', 'deadlines', 'store'] },
  { key: 'viewings', load: () => import('./viewings/CaseViewingsSection.tsx'), namespaces: ['viewings'] },
];
