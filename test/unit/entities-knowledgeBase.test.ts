import { test } from 'node:test';
import assert from 'node:assert/strict';
import { knowledgeBaseOf, parseKnowledgeBase } from '../../server/src/core/entities/model';

const good = `{
  // The people of this corpus.
  "version": 1,
  "entities": [
    { "id": "pham-minh-chinh", "type": "person", "name": "Pham Minh Chinh",
      "names": { "ur": ["فام من چن", "فام من چنہ"], "fa": "فام مین چین" },
      "description": "Prime Minister of Viet Nam", "wikidata": "Q7180437" },
  ],
}`;

test('parses a knowledge base with comments and trailing commas', () => {
  const parsed = parseKnowledgeBase(good);
  assert.deepEqual(parsed.problems, []);
  assert.equal(parsed.version, 1);
  assert.equal(parsed.entries?.length, 1);
  const e = parsed.entries![0];
  assert.equal(e.id, 'pham-minh-chinh');
  assert.deepEqual(e.names, { ur: ['فام من چن', 'فام من چنہ'], fa: ['فام مین چین'] });
  assert.equal(e.description, 'Prime Minister of Viet Nam');
  assert.equal(good.slice(e.nameSpan.start, e.nameSpan.end), '"Pham Minh Chinh"');
  assert.ok(good.slice(e.span.start, e.span.end).startsWith('{ "id": "pham-minh-chinh"'));
});

/** [name, file text, entries (null = unusable), problem messages matching, text under the first problem]. */
const problems: [string, string, number | null, RegExp, string][] = [
  ['syntax error keeps the last good version', '{ "version": 1, "entities": [ { "id": } ] }', null, /JSON/, '}'],
  ['wrong version', '{ "version": 2, "entities": [] }', null, /version/, '2'],
  ['missing version', '{ "entities": [] }', null, /version/, '{'],
  ['not an object', '[1]', null, /object/, '['],
  ['entities not an array', '{ "version": 1, "entities": {} }', null, /array/, '{}'],
  ['bad type skips the entry only', '{ "version": 1, "entities": [ { "id": "a", "type": "city", "name": "A" }, { "id": "b", "type": "place", "name": "B" } ] }', 1, /type/, '"city"'],
  ['missing name', '{ "version": 1, "entities": [ { "id": "a", "type": "place" } ] }', 0, /name/, '{ "id": "a", "type": "place" }'],
  ['duplicate id', '{ "version": 1, "entities": [ { "id": "a", "type": "place", "name": "A" }, { "id": "a", "type": "place", "name": "B" } ] }', 1, /Duplicate/, '"a"'],
  ['unknown language', '{ "version": 1, "entities": [ { "id": "a", "type": "place", "name": "A", "names": { "xx": ["A"] } } ] }', 0, /language/, '"xx"'],
  ['empty name in list', '{ "version": 1, "entities": [ { "id": "a", "type": "place", "name": "A", "names": { "ur": [""] } } ] }', 0, /non-empty/, '[""]'],
  ['bad wikidata id', '{ "version": 1, "entities": [ { "id": "a", "type": "place", "name": "A", "wikidata": "42" } ] }', 0, /wikidata/, '"42"'],
  ['id with spaces', '{ "version": 1, "entities": [ { "id": "a b", "type": "place", "name": "A" } ] }', 0, /id/, '"a b"'],
];

for (const [name, text, entries, message, under] of problems) {
  test(`knowledge-base problem: ${name}`, () => {
    const parsed = parseKnowledgeBase(text);
    assert.equal(parsed.entries === null ? null : parsed.entries.length, entries);
    assert.ok(parsed.problems.length > 0);
    assert.match(parsed.problems[0].message, message);
    assert.equal(text.slice(parsed.problems[0].start, parsed.problems[0].end), under);
  });
}

test('knowledge-base hash ignores formatting but not meaning', () => {
  const a = knowledgeBaseOf(parseKnowledgeBase(good).entries!);
  const b = knowledgeBaseOf(parseKnowledgeBase(good.replace(/\n\s+/g, '\n')).entries!);
  const c = knowledgeBaseOf(parseKnowledgeBase(good.replace('Prime Minister', 'PM')).entries!);
  assert.equal(a.hash, b.hash);
  assert.notEqual(a.hash, c.hash);
  assert.equal(knowledgeBaseOf([]).hash, '');
});
