/**
 * What the editor shows and offers for annotations, as plain data: orphan findings, hover lines,
 * and the annotate / link / confirm / reject / verify actions for a selection. The server only
 * converts offsets and wraps these in LSP types.
 */
import { isolate } from '../text/bidi';
import type { DocumentFacts, Finding, Span } from '../types';
import { describeAnnotation, SPAN_TYPES, type Annotation, type AnnotationType, type DetectionRef } from './model';
import { entityDetection, figureDetection } from './detections';

/** Diagnostic code of an annotation that could not be re-anchored. */
export const ORPHANED_CODE = 'concord.annotation-orphaned';

/** Server command ids. */
export const ANNOTATION_COMMANDS = {
  add: 'concord.annotations.add',
  remove: 'concord.annotations.remove',
  link: 'concord.annotations.link',
  reattach: 'concord.annotations.reattach',
  export: 'concord.annotations.export',
  import: 'concord.annotations.import',
} as const;

/** Client command ids the actions open (they ask the user something, then call the server). */
export const CLIENT_COMMANDS = { linkEntity: 'concord.linkEntity', verifyFigure: 'concord.verifyFigure' } as const;

/** An action for a selection: a title and the command with its argument. */
export interface AnnotationAction {
  title: string;
  command: string;
  /** The command's single argument; `span` is turned into an LSP range by the server. */
  arg: { span?: Span; type?: AnnotationType; id?: string; detection?: DetectionRef; entity?: string };
}

/** A finding for each orphaned annotation, at its last known place, with a quick fix that deletes it. */
export function orphanFindings(doc: string, annotations: readonly Annotation[], textLength: number): Finding[] {
  return annotations
    .filter((a) => a.orphaned)
    .map((a) => {
      const start = Math.min(a.start, textLength);
      return {
        start,
        end: Math.max(start, Math.min(a.end, textLength)),
        code: ORPHANED_CODE,
        severity: 'warning' as const,
        message: `Annotation not found after edits: ${a.type} “${a.quote.exact}”. It is kept: select the text and use “Re-attach”, or delete it.`,
        related: [],
        fixes: [{ title: `Delete the orphaned annotation “${a.quote.exact}”`, edits: [], command: { id: ANNOTATION_COMMANDS.remove, args: [{ uri: doc, id: a.id }] } }],
      };
    });
}

/** Hover lines of the annotations covering an offset (end inclusive, like figure hovers). */
export function annotationHover(annotations: readonly Annotation[], offset: number): { span: Span; lines: string[] } | null {
  const here = annotations.filter((a) => !a.orphaned && a.start <= offset && offset <= a.end);
  if (here.length === 0) return null;
  return {
    span: { start: Math.min(...here.map((a) => a.start)), end: Math.max(...here.map((a) => a.end)) },
    lines: here.map((a) => `**Annotation** ${isolate(a.quote.exact)}: ${describeAnnotation(a)}`),
  };
}

/** Whether a span equals an anchored rejection (the detection there should not be shown). */
export function isRejectedSpan(annotations: readonly Annotation[], span: Span): boolean {
  return annotations.some((a) => a.type === 'reject' && !a.orphaned && a.start === span.start && a.end === span.end);
}

/** The actions for a selection (or a cursor position when `selection` is empty). */
export function annotationActions(facts: DocumentFacts, text: string, annotations: readonly Annotation[], selection: Span): AnnotationAction[] {
  const actions: AnnotationAction[] = [];
  const at = (s: Span) => (selection.start === selection.end ? s.start <= selection.start && selection.start <= s.end : s.start < selection.end && selection.start < s.end);
  const quote = (s: Span) => `“${text.slice(s.start, s.end)}”`;
  const judged = (s: Span) => annotations.some((a) => (a.type === 'confirm' || a.type === 'reject') && !a.orphaned && a.start === s.start && a.end === s.end);
  if (selection.end > selection.start && !/\n/.test(text.slice(selection.start, selection.end))) {
    for (const type of SPAN_TYPES) actions.push({ title: `Annotate ${quote(selection)} as ${type}`, command: ANNOTATION_COMMANDS.add, arg: { span: selection, type } });
    const orphan = annotations.find((a) => a.orphaned);
    if (orphan) actions.push({ title: `Re-attach the orphaned annotation “${orphan.quote.exact}” to ${quote(selection)}`, command: ANNOTATION_COMMANDS.reattach, arg: { span: selection, id: orphan.id } });
  }
  for (const m of facts.entities.filter(at)) {
    actions.push({ title: `Link ${quote(m)} to a knowledge-base entity…`, command: CLIENT_COMMANDS.linkEntity, arg: { span: { start: m.start, end: m.end } } });
    if (judged(m)) continue;
    const detection = entityDetection(m);
    const entity = m.id ? { entity: m.id } : {};
    actions.push({ title: `Confirm the detected ${m.type} ${quote(m)}${m.id ? ` (${m.id})` : ''}`, command: ANNOTATION_COMMANDS.add, arg: { span: { start: m.start, end: m.end }, type: 'confirm', detection, ...entity } });
    actions.push({ title: `Reject the detected ${m.type} ${quote(m)}`, command: ANNOTATION_COMMANDS.add, arg: { span: { start: m.start, end: m.end }, type: 'reject', detection } });
  }
  for (const f of facts.figures.filter(at)) {
    const span = { start: f.start, end: f.end };
    actions.push({ title: `Mark the figure ${quote(f)} as verified…`, command: CLIENT_COMMANDS.verifyFigure, arg: { span, detection: figureDetection(f) } });
    if (judged(f)) continue;
    actions.push({ title: `Confirm the figure ${quote(f)}`, command: ANNOTATION_COMMANDS.add, arg: { span, type: 'confirm', detection: figureDetection(f) } });
    actions.push({ title: `Reject the figure ${quote(f)} (not a figure)`, command: ANNOTATION_COMMANDS.add, arg: { span, type: 'reject', detection: figureDetection(f) } });
  }
  for (const a of annotations.filter((x) => !x.orphaned && at(x))) {
    if (!facts.entities.some((m) => m.start === a.start && m.end === a.end) && SPAN_TYPES.includes(a.type)) {
      actions.push({ title: `Link ${quote(a)} to a knowledge-base entity…`, command: CLIENT_COMMANDS.linkEntity, arg: { span: { start: a.start, end: a.end } } });
    }
    actions.push({ title: `Remove the annotation ${quote(a)} (${a.type})`, command: ANNOTATION_COMMANDS.remove, arg: { id: a.id } });
  }
  return actions;
}
