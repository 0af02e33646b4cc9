/**
 * Who a claim's figure is told of when its clause names it: the organisation or person written
 * right before the figure ("Maruti Suzuki sold 1,81,000 cars", "کانگریس نے 99 نشستیں جیتیں",
 * "the BJP won 240 seats"). Two files stating one claim key of two different subjects state two
 * facts, not a conflict: a folder of election or business news has one story per party or company.
 *
 * Who reports a figure is no subject: a name followed by a verb of reported speech or a source
 * marker before the figure ("the State Bank said inflation rose to 12%", "PBS کے مطابق") or after
 * "according to" / "به گفته" is left out, so two sources stating different figures still conflict;
 * so are news organisations (lexicon/entities/media.ts) and names in brackets ("CAIRO (Reuters) -").
 * A subject is told apart from another only where names compare surely: two known ids, or two
 * names of one language sharing no word of their keys (org names are translated between languages).
 */
import { figureLexicon } from '../lexicon/figureLexicon';
import { foldWord } from '../text/fold';
import { tokenize } from '../text/tokens';
import { leadEnd } from './lead';
import { MEDIA } from '../lexicon/entities/media';
import type { DocumentFacts, EntityMention, Figure } from '../types';

/** How far before a mention (UTF-16 units) a source marker ("according to the") is looked for. */
const MARKER_REACH = 24;
/** How far before its figure (UTF-16 units) a subject may stand: the subject next to it, not a name opening a long sentence. */
const SUBJECT_REACH = 50;

/** Figures that tell no amount of anything: when, or which. */
const UNTOLD: ReadonlySet<string> = new Set(['date', 'year', 'reference', 'ordinal']);

/**
 * Sets `subject` on each claim of a document's facts (`text`: the analysed text). A document whose
 * clauses name one organisation as their only subject (a company's results, a party's), and its
 * headline or lead names it, tells its other claims of it too ("its exports rose 12%"); one naming
 * several, or a person, or an organisation only further down (a source, a regulator), does not.
 */
export function assignSubjects(facts: Pick<DocumentFacts, 'claims' | 'figures' | 'entities' | 'sentences'>, text: string): void {
  const { claims, figures, entities, sentences } = facts;
  if (entities.length === 0 || claims.length === 0) return;
  const found = new Map<Figure, EntityMention>();
  // Figures telling an amount, in text order (a subject never stands before another of its sentence): those of
  // no claim name subjects too ("Maruti Suzuki sold 1,81,000 cars" without a predicate Concord knows).
  const ordered = figures.filter((f) => !UNTOLD.has(f.kind));
  let e = 0;
  let previousEnd = -1;
  for (const figure of ordered) {
    const i = sentences.indexAt(figure.start);
    const from = Math.max(i >= 0 ? sentences.start(i) : figure.start, previousEnd, figure.start - SUBJECT_REACH);
    previousEnd = figure.end;
    while (e < entities.length && entities[e].end <= figure.start) e++;
    const m = subjectBefore(text, entities, e, from);
    if (m && (m.type === 'organisation' || m.type === 'person') && !MEDIA.has(m.id ?? '') && !reported(text, m, figure)) found.set(figure, m);
  }
  const named = new Map([...found.values()].map((m) => [m.id ?? m.key, m]));
  const only = named.size === 1 ? [...named.values()][0] : null;
  const fallback = only?.type === 'organisation' && inLead(facts, only) ? subjectOf(only) : null;
  for (const c of claims) {
    const m = found.get(figures[c.figure]);
    c.subject = m ? subjectOf(m) : fallback;
  }
}

/**
 * The name a figure's clause makes its subject, among the mentions before index `end` starting at or
 * after `from`. With subject markers (ergative نے, ने), the nearest name they follow: word order puts
 * places and bodies of a setting between it and the figure (بی جے پی نے لوک سبھا انتخابات میں 240 نشستیں).
 * Otherwise the nearest name no preposition or postposition makes oblique (the BJP won 240 seats in the
 * Lok Sabha); a place there is what the figure is told of, and places are compared apart.
 */
function subjectBefore(text: string, entities: readonly EntityMention[], end: number, from: number): EntityMention | null {
  for (let k = end - 1; k >= 0 && entities[k].start >= from; k--) {
    const m = entities[k];
    // A name in brackets is said of another ("CAIRO (Reuters) -", "(ویب ڈیسک)"), no subject.
    if (/\(\s*$/u.test(text.slice(Math.max(0, m.start - 3), m.start))) continue;
    const lex = figureLexicon(m.lang);
    const after = wordsIn(text, m.end, m.end + WORD_REACH)[0] ?? '';
    if (lex.subjectMarkers.size > 0) {
      if (lex.subjectMarkers.has(after)) return m;
      continue;
    }
    // A preposition may stand a few words before the name it governs (در انتخابات لوک سبها, in the Lok Sabha).
    const before = wordsIn(text, Math.max(from, m.start - 3 * WORD_REACH), m.start).slice(-OBLIQUE_WORDS);
    if (!before.some((w) => lex.obliqueBefore.has(w)) && !lex.obliqueAfter.has(after)) return m;
  }
  return null;
}

/** How far (UTF-16 units) a word beside a name is looked for. */
const WORD_REACH = 16;
/** How many words before a name a preposition governing it may stand. */
const OBLIQUE_WORDS = 3;

/** The folded words of a piece of text. */
const wordsIn = (text: string, from: number, to: number): string[] => tokenize(foldWord(text.slice(from, to))).filter((t) => t.kind === 'word').map((t) => t.text);

/** Whether the lead of a document names an organisation (by id, else by name key). */
function inLead(facts: Pick<DocumentFacts, 'entities' | 'sentences'>, m: EntityMention): boolean {
  const end = leadEnd(facts);
  return facts.entities.some((x) => x.start < end && (m.id !== null ? x.id === m.id : x.key === m.key));
}

/** Whether a mention reports a figure rather than being what it is told of (see the file comment). */
function reported(text: string, m: EntityMention, figure: Figure): boolean {
  const words = figureLexicon(m.lang).reportingWords;
  if (words.size === 0) return false;
  const has = (from: number, to: number) => wordsIn(text, from, to).some((w) => words.has(w));
  return has(m.end, figure.start) || has(Math.max(0, m.start - MARKER_REACH), m.start);
}

/** A subject as kept on a claim: the mention's id (or ''), its language and its name key, tab-separated. */
function subjectOf(m: EntityMention): string {
  return `${m.id ?? ''}\t${m.lang}\t${m.key}`;
}

/** Whether two claims' subjects surely differ: two ids, else two names of one language sharing no word of their keys. */
export function differentSubjects(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b || a === b) return false;
  const [idA, langA, keyA] = a.split('\t');
  const [idB, langB, keyB] = b.split('\t');
  if (idA && idB) return idA !== idB;
  if (langA !== langB) return false;
  const words = new Set(keyA.split(' '));
  return !keyB.split(' ').some((w) => words.has(w));
}
