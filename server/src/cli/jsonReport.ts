/**
 * The versioned JSON contract of `concord extract` and `concord check` (documented in README,
 * "JSON output"). Version 1. Add fields freely; rename or remove only with a new version.
 */
import type { LoadedCorpus } from './loadCorpus';
import { findingsOf } from '../core/index/findings';
import { KNOWLEDGE_BASE_FILE_CODE } from '../core/features/knowledgeBaseEdits';
import { LineIndex } from '../core/text/lines';
import type { Finding, Severity } from '../core/types';

/** Version of the JSON output. */
export const JSON_VERSION = 1;

/** One diagnostic in the JSON contract. */
export interface JsonDiagnostic {
  path: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  severity: Severity;
  code: string;
  message: string;
  related: { path: string; line: number; character: number; message: string }[];
}

/** Diagnostics of every loaded document, in path order. */
export function corpusDiagnostics(corpus: LoadedCorpus): JsonDiagnostic[] {
  const lines = new Map<string, LineIndex>();
  const lineIndex = (key: string) => {
    let li = lines.get(key);
    if (!li) lines.set(key, (li = new LineIndex(corpus.index.get(key)?.text ?? '')));
    return li;
  };
  const out: JsonDiagnostic[] = [];
  for (const key of corpus.paths) {
    for (const f of findingsOf(corpus.index, key)) out.push(toJsonDiagnostic(key, f, lineIndex));
  }
  const kb = corpus.knowledgeBase;
  if (kb) {
    const kbLines = new LineIndex(kb.text);
    const finding = (p: (typeof kb.problems)[number]): Finding => ({ ...p, code: KNOWLEDGE_BASE_FILE_CODE, severity: 'error', related: [], fixes: [] });
    for (const p of kb.problems) out.push(toJsonDiagnostic(kb.path, finding(p), () => kbLines));
  }
  return out;
}

function toJsonDiagnostic(key: string, f: Finding, lineIndex: (key: string) => LineIndex): JsonDiagnostic {
  const start = lineIndex(key).positionAt(f.start);
  const end = lineIndex(key).positionAt(f.end);
  return {
    path: key,
    line: start.line,
    character: start.character,
    endLine: end.line,
    endCharacter: end.character,
    severity: f.severity,
    code: f.code,
    message: f.message,
    related: f.related.map((r) => ({ path: r.doc || key, ...lineIndex(r.doc || key).positionAt(r.start), message: r.message })),
  };
}

/** The whole JSON report. */
export function jsonReport(corpus: LoadedCorpus): unknown {
  const documents = corpus.paths.map((key) => {
    const doc = corpus.index.get(key)!;
    const li = new LineIndex(doc.text);
    const at = (offset: number) => li.positionAt(offset);
    return {
      path: key,
      language: doc.facts.lang,
      figures: doc.facts.figures.map((f) => ({
        start: f.start,
        end: f.end,
        ...at(f.start),
        text: f.text,
        value: f.value,
        unit: f.unit,
        counted: f.counted,
        min: f.min,
        max: f.max,
        qualifier: f.qualifier,
        kind: f.kind,
      })),
      entities: corpus.index.entities.mentionsIn(key).map(({ mention: e, entity, confidence }) => ({
        start: e.start,
        end: e.end,
        ...at(e.start),
        text: e.text,
        type: e.type,
        id: e.id,
        // The entity the mention is linked to across files and scripts, and how sure that link is.
        entity: entity.id,
        canonical: entity.canonical,
        confidence,
        lang: e.lang,
        source: e.source,
        // A country's adjective or demonym (روسی), not its name.
        ...(e.adjective ? { adjective: true } : {}),
      })),
      claims: doc.facts.claims.map((c) => ({ figure: c.figure, key: c.key, time: c.time, events: c.events })),
      notes: doc.facts.notes,
    };
  });
  return {
    version: JSON_VERSION,
    documents,
    diagnostics: corpusDiagnostics(corpus),
    skipped: corpus.skipped,
  };
}
