import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { claimKeys, claimTimes, flaggedInDocument, flaggedInPair } from '../support/claims';
import { checkRows } from '../support/rows';
import { analyzeDocument } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';
import { sameNameSpelledOtherwise } from '../../server/src/core/rules/entitySpelling';

// How Hindi news (Dainik Bhaskar, Amar Ujala, Dainik Jagran, NDTV India, BBC Hindi) writes figures: [name, text, figures as brief() strings].
const figureRows: [name: string, text: string, expected: string[]][] = [
  // Scores are no ranges; ranges stay ranges.
  ['a match won by a score', 'फुटबॉल में भारत ने अफगानिस्तान को 2-1 से हराया।', []],
  ['a two-day meeting counts days, a five-member panel members', 'दो दिवसीय बैठक में पांच सदस्यीय समिति बनी।', ['दो=2/cardinal (counts day)', 'पांच=5/cardinal (counts member)']],
  ['a drawn series', 'पांच मैचों की सीरीज अब 1-1 से बराबर है।', ['पांच=5/cardinal (counts match)']],
  ['a goalless draw', 'मैच 0-0 से ड्रॉ रहा।', []],
  ['a clean sweep', 'ऑस्ट्रेलिया ने 3-0 से क्लीन स्वीप किया।', []],
  ['a letter name glued to digits is a name', 'टी20 विश्व कप में भारत ने 20 ओवर में 180 रन बनाए।', ['20=20/cardinal (counts over)', '180=180/cardinal (counts run)']],
  ['digits glued to a Devanagari name are no figure', 'दिल्ली में पीएम10 और पीएम2.5 का स्तर 40 प्रतिशत बढ़ा, जी20 देशों ने चिंता जताई।', ['40 प्रतिशत=40/percent (unit %)']],
  ['saplings and trees are counted', 'वन विभाग ने 5 लाख पौधे लगाए और 300 पेड़ काटे गए।', ['5 लाख=500000/cardinal (counts sapling)', '300=300/cardinal (counts tree)']],
  ['an ordinal suffix is no letter name', 'वह 5वी कक्षा में पढ़ती है।', ['5वी=5/ordinal']],
  ['a range of countries is still a range', 'बैठक में 10-12 देशों के प्रतिनिधि शामिल हुए।', ['10-12=10..12/range (counts country)']],
  ['a range whose far end alone has a scale', '50,000 से 1 लाख लोग रैली में पहुंचे।', ['50,000 से 1 लाख=50000..100000/range (counts person)']],
  ['a range sharing the far end\'s scale', '5 से 7 हजार लोग बेघर हुए।', ['5 से 7 हजार=5000..7000/range (counts person)']],
  ['a year before a scaled number is no range', '2020 से 5 लाख लोग इस योजना से जुड़े।', ['2020=2020/year', '5 लाख=500000/cardinal (counts person)']],
  // A number said twice is "each": 2-2 लाख रुपये is two lakh to each, not a range.
  ['each, in digits with a scale', 'मृतकों के परिजनों को 2-2 लाख रुपये दिए जाएंगे।', ['2-2 लाख रुपये=200000/currency (unit INR)']],
  ['each, in digits and thousands', 'घायलों को 50-50 हजार रुपये मिलेंगे।', ['50-50 हजार रुपये=50000/currency (unit INR)']],
  ['each, in words with a dash', 'हर परिवार को दो-दो लाख रुपये की मदद मिलेगी।', ['दो-दो लाख रुपये=200000/currency (unit INR)']],
  ['each, in words with a space', 'हर परिवार को दो दो लाख रुपये की मदद मिलेगी।', ['दो दो लाख रुपये=200000/currency (unit INR)']],
  ['each, a small count', 'पांच-पांच लोगों की टीमें बनाई गईं।', ['पांच-पांच=5/cardinal (counts person)']],
  // Helplines, phone numbers and legal sections are not counts.
  ['a helpline number', 'बाढ़ पीड़ित हेल्पलाइन नंबर 1070 पर संपर्क कर सकते हैं।', ['हेल्पलाइन नंबर 1070=1070/reference (counts number)']],
  ['a helpline and a control room', 'महिला हेल्पलाइन 181 और पुलिस कंट्रोल रूम 112 पर शिकायत करें।', ['हेल्पलाइन 181=181/reference (counts number)', 'कंट्रोल रूम 112=112/reference (counts number)']],
  ['a toll-free number in groups', 'टोल फ्री नंबर 1800-180-1551 पर कॉल करें।', []],
  ['"the number of" the injured is a count, no reference', 'घायलों की संख्या 50 है।', ['50=50/cardinal (counts injury)']],
  ['"the number of" voters in crores', 'मतदाताओं की संख्या 97 करोड़ है।', ['97 करोड़=970000000/cardinal (counts voter)']],
  ['a train number is a reference', 'ट्रेन संख्या 12301 रद्द रही।', ['ट्रेन संख्या 12301=12301/reference (counts number)']],
  ['a highway number', 'राष्ट्रीय राजमार्ग 48 पर 20-25 वाहन टकरा गए।', ['राष्ट्रीय राजमार्ग 48=48/reference (counts number)', '20-25=20..25/range (counts vehicle)']],
  ['a ward number abbreviated with a point', 'वार्ड नं. 5 में 300 लोग रहते हैं।', ['नं. 5=5/reference (counts number)', '300=300/cardinal (counts person)']],
  ['rupees abbreviated with a point', 'टिकट रु. 500 का है।', ['रु. 500=500/currency (unit INR)']],
  ['a pin code', 'पिन कोड 110001 वाले इलाके में बिजली गुल रही।', ['पिन कोड 110001=110001/reference (counts number)']],
  ['a class and a sector are labels', 'सेक्टर 62 के स्कूल में कक्षा 10 के 45 छात्र पढ़ते हैं।', ['सेक्टर 62=62/reference (counts number)', 'कक्षा 10=10/reference (counts number)', '45=45/cardinal (counts student)']],
  ['sections of the penal code', 'पुलिस ने IPC की धारा 304 और धारा 279 के तहत मामला दर्ज किया।', ['धारा 304=304/reference (counts article)', 'धारा 279=279/reference (counts article)']],
  ['an article of the constitution', 'सरकार ने अनुच्छेद 370 को 5 अगस्त 2019 को निरस्त किया।', ['अनुच्छेद 370=370/reference (counts article)', '5 अगस्त 2019=2019-08-05/date']],
  // A change from one number to another is no bound on the first; "to keep below" still is.
  ['cut from one rate to another', 'राजकोषीय घाटे को 5.6 प्रतिशत से घटाकर 4.9 प्रतिशत करने का लक्ष्य है।', ['5.6 प्रतिशत=5.6/percent (unit %, counts deficit)', '4.9 प्रतिशत=4.9/percent (unit %, counts deficit)']],
  ['fell from one rate to another: both are the rate', 'महंगाई दर 6 फीसदी से घटकर 5.1 फीसदी रह गई।', ['6 फीसदी=6/percent (unit %, counts inflation)', '5.1 फीसदी=5.1/percent (unit %, counts inflation)']],
  ['cut with करके from one rate to another', 'रिज़र्व बैंक ने रेपो दर को 6.5 फीसदी से कम करके 6.25 फीसदी कर दिया।', ['6.5 फीसदी=6.5/percent (unit %, counts interest)', '6.25 फीसदी=6.25/percent (unit %, counts interest)']],
  ['basis points', 'बैंक ने ब्याज दर में 25 आधार अंकों की कटौती की।', ['25 आधार अंकों=25/cardinal (unit bp)']],
  ['percent of the marks are no percentage points', 'छात्रा ने 96.8 प्रतिशत अंक हासिल किए, जबकि रेपो दर में 0.25 प्रतिशत अंक की कटौती हुई।', ['96.8 प्रतिशत=96.8/percent (unit %)', '0.25 प्रतिशत अंक=0.25/percent (unit pp, counts interest)']],
  ['फीसद is per cent', 'महंगाई दर 5 फीसद के पार पहुंच गई।', ['5 फीसद=5/percent (unit %, more-than, counts inflation)']],
  ['to keep below a rate is less than', 'महंगाई को 4 फीसदी से कम रखने का लक्ष्य है।', ['4 फीसदी=4/percent (unit %, less-than, counts inflation)']],
  // What a number counts in sport, elections, disasters and crime.
  ['turnout named after its percentage', 'पहले चरण में 65.5 फीसदी मतदान दर्ज किया गया।', ['65.5 फीसदी=65.5/percent (unit %, counts turnout)']],
  ['dearness allowance is no inflation', 'महंगाई भत्ते में 4 प्रतिशत की बढ़ोतरी की गई।', ['4 प्रतिशत=4/percent (unit %, counts allowance)']],
  ['a noun after a percentage is no rate named after it', 'देश के 60 प्रतिशत युवा रोजगार चाहते हैं।', ['60 प्रतिशत=60/percent (unit %)']],
  ['"some" before a number is about', 'कोई दो सौ लोग वहां थे।', ['दो सौ=200/cardinal (approx, counts person)']],
  ['"some one" is still no figure', 'इसके लिए कोई एक व्यक्ति जिम्मेदार नहीं है।', []],
  ['an estimate before the number', 'अंदाजन 2,000 लोग रैली में पहुंचे।', ['2,000=2000/cardinal (approx, counts person)']],
  ['"around" after the number', '500 के आसपास लोग मौजूद थे।', ['500=500/cardinal (approx, counts person)']],
  ['"the figure of the dead" past a bound and a verb', 'मरने वालों का आंकड़ा 100 के पार पहुंच गया।', ['100=100/cardinal (more-than, counts death)']],
  ['runs, balls, fours and sixes', 'जायसवाल ने 290 गेंदों में 209 रन बनाए, जिसमें 19 चौके और 7 छक्के शामिल थे।', ['290=290/cardinal (counts ball)', '209=209/cardinal (counts run)', '19=19/cardinal (counts four)', '7=7/cardinal (counts six)']],
  ['overs and wickets', 'टीम 55.5 ओवर में 9 विकेट पर 292 रन बना सकी।', ['55.5=55.5/cardinal (counts over)', '9=9/cardinal (counts wicket)', '292=292/cardinal (counts run)']],
  ['voters in crores', 'करीब 64.2 करोड़ मतदाताओं ने वोट डाले।', ['64.2 करोड़=642000000/cardinal (approx, counts voter)']],
  ['districts and villages', '29 जिलों के 3,500 से अधिक गांव पानी में डूबे हैं।', ['29=29/cardinal (counts district)', '3,500=3500/cardinal (more-than, counts village)']],
  ['relief camps past an adjective', '140 राहत शिविरों में सवा लाख लोग रह रहे हैं।', ['140=140/cardinal (counts camp)', 'सवा लाख=125000/cardinal (counts person)']],
  ['passengers', 'बस में 45 यात्री सवार थे।', ['45=45/cardinal (counts passenger)']],
  ['the accused', 'पुलिस ने 3 आरोपियों को गिरफ्तार किया।', ['3=3/cardinal (counts suspect)']],
  ['jawans are soldiers', 'हमले में 4 जवान शहीद हो गए।', ['4=4/cardinal (counts soldier)']],
  ['police personnel', 'शहर में दो हजार पुलिसकर्मी तैनात किए गए।', ['दो हजार=2000/cardinal (counts personnel)']],
  ['vaccine doses in crores', 'अब तक 220.6 करोड़ टीके लगाए जा चुके हैं।', ['220.6 करोड़=2206000000/cardinal (counts dose)']],
  ['a nationality before a noun counts the noun', 'हादसे में 5 भारतीय नागरिक घायल हुए।', ['5=5/cardinal (counts citizen)']],
  ['farmers after a bound', 'इस बार 8 करोड़ से ज्यादा किसानों को किस्त मिली।', ['8 करोड़=80000000/cardinal (more-than, counts farmer)']],
  ['complaints past an adjective', 'पिछले तीन महीनों में पोर्टल पर 1,200 से ज़्यादा ऑनलाइन शिकायतें मिलीं।', ['तीन=3/cardinal (counts month)', '1,200=1200/cardinal (more-than, counts complaint)']],
  ['an earthquake\'s magnitude', 'नेपाल में 6.4 तीव्रता का भूकंप आया।', ['6.4=6.4/cardinal (counts magnitude)']],
  ['"the death of" 2,100 counts deaths', 'इनमें से 2,100 की मौत हो चुकी है।', ['2,100=2100/cardinal (counts death)']],
  ['a verb ending names no counted noun', 'मृतकों की संख्या 200 तक पहुंच सकती है।', ['200=200/cardinal (counts death)']],
  // Dates, times and number words as Hindi news writes them.
  ['a date and a morning hour', 'प्रधानमंत्री 12 जून 2024 को सुबह 10 बजे उद्घाटन करेंगे।', ['12 जून 2024=2024-06-12/date', '10 बजे=T10:00/date']],
  ['hour and minutes in the afternoon', 'कार्यक्रम दोपहर 3 बजकर 15 मिनट तक चलेगा।', ['3 बजकर 15 मिनट=T15:15/date']],
  ['hours and minutes with a colon in the evening', 'शाम 6:30 बजे बैठक हुई।', ['6:30=T18:30/date']],
  ['hours and minutes with a colon at night', 'रात 9:15 बजे धमाका हुआ।', ['9:15=T21:15/date']],
  ['hours and minutes with a point before the o\'clock word', 'सुबह 10.30 बजे बैठक हुई।', ['10.30 बजे=T10:30/date']],
  ['twelve at night is midnight', 'रात 12 बजे नया कानून लागू हुआ।', ['12 बजे=T00:00/date']],
  ['twelve in the afternoon is noon', 'दोपहर 12 बजे नतीजे आए।', ['12 बजे=T12:00/date']],
  ['two at night stays two', 'रात 2 बजे भूकंप आया।', ['2 बजे=T02:00/date']],
  ['degrees below zero said around the number', 'लेह में तापमान शून्य से 12.5 डिग्री सेल्सियस नीचे दर्ज किया गया।', ['शून्य से 12.5 डिग्री सेल्सियस नीचे=-12.5/cardinal (unit °C)']],
  ['degrees below zero said after the number', 'तापमान 3 डिग्री शून्य से नीचे रहा।', ['3 डिग्री शून्य से नीचे=-3/cardinal (unit °)']],
  ['a range from zero stays a range', 'तापमान शून्य से 5 डिग्री के बीच रहा।', ['शून्य से 5 डिग्री=0..5/range (unit °)']],
  ['lakh crore with a rupee sign', 'रक्षा क्षेत्र के लिए ₹6.8 लाख करोड़ आवंटित किए गए।', ['₹6.8 लाख करोड़=6800000000000/currency (unit INR)']],
  ['साढ़े before digits and thousands', 'सोने का भाव साढ़े 72 हजार रुपये रहा।', ['साढ़े 72 हजार रुपये=72500/currency (unit INR)']],
  ['पौने before a number word and lakh', 'पौने दो लाख कर्मचारियों को लाभ मिलेगा।', ['पौने दो लाख=175000/cardinal (counts employee)']],
  ['Devanagari digits', 'रेलवे ने १२ नई ट्रेनें चलाने की घोषणा की है।', ['१२=12/cardinal (counts train)']],
  ['an ordinal with a suffix', 'योजना के 5वें चरण तक 2 हजार गांव जुड़ेंगे।', ['5वें=5/ordinal', '2 हजार=2000/cardinal (counts village)']],
  // Sport, weather, courts, health, markets, exams and space.
  ['a percent word before the number', 'दूसरे चरण में मतदान प्रतिशत 61.2 रहा।', ['दूसरे=2/ordinal', '61.2=61.2/percent (unit %, counts turnout)']],
  ['a pass percentage before the number', 'इस बार छात्राओं का पास प्रतिशत 91.3 रहा।', ['91.3=91.3/percent (unit %, counts pass)']],
  ['kilometres per hour with प्रति घंटे', 'तूफान के दौरान 90 से 100 किलोमीटर प्रति घंटे की रफ्तार से हवाएं चलीं।', ['90 से 100 किलोमीटर प्रति घंटे=90..100/range (unit km/h)']],
  ['kilometres per hour with a slash', 'हवा की गति 65 किमी/घंटा दर्ज की गई।', ['65 किमी/घंटा=65/cardinal (unit km/h)']],
  ['index points', 'सेंसेक्स 850 अंक टूटकर 79,200 पर बंद हुआ।', ['850=850/cardinal (counts point)', '79,200=79200/cardinal (counts point)']],
  ['hospital beds', 'अस्पताल में 300 बेड का नया वार्ड बना।', ['300=300/cardinal (counts bed)']],
  ['domestic passengers past an adjective', 'दिवाली पर 5.2 लाख घरेलू यात्रियों ने उड़ान भरी।', ['5.2 लाख=520000/cardinal (counts passenger)']],
  ['astronauts are no space', 'मिशन में 3 अंतरिक्ष यात्री जाएंगे।', ['3=3/cardinal (counts astronaut)']],
  ['witnesses', 'अदालत में 18 गवाहों के बयान हुए।', ['18=18/cardinal (counts witness)']],
  ['"passed" is no counted noun', 'परीक्षा में 11.4 लाख सफल रहे।', ['11.4 लाख=1140000/cardinal']],
  ['a rocket name after a hyphen', 'इसरो ने पीएसएलवी-सी59 से उपग्रह भेजा।', []],
  ['a series taken by a score', 'भारत ने सीरीज 3-1 से अपने नाम की।', []],
  ['an unassailable lead is a score', 'मेजबान टीम ने सीरीज में 3-0 की अजेय बढ़त ले ली।', []],
  ['games listed before the result word', 'लक्ष्य सेन ने 21-18, 21-15 से जीत दर्ज की।', []],
  ['the rupee fell by paise', 'डॉलर के मुकाबले रुपया 21 पैसे टूटकर 84.05 पर बंद हुआ।', ['21 पैसे=0.21/currency (unit INR)', '84.05=84.05/cardinal']],
  ['a range of amounts whose far end alone has a scale word', 'टिकटों की कीमत 1,500 रुपये से 25 हजार रुपये तक है।', ['1,500 रुपये से 25 हजार रुपये=1500..25000/range (unit INR)']],
  ['roads, spectators and shares', 'बारिश से 140 सड़कें बंद रहीं, फिर भी 30 हजार दर्शक पहुंचे और 50 शेयरों वाला निफ्टी चढ़ा।', ['140=140/cardinal (counts road)', '30 हजार=30000/cardinal (counts spectator)', '50=50/cardinal (counts share)']],
  ['teachers and coaches', 'जिले में 3,200 शिक्षकों के पद खाली हैं और नई ट्रेन में 16 कोच होंगे।', ['3,200=3200/cardinal (counts teacher)', '16=16/cardinal (counts coach)']],
  // Cricket: wickets and runs joined by a slash in a cricket report.
  ['bowling figures with a slash', 'स्पिनर कुलदीप यादव ने 4/29 के आंकड़े दर्ज किए और टीम जीती।', ['4=4/cardinal (counts wicket)', '29=29/cardinal (counts run)']],
  ['a total over wickets with a slash', 'श्रीलंका ने 50 ओवर में 243/7 रन बनाए।', ['50=50/cardinal (counts over)', '243=243/cardinal (counts run)', '7=7/cardinal (counts wicket)']],
  // Degrees down from the freezing point; a day of a month with तारीख; a weight class; a range over two spans.
  ['degrees down from the freezing point', 'लेह में तापमान हिमांक से 9 डिग्री नीचे चला गया।', ['9 डिग्री नीचे=-9/cardinal (unit °)']],
  ['a day with तारीख and no month', 'नगर निगम का चुनाव 15 तारीख को होगा।', ['15 तारीख=---15/date']],
  ['a month with की and तारीख', 'परीक्षा मार्च की 20 तारीख से शुरू होगी।', ['मार्च की 20 तारीख=--03-20/date']],
  ['a weight class with a plus', 'भारोत्तोलक ने 81+ किलोग्राम वर्ग में रजत पदक जीता।', ['81+ किलोग्राम=81/cardinal (unit kg, more-than)']],
  ['months to a year', 'स्वास्थ्य विभाग 6 महीने से एक साल तक के बच्चों को टीका लगाएगा।', ['6 महीने से एक साल=6..12/range (counts month)']],
  // Page furniture, rail accidents, floods, courts, markets and farming.
  ['a Latin PM before a time zone is the afternoon', 'अपडेटेड: 3 मई 2024, 09:20 PM IST', ['3 मई 2024=2024-05-03/date', '09:20=T21:20/date']],
  ['an approximation between the part of the day and the hour', 'धमाका रात करीब 10 बजे हुआ।', ['10 बजे=T22:00/date']],
  ['a change after the number names no counted noun', 'निवेशकों की संपत्ति 2 लाख करोड़ बढ़ी और निफ्टी 24,000 के पार गया।', ['2 लाख करोड़=2000000000000/cardinal', '24,000=24000/cardinal (more-than)']],
  ['"short by" names no counted noun', 'एनडीए बहुमत से 28 कम रह गई।', ['28=28/cardinal']],
  ['coaches, bodies and ambulances', 'हादसे में 14 डिब्बे पटरी से उतरे, 6 शव निकाले गए और 30 एंबुलेंस भेजी गईं।', ['14=14/cardinal (counts coach)', '6=6/cardinal (counts body)', '30=30/cardinal (counts ambulance)']],
  ['wild animals past an adjective, and bridges', 'बाढ़ में 85 जंगली जानवर मरे और 12 पुल टूटे।', ['85=85/cardinal (counts animal)', '12=12/cardinal (counts bridge)']],
  ['a quintal is a unit', 'गेहूं की उपज 40 क्विंटल रही।', ['40 क्विंटल=40/cardinal (unit quintal)']],
  ['a bench\'s majority is a tally, no range', 'संविधान पीठ ने 4-1 के बहुमत से फैसला दिया।', []],
  ['judges and petitions', 'सात जजों की पीठ ने 40 याचिकाओं पर सुनवाई की।', ['सात=7/cardinal (counts judge)', '40=40/cardinal (counts petition)']],
  ['a scaled amount before a money noun is in rupees; a crowd is not', 'सरकार ने 2,500 करोड़ का पैकेज दिया, पर 5 हजार की भीड़ जुटी।', ['2,500 करोड़=25000000000/currency (unit INR)', '5 हजार=5000/cardinal']],
  ['a train\'s number in brackets is a reference', 'गोरखपुर जा रही वैशाली एक्सप्रेस (12553) के 3 डिब्बे पटरी से उतरे।', ['12553=12553/reference (counts number)', '3=3/cardinal (counts coach)']],
  ['the far end of a range of hours follows its near end in the part of the day said before it', 'दफ्तर सुबह 10 से 2 बजे तक और बाजार रात 11 से 3 बजे तक खुला रहेगा।', ['10=T10:00/date', '2 बजे=T14:00/date', '11=T23:00/date', '3 बजे=T03:00/date']],
  ['buses, trucks, cars and fire engines; the burnt are injured', 'आग में 3 बसें, 9 ट्रक और 14 कारें जलीं, 18 झुलसे और 6 गाड़ियां पहुंचीं।', ['3=3/cardinal (counts bus)', '9=9/cardinal (counts truck)', '14=14/cardinal (counts car)', '18=18/cardinal (counts injury)', '6=6/cardinal (counts vehicle)']],
  ['phases, posts and highways', 'चुनाव सात चरणों में हुआ, 900 पदों पर भर्ती होगी और चार राष्ट्रीय राजमार्ग बंद हैं।', ['सात=7/cardinal (counts phase)', '900=900/cardinal (counts post)', 'चार=4/cardinal (counts highway)']],
  // Medals, space, health, roads and metros, treaties, weather and crime.
  ['a medal\'s metal counts medals of that metal', 'भारत ने 16 स्वर्ण, 21 रजत और 9 कांस्य पदक जीते।', ['16=16/cardinal (counts gold-medal)', '21=21/cardinal (counts silver-medal)', '9=9/cardinal (counts bronze-medal)']],
  ['a reward in lakhs with its rupees written once, past a metal qualifying winners', 'रजत विजेताओं को 15 लाख और कांस्य विजेताओं को 8 लाख रुपये मिलेंगे।', ['15 लाख=1500000/currency (unit INR)', '8 लाख रुपये=800000/currency (unit INR)']],
  ['अरब alone is Arab, no vague billion', 'सऊदी अरब और अरब लीग के 22 देशों ने बयान जारी किया।', ['22=22/cardinal (counts country)']],
  ['a year of the Vikram Samvat is no figure', 'मंदिर का निर्माण विक्रम संवत 1950 में शुरू हुआ था।', []],
  ['a milestone is a reference', 'कार माइलस्टोन 88 के पास पलटी।', ['माइलस्टोन 88=88/reference (counts number)']],
  ['brought down to a rate is no "up to"', 'शुल्क को अगले साल 20 प्रतिशत तक लाया जाएगा।', ['20 प्रतिशत=20/percent (unit %)']],
  ['"per" counts nothing', 'सामान्य व्यक्ति में प्लेटलेट्स दो लाख प्रति माइक्रोलीटर होते हैं।', ['दो लाख=200000/cardinal']],
  ['innings and sports', 'उन्होंने 12 पारियों में 600 रन बनाए, जबकि दल के खिलाड़ी 14 खेलों में उतरे।', ['12=12/cardinal (counts inning)', '600=600/cardinal (counts run)', '14=14/cardinal (counts sport)']],
  ['payloads, an age in years, chapters and paragraphs', 'रॉकेट 7 पेलोड ले गया और 60 वर्षीय वैज्ञानिक ने बताया कि मसौदे में 24 अध्याय और 90 पैराग्राफ हैं।', ['7=7/cardinal (counts payload)', '60=60/cardinal (counts year)', '24=24/cardinal (counts chapter)', '90=90/cardinal (counts paragraph)']],
  ['stations, pillars, lanes, airports and ports', 'नई लाइन पर 18 स्टेशन, पुल में 40 खंभे और एक्सप्रेसवे पर 6 लेन होंगी; इससे 4 हवाई अड्डे और 3 बंदरगाह जुड़ेंगे।', ['18=18/cardinal (counts station)', '40=40/cardinal (counts pillar)', '6=6/cardinal (counts lane)', '4=4/cardinal (counts airport)', '3=3/cardinal (counts port)']],
  // Air pollution, box office, auctions, board results, wildlife, vehicle sales, payments and power.
  ['air pollution in micrograms per cubic metre, in words and in signs', 'पीएम2.5 का स्तर 380 माइक्रोग्राम प्रति घन मीटर रहा, जबकि सुरक्षित सीमा 15 µg/m³ है।', ['380 माइक्रोग्राम प्रति घन मीटर=380/cardinal (unit µg/m3)', '15 µg/m³=15/cardinal (unit µg/m3)']],
  ['crores of an opening and of earnings are rupees', 'फिल्म ने पहले दिन 45 करोड़ की ओपनिंग ली और दूसरे दिन 52 करोड़ कमाए।', ['45 करोड़=450000000/currency (unit INR)', '52 करोड़=520000000/currency (unit INR)']],
  ['crores right after a money noun are rupees when no noun follows them', 'दूसरे दिन फिल्म की कमाई 68 करोड़ रही और कलेक्शन 350 करोड़ के पार पहुंचा, जबकि 5 करोड़ दर्शक आए।', ['68 करोड़=680000000/currency (unit INR)', '350 करोड़=3500000000/currency (unit INR, more-than)', '5 करोड़=50000000/cardinal (counts spectator)']],
  ['crores a player is sold for and bid are rupees', 'ऑलराउंडर 18.5 करोड़ में बिके और युवा स्पिनर पर 6 करोड़ की बोली लगी।', ['18.5 करोड़=185000000/currency (unit INR)', '6 करोड़=60000000/currency (unit INR)']],
  ['a sequel\'s number in single quotes is part of the title', "अजय देवगन की 'सिंघम 3' ने 40 करोड़ रुपये कमाए।", ['40 करोड़ रुपये=400000000/currency (unit INR)']],
  ['a school code is a reference', 'परिणाम रोल नंबर और स्कूल कोड 44105 से देखें।', ['स्कूल कोड 44105=44105/reference (counts number)']],
  ['tigers and leopards', 'राज्य में 785 बाघ और 3,907 तेंदुए हैं।', ['785=785/cardinal (counts tiger)', '3,907=3907/cardinal (counts leopard)']],
  ['a known noun before "the number" outranks an unknown word after the number', 'गणना में हाथियों की संख्या 6,395 आंकी गई।', ['6,395=6395/cardinal (counts elephant)']],
  ['units sold and transactions', 'कंपनी ने अक्टूबर में 55,000 यूनिट बेचीं, जबकि यूपीआई से 1,200 करोड़ लेनदेन हुए।', ['55,000=55000/cardinal (counts unit)', '1,200 करोड़=12000000000/cardinal (counts transaction)']],
  ['electricity before consumers is their modifier', 'राज्य में 2.9 करोड़ बिजली उपभोक्ता हैं।', ['2.9 करोड़=29000000/cardinal (counts consumer)']],
  // Rail, property, pilgrimages, crime, vehicles, pay, films, pollution and phones.
  ['a train\'s number with a leading zero is no count', 'गोरखपुर जाने वाली 05049 स्पेशल ट्रेन हर बुधवार चलेगी।', []],
  ['passenger trains are trains; passengers alone are passengers', 'रोज 13,000 यात्री ट्रेनें चलती हैं और हर डिब्बे में 72 यात्री बैठते हैं।', ['13,000=13000/cardinal (counts train)', '72=72/cardinal (counts passenger)']],
  ['bighas, square yards and plots past an adjective', 'गांव की 8 बीघा जमीन पर 200 वर्ग गज के 45 आवासीय प्लॉट कटे।', ['8 बीघा=8/cardinal (unit bigha)', '200 वर्ग गज=200/cardinal (unit yd2)', '45=45/cardinal (counts plot)']],
  ['pilgrims, toilets and CCTV cameras', 'मेले में 3 करोड़ श्रद्धालु आएंगे, 900 शौचालय और 1,100 सीसीटीवी कैमरे लगेंगे।', ['3 करोड़=30000000/cardinal (counts pilgrim)', '900=900/cardinal (counts toilet)', '1,100=1100/cardinal (counts camera)']],
  ['cognizable crimes, FIRs and murders', 'राज्य में 12 लाख संज्ञेय अपराध, 800 एफआईआर और 95 हत्याएं दर्ज हुईं।', ['12 लाख=1200000/cardinal (counts crime)', '800=800/cardinal (counts fir)', '95=95/cardinal (counts murder)']],
  ['two-wheelers, pensioners and hires', 'कंपनी ने 3.1 लाख दोपहिया बेचे, 40 लाख पेंशनभोगियों को लाभ मिला और 250 भर्तियां होंगी।', ['3.1 लाख=310000/cardinal (counts two-wheeler)', '40 लाख=4000000/cardinal (counts pensioner)', '250=250/cardinal (counts hire)']],
  // Not into lakhs: 3 से बढ़कर 6 लाख रुपये leaves open whether the 3 is in lakhs.
  ['a change from a bare number is measured as the level it reaches', 'मानदेय 9,000 से बढ़कर 14,000 रुपये और ब्याज 8 से घटकर 7.5 फीसदी हुआ। बिक्री 3 से बढ़कर 6 लाख रुपये हुई।', ['9,000=9000/currency (unit INR)', '14,000 रुपये=14000/currency (unit INR)', '8=8/percent (unit %)', '7.5 फीसदी=7.5/percent (unit %)', '3=3/cardinal', '6 लाख रुपये=600000/currency (unit INR)']],
  ['crores of a worldwide collection and of a price are rupees', 'फिल्म का 640 करोड़ का वर्ल्डवाइड कलेक्शन रहा और 4BHK की कीमत 3.2 करोड़ के पार गई।', ['640 करोड़=6400000000/currency (unit INR)', '3.2 करोड़=32000000/currency (unit INR, more-than)']],
  ['crossing a mark is more than it', 'कंपनी 10,000 करोड़ रुपये का आंकड़ा पार कर गई।', ['10,000 करोड़ रुपये=100000000000/currency (unit INR, more-than)']],
  ['PM 2.5 with a space is a name; a class of coaches is no ordinal', 'पीएम 2.5 का स्तर 410 रहा और थर्ड एसी का किराया 1,900 रुपये है।', ['410=410/cardinal', '1,900 रुपये=1900/currency (unit INR)']],
  ['a reading right after AQI is of the index, in either script', 'नोएडा में एक्यूआई 388 और गाजियाबाद में AQI 402 दर्ज हुआ।', ['388=388/cardinal (counts aqi)', '402=402/cardinal (counts aqi)']],
  ['"went past" names no counted noun; a multiple counts times', 'स्तर 700 के पार चला गया, जो सीमा से 40 गुना है।', ['700=700/cardinal (more-than)', '40=40/cardinal (counts time)']],
  ['a phone\'s battery and camera in Hindi units', 'फोन में 6,000 एमएएच की बैटरी और 108 मेगापिक्सल का कैमरा है।', ['6,000 एमएएच=6000/cardinal (unit mAh)', '108 मेगापिक्सल=108/cardinal (unit MP)']],
];

