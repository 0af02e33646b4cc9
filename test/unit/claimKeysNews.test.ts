/**
 * Claim keys of news the translations of a story share: disaster reports (people evacuated, bodies
 * recovered, compensation for the families of the dead) and corruption cases (sums embezzled,
 * officials) and market moves, in English, Urdu, Hindi and Persian.
 */
import { test } from 'node:test';
import { claimKeys, claimTimes } from '../support/claims';
import { checkRows } from '../support/rows';

test('translations of a disaster or a corruption report share their claim keys', () => {
  checkRows(
    [
      // Disasters: people moved out of harm's way, bodies recovered, compensation for the families of the dead, in every language.
      ['English evacuated and recovered', 'Some 15,000 people were moved to relief camps and rescuers recovered 11 bodies.', ['15000:person|evacuate', '11:body|recover']],
      ['Urdu evacuated and recovered', 'لگ بھگ 15 ہزار افراد کو امدادی کیمپوں میں منتقل کیا گیا اور 11 لاشیں نکالی گئیں۔', ['15000:person|evacuate', '11:body|recover']],
      ['Hindi evacuated and recovered', 'करीब 15,000 लोगों को राहत शिविरों में भेजा गया और 11 शव निकाले गए।', ['15000:person|evacuate', '11:body|recover']],
      ['Persian evacuated and recovered', 'حدود ۱۵ هزار نفر به اردوگاه‌های امدادی منتقل شدند و ۱۱ جسد از رودخانه بیرون کشیده شد.', ['15000:person|evacuate', '11:body|recover']],
      ['English compensation for the family of each victim', 'The government announced compensation of Rs1 million for the family of each victim.', ['1000000:money:INR#dead|compensate']],
      ['Persian compensation for the family of each victim', 'دولت برای خانواده هر قربانی یک میلیون روپیه غرامت اعلام کرد.', ['1000000:money:INR#dead|compensate']],
      // Corruption cases: the sum embezzled is not the fine; officials are counted alike in every language.
      ['English embezzled', 'The former bank officials were accused of embezzling Rs2.3 billion.', ['2300000000:money:INR|embezzle']],
      ['English fined for embezzling: the reason is no verb of the fine', 'The court fined him Rs50 million for embezzling Rs1.2 billion.', ['50000000:money:INR|fine', '1200000000:money:INR|embezzle']],
      ['Urdu embezzled', 'افسران پر 2 ارب 30 کروڑ روپے کے غبن کا الزام ہے۔', ['2300000000:money:PKR|embezzle']],
      ['Hindi embezzled', 'अधिकारियों पर 2.3 अरब रुपये के गबन का आरोप है।', ['2300000000:money:INR|embezzle']],
      ['Persian embezzled', 'این مدیران به اختلاس ۲ هزار میلیارد تومان متهم شدند.', ['20000000000000:money:IRR|embezzle']],
      ['English officials', 'Five officials were arrested.', ['5:official|arrest']],
      ['Urdu officials', 'پانچ افسران گرفتار ہوئے۔', ['5:official|arrest']],
      ['Hindi officials', 'पांच अधिकारियों को गिरफ्तार किया गया।', ['5:official|arrest']],
      ['Persian officials', 'پنج مسئول بازداشت شدند.', ['5:official|arrest']],
      // "Were included" in the past: the verb of a list, before a relative clause with its own verb (जो … ठीक हो गए थे).
      ['Hindi included, in the past', '114 सक्रिय मामले और 33 ऐसे लोग शामिल थे जो घर पर ही ठीक हो गए थे।', ['114:case|include', '33:person|include']],
      // Markets move in stronger words: jumped, चढ़ा, उछलकर, लुढ़ककर.
      ['English market jumped and slumped', 'The Sensex jumped 1,190 points. Oil prices slumped 4 percent.', ['1190:point sensex|grow', '4:%:prices|fall']],
      ['Hindi market climbed and tumbled', 'सेंसेक्स 1,190 अंक चढ़ा, जबकि रुपया 6 पैसे लुढ़ककर 84.43 पर बंद हुआ।', ['1190:point sensex|grow', '0.06:money:INR|fall']],
      // People hired, in every language; a verb after "and" is the next object's (hire 2,500 workers and invest ₹4,500 crore).
      ['English hired, then invested', 'The company will hire 2,500 workers and invest ₹4,500 crore over five years.', ['2500:worker|hire', '45000000000:money:INR|invest']],
      ['Urdu hired', 'محکمہ تعلیم 5 ہزار اساتذہ بھرتی کرے گا۔', ['5000:teacher|hire']],
      ['Persian hired', 'وزارت آموزش و پرورش ۵ هزار معلم استخدام می‌کند.', ['5000:teacher|hire']],
      ['Hindi appointed', 'राज्य सरकार 5 हजार शिक्षकों की नियुक्ति करेगी।', ['5000:teacher|hire']],
      ['Hindi admitted to hospital is no hiring', 'अस्पताल में 12 मरीज भर्ती हैं।', ['12:person|admit']],
      // A price of goods per unit told with a copula states its level, as one told with a verb does, in every language.
      ['English price is', 'The price of gold is Rs250,000 per tola.', ['250000:money:INR gold/tola|reach']],
      ['Urdu price ہے and ہو گئی', 'سونے کی فی تولہ قیمت 2 لاکھ 50 ہزار روپے ہے۔ چاندی کی فی تولہ قیمت 2 ہزار 800 روپے ہو گئی۔', ['250000:money:PKR gold/tola|reach', '2800:money:PKR silver/tola|reach']],
      ['Persian price است', 'قیمت هر گرم طلای ۱۸ عیار ۵ میلیون تومان است.', ['50000000:money:IRR gold/g|reach']],
      ['Hindi price है', 'सोने की कीमत 75 हजार रुपये प्रति 10 ग्राम है।', ['75000:money:INR gold/10g|reach']],
      // A population counted after its number, in every language: 240 million population, ۸۵ میلیون جمعیت, 24 کروڑ آبادی.
      ['English population', 'Pakistan has a 240 million population.', ['240000000:person|populate']],
      ['Persian population', 'ایران ۸۵ میلیون جمعیت دارد.', ['85000000:person|populate']],
      ['Urdu population', 'پاکستان کی 24 کروڑ آبادی ہے۔', ['240000000:person|populate']],
      ['Hindi population', 'भारत की 140 करोड़ आबादी है।', ['1400000000:person|populate']],
    ],
    claimKeys,
  );
});

