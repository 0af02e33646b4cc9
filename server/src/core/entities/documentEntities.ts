/**
 * Entity detection for a whole document, sentence by sentence as the text is segmented (nothing
 * is kept but the mentions, so tokens still die young). Multi-word names that patterns found
 * (people after a title, organisations around a head word) are remembered, and later bare
 * repeats of them are mentions too; a repeat wins over a known name inside it (فام مین چین over
 * چین). "long name (ACRONYM)" is joined into one entity with two names.
 */
import { isUpperAt } from '../text/letterCase';
import type { KnowledgeBase } from './model';
import type { Token } from '../text/tokens';
import type { EntityMention, Lang } from '../types';
import { detectSentence, sentenceKeys, wordBits, type EntitySentence, type TokenMention } from './detect';
import { buildGazetteer, type Gazetteer } from './gazetteer';
import { knowledgeBaseGazetteer, knownNames, nameWord, type LanguageWords } from './knownNames';
import { cachedNameKey } from './nameKey';

/** Confidence of a bare repeat of a name first found by a pattern. */
const REPEAT_CONFIDENCE = 0.65;

/** Collects a document's mentions sentence by sentence. */
export class DocumentEntities {
  private readonly kb: Gazetteer | null;
  private readonly out: EntityMention[] = [];
  /** Names found by patterns so far (key words joined by spaces → type), for bare repeats. */
  private readonly local: Gazetteer = buildGazetteer([], nameWord);

  /** `text` is the analysed text; `orig` maps folded offsets to it. */
  constructor(private readonly text: string, private readonly orig: (offset: number) => number, knowledgeBase: KnowledgeBase | undefined) {
    this.kb = knowledgeBase ? knowledgeBaseGazetteer(knowledgeBase) : null;
  }

  /** Detects the mentions of one sentence (its tokens, in folded offsets); a one-word mention at a token `unit` says names a unit (MT) is none. */
  addSentence(tokens: readonly Token[], lang: Lang, unit?: (k: number) => boolean): readonly TokenMention[] {
    const keys = sentenceKeys(tokens);
    let mentions = detectSentence(new DocumentSentence(this.text, this.orig, tokens, keys, lang, knownNames().words(lang)), this.kb);
    if (unit) mentions = mentions.filter((m) => m.last - m.first !== 1 || !unit(m.first));
    if (this.local.size > 0) mentions = this.withRepeats(tokens, keys, mentions);
    for (const m of mentions) {
      if (m.source !== 'pattern' || m.last - m.first < 2 || m.acronym) continue;
      this.local.add({ id: 'local', type: m.type, name: keys.slice(m.first, m.last).join(' ') });
      // English news names a person by the surname after the full name (Erling Haaland … Haaland said);
      // other scripts are left alone, where surnames are also words (خان, شاہ, حسن).
      if (m.type === 'person' && tokens[m.last - 1].latin) this.local.add({ id: 'local', type: 'person', name: keys[m.last - 1] });
    }
    const base = this.out.length;
    for (const m of mentions) this.out.push(this.toMention(tokens, lang, m));
    joinAcronyms(tokens, mentions, this.out, base);
    return mentions;
  }

  /** The document's mentions in text order. */
  finish(): EntityMention[] {
    return this.out;
  }

  /** Adds bare repeats of remembered names; a repeat replaces shorter mentions inside it. */
  private withRepeats(tokens: readonly Token[], keys: readonly string[], mentions: TokenMention[]): TokenMention[] {
    let result = mentions;
    for (let i = 0; i < keys.length; i++) {
      // A name in Latin letters repeats only capitalised, as written (tokens are lower-cased): not "the regional director" after "Regional Director".
      const hit = keys[i] === '' || (tokens[i].latin && !isUpperAt(this.text, this.orig(tokens[i].start))) ? null : this.local.lookup(keys, i);
      if (!hit) continue;
      const first = i;
      const last = i + hit.count;
      // Covered: every mention overlapping the repeat lies inside it and is shorter (most repeats are found already: no copy then).
      let inside = 0;
      let covered = true;
      for (const m of result) {
        if (m.first >= last || m.last <= first) continue;
        inside++;
        if (m.first < first || m.last > last || m.last - m.first >= hit.count) {
          covered = false;
          break;
        }
      }
      if (covered) {
        result = inside > 0 ? outside(result, first, last) : result === mentions ? [...mentions] : result;
        result.push({ first, last, type: hit.type, id: null, source: 'pattern', confidence: REPEAT_CONFIDENCE, acronym: null });
      }
      i = last - 1;
    }
    return result === mentions ? mentions : result.sort((a, b) => a.first - b.first);
  }

