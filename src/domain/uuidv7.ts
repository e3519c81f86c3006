// Record ids: UUID version 7 (RFC 9562, section 5.7): 48-bit Unix milliseconds, then
// random bits. Ids made later sort later, which keeps IndexedDB and SQLite indexes compact.
// Pure: the caller passes the time and at least 10 random bytes (74 random bits are used).
// Apart from ids.ts (which adds the schema) so that screens reading ids load no zod.
const MAX_UNIX_MS = 2 ** 48 - 1;

export function uuidv7(nowMs: number, random: Uint8Array): string {
  if (!Number.isInteger(nowMs) || nowMs < 0 || nowMs > MAX_UNIX_MS) {
    throw new RangeError('UUIDv7 time must be whole Unix milliseconds that fit 48 bits');
  }
  if (random.length < 10) throw new RangeError('UUIDv7 needs at least 10 random bytes');
  const bytes = new Uint8Array(16);
  let ms = nowMs;
  for (let i = 5; i >= 0; i -= 1) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = 0x70 | ((random[0] as number) & 0x0f); // version 7 + rand_a
  bytes[7] = random[1] as number;
  bytes[8] = 0x80 | ((random[2] as number) & 0x3f); // variant 10 + rand_b
  bytes.set(random.subarray(3, 10), 9);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The Unix milliseconds a UUIDv7 was made at. */
export function uuidv7Ms(id: string): number {
  return Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}
