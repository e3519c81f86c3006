// Checklist template records: a coordinator's correction of a template, made on
// the device, synced to the whole team (SYNC-PROTOCOL.md: only coordinators write them).
//
// Each correction is a NEW record with a higher `version`; records are never edited in
// place, so two coordinators never overwrite each other's wording field by field.
// Checklists keep the version they started with until someone upgrades them.
import { templateDefinitionSchema, templateIdSchema, templateVersionSchema } from './template-definition.ts';
import type { TemplateDefinition } from './template-definition.ts';

export const templateFields = {
  templateId: templateIdSchema,
  version: templateVersionSchema,
  /** The version this one was edited from; absent for a template made from scratch. */
  basedOnVersion: templateVersionSchema,
  /** The whole template; its `id` and `version` must equal the two fields above. */
  definition: templateDefinitionSchema,
};

/** A stored template record as the catalog needs it (a SyncRecord fits). */
export interface TemplateRecordLike {
  id: string;
  fields: Record<string, unknown>;
  deleted?: unknown;
}

export type TemplateFromRecord =
  | { ok: true; template: TemplateDefinition; recordId: string; basedOnVersion: number | null }
  | { ok: false; recordId: string; reason: 'deleted' | 'invalid' | 'mismatch' };

/**
 * Reads a template record. `mismatch`: the definition's id/version disagree with the
 * record's fields (a record is then ignored rather than guessed at).
 */
export function templateFromRecord(record: TemplateRecordLike): TemplateFromRecord {
  const recordId = record.id;
  if (record.deleted) return { ok: false, recordId, reason: 'deleted' };
  const definition = templateDefinitionSchema.safeParse(record.fields.definition);
  const templateId = templateIdSchema.safeParse(record.fields.templateId);
  const version = templateVersionSchema.safeParse(record.fields.version);
  if (!definition.success || !templateId.success || !version.success) return { ok: false, recordId, reason: 'invalid' };
  if (definition.data.id !== templateId.data || definition.data.version !== version.data) {
    return { ok: false, recordId, reason: 'mismatch' };
  }
  const basedOn = templateVersionSchema.safeParse(record.fields.basedOnVersion);
  return { ok: true, template: definition.data, recordId, basedOnVersion: basedOn.success ? basedOn.data : null };
}

/** Where a template in the catalog came from. */
export type TemplateOrigin = { kind: 'builtIn' } | { kind: 'record'; recordId: string; basedOnVersion: number | null };

export interface CatalogEntry {
  template: TemplateDefinition;
  origin: TemplateOrigin;
}

/**
 * Every usable template version: the built-in ones and the valid records. When two
 * coordinators offline both made the same version of a template, the record with the
 * greater id (UUIDv7: the later one) wins the plain lookup; a checklist that pinned a
 * record id (`templateRecordId`) still finds exactly its own.
 */
export function templateCatalog(builtIns: readonly TemplateDefinition[], records: readonly TemplateRecordLike[]): CatalogEntry[] {
  const entries: CatalogEntry[] = builtIns.map((template) => ({ template, origin: { kind: 'builtIn' } }));
  for (const record of records) {
    const read = templateFromRecord(record);
    if (read.ok) {
      entries.push({ template: read.template, origin: { kind: 'record', recordId: read.recordId, basedOnVersion: read.basedOnVersion } });
    }
  }
  return entries.toSorted(compareEntries);
}

/** The newest version of every template id, for "add a checklist". Sorted by id. */
export function latestTemplates(catalog: readonly CatalogEntry[]): CatalogEntry[] {
  const latest = new Map<string, CatalogEntry>();
  for (const entry of catalog) {
    const current = latest.get(entry.template.id);
    if (!current || compareEntries(entry, current) > 0) latest.set(entry.template.id, entry);
  }
  return [...latest.values()].toSorted((a, b) => (a.template.id < b.template.id ? -1 : a.template.id > b.template.id ? 1 : 0));
}

/** The exact template a checklist uses, or null when this device does not have it (yet). */
export function findTemplate(
  catalog: readonly CatalogEntry[],
  templateId: string,
  version: number,
  recordId?: string | null,
): CatalogEntry | null {
  let found: CatalogEntry | null = null;
  for (const entry of catalog) {
    if (entry.template.id !== templateId || entry.template.version !== version) continue;
    if (recordId && entry.origin.kind === 'record' && entry.origin.recordId === recordId) return entry;
    if (!found || compareEntries(entry, found) > 0) found = entry;
  }
  return found;
}

/** The next version number for an edit of `templateId` (one above every known version). */
export function nextTemplateVersion(catalog: readonly CatalogEntry[], templateId: string): number {
  let highest = 0;
  for (const entry of catalog) if (entry.template.id === templateId) highest = Math.max(highest, entry.template.version);
  return highest + 1;
}

// Order: template id, then version, then built-in before records, then record id.
function compareEntries(a: CatalogEntry, b: CatalogEntry): number {
  if (a.template.id !== b.template.id) return a.template.id < b.template.id ? -1 : 1;
  if (a.template.version !== b.template.version) return a.template.version - b.template.version;
  const ra = a.origin.kind === 'record' ? a.origin.recordId : '';
  const rb = b.origin.kind === 'record' ? b.origin.recordId : '';
  return ra < rb ? -1 : ra > rb ? 1 : 0;
}
