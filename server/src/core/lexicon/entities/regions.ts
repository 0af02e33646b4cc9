/**
 * Countries and regions. Their names in en/ur/fa/hi come from CLDR through Intl.DisplayNames
 * (long and short styles) at first use; this table adds what CLDR leaves out: common alternative
 * names per language, the UN M49 areas worth naming, names that are also everyday words (only
 * used after a cue), and codes that are not places.
 */
import type { Lang } from '../../types';

/** Region codes Intl knows that are not current places (deprecated, pseudo, groupings handled as organisations). */
export const NOT_PLACES: ReadonlySet<string> = new Set([
  'AC', 'AN', 'BU', 'CP', 'CQ', 'CS', 'DD', 'DG', 'DY', 'EA', 'EU', 'EZ', 'FX', 'HV', 'IC', 'NH', 'QO', 'RH', 'SU', 'TA',
  'TP', 'UK', 'UN', 'VD', 'XA', 'XB', 'YD', 'YU', 'ZR', 'ZZ',
]);

/** UN M49 areas named in news (world and the Americas are left out: their names are everyday words or clash with the US; North America is longer than America and wins). */
export const M49_AREAS: readonly string[] = [
  '002', '142', '150', '009', '035', '034', '145', '030', '143', '151', '155', '039', '154', '053', '005', '419', '015',
  '202', '029', '013', '011', '014', '017', '003',
];

