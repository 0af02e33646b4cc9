/** The per-document rules, in the order they run. */
import type { DocumentRule } from './rule';
import { figureInconsistency } from './figureInconsistency';
import { mixedDigits } from './mixedDigits';
import { notAnalysed } from './notAnalysed';
import { separators } from './separators';
import { sequence } from './sequence';

/** Every per-document rule. */
export const DOCUMENT_RULES: readonly DocumentRule[] = [notAnalysed, mixedDigits, separators, sequence, figureInconsistency];
