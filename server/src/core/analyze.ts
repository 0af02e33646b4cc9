/**
 * The per-document pipeline: text → segments → figures → entities → claims → findings. The result
 * is plain data and a pure function of the text and the options.
 */
import { sentenceClaims } from './claims/extract';
import { findEvents } from './claims/predicates';
import { assignSubjects } from './claims/subjects';
import { dropToldYears, emptyLead, LEAD_SENTENCES, readLead } from './claims/lead';
import { recognizeSentence, sentenceScope } from './figures/recognize';
import { optionsKey, ruleSettings, type AnalysisOptions } from './options';
import { DOCUMENT_RULES } from './rules';
import { contentHash } from './text/hash';
import { WORLD } from './claims/compare';
import { DocumentEntities } from './entities/documentEntities';
import { segment } from './text/segment';
import { resolveRupees } from './figures/rupees';
import { resolveHomeBodies } from './entities/homeBodies';
import { quotedNames } from './figures/furniture';
import { unitNameAt, type UnitNames } from './figures/unitNames';
import { spanList } from './text/spanList';
import { overlongLines, overlongNote } from './rules/notAnalysed';
import type { AnalysedDocument, Claim, DocumentFacts, Figure, Finding } from './types';

/** Version of the facts' shape; bump it when facts change meaning so caches are dropped. */
export const FACTS_VERSION = 7;

/** Strips a leading BOM: offsets in the JSON contract are into the text without it. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The cache key of a text's facts under options (given as their `optionsKey`). */
export function factsHash(text: string, optionsKeyText: string): string {
  return contentHash(text, `${FACTS_VERSION}:${optionsKeyText}`);
}

/** Analyses one document with the findings of the per-document rules. Never throws on bad text. */
export function analyzeDocument(text: string, options: AnalysisOptions): AnalysedDocument {
  const facts = analyzeFacts(text, options);
  return { ...facts, findings: documentFindings(facts, text, options) };
}

/**
 * The facts of one document (`hash`: its `factsHash`, when the caller has it already), without the
 * findings: the index derives those when they are asked for, once. Never throws on bad text.
 */
export function analyzeFacts(text: string, options: AnalysisOptions, hash = factsHash(text, optionsKey(options))): DocumentFacts {
  const notes: string[] = [];
  const analysed = blankOverlongLines(text, options.maxLineLength, notes);
  const figures: Figure[] = [];
  const claims: Claim[] = [];
  let entities: DocumentEntities | null = null;
  const docEvents = new Set<string>();
  const names = quotedNames(analysed);
  const lead = emptyLead();
  // The Solar Hijri year the document last wrote in a date: its dates written without one are of it.
  const solarYear: { value: number | null } = { value: null };
  const unitNames: UnitNames = new Map();
  const counterNouns = new Map<string, string>();
  let sentences = 0;
  const seg = segment(analysed, (paragraph, segmented) => {
    entities ??= new DocumentEntities(analysed, segmented.orig, options.knowledgeBase);
    for (const sentence of paragraph.sentences) {
      const scope = sentenceScope(analysed, paragraph, sentence, segmented, names, solarYear, unitNames, counterNouns);
      const found = recognizeSentence(scope);
      // An abbreviation the document names a unit by (773.6 MT) is no organisation.
      // Only a document that named a unit by an abbreviation (781 million tonnes (MT)) has words that are no mention.
      const named = entities.addSentence(scope.tokens, scope.lang, unitNames.size > 0 ? (k) => unitNameAt(scope, k) !== null : undefined);
      const events = findEvents(scope.words, scope.lang);
      for (const e of events) if (e !== WORLD) docEvents.add(e);
      if (sentences++ < LEAD_SENTENCES) readLead(lead, scope.words, scope.lang, found);
      if (found.length === 0) continue;
      const base = figures.length;
      for (const f of found) figures.push(f.figure);
      claims.push(...sentenceClaims(scope.words, scope.lang, found.map((f, k) => ({ index: base + k, figure: f.figure, first: f.first, last: f.last })), events, named));
    }
  });
  storyEvents(claims, docEvents);
  dropToldYears(lead, claims, figures);
  const mentions = (entities as DocumentEntities | null)?.finish() ?? [];
  const paragraphs = spanList(seg.paragraphs);
  resolveHomeBodies(mentions);
  resolveRupees(figures, claims, mentions, paragraphs);
  const sentenceSpans = spanList(seg.sentences);
  assignSubjects({ claims, figures, entities: mentions, sentences: sentenceSpans }, analysed);
  return { hash, length: text.length, lang: seg.lang, paragraphs, sentences: sentenceSpans, figures: exact(figures), entities: exact(mentions), claims: exact(claims), notes, lead };
}

/** A list grown by pushing, copied to its length: grown lists keep up to half their length spare, and the index keeps every document's facts. */
function exact<T>(list: T[]): T[] {
  return list.length === 0 ? list : list.slice();
}

/**
 * A claim whose sentence names no event is about the events its document names (the headline and
 * lead name the fire; "20 were killed" in the third sentence is still the fire's toll): a story
 * names its event once, and a folder holds many stories. "Worldwide" is its sentence's own (see `WORLD`).
 */
function storyEvents(claims: Claim[], docEvents: ReadonlySet<string>): void {
  if (docEvents.size === 0) return;
  const events = Object.freeze([...docEvents]);
  const worldEvents = Object.freeze([...docEvents, WORLD]);
  for (const c of claims) {
    if (c.events.length === 0) c.events = events;
    else if (c.events.length === 1 && c.events[0] === WORLD) c.events = worldEvents;
  }
}

/** Findings of the per-document rules over a document's facts (`text`: the document's text). */
export function documentFindings(facts: DocumentFacts, text: string, options: AnalysisOptions): Finding[] {
  const findings: Finding[] = [];
  for (const rule of DOCUMENT_RULES) {
    const settings = ruleSettings(options, rule.id, rule.defaultSeverity);
    if (settings.enabled) findings.push(...rule.check(facts, text, options, settings.severity));
  }
  return findings;
}

/**
 * Replaces lines longer than the limit by spaces of the same length, so offsets stay true and a
 * minified or binary-like line cannot make the analysis slow; the note says what was skipped.
 */
function blankOverlongLines(text: string, maxLineLength: number, notes: string[]): string {
  const lines = overlongLines(text, maxLineLength);
  if (lines.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const line of lines) {
    parts.push(text.slice(at, line.start), ' '.repeat(line.end - line.start));
    notes.push(overlongNote(line, maxLineLength));
    at = line.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
