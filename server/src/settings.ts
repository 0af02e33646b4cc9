/**
 * The `concord.*` settings: their type, defaults, and sanitising of whatever the client sends
 * (settings are user input: wrong types fall back to defaults, never crash the server).
 */
import { DEFAULT_OPTIONS, type AnalysisOptions, type Grouping, type RuleOptions } from './core/options';
import type { DigitSystem, Lang, Severity } from './core/types';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_MAX_FILE_BYTES } from './io/corpusFiles';

/** Sanitised settings. */
export interface Settings {
  include: readonly string[];
  exclude: readonly string[];
  maxFileBytes: number;
  /** Show values after number words and scale expressions. */
  inlayHints: boolean;
  analysis: AnalysisOptions;
}

/** Settings before the client has sent any. */
export const DEFAULT_SETTINGS: Settings = {
  include: DEFAULT_INCLUDE,
  exclude: DEFAULT_EXCLUDE,
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  inlayHints: false,
  analysis: DEFAULT_OPTIONS,
};

const SEVERITIES = new Set<string>(['error', 'warning', 'information', 'hint']);
const SYSTEMS = new Set<string>(['latn', 'arabext', 'arab', 'deva', 'dominant']);
const LANGS = new Set<string>(['ur', 'fa', 'hi', 'en', 'ar']);
const GROUPINGS = new Set<string>(['western', 'indian', 'none', 'dominant']);

function stringArray(v: unknown, fallback: readonly string[]): readonly string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : fallback;
}

/** Turns the raw `concord` configuration section into settings. */
export function sanitiseSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const files = (r.files && typeof r.files === 'object' ? r.files : {}) as Record<string, unknown>;
  const rules: Record<string, Partial<RuleOptions>> = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [id, level] of Object.entries(r.rules as Record<string, unknown>)) {
      const key = id.startsWith('concord.') ? id : `concord.${id}`;
      if (level === 'off') rules[key] = { enabled: false };
      else if (typeof level === 'string' && SEVERITIES.has(level)) rules[key] = { enabled: true, severity: level as Severity };
    }
  }
  const preferredDigits: Partial<Record<Lang, DigitSystem | 'dominant'>> = {};
  const digits = r.digits && typeof r.digits === 'object' ? (r.digits as Record<string, unknown>).preferred : undefined;
  if (digits && typeof digits === 'object') {
    for (const [lang, system] of Object.entries(digits as Record<string, unknown>)) {
      if (LANGS.has(lang) && typeof system === 'string' && SYSTEMS.has(system)) preferredDigits[lang as Lang] = system as DigitSystem | 'dominant';
    }
  }
  const preferredGrouping: Partial<Record<Lang, Grouping | 'dominant'>> = {};
  const grouping = r.digits && typeof r.digits === 'object' ? (r.digits as Record<string, unknown>).grouping : undefined;
  if (grouping && typeof grouping === 'object') {
    for (const [lang, style] of Object.entries(grouping as Record<string, unknown>)) {
      if (LANGS.has(lang) && typeof style === 'string' && GROUPINGS.has(style)) preferredGrouping[lang as Lang] = style as Grouping | 'dominant';
    }
  }
  const claims = (r.claims && typeof r.claims === 'object' ? r.claims : {}) as Record<string, unknown>;
  const tolerance = typeof claims.approxTolerance === 'number' && claims.approxTolerance >= 0 && claims.approxTolerance <= 1 ? claims.approxTolerance : DEFAULT_OPTIONS.approxTolerance;
  const maxMb = typeof files.maxFileSize === 'number' && files.maxFileSize > 0 ? files.maxFileSize : DEFAULT_MAX_FILE_BYTES / 1024 / 1024;
  return {
    include: stringArray(files.include, DEFAULT_INCLUDE),
    exclude: [...DEFAULT_EXCLUDE, ...stringArray(files.exclude, [])],
    maxFileBytes: maxMb * 1024 * 1024,
    inlayHints: (r.inlayHints as { values?: unknown } | undefined)?.values === true,
    analysis: { ...DEFAULT_OPTIONS, rules, preferredDigits, preferredGrouping, approxTolerance: tolerance },
  };
}
