import { describe, expect, it } from 'vitest';
import {
  findTemplate,
  latestTemplates,
  nextTemplateVersion,
  templateCatalog,
  templateFields,
  templateFromRecord,
} from '../../../src/domain/template.ts';
import { builtInTemplates } from '../../../src/domain/templates/index.ts';
import { validateSet } from '../../../src/domain/records.ts';
import type { TemplateDefinition } from '../../../src/domain/template-definition.ts';

const court = builtInTemplates.find((t) => t.id === 'decision-court-action')!;

/** A coordinator's edit: the court action deadline for inadmissible decisions corrected to 8 days. */
function corrected(version: number): TemplateDefinition {
  const copy = structuredClone(court);
  copy.version = version;
  copy.contentCheckedOn = '2026-12-01';
  const item = copy.items.find((i) => i.key === 'court_action_inadmissible')!;
  item.deadline = { ...item.deadline!, rule: { kind: 'legalDaysAfter', days: 8 } };
  return copy;
}

function record(id: string, definition: TemplateDefinition, fields: Record<string, unknown> = {}) {
  return {
    id,
    fields: { templateId: definition.id, version: definition.version, basedOnVersion: definition.version - 1, definition, ...fields },
  };
}

describe('template record fields', () => {
  it('keeps the name the record registry imports', () => {
    expect(Object.keys(templateFields)).toEqual(['templateId', 'version', 'basedOnVersion', 'definition']);
  });

  it('validates a coordinator edit with the same schema as the built-in data', () => {
    expect(validateSet('template', record('r', corrected(2)).fields)).toEqual({ ok: true });
    const broken = structuredClone(corrected(2)) as unknown as { items: { key: string }[] };
    broken.items[0]!.key = 'Not A Key';
    const result = validateSet('template', { definition: broken });
    expect(result.ok).toBe(false);
  });
});

describe('templateFromRecord', () => {
  it('reads a valid record', () => {
    const read = templateFromRecord(record('0190a000-0000-7000-8000-000000000001', corrected(2)));
    expect(read).toMatchObject({ ok: true, basedOnVersion: 1, recordId: '0190a000-0000-7000-8000-000000000001' });
  });

  it('ignores a record whose fields disagree with its definition, an invalid one, and a deleted one', () => {
    expect(templateFromRecord(record('a', corrected(2), { version: 3 }))).toEqual({ ok: false, recordId: 'a', reason: 'mismatch' });
    expect(templateFromRecord(record('b', corrected(2), { definition: { id: 'x' } }))).toEqual({ ok: false, recordId: 'b', reason: 'invalid' });
    expect(templateFromRecord({ ...record('c', corrected(2)), deleted: '2026-…' })).toEqual({ ok: false, recordId: 'c', reason: 'deleted' });
  });
});

describe('the template catalog', () => {
  const v2a = record('0190a000-0000-7000-8000-00000000000a', corrected(2));
  const v2b = record('0190a000-0000-7000-8000-00000000000b', corrected(2));
  const v3 = record('0190a000-0000-7000-8000-000000000003', corrected(3));
  const catalog = templateCatalog(builtInTemplates, [v3, v2b, v2a, record('bad', corrected(4), { version: 5 })]);

  it('offers the newest version of each template for new checklists', () => {
    const latest = latestTemplates(catalog);
    expect(latest.map((e) => e.template.id)).toEqual(builtInTemplates.map((t) => t.id).toSorted());
    const latestCourt = latest.find((e) => e.template.id === 'decision-court-action')!;
    expect(latestCourt.template.version).toBe(3);
    expect(latestCourt.origin).toEqual({ kind: 'record', recordId: v3.id, basedOnVersion: 2 });
  });

  it('keeps older versions available for checklists that started on them', () => {
    expect(findTemplate(catalog, 'decision-court-action', 1)?.origin).toEqual({ kind: 'builtIn' });
    expect(findTemplate(catalog, 'decision-court-action', 1)?.template).toBe(court);
    expect(findTemplate(catalog, 'decision-court-action', 9)).toBeNull();
    expect(findTemplate(catalog, 'no-such-template', 1)).toBeNull();
  });

  it('resolves two offline edits of the same version: the pinned record, else the later id', () => {
    expect(findTemplate(catalog, 'decision-court-action', 2)?.origin).toMatchObject({ recordId: v2b.id });
    expect(findTemplate(catalog, 'decision-court-action', 2, v2a.id)?.origin).toMatchObject({ recordId: v2a.id });
  });

  it('numbers the next edit above every known version, including built-ins', () => {
    expect(nextTemplateVersion(catalog, 'decision-court-action')).toBe(4);
    expect(nextTemplateVersion(catalog, 'address-registration')).toBe(2);
    expect(nextTemplateVersion(catalog, 'brand-new')).toBe(1);
  });
});
