/**
 * Per-document editor features beyond hover and diagnostics: value-preserving rewrites of the
 * figure under the cursor (code actions), inlay hints with the value of number words and scale
 * expressions (off by default), and semantic tokens for figures and entities.
 */
import { CodeActionKind, SemanticTokensBuilder, type CodeAction, type Connection, type InlayHint } from 'vscode-languageserver/node';
import { describeValue } from '../core/features/describeFigure';
import { figureAt } from '../core/features/hover';
import { figureRewrites } from '../core/features/rewrites';
import { semanticSpans } from '../core/features/tokens';
import { toOffset, toRange } from '../convert';
import type { CorpusWorkspace } from '../corpusWorkspace';
import type { Span } from '../core/types';

/**
 * Registers inlay hints and semantic tokens; returns the rewrite provider for code actions.
 * `isRejected` tells which detections of a document the user rejected (they get no token).
 */
export function registerEditorFeatures(connection: Connection, corpus: CorpusWorkspace, inlayHintsOn: () => boolean, isRejected: (uri: string, span: Span) => boolean = () => false) {
  connection.languages.inlayHint.on((params): InlayHint[] => {
    const doc = corpus.index.get(params.textDocument.uri);
    const lines = corpus.linesOf(params.textDocument.uri);
    if (!doc || !lines || !inlayHintsOn()) return [];
    const from = toOffset(lines, params.range.start);
    const to = toOffset(lines, params.range.end);
    return doc.facts.figures
      .filter((f) => f.end >= from && f.start <= to && (f.digitRuns.length === 0 || (f.digits !== null && f.number.end > f.digits.end)) && f.value !== null)
      .map((f) => ({ position: lines.positionAt(f.end), label: ` = ${describeValue(f)}`, paddingLeft: true }));
  });

  connection.languages.semanticTokens.on((params) => {
    const doc = corpus.index.get(params.textDocument.uri);
    const lines = corpus.linesOf(params.textDocument.uri);
    const builder = new SemanticTokensBuilder();
    if (!doc || !lines) return builder.build();
    for (const span of semanticSpans(doc.facts)) {
      if (isRejected(params.textDocument.uri, span)) continue;
      const start = lines.positionAt(span.start);
      const end = lines.positionAt(span.end);
      // Tokens cannot span lines; figures and names never do, but stay safe.
      if (end.line === start.line) builder.push(start.line, start.character, end.character - start.character, span.type, 0);
    }
    return builder.build();
  });

  /** Rewrites of the figure at the start of a range, as refactor code actions. */
  return (uri: string, range: { start: { line: number; character: number } }): CodeAction[] => {
    const doc = corpus.index.get(uri);
    const lines = corpus.linesOf(uri);
    if (!doc || !lines) return [];
    const figure = figureAt(doc.facts, toOffset(lines, range.start));
    if (!figure) return [];
    return figureRewrites(figure, doc.text, doc.facts.lang).map((fix) => ({
      title: fix.title,
      kind: CodeActionKind.RefactorRewrite,
      edit: { changes: { [uri]: fix.edits.map((e) => ({ range: toRange(lines, e.start, e.end), newText: e.newText })) } },
    }));
  };
}