/** Alternative names CLDR does not give, per region code and language. */
export const REGION_ALIASES: Readonly<Record<string, Partial<Record<Lang, readonly string[]>>>> = {
  US: {
    en: ['USA', 'U.S.', 'U.S.A.', 'United States of America', 'America'],
    ur: ['امریکہ', 'ریاستہائے متحدہ', 'ریاستہائے متحدہ امریکہ', 'ریاست ہائے متحدہ', 'یو ایس اے'],
    fa: ['آمریکا', 'ایالات متحده آمریکا', 'ایالات متحدهٔ آمریکا', 'امریکا'],
    hi: ['अमेरिका', 'अमरीका', 'संयुक्त राज्य अमेरिका', 'यूएसए'],
  },
  GB: { en: ['Britain', 'Great Britain', 'U.K.', 'England'], ur: ['برطانیہ', 'برطانیہ عظمیٰ', 'یونائیٹڈ کنگڈم', 'انگلینڈ'], fa: ['انگلستان', 'پادشاهی متحده', 'انگلیس'], hi: ['ब्रिटेन', 'इंग्लैंड'] },
  RU: { en: ['Russian Federation'], ur: ['روسی فیڈریشن', 'رشیا'], fa: ['فدراسیون روسیه'], hi: ['रूसी संघ', 'रूसी फेडरेशन'] },
  CN: { en: ["People's Republic of China", 'PRC'], ur: ['عوامی جمہوریہ چین'], fa: ['جمهوری خلق چین'], hi: ['चीनी जनवादी गणराज्य'] },
  IN: { en: ['Republic of India', 'Bharat'], ur: ['ہندوستان', 'انڈیا'], fa: ['هندوستان'], hi: ['हिंदुस्तान', 'हिन्दुस्तान', 'इंडिया'] },
  PK: { en: ['Islamic Republic of Pakistan'], ur: ['اسلامی جمہوریہ پاکستان'], fa: ['جمهوری اسلامی پاکستان'] },
  IR: { en: ['Islamic Republic of Iran', 'Persia'], ur: ['اسلامی جمہوریہ ایران'], fa: ['جمهوری اسلامی ایران'], hi: ['इरान'] },
  VN: { en: ['Viet Nam', 'Socialist Republic of Vietnam'], ur: ['ویت نام', 'ویٹنام'], fa: ['ویت نام'], hi: ['विएतनाम', 'वियतनाम समाजवादी गणराज्य'] },
  KR: { en: ['Republic of Korea'], ur: ['کوریا'], fa: ['کره جنوبی'], hi: ['कोरिया गणराज्य', 'दक्षिणी कोरिया'] },
  KP: { en: ['DPRK'], fa: ['کره شمالی'], hi: ['उत्तरी कोरिया'] },
  AE: { en: ['UAE'], ur: ['یو اے ای', 'امارات'], fa: ['امارات', 'امارات متحده عربی'], hi: ['यूएई'] },
  SA: { ur: ['سعودیہ'], fa: ['عربستان'], hi: ['साउदी अरब', 'सउदी अरब'] },
  TR: { en: ['Turkey'], ur: ['ترکی'], fa: ['ترکیه'], hi: ['तुर्की'] },
  AF: { hi: ['अफगानिस्तान'] },
  BD: { ur: ['بنگلادیش'], hi: ['बांग्लादेश'] },
  PS: { en: ['Palestine'], ur: ['فلسطین'], fa: ['فلسطین'], hi: ['फिलिस्तीन'] },
  IL: { hi: ['इजराइल', 'इस्राइल'], ur: ['اسرائيل'] },
  CZ: { en: ['Czech Republic'], ur: ['چیک جمہوریہ', 'جمہوریہ چیک', 'چیک ریپبلک'], fa: ['جمهوری چک'], hi: ['चेक गणराज्य'] },
  // How the Urdu press writes names CLDR spells otherwise (ہسپانیہ, ارجنٹینا, وینزوئیلا, بیلجیم, سوئٹزر لینڈ).
  ES: { ur: ['سپین', 'اسپین'] },
  AR: { ur: ['ارجنٹائن'] },
  VE: { ur: ['وینزویلا', 'وینیزویلا'] },
  BE: { ur: ['بیلجیئم', 'بلجیم'] },
  CH: { ur: ['سوئزرلینڈ'] },
  // Malaysia as Urdu papers spell it (CLDR: ملائشیا).
  MY: { ur: ['ملائیشیا', 'ملیشیا'] },
  NZ: { ur: ['نیوزیلینڈ'] },
  NG: { ur: ['نائیجیریا'] },
  GR: { hi: ['ग्रीस'] },
  CI: { en: ['Ivory Coast'] },
  MM: { en: ['Burma'] },
  NL: { en: ['Holland', 'the Netherlands'], ur: ['ہالینڈ', 'نیدر لینڈ', 'نیدرلینڈ', 'نیدرلینڈز'], fa: ['هلند'], hi: ['हॉलैंड', 'नीदरलैंड्स'] },
  DZ: { ur: ['الجزائر'], hi: ['अल्जीरिया'] },
  TN: { ur: ['تیونس', 'تیونیسیا'], fa: ['تونس'], hi: ['ट्यूनीशिया'] },
  ZM: { ur: ['زیمبیا', 'زیمبیا'], hi: ['जाम्बिया'] },
  DE: { hi: ['जर्मनी'] },
  FR: { hi: ['फ्रांस'] },
  AU: { hi: ['आस्ट्रेलिया'] },
  EC: { hi: ['इक्वाडोर'] },
  BY: { en: ['Byelorussia'], ur: ['بیلا روس'] },
  UZ: { hi: ['उज्बेकिस्तान'] },
  KZ: { hi: ['कजाकिस्तान'] },
  PH: { hi: ['फिलीपींस'] },
  VA: { en: ['Vatican', 'Holy See'], ur: ['ویٹیکن'] },
  MK: { en: ['Macedonia'] },
  SZ: { en: ['Swaziland'] },
  TL: { en: ['East Timor'] },
  CV: { en: ['Cape Verde'] },
  CD: { en: ['DR Congo', 'DRC'] },
  '035': { en: ['South-East Asia', 'South East Asia'], ur: ['جنوب مشرقی ایشیاء'], fa: ['جنوب شرقی آسیا', 'آسیای جنوب شرقی'], hi: ['दक्षिण पूर्व एशिया', 'दक्षिण-पूर्वी एशिया', 'दक्षिणपूर्व एशिया'] },
  '034': { en: ['South Asia'], fa: ['آسیای جنوبی'], hi: ['दक्षिण एशिया'] },
  '143': { fa: ['آسیای میانه'] },
  '145': { fa: ['آسیای غربی'] },
  '002': { ur: ['افریقا'], fa: ['آفریقا'], hi: ['अफ्रीका'] },
};

