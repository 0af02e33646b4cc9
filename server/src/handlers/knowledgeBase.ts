/**
 * The workspace knowledge base (`.concord/knowledge-base.json`): followed like the decisions file
 * (open document first, disk otherwise). A file that cannot be used at all keeps the last good
 * version in force; a bad entry is reported and skipped while the good ones apply. "Add to
 * knowledge base" appends an entry through the editor when the file is open, else atomically.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { KNOWLEDGE_BASE_PATH, knowledgeBaseOf, type EntityRecord } from '../core/entities/model';
import { addEntryEdits, addNameEdits, KNOWLEDGE_BASE_FILE_CODE, readKnowledgeBaseFile } from '../core/features/knowledgeBaseEdits';
import { LineIndex } from '../core/text/lines';
import type { Lang } from '../core/types';
import type { CorpusWorkspace } from '../corpusWorkspace';
import { ConcordJsonFile } from './concordJsonFile';

/** The knowledge-base file, its problems, and the text of the version in use. */
export class KnowledgeBaseFile extends ConcordJsonFile {
  private readonly inUse: { text: string; lines: LineIndex; lastSeen: string };

  constructor(connection: Connection, corpus: CorpusWorkspace, documents: TextDocuments<TextDocument>, publish: (uris: Iterable<string>) => void) {
    const inUse = { text: '', lines: new LineIndex(''), lastSeen: '' };
    super(connection, documents, {
      relativePath: KNOWLEDGE_BASE_PATH,
      code: KNOWLEDGE_BASE_FILE_CODE,
      accept: (text) => {
        inUse.lastSeen = text;
        const { entries, problems } = readKnowledgeBaseFile(text, 'The last good version of the knowledge base stays in use.');
        if (entries) {
          inUse.text = text;
          inUse.lines = new LineIndex(text);
          publish(corpus.index.setKnowledgeBase(knowledgeBaseOf(entries)));
        }
        return problems;
      },
    });
    this.inUse = inUse;
  }

  /** The knowledge-base text whose entries are in use. */
  get text(): string {
    return this.inUse.text;
  }

  /** Whether the last text seen (editor or disk) is the one in use, so edits computed on it land right. */
  get settled(): boolean {
    return this.inUse.lastSeen === this.inUse.text;
  }

  /** Line index of the knowledge-base text whose entries are in use (for locations of entries). */
  get lines(): LineIndex {
    return this.inUse.lines;
  }

  /** Appends an entry: a WorkspaceEdit when the file is open, else an atomic write. */
  async add(entry: EntityRecord): Promise<void> {
    await this.edit('Concord: add to knowledge base', (text) => {
      usable(text);
      return addEntryEdits(text, entry);
    });
  }

  /** Adds a name in a language to an existing entry. */
  async addName(name: KnowledgeBaseName): Promise<void> {
    await this.edit('Concord: add a name to the knowledge base', (text) => {
      usable(text);
      const edits = addNameEdits(text, name.id, name.lang, name.name);
      if (edits.length === 0) throw new Error(`the file has no entity with the id "${name.id}".`);
      return edits;
    });
  }
}

/** A name to add to an entry: what "Add … to the Urdu names of …" carries. */
export interface KnowledgeBaseName {
  id: string;
  lang: Lang;
  name: string;
}

/** Appending to a file that does not parse could put the text anywhere: have it fixed first. */
function usable(text: string): void {
  if (text.trim() && readKnowledgeBaseFile(text, '').entries === null) throw new Error('the file has errors (see Problems); fix them first.');
}
