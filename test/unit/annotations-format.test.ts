import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAnnotationFile, positionsToUtf16, serializeAnnotations } from '../../server/src/core/annotations/jsonl';
import { createAnnotation } from '../../server/src/core/annotations/model';
import { checkRows } from '../support/rows';

const WHO = { author: 'ana', created: '2026-01-01T00:00:00.000Z' };
// A non-BMP character before the mention makes UTF-16 and code-point offsets differ.
const TEXT = '😀 संयुक्त राष्ट्र और سازمان ملل متحد';

test('JSON Lines: header with version and units, code-point positions, round trip', () => {
  const un = createAnnotation(TEXT, { start: 3, end: 18 }, { id: 'a1', type: 'organisation', entity: 'un', note: 'UN in Hindi', ...WHO });
  const fa = createAnnotation(TEXT, { start: 22, end: 36 }, { id: 'a2', type: 'reject', detection: { kind: 'entity', type: 'place' }, ...WHO });
  const out = serializeAnnotations([un, fa], TEXT);
  const lines = out.trimEnd().split('\n');
  assert.deepEqual(JSON.parse(lines[0]), { format: 'concord-annotations', version: 1, units: { position: 'code points', quote: 'text' } });
  assert.deepEqual(JSON.parse(lines[1]).position, { start: 2, end: 17 });
  const parsed = parseAnnotationFile(out);
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual(positionsToUtf16(parsed.annotations, TEXT), [un, fa]);
});

test('a corrupt line is reported with its number and reason; the other lines are kept', () => {
  const good = (id: string) => JSON.stringify({ id, type: 'person', position: { start: 0, end: 2 }, quote: { exact: '😀', prefix: '', suffix: ' ' }, author: 'a', created: '2026-01-01T00:00:00Z' });
  const file = [
    '{"format":"concord-annotations","version":1,"units":{"position":"code points","quote":"text"}}',
    good('a1'),
    '{"id":"a2","type":"person","position":{"start":0,"end":2},"quote":{"exact":"x"', // cut off mid-write
    good('a3'),
    JSON.stringify({ id: 'a4', type: 'villain', position: { start: 0, end: 1 }, quote: { exact: '', prefix: '', suffix: '' }, author: 'a', created: '2026-01-01' }),
    good('a3'),
    '',
  ].join('\n');
  const parsed = parseAnnotationFile(file);
  assert.deepEqual(parsed.annotations.map((a) => a.id), ['a1', 'a3']);
  checkRows(
    [
      ['truncated line', 0, 3],
      ['unknown type', 1, 5],
      ['duplicate id', 2, 6],
    ],
    (i: number) => parsed.problems[i].line,
  );
  assert.match(parsed.problems[0].reason, /not valid JSON/);
  assert.match(parsed.problems[1].reason, /"type" must be one of/);
  assert.match(parsed.problems[2].reason, /duplicate annotation id "a3"/);
});

test('a file without header or with a newer version is read, with a problem saying so', () => {
  const record = '{"id":"a1","type":"place","position":{"start":0,"end":1},"quote":{"exact":"x","prefix":"","suffix":""},"author":"a","created":"2026-01-01"}';
  assert.match(parseAnnotationFile(record).problems[0].reason, /header line .* missing/);
  const newer = parseAnnotationFile(`{"format":"concord-annotations","version":2}\n${record}\n`);
  assert.equal(newer.annotations.length, 1);
  assert.match(newer.problems[0].reason, /version 2 is not supported/);
});
