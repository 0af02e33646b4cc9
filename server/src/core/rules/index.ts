/** The per-document rules, in the order they run. */
import type { DocumentRule } from './rule';
import { mixedDigits } from './mixedDigits';

/** Every per-document rule. */
export const DOCUMENT_RULES: readonly DocumentRule[] = [mixedDigits];
