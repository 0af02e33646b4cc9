/**
 * The stored form of a document's annotations: JSON Lines, one record per line, reviewable in
 * version control. The first line is a header with the format version and the offset units;
 * every other line is one annotation. Positions are Unicode code points (as in the W3C
 * TextPositionSelector and brat), so the file means the same to any tool in any language; in
 * memory they are UTF-16 (see model.ts). A corrupt line is reported with its number and skipped;
 * the other lines are kept.
 *
 * ```
 * {"format":"concord-annotations","version":1,"units":{"position":"code points","quote":"text"}}
 * {"id":"a1","type":"person","position":{"start":10,"end":19},"quote":{"exact":"…","prefix":"…","suffix":"…"},"entity":"pham-minh-chinh","author":"ana","created":"2026-01-01T00:00:00.000Z"}
 * ```
 */
import { ANNOTATION_TYPES, type Annotation, type AnnotationType } from './model';
import { OffsetConverter } from './offsets';

/** Format name in the header record. */
export const ANNOTATION_FORMAT = 'concord-annotations';
/** Format version written and read. */
export const ANNOTATION_FORMAT_VERSION = 1;

/** How a brat file was laid out, so exporting what was imported gives the same bytes. */
export interface BratLayout {
  /** Ids of the brat lines in file order (T1, #1, N1, R1, …). */
  order: string[];
  /** Lines Concord does not model (relations, events, attributes, discontinuous spans), by id. */
  lines: Record<string, string>;
  finalNewline: boolean;
}

/** The header record. */
export interface AnnotationHeader {
  format: typeof ANNOTATION_FORMAT;
  version: number;
  units: { position: 'code points'; quote: 'text' };
  brat?: BratLayout;
}

/** A line that could not be read. */
export interface LineProblem {
  /** 1-based line number. */
  line: number;
  reason: string;
}

/** A parsed annotation file. Annotation positions are code points here. */
export interface ParsedAnnotationFile {
  header: AnnotationHeader;
  annotations: Annotation[];
  problems: LineProblem[];
}

/** A fresh header. */
export function newHeader(): AnnotationHeader {
  return { format: ANNOTATION_FORMAT, version: ANNOTATION_FORMAT_VERSION, units: { position: 'code points', quote: 'text' } };
}

/** Serialises annotations (positions in UTF-16 of `text`) as JSON Lines with code-point positions. */
export function serializeAnnotations(annotations: readonly Annotation[], text: string, header: AnnotationHeader = newHeader()): string {
  const convert = new OffsetConverter(text);
  const lines = [JSON.stringify({ ...header, format: ANNOTATION_FORMAT, version: ANNOTATION_FORMAT_VERSION })];
  for (const a of annotations) lines.push(JSON.stringify(toRecord(a, convert.toCodePoint(a.start), convert.toCodePoint(a.end))));
  return `${lines.join('\n')}\n`;
}

/** Parses an annotation file; positions stay in code points (convert with `positionsToUtf16`). Never throws. */
export function parseAnnotationFile(content: string): ParsedAnnotationFile {
  const problems: LineProblem[] = [];
  const annotations: Annotation[] = [];
  let header: AnnotationHeader | null = null;
  const ids = new Set<string>();
  const lines = content.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      problems.push({ line: n + 1, reason: `not valid JSON (${e instanceof Error ? e.message : String(e)})` });
      continue;
    }
    if (isObject(value) && value.format === ANNOTATION_FORMAT) {
      if (value.version !== ANNOTATION_FORMAT_VERSION) problems.push({ line: n + 1, reason: `format version ${String(value.version)} is not supported (expected ${ANNOTATION_FORMAT_VERSION}); reading what can be read` });
      header = { ...newHeader(), ...(isBratLayout(value.brat) ? { brat: value.brat } : {}) };
      continue;
    }
    const read = fromRecord(value);
    if (typeof read === 'string') problems.push({ line: n + 1, reason: read });
    else if (ids.has(read.id)) problems.push({ line: n + 1, reason: `duplicate annotation id "${read.id}"` });
    else {
      ids.add(read.id);
      annotations.push(read);
    }
  }
  if (!header && annotations.length > 0) problems.unshift({ line: 1, reason: 'the header line (format and version) is missing; reading as version 1' });
  return { header: header ?? newHeader(), annotations, problems };
}