/**
 * Further named areas (oceans, seas, regions without an M49 code): id, English name, names per
 * language. Areas have no country; a name two countries share stays here (Punjab in Pakistan and
 * India, Kashmir, Kurdistan in Iran and Iraq); provinces with one country are in provinces.ts.
 */
export const EXTRA_AREAS: readonly { id: string; en: readonly string[]; names: Partial<Record<Lang, readonly string[]>> }[] = [
  { id: 'area:middle-east', en: ['Middle East'], names: { ur: ['مشرق وسطیٰ', 'مشرق وسطی', 'مشرقی وسطیٰ', 'مشرقی وسطی'], fa: ['خاورمیانه', 'خاور میانه'], hi: ['मध्य पूर्व', 'मिडिल ईस्ट'] } },
  { id: 'area:asia-pacific', en: ['Asia-Pacific', 'Asia Pacific'], names: { ur: ['ایشیا پیسیفک', 'ایشیا بحرالکاہل'], fa: ['آسیا-اقیانوسیه', 'آسیا و اقیانوسیه'], hi: ['एशिया-प्रशांत', 'एशिया प्रशांत'] } },
  { id: 'area:pacific', en: ['Pacific', 'Pacific Ocean'], names: { ur: ['بحرالکاہل', 'بحر الکاہل', 'بحر اوقیانوس کاہل'], fa: ['اقیانوس آرام', 'اقیانوس کبیر'], hi: ['प्रशांत महासागर', 'प्रशांत'] } },
  { id: 'area:atlantic', en: ['Atlantic', 'Atlantic Ocean'], names: { ur: ['بحر اوقیانوس'], fa: ['اقیانوس اطلس'], hi: ['अटलांटिक महासागर'] } },
  { id: 'area:indian-ocean', en: ['Indian Ocean'], names: { ur: ['بحر ہند'], fa: ['اقیانوس هند'], hi: ['हिंद महासागर'] } },
  { id: 'area:arabian-sea', en: ['Arabian Sea'], names: { ur: ['بحیرہ عرب'], fa: ['دریای عرب'], hi: ['अरब सागर'] } },
  { id: 'area:persian-gulf', en: ['Persian Gulf', 'Gulf'], names: { ur: ['خلیج فارس'], fa: ['خلیج فارس'], hi: ['फारस की खाड़ी'] } },
  { id: 'area:mediterranean', en: ['Mediterranean', 'Mediterranean Sea'], names: { ur: ['بحیرہ روم'], fa: ['دریای مدیترانه'], hi: ['भूमध्य सागर'] } },
  { id: 'area:south-china-sea', en: ['South China Sea'], names: { ur: ['بحیرہ جنوبی چین'], fa: ['دریای چین جنوبی'], hi: ['दक्षिण चीन सागर'] } },
  // Seas of weather news: a cyclone in the Bay of Bengal, waves on the Caspian.
  { id: 'area:bay-of-bengal', en: ['Bay of Bengal'], names: { ur: ['خلیج بنگال'], fa: ['خلیج بنگال'], hi: ['बंगाल की खाड़ी'] } },
  { id: 'area:caspian-sea', en: ['Caspian Sea', 'Caspian'], names: { ur: ['بحیرہ کیسپین', 'بحیرۂ کیسپین', 'بحیرہ قزوین'], fa: ['دریای خزر', 'دریای کاسپین'], hi: ['कैस्पियन सागर'] } },
  { id: 'area:gulf-of-oman', en: ['Gulf of Oman', 'Sea of Oman'], names: { ur: ['خلیج عمان'], fa: ['دریای عمان', 'خلیج عمان'], hi: ['ओमान की खाड़ी'] } },
  { id: 'area:black-sea', en: ['Black Sea'], names: { ur: ['بحیرہ اسود'], fa: ['دریای سیاه'], hi: ['काला सागर'] } },
  { id: 'area:red-sea', en: ['Red Sea'], names: { ur: ['بحیرہ احمر'], fa: ['دریای سرخ'], hi: ['लाल सागर'] } },
  { id: 'area:kashmir', en: ['Kashmir'], names: { ur: ['کشمیر'], fa: ['کشمیر'], hi: ['कश्मीर'] } },
  { id: 'area:gaza', en: ['Gaza', 'Gaza Strip'], names: { ur: ['غزہ', 'غزہ کی پٹی'], fa: ['غزه', 'نوار غزه'], hi: ['गाजा', 'ग़ज़ा'] } },
  { id: 'area:west-bank', en: ['West Bank'], names: { ur: ['مغربی کنارے', 'مغربی کنارہ'], fa: ['کرانه باختری'], hi: ['पश्चिमी तट'] } },
  { id: 'area:crimea', en: ['Crimea'], names: { ur: ['کریمیا'], fa: ['کریمه'], hi: ['क्रीमिया'] } },
  // Rivers: دریائے سندھ is the Indus, not the province.
  { id: 'area:indus-river', en: ['Indus', 'Indus River', 'River Indus'], names: { ur: ['دریائے سندھ'], fa: ['رود سند', 'رودخانه سند'], hi: ['सिंधु नदी'] } },
  { id: 'area:chenab-river', en: ['Chenab', 'Chenab River', 'River Chenab'], names: { ur: ['دریائے چناب'], fa: ['رود چناب'], hi: ['चिनाब नदी'] } },
  { id: 'area:jhelum-river', en: ['Jhelum River', 'River Jhelum'], names: { ur: ['دریائے جہلم'], fa: ['رود جهلم'], hi: ['झेलम नदी'] } },
  { id: 'area:ravi-river', en: ['Ravi River', 'River Ravi'], names: { ur: ['دریائے راوی'], fa: ['رود راوی'], hi: ['रावी नदी'] } },
  { id: 'area:sutlej-river', en: ['Sutlej', 'Sutlej River', 'River Sutlej'], names: { ur: ['دریائے ستلج'], fa: ['رود ستلج'], hi: ['सतलुज नदी'] } },
  // Dams of Pakistan's power and irrigation reports: their water level and the power they make (تربیلا ڈیم میں پانی کی سطح).
  { id: 'area:tarbela-dam', en: ['Tarbela Dam', 'Tarbela'], names: { ur: ['تربیلا ڈیم', 'تربیلا'], hi: ['तरबेला बांध'] } },
  { id: 'area:mangla-dam', en: ['Mangla Dam', 'Mangla'], names: { ur: ['منگلا ڈیم', 'منگلا'], hi: ['मंगला बांध'] } },
  { id: 'area:kabul-river', en: ['Kabul River'], names: { ur: ['دریائے کابل'], fa: ['رود کابل', 'رودخانه کابل'], hi: ['काबुल नदी'] } },
  { id: 'area:ganges-river', en: ['Ganges', 'Ganga', 'River Ganga', 'Ganga River', 'Ganges River'], names: { ur: ['دریائے گنگا', 'گنگا'], fa: ['رود گنگ', 'رودخانه گنگ'], hi: ['गंगा', 'गंगा नदी'] } },
  { id: 'area:yamuna-river', en: ['Yamuna', 'Yamuna River', 'River Yamuna'], names: { ur: ['دریائے جمنا', 'جمنا'], fa: ['رود یامونا'], hi: ['यमुना', 'यमुना नदी'] } },
  { id: 'area:brahmaputra-river', en: ['Brahmaputra', 'Brahmaputra River'], names: { ur: ['دریائے برہم پترا'], fa: ['رود براهماپوترا'], hi: ['ब्रह्मपुत्र', 'ब्रह्मपुत्र नदी'] } },
  { id: 'area:karun-river', en: ['Karun', 'Karun River'], names: { ur: ['دریائے کارون'], fa: ['کارون', 'رود کارون', 'رودخانه کارون'], hi: ['करून नदी'] } },
  { id: 'area:helmand-river', en: ['Helmand River'], names: { ur: ['دریائے ہلمند'], fa: ['هیرمند', 'رود هیرمند', 'رودخانه هیرمند', 'رود هلمند'], hi: ['हेलमंद नदी'] } },
  { id: 'area:amu-darya', en: ['Amu Darya', 'Oxus'], names: { ur: ['دریائے آمو', 'آمو دریا'], fa: ['آمودریا', 'آمو دریا', 'رود آمو', 'جیحون'], hi: ['अमु दरिया'] } },
  { id: 'area:tigris-river', en: ['Tigris', 'Tigris River'], names: { ur: ['دریائے دجلہ', 'دجلہ'], fa: ['دجله', 'رود دجله'], hi: ['टिगरिस', 'दजला'] } },
  { id: 'area:euphrates-river', en: ['Euphrates', 'Euphrates River'], names: { ur: ['دریائے فرات'], fa: ['رود فرات'], hi: ['यूफ्रेट्स', 'फरात नदी'] } },
  // Not bare Persian نیل ("attaining": نیل به اهداف).
  { id: 'area:nile-river', en: ['Nile', 'River Nile', 'Nile River'], names: { ur: ['دریائے نیل'], fa: ['رود نیل', 'رودخانه نیل'], hi: ['नील नदी'] } },
  // Border crossings, by the names each language gives them (a town's name and a border word: طورخم بارڈر, گذرگاه تورخم,
  // Torkham border crossing, तोरखम बॉर्डर): the crossing is one place in every script, apart from the town it is named after.
  // Not bare چمن ("garden") nor bare مهران (also a given name): only with their border word.
  { id: 'area:torkham-crossing', en: ['Torkham border', 'Torkham border crossing', 'Torkham crossing'], names: { ur: ['طورخم بارڈر', 'طورخم سرحد', 'طورخم بارڈر کراسنگ'], fa: ['گذرگاه تورخم', 'گذرگاه مرزی تورخم', 'مرز تورخم', 'بندر تورخم'], hi: ['तोरखम बॉर्डर', 'तोरखम सीमा'] } },
  { id: 'area:chaman-crossing', en: ['Chaman border', 'Chaman border crossing', 'Chaman crossing'], names: { ur: ['چمن بارڈر', 'چمن سرحد'], fa: ['گذرگاه چمن', 'مرز چمن', 'بندر سپین بولدک', 'گذرگاه سپین بولدک'], hi: ['चमन बॉर्डर'] } },
  { id: 'area:wagah-crossing', en: ['Wagah', 'Wagah border', 'Attari-Wagah border', 'Wagah-Attari border', 'Attari border'], names: { ur: ['واہگہ', 'واہگہ بارڈر', 'واہگہ سرحد', 'واہگہ اٹاری بارڈر'], fa: ['مرز واگا', 'گذرگاه واگا'], hi: ['वाघा बॉर्डर', 'अटारी-वाघा बॉर्डर', 'वाघा-अटारी बॉर्डर', 'अटारी बॉर्डर', 'वाघा सीमा', 'अटारी-वाघा सीमा'] } },
  { id: 'area:taftan-crossing', en: ['Taftan border', 'Taftan border crossing', 'Mirjaveh border'], names: { ur: ['تفتان بارڈر', 'تفتان سرحد'], fa: ['مرز میرجاوه', 'گذرگاه میرجاوه', 'مرز تفتان'], hi: ['तफ्तान बॉर्डर'] } },
  { id: 'area:mehran-crossing', en: ['Mehran border', 'Mehran border crossing', 'Mehran crossing'], names: { ur: ['مہران بارڈر', 'مہران سرحد'], fa: ['مرز مهران', 'گذرگاه مهران', 'پایانه مرزی مهران'], hi: ['मेहरान बॉर्डर', 'मेहरान सीमा'] } },
  { id: 'area:shalamcheh-crossing', en: ['Shalamcheh', 'Shalamcheh border', 'Shalamcheh crossing'], names: { ur: ['شلمچہ'], fa: ['شلمچه', 'مرز شلمچه'], hi: ['शलमचेह'] } },
  { id: 'area:chazabeh-crossing', en: ['Chazabeh', 'Chazabeh border'], names: { fa: ['چذابه', 'مرز چذابه'] } },
  { id: 'area:islam-qala-crossing', en: ['Islam Qala', 'Dogharoun'], names: { ur: ['اسلام قلعہ'], fa: ['اسلام قلعه', 'بندر اسلام قلعه', 'گذرگاه اسلام قلعه', 'مرز اسلام قلعه', 'دوغارون', 'مرز دوغارون', 'گذرگاه دوغارون'], hi: ['इस्लाम क़ला', 'इस्लाम कला'] } },
  { id: 'area:rafah-crossing', en: ['Rafah crossing', 'Rafah border crossing'], names: { ur: ['رفح کراسنگ', 'رفح بارڈر'], fa: ['گذرگاه رفح'], hi: ['रफ़ाह क्रॉसिंग', 'रफाह क्रॉसिंग'] } },
  { id: 'area:kartarpur-corridor', en: ['Kartarpur Corridor', 'Kartarpur corridor'], names: { ur: ['کرتارپور راہداری', 'کرتارپور کوریڈور'], hi: ['करतारपुर कॉरिडोर', 'करतारपुर गलियारा'] } },
  // Tehran's airports, one place in every script, apart from the city.
  { id: 'area:ika-airport', en: ['Imam Khomeini International Airport', 'Imam Khomeini Airport', 'Imam Khomeini airport'], names: { fa: ['فرودگاه بین‌المللی امام خمینی', 'فرودگاه امام خمینی', 'فرودگاه امام'], ur: ['امام خمینی ایئرپورٹ'] } },
  { id: 'area:mehrabad-airport', en: ['Mehrabad Airport', 'Mehrabad airport', 'Mehrabad International Airport'], names: { fa: ['فرودگاه مهرآباد', 'فرودگاه بین‌المللی مهرآباد'] } },
  { id: 'area:punjab', en: ['Punjab'], names: { ur: ['پنجاب'], fa: ['پنجاب'], hi: ['पंजाब'] } },
  { id: 'area:kurdistan', en: ['Kurdistan'], names: { ur: ['کردستان'], fa: ['کردستان'], hi: ['कुर्दिस्तान'] } },
];

