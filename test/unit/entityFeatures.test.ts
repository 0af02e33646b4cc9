/**
 * Entity presentation over a small index whose mentions are given (not detected), so these tests
 * pin the editor features whatever the detector finds: hover, definition, references, symbols,
 * outline, rename, the spelling rule and the knowledge-base edits.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { knowledgeBaseOf, parseKnowledgeBase, type KnowledgeBaseEntry } from '../../server/src/core/entities/model';
import { entityHover } from '../../server/src/core/features/entityHover';
import { documentOutline, mentionSummary, entityDefinition, entityReferences, entityRenameEdits, entitySymbols } from '../../server/src/core/features/entityNavigation';
import { addEntryEdits, addNameEdits, idFor, proposeEntry, readKnowledgeBaseFile, renameNameEdits, slug } from '../../server/src/core/features/knowledgeBaseEdits';
import { WorkspaceIndex } from '../../server/src/core/index/workspaceIndex';
import { DEFAULT_OPTIONS, type AnalysisOptions } from '../../server/src/core/options';
import { ENTITY_SPELLING, entitySpelling, sameNameSpelledOtherwise, spellingNeighbours } from '../../server/src/core/rules/entitySpelling';
import { applyReplacements } from '../../server/src/core/text/replace';
import type { EntityMention, EntityType, Lang } from '../../server/src/core/types';
import { checkRows } from '../support/rows';

const FSI = '\u2068';
const PDI = '\u2069';

/** A corpus: doc → [text, lang, mentions as [needle, occurrence, type, id]]. */
type Spec = Record<string, [text: string, lang: Lang, mentions: [needle: string, nth: number, type: EntityType, id: string | null][]]>;

const URDU_A = 'وزیر اعظم فام من چن نے ہنوئی میں خطاب کیا۔ بعد میں فام من چن نے کہا کہ چن خوش ہیں۔\n';
const URDU_B = 'ویتنام کے وزیر اعظم فام من چنہ نے دستخط کیے۔\n';
const PERSIAN = 'نخست وزیر فام مین چین در هانوی سخنرانی کرد.\n';
const HINDI = 'प्रधानमंत्री फाम मिन्ह चिन्ह ने हनोई में कहा।\n';

const SPEC: Spec = {
  'a.txt': [URDU_A, 'ur', [['فام من چن', 0, 'person', 'pmc'], ['ہنوئی', 0, 'place', 'hanoi'], ['فام من چن', 1, 'person', 'pmc'], ['چن', 2, 'person', 'pmc']]],
  'b.txt': [URDU_B, 'ur', [['فام من چنہ', 0, 'person', 'pmc']]],
  'c.txt': [PERSIAN, 'fa', [['فام مین چین', 0, 'person', 'pmc'], ['هانوی', 0, 'place', 'hanoi']]],
  'd.txt': [HINDI, 'hi', [['फाम मिन्ह चिन्ह', 0, 'person', 'pmc'], ['हनोई', 0, 'place', 'hanoi']]],
};

function nthIndex(text: string, needle: string, nth: number): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} #${nth}`);
  return at;
}

function mentionOf(text: string, lang: Lang, [needle, nth, type, id]: Spec[string][2][number]): EntityMention {
  const start = nthIndex(text, needle, nth);
  return { start, end: start + needle.length, text: needle, type, id, key: '', lang, confidence: 0.9, source: 'pattern', sameAs: null };
}

function corpus(spec: Spec = SPEC, options: AnalysisOptions = DEFAULT_OPTIONS, kb: KnowledgeBaseEntry[] = []): WorkspaceIndex {
  const index = new WorkspaceIndex(options);
  if (kb.length) index.setKnowledgeBase(knowledgeBaseOf(kb));
  for (const [doc, [text, lang, mentions]] of Object.entries(spec)) {
    index.set(doc, text);
    index.entities.update(doc, { entities: mentions.map((m) => mentionOf(text, lang, m)).sort((x, y) => x.start - y.start) });
  }
  return index;
}

