// How big a record may grow (SYNC-PROTOCOL.md, Records): at most 1,000 fields and
// 256 KiB of field JSON, and no value nested deeper than 16 levels. Deep values are
// checked without recursion, so a value nested thousands of levels deep is an ordinary
// `invalid_request`, not a stack overflow.
export const MAX_VALUE_DEPTH = 16;
export const MAX_RECORD_FIELDS = 1000;
export const MAX_RECORD_FIELD_BYTES = 256 * 1024;

export const recordLimitMessages = {
  tooDeep: `A value may be nested at most ${MAX_VALUE_DEPTH} levels deep.`,
  tooManyFields: `A record holds at most ${MAX_RECORD_FIELDS.toLocaleString('en')} fields.`,
  tooLarge: `A record holds at most ${MAX_RECORD_FIELD_BYTES / 1024} KiB of field values.`,
} as const;

/** True when `value` has containers nested more than `limit` levels (a plain string or number: 0). */
export function nestsDeeperThan(value: unknown, limit = MAX_VALUE_DEPTH): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    const depth = next.depth + 1;
    if (depth > limit) return true;
    const children = Array.isArray(next.value) ? next.value : Object.values(next.value);
    for (const child of children) pending.push({ value: child, depth });
  }
  return false;
}

/** The bytes of a string in UTF-8, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one four-byte character.
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

export interface RecordSize {
  fields: number;
  /** bytes of the fields as JSON (UTF-8) */
  bytes: number;
}

// `{"name":value,` per field, plus the closing brace: JSON.stringify's length for any
// record with fields, summed field by field so a change can be measured by its fields.
function entryBytes(name: string, value: unknown): number {
  return utf8Length(JSON.stringify(name)) + 1 + utf8Length(JSON.stringify(value) ?? 'null') + 1;
}

export function recordSize(fields: Record<string, unknown>): RecordSize {
  let bytes = 1;
  const names = Object.keys(fields);
  for (const name of names) bytes += entryBytes(name, fields[name]);
  return { fields: names.length, bytes };
}

/** The size after `changed` fields went from `before` to `after`, measuring only those fields. */
export function resized(
  size: RecordSize,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  changed: readonly string[],
): RecordSize {
  let { fields, bytes } = size;
  for (const name of changed) {
    if (Object.hasOwn(before, name)) {
      bytes -= entryBytes(name, before[name]);
      fields -= 1;
    }
    if (Object.hasOwn(after, name)) {
      bytes += entryBytes(name, after[name]);
      fields += 1;
    }
  }
  return { fields, bytes };
}

/** Why a record of this size breaks a size rule, or null when it fits. */
export function recordSizeProblem(size: RecordSize): string | null {
  if (size.fields > MAX_RECORD_FIELDS) return recordLimitMessages.tooManyFields;
  if (size.bytes > MAX_RECORD_FIELD_BYTES) return recordLimitMessages.tooLarge;
  return null;
}
