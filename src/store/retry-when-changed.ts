// Optimistic writes: read and encode outside a transaction (codec.ts says why), then a
// transaction that checks what it read is still stored and throws ChangedMeanwhile when
// it is not (another tab, a pull); the whole write then runs again from what is stored.
import { failure, toStoreError, type Result } from './errors.ts';

const MAX_ATTEMPTS = 5;

/** Thrown inside a transaction to abort it when what a write read has changed meanwhile. */
export class ChangedMeanwhile extends Error {
  constructor() {
    super('record changed during the write');
    this.name = 'ChangedMeanwhile';
  }
}

/**
 * Run `operation` (read, encode, then a transaction that throws ChangedMeanwhile when what
 * it read has changed) until it gets through; storage failures become error values.
 */
export async function retryWhenChanged<T>(operation: () => Promise<Result<T>>): Promise<Result<T>> {
  for (let attemptNo = 0; attemptNo < MAX_ATTEMPTS; attemptNo += 1) {
    try {
      return await operation();
    } catch (thrown) {
      if (thrown instanceof ChangedMeanwhile) continue;
      return { ok: false, error: toStoreError(thrown) };
    }
  }
  return failure('busy');
}
