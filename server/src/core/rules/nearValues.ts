/**
 * Which of several values of one claim stand for each other across two files (see
 * figureConflict.ts): of the seats of several parties, a value told differently is compared with
 * the one much nearest to it, not with every other.
 */
import { centralValue } from '../claims/compare';
import type { Statement } from '../index/claimIndex';
import type { Figure } from '../types';

/** How far apart two values are, as the log of their ratio (Infinity when either cannot be weighed). */
function distance(v: number | null, w: number | null): number {
  return v === null || w === null || v <= 0 || w <= 0 ? Infinity : Math.abs(Math.log(w / v));
}

/**
 * Of several statements another file states and this one does not, those nearest in value to this
 * file's one left over, when some are much nearer than others (`NEARER`): "156 seats" in a
 * translation is the other file's 159 told differently, not its 40 (another party's); 7 percent
 * against 6 and 8 percent could be either. With one, or values that cannot be weighed, all of them.
 */
export function nearest(mine: Figure, statements: Statement[]): Statement[] {
  const v = centralValue(mine);
  if (statements.length < 2 || v === null || v <= 0) return statements;
  const far = statements.map((s) => distance(v, centralValue(s.first())));
  const best = Math.min(...far);
  return best === Infinity ? statements : statements.filter((_, k) => far[k] <= NEARER * best);
}

/** Whether a statement's value is within `NEAR` times of a figure's, or a power of ten off (a scale slip: a lakh for a crore). */
export function nearOrSlip(mine: Figure, s: Statement): boolean {
  const [v, w] = [centralValue(mine), centralValue(s.first())];
  if (v === null || w === null || v <= 0 || w <= 0) return true;
  const ratio = Math.log10(Math.max(v, w) / Math.min(v, w));
  return ratio <= Math.log10(NEAR) || (ratio >= 0.99 && Math.abs(ratio - Math.round(ratio)) < SLIP);
}

/** Values of one claim this many times apart or more, both sides stating several, are of different things (32 and 78 seats: two parties). */
const NEAR = 2;
/** How close to a power of ten (in log10) a ratio must be to be a scale slip. */
const SLIP = 0.01;

/** How many times nearer (in the ratio of values) one statement must be than another to stand for the difference alone. */
const NEARER = 2;
