import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { exportBrat, importBrat } from '../../server/src/core/annotations/brat';
import { exportConll } from '../../server/src/core/annotations/conll';
import { parseAnnotationFile, positionsToUtf16, serializeAnnotations } from '../../server/src/core/annotations/jsonl';
import { createAnnotation, type Annotation, type AnnotationType } from '../../server/src/core/annotations/model';
import { exportW3c } from '../../server/src/core/annotations/w3c';
import { haveShared, SEEDS } from '../support/shared';

const WHO = { author: 'ana', created: '2026-01-01T00:00:00.000Z' };
const TEXT = '😀 Pham Minh Chinh نے ہنوئی میں کہا۔\nसंयुक्त राष्ट्र ने 72 देश।';
const span = (needle: string, type: AnnotationType, extra: Partial<Annotation> = {}) => {
  const start = TEXT.indexOf(needle);
  return createAnnotation(TEXT, { start, end: start + needle.length }, { id: `a-${start}`, type, ...WHO, ...extra });
};

test('brat export: code-point offsets, notes and Concord entity references', () => {
  const ann = exportBrat([span('ہنوئی', 'place', { entity: 'hanoi' }), span('Pham Minh Chinh', 'person', { note: 'PM of Viet Nam' })], TEXT);
  assert.equal(
    ann,
    'T1\tPerson 2 17\tPham Minh Chinh\n#1\tAnnotatorNotes T1\tPM of Viet Nam\nT2\tPlace 21 26\tہنوئی\nN1\tReference T2 Concord:hanoi\thanoi\n',
  );
});

test('brat → Concord → brat is byte-identical, whatever the file holds', () => {
  const ann = [
    'T3\tGPE 21 26\tہنوئی',
    'T1\tPER 2 17\tPham Minh Chinh',
    'R1\tLocated Arg1:T1 Arg2:T3',
    '#2\tAnnotatorNotes T3\tcapital',
    'N7\tReference T1 Concord:pham-minh-chinh\tpham-minh-chinh',
    'N8\tReference T1 Wikidata:Q7180437\tPham Minh Chinh',
    'T2\tOrganization 36 51;52 54\tसंयुक्त राष्ट्र ने',
    'A1\tNegated T3',
    'T4\tORG 36 51\tसंयुक्त राष्ट्र',
  ].join('\n');
  for (const file of [ann, `${ann}\n`]) {
    const imported = importBrat(file, TEXT, WHO);
    assert.deepEqual(imported.problems, []);
    assert.deepEqual(
      imported.annotations.map((a) => [a.type, TEXT.slice(a.start, a.end), a.entity ?? null, a.note ?? null]),
      [
        ['place', 'ہنوئی', null, 'capital'],
        ['person', 'Pham Minh Chinh', 'pham-minh-chinh', null],
        ['organisation', 'संयुक्त राष्ट्र', null, null],
      ],
    );
    // Through the store too: JSON Lines keeps the layout in its header.
    const stored = parseAnnotationFile(serializeAnnotations(imported.annotations, TEXT, { format: 'concord-annotations', version: 1, units: { position: 'code points', quote: 'text' }, brat: imported.layout }));
    assert.equal(exportBrat(positionsToUtf16(stored.annotations, TEXT), TEXT, stored.header.brat), file);
  }
});

test('brat import reports offsets that do not match the text', () => {
  const { problems, annotations } = importBrat('T1\tPerson 0 4\tPham\nT2\tPerson 0 99\tx\n', TEXT, WHO);
  assert.equal(annotations.length, 1);
  assert.deepEqual(problems.map((p) => p.line), [1, 2]);
  assert.match(problems[0].reason, /differs from the document/);
});

test('CoNLL: Concord tokens with BIO labels, one sentence per block', () => {
  const out = exportConll([span('Pham Minh Chinh', 'person'), span('ہنوئی', 'place'), span('संयुक्त राष्ट्र', 'organisation'), span('72', 'reject')], TEXT);
  const rows = out.trim().split('\n');
  assert.deepEqual(rows.slice(0, 9), ['-DOCSTART-\tO', '', '😀\tO', 'Pham\tB-PER', 'Minh\tI-PER', 'Chinh\tI-PER', 'نے\tO', 'ہنوئی\tB-LOC', 'میں\tO']);
  assert.ok(rows.includes('संयुक्त\tB-ORG') && rows.includes('राष्ट्र\tI-ORG') && rows.includes('72\tO'), out);
  assert.ok(rows.includes(''), 'sentences are separated by a blank line');
});

