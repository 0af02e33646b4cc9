import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../server/src/core/analyze';
import { detectionAnnotations } from '../../server/src/core/annotations/detections';
import { annotationActions, annotationHover, ANNOTATION_COMMANDS, isRejectedSpan, orphanFindings } from '../../server/src/core/annotations/features';
import { createAnnotation, type Annotation } from '../../server/src/core/annotations/model';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';
import { checkRows } from '../support/rows';

const TEXT = 'نمایندگان ۱۸ کشور و 70 سازمان در هانوی گرد آمدند و سازمان ملل متحد گفت.';
const FACTS = analyzeDocument(TEXT, DEFAULT_OPTIONS);
const WHO = { author: 'ana', created: '2026-01-01T00:00:00.000Z' };
const span = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });
const make = (needle: string, fields: Partial<Annotation> & Pick<Annotation, 'type'>): Annotation => createAnnotation(TEXT, span(needle), { id: needle, ...WHO, ...fields });

test('code actions for a selection, a detected name and a figure', () => {
  const titles = (selection: { start: number; end: number }, annotations: Annotation[] = []) => annotationActions(FACTS, TEXT, annotations, selection).map((a) => a.title);
  const hanoi = span('هانوی');
  checkRows(
    [
      ['a selected phrase: the four types', span('گرد آمدند'), ['Annotate “گرد آمدند” as person', 'Annotate “گرد آمدند” as place', 'Annotate “گرد آمدند” as organisation', 'Annotate “گرد آمدند” as other']],
      ['the cursor on a detected place: link, confirm, reject', { start: hanoi.start + 1, end: hanoi.start + 1 }, ['Link “هانوی” to a knowledge-base entity…', 'Confirm the detected place “هانوی” (city:hanoi)', 'Reject the detected place “هانوی”']],
      ['the cursor on a figure: verify, confirm, reject', { start: 11, end: 11 }, ['Mark the figure “۱۸” as verified…', 'Confirm the figure “۱۸”', 'Reject the figure “۱۸” (not a figure)']],
    ],
    (selection) => titles(selection),
  );
  const confirm = annotationActions(FACTS, TEXT, [], { start: hanoi.start, end: hanoi.start }).find((a) => a.title.startsWith('Confirm'));
  assert.deepEqual(confirm?.arg, { span: hanoi, type: 'confirm', detection: { kind: 'entity', type: 'place' }, entity: 'city:hanoi' }, 'a confirmation keeps the linked entity');
  const judged = titles({ start: 11, end: 11 }, [make('۱۸', { type: 'reject', detection: { kind: 'figure', type: 'cardinal', value: 18 } })]);
  assert.deepEqual(judged, ['Mark the figure “۱۸” as verified…', 'Remove the annotation “۱۸” (reject)'], 'a judged figure is not offered again; its judgement can be removed');
  const orphan = { ...make('هانوی', { type: 'place' }), orphaned: true };
  assert.ok(titles(span('گرد'), [orphan]).includes('Re-attach the orphaned annotation “هانوی” to “گرد”'));
});

test('orphans become findings with a delete fix; hovers list annotations; rejections are exact spans', () => {
  const orphan = { ...make('هانوی', { type: 'place', note: 'city' }), orphaned: true };
  const [finding] = orphanFindings('doc', [make('۱۸', { type: 'confirm' }), orphan], TEXT.length);
  assert.equal(finding.code, 'concord.annotation-orphaned');
  assert.deepEqual([finding.start, finding.end], [orphan.start, orphan.end]);
  assert.deepEqual(finding.fixes[0].command, { id: ANNOTATION_COMMANDS.remove, args: [{ uri: 'doc', id: 'هانوی' }] });
  const hover = annotationHover([make('سازمان ملل متحد', { type: 'organisation', entity: 'org:un' })], span('ملل').start);
  assert.match(hover!.lines[0], /organisation · → org:un · by ana, 2026-01-01/);
  assert.equal(annotationHover([orphan], orphan.start), null, 'orphans have no place to hover');
  const reject = make('70', { type: 'reject' });
  assert.equal(isRejectedSpan([reject], span('70')), true);
  assert.equal(isRejectedSpan([reject], { start: span('70').start, end: span('70').end + 1 }), false);
});

test('detections as annotations, less the rejected ones', () => {
  const rejected = make('هانوی', { type: 'reject', detection: { kind: 'entity', type: 'place' } });
  const detections = detectionAnnotations(FACTS, TEXT, [rejected], WHO.created);
  assert.deepEqual(
    detections.map((d) => [d.quote.exact, d.type, d.entity ?? null, d.external?.label, d.author]),
    [
      ['سازمان ملل متحد', 'organisation', 'org:un', 'Concord_organisation', 'concord'],
      ['۱۸', 'other', null, 'Concord_figure', 'concord'],
      ['70', 'other', null, 'Concord_figure', 'concord'],
    ],
  );
});
