/**
 * International organisations, agencies and news organisations with their names per language
 * (official names where they exist, and the spellings news in each language uses). Curated:
 * review additions like code. The first English name is canonical.
 */
import type { Lang } from '../../types';

/** One organisation: id (without the `org:` prefix), names per language, a one-line description. */
export interface OrganisationRow {
  id: string;
  names: Partial<Record<Lang, readonly string[]>>;
  description: string;
  /** The country of a national body (region code). */
  country?: string;
  /**
   * Bare generic names that mean this body only in its own country's news (سپریم کورٹ, संसद,
   * بانک مرکزی): written next to another country (पुर्तगाल की संसद, بانک مرکزی ترکیه) they name
   * that country's body, and are left unlinked. Needs `country`.
   */
  homeNames?: Partial<Record<Lang, readonly string[]>>;
}

/** The table. */
export const ORGANISATIONS: readonly OrganisationRow[] = [
  { id: 'un', description: 'United Nations', names: {
    en: ['United Nations', 'UN', 'U.N.', 'UNO'], ur: ['اقوام متحدہ', 'یو این', 'اقوامِ متحدہ', 'یونائیٹڈ نیشنز'],
    fa: ['سازمان ملل متحد', 'سازمان ملل', 'ملل متحد'], hi: ['संयुक्त राष्ट्र', 'संयुक्त राष्ट्र संघ', 'यूएन'] } },
  { id: 'un-general-assembly', description: 'General Assembly of the United Nations', names: {
    en: ['United Nations General Assembly', 'UN General Assembly', 'UNGA', 'General Assembly'],
    ur: ['اقوام متحدہ کی جنرل اسمبلی', 'جنرل اسمبلی'], fa: ['مجمع عمومی سازمان ملل متحد', 'مجمع عمومی سازمان ملل', 'مجمع عمومی'],
    hi: ['संयुक्त राष्ट्र महासभा', 'महासभा'] } },
  { id: 'un-security-council', description: 'Security Council of the United Nations', names: {
    en: ['United Nations Security Council', 'UN Security Council', 'UNSC', 'Security Council'],
    ur: ['اقوام متحدہ کی سلامتی کونسل', 'سلامتی کونسل'], fa: ['شورای امنیت سازمان ملل متحد', 'شورای امنیت سازمان ملل', 'شورای امنیت'],
    hi: ['संयुक्त राष्ट्र सुरक्षा परिषद', 'सुरक्षा परिषद'] } },
  { id: 'unodc', description: 'United Nations Office on Drugs and Crime', names: {
    en: ['United Nations Office on Drugs and Crime', 'UN Office on Drugs and Crime', 'UNODC'],
    ur: ['اقوام متحدہ کا دفتر برائے منشیات و جرائم', 'اقوام متحدہ کا دفتر برائے منشیات اور جرائم', 'یو این او ڈی سی'],
    fa: ['دفتر مقابله با مواد مخدر و جرم سازمان ملل متحد', 'دفتر مقابله با مواد مخدر و جرم سازمان ملل', 'دفتر مبارزه با مواد مخدر و جرم سازمان ملل'],
    hi: ['संयुक्त राष्ट्र ड्रग्स एवं अपराध कार्यालय', 'संयुक्त राष्ट्र मादक द्रव्य एवं अपराध कार्यालय', 'संयुक्त राष्ट्र मादक पदार्थ एवं अपराध कार्यालय', 'यूएनओडीसी'] } },
  { id: 'unicef', description: "United Nations Children's Fund", names: { en: ['UNICEF'], ur: ['یونیسیف', 'یونیسف'], fa: ['یونیسف'], hi: ['यूनिसेफ'] } },
  { id: 'unesco', description: 'United Nations Educational, Scientific and Cultural Organization', names: { en: ['UNESCO'], ur: ['یونیسکو'], fa: ['یونسکو'], hi: ['यूनेस्को'] } },
  { id: 'unhcr', description: 'UN Refugee Agency', names: { en: ['UNHCR', 'UN Refugee Agency'], ur: ['یو این ایچ سی آر'], fa: ['کمیساریای عالی پناهندگان سازمان ملل', 'کمیساریای عالی سازمان ملل در امور پناهندگان', 'کمیساریای عالی سازمان ملل متحد در امور پناهندگان', 'کمیساریای عالی پناهندگان'], hi: ['यूएनएचसीआर'] } },
  { id: 'unwto', description: 'World Tourism Organization (UN Tourism)', names: { en: ['World Tourism Organization', 'UN Tourism', 'UNWTO'], ur: ['عالمی سیاحتی تنظیم', 'اقوام متحدہ کی عالمی سیاحتی تنظیم'], fa: ['سازمان جهانی گردشگری', 'سازمان جهانی جهانگردی'], hi: ['विश्व पर्यटन संगठन'] } },
  { id: 'iom', description: 'International Organization for Migration', names: { en: ['International Organization for Migration', 'IOM'], fa: ['سازمان بین‌المللی مهاجرت'], hi: ['अंतर्राष्ट्रीय प्रवासन संगठन'] } },
  { id: 'ohchr', description: 'Office of the United Nations High Commissioner for Human Rights', names: {
    en: ['Office of the United Nations High Commissioner for Human Rights', 'UN Human Rights Office', 'OHCHR'], fa: ['کمیساریای عالی حقوق بشر سازمان ملل', 'کمیساریای عالی حقوق بشر سازمان ملل متحد', 'دفتر کمیساریای عالی حقوق بشر سازمان ملل'] } },
  { id: 'iran-human-rights', description: 'Iran Human Rights (IHRNGO, Oslo)', names: { en: ['Iran Human Rights', 'IHRNGO'], fa: ['سازمان حقوق بشر ایران'] } },
  { id: 'amnesty', description: 'Amnesty International', names: { en: ['Amnesty International'], ur: ['ایمنسٹی انٹرنیشنل'], fa: ['سازمان عفو بین‌الملل', 'عفو بین‌الملل', 'عفو بین الملل'], hi: ['एमनेस्टी इंटरनेशनल'] } },
  { id: 'hrw', description: 'Human Rights Watch', names: { en: ['Human Rights Watch', 'HRW'], ur: ['ہیومن رائٹس واچ'], fa: ['دیده‌بان حقوق بشر', 'سازمان دیده‌بان حقوق بشر', 'هیومن رایتس واچ'], hi: ['ह्यूमन राइट्स वॉच'] } },
  { id: 'undp', description: 'United Nations Development Programme', names: { en: ['UNDP', 'United Nations Development Programme'], ur: ['یو این ڈی پی'], fa: ['برنامه توسعه سازمان ملل'], hi: ['संयुक्त राष्ट्र विकास कार्यक्रम', 'यूएनडीपी'] } },
  { id: 'who', description: 'World Health Organization', names: { en: ['World Health Organization', 'World Health Organisation', 'WHO'], ur: ['عالمی ادارہ صحت', 'ڈبلیو ایچ او'], fa: ['سازمان جهانی بهداشت', 'سازمان بهداشت جهانی', 'سازمان جهانی صحت'], hi: ['विश्व स्वास्थ्य संगठन', 'विश्व स्वास्थ संगठन', 'डब्ल्यूएचओ'] } },
  { id: 'unep', description: 'United Nations Environment Programme', names: { en: ['United Nations Environment Programme', 'UN Environment Programme', 'UNEP'], ur: ['اقوام متحدہ کا ماحولیاتی پروگرام', 'یو این ای پی'], fa: ['برنامه محیط زیست سازمان ملل متحد', 'برنامه محیط زیست سازمان ملل'], hi: ['संयुक्त राष्ट्र पर्यावरण कार्यक्रम', 'यूएनईपी'] } },
  { id: 'wto', description: 'World Trade Organization', names: { en: ['World Trade Organization', 'WTO'], ur: ['عالمی تجارتی تنظیم', 'ورلڈ ٹریڈ آرگنائزیشن'], fa: ['سازمان تجارت جهانی'], hi: ['विश्व व्यापार संगठन'] } },
  { id: 'imf', description: 'International Monetary Fund', names: { en: ['International Monetary Fund', 'IMF'], ur: ['بین الاقوامی مالیاتی فنڈ', 'عالمی مالیاتی فنڈ', 'آئی ایم ایف'], fa: ['صندوق بین‌المللی پول', 'صندوق بین المللی پول'], hi: ['अंतर्राष्ट्रीय मुद्रा कोष', 'अंतरराष्ट्रीय मुद्रा कोष', 'आईएमएफ'] } },
  { id: 'world-bank', description: 'World Bank', names: { en: ['World Bank'], ur: ['عالمی بینک', 'ورلڈ بینک'], fa: ['بانک جهانی'], hi: ['विश्व बैंक'] } },
  { id: 'ifc', description: 'International Finance Corporation (World Bank Group)', names: { en: ['International Finance Corporation', 'IFC'], ur: ['انٹرنیشنل فنانس کارپوریشن', 'آئی ایف سی'], fa: ['شرکت مالی بین‌المللی'] } },
  { id: 'barrick', description: 'Barrick Gold (mining company)', names: { en: ['Barrick Gold', 'Barrick'], ur: ['بیرک گولڈ', 'بیرک گولڈ کارپوریشن'] } },
  { id: 'premier-league', description: 'Premier League (English football)', names: { en: ['English Premier League'], ur: ['انگلش پریمیئر لیگ', 'پریمیئر لیگ'], fa: ['لیگ برتر انگلیس'] } },
  { id: 'adb', description: 'Asian Development Bank', names: { en: ['Asian Development Bank', 'ADB'], ur: ['ایشیائی ترقیاتی بینک'], fa: ['بانک توسعه آسیایی'], hi: ['एशियाई विकास बैंक'] } },
  { id: 'wef', description: 'World Economic Forum', names: { en: ['World Economic Forum', 'WEF'], ur: ['عالمی اقتصادی فورم', 'ورلڈ اکنامک فورم'], fa: ['مجمع جهانی اقتصاد'], hi: ['विश्व आर्थिक मंच'] } },
  { id: 'iaea', description: 'International Atomic Energy Agency', names: { en: ['International Atomic Energy Agency', 'IAEA'], ur: ['بین الاقوامی جوہری توانائی ایجنسی', 'آئی اے ای اے'], fa: ['آژانس بین‌المللی انرژی اتمی', 'آژانس بین المللی انرژی اتمی'], hi: ['अंतर्राष्ट्रीय परमाणु ऊर्जा एजेंसी'] } },
  { id: 'icc', description: 'International Criminal Court', names: { en: ['International Criminal Court', 'ICC'], ur: ['بین الاقوامی فوجداری عدالت'], fa: ['دیوان بین‌المللی کیفری', 'دیوان کیفری بین‌المللی'], hi: ['अंतर्राष्ट्रीय आपराधिक न्यायालय'] } },
  { id: 'icj', description: 'International Court of Justice', names: { en: ['International Court of Justice', 'ICJ'], ur: ['عالمی عدالت انصاف', 'بین الاقوامی عدالت انصاف'], fa: ['دیوان بین‌المللی دادگستری'], hi: ['अंतर्राष्ट्रीय न्यायालय'] } },
  { id: 'icrc', description: 'International Committee of the Red Cross', names: { en: ['International Committee of the Red Cross', 'ICRC', 'Red Cross'], ur: ['ریڈ کراس', 'بین الاقوامی ریڈ کراس کمیٹی'], fa: ['صلیب سرخ', 'کمیته بین‌المللی صلیب سرخ'], hi: ['रेड क्रॉस'] } },
  { id: 'interpol', description: 'International Criminal Police Organization', names: { en: ['INTERPOL', 'Interpol'], ur: ['انٹرپول'], fa: ['اینترپل', 'پلیس بین‌الملل', 'پلیس بین الملل'], hi: ['इंटरपोल'] } },
  { id: 'europol', description: 'European Union Agency for Law Enforcement Cooperation', names: { en: ['Europol'], ur: ['یوروپول'], fa: ['یوروپل'], hi: ['यूरोपोल'] } },
  { id: 'eu', description: 'European Union', names: { en: ['European Union', 'EU'], ur: ['یورپی یونین', 'یوروپی یونین', 'ای یو'], fa: ['اتحادیه اروپا', 'اتحادیهٔ اروپا'], hi: ['यूरोपीय संघ', 'यूरोपियन यूनियन'] } },
  { id: 'european-commission', description: 'European Commission', names: { en: ['European Commission'], ur: ['یورپی کمیشن'], fa: ['کمیسیون اروپا'], hi: ['यूरोपीय आयोग'] } },
  { id: 'coe', description: 'Council of Europe', names: { en: ['Council of Europe'], ur: ['کونسل آف یورپ', 'یورپ کی کونسل'], fa: ['شورای اروپا'], hi: ['यूरोप की परिषद', 'काउंसिल ऑफ यूरोप'] } },
  { id: 'osce', description: 'Organization for Security and Co-operation in Europe', names: { en: ['OSCE'], ur: ['او ایس سی ای'], fa: ['سازمان امنیت و همکاری اروپا'], hi: ['यूरोप में सुरक्षा और सहयोग संगठन'] } },
  { id: 'nato', description: 'North Atlantic Treaty Organization', names: { en: ['NATO', 'North Atlantic Treaty Organization'], ur: ['نیٹو'], fa: ['ناتو', 'پیمان آتلانتیک شمالی'], hi: ['नाटो'] } },
  { id: 'asean', description: 'Association of Southeast Asian Nations', names: { en: ['ASEAN', 'Association of Southeast Asian Nations'], ur: ['آسیان'], fa: ['آسه‌آن', 'آ سه آن', 'اتحادیه کشورهای جنوب شرقی آسیا'], hi: ['आसियान'] } },
  { id: 'saarc', description: 'South Asian Association for Regional Cooperation', names: { en: ['SAARC'], ur: ['سارک'], fa: ['سارک'], hi: ['सार्क'] } },
  { id: 'sco', description: 'Shanghai Cooperation Organisation', names: { en: ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'SCO'], ur: ['شنگھائی تعاون تنظیم'], fa: ['سازمان همکاری شانگهای'], hi: ['शंघाई सहयोग संगठन'] } },
  { id: 'brics', description: 'BRICS group of countries', names: { en: ['BRICS'], ur: ['برکس'], fa: ['بریکس'], hi: ['ब्रिक्स'] } },
  { id: 'g20', description: 'Group of Twenty', names: { en: ['G20', 'G-20'], ur: ['جی 20', 'جی ٹوئنٹی'], fa: ['گروه ۲۰', 'جی ۲۰'], hi: ['जी20', 'जी-20'] } },
  { id: 'g7', description: 'Group of Seven', names: { en: ['G7', 'G-7'], ur: ['جی 7', 'جی سیون'], fa: ['گروه ۷', 'گروه هفت'], hi: ['जी7', 'जी-7'] } },
  { id: 'opec', description: 'Organization of the Petroleum Exporting Countries', names: { en: ['OPEC'], ur: ['اوپیک'], fa: ['اوپک'], hi: ['ओपेक'] } },
  { id: 'oic', description: 'Organisation of Islamic Cooperation', names: { en: ['Organisation of Islamic Cooperation', 'OIC'], ur: ['اسلامی تعاون تنظیم', 'او آئی سی'], fa: ['سازمان همکاری اسلامی'], hi: ['इस्लामी सहयोग संगठन'] } },
  { id: 'arab-league', description: 'League of Arab States', names: { en: ['Arab League', 'League of Arab States'], ur: ['عرب لیگ'], fa: ['اتحادیه عرب'], hi: ['अरब लीग'] } },
  { id: 'african-union', description: 'African Union', names: { en: ['African Union'], ur: ['افریقی یونین', 'افریقی اتحاد'], fa: ['اتحادیه آفریقا', 'اتحادیه آفریقایی'], hi: ['अफ्रीकी संघ'] } },
  { id: 'fbi', description: 'Federal Bureau of Investigation (United States)', names: { en: ['FBI', 'Federal Bureau of Investigation'], ur: ['ایف بی آئی'], fa: ['اف‌بی‌آی', 'اف بی آی', 'افبیآی'], hi: ['एफबीआई', 'एफ़बीआई'] } },
  { id: 'cia', description: 'Central Intelligence Agency (United States)', names: { en: ['CIA', 'Central Intelligence Agency'], ur: ['سی آئی اے'], fa: ['سیا', 'سی‌آی‌ای'], hi: ['सीआईए'] } },
  { id: 'nsa', description: 'National Security Agency (United States)', names: { en: ['NSA', 'National Security Agency'], ur: ['این ایس اے'], fa: ['آژانس امنیت ملی آمریکا'], hi: ['एनएसए'] } },
  { id: 'pentagon', description: 'United States Department of Defense', names: { en: ['Pentagon'], ur: ['پینٹاگون'], fa: ['پنتاگون'], hi: ['पेंटागन'] } },
  { id: 'white-house', description: 'Office of the President of the United States', names: { en: ['White House'], ur: ['وائٹ ہاؤس', 'وہائٹ ہاؤس'], fa: ['کاخ سفید'], hi: ['व्हाइट हाउस', 'ह्वाइट हाउस'] } },
  { id: 'kremlin', description: 'Office of the President of Russia', names: { en: ['Kremlin'], ur: ['کریملن'], fa: ['کرملین'], hi: ['क्रेमलिन'] } },
  { id: 'reuters', description: 'Reuters news agency', names: { en: ['Reuters'], ur: ['رائٹرز', 'روئٹرز'], fa: ['رویترز'], hi: ['रॉयटर्स', 'रायटर्स'] } },
  { id: 'afp', description: 'Agence France-Presse', names: { en: ['AFP', 'Agence France-Presse'], ur: ['اے ایف پی'], fa: ['خبرگزاری فرانسه'], hi: ['एएफपी'] } },
  { id: 'ap', description: 'Associated Press', names: { en: ['Associated Press'], ur: ['ایسوسی ایٹڈ پریس'], fa: ['آسوشیتدپرس', 'آسوشیتد پرس'], hi: ['एसोसिएटेड प्रेस'] } },
  { id: 'bbc', description: 'British Broadcasting Corporation', names: { en: ['BBC'], ur: ['بی بی سی'], fa: ['بی‌بی‌سی', 'بی بی سی'], hi: ['बीबीसी'] } },
  { id: 'cnn', description: 'Cable News Network', names: { en: ['CNN'], ur: ['سی این این'], fa: ['سی‌ان‌ان'], hi: ['सीएनएन'] } },
  { id: 'al-jazeera', description: 'Al Jazeera Media Network', names: { en: ['Al Jazeera'], ur: ['الجزیرہ'], fa: ['الجزیره'], hi: ['अल जज़ीरा', 'अल जजीरा'] } },
  { id: 'xinhua', description: 'Xinhua News Agency', names: { en: ['Xinhua'], ur: ['شنہوا', 'ژنہوا'], fa: ['شین‌هوا', 'شینهوا'], hi: ['शिन्हुआ', 'सिन्हुआ'] } },
  { id: 'tass', description: 'TASS Russian News Agency', names: { en: ['TASS'], ur: ['تاس'], fa: ['تاس'], hi: ['तास'] } },
  { id: 'irna', description: 'Islamic Republic News Agency', names: { en: ['IRNA'], ur: ['ارنا'], fa: ['ایرنا', 'خبرگزاری جمهوری اسلامی'], hi: ['इरना'] } },
  { id: 'vna', description: 'Vietnam News Agency', names: { en: ['Vietnam News Agency', 'VNA'], ur: ['ویتنام نیوز ایجنسی'], fa: ['خبرگزاری ویتنام'], hi: ['वियतनाम समाचार एजेंसी'] } },
  // Dailies named after a city are no mention of the city (a place and a head word alone is a body: Washington Post).
  { id: 'washington-post', description: 'The Washington Post (US daily)', names: { en: ['The Washington Post', 'Washington Post'], ur: ['واشنگٹن پوسٹ'], fa: ['واشنگتن پست'], hi: ['वाशिंगटन पोस्ट', 'वॉशिंगटन पोस्ट'] } },
  { id: 'new-york-times', description: 'The New York Times (US daily)', names: { en: ['The New York Times', 'New York Times', 'NYT'], ur: ['نیویارک ٹائمز'], fa: ['نیویورک تایمز'], hi: ['न्यूयॉर्क टाइम्स', 'न्यू यॉर्क टाइम्स'] } },
  // PTI and पीटीआई also name Pakistan Tehreek-e-Insaf (nationalBodies.ts): the bare acronym is left unlisted.
  { id: 'pti', description: 'Press Trust of India', names: { en: ['Press Trust of India'], ur: ['پریس ٹرسٹ آف انڈیا'], hi: ['प्रेस ट्रस्ट ऑफ इंडिया'] } },
  { id: 'microsoft', description: 'Microsoft Corporation', names: { en: ['Microsoft'], ur: ['مائیکروسافٹ'], fa: ['مایکروسافت', 'مایکروسافت'], hi: ['माइक्रोसॉफ्ट'] } },
  { id: 'google', description: 'Google LLC', names: { en: ['Google'], ur: ['گوگل'], fa: ['گوگل'], hi: ['गूगल'] } },
  // Phone makers and investors of technology and startup news.
  { id: 'samsung', description: 'Samsung Electronics', names: { en: ['Samsung', 'Samsung Electronics'], ur: ['سام سنگ'], fa: ['سامسونگ'], hi: ['सैमसंग'] } },
  { id: 'apple', description: 'Apple Inc.', names: { en: ['Apple Inc', 'Apple Inc.'], ur: ['ایپل'], fa: ['اپل'], hi: ['एप्पल', 'ऐपल'] } },
  { id: 'tiger-global', description: 'Tiger Global Management (investor)', names: { en: ['Tiger Global', 'Tiger Global Management'], hi: ['टाइगर ग्लोबल'] } },
  { id: 'sequoia-capital', description: 'Sequoia Capital (investor; its India arm is now Peak XV Partners)', names: { en: ['Sequoia Capital', 'Sequoia Capital India', 'Sequoia India', 'Peak XV Partners'], hi: ['सिकोइया कैपिटल', 'सिकोइया कैपिटल इंडिया', 'सिकोइया इंडिया'] } },
  // Credit rating agencies of banking and debt news: Moody's cut Pakistan to Caa1, Fitch to CCC+.
  { id: 'moodys', description: "Moody's Investors Service (credit ratings)", names: { en: ["Moody's", "Moody’s", "Moody's Investors Service"], ur: ['موڈیز'], fa: ['مودیز'], hi: ['मूडीज'] } },
  { id: 'fitch', description: 'Fitch Ratings (credit ratings)', names: { en: ['Fitch', 'Fitch Ratings'], ur: ['فچ', 'فچ ریٹنگز'], fa: ['فیچ'], hi: ['फिच', 'फिच रेटिंग्स'] } },
  { id: 'sp-global', description: 'S&P Global Ratings (credit ratings)', names: { en: ['S&P Global Ratings', 'S&P Global', 'Standard & Poor’s', "Standard & Poor's"], ur: ['ایس اینڈ پی'], hi: ['एसएंडपी', 'एस एंड पी'] } },
  // Bodies of sport, space, aviation and health news.
  { id: 'nasa', description: 'National Aeronautics and Space Administration (United States)', names: { en: ['NASA', 'National Aeronautics and Space Administration'], ur: ['ناسا'], fa: ['ناسا'], hi: ['नासा'] } },
  { id: 'esa', description: 'European Space Agency', names: { en: ['European Space Agency'], ur: ['یورپی خلائی ایجنسی'], fa: ['آژانس فضایی اروپا'], hi: ['यूरोपीय अंतरिक्ष एजेंसी'] } },
  { id: 'spacex', description: 'Space Exploration Technologies (SpaceX)', names: { en: ['SpaceX'], ur: ['اسپیس ایکس', 'سپیس ایکس'], fa: ['اسپیس‌ایکس', 'اسپیس ایکس'], hi: ['स्पेसएक्स'] } },
  { id: 'boeing', description: 'The Boeing Company (aircraft maker)', names: { en: ['Boeing'], ur: ['بوئنگ'], fa: ['بوئینگ'], hi: ['बोइंग'] } },
  { id: 'airbus', description: 'Airbus SE (aircraft maker)', names: { en: ['Airbus'], ur: ['ایئربس', 'ائیربس'], fa: ['ایرباس'], hi: ['एयरबस'] } },
  { id: 'qatar-airways', description: 'Qatar Airways', names: { en: ['Qatar Airways'], ur: ['قطر ایئرویز'], fa: ['قطر ایرویز', 'هواپیمایی قطر'], hi: ['कतर एयरवेज'] } },
  // Gulf and regional airlines: bare Emirates is the airline (the country is the United Arab Emirates, امارات متحده عربی);
  // Persian writes it after هواپیمایی "airline" (bare امارات stays the country). Not bare اتحاد "unity".
  { id: 'emirates', description: 'Emirates (Dubai airline)', names: { en: ['Emirates', 'Emirates Airline', 'Emirates Airlines'], ur: ['ایمریٹس', 'ایمریٹس ایئرلائن', 'ایمریٹس ایئرلائنز', 'امارات ایئرلائنز'], fa: ['هواپیمایی امارات', 'امارات ایرلاینز', 'ایرلاین امارات'], hi: ['एमिरेट्स', 'एमिरेट्स एयरलाइन', 'एमिरेट्स एयरलाइंस'] } },
  // Airlines of Hajj and Gulf travel reports: سعودی ایئرلائنز is Saudia, not Saudi Arabia's adjective.
  { id: 'saudia', description: 'Saudia (Saudi Arabian Airlines)', names: { en: ['Saudia', 'Saudi Arabian Airlines', 'Saudi Airlines'], ur: ['سعودی ایئرلائنز', 'سعودی ایئرلائن', 'سعودی ایئر لائنز', 'سعودیہ ایئرلائن'], fa: ['هواپیمایی عربستان سعودی'], hi: ['सऊदी एयरलाइंस', 'सऊदी अरब एयरलाइंस'] } },
  { id: 'airblue', description: 'Airblue (Pakistani airline)', names: { en: ['Airblue'], ur: ['ایئربلیو', 'ایئر بلیو'] } },
  { id: 'serene-air', description: 'Serene Air (Pakistani airline)', names: { en: ['Serene Air'], ur: ['سیرین ایئر'] } },
  { id: 'etihad', description: 'Etihad Airways (Abu Dhabi airline)', names: { en: ['Etihad Airways', 'Etihad'], ur: ['اتحاد ایئرویز'], fa: ['هواپیمایی اتحاد', 'اتحاد ایرویز'], hi: ['एतिहाद एयरवेज', 'एतिहाद'] } },
  { id: 'flydubai', description: 'flydubai (Dubai low-cost airline)', names: { en: ['flydubai', 'FlyDubai', 'Fly Dubai'], ur: ['فلائی دبئی'], fa: ['فلای دبی'], hi: ['फ्लाईदुबई', 'फ्लाई दुबई'] } },
  { id: 'turkish-airlines', description: 'Turkish Airlines', names: { en: ['Turkish Airlines'], ur: ['ترکش ایئرلائنز', 'ترک ایئرلائنز'], fa: ['ترکیش ایرلاینز', 'هواپیمایی ترکیه'], hi: ['टर्किश एयरलाइंस'] } },
  // Football clubs, by names that are no city's alone (bare Barcelona, Liverpool are the cities).
  { id: 'real-madrid', description: 'Real Madrid CF (football club)', names: { en: ['Real Madrid'], ur: ['ریال میڈرڈ', 'رئیل میڈرڈ'], fa: ['رئال مادرید'], hi: ['रियल मैड्रिड'] } },
  { id: 'fc-barcelona', description: 'FC Barcelona (football club)', names: { en: ['FC Barcelona', 'Barça'], ur: ['ایف سی بارسلونا'], fa: ['باشگاه بارسلونا'], hi: ['एफसी बार्सिलोना'] } },
  { id: 'manchester-united', description: 'Manchester United F.C.', names: { en: ['Manchester United', 'Man United', 'Man Utd'], ur: ['مانچسٹر یونائیٹڈ'], fa: ['منچستریونایتد', 'منچستر یونایتد'], hi: ['मैनचेस्टर यूनाइटेड'] } },
  { id: 'manchester-city', description: 'Manchester City F.C.', names: { en: ['Manchester City', 'Man City'], ur: ['مانچسٹر سٹی'], fa: ['منچسترسیتی', 'منچستر سیتی'], hi: ['मैनचेस्टर सिटी'] } },
  { id: 'liverpool-fc', description: 'Liverpool F.C.', names: { en: ['Liverpool FC', 'Liverpool F.C.'], fa: ['باشگاه لیورپول'] } },
  { id: 'bayern-munich', description: 'FC Bayern Munich (football club)', names: { en: ['Bayern Munich', 'Bayern München', 'Bayern'], ur: ['بائرن میونخ'], fa: ['بایرن مونیخ'], hi: ['बायर्न म्यूनिख'] } },
  { id: 'juventus', description: 'Juventus FC (football club)', names: { en: ['Juventus'], ur: ['یووینٹس'], fa: ['یوونتوس'], hi: ['युवेंटस'] } },
  { id: 'psg', description: 'Paris Saint-Germain F.C.', names: { en: ['Paris Saint-Germain', 'PSG'], ur: ['پیرس سینٹ جرمین'], fa: ['پاری سن ژرمن', 'پاریسن‌ژرمن'], hi: ['पेरिस सेंट-जर्मेन', 'पीएसजी'] } },
  { id: 'al-nassr', description: 'Al Nassr FC (Riyadh football club)', names: { en: ['Al Nassr', 'Al-Nassr'], ur: ['النصر'], fa: ['النصر'], hi: ['अल नस्र', 'अल-नस्र'] } },
  { id: 'al-hilal', description: 'Al Hilal SFC (Riyadh football club)', names: { en: ['Al Hilal', 'Al-Hilal'], ur: ['الہلال'], fa: ['الهلال'], hi: ['अल हिलाल', 'अल-हिलाल'] } },
  { id: 'fifa', description: 'Fédération Internationale de Football Association', names: { en: ['FIFA'], ur: ['فیفا'], fa: ['فیفا'], hi: ['फीफा'] } },
  { id: 'uefa', description: 'Union of European Football Associations', names: { en: ['UEFA'], ur: ['یوئیفا', 'یویفا'], fa: ['یوفا', 'یوئفا'], hi: ['यूईएफए', 'यूएफा'] } },
  { id: 'ioc', description: 'International Olympic Committee', names: { en: ['International Olympic Committee', 'IOC'], ur: ['انٹرنیشنل اولمپک کمیٹی', 'بین الاقوامی اولمپک کمیٹی'], fa: ['کمیته بین‌المللی المپیک', 'کمیته بین المللی المپیک'], hi: ['अंतरराष्ट्रीय ओलंपिक समिति', 'अंतर्राष्ट्रीय ओलंपिक समिति'] } },
  // ICC in Latin letters is the criminal court's (above); news in the other scripts spells the cricket council's out.
  { id: 'cricket-council', description: 'International Cricket Council', names: { en: ['International Cricket Council'], ur: ['انٹرنیشنل کرکٹ کونسل', 'آئی سی سی'], fa: ['شورای بین‌المللی کریکت'], hi: ['अंतरराष्ट्रीय क्रिकेट परिषद', 'इंटरनेशनल क्रिकेट काउंसिल', 'आईसीसी'] } },
  { id: 'wmo', description: 'World Meteorological Organization', names: { en: ['World Meteorological Organization', 'WMO'], ur: ['عالمی موسمیاتی تنظیم', 'ورلڈ میٹرولوجیکل آرگنائزیشن'], fa: ['سازمان جهانی هواشناسی'], hi: ['विश्व मौसम विज्ञान संगठन'] } },
  { id: 'gavi', description: 'Gavi, the Vaccine Alliance', names: { en: ['Gavi', 'GAVI'], ur: ['گاوی'], fa: ['گاوی'], hi: ['गावी'] } },
  { id: 'meta', description: 'Meta Platforms', names: { en: ['Meta', 'Facebook'], ur: ['فیس بک', 'میٹا'], fa: ['فیسبوک', 'فیس‌بوک', 'متا'], hi: ['फेसबुक', 'मेटा'] } },
];
