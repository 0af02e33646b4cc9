/**
 * The entity model shared by detection (core/entities), the cross-file index
 * (core/index/entityIndex.ts) and the editor features.
 *
 * Stable for the editor side (E2), do not change without telling it:
 * - `KnowledgeBaseEntry`, `KnowledgeBaseProblem`, `ParsedKnowledgeBase`, `parseKnowledgeBase`,
 *   `knowledgeBaseOf`, `KNOWLEDGE_BASE_PATH`, `KNOWLEDGE_BASE_VERSION`, `EMPTY_KNOWLEDGE_BASE`;
 * - `EntityInfo`, `EntityMentionRef` and the `EntityIndex` methods in core/index/entityIndex.ts;
 * - `EntityMention` fields in core/types.ts (`id`, `key`, `lang`, `confidence`, `source`).
 * The knowledge base reaches detection through `AnalysisOptions.knowledgeBase` (so facts stay a
 * pure function of text and options) and reaches linking through `EntityIndex.setKnowledgeBase`;
 * `WorkspaceIndex.setKnowledgeBase` does both.
 *
 * Knowledge-base file format (`.concord/knowledge-base.json`, JSON with comments, version 1):
 * ```jsonc
 * {
 *   "version": 1,
 *   "entities": [
 *     {
 *       "id": "pham-minh-chinh",            // unique; letters, digits, - _ . : /
 *       "type": "person",                   // person | place | organisation | document | other
 *       "name": "Pham Minh Chinh",          // canonical name
 *       "names": { "ur": ["فام من چن"], "fa": ["فام مین چین"], "hi": ["फाम मिन्ह चिन्ह"] },
 *       "description": "Prime Minister of Viet Nam",
 *       "wikidata": "Q7180437"              // optional; never looked up over the network
 *     }
 *   ]
 * }
 * ```
 * Parsing never throws. A syntax error or an unsupported version makes `entries` null (the caller
 * keeps the last good version); a bad entry is reported and skipped, the good ones are kept.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { contentHash } from '../text/hash';
import type { EntityType, Lang, Span } from '../types';

/** Format version of the knowledge-base file. */
export const KNOWLEDGE_BASE_VERSION = 1;
/** Path of the knowledge-base file, relative to the corpus root. */
export const KNOWLEDGE_BASE_PATH = '.concord/knowledge-base.json';

/** Entity types a knowledge-base entry may have. */
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organisation', 'document', 'other'];

/** Language tags accepted as keys of `names` (`und` for names written the same everywhere). */
export const NAME_LANGS: readonly Lang[] = ['en', 'ur', 'fa', 'hi', 'ar', 'und'];

/** What is known about an entity, from the knowledge base or the built-in tables. */
export interface EntityRecord {
  id: string;
  type: EntityType;
  /** Canonical name. */
  name: string;
  /** Other names per language (the canonical name need not be repeated). */
  names: Partial<Record<Lang, string[]>>;
  description?: string;
  wikidata?: string;
}

/** One entity of the workspace knowledge base. */
export interface KnowledgeBaseEntry extends EntityRecord {
  /** Span of the whole entry object in the knowledge-base file. */
  span: Span;
  /** Span of the `"name"` value (with its quotes) in the file, for go-to-definition. */
  nameSpan: Span;
}

/** A problem in the knowledge-base file, with its span in that file. */
export interface KnowledgeBaseProblem extends Span {
  message: string;
}

/** Result of parsing the knowledge-base file. */
export interface ParsedKnowledgeBase {
  /** The `version` field as written, or null when missing. */
  version: number | null;
  /** Valid entries, or null when the file cannot be used at all (keep the last good version). */
  entries: KnowledgeBaseEntry[] | null;
  problems: KnowledgeBaseProblem[];
}

/** The knowledge base as analysis sees it: entries plus a hash for cache keys. */
export interface KnowledgeBase {
  readonly entries: readonly KnowledgeBaseEntry[];
  /** Hash of the entries' meaning (not their spans), part of the facts' cache key. */
  readonly hash: string;
}

/** No workspace knowledge base. */
export const EMPTY_KNOWLEDGE_BASE: KnowledgeBase = Object.freeze({ entries: Object.freeze([]), hash: '' });

/** Wraps entries as a `KnowledgeBase`; equal meaning gives an equal hash, whatever the formatting. */
export function knowledgeBaseOf(entries: readonly KnowledgeBaseEntry[]): KnowledgeBase {
  if (entries.length === 0) return EMPTY_KNOWLEDGE_BASE;
  const meaning = entries.map((e) => [e.id, e.type, e.name, e.names, e.description ?? '', e.wikidata ?? '']);
  return Object.freeze({ entries: Object.freeze([...entries]), hash: contentHash(JSON.stringify(meaning)) });
}