test('Hindi news: figures as news writes them', () => {
  checkRows(figureRows, (text) => figuresOf(text).map(brief));
});

// Entities of Hindi news sentences: [name, text, "text=type[:id]" of each mention].
const entityRows: [name: string, text: string, expected: string[]][] = [
  ['an adverb after a name ends it', 'चंद्रबाबू नायडू अब मंत्री बनेंगे।', ['चंद्रबाबू नायडू=person']],
  ['a given name and a surname that is a head word is a person; the corporation stays one', 'मेरिट सूची में प्राची निगम सबसे आगे रहीं, नगर निगम ने सम्मान किया।', ['प्राची निगम=person', 'नगर निगम=organisation']],
  ['pronouns before a head word name nothing', 'भुगतान तीन दिन के भीतर उनके बैंक खाते में होगा।', []],
  ['the INDIA bloc and NDTV India are no country', 'इंडिया गठबंधन की बैठक पर एनडीटीवी इंडिया की रिपोर्ट', ['इंडिया गठबंधन=organisation:org:in-india-bloc', 'एनडीटीवी इंडिया=organisation:org:in-ndtv']],
  ['a meridiem and a time zone are no name', 'अपडेटेड: 3 मई 2024, 09:20 PM IST', []],
  ['district towns of floods and rail accidents', 'उज्जैन से बालासोर और कुल्लू तक बारिश हुई।', ['उज्जैन=place:city:ujjain', 'बालासोर=place:city:balasore', 'कुल्लू=place:city:kullu']],
  ['a relief fund after a title is no person', 'मुख्यमंत्री राहत कोष से 50 हजार रुपये मिलेंगे।', ['मुख्यमंत्री राहत कोष=organisation']],
  ['Haryana and Kashmir parties', 'इनेलो को दो और नेशनल कॉन्फ्रेंस को 42 सीटें मिलीं।', ['इनेलो=organisation:org:in-inld', 'नेशनल कॉन्फ्रेंस=organisation:org:in-jknc']],
  ['penal codes and acts are documents', 'पुलिस ने भारतीय दंड संहिता की धारा 307 और रेलवे अधिनियम के तहत केस दर्ज किया।', ['भारतीय दंड संहिता=document:doc:in-ipc', 'रेलवे अधिनियम=document:doc:in-railways-act']],
  ['parties with their acronyms', 'तेलुगु देशम पार्टी (टीडीपी) और जदयू साथ आए।', ['तेलुगु देशम पार्टी=organisation:org:in-tdp', 'टीडीपी=organisation:org:in-tdp', 'जदयू=organisation:org:in-jdu']],
  ['the Nepali Congress is not the Indian one; UNEP is one body', 'नेपाली कांग्रेस ने संयुक्त राष्ट्र पर्यावरण कार्यक्रम की रिपोर्ट का स्वागत किया।', ['नेपाली कांग्रेस=organisation:org:np-congress', 'संयुक्त राष्ट्र पर्यावरण कार्यक्रम=organisation:org:unep']],
  ['athletes named without a title', 'फाइनल में नीरज चोपड़ा दूसरे और शुभमन गिल पहले स्थान पर रहे।', ['नीरज चोपड़ा=person', 'शुभमन गिल=person']],
  ['a carmaker ending in India is no country; a trade before कंपनी names no company', 'देश की सबसे बड़ी कार कंपनी मारुति सुजुकी इंडिया ने बिक्री बढ़ाई।', ['मारुति सुजुकी इंडिया=organisation:org:in-maruti-suzuki']],
  ['a startup\'s trade and "meanwhile" before कंपनी name nothing', 'एडटेक कंपनी ने पैसे जुटाए, वहीं फिनटेक कंपनी पीछे रही।', []],
  ['cricketers of an auction by their given names', 'कोलकाता नाइट राइडर्स ने मिचेल स्टार्क को खरीदा, डेरिल मिचेल और हर्षल पटेल भी बिके।', ['कोलकाता नाइट राइडर्स=organisation:org:in-ipl-kkr', 'मिचेल स्टार्क=person', 'डेरिल मिचेल=person', 'हर्षल पटेल=person']],
  ['IPL teams hold a city, which is no place there', 'मुंबई इंडियंस और सनराइजर्स हैदराबाद के बीच मैच हुआ।', ['मुंबई इंडियंस=organisation:org:in-ipl-mi', 'सनराइजर्स हैदराबाद=organisation:org:in-ipl-srh']],
  ['film people by their given names; a producing company names nothing', 'निर्माता कंपनी ने बताया कि रणबीर कपूर और आलिया भट्ट की फिल्म पर तरण आदर्श ने टिप्पणी की।', ['रणबीर कपूर=person', 'आलिया भट्ट=person', 'तरण आदर्श=person']],
  ['crime and pollution bureaus by name and acronym', 'राष्ट्रीय अपराध रिकॉर्ड ब्यूरो (एनसीआरबी) और सीपीसीबी ने आंकड़े जारी किए।', ['राष्ट्रीय अपराध रिकॉर्ड ब्यूरो=organisation:org:in-ncrb', 'एनसीआरबी=organisation:org:in-ncrb', 'सीपीसीबी=organisation:org:in-cpcb']],
  ['a train service and an investor ending in India are no country', 'वंदे भारत एक्सप्रेस में सिकोइया कैपिटल इंडिया के अधिकारी थे।', ['वंदे भारत एक्सप्रेस=organisation:org:in-vande-bharat', 'सिकोइया कैपिटल इंडिया=organisation:org:sequoia-capital']],
  ['"according to" and an ordinal are no part of a commission', 'जानकारों के मुताबिक वेतन आयोग की सिफारिशें आएंगी, सातवें वेतन आयोग ने भी यही कहा।', ['वेतन आयोग=organisation', 'वेतन आयोग=organisation']],
  ['studios by their English heads, past a generic company before them', 'निर्माता कंपनी मैथ्री मूवी मेकर्स का दावा है और यशराज फिल्म्स ने कहा।', ['मैथ्री मूवी मेकर्स=organisation', 'यशराज फिल्म्स=organisation']],
  ['a telecom operator and its regulator', 'रिलायंस जियो ने ट्राई के आंकड़े जारी होने से पहले दाम बढ़ाए।', ['रिलायंस जियो=organisation:org:in-reliance-jio', 'ट्राई=organisation:org:in-trai']],
  ['vehicle makers and their dealers', 'फाडा के अनुसार हीरो मोटोकॉर्प और ओला इलेक्ट्रिक आगे रहे।', ['फाडा=organisation:org:in-fada', 'हीरो मोटोकॉर्प=organisation:org:in-hero-motocorp', 'ओला इलेक्ट्रिक=organisation:org:in-ola-electric']],
  ['the air quality index is no organisation; the payments corporation is one', 'दिल्ली में AQI 460 दर्ज हुआ, भारतीय राष्ट्रीय भुगतान निगम ने आंकड़े जारी किए।', ['दिल्ली=place:city:delhi', 'भारतीय राष्ट्रीय भुगतान निगम=organisation:org:in-npci']],
];