/** Converts parsed annotations from code points to UTF-16 offsets of `text`. */
export function positionsToUtf16(annotations: readonly Annotation[], text: string): Annotation[] {
  const convert = new OffsetConverter(text);
  return annotations.map((a) => ({ ...a, start: convert.fromCodePoint(a.start), end: convert.fromCodePoint(a.end) }));
}

/** The stored record of an annotation (fields in a fixed order, empty optional fields left out). */
function toRecord(a: Annotation, start: number, end: number): Record<string, unknown> {
  const record: Record<string, unknown> = { id: a.id, type: a.type, position: { start, end }, quote: { exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix } };
  if (a.entity) record.entity = a.entity;
  if (a.note) record.note = a.note;
  if (a.source) record.source = a.source;
  if (a.detection) record.detection = a.detection;
  if (a.external) record.external = a.external;
  record.author = a.author;
  record.created = a.created;
  if (a.orphaned) record.orphaned = true;
  return record;
}

/** Reads a record, or says what is wrong with it. */
function fromRecord(value: unknown): Annotation | string {
  if (!isObject(value)) return 'not a JSON object';
  const { id, type, position, quote, author, created } = value;
  if (typeof id !== 'string' || id === '') return '"id" must be a non-empty string';
  if (!ANNOTATION_TYPES.includes(type as AnnotationType)) return `"type" must be one of ${ANNOTATION_TYPES.join(', ')}`;
  if (!isObject(position) || !isOffset(position.start) || !isOffset(position.end) || position.end < position.start) return '"position" must be {"start","end"} with 0 ≤ start ≤ end (code points)';
  if (!isObject(quote) || typeof quote.exact !== 'string' || typeof quote.prefix !== 'string' || typeof quote.suffix !== 'string') return '"quote" must be {"exact","prefix","suffix"} strings';
  if (typeof author !== 'string') return '"author" must be a string';
  if (typeof created !== 'string' || Number.isNaN(Date.parse(created))) return '"created" must be an ISO 8601 time';
  const a: Annotation = { id, type: type as AnnotationType, start: position.start, end: position.end, quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix }, author, created };
  for (const key of ['entity', 'note', 'source'] as const) {
    const v = value[key];
    if (v === undefined) continue;
    if (typeof v !== 'string') return `"${key}" must be a string`;
    a[key] = v;
  }
  const { detection, external } = value;
  if (detection !== undefined) {
    if (!isObject(detection) || (detection.kind !== 'entity' && detection.kind !== 'figure') || typeof detection.type !== 'string') return '"detection" must be {"kind": "entity"|"figure", "type"}';
    a.detection = { kind: detection.kind, type: detection.type, ...(detection.value !== undefined ? { value: detection.value as string | number | null } : {}) };
  }
  if (external !== undefined) {
    if (!isObject(external) || typeof external.id !== 'string' || typeof external.label !== 'string') return '"external" must be {"id", "label"} strings';
    a.external = { id: external.id, label: external.label };
    if (typeof external.noteId === 'string') a.external.noteId = external.noteId;
    if (typeof external.referenceId === 'string') a.external.referenceId = external.referenceId;
  }
  if (value.orphaned === true) a.orphaned = true;
  return a;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isOffset(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

function isBratLayout(v: unknown): v is BratLayout {
  return isObject(v) && Array.isArray(v.order) && v.order.every((x) => typeof x === 'string') && isObject(v.lines) && Object.values(v.lines).every((x) => typeof x === 'string') && typeof v.finalNewline === 'boolean';
}
