/**
 * `concord.entity-spelling`: the same entity spelled differently within one language across the
 * corpus (فام من چن vs فام من چنہ in Urdu). The preferred spelling is the knowledge base's name in
 * that language when it lists one (built-in names are not imposed), else the most frequent spelling (ties: the one used first).
 * Spellings with another number of words are short or long forms ("Chinh" for "Pham Minh
 * Chinh"), not misspellings, and are left alone; so are links Concord is unsure of. Reads the
 * index; never rescans the workspace.
 */
import type { EntityInfo, EntityMentionRef } from '../index/entityIndex';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { ruleSettings } from '../options';
import { isolate } from '../text/bidi';
import type { Finding, Lang } from '../types';

/** Rule id. */
export const ENTITY_SPELLING = 'concord.entity-spelling';
/** Mentions linked with less confidence neither get nor count towards a spelling finding. */
const MIN_CONFIDENCE = 0.5;

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });
const wordCount = (text: string): number => text.trim().split(/\s+/u).length;

/** The spelling a language should use for an entity, and why. */
interface Preferred {
  text: string;
  reason: string;
  /** A mention written that way, for the related link (none for a knowledge-base name nobody uses yet). */
  example: EntityMentionRef | null;
  /** Spellings that raise nothing (the knowledge base's names in this language, or the preferred one). */
  accepted: ReadonlySet<string>;
}

/** Cross-file spelling findings of one document. */
export function entitySpelling(index: WorkspaceIndex, key: string, displayName: (doc: string) => string): Finding[] {
  const settings = ruleSettings(index.analysisOptions, ENTITY_SPELLING, 'information');
  if (!settings.enabled || !index.has(key)) return [];
  const findings: Finding[] = [];
  const cache = new Map<string, Preferred | null>();
  for (const { mention, entity, confidence } of index.entities.mentionsIn(key)) {
    if (confidence < MIN_CONFIDENCE || mention.lang === 'und') continue;
    const cacheKey = `${entity.id}\u0000${mention.lang}\u0000${wordCount(mention.text)}`;
    if (!cache.has(cacheKey)) cache.set(cacheKey, preferredSpelling(entity, mention.lang, wordCount(mention.text)));
    const preferred = cache.get(cacheKey);
    if (!preferred || preferred.accepted.has(mention.text)) continue;
    const language = LANGUAGE_NAMES.of(mention.lang) ?? mention.lang;
    findings.push({
      start: mention.start,
      end: mention.end,
      code: ENTITY_SPELLING,
      severity: settings.severity,
      message: `${isolate(mention.text)} is spelled ${isolate(preferred.text)} ${preferred.reason} (${language}; ${isolate(entity.canonical)}).`,
      related: preferred.example
        ? [{ doc: preferred.example.doc, start: preferred.example.start, end: preferred.example.end, message: `${isolate(preferred.text)} in ${isolate(displayName(preferred.example.doc))}` }]
        : [],
      fixes: [{ title: `Spell it ${isolate(preferred.text)}`, edits: [{ start: mention.start, end: mention.end, newText: preferred.text }], preferred: true }],
    });
  }
  return findings;
}

/** The preferred spelling of an entity among names of `words` words in a language, or null when there is nothing to compare. */
function preferredSpelling(entity: EntityInfo, lang: Lang, words: number): Preferred | null {
  const mentions = entity.mentions.filter((m) => m.lang === lang && m.confidence >= MIN_CONFIDENCE && wordCount(m.text) === words);
  const kb = entity.kb;
  const listed = kb ? [...(kb.names[lang] ?? []), ...(lang === 'en' ? [kb.name] : [])] : [];
  const kbNames = listed.filter((n) => wordCount(n) === words);
  if (kbNames.length > 0) {
    return { text: kbNames[0], reason: 'in the knowledge base', example: mentions.find((m) => m.text === kbNames[0]) ?? null, accepted: new Set(listed) };
  }
  const counts = new Map<string, { count: number; first: EntityMentionRef }>();
  for (const m of mentions) {
    const seen = counts.get(m.text);
    if (seen) seen.count++;
    else counts.set(m.text, { count: 1, first: m });
  }
  if (counts.size < 2) return null;
  // Mentions come in corpus order, so on equal counts the spelling used first wins.
  const [text, best] = [...counts.entries()].reduce((a, b) => (b[1].count > a[1].count ? b : a));
  return { text, reason: `in ${best.count} other mention${best.count === 1 ? '' : 's'}`, example: best.first, accepted: new Set([text]) };
}

/**
 * Documents whose spelling findings depend on this one's mentions: those mentioning one of its
 * entities in the same language, where that language spells the entity more than one way.
 */
export function spellingNeighbours(index: WorkspaceIndex, key: string): Set<string> {
  const out = new Set<string>();
  const done = new Set<string>();
  for (const { mention, entity } of index.entities.mentionsIn(key)) {
    const group = `${entity.id}\u0000${mention.lang}`;
    if (done.has(group)) continue;
    done.add(group);
    if ((entity.namesByLang[mention.lang]?.length ?? 0) < 2) continue;
    for (const m of entity.mentions) if (m.lang === mention.lang && m.doc !== key) out.add(m.doc);
  }
  return out;
}
