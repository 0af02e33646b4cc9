/**
 * `concord.mixed-digits`: one document writes figures in more than one digit system (ASCII 70
 * beside Persian ۱۸). Each figure outside the document's dominant system is reported, with fixes
 * that rewrite that figure, or every figure of the document, in the dominant system. When
 * `concord.digits.preferred` names a system for the document's language, that system is the target,
 * and a document written wholly in another one is reported too.
 */
import { rewriteDigits } from '../figures/digitForm';
import { isolate } from '../text/bidi';
import { replaceWithin } from '../text/replace';
import type { DigitSystem, Figure, Finding, Lang, TextReplacement } from '../types';
import type { DocumentRule } from './rule';
import { CONVENTIONAL_DIGITS, DIGIT_SYSTEM_NAMES } from './digitSystemNames';


/** The rule. */
export const mixedDigits: DocumentRule = {
  id: 'concord.mixed-digits',
  defaultSeverity: 'warning',
  description: 'A document writes figures in more than one digit system.',
  check(facts, text, options, severity) {
    const counts = new Map<DigitSystem, number>();
    for (const f of facts.figures) for (const run of f.digitRuns) counts.set(run.system, (counts.get(run.system) ?? 0) + 1);
    const preferred = options.preferredDigits[facts.lang];
    const wanted = preferred && preferred !== 'dominant' ? preferred : null;
    // A document in one system is consistent, unless the setting asks this language for another.
    if (counts.size < (wanted && !counts.has(wanted) ? 1 : 2)) return [];
    const target = wanted ?? dominantSystem(counts, facts.lang);
    const editsOf = facts.figures.map((f) => rewriteEdits(f, text, target));
    const allEdits = editsOf.flat();
    const others = [...counts.entries()].filter(([s]) => s !== target).map(([s, n]) => `${DIGIT_SYSTEM_NAMES[s]} in ${n}`);
    const findings: Finding[] = [];
    for (let k = 0; k < facts.figures.length; k++) {
      const figure = facts.figures[k];
      const edits = editsOf[k];
      if (edits.length === 0) continue;
      const converted = replaceWithin(text, figure, edits);
      const system = figure.digitRuns.find((r) => r.system !== target)!.system;
      findings.push({
        start: figure.start,
        end: figure.end,
        code: mixedDigits.id,
        severity,
        message:
          `${isolate(figure.text)} is written in ${DIGIT_SYSTEM_NAMES[system]}; ` +
          (wanted ? `the setting concord.digits.preferred asks for ${DIGIT_SYSTEM_NAMES[target]} in this language` : `this document mostly uses ${DIGIT_SYSTEM_NAMES[target]}`) +
          ` (${DIGIT_SYSTEM_NAMES[target]} in ${counts.get(target) ?? 0} figures, ${others.join(', ')}).`,
        related: [],
        fixes: [
          { title: `Write ${isolate(figure.text)} as ${isolate(converted)} (${DIGIT_SYSTEM_NAMES[target]})`, edits, preferred: true },
          { title: `Write all figures of this document in ${DIGIT_SYSTEM_NAMES[target]}`, edits: allEdits },
        ],
      });
    }
    return findings;
  },
};

function dominantSystem(counts: Map<DigitSystem, number>, lang: Lang): DigitSystem {
  let best: DigitSystem = CONVENTIONAL_DIGITS[lang];
  let bestCount = counts.get(best) ?? 0;
  for (const [system, n] of counts) if (n > bestCount) [best, bestCount] = [system, n];
  return best;
}

/** Edits that rewrite a figure's digit runs in `target`, keeping every value. */
function rewriteEdits(figure: Figure, text: string, target: DigitSystem): TextReplacement[] {
  const edits: TextReplacement[] = [];
  for (const run of figure.digitRuns) {
    if (run.system === target) continue;
    const newText = rewriteDigits(text.slice(run.start, run.end), { system: target });
    if (newText !== null) edits.push({ start: run.start, end: run.end, newText });
  }
  return edits;
}
