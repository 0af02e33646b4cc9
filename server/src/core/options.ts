/**
 * Analysis options: an immutable object passed to every core call (never read from globals).
 * The server builds it from `concord.*` settings, the CLI from flags and defaults.
 */
import { EMPTY_KNOWLEDGE_BASE, type KnowledgeBase } from './entities/model';
import type { DigitForm, DigitSystem, Lang, Severity } from './types';

/** How large numbers are grouped. */
export type Grouping = DigitForm['grouping'];

/** Per-rule settings. */
export interface RuleOptions {
  enabled: boolean;
  severity: Severity;
}

/** Everything the analysis depends on besides the text. */
export interface AnalysisOptions {
  /** Rule id → settings; rules missing here use their defaults. */
  readonly rules: Readonly<Record<string, Partial<RuleOptions>>>;
  /** Preferred digit system per language; 'dominant' follows the document's own majority. */
  readonly preferredDigits: Readonly<Partial<Record<Lang, DigitSystem | 'dominant'>>>;
  /** Preferred grouping of large numbers per language; absent or 'dominant' follows the document. */
  readonly preferredGrouping?: Readonly<Partial<Record<Lang, Grouping | 'dominant'>>>;
  /** Lines longer than this many UTF-16 units are not analysed (a note says so). */
  readonly maxLineLength: number;
  /** Relative reach of "about N" when comparing figures (0.1: about 70 covers 63–77). */
  readonly approxTolerance: number;
  /** The workspace knowledge base (names detection must know); absent means none. */
  readonly knowledgeBase?: KnowledgeBase;
}

/** Defaults used when a setting is absent. */
export const DEFAULT_OPTIONS: AnalysisOptions = Object.freeze({
  rules: Object.freeze({}),
  preferredDigits: Object.freeze({}),
  maxLineLength: 200_000,
  approxTolerance: 0.1,
});

/** A stable string for the options, so cached facts are reused only under equal options. */
export function optionsKey(options: AnalysisOptions): string {
  return JSON.stringify([options.rules, options.preferredDigits, options.preferredGrouping ?? {}, options.maxLineLength, options.approxTolerance, (options.knowledgeBase ?? EMPTY_KNOWLEDGE_BASE).hash]);
}

/** The effective settings of a rule. */
export function ruleSettings(options: AnalysisOptions, id: string, defaultSeverity: Severity): RuleOptions {
  const own = options.rules[id] ?? {};
  return { enabled: own.enabled ?? true, severity: own.severity ?? defaultSeverity };
}
