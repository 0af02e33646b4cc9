/**
 * Provinces, states and territories news of South and West Asia names all the time, as rows like
 * CITIES: [id, region code, English names, Urdu, Persian, Hindi]; ids are `area:<slug>`.
 *
 * - A province's head word ("استان", "صوبہ", "ریاست", "province", "राज्य", PROVINCE_HEADS) is
 *   part of the mention when written: every name of a row is also known with the head words of
 *   its country and language ("استان خراسان رضوی", "Sindh province"), the bare name too. A name
 *   that is an everyday word (بہار "spring", فارس "Persian", مرکزی "central", گلستان "rose
 *   garden", غور "thought") is written in the row with its head ("استان فارس") and is known only
 *   so; a name written with a head gets no other heads.
 * - A province named like its capital (Tehran, Isfahan, Kandahar, Dhaka): the bare name is the
 *   city (the cities table wins ties); with its head word it is the province.
 * - Names shared by two countries stay one area without a country, in EXTRA_AREAS (regions.ts):
 *   Punjab (Pakistan and India), Kashmir (the whole disputed region), Kurdistan (Iran's province
 *   and Iraq's region; "استان کردستان" is Iran's). Gujarat's Urdu name is also Gujrat's, a city in
 *   Pakistani Punjab: it is known in Urdu and Persian only with its head ("ریاست گجرات").
 * - Parts of Kashmir have the country that administers them, to tell statements apart (this says
 *   nothing on sovereignty): Jammu and Kashmir and Ladakh India ("مقبوضہ کشمیر", Pakistani usage
 *   for the Indian-administered part, is Jammu and Kashmir), Azad Kashmir and Gilgit-Baltistan
 *   Pakistan ("पाक अधिकृत कश्मीर", Indian usage, is Azad Kashmir).
 * - Hyphenated names (जम्मू-कश्मीर, Gilgit-Baltistan) are tokens around a hyphen, which names
 *   cannot match: rows give their spaced forms; a hyphenated one finds its last part, if known.
 */
import type { Lang } from '../../types';
import type { CityRow } from './cities';

/** One province row (the shape of a city row). */
export type ProvinceRow = CityRow;

/** Head words written before or after a province's name, per country and language. */
export const PROVINCE_HEADS: Readonly<Record<string, { kind: string; heads: Partial<Record<Lang, { before?: readonly string[]; after?: readonly string[] }>> }>> = {
  PK: { kind: 'Province or territory', heads: { en: { after: ['province'] }, ur: { before: ['صوبہ'] }, fa: { before: ['ایالت', 'استان'] }, hi: { after: ['प्रांत'] } } },
  IN: { kind: 'State or union territory', heads: { en: { after: ['state'] }, ur: { before: ['ریاست'] }, fa: { before: ['ایالت'] }, hi: { after: ['राज्य'] } } },
  IR: { kind: 'Province', heads: { en: { after: ['province'] }, ur: { before: ['صوبہ'] }, fa: { before: ['استان'] }, hi: { after: ['प्रांत'] } } },
  AF: { kind: 'Province', heads: { en: { after: ['province'] }, ur: { before: ['صوبہ'] }, fa: { before: ['ولایت', 'استان'] }, hi: { after: ['प्रांत'] } } },
  GB: { kind: 'Nation', heads: {} },
  US: { kind: 'State', heads: { en: { after: ['state'] }, ur: { before: ['ریاست'] }, fa: { before: ['ایالت'] }, hi: { after: ['राज्य'] } } },
  BD: { kind: 'Division', heads: { en: { after: ['Division'] }, ur: { after: ['ڈویژن'] }, hi: { after: ['डिवीजन', 'संभाग'] } } },
};

