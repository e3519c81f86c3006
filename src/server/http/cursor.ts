// Opaque cursors for pull and audit: base64url of a small JSON naming the team and the
// position, so a cursor from another team or another list is refused instead of misread.
import { invalidRequest } from './api-error.ts';

type CursorKind = 'pull' | 'audit';

export function encodeCursor(kind: CursorKind, teamId: string, position: number): string {
  return Buffer.from(JSON.stringify({ k: kind, t: teamId, p: position }), 'utf8').toString('base64url');
}

/** The position in a cursor; no cursor means from the beginning (0). Throws 400 on anything else. */
export function decodeCursor(kind: CursorKind, teamId: string, cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = null;
  }
  const { k, t, p } = (value ?? {}) as { k?: unknown; t?: unknown; p?: unknown };
  if (k !== kind || t !== teamId || typeof p !== 'number' || !Number.isSafeInteger(p) || p < 0) {
    throw invalidRequest('The cursor is not one this endpoint gave to this team; start again without a cursor.', [
      { path: ['cursor'], code: 'invalid_cursor', message: 'unknown cursor' },
    ]);
  }
  return p;
}