const KB_TEXT = `{
	// people
	"version": 1,
	"entities": [
		{ "id": "pmc", "type": "person", "name": "Pham Minh Chinh", "names": { "ur": ["فام من چنہ", "چن"] }, "description": "Prime Minister of Viet Nam" }
	]
}
`;
const KB = parseKnowledgeBase(KB_TEXT).entries!;
const at = (doc: string, needle: string, nth = 0) => nthIndex(SPEC[doc][0], needle, nth) + 1;

test('hover: canonical name, names per script, mentions per file, first mention sentence, confidence', () => {
  const hover = entityHover(corpus(), 'b.txt', at('b.txt', 'فام من چنہ'), (d) => d)!;
  assert.ok(hover);
  assert.equal(URDU_B.slice(hover.start, hover.end), 'فام من چنہ');
  const lines = hover.markdown.split('\n');
  assert.equal(lines[0], `**Concord entity** ${FSI}فام من چن${PDI} · person`, 'no record: the most frequent spelling');
  assert.ok(lines.includes(`- Names in Arabic script: ${FSI}فام من چن${PDI} (Urdu) ×2, ${FSI}چن${PDI} (Urdu) ×1, ${FSI}فام من چنہ${PDI} (Urdu) ×1, ${FSI}فام مین چین${PDI} (Persian) ×1`), hover.markdown);
  assert.ok(lines.includes(`- Names in Devanagari: ${FSI}फाम मिन्ह चिन्ह${PDI} ×1`), hover.markdown);
  assert.ok(lines.includes(`- Mentions: 6 in 4 files: ${FSI}a.txt${PDI} ×3, ${FSI}b.txt${PDI} ×1, ${FSI}c.txt${PDI} ×1, ${FSI}d.txt${PDI} ×1`), hover.markdown);
  assert.ok(lines.includes(`- First mention (${FSI}a.txt${PDI}): ${FSI}وزیر اعظم **فام من چن** نے ہنوئی میں خطاب کیا۔${PDI}`), hover.markdown);
  assert.ok(lines.includes('- Link confidence: high (90%); found by patterns (titles, acronyms, names)'), hover.markdown);
  assert.equal(entityHover(corpus(), 'b.txt', 0, (d) => d), null, 'no mention at the start of the line');

  const withKb = entityHover(corpus(SPEC, DEFAULT_OPTIONS, KB), 'd.txt', at('d.txt', 'फाम'), (d) => d)!;
  assert.match(withKb.markdown, /^\*\*Concord entity\*\* \u2068Pham Minh Chinh\u2069 · person\n\nPrime Minister of Viet Nam\n/);
  assert.match(withKb.markdown, /- Knowledge base: `pmc`$/);
  assert.ok(!withKb.markdown.includes('Also known as'), 'every listed name is seen in the corpus');
  const moreNames = parseKnowledgeBase(KB_TEXT.replace('"چن"]', '"چن"], "en": ["PM Chinh"]')).entries!;
  assert.ok(entityHover(corpus(SPEC, DEFAULT_OPTIONS, moreNames), 'd.txt', at('d.txt', 'फाम'), (d) => d)!.markdown.includes(`\n- Also known as: ${FSI}PM Chinh${PDI}\n`));
});

test('definition, references and rename', () => {
  const index = corpus();
  assert.deepEqual(entityDefinition(index, 'd.txt', at('d.txt', 'हनोई')), { kind: 'mention', mention: index.entities.entity('hanoi')!.mentions[0] });
  assert.equal(entityDefinition(index, 'd.txt', at('d.txt', 'हनोई'))?.kind === 'mention' && index.entities.entity('hanoi')!.mentions[0].doc, 'a.txt');
  const kb = entityDefinition(corpus(SPEC, DEFAULT_OPTIONS, KB), 'c.txt', at('c.txt', 'فام'));
  assert.equal(kb?.kind === 'knowledge-base' && KB_TEXT.slice(kb.entry.nameSpan.start, kb.entry.nameSpan.end), '"Pham Minh Chinh"');

  const refs = entityReferences(index, 'c.txt', at('c.txt', 'هانوی'), true).map((m) => `${m.doc}:${m.text}`);
  assert.deepEqual(refs, ['c.txt:هانوی', 'a.txt:ہنوئی', 'd.txt:हनोई'], 'this document first, every script');
  assert.deepEqual(entityReferences(index, 'c.txt', at('c.txt', 'هانوی'), false).map((m) => m.doc), ['a.txt', 'd.txt']);

  const renamed = entityRenameEdits(index, 'a.txt', at('a.txt', 'فام من چن'), 'فام منہ چن');
  assert.deepEqual([...renamed.keys()], ['a.txt'], 'only this spelling, only this language');
  assert.equal(applyReplacements(URDU_A, renamed.get('a.txt')!), URDU_A.replaceAll('فام من چن', 'فام منہ چن'));
  assert.equal(entityRenameEdits(index, 'a.txt', at('a.txt', 'فام من چن'), '  ').size, 0);
});