/** The table. */
export const PROVINCES: readonly ProvinceRow[] = [
  // Pakistan: four provinces, two territories of Kashmir, the capital territory, the former tribal areas.
  ['sindh', 'PK', ['Sindh'], ['سندھ'], ['ایالت سند', 'استان سند'], ['सिंध']], // bare سند is "document, certificate"
  ['balochistan', 'PK', ['Balochistan', 'Baluchistan'], ['بلوچستان'], ['بلوچستان'], ['बलूचिस्तान', 'बलोचिस्तान']],
  ['khyber-pakhtunkhwa', 'PK', ['Khyber Pakhtunkhwa', 'KPK', 'KP'], ['خیبر پختونخوا', 'خیبرپختونخوا', 'خیبر پختونخواہ', 'خیبرپختونخواہ'], ['خیبر پختونخوا', 'خیبر پختونخواه'], ['खैबर पख्तूनख्वा', 'खैबर पख्तूनख्वाह']],
  ['gilgit-baltistan', 'PK', ['Gilgit Baltistan', 'Gilgit-Baltistan'], ['گلگت بلتستان'], ['گلگت بلتستان', 'گیلگیت بالتستان'], ['गिलगित बाल्टिस्तान', 'गिलगित-बाल्टिस्तान']],
  ['azad-kashmir', 'PK', ['Azad Kashmir', 'Azad Jammu and Kashmir', 'AJK', 'Pakistan administered Kashmir', 'PoK'], ['آزاد کشمیر', 'آزاد جموں و کشمیر', 'آزاد جموں کشمیر'], ['کشمیر آزاد', 'کشمیر تحت کنترل پاکستان'],
    ['पाकिस्तान अधिकृत कश्मीर', 'पाक अधिकृत कश्मीर', 'पीओके', 'आजाद कश्मीर']],
  ['islamabad-capital-territory', 'PK', ['Islamabad Capital Territory'], ['اسلام آباد کیپیٹل ٹیریٹری', 'وفاقی دارالحکومت'], [], ['इस्लामाबाद राजधानी क्षेत्र']],
  ['fata', 'PK', ['Federally Administered Tribal Areas', 'FATA'], ['فاٹا', 'قبائلی علاقہ جات', 'وفاق کے زیر انتظام قبائلی علاقہ جات'], [], ['फाटा']],
  // India: the 28 states (Punjab is area:punjab) and the main union territories (Delhi and Chandigarh are cities).
  ['andhra-pradesh', 'IN', ['Andhra Pradesh'], ['آندھرا پردیش'], ['آندرا پرادش'], ['आंध्र प्रदेश']],
  ['arunachal-pradesh', 'IN', ['Arunachal Pradesh'], ['اروناچل پردیش'], ['آروناچال پرادش'], ['अरुणाचल प्रदेश']],
  ['assam', 'IN', ['Assam'], ['آسام'], ['آسام'], ['असम']],
  ['bihar', 'IN', ['Bihar'], ['ریاست بہار'], ['بیهار'], ['बिहार']], // bare بہار is "spring"
  ['chhattisgarh', 'IN', ['Chhattisgarh'], ['چھتیس گڑھ', 'چھتیسگڑھ'], ['چتیسگر'], ['छत्तीसगढ़']],
  ['goa', 'IN', ['Goa'], ['گوا'], ['گوا'], ['गोवा', 'गोआ']],
  ['gujarat', 'IN', ['Gujarat'], ['ریاست گجرات'], ['ایالت گجرات'], ['गुजरात']],
  ['haryana', 'IN', ['Haryana'], ['ہریانہ', 'ہریانا'], ['هاریانا'], ['हरियाणा']],
  ['himachal-pradesh', 'IN', ['Himachal Pradesh'], ['ہماچل پردیش'], ['هیماچال پرادش'], ['हिमाचल प्रदेश']],
  ['jharkhand', 'IN', ['Jharkhand'], ['جھارکھنڈ'], ['جارکند'], ['झारखंड', 'झारखण्ड']],
  ['karnataka', 'IN', ['Karnataka'], ['کرناٹک', 'کرناٹکا'], ['کارناتاکا'], ['कर्नाटक']],
  ['kerala', 'IN', ['Kerala'], ['کیرالہ', 'کیرالا', 'کیرلا'], ['کرالا'], ['केरल']],
  ['madhya-pradesh', 'IN', ['Madhya Pradesh'], ['مدھیہ پردیش'], ['مادیا پرادش'], ['मध्य प्रदेश', 'मध्यप्रदेश']],
  ['maharashtra', 'IN', ['Maharashtra'], ['مہاراشٹر', 'مہاراشٹرا'], ['ماهاراشترا'], ['महाराष्ट्र']],
  ['manipur', 'IN', ['Manipur'], ['منی پور', 'منیپور'], ['مانیپور'], ['मणिपुर']],
  ['meghalaya', 'IN', ['Meghalaya'], ['میگھالیہ', 'میگھالیا'], ['مگالایا'], ['मेघालय']],
  ['mizoram', 'IN', ['Mizoram'], ['میزورم'], ['میزورام'], ['मिजोरम']],
  ['nagaland', 'IN', ['Nagaland'], ['ناگالینڈ'], ['ناگالند'], ['नगालैंड', 'नागालैंड']],
  ['odisha', 'IN', ['Odisha', 'Orissa'], ['اوڈیشہ', 'اوڈیشا', 'اڑیسہ'], ['اودیشا', 'اوریسا'], ['ओडिशा', 'उड़ीसा']],
  ['rajasthan', 'IN', ['Rajasthan'], ['راجستھان'], ['راجستان'], ['राजस्थान']],
  ['sikkim', 'IN', ['Sikkim'], ['سکم'], ['سیکیم'], ['सिक्किम']],
  ['tamil-nadu', 'IN', ['Tamil Nadu'], ['تمل ناڈو', 'تامل ناڈو'], ['تامیل نادو'], ['तमिलनाडु', 'तमिल नाडु']],
  ['telangana', 'IN', ['Telangana'], ['تلنگانہ'], ['تلانگانا'], ['तेलंगाना']],
  ['tripura', 'IN', ['Tripura'], ['تری پورہ', 'تریپورہ'], ['تریپورا'], ['त्रिपुरा']],
  ['uttar-pradesh', 'IN', ['Uttar Pradesh'], ['اتر پردیش', 'یوپی'], ['اوتار پرادش'], ['उत्तर प्रदेश', 'उत्तरप्रदेश', 'यूपी']],
  ['uttarakhand', 'IN', ['Uttarakhand'], ['اتراکھنڈ'], ['اوتاراکند'], ['उत्तराखंड', 'उत्तराखण्ड']],
  ['west-bengal', 'IN', ['West Bengal'], ['مغربی بنگال'], ['بنگال غربی'], ['पश्चिम बंगाल', 'पश्चिमी बंगाल']],
  ['jammu-and-kashmir', 'IN', ['Jammu and Kashmir', 'Indian administered Kashmir'], ['جموں و کشمیر', 'جموں کشمیر', 'مقبوضہ کشمیر', 'مقبوضہ جموں و کشمیر', 'بھارت کے زیر انتظام کشمیر'],
    ['جامو و کشمیر', 'کشمیر تحت کنترل هند'], ['जम्मू और कश्मीर', 'जम्मू व कश्मीर', 'जम्मू कश्मीर', 'जम्मू-कश्मीर']],
  ['ladakh', 'IN', ['Ladakh'], ['لداخ'], ['لداخ'], ['लद्दाख']],
  ['puducherry', 'IN', ['Puducherry', 'Pondicherry'], ['پڈوچیری', 'پانڈیچیری'], ['پودوچری'], ['पुडुचेरी', 'पांडिचेरी']],
  ['andaman-and-nicobar', 'IN', ['Andaman and Nicobar Islands', 'Andaman and Nicobar'], ['جزائر انڈمان و نکوبار', 'انڈمان و نکوبار'], ['جزایر آندامان و نیکوبار'], ['अंडमान और निकोबार', 'अंडमान निकोबार']],
  ['lakshadweep', 'IN', ['Lakshadweep'], ['لکشدیپ'], ['لاکشادویپ'], ['लक्षद्वीप']],
  // Iran: the 31 provinces (those named like their capital are the city when written bare).
  ['east-azerbaijan', 'IR', ['East Azerbaijan'], ['مشرقی آذربائیجان'], ['آذربایجان شرقی'], ['पूर्वी अजरबैजान']],
  ['west-azerbaijan', 'IR', ['West Azerbaijan'], ['مغربی آذربائیجان'], ['آذربایجان غربی'], ['पश्चिमी अजरबैजान']],
  ['ardabil-province', 'IR', ['Ardabil'], ['اردبیل'], ['اردبیل'], ['अर्दबील']],
  ['isfahan-province', 'IR', ['Isfahan'], ['اصفہان'], ['اصفهان'], ['इस्फहान']],
  ['alborz', 'IR', ['Alborz'], ['البرز'], ['البرز'], ['अल्बोर्ज']],
  ['ilam', 'IR', ['Ilam'], ['ایلام'], ['ایلام'], []],
  ['bushehr-province', 'IR', ['Bushehr'], ['بوشہر'], ['بوشهر'], ['बुशहर']],
  ['tehran-province', 'IR', ['Tehran'], ['تہران'], ['تهران'], ['तेहरान']],
  ['chaharmahal-and-bakhtiari', 'IR', ['Chaharmahal and Bakhtiari'], ['چہار محال و بختیاری'], ['چهارمحال و بختیاری', 'چهار محال و بختیاری'], []],
  ['south-khorasan', 'IR', ['South Khorasan'], ['جنوبی خراسان'], ['خراسان جنوبی'], ['दक्षिण खुरासान']],
  ['razavi-khorasan', 'IR', ['Razavi Khorasan', 'Khorasan Razavi'], ['خراسان رضوی'], ['خراسان رضوی'], ['खुरासान रजवी']],
  ['north-khorasan', 'IR', ['North Khorasan'], ['شمالی خراسان'], ['خراسان شمالی'], ['उत्तरी खुरासान']],
  ['khuzestan', 'IR', ['Khuzestan'], ['خوزستان'], ['خوزستان'], ['खुजेस्तान']],
  ['zanjan', 'IR', ['Zanjan'], ['زنجان'], ['زنجان'], []],
  ['semnan', 'IR', ['Semnan'], ['سمنان'], ['سمنان'], []],
  ['sistan-and-baluchestan', 'IR', ['Sistan and Baluchestan', 'Sistan and Baluchistan', 'Sistan Baluchestan'], ['سیستان و بلوچستان', 'سیستان بلوچستان'], ['سیستان و بلوچستان', 'سیستان وبلوچستان'],
    ['सिस्तान और बलूचिस्तान', 'सिस्तान बलूचिस्तान', 'सिस्तान-बलूचिस्तान']],
  ['fars', 'IR', ['Fars Province', 'Province of Fars'], ['صوبہ فارس'], ['استان فارس'], ['फार्स प्रांत']], // bare فارس is "Persian" (and Fars News)
  ['qazvin', 'IR', ['Qazvin'], ['قزوین'], ['قزوین'], []],
  ['qom-province', 'IR', ['Qom'], ['قم'], ['قم'], ['कोम']],
  ['kurdistan-province', 'IR', ['Kurdistan Province'], ['صوبہ کردستان'], ['استان کردستان'], ['कुर्दिस्तान प्रांत']], // bare: area:kurdistan
  ['kerman-province', 'IR', ['Kerman'], ['کرمان'], ['کرمان'], []],
  ['kermanshah-province', 'IR', ['Kermanshah'], ['کرمانشاہ'], ['کرمانشاه'], ['करमानशाह']],
  ['kohgiluyeh-and-boyer-ahmad', 'IR', ['Kohgiluyeh and Boyer-Ahmad', 'Kohgiluyeh and Boyer Ahmad'], [], ['کهگیلویه و بویراحمد', 'کهگیلویه و بویر احمد'], []],
  ['golestan', 'IR', ['Golestan Province'], ['صوبہ گلستان'], ['استان گلستان'], []], // bare گلستان is "rose garden" (and Golestan Palace)
  ['gilan', 'IR', ['Gilan', 'Guilan'], ['گیلان'], ['گیلان'], ['गिलान']],
  ['lorestan', 'IR', ['Lorestan', 'Luristan'], ['لرستان'], ['لرستان'], []],
  ['mazandaran', 'IR', ['Mazandaran'], ['مازندران'], ['مازندران'], ['माजंदरान']],
  ['markazi', 'IR', ['Markazi Province'], ['صوبہ مرکزی'], ['استان مرکزی'], []], // bare مرکزی is "central"
  ['hormozgan', 'IR', ['Hormozgan'], ['ہرمزگان'], ['هرمزگان'], ['होर्मोजगान']],
  ['hamadan-province', 'IR', ['Hamadan'], ['ہمدان'], ['همدان'], []],
  ['yazd-province', 'IR', ['Yazd'], ['یزد'], ['یزد'], ['यज्द']],
  // Afghanistan: the provinces news names most (Ghor, Farah, Parwan, Nimruz and Zabul only with their head word).
  ['kabul-province', 'AF', ['Kabul'], ['کابل'], ['کابل'], ['काबुल']],
  ['kandahar-province', 'AF', ['Kandahar'], ['قندھار'], ['قندهار'], ['कंधार']],
  ['herat-province', 'AF', ['Herat'], ['ہرات'], ['هرات'], ['हेरात']],
  ['balkh', 'AF', ['Balkh'], ['بلخ'], ['بلخ'], ['बल्ख']],
  ['nangarhar', 'AF', ['Nangarhar'], ['ننگرہار'], ['ننگرهار'], ['नंगरहार']],
  ['helmand', 'AF', ['Helmand'], ['ہلمند'], ['هلمند'], ['हेलमंद']],
  ['kunduz', 'AF', ['Kunduz'], ['قندوز', 'کندز'], ['قندوز', 'کندز'], ['कुंदुज']],
  ['ghazni', 'AF', ['Ghazni'], ['غزنی'], ['غزنی'], ['गजनी']],
  ['paktia', 'AF', ['Paktia', 'Paktiya'], ['پکتیا'], ['پکتیا'], ['पक्तिया']],
  ['paktika', 'AF', ['Paktika'], ['پکتیکا'], ['پکتیکا'], ['पक्तिका']],
  ['khost', 'AF', ['Khost'], ['خوست'], ['خوست'], ['खोस्त']],
  ['kunar', 'AF', ['Kunar'], ['کنڑ', 'کنر'], ['کنر'], ['कुनार']],
  ['badakhshan', 'AF', ['Badakhshan'], ['بدخشاں', 'بدخشان'], ['بدخشان'], ['बदख्शां']],
  ['takhar', 'AF', ['Takhar'], ['تخار'], ['تخار'], []],
  ['baghlan', 'AF', ['Baghlan'], ['بغلان'], ['بغلان'], []],
  ['bamyan', 'AF', ['Bamyan', 'Bamiyan'], ['بامیان'], ['بامیان'], ['बामियान']],
  ['logar', 'AF', ['Logar'], ['لوگر'], ['لوگر'], []],
  ['wardak', 'AF', ['Wardak', 'Maidan Wardak'], ['وردک'], ['وردک', 'میدان وردک'], []],
  ['uruzgan', 'AF', ['Uruzgan', 'Oruzgan'], ['ارزگان'], ['ارزگان', 'اروزگان'], []],
  ['faryab', 'AF', ['Faryab'], ['فاریاب'], ['فاریاب'], []],
  ['jowzjan', 'AF', ['Jowzjan', 'Jawzjan'], ['جوزجان'], ['جوزجان'], []],
  ['panjshir', 'AF', ['Panjshir'], ['پنجشیر', 'پنج شیر'], ['پنجشیر'], ['पंजशीर']],
  ['nuristan', 'AF', ['Nuristan'], ['نورستان'], ['نورستان'], []],
  ['laghman', 'AF', ['Laghman'], ['لغمان'], ['لغمان'], []],
  ['kapisa', 'AF', ['Kapisa'], ['کاپیسا'], ['کاپیسا'], []],
  ['daykundi', 'AF', ['Daykundi'], [], ['دایکندی'], []],
  ['samangan', 'AF', ['Samangan'], [], ['سمنگان'], []],
  ['badghis', 'AF', ['Badghis'], [], ['بادغیس'], []],
  ['ghor', 'AF', ['Ghor'], ['صوبہ غور'], ['ولایت غور'], []], // bare غور is "thought, depth"
  ['farah', 'AF', ['Farah Province'], ['صوبہ فراہ'], ['ولایت فراه'], []], // Farah is a given name
  ['parwan', 'AF', ['Parwan'], ['صوبہ پروان'], ['ولایت پروان'], []], // پروان, परवान: "growing, rising"
  ['nimruz', 'AF', ['Nimruz', 'Nimroz'], ['صوبہ نیمروز'], ['ولایت نیمروز'], ['निमरोज']], // نیمروز is "noon"
  ['zabul', 'AF', ['Zabul'], ['صوبہ زابل'], ['ولایت زابل'], []], // زابل is also Zabol in Iran
  // Bangladesh: the eight divisions (the bare name of most is their city).
  ['dhaka-division', 'BD', ['Dhaka'], ['ڈھاکہ'], [], ['ढाका']],
  ['chittagong-division', 'BD', ['Chittagong', 'Chattogram'], ['چٹاگانگ'], [], ['चटगांव']],
  ['sylhet-division', 'BD', ['Sylhet'], ['سلہٹ'], [], ['सिलहट']],
  ['rajshahi', 'BD', ['Rajshahi'], [], [], []], // राजशाही, راج شاہی: "monarchy"
  ['khulna', 'BD', ['Khulna'], [], [], []], // खुलना, کھلنا: "to open"
  ['barisal', 'BD', ['Barisal', 'Barishal'], ['باریسال'], [], ['बरिसाल']],
  ['rangpur', 'BD', ['Rangpur'], ['رنگپور'], [], ['रंगपुर']],
  ['mymensingh', 'BD', ['Mymensingh'], ['میمن سنگھ'], [], ['मैमनसिंह']],
  // The nations of the United Kingdom besides England (England, انگلینڈ, انگلستان, इंग्लैंड are news' names for Britain itself: see regions.ts).
  ['scotland', 'GB', ['Scotland'], ['سکاٹ لینڈ', 'اسکاٹ لینڈ'], ['اسکاتلند'], ['स्कॉटलैंड']],
  ['wales', 'GB', ['Wales'], ['ویلز'], ['ولز'], ['वेल्स']],
  ['northern-ireland', 'GB', ['Northern Ireland'], ['شمالی آئرلینڈ'], ['ایرلند شمالی'], ['उत्तरी आयरलैंड']],
  // States of the United States that world news names (not Washington, Georgia or New York: the capital, the country, the city;
  // not ہوائی / हवाई, "air"): "New Mexico has recorded 81 cases" is no statement about Mexico.
  ['california', 'US', ['California'], ['کیلیفورنیا'], ['کالیفرنیا'], ['कैलिफ़ोर्निया', 'कैलिफोर्निया']],
  ['texas', 'US', ['Texas'], ['ٹیکساس'], ['تگزاس'], ['टेक्सास']],
  ['florida', 'US', ['Florida'], ['فلوریڈا'], ['فلوریدا'], ['फ्लोरिडा']],
  ['illinois', 'US', ['Illinois'], ['الینوائے'], ['ایلینوی'], ['इलिनॉय']],
  ['pennsylvania', 'US', ['Pennsylvania'], ['پنسلوانیا'], ['پنسیلوانیا'], ['पेंसिल्वेनिया']],
  ['ohio', 'US', ['Ohio'], ['اوہائیو'], ['اوهایو'], ['ओहायो']],
  ['michigan', 'US', ['Michigan'], ['مشی گن'], ['میشیگان'], ['मिशिगन']],
  ['arizona', 'US', ['Arizona'], ['ایریزونا'], ['آریزونا'], ['एरिज़ोना', 'एरिजोना']],
  ['nevada', 'US', ['Nevada'], ['نیواڈا'], ['نوادا'], ['नेवादा']],
  ['new-mexico', 'US', ['New Mexico'], ['نیو میکسیکو'], ['نیومکزیکو'], ['न्यू मैक्सिको', 'न्यू मेक्सिको']],
  ['new-jersey', 'US', ['New Jersey'], ['نیو جرسی'], ['نیوجرسی'], ['न्यू जर्सी']],
  ['virginia', 'US', ['Virginia'], ['ورجینیا'], ['ویرجینیا'], ['वर्जीनिया']],
  ['west-virginia', 'US', ['West Virginia'], ['مغربی ورجینیا'], ['ویرجینیای غربی'], ['वेस्ट वर्जीनिया']],
  ['north-carolina', 'US', ['North Carolina'], ['شمالی کیرولائنا'], ['کارولینای شمالی'], ['उत्तरी कैरोलिना', 'नॉर्थ कैरोलिना']],
  ['south-carolina', 'US', ['South Carolina'], ['جنوبی کیرولائنا'], ['کارولینای جنوبی'], ['दक्षिण कैरोलिना', 'साउथ कैरोलिना']],
  ['massachusetts', 'US', ['Massachusetts'], ['میساچوسٹس'], ['ماساچوست'], ['मैसाचुसेट्स']],
  ['kansas', 'US', ['Kansas'], ['کنساس'], ['کانزاس'], ['कैनसस']],
  ['alaska', 'US', ['Alaska'], ['الاسکا'], ['آلاسکا'], ['अलास्का']],
  ['hawaii', 'US', ['Hawaii'], [], ['هاوایی'], []],
  ['colorado', 'US', ['Colorado'], ['کولوراڈو'], ['کلرادو'], ['कोलोराडो']],
  ['minnesota', 'US', ['Minnesota'], ['مینیسوٹا'], ['مینه‌سوتا'], ['मिनेसोटा']],
  ['wisconsin', 'US', ['Wisconsin'], ['وسکونسن'], ['ویسکانسین'], ['विस्कॉन्सिन']],
  ['louisiana', 'US', ['Louisiana'], ['لوزیانا'], ['لوئیزیانا'], ['लुइसियाना']],
  ['oregon', 'US', ['Oregon'], ['اوریگن'], ['اورگان'], ['ओरेगन']],
  ['utah', 'US', ['Utah'], ['یوٹاہ', 'یوٹا'], ['یوتا'], ['यूटा']],
  ['tennessee', 'US', ['Tennessee'], ['ٹینیسی'], ['تنسی'], ['टेनेसी']],
  ['kentucky', 'US', ['Kentucky'], ['کینٹکی'], ['کنتاکی'], ['केंटकी']],
  ['alabama', 'US', ['Alabama'], ['الاباما'], ['آلاباما'], ['अलबामा']],
  ['mississippi', 'US', ['Mississippi'], ['مسیسیپی'], ['میسیسیپی'], ['मिसिसिपी']],
  ['maryland', 'US', ['Maryland'], ['میری لینڈ'], ['مریلند'], ['मैरीलैंड']],
  ['indiana', 'US', ['Indiana'], ['انڈیانا'], ['ایندیانا'], ['इंडियाना']],
  ['missouri', 'US', ['Missouri'], ['مسوری'], ['میزوری'], ['मिसौरी']],
  ['iowa', 'US', ['Iowa'], ['آئیووا'], ['آیووا'], ['आयोवा']],
  ['oklahoma', 'US', ['Oklahoma'], ['اوکلاہوما'], ['اوکلاهما'], ['ओक्लाहोमा', 'ओकलाहोमा']],
  ['connecticut', 'US', ['Connecticut'], [], ['کنتیکت'], []],
  ['arkansas', 'US', ['Arkansas'], [], ['آرکانزاس'], []],
  ['nebraska', 'US', ['Nebraska'], [], ['نبراسکا'], []],
  ['idaho', 'US', ['Idaho'], [], ['آیداهو'], []],
  ['montana', 'US', ['Montana'], [], ['مونتانا'], []],
  ['new-hampshire', 'US', ['New Hampshire'], [], ['نیوهمپشایر'], []],
  ['vermont', 'US', ['Vermont'], [], ['ورمونت'], []],
  ['delaware', 'US', ['Delaware'], [], ['دلاویر'], []],
  ['rhode-island', 'US', ['Rhode Island'], [], ['رود آیلند'], []],
  ['north-dakota', 'US', ['North Dakota'], [], ['داکوتای شمالی'], []],
  ['south-dakota', 'US', ['South Dakota'], [], ['داکوتای جنوبی'], []],
  ['wyoming', 'US', ['Wyoming'], [], ['وایومینگ'], []],
];