test('a year a span starts from is no time of the figure: the highest since 1995, 1995 کے بعد, از سال ۲۰۱۸', () => {
  checkRows(
    [
      ['English since', 'Voter turnout was 66.05 percent, the highest since 1995.', ['66.05:%:turnout|rate@null']],
      ['Urdu after', 'ووٹر ٹرن آؤٹ 66.05 فیصد رہا جو 1995 کے بعد سب سے زیادہ ہے۔', ['66.05:%:turnout|rate@null']],
      ['Hindi after', 'मतदान 66.05 प्रतिशत रहा, जो 1995 के बाद सबसे अधिक है।', ['66.05:%:turnout|rate@null']],
      ['Persian from the year', 'میزان مشارکت به ۶۶.۰۵ درصد رسید که بالاترین رقم از سال ۱۹۹۵ است.', ['66.05:%:turnout|rate@null']],
      ['a year in which still is the time', 'Voter turnout was 66.05 percent in 1995.', ['66.05:%:turnout|rate@1995']],
      ['a Persian date interval from … to is when', 'از ۱۶ تا ۲۴ شهریور ۱۴۰۲، ۳۲۰ کشتی‌گیر شرکت کردند.', ['320:fa:کشتیگیر|attend@2023-09-07/2023-09-15']],
    ],
    claimTimes,
  );
});

test("a network's or a utility's subscribers, customers, consumers and users are one class, in every language; verbs of English news", () => {
  checkRows(
    [
      ['English subscribers reached', 'The number of mobile subscribers reached 1.15 billion.', ['1150000000:user|reach']],
      ['Hindi customers reached', 'देश में मोबाइल ग्राहकों की संख्या 115 करोड़ पहुंच गई।', ['1150000000:user|reach']],
      ['Urdu users', 'ملک میں موبائل صارفین کی تعداد 19 کروڑ ہو گئی۔', ['190000000:user|reach']],
      ['Persian subscribers', 'شمار مشترکان تلفن همراه به ۱۵۰ میلیون رسید.', ['150000000:user|reach']],
      ['Persian customers', 'شمار مشتریان این اپراتور به ۱۵۰ میلیون رسید.', ['150000000:user|reach']],
      ['Hindi users', 'उपयोगकर्ताओं की संख्या 90 करोड़ पहुंच गई।', ['900000000:user|reach']],
      // Added to a base is growth, as ग्राहक जोड़े; a speaker who added something says nothing of the figure's verb.
      ['English added customers', 'Jio added 3.48 million new mobile customers in September.', ['3480000:user|grow']],
      ['Hindi added customers', 'जियो ने सितंबर में 34.8 लाख नए मोबाइल ग्राहक जोड़े।', ['3480000:user|grow']],
      ['English consumers added', 'The utility added 250,000 consumers last year.', ['250000:user|grow']],
      ['a speaker who added', 'The death toll rose to 45, officials added.', ['45:person|kill']],
      ['a speaker who added that', 'He added that 300 houses were damaged.', ['300:house|lose']],
      // People hurt are injured, as زخمی ہوئے, घायल हुए.
      ['hurt', '12 people were hurt in the blast.', ['12:person|injure']],
    ],
    claimKeys,
  );
});
