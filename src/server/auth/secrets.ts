// Bearer tokens, setup codes and invite codes: random, handed out once, stored only as a
// SHA-256 hash (a leaked database holds no usable credential). Random values are long
// enough that a fast hash is safe: guessing is the only attack, and 2^128+ is out of reach.
import { createHash, randomBytes } from 'node:crypto';

/** A device's bearer token: 32 random bytes (SYNC-PROTOCOL.md: at least 32). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A setup or invite code a person copies: 16 random bytes, 22 characters. */
export function newCode(): string {
  return randomBytes(16).toString('base64url');
}

export function secretHash(secret: string): string {
  return createHash('sha256').update(secret.trim(), 'utf8').digest('hex');
}
