/**
 * brat standoff (.ann): export and import. Offsets in .ann files are Unicode code points of the
 * document text. Text-bound annotations (T), annotator notes (#) and Concord normalisations
 * (N … Concord:<entity id>) map to annotations; every other line (relations, events, attributes,
 * other normalisations, discontinuous spans) is kept verbatim with its place in the file, so a
 * brat file imported and exported again is byte-identical.
 */
import { OffsetConverter } from './offsets';
import { createAnnotation, type Annotation, type AnnotationType } from './model';
import type { BratLayout, LineProblem } from './jsonl';

/** Normalisation database name for Concord entity ids in N lines. */
export const BRAT_REFERENCE_DB = 'Concord';

const DEFAULT_LABELS: Record<AnnotationType, string> = {
  person: 'Person',
  place: 'Place',
  organisation: 'Organisation',
  other: 'Other',
  'figure-verified': 'Figure_verified',
  confirm: 'Confirm',
  reject: 'Reject',
};

/** brat labels other tools use, by lower-cased label. */
const LABEL_TYPES: Record<string, AnnotationType> = {
  person: 'person', per: 'person', people: 'person',
  place: 'place', location: 'place', loc: 'place', gpe: 'place', country: 'place', city: 'place',
  organisation: 'organisation', organization: 'organisation', org: 'organisation',
  figure_verified: 'figure-verified', confirm: 'confirm', reject: 'reject',
};

/** The annotation type a brat label stands for (`other` when unknown). */
export function typeOfLabel(label: string): AnnotationType {
  return LABEL_TYPES[label.toLowerCase().replace(/^concord_/, '')] ?? 'other';
}

/** Exports annotations of `text` as a brat .ann file, following an imported file's layout when given. */
export function exportBrat(annotations: readonly Annotation[], text: string, layout?: BratLayout): string {
  const convert = new OffsetConverter(text);
  const generated = new Map<string, string>();
  const canonical: string[] = [];
  const taken = new Set([...(layout?.order ?? []), ...annotations.flatMap((a) => (a.external ? [a.external.id, a.external.noteId ?? '', a.external.referenceId ?? ''] : []))]);
  const fresh = (prefix: string) => {
    let n = 1;
    while (taken.has(`${prefix}${n}`)) n++;
    taken.add(`${prefix}${n}`);
    return `${prefix}${n}`;
  };
  const sorted = [...annotations].filter((a) => !a.orphaned).sort((a, b) => a.start - b.start || a.end - b.end);
  for (const a of sorted) {
    const ext = a.external && typeOfLabel(a.external.label) === a.type ? a.external : undefined;
    const tid = ext?.id || fresh('T');
    const label = ext?.label ?? DEFAULT_LABELS[a.type];
    const fragments = fragmentsOf(text, a.start, a.end).map(([s, e]) => `${convert.toCodePoint(s)} ${convert.toCodePoint(e)}`);
    const own: [string, string][] = [[tid, `${tid}\t${label} ${fragments.join(';')}\t${a.quote.exact.replace(/\r?\n/g, ' ')}`]];
    if (a.entity) {
      const nid = ext?.referenceId || fresh('N');
      own.push([nid, `${nid}\tReference ${tid} ${BRAT_REFERENCE_DB}:${a.entity}\t${a.entity}`]);
    }
    const note = [a.source ? `source: ${a.source}` : '', a.note ?? ''].filter(Boolean).join(' | ');
    if (note) {
      const hid = ext?.noteId || fresh('#');
      own.push([hid, `${hid}\tAnnotatorNotes ${tid}\t${note.replace(/\r?\n/g, ' ')}`]);
    }
    for (const [id, line] of own) {
      generated.set(id, line);
      canonical.push(id);
    }
  }
  const out: string[] = [];
  for (const id of layout?.order ?? []) {
    const line = layout!.lines[id] ?? generated.get(id);
    if (line !== undefined) out.push(line);
    generated.delete(id);
  }
  for (const id of canonical) if (generated.has(id)) out.push(generated.get(id)!);
  if (out.length === 0) return '';
  return out.join('\n') + (layout?.finalNewline === false ? '' : '\n');
}

/** What importing a .ann file gives. */
export interface BratImport {
  /** Annotations in UTF-16 offsets of the text; ids are `brat-<T id>`. */
  annotations: Annotation[];
  layout: BratLayout;
  problems: LineProblem[];
}

/** Imports a brat .ann file for `text`. Never throws; unreadable lines are reported and kept verbatim. */
export function importBrat(ann: string, text: string, who: { author: string; created: string }): BratImport {
  const convert = new OffsetConverter(text);
  const layout: BratLayout = { order: [], lines: {}, finalNewline: ann.endsWith('\n') };
  const problems: LineProblem[] = [];
  const byT = new Map<string, Annotation>();
  const lines = ann.split('\n');
  if (layout.finalNewline) lines.pop();
  const keep = (id: string, line: string) => {
    layout.order.push(id);
    layout.lines[id] = line;
  };
  lines.forEach((line, n) => {
    const [id = '', body = '', tail] = line.split('\t');
    const key = id && !layout.order.includes(id) ? id : `line${n + 1}`;
    const t = /^T\d+$/.test(id) ? /^(\S+) (\d+) (\d+)$/.exec(body) : null;
    if (t && tail !== undefined) {
      const start = convert.fromCodePoint(Number(t[2]));
      const end = convert.fromCodePoint(Number(t[3]));
      if (end < start || Number(t[3]) > convert.codePointLength) return problems.push({ line: n + 1, reason: `${id}: offsets ${t[2]}–${t[3]} lie outside the text` }), keep(key, line);
      if (text.slice(start, end) !== tail) problems.push({ line: n + 1, reason: `${id}: the text "${tail}" differs from the document's "${text.slice(start, end)}" (are the offsets code points?)` });
      const a = createAnnotation(text, { start, end }, { id: `brat-${id}`, type: typeOfLabel(t[1]), external: { id, label: t[1] }, ...who });
      byT.set(id, a);
      layout.order.push(id);
      return;
    }
    const note = /^#\d+$/.test(id) ? /^AnnotatorNotes (T\d+)$/.exec(body) : null;
    const noted = note ? byT.get(note[1]) : undefined;
    if (noted && tail !== undefined && !noted.external!.noteId) {
      const source = noted.type === 'figure-verified' ? /^source: (.*?)(?: \| (.*))?$/.exec(tail) : null;
      if (source) {
        noted.source = source[1];
        if (source[2]) noted.note = source[2];
      } else noted.note = tail;
      noted.external!.noteId = id;
      layout.order.push(id);
      return;
    }
    const ref = /^N\d+$/.test(id) ? new RegExp(`^Reference (T\\d+) ${BRAT_REFERENCE_DB}:(\\S+)$`).exec(body) : null;
    const linked = ref ? byT.get(ref[1]) : undefined;
    if (linked && tail === ref![2] && !linked.external!.referenceId) {
      linked.entity = ref![2];
      linked.external!.referenceId = id;
      layout.order.push(id);
      return;
    }
    if (line.trim() !== '' && !/^[TRENAM#*]\d*$/.test(id)) problems.push({ line: n + 1, reason: `not a brat standoff line; kept as it is` });
    keep(key, line);
  });
  return { annotations: [...byT.values()], layout, problems };
}

/** The pieces of a span between line breaks (brat spans cannot hold a newline). */
function fragmentsOf(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  for (let i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
    const to = i > from && text[i - 1] === '\r' ? i - 1 : i;
    if (to > from) out.push([from, to]);
    from = i + 1;
  }
  if (end > from || out.length === 0) out.push([from, end]);
  return out;
}
