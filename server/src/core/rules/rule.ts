/**
 * The shape of a per-document rule: a stable id, a default severity, and `check()` over the
 * document's facts. Quick fixes travel in the findings, so code actions need no re-analysis.
 */
import type { AnalysisOptions } from '../options';
import type { DocumentFacts, Finding, Severity } from '../types';

/** A rule that needs only one document. */
export interface DocumentRule {
  /** Stable id, e.g. `concord.mixed-digits`; also the diagnostic code and the settings key. */
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** One-line description for documentation and settings. */
  readonly description: string;
  check(facts: DocumentFacts, text: string, options: AnalysisOptions, severity: Severity): Finding[];
}
