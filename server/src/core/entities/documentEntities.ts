/**
 * Entity detection for a whole document: sentences are detected as they are segmented, then one
 * document pass (linear in the kept keys) finds bare repeats of names first seen after a title or
 * head word, lets a longer repeat win over a known name inside it (فام مین چین over چین), and joins
 * "long name (ACRONYM)" into one entity with two names.
 */
import type { KnowledgeBase } from './model';
import type { Token } from '../text/tokens';
import type { EntityMention, Lang } from '../types';
import { detectSentence, sentenceKeys, type EntitySentence, type TokenMention } from './detect';
import { buildGazetteer, type Gazetteer } from './gazetteer';
import { knowledgeBaseGazetteer, nameWord } from './knownNames';
import { nameKey } from './nameKey';

interface KeptSentence {
  sentence: EntitySentence;
  tokens: readonly Token[];
  mentions: TokenMention[];
}

const UPPER = /^\p{Lu}/u;

/** Collects a document's mentions sentence by sentence. */
export class DocumentEntities {
  private readonly kept: KeptSentence[] = [];
  private readonly kb: Gazetteer | null;

  /** `text` is the analysed text; `orig` maps folded offsets to it. */
  constructor(private readonly text: string, private readonly orig: (offset: number) => number, knowledgeBase: KnowledgeBase | undefined) {
    this.kb = knowledgeBase ? knowledgeBaseGazetteer(knowledgeBase) : null;
  }

  /** Detects the mentions of one sentence (its tokens, in folded offsets). */
  addSentence(tokens: readonly Token[], lang: Lang): void {
    const original = (i: number): string => this.text.slice(this.orig(tokens[i].start), this.orig(tokens[i].end));
    const sentence: EntitySentence = { tokens, keys: sentenceKeys(tokens), lang, original, capitalised: (i) => UPPER.test(original(i)) };
    const mentions = detectSentence(sentence, this.kb);
    // Sentences without a mention can hold no repeat of a pattern name only if no such name exists yet; keep them all, keys are small.
    this.kept.push({ sentence, tokens, mentions });
  }

  /** The document's mentions in text order. */
  finish(): EntityMention[] {
    this.addRepeats();
    const out: EntityMention[] = [];
    for (const k of this.kept) {
      const base = out.length;
      k.mentions.sort((a, b) => a.first - b.first);
      for (const m of k.mentions) out.push(this.toMention(k, m));
      joinAcronyms(k, out, base);
    }
    return out;
  }

  /** Bare repeats of multi-word names that patterns found (people after titles, organisations). */
  private addRepeats(): void {
    const local = new Map<string, TokenMention>();
    for (const k of this.kept) {
      for (const m of k.mentions) {
        if (m.source !== 'pattern' || m.last - m.first < 2 || m.acronym) continue;
        const name = k.sentence.keys.slice(m.first, m.last).join(' ');
        if (!local.has(name)) local.set(name, m);
      }
    }
    if (local.size === 0) return;
    const names = buildGazetteer([...local.entries()].map(([name, m]) => ({ id: name, type: m.type, name })), nameWord);
    for (const k of this.kept) {
      const { keys } = k.sentence;
      for (let i = 0; i < keys.length; i++) {
        const hit = names.lookup(keys, i);
        if (!hit) continue;
        const first = i;
        const last = i + hit.count;
        const inside = k.mentions.filter((m) => m.first < last && m.last > first);
        const covered = inside.every((m) => m.first >= first && m.last <= last && m.last - m.first < hit.count);
        if (covered && !inside.some((m) => m.first === first && m.last === last)) {
          k.mentions = k.mentions.filter((m) => !inside.includes(m));
          const seen = local.get(hit.id)!;
          k.mentions.push({ first, last, type: seen.type, id: null, source: 'pattern', confidence: 0.65, acronym: null });
        }
        i = last - 1;
      }
    }
  }

  private toMention(k: KeptSentence, m: TokenMention): EntityMention {
    const start = this.orig(k.tokens[m.first].start);
    const end = this.orig(k.tokens[m.last - 1].end);
    const text = this.text.slice(start, end);
    return {
      start, end, text, type: m.type, id: m.id, key: m.acronym ?? nameKey(text).skeletons.join(' '), lang: k.sentence.lang,
      confidence: m.confidence, source: m.source, sameAs: null,
    };
  }
}

/** "long name (ACRONYM)": the two mentions name one entity; an id known for one is given to the other. */
function joinAcronyms(k: KeptSentence, out: EntityMention[], base: number): void {
  const { tokens, mentions } = k;
  for (let a = 0; a + 1 < mentions.length; a++) {
    const long = mentions[a];
    const short = mentions[a + 1];
    if (tokens[long.last]?.text !== '(' || short.first !== long.last + 1 || tokens[short.last]?.text !== ')' || !short.acronym) continue;
    const l = out[base + a];
    const s = out[base + a + 1];
    s.sameAs = base + a;
    l.sameAs = base + a + 1;
    if (l.id !== null && s.id === null) Object.assign(s, { id: l.id, type: l.type, source: l.source });
    else if (s.id !== null && l.id === null) Object.assign(l, { id: s.id, type: s.type, source: s.source });
    else if (l.id === null) s.type = l.type;
  }
}
