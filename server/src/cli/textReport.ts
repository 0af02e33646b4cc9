/**
 * Human-readable output: `path:line:col: severity code: message` lines (clickable in terminals and
 * editors) for `check`, and one line per figure and per entity mention for `extract`. Mixed-script text is wrapped in
 * bidi isolates so Urdu, Persian and Latin read in the right order.
 */
import { describeFigure } from '../core/features/describeFigure';
import { describeConfidence } from '../core/features/entityHover';
import { LineIndex } from '../core/text/lines';
import { isolate } from '../core/text/bidi';
import { corpusDiagnostics, type JsonDiagnostic } from './jsonReport';
import type { LoadedCorpus } from './loadCorpus';

/** Lines of `concord extract --format text`. */
export function extractText(corpus: LoadedCorpus): string[] {
  const out: string[] = [];
  for (const key of corpus.paths) {
    const doc = corpus.index.get(key)!;
    const li = new LineIndex(doc.text);
    out.push(`${key} (${doc.facts.lang}): ${doc.facts.figures.length} figures, ${doc.facts.entities.length} entities`);
    for (const f of doc.facts.figures) {
      const p = li.positionAt(f.start);
      const rows = describeFigure(f, doc.facts.lang).map((r) => `${r.label.toLowerCase()} ${r.value}`);
      out.push(`  ${p.line + 1}:${p.character + 1}  ${isolate(f.text)}  ${rows.join('; ')}`);
    }
    for (const { mention, entity, confidence } of corpus.index.entities.mentionsIn(key)) {
      const p = li.positionAt(mention.start);
      out.push(`  ${p.line + 1}:${p.character + 1}  ${isolate(mention.text)}  ${mention.type} → ${isolate(entity.canonical)}, link ${describeConfidence(confidence)}`);
    }
  }
  return out.concat(skippedLines(corpus));
}

/** Lines of `concord check --format text`, ending with a summary. */
export function checkText(corpus: LoadedCorpus, diagnostics: readonly JsonDiagnostic[] = corpusDiagnostics(corpus)): string[] {
  const out = diagnostics.map((d) => {
    const related = d.related.map((r) => `\n    see ${r.path}:${r.line + 1}:${r.character + 1}${r.message ? ` ${r.message}` : ''}`).join('');
    return `${d.path}:${d.line + 1}:${d.character + 1}: ${d.severity} ${d.code}: ${d.message}${related}`;
  });
  const count = (s: string) => diagnostics.filter((d) => d.severity === s).length;
  out.push(...skippedLines(corpus));
  out.push(
    `${corpus.paths.length} files checked: ${count('error')} errors, ${count('warning')} warnings, ` +
      `${count('information')} information, ${count('hint')} hints; ${corpus.skipped.length} skipped`,
  );
  return out;
}

function skippedLines(corpus: LoadedCorpus): string[] {
  return corpus.skipped.map((s) => `note: skipped ${s.path}: ${s.reason}`);
}
