import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EntityIndex } from '../../server/src/core/index/entityIndex';
import { knowledgeBaseOf, parseKnowledgeBase } from '../../server/src/core/entities/model';
import type { EntityMention, EntityType, Lang } from '../../server/src/core/types';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';

/** A mention as a detector would emit it (offsets are made up, the index does not read text). */
function mention(text: string, type: EntityType, lang: Lang, start: number, id: string | null = null): EntityMention {
  return { start, end: start + text.length, text, type, id, key: '', lang, confidence: 0.9, source: id ? 'builtin' : 'pattern', sameAs: null };
}

const facts = (...entities: EntityMention[]) => ({ entities });

test('links a person across Urdu, Persian, Hindi and Latin spellings', () => {
  const index = new EntityIndex();
  index.update('ur.txt', facts(mention('فام من چن', 'person', 'ur', 0), mention('فام من چنہ', 'person', 'ur', 40)));
  index.update('fa.txt', facts(mention('فام مین چین', 'person', 'fa', 10)));
  index.update('hi.txt', facts(mention('फाम मिन्ह चिन्ह', 'person', 'hi', 5)));
  index.update('en.txt', facts(mention('Pham Minh Chinh', 'person', 'en', 0)));
  const e = index.entityAt('fa.txt', 12)!;
  assert.ok(e);
  assert.equal(e.mentions.length, 5);
  assert.equal(e.canonical, 'Pham Minh Chinh');
  assert.deepEqual(e.namesByLang.ur?.map((n) => n.text).sort(), ['فام من چن', 'فام من چنہ']);
  assert.ok(e.mentions.every((m) => m.confidence > 0.6 && m.confidence <= 0.9));
  assert.equal(index.entities().length, 1);
});

test('an entity a pattern could not type (other) takes the type of a spelling that could, in either order', () => {
  for (const order of [['en.txt', 'ur.txt'], ['ur.txt', 'en.txt']]) {
    const index = new EntityIndex();
    const mentions: Record<string, EntityMention> = { 'en.txt': mention('Rizwan Saeed Sheikh', 'other', 'en', 0), 'ur.txt': mention('رضوان سعید شیخ', 'person', 'ur', 3) };
    for (const doc of order) index.update(doc, facts(mentions[doc]));
    const e = index.entityAt('en.txt', 1)!;
    assert.equal(e.type, 'person', order.join(' then '));
    assert.equal(e.mentions.length, 2);
  }
});

test('a shared given name links no two persons whose surnames differ; the same person links in every script', () => {
  const index = new EntityIndex();
  index.update('fa.txt', facts(mention('محمد اسلامی', 'person', 'fa', 0), mention('محمد شهریاری', 'person', 'fa', 30)));
  index.update('en.txt', facts(mention('Mohammed Shami', 'person', 'en', 0), mention('Mohammad Rizwan', 'person', 'en', 30)));
  index.update('ur.txt', facts(mention('محمد رضوان', 'person', 'ur', 0)));
  index.update('hi.txt', facts(mention('मोहम्मद रिजवान', 'person', 'hi', 0), mention('नीरज चोपड़ा', 'person', 'hi', 30)));
  // ड़ is r as ڑ is (NFC keeps ड़ as ड plus nukta), so the surnames agree.
  index.update('ur2.txt', facts(mention('نیرج چوپڑا', 'person', 'ur', 0)));
  const names = index.entities().map((e) => e.mentions.length + ' ' + Object.values(e.namesByLang).flat().map((n) => n!.text).sort().join(' / ')).sort();
  assert.deepEqual(names, ['1 Mohammed Shami', '1 محمد اسلامی', '1 محمد شهریاری', '2 نیرج چوپڑا / नीरज चोपड़ा', '3 Mohammad Rizwan / محمد رضوان / मोहम्मद रिजवान'].sort());
});

test('keeps types apart and short keys unlinked without a known entity', () => {
  const index = new EntityIndex();
  index.update('a', facts(mention('ہنوئی', 'place', 'ur', 0), mention('Hanoi', 'person', 'en', 20)));
  index.update('b', facts(mention('हनोई', 'place', 'hi', 0)));
  assert.equal(index.entities().length, 3);
});