test('Hindi news: a nukta is a house style, no other spelling of a name', () => {
  checkRows(
    [
      ['a nukta only', ['एनडीआरएफ़', 'एनडीआरएफ'], false],
      ['a precomposed letter with a nukta', ['फ़ारूक़ अब्दुल्ला', 'फारूक अब्दुल्ला'], false],
      ['another letter is another spelling', ['अब्दुल्ला', 'अब्दुल्लाह'], true],
    ],
    ([a, b]: string[]) => sameNameSpelledOtherwise(a, b),
  );
});

test('Hindi news: entities', () => {
  checkRows(entityRows, (text) => analyzeDocument(text, DEFAULT_OPTIONS).entities.map((e) => `${text.slice(e.start, e.end)}=${e.type}${e.id ? `:${e.id}` : ''}`));
});

// Claims of Hindi news sentences: [name, text, "value:key" of each claim].
const claimRows: [name: string, text: string, expected: string[]][] = [
  ['a margin of victory in runs', 'भारत ने इंग्लैंड को 106 रन से हरा दिया।', ['106:run|win']],
  ['cases that came to light are reported', 'देश में कोरोना के 1,805 नए मामले सामने आए हैं।', ['1805:case|report']],
  ['"it came to light that" reports nothing', 'जांच में यह बात सामने आई कि 70 फीसदी हिस्सा एक जैसा है।', []],
  ['the accused arrested', 'पुलिस ने 14 आरोपियों को गिरफ्तार किया।', ['14:suspect|arrest']],
  ['people made homeless', 'बाढ़ से 12 हजार लोग बेघर हो गए।', ['12000:person|displace']],
  ['houses destroyed', 'भूकंप में 340 मकान ध्वस्त हो गए।', ['340:house|destroy']],
  ['jawans martyred are killed', 'हमले में 4 जवान शहीद हो गए।', ['4:soldier|kill']],
  ['"the death of" 2,100 is people killed', 'इनमें से 2,100 की मौत हो चुकी है।', ['2100:person|kill']],
  ['an amount given to each, to the families of the dead', 'मृतकों के परिजनों को 2-2 लाख रुपये की सहायता दी जाएगी।', ['200000:money:INR#dead|invest']],
  ['compensation for the dead and the injured are two facts, no deaths', 'मृतकों के परिजनों को 4 लाख रुपये का मुआवजा मिलेगा। घायलों को 50 हज़ार रुपये का मुआवजा मिलेगा।', ['400000:money:INR#dead|compensate', '50000:money:INR#injured|compensate']],
  ['runs for the loss of wickets are no loss', 'भारत ने 6 विकेट के नुकसान पर 301 रन बनाए।', []],
  ['turnout by noon', 'सोमवार को 12 बजे तक 40 फीसदी मतदान हुआ।', ['40:%:turnout|rate']],
  ['the recovered are not the dead', 'अब तक 4,500 लोगों की मौत हो चुकी है और 3.2 लाख लोग ठीक हो चुके हैं।', ['4500:person|kill', '320000:person|recover']],
  ['investors invest nothing', 'शेयर बाजार में निवेशकों के 5 लाख करोड़ रुपये डूब गए।', []],
  ['militants "felled" in an encounter are killed', 'मुठभेड़ में 5 नक्सली ढेर हो गए।', ['5:militant|kill']],
  ['the infected are cases', 'संक्रमितों की संख्या 1,000 के पार पहुंच गई।', ['1000:case|reach']],
  ['a rate recorded is a rate', 'जुलाई में महंगाई दर 7.44 प्रतिशत दर्ज की गई।', ['7.44:%:inflation|rate']],
  ['lives lost are people killed', 'इलाज के दौरान 9 मरीजों की जान जा चुकी है।', ['9:patient|kill']],
  ['a pass percentage is a rate; the girls\' is a subgroup\'s', 'इस बार छात्राओं का पास प्रतिशत 91.3 रहा।', ['91.3:%:pass#girls|rate']],
  ['a span of time before में is a window; "4 की मौत" is no predicate of the patients', 'डेंगू: 24 घंटे में 215 नए मरीज, 4 की मौत', ['4:person|kill']],
  ['a prison term and a fine', 'अदालत ने दोषी को 7 साल की सजा सुनाई और 25,000 रुपये का जुर्माना लगाया।', ['7:year|sentence', '25000:money:INR|fine']],
  ['a bail bond', 'हाईकोर्ट ने 50 हजार रुपये के मुचलके पर जमानत दी।', ['50000:money:INR|bail']],
  ['satellites launched', 'इसरो ने 12 उपग्रह लॉन्च किए।', ['12:satellite|launch']],
  ['a relative clause has its own verb', 'टीम ने 20 ओवर में 180 रन बनाए, जिसे मेहमान टीम ने आसानी से हासिल कर लिया।', []],
  // A price names its goods and the unit it is per; a subgroup makes another fact; an age or a duration counts nobody; an innings is no margin.
  ['gold per 10 grams and per ounce', 'दिल्ली में सोना 74,300 रुपये प्रति 10 ग्राम पर पहुंच गया। अंतरराष्ट्रीय बाजार में सोना 2,390 डॉलर प्रति औंस पर पहुंच गया।', ['74300:money:INR gold/10g|reach', '2390:money:USD gold/ounce|reach']],
  ['petrol and diesel per litre', 'पेट्रोल 96.7 रुपये प्रति लीटर पर पहुंच गया। डीजल 89.6 रुपये प्रति लीटर पर पहुंच गया।', ['96.7:money:INR petrol/litre|reach', '89.6:money:INR diesel/litre|reach']],
  ['deaths in one district', 'राज्य में बाढ़ से अब तक 46 लोगों की मौत हो चुकी है। दरभंगा जिले में बाढ़ से 11 लोगों की मौत हुई।', ['46:person|kill', '11:person#district|kill']],
  ['an age is no count of the dead', 'तालाब में डूबने से 11 साल के बच्चे की मौत हो गई।', []],
  ['a duration before a verb counts nobody', 'ईडी द्वारा गिरफ्तार किए जाने के तीन साल बाद उन्हें जमानत मिली।', []],
  ['an innings is a score, the margin a win', 'कोहली ने 31 गेंदों में 64 रन की पारी खेली और भारत ने 37 रन से मैच जीत लिया।', ['31:ball|score', '64:run|score', '37:run|win']],
  ['a rise of a rate is in points', 'बोर्ड के पास प्रतिशत में 1.2 फीसदी की बढ़ोतरी हुई।', ['1.2:pp:pass|grow']],
  ['a rate cut from one level to another states both levels, not a cut of the first', 'रिज़र्व बैंक ने रेपो दर 6.5 फीसदी से घटाकर 6.25 फीसदी कर दी।', ['6.5:%:interest|rate', '6.25:%:interest|rate']],
  ['a cut by so many points stays a change', 'रिज़र्व बैंक ने रेपो दर में 0.25 फीसदी की कटौती की।', ['0.25:pp:interest|fall']],
  ['a change verb right after a rate\'s percentage tells by how many points the rate named before it changed', 'मार्च में महंगाई दर 0.3 फीसदी घटकर 5.1 फीसदी रह गई। बेरोजगारी दर 0.2 प्रतिशत बढ़ी।', ['0.3:pp:inflation|fall', '5.1:%:inflation|rate', '0.2:pp:unemployment|grow']],
  ['a percentage names what rose', 'निर्यात में 6 फीसदी की वृद्धि हुई।', ['6:%:exports|grow']],
  ['the burnt are injured people', 'सिलेंडर फटने से 12 लोग झुलस गए।', ['12:person|injure']],
  ['boys and girls together are no subgroup', 'मेरिट सूची में कुल 312 छात्र-छात्राओं ने जगह बनाई।', ['312:student|total']],
  ['a headline\'s cases before a comma are no deaths of the people after it', 'मलेरिया का प्रकोप: अब तक 812 मामले, 3 लोगों की मौत', ['3:person|kill']],
  ['a film\'s gross and GST collections are sums of different things', 'फिल्म का वर्ल्डवाइड ग्रॉस 900 करोड़ रुपये पहुंच गया। जीएसटी संग्रह अप्रैल में 2.1 लाख करोड़ रुपये पहुंच गया।', ['9000000000:money:INR box-office|reach', '2100000000000:money:INR gst|reach']],
  ['a chase loses wickets and scores runs, no margin of a win', 'जवाब में टीम ने 47.2 ओवर में 4 विकेट खोकर 251 रन बनाकर मैच जीत लिया।', ['47.2:over|win', '4:wicket|lose', '251:run|score']],
];

