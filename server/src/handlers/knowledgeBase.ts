/**
 * The workspace knowledge base (`.concord/knowledge-base.json`): followed like the decisions file
 * (open document first, disk otherwise). A file that cannot be used at all keeps the last good
 * version in force; a bad entry is reported and skipped while the good ones apply. "Add to
 * knowledge base" appends an entry through the editor when the file is open, else atomically.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { KNOWLEDGE_BASE_PATH, knowledgeBaseOf, type EntityRecord } from '../core/entities/model';
import { addEntryEdits, KNOWLEDGE_BASE_FILE_CODE, readKnowledgeBaseFile } from '../core/features/knowledgeBaseEdits';
import { LineIndex } from '../core/text/lines';
import type { CorpusWorkspace } from '../corpusWorkspace';
import { ConcordJsonFile } from './concordJsonFile';

/** The knowledge-base file, its problems, and the text of the version in use. */
export class KnowledgeBaseFile extends ConcordJsonFile {
  private readonly inUse: { lines: LineIndex };

  constructor(connection: Connection, corpus: CorpusWorkspace, documents: TextDocuments<TextDocument>, publish: (uris: Iterable<string>) => void) {
    const inUse = { lines: new LineIndex('') };
    super(connection, documents, {
      relativePath: KNOWLEDGE_BASE_PATH,
      code: KNOWLEDGE_BASE_FILE_CODE,
      accept: (text) => {
        const { entries, problems } = readKnowledgeBaseFile(text, 'The last good version of the knowledge base stays in use.');
        if (entries) {
          inUse.lines = new LineIndex(text);
          publish(corpus.index.setKnowledgeBase(knowledgeBaseOf(entries)));
        }
        return problems;
      },
    });
    this.inUse = inUse;
  }

  /** Line index of the knowledge-base text whose entries are in use (for locations of entries). */
  get lines(): LineIndex {
    return this.inUse.lines;
  }

  /** Appends an entry: a WorkspaceEdit when the file is open, else an atomic write. */
  async add(entry: EntityRecord): Promise<void> {
    await this.edit('Concord: add to knowledge base', (text) => {
      // Appending to a file that does not parse could put the entry anywhere: have it fixed first.
      if (text.trim() && readKnowledgeBaseFile(text, '').entries === null) throw new Error('the file has errors (see Problems); fix them first.');
      return addEntryEdits(text, entry);
    });
  }
}
