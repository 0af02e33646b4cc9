import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { checkRows } from '../support/rows';

// News of markets, weather, exams, courts, elections and sport, in the four languages.

// Figures: [name, text, figures as brief() strings].
const figureRows: [name: string, text: string, expected: string[]][] = [
  ['Urdu medals of each colour are their own concepts, as in the other languages', 'پاکستانی دستے نے ایشین گیمز میں 2 طلائی، 3 چاندی اور 5 کانسی کے تمغے جیتے۔', ['2=2/cardinal (counts gold-medal)', '3=3/cardinal (counts silver-medal)', '5=5/cardinal (counts bronze-medal)']],
  ['Urdu gold medals named by the noun after', 'ارشد ندیم نے اب تک 4 سونے کے تمغے جیتے ہیں۔', ['4=4/cardinal (counts gold-medal)']],
  ['a Persian score in words is no figure', 'استقلال در دیدار امشب دو بر یک مقابل سپاهان پیروز شد.', []],
  ['a Persian score in words to nil, with points after it', 'تیم والیبال ایران سه بر صفر پیروز شد و ۳ امتیاز گرفت.', ['۳=3/cardinal (counts امتیاز)']],
  ['a minus typed after Persian digits before a measure is their sign', 'حداقل دمای شهرکرد امروز ۱۲- درجه سانتی‌گراد ثبت شد.', ['۱۲- درجه سانتی‌گراد=-12/cardinal (unit °C)']],
  ['a minus typed after digits in Urdu', 'اسکردو میں کم سے کم درجہ حرارت 5- ڈگری سینٹی گریڈ ریکارڈ کیا گیا۔', ['5- ڈگری سینٹی گریڈ=-5/cardinal (unit °C)']],
  ['a dash set apart from both numbers still joins a range', 'دمای هوا بین ۱۰- ۱۲ درجه است.', ['۱۰- ۱۲ درجه=10..12/range (unit °)']],
];

test('News of markets, weather, exams, courts, elections and sport: figures', () => {
  checkRows(figureRows, (text) => figuresOf(text).map(brief));
});
