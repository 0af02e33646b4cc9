/**
 * A dengue outbreak told in four languages: a year that dates the event a span is counted from ("the
 * highest since the first outbreak in 2000", "2000 میں پہلی وبا کے بعد") is no time of the toll.
 */
import { test } from 'node:test';
import { claimTimes } from '../support/claims';
import { checkRows } from '../support/rows';

test('a year dating the event a span starts from is no time of the figure, in every language', () => {
  checkRows(
    [
      ['en: since the first outbreak in 2000', 'Bangladesh has recorded 1,017 dengue deaths, the highest since the first outbreak in 2000.', ['1017:person|kill@null']],
      ['en: since the floods in 2022, first', 'Since the floods in 2022, 1,700 people have died.', ['1700:person|kill@null']],
      ['hi: 2000 में पहली बार प्रकोप के बाद', 'इस साल डेंगू से 1,017 लोगों की मौत हुई, 2000 में पहली बार प्रकोप के बाद सबसे अधिक।', ['1017:person|kill@null']],
      ['ur: 2000 میں پہلی وبا کے بعد', 'اس سال ڈینگی سے 1017 افراد ہلاک ہوئے، 2000 میں پہلی وبا کے بعد سب سے زیادہ۔', ['1017:person|kill@null']],
      ['fa: از زمان نخستین شیوع در سال ۲۰۰۰', 'امسال ۱۰۱۷ نفر بر اثر دنگی جان باختند که بیشترین شمار از زمان نخستین شیوع در سال ۲۰۰۰ است.', ['1017:person|kill@null']],
      // A year told as the figure's own time stays it.
      ['en: in 2023', 'Bangladesh recorded 1,017 dengue deaths in 2023.', ['1017:person|kill@2023']],
      ['ur: 2023 میں', 'بنگلہ دیش میں 2023 میں ڈینگی سے 1017 افراد ہلاک ہوئے۔', ['1017:person|kill@2023']],
    ],
    claimTimes,
  );
});
