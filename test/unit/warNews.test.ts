/**
 * Claims of war and crisis reports in four languages: people of a nation count people, civilians
 * are the citizens translations count, hostages, fighters, drones and trucks are concepts, an
 * adjective of aid pledges nothing, and people forced from their homes are displaced.
 */
import { test } from 'node:test';
import { claimKeys, claimTimes } from '../support/claims';
import { checkRows } from '../support/rows';

test('claim keys of war and crisis reports', () => {
  checkRows(
    [
      // People of a nation are people counted, in every language (lexicon/demonyms.ts).
      ['en: Palestinians killed', 'Israeli strikes killed 66 Palestinians on Thursday.', ['66:person|kill']],
      ['fa: فلسطینی کشته', 'حملات اسرائیل ۶۶ فلسطینی را کشت و ۶۶ فلسطینی کشته شدند.', ['66:person|kill', '66:person|kill']],
      ['hi: फिलिस्तीनी मारे गए', 'इजरायली हमलों में 66 फिलिस्तीनी मारे गए।', ['66:person|kill']],
      ['ur: یوکرینی returned', 'گزشتہ ماہ 12 ہزار یوکرینی وطن واپس آئے۔', ['12000:person|return']],
      ['ur: a nationality before a noun is an adjective', 'حادثے میں 5 پاکستانی شہری زخمی ہوئے۔', ['5:citizen|injure']],
      // Civilians are the citizens translations count.
      ['en: civilians killed', 'At least 12,164 civilians have been killed since 2022.', ['12164:citizen|kill']],
      ['fa: غیرنظامی کشته', 'دست‌کم ۱۲ هزار و ۱۶۴ غیرنظامی کشته شده‌اند.', ['12164:citizen|kill']],
      ['ur: شہری ہلاک', 'کم از کم 12 ہزار 164 شہری ہلاک ہو چکے ہیں۔', ['12164:citizen|kill']],
      // Fighters killed, drones launched, hostages held.
      ['ur: جنگجو ہلاک', 'فوج نے 17 ہزار سے زائد جنگجوؤں کو ہلاک کیا۔', ['17000:militant|kill']],
      ['fa: شبه‌نظامیان کشته', 'در این درگیری‌ها ۱۷ هزار شبه‌نظامی کشته شدند.', ['17000:militant|kill']],
      ['en: hostages held', 'About 100 hostages are still held in Gaza.', ['100:hostage|hold']],
      ['ur: یرغمالی', 'بمباری میں 7 یرغمالی ہلاک ہو گئے۔', ['7:hostage|kill']],
      // An adjective of aid or relief pledges nothing; "daily" counts nothing.
      ['ur: امدادی ٹرک are trucks, no aid pledged', 'اکتوبر میں روزانہ 65 امدادی ٹرک غزہ پہنچے۔', ['65:truck|reach']],
      // Forced from their homes, fled: displaced.
      ['en: forced from their homes', 'More than 11 million people have been forced from their homes.', ['11000000:person|displace']],
      ['en: fled', 'Some 3.1 million people have fled across borders.', ['3100000:person|displace']],
    ],
    (text: string) => claimKeys(text),
  );
});

test('a date a span began on is no time of what happened in it', () => {
  checkRows(
    [
      ['en: the offensive that began on', 'Its military says 379 soldiers have died in the ground offensive that began on Oct. 27.', ['379:soldier|kill@null']],
      ['ur: کو شروع ہونے والی, مارے جا چکے', 'اس کے 379 فوجی 27 اکتوبر کو شروع ہونے والی زمینی کارروائی میں مارے جا چکے ہیں۔', ['379:soldier|kill@null']],
      ['hi: को शुरू हुए', 'उसके 379 सैनिक 27 अक्टूबर को शुरू हुए जमीनी अभियान में मारे गए।', ['379:soldier|kill@null']],
      ['en: a date the figure holds on stays its time', 'On Oct. 27, 379 soldiers died in the offensive.', ['379:soldier|kill@--10-27']],
    ],
    (text: string) => claimTimes(text),
  );
});

test('results abroad and summits: the whole of seats another party took, sums provided, least developed countries', () => {
  checkRows(
    [
      // Who took the part may stand between the whole and the part.
      ['hi: 435 में से रिपब्लिकन को 220', 'प्रतिनिधि सभा की 435 सीटों में से रिपब्लिकन को 220 सीटें मिलीं।', ['435:seat|total', '220:seat|win']],
      ['ur: 266 میں سے مسلم لیگ ن نے 75', 'قومی اسمبلی کی 266 نشستوں میں سے مسلم لیگ ن نے 75 نشستیں جیتیں۔', ['266:seat|total', '75:seat|win']],
      ['en: swept', 'Trump swept all seven battleground states.', ['7:region|win']],
      // A sum provided is a sum pledged, as فراہم is; least developed countries are countries.
      ['en: provide', 'Rich nations will provide at least $300 billion a year.', ['300000000000:money:USD|invest']],
      ['en: least developed countries', 'A group of 45 least developed countries joined the talks.', ['45:country|attend']],
      ['ur: کم ترین ترقی یافتہ ممالک', '45 کم ترین ترقی یافتہ ممالک نے اجلاس میں شرکت کی۔', ['45:country|attend']],
    ],
    (text: string) => claimKeys(text),
  );
});