  private toMention(tokens: readonly Token[], lang: Lang, m: TokenMention): EntityMention {
    const start = this.orig(tokens[m.first].start);
    const end = this.orig(tokens[m.last - 1].end);
    const text = this.text.slice(start, end);
    return {
      start, end, text, type: m.type, id: m.id, key: m.acronym ?? cachedNameKey(text).spaced, lang,
      confidence: m.confidence, source: m.source, sameAs: null, ...(m.adjective ? { adjective: true as const } : {}),
    };
  }
}

/** A sentence of the document as detection reads it (one object per sentence; its tokens' text comes from the document). */
class DocumentSentence implements EntitySentence {
  /** `flags` of the tokens asked so far (a step asks a word a few times; most words are never asked). */
  private readonly bits: (number | undefined)[];

  constructor(
    private readonly text: string,
    private readonly orig: (offset: number) => number,
    readonly tokens: readonly Token[],
    readonly keys: readonly string[],
    readonly lang: Lang,
    private readonly words: LanguageWords,
  ) {
    this.bits = new Array<number | undefined>(keys.length);
  }

  flags(i: number): number {
    if (i < 0 || i >= this.keys.length) return 0;
    return (this.bits[i] ??= wordBits(this.words, this.keys[i]));
  }

  startFlags(i: number): number {
    if (i < 0 || i >= this.keys.length) return 0;
    return this.bits[i] ?? (this.words.starts.mayHave(this.keys[i]) ? this.flags(i) : 0);
  }

  original(i: number): string {
    return this.text.slice(this.orig(this.tokens[i].start), this.orig(this.tokens[i].end));
  }

  capitalised(i: number): boolean {
    return this.tokens[i].end > this.tokens[i].start && isUpperAt(this.text, this.orig(this.tokens[i].start));
  }
}

/** "long name (ACRONYM)": the two mentions name one entity; an id known for one is given to the other. */
function joinAcronyms(tokens: readonly Token[], mentions: readonly TokenMention[], out: EntityMention[], base: number): void {
  for (let a = 0; a + 1 < mentions.length; a++) {
    const long = mentions[a];
    const short = mentions[a + 1];
    if (tokens[long.last]?.text !== '(' || short.first !== long.last + 1 || tokens[short.last]?.text !== ')' || !short.acronym) continue;
    const l = out[base + a];
    const s = out[base + a + 1];
    if (!mayAbbreviate(s.text, l.text)) continue;
    s.sameAs = base + a;
    l.sameAs = base + a + 1;
    if (l.id !== null && s.id === null) Object.assign(s, { id: l.id, type: l.type, source: l.source });
    else if (s.id !== null && l.id === null) Object.assign(l, { id: s.id, type: s.type, source: s.source });
    else if (l.id === null) s.type = l.type;
  }
}

/**
 * Whether a Latin acronym may abbreviate a Latin name: it starts with the name's first letter and
 * its letters come in the name in order (OCHA, Office for the Coordination of Humanitarian Affairs;
 * UNICEF, United Nations Children's Fund), which a dateline's agency does not ("WASHINGTON (AP)").
 * An acronym after a name in another script is taken as given.
 */
function mayAbbreviate(acronym: string, name: string): boolean {
  if (!/^[A-Za-z]/.test(name)) return true;
  const letters = name.toLowerCase().replace(/^the\s+/, '');
  const wanted = acronym.toLowerCase().replace(/[^a-z]/g, '');
  if (wanted.length === 0 || letters[0] !== wanted[0]) return false;
  let at = 0;
  for (const c of wanted) {
    at = letters.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** The mentions not overlapping tokens `first` to `last` (a function of its own: a closure in the token loop would cost each token an allocation). */
function outside(mentions: readonly TokenMention[], first: number, last: number): TokenMention[] {
  return mentions.filter((m) => m.first >= last || m.last <= first);
}
