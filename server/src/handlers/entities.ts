/**
 * Entity features in the editor: hover, definition, references, highlights, workspace and
 * document symbols, rename, the "Add to knowledge base" code action, and which documents to
 * re-publish when spellings change. Each handler looks up, calls a pure feature, and converts.
 */
import {
  CodeActionKind,
  DocumentHighlightKind,
  ResponseError,
  SymbolKind,
  type CodeAction,
  type CodeLens,
  type Connection,
  type DocumentSymbol,
  type Location,
  type Position,
  type TextEdit,
} from 'vscode-languageserver/node';
import { displayName } from '../core/features/docNames';
import { entityHover, mentionAt } from '../core/features/entityHover';
import {
  documentOutline,
  entityDefinition,
  entityHighlights,
  entityReferences,
  entityRenameEdits,
  entitySymbols,
  prepareEntityRename,
  mentionSummary,
  type OutlineNode,
} from '../core/features/entityNavigation';
import { ADD_TO_KNOWLEDGE_BASE_COMMAND, proposeEntry, renameNameEdits } from '../core/features/knowledgeBaseEdits';
import type { EntityRecord } from '../core/entities/model';
import type { HoverResult } from '../core/features/hover';
import { spellingNeighbours } from '../core/rules/entitySpelling';
import { languageName } from '../core/text/language';
import { isolate } from '../core/text/bidi';
import type { EntityType, Span } from '../core/types';
import { toOffset, toRange } from '../convert';
import type { CorpusWorkspace } from '../corpusWorkspace';
import type { KnowledgeBaseFile, KnowledgeBaseName } from './knowledgeBase';

const SYMBOL_KIND: Readonly<Record<EntityType | 'figure' | 'group', SymbolKind>> = {
  person: SymbolKind.Variable,
  place: SymbolKind.Namespace,
  organisation: SymbolKind.Class,
  document: SymbolKind.File,
  other: SymbolKind.Object,
  figure: SymbolKind.Number,
  group: SymbolKind.Package,
};

/** Entity lookups the shared hover, definition, references and code-action handlers fall back to. */
export interface EntityFeatures {
  hover(uri: string, position: Position): HoverResult | null;
  definition(uri: string, position: Position): Location[] | null;
  references(uri: string, position: Position, includeDeclaration: boolean): Location[] | null;
  codeActions(uri: string, position: Position): CodeAction[];
  /** Lenses over the knowledge-base file's entries: how often each entity is mentioned, opening the mentions. */
  codeLenses(uri: string): CodeLens[];
  /** Other documents whose spelling findings may change along with `uris` (before or after the change). */
  neighboursOf(uris: ReadonlySet<string>): Set<string>;
  /** Runs the "Add to knowledge base" command. */
  addToKnowledgeBase(args: unknown[]): Promise<void>;
}

/** What the handlers need to know about the editor. */
export interface EditorState {
  /** Version of an open document, null when it is closed. */
  versionOf(uri: string): number | null;
  /** Text of an open document, null when it is closed. */
  textOf(uri: string): string | null;
  /** Whether the client takes annotated document changes (so renames can ask for a preview). */
  annotatedEdits(): boolean;
}

