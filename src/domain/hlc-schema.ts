// The schema every clock on the wire passes (SYNC-PROTOCOL.md, "Hybrid logical clock").
import { z } from 'zod';
import { hasRealTime, HLC_PATTERN } from './hlc.ts';

export const hlcSchema = z.string().regex(HLC_PATTERN, 'validation.invalidClock').refine(hasRealTime, 'validation.invalidClock');
