/**
 * "Add to knowledge base": the entry proposed for a detected entity (its spellings grouped by
 * language, a unique id, the canonical name) and the edits that append it to
 * `.concord/knowledge-base.json`, keeping the file's comments and formatting, or create the file
 * with its version header when it is missing.
 */
import { KNOWLEDGE_BASE_VERSION, NAME_LANGS, parseKnowledgeBase, type EntityRecord, type KnowledgeBaseEntry, type KnowledgeBaseProblem } from '../entities/model';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { nameKey } from '../entities/nameKey';
import { scriptOfText } from '../text/language';
import { appendToJsonList, appendToJsonPath } from '../text/jsonListEdits';
import type { EntityType, Lang, TextReplacement } from '../types';

/** Diagnostic code of problems in the knowledge-base file (editor and CLI). */
export const KNOWLEDGE_BASE_FILE_CODE = 'concord.knowledge-base-file';

/** Server command that appends an entry (its only argument) to the knowledge base. */
export const ADD_TO_KNOWLEDGE_BASE_COMMAND = 'concord.addToKnowledgeBase';

/** A spelling of the entity seen in the corpus, with the language of its paragraph. */
export interface SeenSpelling {
  text: string;
  lang: Lang;
}

/**
 * Reads the knowledge-base file's text for the editor and the CLI: a blank or missing file is an
 * empty knowledge base; problems say what happens because of them (`unusable` says what happens
 * when the whole file cannot be used: the editor keeps the last good version, the CLI uses none).
 */
export function readKnowledgeBaseFile(text: string, unusable: string): { entries: KnowledgeBaseEntry[] | null; problems: KnowledgeBaseProblem[] } {
  if (!text.trim()) return { entries: [], problems: [] };
  const { entries, problems } = parseKnowledgeBase(text);
  const suffix = entries ? 'This entry is not used.' : unusable;
  return { entries, problems: problems.map((p) => ({ ...p, message: entries && /ignored/.test(p.message) ? p.message : `${p.message} ${suffix}` })) };
}

/** The text of a new knowledge-base file. */
export function knowledgeBaseTemplate(): string {
  return (
    `{\n  // Concord: entities of this corpus (format version ${KNOWLEDGE_BASE_VERSION}). Names are listed per language;\n` +
    `  // "wikidata" is optional and never looked up over the network.\n  "version": ${KNOWLEDGE_BASE_VERSION},\n  "entities": []\n}\n`
  );
}

/** Edits that append an entry to the knowledge-base file's text (creating the file when blank). */
export function addEntryEdits(text: string, entry: EntityRecord): TextReplacement[] {
  const value: Record<string, unknown> = { id: entry.id, type: entry.type, name: entry.name };
  if (Object.keys(entry.names).length > 0) value.names = entry.names;
  if (entry.description !== undefined) value.description = entry.description;
  if (entry.wikidata !== undefined) value.wikidata = entry.wikidata;
  return appendToJsonList(text, knowledgeBaseTemplate(), 'entities', value);
}

/** Edits that add a name in a language to the entry with this id (none when the file has no such entry). */
export function addNameEdits(text: string, id: string, lang: Lang, name: string): TextReplacement[] {
  const root = parseTree(text, [], { allowTrailingComma: true });
  const entities = root && findNodeAtLocation(root, ['entities']);
  const at = entities?.children?.findIndex((e) => findNodeAtLocation(e, ['id'])?.value === id) ?? -1;
  return at < 0 ? [] : appendToJsonPath(text, ['entities', at, 'names', lang], name);
}

/**
 * Edits that respell a name of the entry with this id in one language (its listed names, and its
 * canonical name for English), so a rename in the corpus and the knowledge base stay in step.
 */
export function renameNameEdits(text: string, id: string, lang: Lang, oldName: string, newName: string): TextReplacement[] {
  const root = parseTree(text, [], { allowTrailingComma: true });
  const entry = root && findNodeAtLocation(root, ['entities'])?.children?.find((e) => findNodeAtLocation(e, ['id'])?.value === id);
  if (!entry) return [];
  const names = findNodeAtLocation(entry, ['names', lang]);
  const nodes = [...(names?.type === 'array' ? (names.children ?? []) : names ? [names] : []), ...(lang === 'en' ? [findNodeAtLocation(entry, ['name'])] : [])];
  return nodes.filter((n) => n?.type === 'string' && n.value === oldName).map((n) => ({ start: n!.offset, end: n!.offset + n!.length, newText: JSON.stringify(newName) }));
}

/**
 * The entry proposed for an entity: the first spelling is the mention the user acted on. An
 * entity Concord knows from its built-in tables keeps that id and name (the entry then extends and
 * overrides the built-in one); otherwise the canonical name is the most frequent English spelling
 * when there is one, else that mention. Every other spelling is listed under its language, most
 * frequent first.
 */
export function proposeEntry(type: EntityType, spellings: readonly SeenSpelling[], takenIds: ReadonlySet<string>, known: { id: string; name: string } | null = null): EntityRecord {
  const counts = new Map<string, { spelling: SeenSpelling; count: number; order: number }>();
  spellings.forEach((s, order) => {
    const key = `${s.lang}\u0000${s.text}`;
    const seen = counts.get(key);
    if (seen) seen.count++;
    else counts.set(key, { spelling: s, count: 1, order });
  });
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count || a.order - b.order);
  const english = ranked.find((r) => r.spelling.lang === 'en');
  const name = known?.name ?? (english ?? ranked.find((r) => r.order === 0) ?? ranked[0])?.spelling.text ?? '';
  const names: Partial<Record<Lang, string[]>> = {};
  for (const lang of NAME_LANGS) {
    const list = ranked.filter((r) => r.spelling.lang === lang && r.spelling.text !== name).map((r) => r.spelling.text);
    if (list.length > 0) names[lang] = [...new Set(list)];
  }
  return { id: known && !takenIds.has(known.id) ? known.id : uniqueId(idFor(name), takenIds), type, name, names };
}

/**
 * An id for a name: its slug, except where the slug would lose the vowels (Devanagari writes them
 * as combining signs, which ids do not allow): then its phonetic key, फाम मिन्ह चिन्ह → fam-min-cin.
 */
export function idFor(name: string): string {
  const nonLatinMarks = scriptOfText(name) !== 'latin' && /\p{M}/u.test(name.normalize('NFD'));
  const phonetic = nonLatinMarks ? nameKey(name).vowelled.join('-').toLowerCase() : '';
  return phonetic || slug(name);
}

/**
 * An id from a name: lower case, words joined by '-', combining marks dropped (Latin diacritics,
 * but also Devanagari vowel signs: ids allow letters and digits only, and stay readable enough).
 */
export function slug(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  return words.join('-') || 'entity';
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
