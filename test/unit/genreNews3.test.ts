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
  ['an Urdu index\'s level after its change in points counts points', 'ہنڈرڈ انڈیکس 850.45 پوائنٹس کی کمی سے 77,600 پر بند ہوا۔', ['850.45=850.45/cardinal (counts point)', '77,600=77600/cardinal (counts point)']],
  ['a Hindi index\'s level past the change as a percentage', 'निफ्टी 180 अंक यानी 0.8 प्रतिशत चढ़कर 22,500 के स्तर पर पहुंच गया।', ['180=180/cardinal (counts point)', '0.8 प्रतिशत=0.8/percent (unit %)', '22,500=22500/cardinal (counts point)']],
  ['an English index\'s level', 'The Sensex fell 720 points to 73,500, while 12 stocks rose.', ['720=720/cardinal (counts point)', '73,500=73500/cardinal (counts point)', '12=12/cardinal (counts stock)']],
  ['a number after points no bigger than ten times them is no level', 'ٹیم 12 پوائنٹس کے ساتھ 100 پر رہی۔', ['12=12/cardinal (counts point)', '100=100/cardinal']],
  ['Urdu humidity is a rate', 'ساحلی علاقوں میں ہوا میں نمی کا تناسب 75 فیصد رہا۔', ['75 فیصد=75/percent (unit %, counts humidity)']],
  ['Persian humidity', 'رطوبت نسبی هوا ۸۰ درصد است.', ['۸۰ درصد=80/percent (unit %, counts humidity)']],
  ['Hindi humidity', 'हवा में नमी 85 फीसदी रही।', ['85 फीसदी=85/percent (unit %, counts humidity)']],
  ['English humidity', 'Humidity was 80% in the morning.', ['80%=80/percent (unit %, counts humidity)']],
  ['an Urdu rate set against an earlier one is a rate of the same', 'ٹرن آؤٹ گزشتہ انتخابات کے 52 فیصد کے مقابلے میں 47 فیصد رہا۔', ['52 فیصد=52/percent (unit %, counts turnout)', '47 فیصد=47/percent (unit %, counts turnout)']],
  ['an English rate down from an earlier one', 'Turnout was 47 percent, down from 52 percent.', ['47 percent=47/percent (unit %, counts turnout)', '52 percent=52/percent (unit %, counts turnout)']],
  ['a Persian rate compared with an earlier one', 'نرخ تورم ۴۰ درصد در مقایسه با ۴۵ درصد ماه قبل بود.', ['۴۰ درصد=40/percent (unit %, counts inflation)', '۴۵ درصد=45/percent (unit %, counts inflation)']],
  ['a Persian prison term in years and months is one span, in months', 'دادگاه وی را به سه سال و شش ماه حبس محکوم کرد.', ['سه سال و شش=42/cardinal (counts month)']],
  ['an Urdu term in years and months', 'عدالت نے ملزم کو 2 سال اور 6 ماہ قید کی سزا سنائی۔', ['2 سال اور 6=30/cardinal (counts month)']],
  ['a Hindi term in years and months without "and"', 'दोषी को दो साल छह महीने की सजा सुनाई गई।', ['दो साल छह=30/cardinal (counts month)']],
  ['an English term in years and months', 'He was jailed for three years and six months.', ['three years and six=42/cardinal (counts month)']],
  ['hours and minutes', 'The flight took 3 hours 20 minutes.', ['3 hours 20=200/cardinal (counts minute)']],
  ['a part as large as the whole unit is a span of its own', 'The project took 2 years and 14 months of work.', ['2=2/cardinal (counts year)', '14=14/cardinal (counts month)']],
  ['a rate compared with another right after it still has its subject', 'Inflation eased to 11.8% compared with 17.3% in April.', ['11.8%=11.8/percent (unit %, counts inflation)', '17.3%=17.3/percent (unit %, counts inflation)']],
  ['a Hindi bound after the quantity a price is per belongs to the price', 'सोने का भाव 73 हजार रुपये प्रति 10 ग्राम के पार पहुंच गया।', ['73 हजार रुपये=73000/currency (unit INR, more-than)', '10 ग्राम=10/cardinal (unit g)']],
  ['an Urdu bound after the quantity a price is per', 'سونے کی قیمت 2 لاکھ روپے فی 10 گرام سے تجاوز کر گئی۔', ['2 لاکھ روپے=200000/currency (unit PKR, more-than)', '10 گرام=10/cardinal (unit g)']],
  ['a Hindi bound after the unit a price is per, no number of it', 'चांदी 90 हजार रुपये प्रति किलो के पार पहुंची।', ['90 हजार रुपये=90000/currency (unit INR, more-than)']],
  ['an Urdu bound after the unit a price is per', 'پیٹرول 280 روپے فی لیٹر سے زائد ہو گیا۔', ['280 روپے=280/currency (unit PKR, more-than)']],
];

test('News of markets, weather, exams, courts, elections and sport: figures', () => {
  checkRows(figureRows, (text) => figuresOf(text).map(brief));
});