/** All names of an entry (canonical first), with the language each is listed under. */
export function entryNames(entry: EntityRecord): { name: string; lang: Lang | null }[] {
  const out: { name: string; lang: Lang | null }[] = [{ name: entry.name, lang: null }];
  for (const lang of NAME_LANGS) for (const name of entry.names[lang] ?? []) out.push({ name, lang });
  return out;
}

const spanOf = (n: Node): Span => ({ start: n.offset, end: n.offset + n.length });
const ID_PATTERN = /^[\p{L}\p{N}_.:/-]+$/u;

/** Parses the knowledge-base file. Pure; never throws. */
export function parseKnowledgeBase(text: string): ParsedKnowledgeBase {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: KnowledgeBaseProblem[] = errors.map((e) => ({ start: e.offset, end: e.offset + Math.max(1, e.length), message: `JSON: ${printParseErrorCode(e.error)}` }));
  const whole = { start: 0, end: Math.min(text.length, 1) };
  if (problems.length > 0) return { version: null, entries: null, problems };
  if (!root || root.type !== 'object') return { version: null, entries: null, problems: [{ ...whole, message: 'The knowledge base must be a JSON object.' }] };
  const versionNode = findNodeAtLocation(root, ['version']);
  const version = typeof versionNode?.value === 'number' ? versionNode.value : null;
  if (version !== KNOWLEDGE_BASE_VERSION) {
    const at = versionNode ? spanOf(versionNode) : whole;
    return { version, entries: null, problems: [{ ...at, message: `Unsupported or missing "version": expected ${KNOWLEDGE_BASE_VERSION}.` }] };
  }
  const list = findNodeAtLocation(root, ['entities']);
  if (!list) return { version, entries: [], problems };
  if (list.type !== 'array') return { version, entries: null, problems: [{ ...spanOf(list), message: '"entities" must be an array.' }] };
  const entries: KnowledgeBaseEntry[] = [];
  const seen = new Set<string>();
  for (const node of list.children ?? []) {
    const entry = readEntry(node, problems);
    if (!entry) continue;
    if (seen.has(entry.id)) {
      problems.push({ ...spanOf(findNodeAtLocation(node, ['id']) ?? node), message: `Duplicate entity id "${entry.id}"; this entry is ignored.` });
      continue;
    }
    seen.add(entry.id);
    entries.push(entry);
  }
  return { version, entries, problems };
}

/** Reads one entry, reporting what is wrong with it; null when it cannot be used. */
function readEntry(node: Node, problems: KnowledgeBaseProblem[]): KnowledgeBaseEntry | null {
  const fail = (at: Node, message: string): null => {
    problems.push({ ...spanOf(at), message });
    return null;
  };
  if (node.type !== 'object') return fail(node, 'An entity must be an object with "id", "type" and "name".');
  const field = (name: string): Node | undefined => findNodeAtLocation(node, [name]);
  const id = field('id');
  if (typeof id?.value !== 'string' || !ID_PATTERN.test(id.value)) return fail(id ?? node, '"id" must be a non-empty string of letters, digits and - _ . : /');
  const type = field('type');
  if (!ENTITY_TYPES.includes(type?.value as EntityType)) return fail(type ?? node, `"type" must be one of ${ENTITY_TYPES.join(', ')}.`);
  const name = field('name');
  if (typeof name?.value !== 'string' || name.value.trim() === '') return fail(name ?? node, '"name" must be a non-empty string.');
  const names: Partial<Record<Lang, string[]>> = {};
  const namesNode = field('names');
  if (namesNode && namesNode.type !== 'object') return fail(namesNode, '"names" must be an object of language → list of names.');
  for (const prop of namesNode?.children ?? []) {
    const [keyNode, valueNode] = prop.children ?? [];
    const lang = keyNode?.value as Lang;
    if (!NAME_LANGS.includes(lang)) return fail(keyNode ?? prop, `Unknown language "${String(keyNode?.value)}"; use one of ${NAME_LANGS.join(', ')}.`);
    const values = valueNode?.type === 'array' ? (valueNode.children ?? []).map((c) => c.value) : [valueNode?.value];
    if (values.some((v) => typeof v !== 'string' || v.trim() === '')) return fail(valueNode ?? prop, 'Names must be non-empty strings (or a list of them).');
    names[lang] = values as string[];
  }
  const entry: KnowledgeBaseEntry = { id: id.value, type: type!.value as EntityType, name: name.value, names, span: spanOf(node), nameSpan: spanOf(name) };
  for (const key of ['description', 'wikidata'] as const) {
    const n = field(key);
    if (n === undefined) continue;
    if (typeof n.value !== 'string') return fail(n, `"${key}" must be a string.`);
    entry[key] = n.value;
  }
  if (entry.wikidata !== undefined && !/^Q\d+$/.test(entry.wikidata)) return fail(field('wikidata')!, '"wikidata" must be an item id like Q42.');
  return entry;
}