/**
 * Region names that are also everyday words (مالی "financial", چلی "went", شام "evening",
 * माली "gardener"): they are not looked up bare; the detector needs a cue word before them.
 */
export const AMBIGUOUS_REGION_NAMES: Readonly<Partial<Record<Lang, readonly string[]>>> = {
  // Cities too: Persian در آستانه is "on the eve of", Urdu آستانہ a shrine; شهر آستانه is Astana.
  // Urdu روم is a room too (کنٹرول روم): Rome after شہر or in a list of places.
  ur: ['مالی', 'چلی', 'شام', 'گنی', 'پیرو', 'آستانہ', 'روم', 'میلان',
    // Pakistani district towns (cities.ts).
    'قصور', 'اٹک', 'مری', 'تربت', 'مٹھی', 'بدین', 'چمن', 'حب', 'زیارت', 'سوئی', 'دیر', 'ٹانک', 'کرم', 'باغ', 'کوہستان', 'کیچ', 'تھر',
    // Indian district towns (cities.ts).
    'بستی', 'گیا', 'ساگر', 'کچھ', 'بستر', 'حصار'],
  fa: ['مالی', 'پرو', 'آستانه', 'میلان'],
  hi: ['माली', 'गिनी', 'मिलान', 'गया', 'सागर', 'दुर्ग', 'बस्ती', 'वैशाली'],
  en: ['Chad', 'Jordan', 'Georgia', 'Guinea', 'Niger', 'Mali', 'Togo', 'Jersey', 'Guernsey', 'Hub', 'Tank', 'Dir', 'Thar', 'Sui', 'Bagh', 'Sagar', 'Vaishali', 'Banda', 'Mau'],
};

