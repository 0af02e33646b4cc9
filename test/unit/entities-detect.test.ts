import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';
import { knowledgeBaseOf, parseKnowledgeBase } from '../../server/src/core/entities/model';

/** A row: text, then the mentions expected in order as "type text id" (id '-' when unlinked). */
type Row = [name: string, text: string, expected: string[]];

const mentions = (text: string, options = DEFAULT_OPTIONS): string[] =>
  analyzeDocument(text, options).entities.map((m) => `${m.type} ${m.text} ${m.id ?? '-'}`);

const rows: Row[] = [
  // Urdu
  ['ur: countries, organisation and a person after a title', 'وزیر خارجہ احمد علی خان نے جاپان اور اقوام متحدہ کے نمائندوں سے ملاقات کی۔',
    ['person احمد علی خان -', 'place جاپان region:JP', 'organisation اقوام متحدہ org:un']],
  ['ur: a title alone is no person', 'وزیر اعظم نے کہا کہ ملک ترقی کرے گا۔', []],
  ['ur: a role followed by an everyday noun is no person', 'صدر مملکت نے بیان دیا۔', []],
  ['ur: supply chain is not China', 'سپلائی چین میں خلل پڑا جبکہ چین نے مدد کی۔', ['place چین region:CN']],
  ['ur: letter-name acronym links to the organisation', 'ایف بی آئی اور سی آئی اے نے تحقیقات کیں۔', ['organisation ایف بی آئی org:fbi', 'organisation سی آئی اے org:cia']],
  ['ur: unknown letter-name acronym is an organisation', 'پی ٹی اے نے پابندی لگائی۔', ['organisation پی ٹی اے -']],
  ['ur: TV spelled out is not an entity', 'ٹی وی پر خبر چلی۔', []],
  ['ur: Latin acronym and long name in parentheses', 'پاکستان ٹیلی کمیونیکیشن اتھارٹی (PTA) نے کہا۔', ['organisation پاکستان ٹیلی کمیونیکیشن اتھارٹی -', 'organisation PTA -']],
  ['ur: known long name with its acronym shares the id', 'بین الاقوامی مالیاتی فنڈ (IMF) نے قرض دیا۔', ['organisation بین الاقوامی مالیاتی فنڈ org:imf', 'organisation IMF org:imf']],
  ['ur: genitive agreement does not block a known name', 'اقوام متحدہ کی سلامتی کونسل نے قرارداد منظور کی۔', ['organisation اقوام متحدہ کی سلامتی کونسل org:un-security-council']],
  ['ur: "X of Y" transliterated organisation', 'بینک آف انگلینڈ نے شرح بڑھائی۔', ['organisation بینک آف انگلینڈ -']],
  ['ur: a document named after a city', 'پیرس معاہدہ ماحولیات کے بارے میں ہے۔', ['document پیرس معاہدہ -']],
  ['ur: an agency named before its head word', 'انڈونیشیا کی انتارا نیوز ایجنسی نے خبر دی۔', ['place انڈونیشیا region:ID', 'organisation انتارا نیوز ایجنسی -']],
  ['ur: lowercase Latin words are not names', 'یہ malware بہت خطرناک ہے۔', []],
  ['ur: one capitalised Latin word in Urdu text is a name', 'ہیکروں کے Nimbus نے حملہ کیا۔', ['other Nimbus -']],
  ['ur: a Latin name before an Urdu head word is an organisation', 'ہیکروں کے Nimbus گروپ نے حملہ کیا۔', ['organisation Nimbus -']],
  ['ur: a Latin name ending in an English head word is an organisation', 'Orion Ventures کے مطابق نقصان بڑھ گیا۔', ['organisation Orion Ventures -']],
  // Persian
  ['fa: title then name, a country right after a title is the country', 'رئیس جمهور فرانسه و نخست وزیر شی جین پینگ در پکن دیدار کردند.',
    ['place فرانسه region:FR', 'person شی جین پینگ -', 'place پکن city:beijing']],
  ['fa: چین at the end of a name stays in the name', 'نخست وزیر لی مین چین در تهران گفت.', ['person لی مین چین -', 'place تهران city:tehran']],
  ['fa: a bare repeat of a titled name is found, not China', 'نخست وزیر لی مین چین سخنرانی کرد. لی مین چین افزود که چین همکاری میکند.',
    ['person لی مین چین -', 'person لی مین چین -', 'place چین region:CN']],
  ['fa: a light verb after a title is not a name', 'نخست وزیر تأیید کرد.', []],
  ['fa: a minister of a portfolio before a name', 'وزیر دارایی اسحاق دار گفت ذخایر کاهش یافت.', ['person اسحاق دار -']],
  ['fa: a name between commas after its title', 'وزیر دارایی، اسحاق دار، گفت ذخایر کاهش یافت.', ['person اسحاق دار -']],
  ['fa: a word after a title and a comma, not closed by one, is no name', 'وزیر خارجه، همچنین گفت که مذاکرات ادامه دارد.', []],
  ['en: a name between commas after its title', 'The Finance Minister, Ishaq Dar, said so.', ['person Ishaq Dar -']],
  // A title in apposition after the name.
  ['fa: a name before its title between commas', 'کامران وحیدی، رئیس‌جمهور کشور، روز شنبه به خبرنگاران گفت.', ['person کامران وحیدی -']],
  ['fa: after a preposition, before a title and its country', 'وزیر با نادر کیانی، سفیر ژاپن، دیدار کرد.', ['person نادر کیانی -', 'place ژاپن region:JP']],
  ['fa: a time phrase before a title not closed by a comma is no name, nor a verb after the title', 'در سال گذشته، وزیر اقتصاد استعفا داد.', []],
  ['fa: one word before the comma is too little', 'دیروز، سخنگوی دولت، گفت.', []],
  ['ur: a name before its title between commas', 'سلیم اختر، ڈپٹی کمشنر لاہور، نے کہا کہ سڑکیں کھلی ہیں۔', ['person سلیم اختر -', 'place لاہور city:lahore']],
  ['hi: a name before its title between commas', 'रमेश वर्मा, जिला उपायुक्त, ने बताया।', ['person रमेश वर्मा -']],
  ['en: a capitalised name before "the … title," is a person', 'On Monday, Maria Lopez, the World Bank economist, said growth slowed.', ['person Maria Lopez -', 'organisation World Bank org:world-bank']],
  ['en: a surname alone before its apposed title', 'The talks stalled, Okafor, the finance minister, said.', ['person Okafor -']],
  ['en: an apposed title may end the sentence', 'The plan was announced by Tom Reyes, the city mayor.', ['person Tom Reyes -']],
  ['en: a place before an apposed title stays a place', 'In Karachi, the chief minister, who was visiting, spoke.', ['place Karachi city:karachi']],
  ['en: a title before a capitalised name (managing director)', 'Managing Director Grace Obi met officials.', ['person Grace Obi -']],
  ['ur: a portfolio after the title is part of the role', 'صوبائی وزیر ٹرانسپورٹ ناصر علی خان نے بسوں کا معائنہ کیا۔', ['person ناصر علی خان -']],
  ['ur: رہنما is also "guiding", no title', 'حکومت نے رہنما ہدایات جاری کیں۔', []],
  ['hi: a party leader and a deputy chief minister', 'पार्टी नेता सुरेश यादव और उपमुख्यमंत्री अजय सिंह पहुंचे।', ['person सुरेश यादव -', 'person अजय सिंह -']],
  ['fa: the head of a body named after the title is no person', 'رئیس مجلس سنای ژاپن گفت.', ['organisation مجلس سنای -', 'place ژاپن region:JP']],
  ['fa: a known body after a title and a role word stays the body', 'مدیرکل سازمان جهانی بهداشت گفت.', ['organisation سازمان جهانی بهداشت org:who']],
  ['fa: the government spokesperson', 'سخنگوی دولت مریم صالحی گفت که جلسه برگزار شد.', ['person مریم صالحی -']],
  // A given name and one or two more name words: a person without a title.
  ['ur: a given name and a surname before نے', 'کامران ٹیسوری نے گورنر ہاؤس میں اجلاس کیا۔', ['person کامران ٹیسوری -']],
  ['hi: a given name and a surname before ने', 'अखिलेश वर्मा ने सरकार पर आरोप लगाया।', ['person अखिलेश वर्मा -']],
  ['fa: a given name and a surname', 'دیروز علیرضا کاظمی گفت که قیمت‌ها بالا رفت.', ['person علیرضا کاظمی -']],
  ['en: a given name at the start of a sentence', 'Imran Baig said the talks would resume.', ['person Imran Baig -']],
  ['en: a given name starting an organisation\'s name is no person', 'He works for the Asif Textile Group in Faisalabad.', ['organisation Asif Textile Group -', 'place Faisalabad city:faisalabad']],
  ['ur: a given name that is also a word (عمر "life") is left out', 'عدالت نے عمر قید کی سزا سنائی۔', []],
  ['fa: عمران "development" is no given name in Persian', 'دانشکده مهندسی عمران شهری افتتاح شد.', []],
  ['hi: a given name alone is no mention', 'इस पर राहुल ने कुछ नहीं कहा।', []],
  ['fa: a body after a title is no person (مراکز, دفتر)', 'سخنگوی مراکز کنترل بیماری گفت.', []],
  ['hi: an election after a title is no person', 'राष्ट्रपति चुनाव में मतदान हुआ।', []],
  ['en: a title inside a capitalised run starts the name (MP, Solicitor General)', 'Solicitor General Neeraj Rao and Awami Party MP Salma Akhtar spoke.', ['person Neeraj Rao -', 'organisation Awami Party -', 'person Salma Akhtar -']],
  ['en: lower-case roles before a name (senior advocate, justices)', 'Senior advocate Harish Tandon argued before Justices Meera Pillai and others.', ['person Harish Tandon -', 'person Meera Pillai -']],
  ['en: a company named with its head word; IPO and GST are no names', 'Tata Motors shares rose before the IPO, and GST fell.', ['organisation Tata Motors -']],
  ['en: at the start of a sentence an organisation begins after the last joiner', 'Based on Penn State University data, cases rose.', ['organisation Penn State University -']],
  ['hi: companies and a city police by their head words', 'बजाज मोटर्स और अडानी इंडस्ट्रीज के शेयर गिरे, लखनऊ पुलिस ने जांच की।', ['organisation बजाज मोटर्स -', 'organisation अडानी इंडस्ट्रीज -', 'organisation लखनऊ पुलिस -']],
  ['ur: a city police is an organisation; local police is none', 'لاہور پولیس نے بتایا کہ مقامی پولیس موقع پر پہنچی۔', ['organisation لاہور پولیس -']],
  ['en: names in a wire credit line are persons', '(Reporting by Lina Achieng in Nairobi; Editing by Piotr Sandoval)', ['person Lina Achieng -', 'place Nairobi city:nairobi', 'person Piotr Sandoval -']],
  ['en: a title before a league is no person but the name of the league; a given name before a road is none', 'The Premier League restarts on Rashid Minhas Road.', ['organisation Premier League -', 'place Rashid Minhas Road -']],
  ['en: a demonym before a title and a league head stays in the name', 'The Indian Premier League final drew 90,000 fans; Reserve Bank Governor Sanjay Malhotra watched.', ['organisation Indian Premier League -', 'organisation Reserve Bank -', 'person Sanjay Malhotra -']],
  ['fa: a team or an exam after a title is no person', 'مربی تیم گفت که رئیس آزمون هم آمد.', []],
  ['en: a place opening an organisation\'s name is part of it', 'The Pakistan Medical Association and the Karachi Chamber of Commerce met in Lahore.', ['organisation Pakistan Medical Association -', 'organisation Karachi Chamber of Commerce -', 'place Lahore city:lahore']],
  ['en: a place before a known body or a role stays a place', 'The Pakistan Cricket Board paid Pakistan Prime Minister Shehbaz Sharif a visit.', ['organisation Pakistan Cricket Board org:pk-pcb', 'place Pakistan region:PK', 'person Shehbaz Sharif -']],
  ['hi: English heads as Hindi writes them end a name; alone they name nothing', 'इंडियन मेडिकल एसोसिएशन ने कहा कि दिल्ली यूनिवर्सिटी बंद रहेगी।\nइस लीग में दस टीमें हैं और ट्रस्ट के अध्यक्ष ने कहा कि सोसाइटी बनेगी।', ['organisation इंडियन मेडिकल एसोसिएशन -', 'organisation दिल्ली यूनिवर्सिटी -']],
  ['hi, ur: a title after a count is what it counts', 'संघ ने कहा कि 14 डॉक्टर घायल हुए।\nپانچ ڈاکٹر زخمی ہوئے جبکہ ڈاکٹر فرخ رضا نے کہا۔', ['person فرخ رضا -']],
  ['fa: the ministry of foreign affairs is an organisation; its statement is not in the name', 'وزارت امور خارجه بیانیه داد.', ['organisation وزارت امور خارجه org:ir-foreign']],
  ['hi and fa: dailies in a dateline', 'लखनऊ, 3 दिसंबर (दैनिक भास्कर) बारिश हुई। تهران - همشهری آنلاین', ['place लखनऊ city:lucknow', 'organisation दैनिक भास्कर org:in-dainik-bhaskar', 'place تهران city:tehran', 'organisation همشهری آنلاین org:ir-hamshahri']],
  ['fa: former after a title and the emergency service after a spokesman are no persons', 'وزیر پیشین گفت که سخنگوی اورژانس هم آمد.', []],
  ['ur: Ivan after a title stays a person though ایوان is also a house', 'وزیر ٹرانسپورٹ ایوان کوبراکوف نے کہا۔', ['person ایوان کوبراکوف -']],
  ['en: a capitalised run ending in a head word is an organisation', 'He told the National Assembly that the Election Commission had met.', ['organisation National Assembly -', 'organisation Election Commission -']],
  ['en: a party leader before a name', 'Opposition party leader Omar Baig walked out.', ['person Omar Baig -']],
  ['en: a place inside a company\'s name that goes on to its head word; a place ending a run stays a place', 'Coal India Ltd and Oil India Limited grew. Floods hit Guangdong Province of China.',
    ['organisation Coal India Ltd -', 'organisation Oil India Limited -', 'place Guangdong Province -', 'place China region:CN']],
  ['fa: document head before a place', 'کنوانسیون ژنو در سال ۱۹۴۹ امضا شد.', ['document کنوانسیون ژنو -']],
  ['fa: financial is not Mali', 'بحران مالی در اروپا ادامه دارد.', ['place اروپا region:150']],
  ['ur: Syria and Mali listed with other countries, evening and financial not', 'چین نے مطالبہ کیا کہ شام، وینزویلا اور ایران سے پابندیاں ختم ہوں۔ مالی اور نائجر میں فوجی حکومتیں ہیں۔ شام کو اجلاس ہوگا اور مالی امداد دی جائے گی۔',
    ['place چین region:CN', 'place شام region:SY', 'place وینزویلا region:VE', 'place ایران region:IR', 'place مالی region:ML', 'place نائجر region:NE']],
  ['ur: Syria after a listed place', 'ایران، شام اور عراق کے وزرا ملے۔', ['place ایران region:IR', 'place شام region:SY', 'place عراق region:IQ']],
  ['ur, hi: more spellings of the press', 'بلجیم، دوبئی اور وہائٹ ہاؤس۔\nह्वाइट हाउस ने कहा।', ['place بلجیم region:BE', 'place دوبئی city:dubai', 'organisation وہائٹ ہاؤس org:white-house', 'organisation ह्वाइट हाउस org:white-house']],
  ['ur, hi: Rome and Milan in a list or after "city", a control room and matching not', 'روم، میلان اور پیرس میں لاک ڈاؤن ہے۔ اٹلی کے شہر روم میں کنٹرول روم بنایا گیا۔\nआंकड़ों का मिलान किया गया। मिलान और रोम में स्कूल बंद हैं।',
    ['place روم city:rome', 'place میلان city:milan', 'place پیرس city:paris', 'place اٹلی region:IT', 'place روم city:rome', 'place मिलान city:milan', 'place रोम city:rome']],
  // Pakistani towns whose names are everyday words too: a place in a list of places or after a cue word (شہر, ضلع, تحصیل), else the word.
  ['ur: homograph towns in a list and after a cue, the everyday words not', 'مری، ایبٹ آباد اور سوات میں برفباری ہوئی۔ شہر تربت اور تحصیل حب میں بارش ہوئی۔\nمری والدہ نے کہا کہ یہ قصور میرا ہے۔ تربت پر پھول چڑھائے گئے۔ مٹھی بھر لوگ آئے اور باغ میں بیٹھے۔',
    ['place مری city:murree', 'place ایبٹ آباد city:abbottabad', 'place سوات city:swat', 'place تربت city:turbat', 'place حب city:hub']],
  ['en: district towns by their English names; Hub, Tank and Bagh only as places', 'Snow fell in Murree; 12 were hurt in Kasur, Attock and Turbat. Mithi hospital had 40 children. The Hub of the Tank Corps met in Bagh.',
    ['place Murree city:murree', 'place Kasur city:kasur', 'place Attock city:attock', 'place Turbat city:turbat', 'place Mithi city:mithi', 'organisation Tank Corps -', 'place Bagh city:bagh']],
  ['hi: Indian district towns; homographs (गया "went", सागर "sea", दुर्ग "fort") only before जिले, after शहर or in a list of places', 'गया जिले में 12 लोगों की मौत हो गई। वह घर गया और सागर किनारे बैठा। बस्ती, गोंडा और मऊ में बाढ़ है। दुर्ग में किला है। शहर दुर्ग में हादसा हुआ।',
    ['place गया city:gaya', 'place बस्ती city:basti', 'place गोंडा city:gonda', 'place मऊ city:mau', 'place दुर्ग city:durg']],
  ['en: Indian district towns; Sagar in a name is the name', 'Floods hit Gaya, Purnia and Katihar; Ravi Sagar said 40 died in Muzaffarnagar.',
    ['place Gaya city:gaya', 'place Purnia city:purnia', 'place Katihar city:katihar', 'person Ravi Sagar -', 'place Muzaffarnagar city:muzaffarnagar']],
  ['ur, hi: Malaysia, New Zealand, Nigeria and Greece as the press spells them', 'ملائیشیا، نیوزیلینڈ اور نائیجیریا۔\nग्रीस ने कहा।', ['place ملائیشیا region:MY', 'place نیوزیلینڈ region:NZ', 'place نائیجیریا region:NG', 'place ग्रीस region:GR']],
  ['fa: Torbat-e Heydarieh is no Turbat', 'زلزله در شهرستان تربت حیدریه ۱۲ مصدوم داشت.', ['place تربت حیدریه city:torbat-heydarieh']],
  ['fa: inclination is no Milan', 'میلان و علاقه او به ایران روشن است.', ['place ایران region:IR']],
  ['fa: financial beside "and" is no Mali', 'حمایت مالی و سیاسی ایران ادامه دارد.', ['place ایران region:IR']],
  ['ur, fa, hi: a name of two words is found written as one, or with a non-joiner, and a joined Persian name written apart', 'تھائیلینڈ اور ہانگ‌کانگ۔\nهنگ کنگ.\nहांगकांग।', ['place تھائیلینڈ region:TH', 'place ہانگ‌کانگ region:HK', 'place هنگ کنگ region:HK', 'place हांगकांग region:HK']],
  ['fa: names CLDR spells with a bare alef are found with the madda Iranian writers use', 'آفریقای جنوبی و آمریکای لاتین و استرالیا.', ['place آفریقای جنوبی region:ZA', 'place آمریکای لاتین region:419', 'place استرالیا region:AU']],
  ['ur, hi: names as the press spells them', 'اسپین، ارجنٹائن اور وینزویلا۔\nसउदी अरब और उत्तरी कोरिया।', ['place اسپین region:ES', 'place ارجنٹائن region:AR', 'place وینزویلا region:VE', 'place सउदी अरब region:SA', 'place उत्तरी कोरिया region:KP']],
  ['fa, ur: "on the eve of" and a shrine are not Astana; the city of Astana is', 'در آستانه نوروز مدارس تعطیل شد. کشور در آستانه بحران است. او در شهر آستانه بود.\nآستانہ عالیہ پر زائرین جمع ہوئے۔ وہ شہر آستانہ گئے۔', ['other نوروز event:nowruz', 'place آستانه city:astana', 'place آستانہ city:astana']],
  // Hindi
  ['en: a minister of a portfolio before a name, the country before it', 'Pakistan Finance Minister Ishaq Dar said so.', ['place Pakistan region:PK', 'person Ishaq Dar -']],
  ['hi: a minister of a portfolio before a name', 'स्वास्थ्य मंत्री जेपी नड्डा ने कहा।', ['person जेपी नड्डा -']],
  ['hi: titles chain before a name', 'विदेश मंत्री डॉक्टर सुब्रह्मण्यम जयशंकर ने मॉस्को में कहा।', ['person सुब्रह्मण्यम जयशंकर -', 'place मॉस्को city:moscow']],
  ['hi: ministry named before its head word', 'रक्षा मंत्रालय ने बयान जारी किया।', ['organisation रक्षा मंत्रालय -']],
  ['hi: organisations and countries', 'संयुक्त राष्ट्र और विश्व बैंक ने भारत की प्रशंसा की।', ['organisation संयुक्त राष्ट्र org:un', 'organisation विश्व बैंक org:world-bank', 'place भारत region:IN']],
  ['hi: gardener is not Mali', 'माली ने पौधे लगाए।', []],
  // English
  ['en: title, organisation, capitalised run', 'On Monday, President Emmanuel Macron met officials of the World Health Organization in Geneva.',
    ['person Emmanuel Macron -', 'organisation World Health Organization org:who', 'place Geneva city:geneva']],
  ['en: lowercase words are not known names', 'the china cabinet and a turkey dinner', []],
  ['en: long name with acronym', 'The Financial Action Task Force (FATF) met in Paris.', ['other Financial Action Task Force -', 'other FATF -', 'place Paris city:paris']],
  // Wire copy: datelines, bodies named head first, speakers after "said", time zones, weekdays.
  ['en: a dateline\'s agency in brackets is no acronym of the city', 'BERLIN (AP) — Trains stopped.', ['place BERLIN city:berlin', 'organisation AP -']],
  ['en: an acronym must spell its long name', 'The Office for the Coordination of Relief Affairs (OCRA) said 12 died.', ['organisation Office for the Coordination of Relief Affairs -', 'organisation OCRA -']],
  ['en: a head word and "of" start an organisation, at a sentence start too', 'Ministry of Water Resources officials met the Board of Trade.', ['organisation Ministry of Water Resources -', 'organisation Board of Trade -']],
  ['en: programme and forces end organisations', 'The Joint Nutrition Programme fed the Border Defence Forces.', ['organisation Joint Nutrition Programme -', 'organisation Border Defence Forces -']],
  ['en: a name after "said" is a person', '"We are ready," said Oskar Lindqvist of the Nordic Exchange.', ['person Oskar Lindqvist -', 'organisation Nordic Exchange -']],
  ['en: a firm after "said" is no person', 'Prices will rise, said Brightwater Capital in a note.', ['other Brightwater Capital -']],
  ['en: a common given name starts a person', 'Nigel Hartley and Rachel Moss voted.', ['person Nigel Hartley -', 'person Rachel Moss -']],
  ['en: a role ends a capitalised run', 'Senate Speaker Tom Blackwood left.', ['person Tom Blackwood -']],
  ['en: a weekday ends a name', 'The Grand Assembly on Friday adjourned.', ['organisation Grand Assembly -']],
  ['en: a name before district is a place', 'Floods hit the Kacha Bagh district.', ['place Kacha Bagh district -']],
  ['en: a time zone is no organisation', 'Markets closed at 1600 GMT.', []],
  ['en: nations of the United Kingdom', 'Rain fell in Scotland and Wales.', ['place Scotland area:scotland', 'place Wales area:wales']],
  ['en: a dateline in capitals is a place, not an acronym', 'TORBAY, Ont. (AP) — Fishing resumed.', ['place TORBAY -', 'organisation AP -']],
  ['en: "and" does not join two names that are no organisation', 'It sells the Music Box and Photo Frame.', ['other Music Box -', 'other Photo Frame -']],
  ['en: "and" joins the words of an organisation', 'The Coal and Steel Licensing Authority set prices.', ['organisation Coal and Steel Licensing Authority -']],
  ['en: a run ending in a role is no name', 'He met the Regional Director and the regional director of Sindh.', ['place Sindh area:sindh']],
  ['en: a capitalised bare repeat of a name is found, a lower-case one is not', 'Minister Oskar Varnholt spoke. Oskar Varnholt left, and oskar varnholt stayed.', ['person Oskar Varnholt -', 'person Oskar Varnholt -']],
  ['a body described by a count is no name (five-member committee)', 'حکومت نے پانچ رکنی کمیٹی اور 3 رکنی بنچ بنایا۔ सरकार ने पांच सदस्यीय समिति बनाई। دولت کمیته پنج نفره تشکیل داد.', []],
  ['a committee named by a word keeps its name', 'قومی اسمبلی کی قائمہ کمیٹی نے اجلاس کیا۔', ['organisation قومی اسمبلی org:pk-national-assembly', 'organisation قائمہ کمیٹی -']],
  ['en: a head word after one word, then "for" or "of", is an organisation', 'Scientists at the International Centre for Integrated Mountain Development and the National Institute of Oceanography agreed.',
    ['organisation International Centre for Integrated Mountain Development -', 'organisation National Institute of Oceanography -']],
  ['en: a title that starts a body\'s name is part of it', 'Chelsea won in the Premier League, and the injured went to Lady Reading Hospital.',
    ['organisation Premier League -', 'organisation Lady Reading Hospital -']],
  ['en: a run ending in a place head is a place', 'Fans filled Kingsmead Stadium.', ['place Kingsmead Stadium -']],
];

