/**
 * Decisions users make about claims, kept in `.concord/decisions.json` (JSON with comments,
 * format version 1) so they survive restarts and can be reviewed in version control:
 * - `accepted`: a difference between values that is known and fine ("72 signatures vs about 70
 *   countries: both right"); the diagnostic goes away while the claim's values stay within them;
 * - `ignored`: a claim key Concord should never compare.
 * Parsing never throws: errors come back with offsets so the editor can show them in the file.
 */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { appendToJsonList } from '../text/jsonListEdits';
import { applyReplacements } from '../text/replace';
import type { Span, TextReplacement } from '../types';

/** Format version of the decisions file. */
export const DECISIONS_VERSION = 1;
/** Path of the decisions file, relative to the corpus root. */
export const DECISIONS_PATH = '.concord/decisions.json';

/** An accepted difference. */
export interface AcceptedDifference {
  claim: string;
  /** The values accepted, as Concord writes them in messages ("72", "~70"). */
  values: string[];
  note?: string;
}

/** An ignored claim. */
export interface IgnoredClaim {
  claim: string;
  note?: string;
}

/** The decisions in force. */
export interface ClaimDecisions {
  accepted: AcceptedDifference[];
  ignored: IgnoredClaim[];
}

/** No decisions. */
export const NO_DECISIONS: ClaimDecisions = { accepted: [], ignored: [] };

/** A problem in the decisions file. */
export interface DecisionsError extends Span {
  message: string;
}

/** Parses the decisions file; on errors, `decisions` is null and the caller keeps the last good ones. */
export function parseDecisions(text: string): { decisions: ClaimDecisions | null; errors: DecisionsError[] } {
  const parseErrors: ParseError[] = [];
  const raw = parse(text, parseErrors, { allowTrailingComma: true, disallowComments: false }) as unknown;
  const errors: DecisionsError[] = parseErrors.map((e) => ({ start: e.offset, end: e.offset + Math.max(1, e.length), message: `JSON: ${printParseErrorCode(e.error)}` }));
  if (errors.length > 0) return { decisions: null, errors };
  const whole = { start: 0, end: Math.min(text.length, 1) };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { decisions: null, errors: [{ ...whole, message: 'The decisions file must be a JSON object.' }] };
  const o = raw as Record<string, unknown>;
  if (o.version !== DECISIONS_VERSION) return { decisions: null, errors: [{ ...whole, message: `Unsupported "version": expected ${DECISIONS_VERSION}.` }] };
  const accepted = Array.isArray(o.accepted) ? o.accepted : [];
  const ignored = Array.isArray(o.ignored) ? o.ignored : [];
  const bad = [...accepted, ...ignored].find((e) => !e || typeof e !== 'object' || typeof (e as { claim?: unknown }).claim !== 'string');
  if (bad) return { decisions: null, errors: [{ ...whole, message: 'Every entry of "accepted" and "ignored" needs a "claim" string.' }] };
  return {
    decisions: {
      accepted: accepted.map((e) => ({ ...(e as AcceptedDifference), values: Array.isArray(e.values) ? e.values.map(String) : [] })),
      ignored: ignored as IgnoredClaim[],
    },
    errors: [],
  };
}

/** Whether a claim key is ignored. */
export function isIgnored(decisions: ClaimDecisions, claim: string): boolean {
  return decisions.ignored.some((i) => i.claim === claim);
}

/** Whether the values now stated for a claim are all within an accepted difference. */
export function isAccepted(decisions: ClaimDecisions, claim: string, values: readonly string[]): boolean {
  return decisions.accepted.some((a) => a.claim === claim && values.every((v) => a.values.includes(v)));
}

/** Edits that add a decision to the file's text, keeping its comments and formatting. */
export function decisionEdits(text: string, list: 'accepted' | 'ignored', entry: AcceptedDifference | IgnoredClaim): TextReplacement[] {
  const fresh = `{\n  // Concord: decisions about claims (format version ${DECISIONS_VERSION}). See README, "Decisions".\n  "version": ${DECISIONS_VERSION},\n  "accepted": [],\n  "ignored": []\n}\n`;
  return appendToJsonList(text, fresh, list, entry);
}

/** The file's text with a decision added. */
export function addDecision(text: string, list: 'accepted' | 'ignored', entry: AcceptedDifference | IgnoredClaim): string {
  return applyReplacements(text, decisionEdits(text, list, entry));
}