test('W3C Web Annotation: position selector in code points, quote selector, bodies', () => {
  const page = exportW3c([span('ہنوئی', 'place', { entity: 'hanoi', note: 'capital' })], TEXT, 'news/a.txt') as { items: { target: { selector: { type: string; start?: number; end?: number; exact?: string }[] }; body: { purpose: string }[] }[] };
  const [position, quote] = page.items[0].target.selector;
  assert.deepEqual(position, { type: 'TextPositionSelector', start: 21, end: 26 });
  assert.equal([...TEXT].slice(position.start, position.end).join(''), 'ہنوئی');
  assert.equal(quote.exact, 'ہنوئی');
  assert.deepEqual(page.items[0].body.map((b) => b.purpose), ['classifying', 'identifying', 'commenting']);
});

/** Annotations on the first words of every script in a text. */
function annotateEveryScript(text: string): Annotation[] {
  const out: Annotation[] = [];
  const types: AnnotationType[] = ['person', 'place', 'organisation', 'other'];
  for (const pattern of [/\p{Script=Arabic}{3,}/gu, /\p{Script=Devanagari}{3,}/gu, /\p{Script=Latin}{3,}/gu, /\p{Nd}+/gu]) {
    let n = 0;
    for (const m of text.matchAll(pattern)) {
      // Words inside URLs and file names are one token for Concord, so leave those lines out.
      const line = text.slice(text.lastIndexOf('\n', m.index!) + 1, text.indexOf('\n', m.index!) >>> 0);
      if (n++ % 7 !== 0 || n > 60 || /https?:|www\.|\.(?:jpg|png)/i.test(line)) continue;
      const a = createAnnotation(text, { start: m.index!, end: m.index! + m[0].length }, { id: `s${out.length}`, type: types[out.length % 4], ...WHO });
      out.push(out.length % 5 === 0 ? { ...a, note: `note ${out.length}`, entity: `e-${out.length}` } : a);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

test('seeds: JSON Lines and brat round trips with annotations in every script', (t) => {
  if (!haveShared(t)) return;
  const scripts = new Set<string>();
  for (const name of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(path.join(SEEDS, name), 'utf8');
    const annotations = annotateEveryScript(text);
    assert.ok(annotations.length > 5, name);
    for (const a of annotations) for (const [s, re] of [['arabic', /\p{Script=Arabic}/u], ['devanagari', /\p{Script=Devanagari}/u], ['latin', /\p{Script=Latin}/u]] as const) if (re.test(a.quote.exact)) scripts.add(s);
    const viaJsonl = positionsToUtf16(parseAnnotationFile(serializeAnnotations(annotations, text)).annotations, text);
    assert.deepEqual(viaJsonl, annotations, `${name}: JSON Lines round trip`);
    const ann = exportBrat(annotations, text);
    const imported = importBrat(ann, text, WHO);
    assert.deepEqual(imported.problems, [], `${name}: brat import`);
    assert.deepEqual(imported.annotations.map((a) => [a.start, a.end, a.type, a.entity, a.note]), annotations.map((a) => [a.start, a.end, a.type, a.entity, a.note]), `${name}: brat spans`);
    assert.equal(exportBrat(imported.annotations, text, imported.layout), ann, `${name}: brat → Concord → brat`);
    const chars = [...text];
    for (const item of (exportW3c(annotations, text, name) as { items: { target: { selector: { start: number; end: number; exact: string }[] } }[] }).items) {
      const [p, q] = item.target.selector;
      assert.equal(chars.slice(p.start, p.end).join(''), q.exact, `${name}: W3C code points`);
    }
    const conll = exportConll(annotations, text);
    assert.equal((conll.match(/\tB-/g) ?? []).length, annotations.length, `${name}: one B- per annotation`);
  }
  assert.deepEqual([...scripts].sort(), ['arabic', 'devanagari', 'latin']);
});