test('short keys join a known entity', () => {
  const index = new EntityIndex();
  index.update('a', facts(mention('Hanoi', 'place', 'en', 0, 'city:hanoi')));
  index.update('b', facts(mention('हनोई', 'place', 'hi', 0)));
  const e = index.entity('city:hanoi')!;
  assert.equal(e.mentions.length, 2);
  assert.equal(index.entityAt('b', 0)?.id, 'city:hanoi');
});

test('update replaces and remove forgets a document', () => {
  const index = new EntityIndex();
  index.update('a', facts(mention('UNODC', 'organisation', 'ur', 0)));
  index.update('b', facts(mention('UNODC', 'organisation', 'fa', 3)));
  assert.equal(index.entities()[0].mentions.length, 2);
  index.update('b', facts(mention('INTERPOL', 'organisation', 'fa', 3)));
  assert.deepEqual(index.entities().map((e) => e.mentions.length), [1, 1]);
  index.remove('a');
  assert.equal(index.entityAt('a', 0), null);
  assert.deepEqual(index.entities().map((e) => e.canonical), ['INTERPOL']);
  index.rename('b', 'c');
  assert.equal(index.entityAt('c', 4)?.canonical, 'INTERPOL');
  assert.deepEqual(index.mentionsIn('c').map((m) => m.mention.text), ['INTERPOL']);
});

test('knowledge-base entries give records, descriptions and search by any spelling', () => {
  const kb = parseKnowledgeBase('{ "version": 1, "entities": [ { "id": "pmc", "type": "person", "name": "Pham Minh Chinh", "names": { "ur": "فام من چن" }, "description": "PM" } ] }');
  const index = new EntityIndex();
  index.setKnowledgeBase(knowledgeBaseOf(kb.entries!));
  index.update('a', facts({ ...mention('فام من چن', 'person', 'ur', 0, 'pmc'), source: 'kb' }));
  index.update('b', facts(mention('فام مین چین', 'person', 'fa', 0)));
  const e = index.entity('pmc')!;
  assert.equal(e.kb?.id, 'pmc');
  assert.equal(e.description, 'PM');
  assert.equal(e.source, 'kb');
  assert.equal(e.mentions.length, 2);
  assert.deepEqual(index.search('pham minh').map((x) => x.id), ['pmc']);
  assert.deepEqual(index.search('Pham Min Chin').map((x) => x.id), ['pmc']);
  assert.deepEqual(index.search('فام').map((x) => x.id), ['pmc']);
  assert.deepEqual(index.search('Guterres'), []);
});


/** [doc, text] rows naming one made-up minister and real places in three scripts. */
const corpus: [string, string][] = [
  ['ur.txt', 'وزیر خارجہ تران وان ہوا نے ہنوئی میں اقوام متحدہ کے وفد سے ملاقات کی۔'],
  ['fa.txt', 'وزیر خارجه تران وان هوا در هانوی با هیئت سازمان ملل متحد دیدار کرد.'],
  ['hi.txt', 'विदेश मंत्री त्रान वान होआ ने हनोई में संयुक्त राष्ट्र के प्रतिनिधिमंडल से मुलाकात की।'],
];

test('the workspace index links a person, a city and an organisation across Urdu, Persian and Hindi files', () => {
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  for (const [doc, text] of corpus) index.set(doc, text);
  const person = index.entities.entities().find((e) => e.type === 'person')!;
  assert.deepEqual(person.mentions.map((m) => m.doc).sort(), ['fa.txt', 'hi.txt', 'ur.txt']);
  assert.deepEqual(index.entities.entity('city:hanoi')?.mentions.map((m) => m.doc).sort(), ['fa.txt', 'hi.txt', 'ur.txt']);
  assert.deepEqual(index.entities.entity('org:un')?.mentions.map((m) => m.lang).sort(), ['fa', 'hi', 'ur']);
  assert.equal(index.entities.entity('city:hanoi')?.canonical, 'Hanoi');
  assert.deepEqual(index.entities.search('Tran Van Hoa').map((e) => e.id), [person.id]);
  index.delete('hi.txt');
  assert.equal(index.entities.entity(person.id)?.mentions.length, 2);
});