test('workspace symbols: any spelling, including a Latin one the corpus never writes', () => {
  const index = corpus(SPEC, DEFAULT_OPTIONS, KB);
  checkRows(
    [
      ['Latin knowledge-base name', 'Pham Minh', ['Pham Minh Chinh']],
      ['Persian spelling: shown beside the canonical name', 'فام مین', ['Pham Minh Chinh (فام مین چین)']],
      ['Devanagari place: the spelling that matched is shown', 'हनोई', ['ہنوئی (हनोई)']],
    ],
    (q) => entitySymbols(index, q).map((s) => s.name),
  );
  assert.deepEqual(
    entitySymbols(corpus(), 'Pham Minh Chinh').map((s) => s.name),
    ['فام من چن ≈ Pham Minh Chinh'],
    'found by sound, and the name says so, so editors that filter by name keep it',
  );
  assert.deepEqual(entitySymbols(corpus(), 'Minh Chinh').map((s) => s.name), ['فام من چن ≈ Minh Chinh'], 'part of a name, by sound');
  assert.deepEqual(entitySymbols(corpus(), 'Kabul Street').map((s) => s.name), [], 'nothing sounds like it');
  const [pmc] = entitySymbols(index, 'Pham Minh');
  assert.match(pmc.container, /^person · /);
  assert.ok(pmc.container.includes('फाम मिन्ह चिन्ह'));
});

test('mention summary for knowledge-base lenses', () => {
  const index = corpus();
  assert.equal(mentionSummary(index, 'pmc').title, '6 mentions in 4 files');
  assert.equal(mentionSummary(index, 'hanoi').mentions.length, 3);
  assert.deepEqual(mentionSummary(index, 'nobody'), { title: 'not mentioned in the corpus', mentions: [] });
});

test('document outline: entities then figures', () => {
  const outline = documentOutline(corpus(), 'a.txt');
  assert.deepEqual(outline.map((g) => g.name), ['Entities (2)']);
  assert.deepEqual(outline[0].children.map((c) => [c.name, c.detail, c.kind]), [['فام من چن', 'فام من چن ×3', 'person'], ['ہنوئی', 'ہنوئی ×1', 'place']]);
});

