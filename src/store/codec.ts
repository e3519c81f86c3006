// The one encode/decode step between field values and IndexedDB (ARCHITECTURE.md, Privacy
// by design). Every field value, outbox `set` and draft passes through a Codec; nothing
// else in the store reads or writes them in the clear. Today's codec is plain JSON; the
// encryption issue swaps in an AES-GCM codec with the same interface.
//
// The interface is async because WebCrypto is. IndexedDB transactions commit when they
// wait on anything that is not an IndexedDB request, so callers encode BEFORE a
// transaction and decode AFTER reading, never inside one (see write.ts).

/** A stored, possibly encrypted, value. Plain JSON text today. */
export type Encoded = string;

export interface Codec {
  encode(value: unknown): Promise<Encoded>;
  decode(encoded: Encoded): Promise<unknown>;
  /**
   * The key under which a value is indexed when the screens filter by it but it should not
   * sit in IndexedDB in the clear (legal status, tags). Equal inputs give equal tokens. The
   * encrypting codec returns a keyed hash (HMAC) here; the plain codec the value itself.
   */
  indexToken(value: string): Promise<string>;
}

export const plainJsonCodec: Codec = {
  encode: (value) => Promise.resolve(JSON.stringify(value)),
  decode: (encoded) => Promise.resolve(JSON.parse(encoded) as unknown),
  indexToken: (value) => Promise.resolve(value),
};

/** The codec the app's store opens with (store.ts appStore; first-case-list.ts reads with it too). */
export const appCodec: Codec = plainJsonCodec;
