/**
 * Comparison signs written before a number the same way in every language (x > 10, ≥ 5, < = 100).
 * Merged into every language's qualifiers before a number; keys are tokenized as text is, so
 * "<=" also matches "< =" typed with a space.
 */
import type { Qualifier } from '../types';

/** Comparison signs → the qualifier they give the number after them. */
export const COMPARISON_SIGNS: Readonly<Record<string, Qualifier>> = {
  '>': 'more-than', '>=': 'at-least', '≥': 'at-least', '<': 'less-than', '<=': 'at-most', '≤': 'at-most',
  // "Not equal" and arrows are no bound Concord models; listed so their ">" is not read as "more than".
  '<>': 'exact', '!=': 'exact', '≠': 'exact', '=>': 'exact', '=<': 'exact',
};
