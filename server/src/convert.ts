/**
 * The only place that turns core offsets into LSP positions and ranges (UTF-16, as LSP's default
 * position encoding), and core findings into LSP diagnostics and code actions.
 */
import {
  CodeAction,
  CodeActionKind,
  Diagnostic,
  DiagnosticSeverity,
  type Position,
  type Range,
  type TextEdit,
} from 'vscode-languageserver/node';
import { LineIndex } from './core/text/lines';
import type { Finding, QuickFix, Severity } from './core/types';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a Concord diagnostic carries so its quick fixes need no re-analysis. */
export interface DiagnosticData {
  /** Facts hash of the document the fixes were computed for; stale fixes are dropped. */
  hash: string;
  fixes: QuickFix[];
}

/** Range of an offset span. */
export function toRange(lines: LineIndex, start: number, end: number): Range {
  return { start: lines.positionAt(start), end: lines.positionAt(end) };
}

/** Offset of an LSP position. */
export function toOffset(lines: LineIndex, position: Position): number {
  return lines.offsetAt(position);
}

/** An LSP diagnostic for a finding; `locate` turns a related document key into a URI and lines. */
export function toDiagnostic(
  finding: Finding,
  uri: string,
  lines: LineIndex,
  hash: string,
  locate: (doc: string) => LineIndex | undefined,
): Diagnostic {
  const diagnostic = Diagnostic.create(toRange(lines, finding.start, finding.end), finding.message, SEVERITY[finding.severity], finding.code, 'concord');
  diagnostic.data = { hash, fixes: finding.fixes } satisfies DiagnosticData;
  const related = finding.related.flatMap((r) => {
    // An empty document key means the diagnosed document itself.
    const target = r.doc || uri;
    const other = target === uri ? lines : locate(target);
    return other ? [{ location: { uri: target, range: toRange(other, r.start, r.end) }, message: r.message }] : [];
  });
  if (related.length > 0) diagnostic.relatedInformation = related;
  return diagnostic;
}

/** Code actions for the Concord diagnostics of a request, if their fixes are still current. */
export function toCodeActions(uri: string, diagnostics: readonly Diagnostic[], lines: LineIndex, currentHash: string): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    const data = d.source === 'concord' ? (d.data as DiagnosticData | undefined) : undefined;
    if (!data || data.hash !== currentHash) continue;
    for (const fix of data.fixes) {
      const edits: TextEdit[] = fix.edits.map((e) => ({ range: toRange(lines, e.start, e.end), newText: e.newText }));
      const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix };
      if (edits.length > 0) action.edit = { changes: { [uri]: edits } };
      if (fix.command) action.command = { title: fix.title, command: fix.command.id, arguments: fix.command.args };
      action.diagnostics = [d];
      if (fix.preferred) action.isPreferred = true;
      actions.push(action);
    }
  }
  return actions;
}
