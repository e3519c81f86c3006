// Which decoded field values become clear, indexable props (db.ts says what may sit in the
// clear and why): a record's own due dates, and the case list's filter props of a case.
// Owners of checklists and viewings add or refine their record types here.
//
// A checklist's due dates come from its fields AND its template version (the rules that
// count from the key dates), so deriving them takes a ChecklistDating made from the
// template catalog on the device (checklist-dating.ts). The built-in templates are large
// (every language), so that module is loaded only where a checklist or a template is
// written, pulled or dated: `loadChecklistDating` (the service worker, which only pushes,
// never loads it). A template version never changes once
// written, so a checklist's dates change only with its fields, or when the template
// version it names reaches the device (undated-checklists.ts).
import { normalizeText } from '../domain/normalize-text.ts';
import type { RecordType } from '../domain/records.ts';
import type { TemplateRecordLike } from '../domain/template.ts';
import type { ChecklistDating } from './checklist-dating.ts';
import type { Codec } from './codec.ts';
import type { CaseFilterProps, IndexProps } from './db.ts';
import type { Store } from './store.ts';

type Fields = Record<string, unknown>;

const PLAIN_DATE_PREFIX = /^\d{4}-\d{2}-\d{2}/;

const recordDerivers: Partial<Record<RecordType, (fields: Fields, dating: ChecklistDating | undefined) => IndexProps>> = {
  note: (fields) => ({ due: dates(fields.followUpDate) }),
  // The day of the viewing and the day to follow up (both show on the case as due).
  viewing: (fields) => ({ due: [...new Set([...dates(fields.date), ...dates(fields.followUpDate)])].toSorted() }),
  // The open items' dates (checklist-due.ts `checklistDueDates` says which count).
  checklist: (fields, dating) => {
    if (!dating) throw new Error('a checklist needs its dating: loadChecklistDating()');
    return { due: dating.dueDates(fields) };
  },
};

/** The index props of a live record with these decoded fields; a checklist needs `dating`. */
export function deriveIndexProps(type: RecordType, fields: Fields, dating?: ChecklistDating): IndexProps {
  return recordDerivers[type]?.(fields, dating) ?? {};
}

/** Whether deriving this type's props needs a ChecklistDating. */
export function needsChecklistDating(type: RecordType): boolean {
  return type === 'checklist';
}

/**
 * The dating by the templates on this device, with `extraTemplates` (records not stored
 * yet, e.g. a pulled page's) in place of stored ones with the same id. Loads the built-in
 * templates on first use.
 */
export async function loadChecklistDating(store: Store, extraTemplates: readonly TemplateRecordLike[] = []): Promise<ChecklistDating> {
  const { checklistDatingOnDevice } = await import('./checklist-dating.ts');
  return checklistDatingOnDevice(store, extraTemplates);
}

/** Every index prop name: what a tombstone drops, and what a rewrite replaces. */
export const indexPropKeys = ['due'] as const satisfies readonly (keyof IndexProps)[];

/** What the case list filters a case by, from the case's decoded fields. */
export async function caseFilterProps(fields: Fields, codec: Codec): Promise<CaseFilterProps> {
  const props: CaseFilterProps = {
    // Screens treat a missing field as empty; a case nobody closed is open.
    status: fields.status === 'closed' ? 'closed' : 'open',
    assignees: stringList(fields.assignees),
    tagKeys: await Promise.all(stringList(fields.tags).map((tag) => tagToken(codec, tag))),
  };
  if (typeof fields.legalStatus === 'string') props.legalKey = await legalStatusToken(codec, fields.legalStatus);
  return props;
}

// The kind goes into the token so that a tag and a legal status with the same text get
// different keyed hashes once the encrypting codec is on.
export function legalStatusToken(codec: Codec, legalStatus: string): Promise<string> {
  return codec.indexToken(`legalStatus:${legalStatus}`);
}

/** Tags filter without regard to case or diacritics ("Stanovanje" = "stanovanje"). */
export function tagToken(codec: Codec, tag: string): Promise<string> {
  return codec.indexToken(`tag:${normalizeText(tag.trim())}`);
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function dates(value: unknown): string[] {
  return typeof value === 'string' && PLAIN_DATE_PREFIX.test(value) ? [value.slice(0, 10)] : [];
}