/**
 * Names from the built-in tables that, in one language's text, are an everyday word first: Persian
 * وین is Vienna, Urdu وین a van (مسافر وین, اسکول وین). Alone in that language they name the place
 * only after a cue word (شہر وین, REGION_CUES); in the other languages they stay plain names.
 */
export const EVERYDAY_NAMES: Readonly<Partial<Record<Lang, readonly string[]>>> = {
  ur: ['وین'],
};

/** Words that, written just before a name, make it the everyday word ("supply chain", not China). */
export const NOT_AFTER: Readonly<Partial<Record<Lang, readonly string[]>>> = {
  ur: ['سپلائی', 'بلاک', 'ویلیو', 'فوڈ', 'کولڈ', 'ریٹیل', 'پروڈکشن', 'پیداواری', 'ترسیلی', 'صوبائی', 'ریاستی'],
  fa: ['زنجیره'],
  // A state's or province's body is not the national one of the same name (राज्य निर्वाचन आयोग, صوبائی الیکشن کمیشن).
  hi: ['सप्लाई', 'ब्लॉक', 'राज्य'],
  en: [],
};

/**
 * Words that, written just after a name, make it the everyday word (دبی رودخانه "the river's discharge", not Dubai);
 * the word "language" either side of a name makes it the language (adjectives.ts `LANGUAGE_WORDS`).
 */
