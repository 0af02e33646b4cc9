/**
 * `concord.entity-spelling`: the same entity spelled differently within one language across the
 * corpus (فام من چن vs فام من چنہ in Urdu). The preferred spelling is the knowledge base's name in
 * that language when it lists one (built-in names are not imposed), else the most frequent
 * spelling (ties: the one used first). Only spellings of one name are compared: same script, the
 * same words (or the same letters spaced differently), and names that sound alike; a short form
 * ("Chinh"), a translation (یورپ کی کونسل beside کونسل آف یورپ) or a Latin name quoted in Urdu
 * text raise nothing, and neither do links Concord is unsure of. Reads the index; never rescans.
 */
import { LINK_THRESHOLD } from '../entities/link';
import { nameKey, nameSimilarity } from '../entities/nameKey';
import type { EntityInfo, EntityMentionRef } from '../index/entityIndex';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import { ruleSettings } from '../options';
import { isolate } from '../text/bidi';
import { foldText } from '../text/fold';
import { languageName, scriptOfText } from '../text/language';
import type { EntityMention, Finding, Lang } from '../types';

/** Rule id. */
export const ENTITY_SPELLING = 'concord.entity-spelling';
/** Mentions linked with less confidence get no spelling finding (they still count among the spellings). */
const MIN_CONFIDENCE = 0.5;


/** The spelling a mention should use, and why. */
interface Preferred {
  text: string;
  reason: string;
  /** A mention written that way, for the related link (none for a knowledge-base name nobody uses yet). */
  example: EntityMentionRef | null;
}

/** Cross-file spelling findings of one document. */
export function entitySpelling(index: WorkspaceIndex, key: string, displayName: (doc: string) => string): Finding[] {
  const settings = ruleSettings(index.analysisOptions, ENTITY_SPELLING, 'information');
  if (!settings.enabled || !index.has(key)) return [];
  const findings: Finding[] = [];
  const cache = new Map<string, Preferred | null>();
  for (const { mention, entity, confidence } of index.entities.mentionsIn(key)) {
    // A country's adjective (ایرانی beside ایران) is no spelling of its name.
    if (confidence < MIN_CONFIDENCE || mention.lang === 'und' || mention.adjective) continue;
    const cacheKey = `${entity.id}\u0000${mention.lang}\u0000${mention.text}`;
    if (!cache.has(cacheKey)) cache.set(cacheKey, preferredSpelling(entity, mention, (lang, text) => index.entities.firstMention(entity.id, lang, text)));
    const preferred = cache.get(cacheKey);
    if (!preferred) continue;
    const language = languageName(mention.lang);
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

/**
 * Whether two names are spellings of one name: same script, same words or same letters, sounding
 * alike. Letter case is no spelling (KARACHI in a dateline, Karachi in the story), and neither is a
 * Devanagari nukta: BBC Hindi writes एनडीआरएफ़, Dainik Bhaskar एनडीआरएफ, the same name in two house styles.
 */
export function sameNameSpelledOtherwise(a: string, b: string): boolean {
  if (a === b || (a.length === b.length && a.toLowerCase() === b.toLowerCase()) || scriptOfText(a) !== scriptOfText(b)) return false;
  if (withoutNukta(a) === withoutNukta(b)) return false;
  if (wordCount(a) !== wordCount(b) && compact(a) !== compact(b)) return false;
  if (otherNamesBesideHead(a, b)) return false;
  return nameSimilarity(nameKey(a), nameKey(b)) >= LINK_THRESHOLD;
}

/** Spellings of an entity in one language: text → how often (from the index's running counts, so no mention list is walked). */
function spellingsOf(entity: EntityInfo, lang: Lang): Map<string, number> {
  return new Map((entity.namesByLang[lang] ?? []).filter((n) => !n.adjective).map((n) => [n.text, n.count]));
}

/** Where a spelling is first written, in corpus order (document key, then offset). */
type FirstWritten = (lang: Lang, text: string) => EntityMentionRef | null;

/** Whether spelling `a` is first written before spelling `b` (a spelling never written comes last). */
function writtenBefore(first: FirstWritten, lang: Lang, a: string, b: string): boolean {
  const x = first(lang, a);
  const y = first(lang, b);
  if (!x || !y) return x !== null;
  return x.doc < y.doc || (x.doc === y.doc && x.start < y.start);
}

/** The spelling this mention should use, or null when it is fine. */
function preferredSpelling(entity: EntityInfo, mention: EntityMention, firstWritten: FirstWritten): Preferred | null {
  const lang = mention.lang;
  const kb = entity.kb;
  const listed = kb ? [...(kb.names[lang] ?? []), ...(lang === 'en' ? [kb.name] : [])] : [];
  if (listed.includes(mention.text)) return null;
  const spellings = spellingsOf(entity, lang);
  const kbName = listed.find((n) => sameNameSpelledOtherwise(mention.text, n));
  if (kbName) return { text: kbName, reason: 'in the knowledge base', example: spellings.has(kbName) ? firstWritten(lang, kbName) : null };
  if (listed.length > 0 || spellings.size < 2) return null;
  let best: { text: string; count: number } | null = null;
  for (const [text, count] of spellings) {
    if (text !== mention.text && !sameNameSpelledOtherwise(mention.text, text)) continue;
    if (!best || count > best.count || (count === best.count && writtenBefore(firstWritten, lang, text, best.text))) best = { text, count };
  }
  if (!best || best.text === mention.text) return null;
  return { text: best.text, reason: `in ${best.count} other mention${best.count === 1 ? '' : 's'}`, example: firstWritten(lang, best.text) };
}

const wordCount = (text: string): number => text.trim().split(/\s+/u).length;

/** Shortest word whose first letter tells two names apart (see `otherNamesBesideHead`): "for" and "of" do not. */
const DISTINCT_WORD = 4;

/**
 * Whether two names of as many words share a word (a head: Hospital, अस्पताल) and another pair of
 * their words, of four letters or more, opens on different letters: Leishenshan Hospital and
 * Huoshenshan Hospital are two hospitals, not one spelled two ways, though the head makes them look
 * alike, and so are China's and the U.S. Centers for Disease Control. A slip or a variant keeps its
 * first letter (جان ہاپکنز, جون هوپکن; Practitioners, Practitionerss).
 */
function otherNamesBesideHead(a: string, b: string): boolean {
  const [x, y] = [foldText(a).text.toLowerCase().split(/\s+/u), foldText(b).text.toLowerCase().split(/\s+/u)];
  if (x.length < 2 || x.length !== y.length || !x.some((w, k) => w === y[k])) return false;
  // A word run into the one before it still ends alike (جنرلپریکٹیشنرز for جنرل پریکٹیشنرز).
  return x.some((w, k) => w.length >= DISTINCT_WORD && y[k].length >= DISTINCT_WORD && w[0] !== y[k][0] && !w.endsWith(y[k]) && !y[k].endsWith(w));
}

/** A name without its nukta dots, precomposed (ज़) or combining (ज + ़). */
const withoutNukta = (text: string): string => text.normalize('NFD').replace(/\u093C/gu, '');
/** The letters of a name without spaces or ZWNJ (ویت نام and ویتنام are one spelling apart). */
const compact = (text: string): string => text.replace(/[\s\u200c]+/gu, '');

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
    for (const doc of index.entities.documentsMentioning(entity.id, mention.lang)) if (doc !== key) out.add(doc);
  }
  return out;
}