for (const [name, text, expected] of rows) {
  test(`detects entities: ${name}`, () => assert.deepEqual(mentions(text), expected));
}

test('mention offsets are offsets of the original text, through folding (ZWNJ, harakat)', () => {
  const text = 'رئیس\u200cجمهور فرانسه گفت که اقوامِ متحدہ مدد کرے گا۔';
  for (const m of analyzeDocument(text, DEFAULT_OPTIONS).entities) assert.equal(text.slice(m.start, m.end), m.text);
  assert.deepEqual(mentions(text).map((m) => m.split(' ')[0]), ['place', 'organisation']);
});

test('mentions carry language, phonetic key, confidence, source and the acronym partner', () => {
  const [long, short] = analyzeDocument('بین الاقوامی مالیاتی فنڈ (IMF) نے قرض دیا۔', DEFAULT_OPTIONS).entities;
  assert.equal(long.lang, 'ur');
  assert.equal(long.source, 'builtin');
  assert.equal(short.key, '#IMF');
  assert.equal(long.sameAs, 1);
  assert.equal(short.sameAs, 0);
  assert.ok(long.confidence >= 0.85 && long.confidence <= 1);
});

test('knowledge-base names are detected and win over built-in ones', () => {
  const kb = parseKnowledgeBase('{ "version": 1, "entities": [ { "id": "pm", "type": "person", "name": "Le Minh Chin", "names": { "fa": ["لی مین چین"] } } ] }');
  const options = { ...DEFAULT_OPTIONS, knowledgeBase: knowledgeBaseOf(kb.entries!) };
  assert.deepEqual(mentions('لی مین چین و چین.', options), ['person لی مین چین pm', 'place چین region:CN']);
  assert.equal(analyzeDocument('لی مین چین.', options).entities[0].source, 'kb');
});