test('Hindi news: claim keys', () => {
  checkRows(claimRows, claimKeys);
});

// Two reports of one story: [name, [file a, file b], the figures the cross-file check flags, as "a: text" or "b: text"].
const pairRows: [name: string, input: [string, string], expected: string[]][] = [
  ['margins in runs that differ (Hindi, Urdu)', ['भारत ने दूसरे टेस्ट में इंग्लैंड को 106 रन से हरा दिया। बुमराह ने मैच में 9 विकेट लिए।', 'بھارت نے دوسرے ٹیسٹ میں انگلینڈ کو 160 رنز سے شکست دی۔ بمراہ نے میچ میں 9 وکٹیں لیں۔'], ['a: 106', 'b: 160']],
  ['the same score is no conflict', ['पांच मैचों की सीरीज 1-1 से बराबर है।', 'پانچ میچوں کی سیریز 1-1 سے برابر ہے۔'], []],
  ['the injured that differ, the dead that agree', ['भूकंप में 157 लोगों की मौत हो गई और 250 से ज्यादा लोग घायल हुए।', 'زلزلے سے 157 افراد ہلاک اور 300 سے زائد زخمی ہو گئے۔'], ['a: 250', 'b: 300']],
  ['a rate cut to agrees with the new rate', ['रिज़र्व बैंक ने रेपो दर 6.5 फीसदी से घटाकर 6.25 फीसदी कर दी।', 'अब रेपो दर 6.25 फीसदी हो गई है।'], []],
  ['the rate a cut is from is no cut of so many points (Hindi, English)', ['स्टेट बैंक ने ब्याज दर को 17.5 प्रतिशत से घटाकर 15 प्रतिशत कर दिया।', 'The State Bank cut the interest rate by 2.5 percentage points to 15 percent.'], []],
  ['counts of the injured that differ', ['हादसे में घायलों की संख्या 50 है।', 'حادثے میں 45 افراد زخمی ہوئے۔'], ['a: 50', 'b: 45']],
];