test('setting a knowledge base re-detects with its names and links to its entry', () => {
  const index = new WorkspaceIndex(DEFAULT_OPTIONS);
  index.set('fa.txt', 'تران وان هوا در هانوی بود.');
  assert.equal(index.entities.entities().some((e) => e.type === 'person'), false);
  const kb = knowledgeBaseOf(parseKnowledgeBase('{ "version": 1, "entities": [ { "id": "tvh", "type": "person", "name": "Tran Van Hoa", "names": { "fa": ["تران وان هوا"] }, "description": "Foreign minister" } ] }').entries!);
  assert.deepEqual([...index.setKnowledgeBase(kb)], ['fa.txt']);
  const e = index.entities.entity('tvh')!;
  assert.equal(e.description, 'Foreign minister');
  assert.equal(e.mentions[0].text, 'تران وان هوا');
  assert.deepEqual([...index.setKnowledgeBase(kb)], []);
});

test('a name found by a pattern joins a known entity that appears later (linking does not depend on document order)', () => {
  const index = new EntityIndex();
  index.update('fa.txt', facts(mention('فام مین چین', 'person', 'fa', 0)));
  assert.equal(index.entities()[0].id.startsWith('~person:'), true);
  index.update('en.txt', facts(mention('Pham Minh Chinh', 'person', 'en', 0, 'pmc')));
  assert.deepEqual(index.entities().map((e) => [e.id, e.mentions.length]), [['pmc', 2]]);
  assert.equal(index.entityAt('fa.txt', 3)?.id, 'pmc');
  index.remove('en.txt');
  assert.deepEqual(index.entities().map((e) => [e.id, e.mentions.length]), [['pmc', 1]]);
});

test('re-setting a document with the same names keeps their entities and names counts', () => {
  const index = new EntityIndex();
  index.update('a', facts(mention('فام من چن', 'person', 'ur', 0), mention('فام من چنہ', 'person', 'ur', 20)));
  const id = index.entities()[0].id;
  index.update('a', facts(mention('فام من چن', 'person', 'ur', 5), mention('فام من چنہ', 'person', 'ur', 25), mention('فام من چن', 'person', 'ur', 40)));
  const e = index.entity(id)!;
  assert.deepEqual(e.namesByLang.ur?.map((n) => [n.text, n.count]), [['فام من چن', 2], ['فام من چنہ', 1]]);
  assert.deepEqual(e.mentions.map((m) => m.start), [5, 25, 40]);
  assert.deepEqual(index.mentionsIn('a').map((m) => m.entity.id), [id, id, id]);
});

test('the first mention of a spelling and the documents mentioning an entity agree with its ordered mention list', () => {
  const index = new EntityIndex();
  index.update('b.txt', facts(mention('فام من چن', 'person', 'ur', 50), mention('فام من چنہ', 'person', 'ur', 10)));
  index.update('a.txt', facts(mention('فام من چنہ', 'person', 'ur', 30), mention('فام مین چین', 'person', 'fa', 5)));
  index.update('c.txt', facts(mention('فام من چن', 'person', 'ur', 0)));
  const e = index.entityAt('c.txt', 1)!;
  const rows: [Lang, string, string | null, number | null][] = [
    ['ur', 'فام من چنہ', 'a.txt', 30],
    ['ur', 'فام من چن', 'b.txt', 50],
    ['fa', 'فام مین چین', 'a.txt', 5],
    ['hi', 'फाम', null, null],
  ];
  for (const [lang, text, doc, start] of rows) {
    const first = index.firstMention(e.id, lang, text);
    const expected = e.mentions.find((m) => m.lang === lang && m.text === text) ?? null;
    assert.deepEqual(first && [first.doc, first.start], doc === null ? null : [doc, start], `${lang} ${text}`);
    assert.deepEqual(first, expected);
  }
  assert.deepEqual([...index.documentsMentioning(e.id, 'ur')].sort(), ['a.txt', 'b.txt', 'c.txt']);
  assert.deepEqual([...index.documentsMentioning(e.id, 'fa')], ['a.txt']);
});
