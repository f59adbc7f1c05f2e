import { z } from 'zod';

/** A score from 0 to 100. */
export const score100 = z.number().min(0).max(100);
