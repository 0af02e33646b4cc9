/** Helpers shared by figure tests: analyse a text and describe its figures compactly. */
import { analyzeDocument } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS, type AnalysisOptions } from '../../server/src/core/options';
import type { Figure } from '../../server/src/core/types';

/** The figures of a text under options (defaults when omitted). */
export function figuresOf(text: string, options: AnalysisOptions = DEFAULT_OPTIONS): Figure[] {
  return analyzeDocument(text, options).figures;
}

/** "text=value/kind" or "text=min..max/kind", with unit, qualifier and counted when set. */
export function brief(f: Figure): string {
  const value = f.min !== null && f.max !== null ? `${f.min}..${f.max}` : String(f.value);
  const extra = [f.unit && `unit ${f.unit}`, f.qualifier !== 'exact' && f.qualifier !== 'range' && f.qualifier, f.counted && `counts ${f.counted}`].filter(Boolean);
  return `${f.text}=${value}/${f.kind}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}
