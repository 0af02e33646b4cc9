/**
 * Navigation between statements of a claim: definition (the same claim in other files),
 * references (every statement), code lenses ("also in 3 files: …"), source-line document links,
 * and the `concord/claims` request behind the claims view. Look up, call a pure feature, convert.
 */
import type { CodeLens, Connection, DocumentLink, Location } from 'vscode-languageserver/node';
import { claimAt, claimLenses, sameClaimElsewhere, statementsOf, type Statement } from '../core/features/claims';
import { describeValue } from '../core/features/describeFigure';
import { shortDocName } from '../core/features/docNames';
import { sourceLinks } from '../core/features/sourceLinks';
import { compareFigures } from '../core/claims/compare';
import { toOffset, toRange } from '../convert';
import type { CorpusWorkspace } from '../corpusWorkspace';
import type { EntityFeatures } from './entities';

/** One statement in the claims view. */
export interface ClaimStatementView {
  uri: string;
  range: ReturnType<typeof toRange>;
  text: string;
  value: string;
  lang: string;
}

/** One claim in the claims view, with how its statements relate. */
export interface ClaimView {
  key: string;
  concept: string;
  predicate: string;
  time: string | null;
  agreement: 'agree' | 'differ' | 'conflict';
  files: number;
  statements: ClaimStatementView[];
}

/** Registers the navigation handlers; where no claim is under the cursor, `entities` answers. */
export function registerNavigation(connection: Connection, corpus: CorpusWorkspace, entities: Pick<EntityFeatures, 'definition' | 'references' | 'codeLenses'>): void {
  const location = (s: Statement): Location[] => {
    const lines = corpus.linesOf(s.doc);
    return lines ? [{ uri: s.doc, range: toRange(lines, s.start, s.end) }] : [];
  };
  const claimAtPosition = (uri: string, position: { line: number; character: number }) => {
    const lines = corpus.linesOf(uri);
    return lines ? claimAt(corpus.index, uri, toOffset(lines, position)) : null;
  };

  connection.onDefinition((params) => {
    const found = claimAtPosition(params.textDocument.uri, params.position);
    if (!found) return entities.definition(params.textDocument.uri, params.position);
    return sameClaimElsewhere(corpus.index, params.textDocument.uri, found, true).flatMap(location);
  });

  connection.onReferences((params) => {
    const found = claimAtPosition(params.textDocument.uri, params.position);
    if (!found) return entities.references(params.textDocument.uri, params.position, params.context.includeDeclaration);
    return statementsOf(corpus.index, found.claim.key, params.textDocument.uri)
      .filter((s) => params.context.includeDeclaration || s.figure !== found.figure)
      .flatMap(location);
  });

  connection.onCodeLens((params): CodeLens[] => {
    const uri = params.textDocument.uri;
    const lines = corpus.linesOf(uri);
    if (!lines) return entities.codeLenses(uri);
    return claimLenses(corpus.index, uri, shortDocName).map((lens) => {
      const range = toRange(lines, lens.start, lens.end);
      return { range, command: { title: lens.title, command: 'concord.showReferences', arguments: [uri, range.start, lens.others.flatMap(location)] } };
    });
  });

  connection.onDocumentLinks((params): DocumentLink[] => {
    const doc = corpus.index.get(params.textDocument.uri);
    const lines = corpus.linesOf(params.textDocument.uri);
    if (!doc || !lines) return [];
    return sourceLinks(doc.text).map((l) => ({ range: toRange(lines, l.start, l.end), target: l.target, tooltip: 'Open the article source' }));
  });

  connection.onRequest('concord/claims', (): ClaimView[] => claimsView(corpus));
}

/** Claims stated in more than one file, conflicts first. */
export function claimsView(corpus: CorpusWorkspace): ClaimView[] {
  const groups = new Map<string, Statement[]>();
  for (const doc of corpus.index.documents()) {
    for (const claim of doc.facts.claims) {
      const group = `${claim.key}@${claim.time ?? ''}`;
      if (!groups.has(group)) groups.set(group, statementsOf(corpus.index, claim.key).filter((s) => s.claim.time === claim.time));
    }
  }
  const views: ClaimView[] = [];
  for (const statements of groups.values()) {
    const files = new Set(statements.map((s) => s.doc)).size;
    if (files < 2) continue;
    const first = statements[0];
    let agreement: ClaimView['agreement'] = 'agree';
    for (const a of statements) {
      for (const b of statements) {
        const r = compareFigures(a.figure, b.figure);
        if (r === 'conflict') agreement = 'conflict';
        else if (r === 'compatible' && agreement === 'agree') agreement = 'differ';
      }
    }
    views.push({
      key: first.claim.key,
      concept: first.claim.concept,
      predicate: first.claim.predicate,
      time: first.claim.time,
      agreement,
      files,
      statements: statements.flatMap((s) => {
        const lines = corpus.linesOf(s.doc);
        const lang = corpus.index.get(s.doc)?.facts.lang ?? 'und';
        return lines ? [{ uri: s.doc, range: toRange(lines, s.start, s.end), text: s.figure.text, value: describeValue(s.figure), lang }] : [];
      }),
    });
  }
  const order = { conflict: 0, differ: 1, agree: 2 };
  return views.sort((a, b) => order[a.agreement] - order[b.agreement] || b.files - a.files || a.key.localeCompare(b.key));
}