export const NOT_BEFORE: Readonly<Partial<Record<Lang, readonly string[]>>> = {
  fa: ['رودخانه', 'رود', 'آب', 'خروجی', 'ورودی', 'سیلاب', 'چشمه'],
};

/**
 * Common phrases holding a word that is also a place's name, which as a whole name no place: Urdu
 * بے چین "restless", بے چینی "unease" (not China, not Chinese), چین و سکون "peace and quiet",
 * چین ردعمل "chain reaction"; Persian چین و چروک "wrinkles". A place found inside one is dropped.
 */
export const EVERYDAY_PHRASES: Readonly<Partial<Record<Lang, readonly string[]>>> = {
  ur: ['بے چین', 'بے چینی', 'چین و سکون', 'سکون و چین', 'سکھ چین', 'چین ردعمل', 'چین ری ایکشن'],
  fa: ['چین و چروک', 'چین و چروکها'],
};

/** Cue words after which an ambiguous region or city name is a place ("the country of", "republic of", "the city of"). */
export const REGION_CUES: Readonly<Partial<Record<Lang, readonly string[]>>> = {
  // A district's or tehsil's head word before its town (ضلع قصور, تحصیل مری).
  ur: ['ملک', 'جمہوریہ', 'ریاست', 'شہر', 'ضلع', 'تحصیل'],
  fa: ['کشور', 'جمهوری', 'دولت', 'شهر'],
  hi: ['देश', 'गणराज्य', 'शहर'],
  en: ['in', 'from', 'to', 'of', 'near'],
};