test('Hindi news: two reports of one story', () => {
  checkRows(pairRows, flaggedInPair);
});

// One document's statements: [name, text, the figures the in-document check flags].
const documentRows: [name: string, text: string, expected: string[]][] = [
  ['gold per 10 grams and per ounce are two facts', 'दिल्ली में सोना 74,300 रुपये प्रति 10 ग्राम पर पहुंच गया। अंतरराष्ट्रीय बाजार में सोना 2,390 डॉलर प्रति औंस पर पहुंच गया।', []],
  ['one fuel at two prices is flagged', 'पेट्रोल 96.7 रुपये प्रति लीटर पर पहुंच गया। पेट्रोल 99.7 रुपये प्रति लीटर पर पहुंच गया।', ['96.7 रुपये', '99.7 रुपये']],
  ['the overall pass rate and the girls\' are two facts', 'कुल पास प्रतिशत 87.3 रहा। लड़कियों का पास प्रतिशत 91.2 रहा।', []],
  ['medals of two Olympics are two facts', 'पेरिस ओलंपिक में भारत ने 6 पदक जीते। टोक्यो ओलंपिक में भारत ने सात पदक जीते थे।', []],
  ['medals of one Olympics told twice are flagged', 'पेरिस ओलंपिक में भारत ने 6 पदक जीते। पेरिस ओलंपिक में भारत ने सात पदक जीते।', ['6', 'सात']],
  ['literacy of men, women, villages and the state are four facts', 'पुरुष साक्षरता दर 84.1 प्रतिशत रही। महिला साक्षरता दर 70.3 प्रतिशत रही। ग्रामीण साक्षरता दर 72.6 प्रतिशत रही। राज्य की साक्षरता दर 77.4 प्रतिशत रही।', []],
];

test('Hindi news: one document\'s own figures', () => {
  checkRows(documentRows, flaggedInDocument);
});

test('Hindi news: a baseline "के मुकाबले" is the same rate earlier', () => {
  checkRows(
    [
      ['the 87.9 percent compared with', 'इस बार पास प्रतिशत 88.6 रहा, जो 87.9 प्रतिशत के मुकाबले अधिक है।', ['88.6:%:pass|rate@null', '87.9:%:pass|rate@earlier']],
      ['"last year" beyond जबकि is the other clause\'s', 'इस साल पास प्रतिशत 92.4 रहा, जबकि पिछले साल के मुकाबले 85.3 प्रतिशत था।', ['92.4:%:pass|rate@null', '85.3:%:pass|rate@earlier']],
    ],
    claimTimes,
  );
});
