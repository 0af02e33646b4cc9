/**
 * News outlets the four languages' news cites (lexicon/entities/media.ts): found by their names in
 * each script, everyday words that are also an outlet's name left alone unless written with their
 * head word, a one-word outlet named after a family part of a person's name (Michael Bloomberg), and
 * an outlet never the subject of the figures it reports.
 */
import { test } from 'node:test';
import { analyzeDocument } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';
import { flaggedInPair } from '../support/claims';
import { checkRows } from '../support/rows';

const mentions = (text: string): string[] =>
  analyzeDocument(text, DEFAULT_OPTIONS).entities.filter((m) => m.type === 'organisation' || m.type === 'person').map((m) => `${m.text} ${m.id ?? '-'}`);

test('news outlets in every script, and the everyday words that share their names', () => {
  checkRows<string, string[]>([
    ['en: dailies and agencies', 'Dawn reported, citing officials who spoke to Bloomberg and the Financial Times; Anadolu Agency said 3 died.',
      ['Dawn org:pk-dawn', 'Bloomberg org:bloomberg', 'Financial Times org:financial-times', 'Anadolu Agency org:anadolu']],
    ['ur: channels and a daily; جنگ alone is war', 'ڈان نیوز کے مطابق 12 افراد جاں بحق ہوئے جبکہ جیو نیوز نے 14 بتائے۔ روزنامہ جنگ نے لکھا کہ جنگ جاری ہے۔',
      ['ڈان نیوز org:pk-dawn', 'جیو نیوز org:pk-geo', 'روزنامہ جنگ org:pk-jang']],
    ['ur: دنیا alone is the world', 'دنیا نیوز کے مطابق دنیا بھر میں 5 ارب صارفین ہیں۔', ['دنیا نیوز org:pk-dunya']],
    ['fa: a broadcaster, a radio and a daily; اعتماد alone is trust', 'به گزارش ایران اینترنشنال و رادیو فردا، ۱۲ نفر بازداشت شدند. روزنامه کیهان نوشت که اعتماد عمومی کاهش یافته است.',
      ['ایران اینترنشنال org:iran-international', 'رادیو فردا org:radio-farda', 'روزنامه کیهان org:ir-kayhan']],
    ['hi: an agency and a channel; आज तक apart is "till today"', 'एएनआई के मुताबिक 12 लोगों की मौत हुई, आजतक ने 14 बताया। आज तक कोई गिरफ्तारी नहीं हुई।',
      ['एएनआई org:in-ani', 'आजतक org:in-aaj-tak']],
    ['en: The Guardian Council is no newspaper', 'The Guardian Council rejected the bill.', ['The Guardian Council org:ir-guardian-council']],
    ['en: an outlet named after a family is part of a person\'s name', 'Former mayor Michael Bloomberg gave $5 million. Steve Forbes spoke. Bloomberg reported it.',
      ['Michael Bloomberg -', 'Steve Forbes -', 'Bloomberg org:bloomberg']],
    ['en: an acronym after a name is no surname', 'Imran Khan told ARY that 5 died.', ['Imran Khan -', 'ARY org:pk-ary']],
  ], mentions);
});

test('an outlet reports a figure and is not what it is told of: two outlets of one fact still conflict', () => {
  checkRows<[string, string], string[]>([
    ['ur: two channels', ['جیو نیوز کے مطابق سیلاب سے 120 افراد جاں بحق ہوئے۔', 'اے آر وائی نیوز نے بتایا کہ سیلاب سے 150 افراد جاں بحق ہوئے۔'], ['a: 120', 'b: 150']],
    ['hi: an agency and a channel', ['एएनआई के मुताबिक बाढ़ में 120 लोगों की मौत हुई।', 'ज़ी न्यूज़ ने बताया कि बाढ़ में 150 लोगों की मौत हुई।'], ['a: 120', 'b: 150']],
  ], flaggedInPair);
});