/** Registers highlights, symbols and rename; returns the lookups other handlers fall back to. */
export function registerEntities(connection: Connection, corpus: CorpusWorkspace, knowledgeBase: KnowledgeBaseFile, editor: EditorState): EntityFeatures {
  const index = corpus.index;
  const offsetIn = (uri: string, position: Position): number | null => {
    const lines = corpus.linesOf(uri);
    return lines ? toOffset(lines, position) : null;
  };
  const location = (doc: string, span: Span): Location[] => {
    const lines = corpus.linesOf(doc);
    return lines ? [{ uri: doc, range: toRange(lines, span.start, span.end) }] : [];
  };
  const neighbours = new Map<string, ReadonlySet<string>>();

  connection.onDocumentHighlight((params) => {
    const offset = offsetIn(params.textDocument.uri, params.position);
    if (offset === null) return [];
    return entityHighlights(index, params.textDocument.uri, offset).flatMap((s) => location(params.textDocument.uri, s).map((l) => ({ range: l.range, kind: DocumentHighlightKind.Text })));
  });

  connection.onWorkspaceSymbol((params) =>
    entitySymbols(index, params.query).flatMap((s) =>
      location(s.location.doc, s.location).map((l) => ({ name: s.name, kind: SYMBOL_KIND[s.type], containerName: s.container, location: l })),
    ),
  );

  connection.onDocumentSymbol((params): DocumentSymbol[] => {
    const lines = corpus.linesOf(params.textDocument.uri);
    if (!lines) return [];
    const convert = (node: OutlineNode): DocumentSymbol => ({
      name: node.name || '?',
      detail: node.detail,
      kind: SYMBOL_KIND[node.kind],
      range: toRange(lines, node.start, node.end),
      selectionRange: toRange(lines, node.selection.start, node.selection.end),
      children: node.children.map(convert),
    });
    return documentOutline(index, params.textDocument.uri).map(convert);
  });

  connection.onPrepareRename((params) => {
    const offset = offsetIn(params.textDocument.uri, params.position);
    const target = offset === null ? null : prepareEntityRename(index, params.textDocument.uri, offset);
    if (!target) return null;
    return { range: location(params.textDocument.uri, target)[0].range, placeholder: target.placeholder };
  });

  connection.onRenameRequest((params) => {
    const offset = offsetIn(params.textDocument.uri, params.position);
    const hit = offset === null ? null : mentionAt(index, params.textDocument.uri, offset);
    if (offset === null || !hit) return null;
    if (params.newName.trim() === '' || /[\r\n]/.test(params.newName)) throw new ResponseError(0, 'A name must be one non-empty line.');
    const changes: Record<string, TextEdit[]> = {};
    for (const [doc, edits] of entityRenameEdits(index, params.textDocument.uri, offset, params.newName)) {
      const lines = corpus.linesOf(doc);
      if (lines) changes[doc] = edits.map((e) => ({ range: toRange(lines, e.start, e.end), newText: e.newText }));
    }
    // The knowledge base lists this spelling: respell it there too, or the spelling rule would flag every renamed mention.
    const kbUri = knowledgeBase.uri;
    if (hit.entity.kb && kbUri && knowledgeBase.settled && (editor.textOf(kbUri) ?? knowledgeBase.text) === knowledgeBase.text) {
      const kbEdits = renameNameEdits(knowledgeBase.text, hit.entity.kb.id, hit.mention.lang, hit.mention.text, params.newName);
      if (kbEdits.length > 0) changes[kbUri] = kbEdits.map((e) => ({ range: toRange(knowledgeBase.lines, e.start, e.end), newText: e.newText }));
    }
    if (!editor.annotatedEdits()) return { changes };
    // A respelling across files is shown for review first (VS Code's refactor preview).
    const annotationId = 'concord.respell';
    const files = Object.keys(changes).length;
    return {
      documentChanges: Object.entries(changes).map(([uri, edits]) => ({ textDocument: { uri, version: editor.versionOf(uri) }, edits: edits.map((e) => ({ ...e, annotationId })) })),
      changeAnnotations: { [annotationId]: { label: `Respell as ${isolate(params.newName)}`, description: `${files} file${files === 1 ? '' : 's'}`, needsConfirmation: true } },
    };
  });

  return {
    hover(uri, position) {
      const offset = offsetIn(uri, position);
      return offset === null ? null : entityHover(index, uri, offset, displayName);
    },
    definition(uri, position) {
      const offset = offsetIn(uri, position);
      const target = offset === null ? null : entityDefinition(index, uri, offset);
      if (!target) return null;
      if (target.kind === 'mention') return location(target.mention.doc, target.mention);
      const kbUri = knowledgeBase.uri;
      return kbUri ? [{ uri: kbUri, range: toRange(knowledgeBase.lines, target.entry.nameSpan.start, target.entry.nameSpan.end) }] : null;
    },
    references(uri, position, includeDeclaration) {
      const offset = offsetIn(uri, position);
      if (offset === null || !mentionAt(index, uri, offset)) return null;
      return entityReferences(index, uri, offset, includeDeclaration).flatMap((m) => location(m.doc, m));
    },
    codeActions(uri, position) {
      const offset = offsetIn(uri, position);
      const hit = offset === null ? null : mentionAt(index, uri, offset);
      if (!hit || !knowledgeBase.uri) return [];
      const kb = hit.entity.kb;
      if (kb) {
        // A spelling the entry does not list yet: offer to list it (the spelling rule then accepts it).
        const { text, lang } = hit.mention;
        if (lang === 'und' || text === kb.name || kb.names[lang]?.includes(text)) return [];
        const title = `Add ${isolate(text)} to the ${languageName(lang)} names of ${isolate(kb.name)} in the knowledge base`;
        return [{ title, kind: CodeActionKind.QuickFix, command: { title, command: ADD_TO_KNOWLEDGE_BASE_COMMAND, arguments: [{ id: kb.id, lang, name: text } satisfies KnowledgeBaseName] } }];
      }
      const spellings = [hit.mention, ...hit.entity.mentions].map((m) => ({ text: m.text, lang: m.lang }));
      const taken = new Set(index.entities.knowledgeBase.entries.map((e) => e.id));
      const builtin = hit.entity.record && hit.entity.source === 'builtin' ? { id: hit.entity.id, name: hit.entity.record.name } : null;
      const entry = proposeEntry(hit.entity.type, spellings, taken, builtin);
      const title = `Add ${isolate(hit.mention.text)} to the knowledge base (${hit.entity.type})`;
      return [{ title, kind: CodeActionKind.QuickFix, command: { title, command: ADD_TO_KNOWLEDGE_BASE_COMMAND, arguments: [entry] } }];
    },
    codeLenses(uri) {
      if (uri !== knowledgeBase.uri) return [];
      return index.entities.knowledgeBase.entries.map((entry) => {
        const { title, mentions } = mentionSummary(index, entry.id);
        const range = toRange(knowledgeBase.lines, entry.nameSpan.start, entry.nameSpan.end);
        return { range, command: { title, command: 'concord.showReferences', arguments: [uri, range.start, mentions.flatMap((m) => location(m.doc, m))] } };
      });
    },
    neighboursOf(uris) {
      const out = new Set<string>();
      for (const uri of uris) {
        for (const doc of neighbours.get(uri) ?? []) out.add(doc);
        const now = index.has(uri) ? spellingNeighbours(index, uri) : new Set<string>();
        if (now.size > 0) neighbours.set(uri, now);
        else neighbours.delete(uri);
        for (const doc of now) out.add(doc);
      }
      for (const uri of uris) out.delete(uri);
      return out;
    },
    async addToKnowledgeBase(args) {
      // One command, two arguments: a whole entry, or a name for an existing entry.
      const arg = args[0] as (Partial<EntityRecord> & Partial<KnowledgeBaseName>) | undefined;
      if (!arg || typeof arg.id !== 'string' || typeof arg.name !== 'string') return;
      try {
        if (typeof arg.type === 'string') await knowledgeBase.add(arg as EntityRecord);
        else if (typeof arg.lang === 'string') await knowledgeBase.addName(arg as KnowledgeBaseName);
      } catch (e) {
        void connection.window.showErrorMessage(`Concord could not add ${arg.name} to the knowledge base: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
  };
}

