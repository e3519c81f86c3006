// Which decoded field values become clear, indexable props (db.ts says what may sit in the
// clear and why): a record's own due dates, and the case list's filter props of a case.
// Owners of checklists and viewings add or refine their record types here.
//
// A checklist's due dates come from its fields AND its template version (the rules that
// count from the key dates), so deriving them takes the template catalog on the device
// (built-in templates and template records: queries/checklists.ts `catalogOf`). A template
// version never changes once written, so a checklist's dates change only with its fields,
// or when the template version it names reaches the device (undated-checklists.ts).
import { readChecklist } from '../domain/checklist.ts';
import { checklistDueDates } from '../domain/checklist-due.ts';
import { normalizeText } from '../domain/normalize-text.ts';
import type { RecordType } from '../domain/records.ts';
import { findTemplate, type CatalogEntry } from '../domain/template.ts';
import type { Codec } from './codec.ts';
import type { CaseFilterProps, IndexProps } from './db.ts';

type Fields = Record<string, unknown>;

const PLAIN_DATE_PREFIX = /^\d{4}-\d{2}-\d{2}/;

/** Every usable template version on the device; only checklists need it (an empty list does for other types). */
export type TemplateCatalog = readonly CatalogEntry[];

const recordDerivers: Partial<Record<RecordType, (fields: Fields, catalog: TemplateCatalog) => IndexProps>> = {
  note: (fields) => ({ due: dates(fields.followUpDate) }),
  // The day of the viewing and the day to follow up (both show on the case as due).
  viewing: (fields) => ({ due: [...new Set([...dates(fields.date), ...dates(fields.followUpDate)])].toSorted() }),
  // The open items' dates (checklist-due.ts `checklistDueDates` says which count). None
  // while the template version is not on this device: see checklistWaitsForTemplate.
  checklist: (fields, catalog) => {
    const template = checklistTemplate(fields, catalog);
    return { due: template ? checklistDueDates(fields, template.template) : [] };
  },
};

/** The index props of a live record with these decoded fields. */
export function deriveIndexProps(type: RecordType, fields: Fields, catalog: TemplateCatalog): IndexProps {
  return recordDerivers[type]?.(fields, catalog) ?? {};
}

/** Whether deriving this record's props needs the template catalog (else pass an empty one). */
export function needsTemplateCatalog(type: RecordType): boolean {
  return type === 'checklist';
}

/**
 * A live checklist that names a template version the catalog lacks (a pull brought it
 * before its template, or it was made with an app version that has more built-in
 * templates): its due dates are worked out once that version arrives.
 */
export function checklistWaitsForTemplate(type: RecordType, fields: Fields, catalog: TemplateCatalog): boolean {
  if (type !== 'checklist') return false;
  const view = readChecklist(fields);
  return view.templateId !== null && view.templateVersion !== null && checklistTemplate(fields, catalog) === null;
}

function checklistTemplate(fields: Fields, catalog: TemplateCatalog): CatalogEntry | null {
  const view = readChecklist(fields);
  if (view.templateId === null || view.templateVersion === null) return null;
  return findTemplate(catalog, view.templateId, view.templateVersion, view.templateRecordId);
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
