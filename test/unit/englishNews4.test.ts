import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { checkRows } from '../support/rows';
import { analyzeDocument } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';

// English news as Pakistani, Indian and Iranian papers write it (market closes, disaster tallies), with their Urdu and Hindi tellings: [name, text, figures as brief() strings].
const figureRows: [name: string, text: string, expected: string[]][] = [
  // An adverb of degree before a participle is no counted noun.
  ['houses fully and partially damaged', 'The PDMA said 214 houses were fully damaged and 1,036 partially damaged.', ['214=214/cardinal (counts house)', '1,036=1036/cardinal']],
  // Digits with decimals close a compound after a thousand, as whole digits do.
  ['an index\'s close in lakh and thousand with decimals, Urdu', 'انڈیکس 1 لاکھ 20 ہزار 345.67 پوائنٹس پر بند ہوا۔', ['1 لاکھ 20 ہزار 345.67=120345.67/cardinal (counts point)']],
  ['an index\'s close in thousands with decimals, Hindi', 'सेंसेक्स 81 हजार 224.75 अंक पर बंद हुआ।', ['81 हजार 224.75=81224.75/cardinal (counts point)']],
];

test('English news 4: figures', () => {
  checkRows(figureRows, (text) => figuresOf(text).map(brief));
});

// Entities: [name, text, mentions in order as "type text id" (id '-' when unlinked)].
const entityRows: [name: string, text: string, expected: string[]][] = [
  // A country's name before a currency word names the currency, as its adjective does (امریکی ڈالر).
  ['the US dollar is no mention of the US', 'The rupee closed at 278.45 against the US dollar.', []],
  ['the Hong Kong dollar', 'The yuan weakened against the Hong Kong dollar.', []],
];

test('English news 4: entities', () => {
  checkRows(entityRows, (text) => analyzeDocument(text, DEFAULT_OPTIONS).entities.map((m) => `${m.type} ${m.text} ${m.id ?? '-'}`));
});