test('concord.entity-spelling: most frequent spelling per language, knowledge-base name first, short forms left alone', () => {
  const messages = (index: WorkspaceIndex, doc: string) =>
    entitySpelling(index, doc, (d) => d).map((f) => [SPEC[doc][0].slice(f.start, f.end), f.fixes[0].edits[0].newText, f.related.map((r) => r.doc).join()]);
  const index = corpus();
  assert.deepEqual(messages(index, 'b.txt'), [['فام من چنہ', 'فام من چن', 'a.txt']]);
  assert.deepEqual(messages(index, 'a.txt'), [], 'the majority spelling and the one-word short form raise nothing');
  assert.deepEqual(messages(index, 'c.txt'), [], 'Persian is compared with Persian only');
  assert.match(entitySpelling(index, 'b.txt', (d) => d)[0].message, /is spelled \u2068فام من چن\u2069 in 2 other mentions \(Urdu; /);
  assert.deepEqual([...spellingNeighbours(index, 'b.txt')], ['a.txt']);

  const kbIndex = corpus(SPEC, DEFAULT_OPTIONS, KB);
  assert.deepEqual(messages(kbIndex, 'b.txt'), []);
  assert.deepEqual(messages(kbIndex, 'a.txt'), [['فام من چن', 'فام من چنہ', 'b.txt'], ['فام من چن', 'فام من چنہ', 'b.txt']]);

  const off = corpus(SPEC, { ...DEFAULT_OPTIONS, rules: { [ENTITY_SPELLING]: { enabled: false } } });
  assert.deepEqual(messages(off, 'b.txt'), []);
});

test('spellings of one name, as the spelling rule compares them', () => {
  checkRows(
    [
      ['a final letter added', ['فام من چن', 'فام من چنہ'], true],
      ['Persian ZWNJ or a space inside a name', ['ویت نام', 'ویتنام'], true],
      ['translation beside transliteration', ['یورپ کی کونسل', 'کونسل آف یورپ'], false],
      ['a Latin name quoted in Urdu text', ['Hanoi', 'ہنوئی'], false],
      ['a short form', ['سازمان ملل', 'سازمان ملل متحد'], false],
      ['the same spelling', ['هانوی', 'هانوی'], false],
      ['Vietnamese diacritics', ['Pham Minh Chinh', 'Phạm Minh Chính'], true],
      ['letter case only (a dateline in capitals)', ['KARACHI', 'Karachi'], false],
      ['two hospitals sharing their head word', ['Leishenshan Hospital', 'Huoshenshan Hospital'], false],
      ['two hospitals sharing their head word, in Urdu', ['لیشنشان ہسپتال', 'هوشنشان ہسپتال'], false],
      ['a name with a head, spelled two ways', ['جون هوپکن یونیورسٹی', 'جان ہاپکنز یونیورسٹی'], true],
      ['a word run into the one before it', ['رائل کالج آف جنرلپریکٹیشنرز ریسرچ', 'رائل کالج آف پریکٹیشنرز ریسرچ'], true],
    ],
    ([a, b]) => sameNameSpelledOtherwise(a, b),
  );
});

test('reading the knowledge-base file: what each problem means for the entries in use', () => {
  const read = (text: string) => {
    const { entries, problems } = readKnowledgeBaseFile(text, 'The last good version stays in use.');
    const meaning = (m: string) => (m.endsWith(' The last good version stays in use.') ? 'last good kept' : m.endsWith(' This entry is not used.') ? 'entry skipped' : m);
    return [entries?.map((e) => e.id) ?? null, [...new Set(problems.map((p) => meaning(p.message)))]];
  };
  checkRows(
    [
      ['blank or missing: no entities, no problem', '  \n', [[], []]],
      ['a syntax error: nothing usable', '{ "version": 1, "entities": [ }', [null, ['last good kept']]],
      ['a wrong version: nothing usable', '{ "version": 2, "entities": [] }', [null, ['last good kept']]],
      ['a bad entry is skipped, the others apply', '{ "version": 1, "entities": [{ "id": "a", "type": "city", "name": "A" }, { "id": "b", "type": "place", "name": "B" }] }', [['b'], ['entry skipped']]],
    ],
    read,
  );
});

test('knowledge-base entries: proposal, ids, edits that keep comments and indentation', () => {
  const entry = proposeEntry(
    'person',
    [
      { text: 'فام من چنہ', lang: 'ur' },
      { text: 'فام من چن', lang: 'ur' },
      { text: 'فام من چن', lang: 'ur' },
      { text: 'Phạm Minh Chính', lang: 'en' },
      { text: 'फाम मिन्ह चिन्ह', lang: 'hi' },
    ],
    new Set(['pham-minh-chinh']),
  );
  assert.deepEqual(entry, { id: 'pham-minh-chinh-2', type: 'person', name: 'Phạm Minh Chính', names: { ur: ['فام من چن', 'فام من چنہ'], hi: ['फाम मिन्ह चिन्ह'] } });
  assert.deepEqual(
    proposeEntry('place', [{ text: 'ویتنام', lang: 'ur' }], new Set(), { id: 'region:VN', name: 'Vietnam' }),
    { id: 'region:VN', type: 'place', name: 'Vietnam', names: { ur: ['ویتنام'] } },
    'a built-in entity keeps its id and name, so the entry extends it',
  );
  checkRows(
    [
      ['Vietnamese diacritics folded', 'Phạm Minh Chính', 'pham-minh-chinh'],
      ['Urdu letters kept', 'اقوام متحدہ', 'اقوام-متحدہ'],
      ['punctuation dropped', 'U.N. (New York)', 'u-n-new-york'],
      ['nothing left', '—', 'entity'],
    ],
    slug,
  );
  checkRows(
    [
      ['Latin: the slug', 'Phạm Minh Chính', 'pham-minh-chinh'],
      ['Arabic script: the slug, letters kept', 'اقوام متحدہ', 'اقوام-متحدہ'],
      ['Devanagari: the phonetic key, vowels kept', 'फाम मिन्ह चिन्ह', 'fam-min-cin'],
    ],
    idFor,
  );

  const created = applyReplacements('', addEntryEdits('', entry));
  assert.match(created, /^\{\n  \/\/ Concord: entities of this corpus \(format version 1\)/);
  assert.deepEqual(parseKnowledgeBase(created).entries?.map((e) => [e.id, e.names.hi]), [['pham-minh-chinh-2', ['फाम मिन्ह चिन्ह']]]);

  const appended = applyReplacements(KB_TEXT, addEntryEdits(KB_TEXT, { id: 'hanoi', type: 'place', name: 'Hanoi', names: {} }));
  assert.ok(appended.startsWith('{\n\t// people\n\t"version": 1,'), appended);
  assert.match(appended, /\n\t\t\{\n\t\t\t"id": "hanoi",\n\t\t\t"type": "place",\n\t\t\t"name": "Hanoi"\n\t\t\}\n\t\]/);
  assert.deepEqual(parseKnowledgeBase(appended).entries?.map((e) => e.id), ['pmc', 'hanoi']);
  const withName = (text: string, id: string) => applyReplacements(text, addNameEdits(text, id, 'ur', 'نیا'));
  assert.deepEqual(parseKnowledgeBase(withName(KB_TEXT, 'pmc')).entries?.[0].names.ur, ['فام من چنہ', 'چن', 'نیا'], 'appended to the list');
  assert.ok(withName(KB_TEXT, 'pmc').includes('"names": { "ur": ["فام من چنہ", "چن","نیا"] }'), 'an entry written on one line stays on one line');
  const single = '{ "version": 1, "entities": [\n  {\n    "id": "x",\n    "type": "place",\n    "name": "X",\n    "names": { "ur": "ایکس" }\n  }\n] }';
  assert.deepEqual(parseKnowledgeBase(withName(single, 'x')).entries?.[0].names.ur, ['ایکس', 'نیا'], 'a single name becomes a list');
  const bare = '{ "version": 1, "entities": [\n  {\n    "id": "x",\n    "type": "place",\n    "name": "X"\n  }\n] }';
  assert.deepEqual(parseKnowledgeBase(withName(bare, 'x')).entries?.[0].names, { ur: ['نیا'] }, 'names created');
  assert.deepEqual(addNameEdits(bare, 'nobody', 'ur', 'نیا'), []);
  const respelled = applyReplacements(KB_TEXT, renameNameEdits(KB_TEXT, 'pmc', 'ur', 'چن', 'چنہ'));
  assert.equal(respelled, KB_TEXT.replace('"چن"', '"چنہ"'), 'a rename respells the listed name in place');
  assert.equal(applyReplacements(KB_TEXT, renameNameEdits(KB_TEXT, 'pmc', 'en', 'Pham Minh Chinh', 'Phạm Minh Chính')), KB_TEXT.replace('"Pham Minh Chinh"', '"Phạm Minh Chính"'));
  assert.deepEqual(renameNameEdits(KB_TEXT, 'pmc', 'fa', 'چن', 'چنہ'), [], 'other languages are left alone');
  const noList = '{ "version": 1 /* empty */ }';
  assert.deepEqual(parseKnowledgeBase(applyReplacements(noList, addEntryEdits(noList, entry))).entries?.map((e) => e.id), ['pham-minh-chinh-2']);
});
