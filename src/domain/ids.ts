// Record ids: UUID version 7 (made in uuidv7.ts) and the schema every id on the wire passes.
import { z } from 'zod';

// RFC 9562 layout: version nibble 1..8, variant bits 10 (hex 8, 9, a, b). Lower-case only,
// so one id has one spelling and string equality is id equality.
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export const uuidSchema = z.string().regex(UUID_PATTERN, 'validation.invalidId');

export { uuidv7, uuidv7Ms } from './uuidv7.ts';
