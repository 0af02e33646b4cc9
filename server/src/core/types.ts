/**
 * Plain data produced by the pure core. Everything here is JSON-serialisable and is the shape
 * behind the CLI's versioned JSON contract (see README "JSON output").
 * Offsets are UTF-16 offsets into the document text (BOM removed), `end` exclusive.
 */

/** Languages Concord tells apart; `und` when a paragraph has too little text to say. */
export type Lang = 'ur' | 'fa' | 'hi' | 'en' | 'ar' | 'und';

/** Writing systems of runs of text. */
export type Script = 'arabic' | 'devanagari' | 'latin' | 'other';

/** Digit systems a figure can be written in. */
export type DigitSystem = 'latn' | 'arabext' | 'arab' | 'deva';

/** How a figure's value is qualified by the words around it. */
export type Qualifier = 'exact' | 'approx' | 'more-than' | 'less-than' | 'at-least' | 'at-most' | 'range';

/** What sort of figure it is. */
export type FigureKind = 'cardinal' | 'ordinal' | 'percent' | 'currency' | 'date' | 'year' | 'range' | 'reference';

/** A half-open span of UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/** How the digits of a figure are written, so quick fixes can rewrite them without changing the value. */
export interface DigitForm {
  /** Digit system of the figure's digits. */
  system: DigitSystem;
  /** Grouping separator used ('' when none), e.g. ',' or '٬'. */
  groupSeparator: string;
  /** Grouping style: western 1,234,567; indian 12,34,567; none. */
  grouping: 'western' | 'indian' | 'none';
  /** Decimal separator used ('' when none), e.g. '.' or '٫'. */
  decimalSeparator: string;
}

/** A run of digits inside a figure, with its form and the value of the digits alone (before scale words). */
export interface DigitRun extends Span, DigitForm {
  value: number;
}

/** A number written in the text, with what it means. */
export interface Figure extends Span {
  /** The source text of the whole figure expression. */
  text: string;
  /** Numeric value; ISO 8601 string for dates; null when the text gives no definite value. */
  value: number | string | null;
  /** ISO 4217 code for money, '%' for percent, a measurement unit, or null. */
  unit: string | null;
  /** Concept id of what is counted (`country`, …) or the folded noun; null when unknown. */
  counted: string | null;
  /** Lower bound of a range, else null. */
  min: number | null;
  /** Upper bound of a range, else null. */
  max: number | null;
  qualifier: Qualifier;
  kind: FigureKind;
  /** The number itself (digits or words with their scale words, without unit or qualifier) and its value (null for ranges and vague amounts). */
  number: Span & { value: number | null };
  /** The first run of digits, when the figure has one (for digit quick fixes). */
  digits: DigitRun | null;
  /** All digit runs of this figure (a range has two), for digit-system rewriting; figures without digits share one frozen empty list. */
  digitRuns: readonly DigitRun[];
}

/** Types of entity mention. */
export type EntityType = 'person' | 'place' | 'organisation' | 'document' | 'other';

/** Where a mention was recognised: the workspace knowledge base, built-in tables, or a pattern (title, acronym, Latin word). */
export type EntitySource = 'kb' | 'builtin' | 'pattern';

/** A mention of an entity in the text. */
export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /** Entity id (knowledge base or built-in) or null when not linked. */
  id: string | null;
  /** Phonetic key of the name (consonant skeleton per word, space-separated) for cross-script linking. */
  key: string;
  /** Language of the paragraph the mention is in. */
  lang: Lang;
  /** How sure the detector is that this span names an entity, in [0,1]. */
  confidence: number;
  source: EntitySource;
  /** Index in `DocumentFacts.entities` of another name of the same entity given beside it ("long name (ACRONYM)"), else null. */
  sameAs: number | null;
  /** Set when the mention is the country's adjective or demonym (روسی, ईरानी, Pakistani), not its name. */
  adjective?: true;
}

/** A claim: a figure in its sentence with what it is about. */
export interface Claim {
  /** Index of the figure in `DocumentFacts.figures`. */
  figure: number;
  /** Key that groups statements of the same claim across files and languages: `concept|predicate`. */
  key: string;
  /** What is counted: a concept id (`country`), `money:USD`, `unit:km`, `%`, or `lang:noun` for unknown nouns. */
  concept: string;
  /** Predicate id (`sign`, `attend`, …). */
  predicate: string;
  /** Date or year stated in the same sentence, or null. */
  time: string | null;
  /** Events its sentence names (`earthquake`, `flood`, …; see lexicon/events.ts), or failing that its document's; most often none. */
  events: readonly string[];
  /** Who the figure is told of when its clause names it (see claims/subjects.ts: id, language and name key), else null. */
  subject?: string | null;
}

/** Severity of a Concord diagnostic. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A replacement of a span of a document's text. */
export interface TextReplacement extends Span {
  newText: string;
}

/** A quick fix carried in a diagnostic's data so the code action needs no re-analysis. */
export interface QuickFix {
  title: string;
  /** Edits of the diagnosed document. */
  edits: TextReplacement[];
  /** A server command to run instead of (or after) the edits, e.g. recording a decision. */
  command?: { id: string; args: unknown[] };
  /** Whether this is the preferred fix. */
  preferred?: boolean;
}

/** A location in another (or the same) document, by document key. */
export interface RelatedLocation extends Span {
  /** Document key (URI in the server, path in the CLI). */
  doc: string;
  message: string;
}

/** A problem found by a rule, in offsets of one document. */
export interface Finding extends Span {
  code: string;
  severity: Severity;
  message: string;
  related: RelatedLocation[];
  fixes: QuickFix[];
}

/** A paragraph with its language. */
export interface Paragraph extends Span {
  lang: Lang;
}

/** A sentence span, with the paragraph it belongs to. */
export interface Sentence extends Span {
  paragraph: number;
}

/**
 * Spans in text order, kept compactly (two numbers each, no object per span): a document's
 * paragraphs or sentences. A plain reading interface, so the facts stay simple data to their users.
 */
export interface SpanList {
  readonly length: number;
  start(index: number): number;
  end(index: number): number;
  /** Index of the span holding `offset` (start ≤ offset < end, or the end itself), or -1. */
  indexAt(offset: number): number;
}

/** Everything the core knows about one document: a pure function of its text and options. */
export interface DocumentFacts {
  /** Hash of the text and options the facts were computed from. */
  hash: string;
  /** Length of the analysed text in UTF-16 units. */
  length: number;
  /** Dominant language of the document. */
  lang: Lang;
  paragraphs: SpanList;
  sentences: SpanList;
  figures: Figure[];
  /** Entity mentions in text order (by start). */
  entities: EntityMention[];
  claims: Claim[];
  /** Why the document was only partly analysed (e.g. a line too long), else empty. */
  notes: string[];
  /** What its lead tells of the story's time (see claims/lead.ts `readLead`); absent in facts made before it was read. */
  lead?: LeadFacts;
}

/** The day a document's lead dates its story (ISO, or null) and the years it names, calendar and fiscal ("2024-25"). */
export interface LeadFacts {
  dated: string | null;
  years: string[];
  fiscal: string[];
  /** The day of the week it names (ISO: Monday 1 … Sunday 7; claims/weekdays.ts), or null; absent in facts made before it was read. */
  weekday?: number | null;
}

/** Facts with the findings of the per-document rules (cross-file rules live in the index). */
export interface AnalysedDocument extends DocumentFacts {
  findings: Finding[];
}
