// Cutting the outbox into pushes within the protocol's limits (SYNC-PROTOCOL.md, Errors:
// at most 1000 mutations and 4 MiB per push). Pure.
import { MAX_BODY_BYTES, MAX_MUTATIONS_PER_PUSH, type Mutation } from '../domain/protocol.ts';

export interface BatchLimits {
  maxCount: number;
  maxBytes: number;
}

export const PROTOCOL_LIMITS: BatchLimits = { maxCount: MAX_MUTATIONS_PER_PUSH, maxBytes: MAX_BODY_BYTES };

export interface Batch {
  mutations: Mutation[];
  /** The push request's JSON text, `{"mutations":[…]}`. */
  body: string;
  bytes: number;
}

const OPEN = '{"mutations":[';
const CLOSE = ']}';
const encoder = new TextEncoder();

/**
 * The longest prefix of `queue` that fits the limits. At least one mutation when the queue
 * is not empty, even one too big on its own: the endpoint's 413 then says so (push.ts).
 */
export function takeBatch(queue: readonly Mutation[], limits: BatchLimits): Batch {
  const parts: string[] = [];
  let bytes = OPEN.length + CLOSE.length;
  for (const mutation of queue.slice(0, Math.max(1, limits.maxCount))) {
    const json = JSON.stringify(mutation);
    const size = encoder.encode(json).length + (parts.length > 0 ? 1 : 0);
    if (parts.length > 0 && bytes + size > limits.maxBytes) break;
    parts.push(json);
    bytes += size;
  }
  return { mutations: queue.slice(0, parts.length), body: `${OPEN}${parts.join(',')}${CLOSE}`, bytes };
}
