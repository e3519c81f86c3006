import { describe, expect, it } from 'vitest';
import {
  caseRecordFieldsSchema,
  fieldSchema,
  recordTypes,
  recordTypeSchema,
  syncRecordSchema,
  validateSet,
} from '../../../src/domain/records.ts';
import { conflictFields } from '../../../src/domain/conflict.ts';

const CLOCK = '2026-11-21T10:04:05.123Z-0000-9a8b7c6d5e4f3a2b';
const CASE_ID = '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e8f';

describe('record registry', () => {
  it('lists exactly the six record types and rejects others', () => {
    expect(recordTypes).toEqual(['case', 'note', 'checklist', 'viewing', 'template', 'conflict']);
    expect(recordTypeSchema.safeParse('invoice').success).toBe(false);
  });

  it('finds field schemas per type, and none for unknown or prototype names', () => {
    expect(fieldSchema('case', 'displayName')).toBeDefined();
    expect(fieldSchema('note', 'body')).toBeDefined();
    expect(fieldSchema('checklist', 'templateId')).toBeDefined();
    expect(fieldSchema('case', 'body')).toBeUndefined();
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      for (const type of recordTypes) expect(fieldSchema(type, name), `${type}.${name}`).toBeUndefined();
    }
  });

  it('accepts any subset of fields, and null to clear one', () => {
    expect(validateSet('case', {})).toEqual({ ok: true });
    expect(validateSet('case', { displayName: 'A. K.', legalStatus: 'dublin' })).toEqual({ ok: true });
    expect(validateSet('note', { followUpDate: null, body: 'Phoned about the appointment.' })).toEqual({ ok: true });
  });

  it('names every unknown field and every bad value', () => {
    const result = validateSet('case', { displayName: '', nickname: 'x', householdSize: 99 });
    expect(result).toEqual({
      ok: false,
      issues: [
        { field: 'displayName', code: 'too_small', message: 'validation.required' },
        { field: 'nickname', code: 'unknown_field', message: 'validation.unknownField' },
        { field: 'householdSize', code: 'too_big', message: 'validation.outOfRange' },
      ],
    });
  });

  it('rejects undefined, which is not JSON and cannot be stored the same everywhere', () => {
    expect(validateSet('note', { body: undefined }).ok).toBe(false);
  });

  it('checks conflict records field by field', () => {
    const conflict = {
      recordId: CASE_ID,
      recordType: 'note',
      field: 'body',
      value: 'The other text',
      clock: CLOCK,
      authorId: 'u_mira',
      deviceId: 'd_1',
      wonClock: CLOCK,
      wonAuthorId: 'u_ana',
      wonDeviceId: 'd_2',
    };
    expect(validateSet('conflict', conflict)).toEqual({ ok: true });
    expect(validateSet('conflict', { ...conflict, recordType: 'invoice' }).ok).toBe(false);
    expect(Object.keys(conflictFields).toSorted()).toEqual(Object.keys(conflict).toSorted());
  });

  it('types whole records of fields, every field optional', () => {
    expect(caseRecordFieldsSchema.safeParse({ displayName: 'A. K.', phone: null }).success).toBe(true);
    expect(caseRecordFieldsSchema.safeParse({ householdSize: 0 }).success).toBe(false);
  });
});

describe('record envelope', () => {
  it('parses the record example of SYNC-PROTOCOL.md', () => {
    const record = syncRecordSchema.parse({
      id: CASE_ID,
      type: 'case',
      teamId: 't_demo',
      caseId: CASE_ID,
      fields: { displayName: 'A. K.', legalStatus: 'ip_applicant' },
      clocks: { displayName: CLOCK, legalStatus: CLOCK },
      deleted: null,
      seq: '1843',
    });
    expect(record.fields).toEqual({ displayName: 'A. K.', legalStatus: 'ip_applicant' });
  });

  it('parses a tombstone without fields into empty fields and clocks', () => {
    const tombstone = syncRecordSchema.parse({ id: CASE_ID, type: 'case', caseId: CASE_ID, deleted: CLOCK, seq: '7' });
    expect(tombstone).toMatchObject({ fields: {}, clocks: {}, deleted: CLOCK });
  });

  it('rejects bad ids, clocks, types and sequences', () => {
    const base = { id: CASE_ID, type: 'case', fields: {}, clocks: {}, deleted: null };
    expect(syncRecordSchema.safeParse(base).success).toBe(true);
    expect(syncRecordSchema.safeParse({ ...base, id: 'case-1' }).success).toBe(false);
    expect(syncRecordSchema.safeParse({ ...base, type: 'invoice' }).success).toBe(false);
    expect(syncRecordSchema.safeParse({ ...base, clocks: { displayName: 'yesterday' } }).success).toBe(false);
    expect(syncRecordSchema.safeParse({ ...base, seq: '01' }).success).toBe(false);
    expect(syncRecordSchema.safeParse({ ...base, seq: 12 }).success).toBe(false);
  });
});
