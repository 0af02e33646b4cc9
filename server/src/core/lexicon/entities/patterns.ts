/**
 * Words that let the detector find names nobody listed: titles and roles written before a
 * person's name, the head words of organisation names, the words that end a name, letter names
 * that spell acronyms out, and acronyms that are not names. One table per language.
 */
import type { Lang } from '../../types';
import { LATIN_TIME_ZONES } from '../timeZones';

type PerLang = Readonly<Partial<Record<Lang, readonly string[]>>>;

/** Titles and roles written just before a person's name (multi-word titles are matched longest first). */
export const PERSON_TITLES: PerLang = {
  ur: [
    'وزیر اعظم', 'وزیراعظم', 'نائب وزیر اعظم', 'صدر', 'نائب صدر', 'صدر مملکت', 'نائب', 'جنرل', 'میجر جنرل', 'لیفٹیننٹ جنرل',
    'بریگیڈیئر', 'کرنل', 'میجر', 'کیپٹن', 'ایڈمرل', 'ایئر مارشل', 'ڈاکٹر', 'پروفیسر', 'سیکرٹری جنرل', 'سیکریٹری جنرل',
    'سکریٹری جنرل', 'ڈپٹی سیکرٹری جنرل', 'ڈپٹی سیکریٹری جنرل', 'وزیر', 'وزیر خارجہ', 'نائب وزیر خارجہ', 'وزیر داخلہ', 'وزیر دفاع',
    'وزیر خزانہ', 'وزیر اطلاعات', 'وزیر صحت', 'وزیر تعلیم', 'وزیر قانون', 'وزیر تجارت', 'وزیر منصوبہ بندی', 'وزیر توانائی', 'وزیر مملکت', 'وزیر اعلیٰ', 'وزیراعلیٰ', 'وزیر اعلی', 'گورنر', 'سفیر', 'چیئرمین', 'اسپیکر', 'اسپیکر', 'ترجمان',
    'چیف جسٹس', 'جسٹس', 'جج', 'پراسیکیوٹر جنرل', 'اٹارنی جنرل', 'ڈائریکٹر', 'ڈائریکٹر جنرل', 'ڈپٹی جنرل ڈائریکٹر', 'جناب',
    'محترمہ', 'مسٹر', 'مس', 'شہزادہ', 'شہزادی', 'بادشاہ', 'ملکہ', 'شیخ', 'مولانا', 'آیت اللہ', 'سینیٹر', 'کمشنر',
    'پولیس چیف', 'کمانڈر', 'سربراہ', 'رکن پارلیمنٹ', 'ایم این اے', 'صحافی', 'مصنف', 'چانسلر', 'نائب چانسلر',
    'مینیجنگ ڈائریکٹر', 'منیجنگ ڈائریکٹر', 'ڈپٹی کمشنر', 'انسپکٹر جنرل', 'آئی جی', 'میئر', 'ہائی کمشنر', 'آرمی چیف', 'معاون خصوصی',
    'قائد حزب اختلاف', 'کپتان', 'کوچ', 'ہیڈ کوچ', 'چیف سیکرٹری', 'چیف سیکریٹری', 'صوبائی وزیر', 'وفاقی وزیر',
    // Police and district officers, spelled in letter names (ڈی پی او بنوں ضیاء الدین احمد), and other roles of Pakistani news.
    'انسپکٹر جنرل پولیس', 'آئی جی پولیس', 'ڈی آئی جی', 'ڈی پی او', 'ایس ایس پی', 'ڈی ایس پی', 'ایس ایچ او', 'سی سی پی او', 'آر پی او',
    'اسسٹنٹ کمشنر', 'مشن چیف', 'مشیر', 'چیف ایگزیکٹو', 'چیف الیکشن کمشنر',
    // An association's secretaries and the analysts business and film news quote (جنرل سیکرٹری ظفر پراچہ, تجزیہ کار عمر علی خان).
    'سیکرٹری', 'سیکریٹری', 'جنرل سیکرٹری', 'جنرل سیکریٹری', 'تجزیہ کار', 'تجزیہ نگار', 'ماہر معاشیات',
    // A wife named after her husband: عمران خان کی اہلیہ بشریٰ بی بی.
    'اہلیہ',
    // A minister's opposite number: چینی ہم منصب وانگ ای.
    'ہم منصب',
  ],
  fa: [
    'نخست وزیر', 'نخست‌وزیر', 'معاون نخست وزیر', 'رئیس جمهور', 'رئیس‌جمهور', 'رییس جمهور', 'معاون رئیس جمهور', 'معاون', 'رئیس',
    'رییس', 'وزیر', 'وزیر امور خارجه', 'وزیر خارجه', 'وزیر کشور', 'وزیر دفاع', 'وزیر دارایی', 'وزیر اقتصاد', 'وزیر نفت',
    'وزیر بهداشت', 'وزیر امور اقتصادی و دارایی', 'وزیر آموزش و پرورش', 'وزیر راه', 'وزیر صنعت', 'وزیر ارتباطات', 'وزیر دادگستری', 'سرلشکر', 'سرتیپ', 'سردار', 'ژنرال', 'سپهبد',
    'دکتر', 'پروفسور', 'مهندس', 'دبیرکل', 'دبیر کل', 'معاون دبیرکل', 'سخنگوی', 'سخنگو', 'سفیر', 'آقای', 'خانم', 'آیت الله',
    'آیت‌الله', 'حجت الاسلام', 'ملکه', 'شاهزاده', 'صدراعظم', 'صدر اعظم', 'فرماندار', 'استاندار', 'دادستان', 'دادستان کل',
    'قاضی', 'مدیرکل', 'مدیر کل', 'مدیر', 'سناتور', 'نماینده', 'فرمانده',
    'مدیرعامل', 'مدیر عامل', 'شهردار', 'سرمربی', 'فرمانده کل', 'نایب رئیس', 'سرکنسول', 'سخنگوی دولت', 'سخنگوی وزارت امور خارجه',
    'بخشدار', 'امام جمعه', 'والی', 'ولسوال',
  ],
  hi: [
    'श्री', 'श्रीमती', 'सुश्री', 'डॉ.', 'डॉ', 'डॉक्टर', 'प्रोफेसर', 'मंत्री', 'प्रधानमंत्री', 'प्रधान मंत्री', 'उप प्रधानमंत्री',
    'राष्ट्रपति', 'उपराष्ट्रपति', 'उप राष्ट्रपति', 'जनरल', 'मेजर जनरल', 'लेफ्टिनेंट जनरल', 'वरिष्ठ जनरल', 'कर्नल', 'मेजर', 'कैप्टन',
    'एडमिरल', 'महासचिव', 'उप महासचिव', 'सचिव', 'निदेशक', 'महानिदेशक', 'प्रवक्ता', 'राजदूत', 'अध्यक्ष', 'उपाध्यक्ष',
    'मुख्यमंत्री', 'राज्यपाल', 'न्यायाधीश', 'न्यायमूर्ति', 'मुख्य न्यायाधीश', 'विदेश मंत्री', 'गृह मंत्री', 'रक्षा मंत्री',
    'वित्त मंत्री', 'स्वास्थ्य मंत्री', 'शिक्षा मंत्री', 'कानून मंत्री', 'वाणिज्य मंत्री', 'रेल मंत्री', 'कृषि मंत्री', 'राज्य मंत्री', 'उप मंत्री', 'स्थायी उप मंत्री', 'सांसद', 'विधायक', 'राजा', 'रानी', 'राजकुमार', 'शेख', 'पत्रकार', 'चांसलर',
    'प्रबंध निदेशक', 'मुख्य कार्यकारी अधिकारी', 'सीईओ', 'गवर्नर', 'उपायुक्त', 'महापौर', 'मेयर', 'उच्चायुक्त', 'नेता प्रतिपक्ष', 'सेना प्रमुख',
    'पुलिस महानिदेशक', 'कप्तान', 'कोच', 'मुख्य कोच', 'कुलपति', 'नेता', 'उपमुख्यमंत्री', 'उप मुख्यमंत्री', 'मुख्य सचिव',
    // India's foreign minister by the ministry's name, and a minister's opposite number (चीनी समकक्ष वांग यी).
    'विदेश मामलों के मंत्री', 'समकक्ष',
  ],
  en: [
    'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'president', 'vice president',
    'prime minister', 'deputy prime minister', 'minister', 'foreign minister', 'secretary-general', 'secretary general',
    'finance minister', 'interior minister', 'defence minister', 'defense minister', 'health minister', 'information minister',
    'chief minister', 'home minister', 'law minister', 'trade minister', 'commerce minister', 'energy minister', 'education minister',
    'foreign secretary', 'home secretary', 'state minister', 'federal minister',
    'deputy secretary-general', 'secretary', 'general', 'lieutenant general', 'major general', 'colonel', 'major', 'captain',
    'admiral', 'senator', 'governor', 'ambassador', 'chancellor', 'king', 'queen', 'prince', 'princess', 'sheikh', 'judge',
    'justice', 'chief justice', 'director', 'director-general', 'director general', 'spokesperson', 'spokesman', 'spokeswoman',
    'chairman', 'chairwoman', 'chair', 'speaker', 'commissioner', 'sir', 'lord', 'lady', 'pope', 'ayatollah', 'attorney general',
    'managing director', 'chief executive', 'chief executive officer', 'ceo', 'deputy governor', 'mayor', 'premier',
    'opposition leader', 'leader of the opposition', 'army chief', 'chief of army staff', 'inspector general', 'deputy commissioner',
    'vice chancellor', 'vice-chancellor', 'deputy speaker', 'adviser', 'advisor', 'special assistant', 'envoy', 'high commissioner',
    'consul general', 'coach', 'head coach', 'skipper', 'economist', 'analyst', 'leader', 'senior leader', 'chief secretary',
    'deputy chief minister', 'provincial minister', 'federal minister for', 'justices', 'advocate', 'senior advocate', 'lawyer', 'counsel',
    'solicitor general', 'additional solicitor general', 'advocate general', 'mp', 'mla', 'mna', 'mpa', 'superintendent', 'inspector',
    // A wire story's credit line: (Reporting by …; Editing by …).
    'reporting by', 'additional reporting by', 'writing by', 'editing by',
    // US and wire usage.
    'rep', 'rep.', 'representative', 'sen', 'sen.', 'congressman', 'congresswoman', 'lawmaker', 'chief', 'aid chief',
    // India's foreign minister by the ministry's name, and a minister's opposite number (his Chinese counterpart Wang Yi).
    'external affairs minister', 'counterpart',
  ],
};

/**
 * Titles of an office over a place (فرماندار کاشمر "the governor of Kashmar"): one word after such a
 * title, with no given name, is the place, not a person (a person's name follows the place or a comma).
 */
export const PLACE_TITLES: PerLang = {
  fa: ['فرماندار', 'استاندار', 'شهردار', 'بخشدار', 'دهیار', 'امام جمعه', 'دادستان', 'والی', 'ولسوال'],
};

/** Function words: postpositions, conjunctions, particles and frequent verbs. They end any name. */
export const FUNCTION_WORDS: PerLang = {
  ur: [
    'نے', 'کے', 'کی', 'کا', 'کو', 'سے', 'میں', 'پر', 'تک', 'اور', 'یا', 'بھی', 'ہی', 'تو', 'کہ', 'جو', 'جس', 'جن', 'نہ', 'نہیں',
    'ہے', 'ہیں', 'تھا', 'تھی', 'تھے', 'گا', 'گی', 'گے', 'کیا', 'کہا', 'کہتے', 'بتایا', 'دیا', 'لیا', 'کر', 'کرتے', 'کرنے',
    'ہو', 'ہوئے', 'ہوا', 'والے', 'والی', 'وہ', 'یہ', 'اس', 'ان', 'ایک', 'بعد', 'پہلے', 'ساتھ', 'لیے', 'لئے', 'مطابق', 'برائے',
    'کوئی', 'کچھ', 'سب', 'تمام', 'ہر', 'جب', 'تب', 'اگر', 'لیکن', 'مگر', 'بلکہ', 'جیسے', 'جیسا', 'جیسی', 'دوران', 'درمیان',
    'ہوں', 'رہے', 'رہا', 'رہی', 'گیا', 'گئی', 'گئے', 'چاہیے', 'سکتا', 'سکتی', 'سکتے',
    'پہنچے', 'پہنچی', 'آئے', 'آیا', 'ملے', 'تھیں',
    // Postpositions after کے and adverbs: "اس کے علاوہ بورڈ نے", "صدر مملکت اب تک".
    'علاوہ', 'اب', 'تحت', 'خلاف', 'بارے', 'باعث', 'ذریعے', 'جانب', 'حوالے', 'بجائے', 'سمیت', 'بغیر',
    // Conjunctions and quantity words before a head word (… جبکہ کمیونسٹ پارٹی نے, 60 ہزار سے زائد پولیس اہلکار).
    'جبکہ', 'زائد', 'زیادہ', 'آئندہ', 'گزشتہ',
  ],
  fa: [
    'در', 'به', 'از', 'با', 'که', 'را', 'و', 'یا', 'تا', 'برای', 'این', 'آن', 'هم', 'نیز', 'گفت', 'کرد', 'است', 'بود', 'شد',
    'کرده', 'داشت', 'خود', 'اظهار', 'تأکید', 'تاکید', 'پس', 'پیش', 'بر', 'بین', 'روی', 'نزد', 'طی', 'ضمن', 'اعلام', 'افزود',
    'همه', 'هر', 'چند', 'اما', 'ولی', 'اگر', 'چون', 'زیرا', 'میان', 'درباره', 'علیه', 'همراه', 'توسط', 'سوی', 'طرف',
    'هستم', 'هستند', 'هست', 'بودند', 'میشود', 'شود', 'باید', 'می',
    // Times of the day and week, and adverbs, that follow a title (رئیس‌جمهور صبح امروز سه‌شنبه …).
    'امروز', 'دیروز', 'فردا', 'امسال', 'پارسال', 'صبح', 'ظهر', 'عصر', 'شب', 'بامداد', 'شامگاه', 'ساعت', 'روز',
    'شنبه', 'یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'پنج‌شنبه', 'جمعه', 'همچنین', 'اکنون', 'تاکنون', 'هنوز',
    // A rank (دانشگاه صنعتی امیرکبیر رتبه دوم را کسب کرد), "earlier", "recently" (وزیر کشور ایران پیش‌تر گفته بود), and a superlative, which stands before its noun
    // and so ends a body's name (دانشگاه صنعتی شریف بیشترین متقاضی را داشت).
    'رتبه', 'پیش‌تر', 'پیشتر', 'قبلا', 'قبلاً', 'اخیرا', 'اخیراً', 'بیشترین', 'بیش‌ترین', 'کمترین', 'کم‌ترین', 'بالاترین', 'پایین‌ترین', 'بزرگترین', 'بزرگ‌ترین',
    // Verbs of saying after a body's name (وزارت زراعت می‌گوید تولید گندم …).
    'می‌گوید', 'می‌گویند', 'گفته', 'می‌کند', 'می‌شود', 'دارد', 'دارند',
    // Bounds and the adjectives of light verbs after a name: شورای عالی کار حداقل دستمزد را …, از گذرگاه تورخم وارد کشور شدند.
    'حداقل', 'حداکثر', 'وارد', 'خارج',
  ],
  hi: [
    'ने', 'का', 'की', 'के', 'को', 'से', 'में', 'पर', 'तक', 'और', 'तथा', 'एवं', 'या', 'भी', 'ही', 'तो', 'कि', 'जो', 'जिस', 'जिन',
    'है', 'हैं', 'था', 'थी', 'थे', 'गा', 'गी', 'गे', 'कहा', 'बोलते', 'बोले', 'बताया', 'किया', 'दिया', 'लिया', 'कर', 'करते', 'करने',
    'हुए', 'हुआ', 'वाले', 'वाली', 'वह', 'यह', 'इस', 'उस', 'एक', 'बाद', 'पहले', 'साथ', 'लिए', 'अनुसार', 'द्वारा', 'जवाब', 'भाषण',
    'सभी', 'हर', 'कई', 'जब', 'अगर', 'लेकिन', 'परंतु', 'बल्कि', 'जैसे', 'दौरान', 'बीच', 'आज', 'कल',
    'हूँ', 'हूं', 'हो', 'रहे', 'रहा', 'रही', 'गया', 'गई', 'गए', 'चाहिए', 'सकता', 'सकती', 'सकते',
    'पहुंचे', 'पहुँचे', 'पहुंची', 'पहुँची', 'आए', 'आये', 'आया', 'आई', 'थीं', 'मिले', 'मिलीं', 'होंगे', 'करेंगे',
    // Relatives and "without" before a head word name nothing: रोगी जिन्हें अस्पताल में भर्ती…, उसके बिना अस्पताल में.
    'जिन्हें', 'जिन्हे', 'जिसे', 'जिनको', 'जिसको', 'उन्हें', 'उसे', 'बिना', 'बगैर', 'बग़ैर',
    // Adverbs and pronouns after a name or before a head word: चंद्रबाबू नायडू अब …, 48 घंटे के भीतर उनके बैंक खाते में.
    'अब', 'अभी', 'फिर', 'भीतर', 'अंदर', 'उनके', 'उनकी', 'उनका', 'उसके', 'उसकी', 'उसका', 'इसके', 'इसकी', 'इनके', 'अपने', 'अपनी', 'यहां', 'वहां', 'नहीं', 'वहीं', 'यहीं', 'इधर', 'उधर',
    // "Whereas" opening a clause before a body's name: जबकि परिवहन निगम की 7,000 बसें.
    'जबकि',
    'सबसे', 'बने', 'बना', 'बनी', 'बनेंगे', 'बनेगा', 'बनेगी', 'रहेंगे', 'रहेगा', 'रहेगी', 'रहीं',
    // Ordinals after a name (नीरज चोपड़ा दूसरे स्थान पर रहे).
    'दूसरे', 'दूसरा', 'दूसरी', 'तीसरे', 'तीसरा', 'तीसरी', 'चौथे', 'चौथा', 'चौथी', 'पांचवें', 'पाँचवें',
    // Ordinals before a body that numbers its rounds (आठवें वेतन आयोग is the Pay Commission's eighth), and "according to" before a head word.
    'छठे', 'सातवें', 'आठवें', 'नौवें', 'दसवें', 'मुताबिक', 'मुताबिक़', 'तहत',
  ],
  en: [
    'the', 'a', 'an', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'said', 'says', 'told', 'has', 'had',
    'have', 'is', 'was', 'were', 'will', 'would', 'who', 'which', 'that', 'this', 'these', 'it', 'he', 'she', 'they', 'his', 'her',
    'their', 'as', 'but', 'also', 'after', 'before', 'during', 'about', 'when', 'while', 'if', 'not', 'all', 'its', 'our', 'we', 'i',
  ],
};

/**
 * Everyday nouns and adjectives that are never part of a person's name, nor the distinctive part
 * of an organisation's (صدر دفتر "head office", بین الاقوامی تنظیم "an international organisation").
 */
export const GENERIC_WORDS: PerLang = {
  ur: [
    'دفتر', 'مملکت', 'اسمبلی', 'مقام', 'سطح', 'عہدہ', 'عہدے', 'منصب', 'حکومت', 'وفد', 'ملک', 'ممالک', 'نمائندے', 'نمائندوں',
    'خطاب', 'تقریر', 'پیغام', 'بیان', 'اجلاس', 'دورے', 'دورہ', 'ملاقات', 'نظام', 'آف', 'بین', 'الاقوامی', 'عالمی', 'قومی',
    'علاقائی', 'سرکاری', 'نجی', 'روسی', 'امریکی', 'چینی', 'بھارتی', 'پاکستانی', 'ایرانی', 'جاپانی', 'ویتنامی', 'بیلاروسی',
    'یورپی', 'افغان', 'مشترکہ', 'خصوصی', 'سابق', 'موجودہ', 'نو', 'منتخب', 'سینئر', 'اعلیٰ', 'عبوری', 'ہیکر', 'ہیکرز', 'سیکیورٹی',
    'سیکورٹی', 'سائبر', 'میڈیا', 'بڑے', 'بڑی', 'نئے', 'نئی', 'مختلف', 'متعدد', 'کئی', 'کثیرالجہتی', 'دو طرفہ', 'مقامی', 'اس',
    'اسی', 'ابتدائی', 'پہلے', 'دوسرے', 'کنٹرول', 'عمر', 'مریض', 'مریضوں', 'گروپ', 'گروپوں', 'ہیکروں', 'دہشت', 'گرد',
    'کامیاب', 'ناکام', 'دستیاب', 'میٹرو',
    // A hospital described, not named: قریبی ہسپتال (nearby), ضلعی ہسپتال (the district's), فیلڈ ہسپتال (a field hospital).
    'قریبی', 'ضلعی', 'فیلڈ',
    // A school stream (سائنس گروپ), a distributor (تقسیم کار کمپنی), a season (اس سال لیگ): no names.
    'سائنس', 'آرٹس', 'کامرس', 'جنرل', 'ہیومینیٹیز', 'تقسیم', 'کار', 'سال', 'میچ', 'میچز', 'فائنل', 'ٹیسٹ',
    // "وفاقی وزارت مذہبی امور": the federal ministry of religious affairs, named after its head word.
    'وفاقی', 'صوبائی',
    // A district's administration, or all of it (ضلع انتظامیہ, ضلع بھر میں): no district's name.
    'انتظامیہ', 'بھر',
  ],
  fa: [
    'جمهور', 'جمهوری', 'کشور', 'کشورهای', 'دولت', 'کل', 'بین‌المللی', 'بینالمللی', 'جهانی', 'ملی',
    'منطقه‌ای', 'منطقهای', 'دولتی', 'سابق', 'فعلی', 'ارشد', 'پیام', 'سخنان', 'سخنرانی', 'دیدار', 'سفر', 'هیئت', 'هیات',
    'مجلس', 'شورای', 'سازمان', 'وزیر', 'نخست', 'ملل', 'امنیت', 'سایبری', 'رسانه', 'بزرگ', 'جدید', 'مختلف', 'کنوانسیون',
    'مراکز', 'مرکز', 'ستاد', 'اداره', 'دفتر', 'کاخ', 'تیم', 'آزمون', 'آتش‌نشانی', 'آتشنشانی', 'هواشناسی', 'کامیاب', 'ناکام', 'مترو', 'وزارت',
    'پیشین', 'اسبق', 'کنونی', 'اورژانس', 'بیانیه', 'اطلاعیه',
    // What a minister announces or aims at (وزیر نیرو هدف ساخت ۳۰ هزار مگاوات را اعلام کرد): no name.
    'هدف', 'ساخت',
    // Dari's word for the government: سخنگوی حکومت سرپرست "the caretaker government's spokesman" names no person.
    'حکومت',
    // "a private bank", "the ministry": a head word with these names no body.
    'خصوصی', 'عمومی', 'وزارتخانه',
    // A hospital described, not named: بیمارستان موقت, بیمارستان صحرایی (a field hospital), بیمارستان دیگری, نزدیک‌ترین بیمارستان.
    'موقت', 'صحرایی', 'دیگری', 'دیگر', 'نزدیک', 'نزدیک‌ترین', 'نزدیکترین',
    // Which university, not its name: دانشگاه محل قبولی (the one a candidate got into), دانشگاه محل تحصیل.
    'محل',
    // The head words of bodies' names: the words after a title that start with one name the body (رئیس بانک ملی).
    'دانشگاه', 'بانک', 'کمیسیون', 'کمیته', 'خبرگزاری', 'حزب', 'بنیاد', 'انجمن', 'فدراسیون', 'آژانس', 'شرکت', 'نهاد', 'صندوق', 'اتحادیه', 'پلیس',
  ],
  hi: [
    'कार्यालय', 'सरकार', 'देश', 'देशों', 'प्रतिनिधि', 'संदेश', 'बयान', 'बैठक', 'दौरे', 'मुलाकात', 'सभा', 'असेंबली', 'परिषद',
    'अंतर्राष्ट्रीय', 'अंतरराष्ट्रीय', 'वैश्विक', 'राष्ट्रीय', 'क्षेत्रीय', 'सरकारी', 'निजी', 'पूर्व', 'वर्तमान', 'वरिष्ठ',
    'समारोह', 'सम्मेलन', 'प्रमुख', 'बड़े', 'बड़ी', 'नए', 'नई', 'विभिन्न', 'साइबर',
    // A trade before कंपनी names none: सबसे बड़ी कार कंपनी, फिनटेक कंपनी, एडटेक कंपनी.
    'कार', 'फिनटेक', 'एडटेक', 'स्टार्टअप', 'दवा', 'ऑटो', 'वाहन',
    // And a role or a field: निर्माता कंपनी (the producers), प्रॉपर्टी सलाहकार कंपनी, ब्रोकरेज फर्म; a company before its name (कंपनी मैथ्री मूवी मेकर्स).
    'निर्माता', 'सलाहकार', 'प्रॉपर्टी', 'ब्रोकरेज', 'रेटिंग', 'बीमा', 'टेलीकॉम', 'मोबाइल', 'फिल्म', 'प्रोडक्शन', 'कंपनी',
    // Which district, not its name: पूरे जिले, प्रभावित जिले, सीमावर्ती जिले, पड़ोसी जिले.
    // A hospital described, not named: नजदीकी अस्पताल (nearby), स्थानीय अस्पताल.
    'नजदीकी', 'नज़दीकी', 'स्थानीय',
    // Treatment at a hospital is no part of its name: 36 का इलाज स्वरूपरानी नेहरू अस्पताल में.
    'इलाज', 'उपचार',
    'पूरे', 'पूरा', 'प्रभावित', 'सीमावर्ती', 'संबंधित', 'पड़ोसी', 'अन्य', 'उसी', 'इसी', 'दोनों', 'ग्रामीण', 'शहरी', 'कुछ', 'किसी', 'प्रत्येक',
  ],
  en: ['assembly', 'office', 'council', 'government', 'country', 'international', 'national', 'global', 'regional', 'new', 'former', 'the'],
};

/** Words that cannot be part of a person's name besides function and generic words (the rest of a role: صدر مملکت). */
export const NOT_IN_PERSON_NAMES: PerLang = {
  ur: [
    'کونسل', 'جنرل', 'ڈائریکٹر', 'تجارت', 'صحت', 'تعلیم', 'خزانہ', 'داخلہ', 'خارجہ', 'دفاع', 'اطلاعات', 'قانون', 'توانائی',
    'منصوبہ', 'مذہبی', 'امور', 'ریلوے', 'زراعت', 'خوراک', 'پانی', 'بجلی', 'پٹرولیم', 'ماحولیات', 'سائنس', 'ٹیکنالوجی', 'مواصلات',
    'انصاف', 'محنت', 'ثقافت', 'کھیل', 'صنعت', 'پارلیمانی', 'بین الصوبائی', 'نشریات', 'مملکتی', 'مملکت',
    'ٹرانسپورٹ', 'بلدیات', 'آبپاشی', 'معدنیات', 'سیاحت', 'اوقاف', 'ہاؤسنگ', 'جنگلات', 'ایکسائز', 'ریونیو', 'داخلہ', 'منصوبہ بندی', 'خصوصی', 'انتخابات', 'الیکشن',
    'ہاؤس', 'ہاوس', 'ہال', 'آفس', 'سیکرٹریٹ',
    // A programme named after a person (مریم نواز ہیلتھ کلینکس); خواجہ سرا is a noun (transgender people), خواجہ a given name.
    'ہیلتھ', 'کلینک', 'کلینکس', 'سرا', 'سراؤں',
    // Portfolios and times after a title (وزیر سرمایہ کاری, وزیراعظم آئندہ ماہ).
    'سرمایہ', 'کاری', 'ماہ', 'ہفتے', 'سال',
    // Adverbs of degree before a figure (… صرف 32 ووٹوں سے جیتے).
    'صرف', 'محض',
    // A number after a name counts what follows (نواز شریف تین مرتبہ وزیراعظم رہے).
    'دو', 'تین', 'چار', 'پانچ', 'چھ', 'سات', 'آٹھ', 'دس',
  ],
  fa: [
    'مجلس', 'شورای', 'سازمان', 'بهداشت', 'آموزش', 'اقتصاد', 'دفاع', 'کشور', 'نفت', 'نیرو', 'راه', 'ارتباطات', 'دادگستری', 'فرهنگ',
    'کار', 'صنعت', 'کشاورزی', 'ورزش', 'علوم', 'امور', 'خارجه', 'جمهور', 'دارایی', 'اطلاعات', 'میراث', 'تعاون', 'رفاه',
    'انتخابات',
    // Portfolios after a title (معاون حمل‌ونقل و ترافیک, مدیرکل مدیریت بحران استان, معاون آموزش ابتدایی).
    'مدیریت', 'بحران', 'امداد', 'نجات', 'حمل‌ونقل', 'حمل', 'نقل', 'ترافیک', 'ابتدایی', 'متوسطه', 'درمان', 'پزشکی', 'پرورش',
    'شهرسازی', 'مسکن', 'تجارت', 'بازرگانی', 'گردشگری', 'اجتماعی', 'سیاسی', 'امنیتی', 'انتظامی', 'حقوقی', 'پارلمانی', 'اجرایی',
    'مالی', 'اداری', 'عمرانی', 'فرهنگی', 'خانواده', 'جوانان', 'محیط', 'زیست', 'توسعه', 'برنامه', 'بودجه', 'استان', 'شهرستان',
    'ولایت', 'انرژی', 'گمرک', 'مالیات', 'بیمه', 'فناوری', 'تحقیقات', 'ارزی', 'اقتصادی', 'بین‌الملل', 'بینالملل', 'کنسولی', 'موقت', 'جاده‌ای', 'اضطراری', 'وضعیت', 'وضعیت‌های',
    // Portfolios after a title, in Iran (معاون وزیر جهاد کشاورزی, سخنگوی صنعت برق) and in Afghan Dari (رئیس زراعت, وزارت صحت عامه).
    // And a railway's or a utility's (معاون مسافری شرکت راه‌آهن, معاون بهره‌برداری شرکت آب و فاضلاب).
    'مسافری', 'باری', 'ریلی', 'بهره‌برداری', 'بهرهبرداری', 'فنی', 'پشتیبانی', 'نظارت',
    'جنگل', 'جنگل‌ها', 'جنگلها', 'مراتع', 'جهاد', 'برق', 'آب', 'گاز', 'زراعت', 'صحت', 'مالیه', 'معارف', 'کشتی', 'فوتبال', 'والیبال',
    // A number after a name counts what follows (علی دایی سه بار قهرمان شد).
    'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت',
  ],
  hi: ['सार्वजनिक', 'सुरक्षा', 'विदेश', 'गृह', 'रक्षा', 'वित्त', 'जन', 'लोक', 'उप', 'स्थायी', 'मामलों', 'मंत्रालय', 'चुनाव', 'चुनावों', 'भवन', 'पद', 'केंद्र', 'केन्द्र', 'हाउस', 'आवास', 'कार्यालय',
    'टॉपर', 'टॉपरों', 'विजेता', 'उम्मीदवार', 'प्रत्याशी', 'राहत', 'कोष',
    // Adverbs of degree before a figure (देवेंद्र अत्री सिर्फ 32 वोटों से जीते).
    'सिर्फ', 'सिर्फ़', 'केवल', 'महज', 'महज़',
    // A number after a name counts what follows (नीतीश कुमार तीन बार मुख्यमंत्री बने).
    'दो', 'तीन', 'चार', 'पांच', 'पाँच', 'छह', 'सात', 'आठ', 'दस'],
  en: [],
};

/** Organisation head words written before the rest of the name (وزارت خارجہ, سازمان ملل, मंत्रालय comes last in Hindi). */
export const ORG_HEADS_BEFORE: PerLang = {
  ur: ['وزارت', 'محکمہ', 'ایوان', 'بینک', 'یونیورسٹی', 'جامعہ', 'کمیشن'],
  fa: ['وزارت', 'شورای', 'مجلس', 'دانشگاه', 'بانک', 'کمیسیون', 'کمیته', 'خبرگزاری', 'حزب', 'بنیاد', 'انجمن', 'فدراسیون', 'سازمان',
    // A hospital by its name (بیمارستان امام خمینی); one said of any hospital is none (بیمارستان موقت, بیمارستان دیگری: GENERIC_WORDS).
    'بیمارستان'],
  hi: [],
  en: ['ministry', 'department', 'university', 'bank', 'council', 'office', 'agency', 'commission', 'committee', 'house', 'organization', 'organisation', 'bureau', 'institute', 'board', 'chamber',
    'centers', 'centres', 'center', 'centre'],
};

/** Organisation head words written after the rest of the name (جیجی نیوز ایجنسی, लोक सुरक्षा मंत्रालय, Cybersecurity Ventures). */
export const ORG_HEADS_AFTER: PerLang = {
  ur: ['ایجنسی', 'گروپ', 'فورم', 'کارپوریشن', 'کمپنی', 'یونیورسٹی', 'انسٹی ٹیوٹ', 'فاؤنڈیشن', 'پارٹی', 'لیگ', 'اخبار', 'ٹائمز', 'نیوز', 'پوسٹ', 'سینٹر', 'اتھارٹی', 'بورڈ', 'وزارت', 'پولیس', 'موٹرز', 'انڈسٹریز', 'لمیٹڈ', 'بینک',
    'ایسوسی ایشن', 'کمیٹی', 'فیڈریشن', 'ٹرسٹ',
    // A hospital by its name (جناح ہسپتال, پمز ہسپتال, लोक नायक अस्पताल); "a nearby hospital" is none (قریبی ہسپتال: GENERIC_WORDS).
    'ہسپتال', 'اسپتال', 'ہاسپٹل'],
  fa: [],
  hi: ['मंत्रालय', 'विश्वविद्यालय', 'आयोग', 'परिषद', 'संगठन', 'कार्यालय', 'एजेंसी', 'बैंक', 'विभाग', 'समिति', 'पार्टी', 'अखबार', 'समाचार एजेंसी', 'संस्थान', 'पुलिस', 'मोटर्स', 'इंडस्ट्रीज', 'लिमिटेड', 'ग्रुप', 'कंपनी', 'बोर्ड', 'प्राधिकरण', 'निगम', 'कोष',
    // English heads as Hindi news writes them: इंडियन मेडिकल एसोसिएशन, ऑल इंडिया फुटबॉल फेडरेशन.
    'एसोसिएशन', 'फेडरेशन', 'फाउंडेशन', 'ट्रस्ट', 'लीग', 'यूनिवर्सिटी', 'कॉरपोरेशन', 'कॉर्पोरेशन', 'अथॉरिटी', 'काउंसिल', 'कमीशन', 'इंस्टीट्यूट', 'सोसाइटी', 'अकादमी',
    // Studios: मैथ्री मूवी मेकर्स, यशराज फिल्म्स, टी-सीरीज एंटरटेनमेंट.
    'फिल्म्स', 'मेकर्स', 'प्रोडक्शंस', 'प्रोडक्शन्स', 'एंटरटेनमेंट', 'स्टूडियोज',
    'अस्पताल', 'हॉस्पिटल'],
  en: ['industries', 'limited', 'holdings', 'motors', 'technologies', 'pharmaceuticals', 'insurance', 'securities', 'agency', 'group', 'forum', 'corporation', 'company', 'inc', 'ltd', 'university', 'institute', 'foundation', 'party', 'league', 'ventures', 'times', 'news', 'post', 'center', 'centre', 'authority', 'board', 'ministry', 'bank', 'council', 'commission', 'committee',
    'court', 'assembly', 'senate', 'parliament', 'army', 'police', 'tribunal', 'bureau', 'fund', 'organisation', 'organization', 'association', 'federation', 'union',
    'airlines', 'airways', 'exchange', 'secretariat', 'cabinet', 'navy', 'department', 'office', 'railways', 'corps', 'academy', 'college', 'hospital',
    'programme', 'program', 'forces', 'authority', 'board', 'ministry', 'commission', 'committee', 'council', 'bank', 'service', 'services',
    'democrats', 'press', 'project', 'network',
    // Studios, investors' partnerships and research firms of film, startup and technology news; a federal ministry's division (Finance Division).
    'films', 'pictures', 'studios', 'productions', 'entertainment', 'partners', 'research', 'division'],
};

/** Words that end a place's name (Rashid Minhas Road, لبرٹی چوک, नेहरू स्टेडियम): a name ending in one names no person. */
export const PLACE_HEADS_AFTER: PerLang = {
  ur: ['روڈ', 'سڑک', 'چوک', 'پل', 'اسٹیڈیم', 'سٹیڈیم', 'ایئرپورٹ', 'ائیرپورٹ', 'اسٹیشن', 'سٹیشن', 'کالونی', 'ٹاؤن', 'مارکیٹ', 'پارک', 'شاہراہ', 'ایونیو', 'اسپتال', 'ہسپتال'],
  fa: [],
  hi: ['रोड', 'मार्ग', 'चौक', 'पुल', 'स्टेडियम', 'एयरपोर्ट', 'स्टेशन', 'कॉलोनी', 'बाजार', 'बाज़ार', 'पार्क', 'अस्पताल', 'हवाई अड्डा'],
  en: ['road', 'street', 'avenue', 'chowk', 'bridge', 'stadium', 'airport', 'station', 'square', 'colony', 'town', 'market', 'park', 'highway', 'motorway', 'expressway', 'hospital', 'mosque', 'temple',
    'county', 'district', 'province', 'valley', 'river', 'lake', 'island', 'islands', 'dam', 'bay'],
};

/** Place head words written last that also make a name of the words before them, as an organisation's do (قذافی اسٹیڈیم, نیشنل اسٹیڈیم). */
export const PLACE_NAME_HEADS_AFTER: PerLang = { ur: ['اسٹیڈیم', 'سٹیڈیم'] };

/**
 * Words that start a place's name, written before it (ورزشگاه آزادی, میدان انقلاب, فرودگاه کابل):
 * read like an organisation's head words before its name (not سد "dam", also "barrier": از سد ژاپن گذشت;
 * a hospital, بیمارستان, is an organisation's head: ORG_HEADS_BEFORE).
 */
export const PLACE_HEADS_BEFORE: PerLang = {
  fa: ['ورزشگاه', 'استادیوم', 'میدان', 'خیابان', 'بزرگراه', 'آزادراه', 'جاده', 'گردنه', 'فرودگاه', 'گذرگاه', 'ولسوالی', 'جزیره', 'دریاچه', 'رودخانه'],
};

/**
 * A district's head word and the one name word it stands with are a place (ضلع کرم, बहराइच जिले, and in
 * English "Kurram district", latinNames.ts): written before the name in Urdu, after it in Hindi. A known place
 * with it stays that place (ضلع چترال is Chitral); an adjective, an office or a body of the district is none (पूरे जिले,
 * ضلع بھر, ضلع انتظامیہ, ضلع ناظم, ضلع پولیس). Not Urdu تحصیل, also "acquisition" (تحصیل علم).
 */
export const DISTRICT_HEADS_BEFORE: PerLang = { ur: ['ضلع'] };
export const DISTRICT_HEADS_AFTER: PerLang = { hi: ['जिले', 'जिला', 'तहसील'] };
/** Offices of a district written with its head word (ضلع ناظم, जिला अधिकारी), by key: no district's name, though ناظم is also a given name. */
export const DISTRICT_OFFICES: ReadonlySet<string> = new Set(['ناظم', 'ناظمین', 'افسر', 'عدالت', 'अधिकारी', 'प्रशासन', 'अदालत']);

/**
 * A constitutional amendment named by its number in digits: the suffix of the ordinal, then the head words
 * (26ویں آئینی ترمیم, 26वां संविधान संशोधन, the 26th Amendment): one document in every script, `#amendment@26`.
 */
export const ORDINAL_SUFFIXES: PerLang = { ur: ['ویں', 'واں'], hi: ['वें', 'वां', 'वीं', 'वाँ'], en: ['th', 'st', 'nd', 'rd'] };
export const AMENDMENT_HEADS: PerLang = {
  ur: ['آئینی ترمیم', 'ترمیم'], hi: ['संविधान संशोधन', 'संवैधानिक संशोधन', 'संशोधन'], en: ['constitutional amendment', 'amendment'],
};

/** Letter names that spell a Latin acronym out in Arabic script (ایف بی آئی = FBI). کے is left out: it is the genitive. */
export const SPELLED_LETTERS: Readonly<Record<string, string>> = {
  'اے': 'A', 'بی': 'B', 'سی': 'C', 'ڈی': 'D', 'ای': 'E', 'ایف': 'F', 'جی': 'G', 'ایچ': 'H', 'آئی': 'I', 'جے': 'J', 'ایل': 'L',
  'ایم': 'M', 'این': 'N', 'او': 'O', 'پی': 'P', 'کیو': 'Q', 'آر': 'R', 'ایس': 'S', 'ٹی': 'T', 'یو': 'U', 'وی': 'V', 'ڈبلیو': 'W',
  'ایکس': 'X', 'وائی': 'Y', 'زیڈ': 'Z', 'اف': 'F', 'آی': 'I',
};

/** Acronyms that are not names of entities (units, currencies, technologies, common abbreviations). */
export const NOT_ENTITY_ACRONYMS: ReadonlySet<string> = new Set([
  ...LATIN_TIME_ZONES.map((zone) => zone.toUpperCase()),
  'AI', 'AM', 'PM', 'TV', 'IT', 'ID', 'PC', 'OK', 'SMS', 'GDP', 'GNP', 'CEO', 'CFO', 'CTO', 'LLM', 'APT', 'DNA', 'RNA', 'HIV', 'AIDS',
  'COVID', 'PDF', 'URL', 'HTML', 'API', 'GPS', 'SIM', 'USB', 'CPU', 'GPU', 'VPN', 'IP', 'IOT', 'VR', 'AR', 'NGO', 'NGOS', 'FAQ',
  'KM', 'KG', 'MW', 'GW', 'KWH', 'MB', 'GB', 'TB', 'AD', 'BC', 'CE', 'BCE', 'NB', 'PS', 'VS', 'ETC', 'IE', 'EG', 'OTP', 'QR', 'DDOS',
  'CCTV', 'ATM', 'VIP', 'FM', 'NO', 'MR', 'MRS', 'DR', 'ST', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'ASAP',
  // Terms of South Asian news written in capitals.
  // Time zones of page furniture (Updated: 08:12 PM IST) and measures of the economy.
  'IST', 'GMT', 'UTC', 'PKT', 'PST', 'EST', 'EDT', 'BST', 'CET', 'IRST', 'AEST', 'JST', 'NPT', 'GSDP', 'NSDP', 'GVA', 'GNI', 'MSP', 'EMI', 'NAV', 'BPS', 'MGD',
  // Measures of business, trade and climate reports.
  'TEU', 'TEUS', 'EPS', 'PPM', 'PPB', 'YOY', 'QOQ', 'EBITDA', 'CAGR', 'ARPU', 'MAU', 'MAUS', 'DAU', 'AUM', 'ROE', 'CO2',
  // Air quality and gas measures (AQI, MMBTU) and cards of refugees and citizens (POR, CNIC).
  'AQI', 'MMBTU', 'MMCFD', 'POR', 'CNIC',
  // Car body types and the trim levels of car-price news (ہائبرڈ ایس یو وی, آلٹو وی ایکس آر), and e-challans' speed cameras.
  'SUV', 'SUVS', 'MPV', 'VXR', 'VXL', 'VX', 'GLI', 'XLI', 'CVT', 'ANPR',
  // Phone, fuel, property and weapons terms: 12GB RAM, QHD+ display, OS updates, high-speed diesel (HSD), 3BHK, MIRV and ICBM missiles.
  'RAM', 'ROM', 'OS', 'HD', 'FHD', 'QHD', 'UHD', 'OLED', 'AMOLED', 'LCD', 'LED', 'NFC', 'SSD', 'HDD', 'HSD', 'RON', 'BHK', 'MIRV', 'ICBM', 'SRBM', 'IRBM',
  'IPO', 'GST', 'FIR', 'MP', 'MPS', 'MLA', 'MLAS', 'MNA', 'MPA', 'CM', 'EVM', 'EVMS', 'NRI', 'OBC', 'LPG', 'CNG', 'LOC', 'FDI', 'CPI', 'WPI', 'ODI', 'ODIS', 'T20', 'T20I', 'SHO', 'DSP', 'SSP', 'DIG', 'IG',
  // Diseases, tests and medical or laboratory terms that news writes in capitals.
  'SARS', 'MERS', 'ARDS', 'COVID', 'ECMO', 'ICU', 'PCR', 'RT', 'CT', 'MRI', 'BMI', 'CRP', 'LDH', 'AST', 'ALT', 'CK', 'TNF', 'JAK',
  'CRISPR', 'ACE', 'ORF', 'IGG', 'IGM', 'HDAC', 'DPP', 'TLR', 'NLR', 'RLR', 'PRR', 'IFN', 'NOD', 'CI', 'CFR', 'PPE', 'TB', 'ICU',
  // Indices and payment rails of Indian and Pakistani news: the AQI of 450, UPI payments.
  'AQI', 'UPI', 'IMPS', 'NEFT', 'RTGS',
  // Interbank and lending rates, reserve ratios and bad loans of banking news: the six-month KIBOR, the CRR.
  'KIBOR', 'LIBOR', 'SOFR', 'MCLR', 'CRR', 'SLR', 'NPA', 'NPAS',
  // The IMF's unit of account (SDR 760 million, ایس ڈی آر) and a fiscal year's prefix glued to its digits (FY26).
  'SDR', 'SDRS', 'FY',
  // Credit ratings: Fitch rates Pakistan CCC+, S&P rates India BBB-.
  'AAA', 'AA', 'BBB', 'BB', 'CCC', 'CC',
  'HCOV', 'COV', 'TCM', 'WM', 'EM', 'RNA', 'MRNA', 'PPP', 'ECG', 'EEG', 'IV', 'OPD', 'ER', 'UV', 'PH', 'PM2', 'NCOV', 'SIR', 'SEIR',
]);

/** Light verbs: a single word after a title followed by one of these is a verb's noun (تأیید کرد), not a name. */
export const LIGHT_VERBS: PerLang = {
  ur: ['کیا', 'کی', 'کیے', 'کرتے', 'کرنے', 'کرتی', 'کریں', 'ہوئے', 'دیا', 'دی', 'لیا'],
  fa: ['کرد', 'کرده', 'کند', 'کنند', 'کردند', 'شد', 'شده', 'نمود', 'داشت', 'داد', 'کردن', 'میکند', 'گفت',
    'شود', 'شوند', 'شدند', 'میشود', 'میشوند', 'کنیم', 'دهد', 'دهند', 'دادند', 'گرفت', 'گرفتند', 'یافت', 'یافتند', 'میکنند', 'نمودند',
    'شده‌اند', 'شده‌است', 'کرده‌اند', 'نشد', 'نشدند', 'نکرد', 'نکردند', 'دارد', 'دارند'],
  hi: ['किया', 'की', 'किए', 'करते', 'करने', 'दिया', 'दी', 'लिया'],
  en: [],
};

/**
 * Verbs of saying: among the light verbs, the word before them ends their subject (انجمن صنفی نانوایان گفت),
 * not the verb's noun (تبریک گفت) when a body's name is read; in English a name after one is a quoted
 * speaker's (…, said Tamas Varga of PVM).
 */
export const SPEECH_VERBS: PerLang = { fa: ['گفت'], en: ['said', 'says', 'told', 'added', 'wrote'] };

/** Document head words after the name (بوڈاپیسٹ کنونشن, हनोई कन्वेंशन, Paris Agreement); the name must be a known place or a capitalised word. */
export const DOCUMENT_HEADS_AFTER: PerLang = {
  ur: ['کنونشن', 'معاہدہ', 'معاہدے', 'اعلامیہ', 'پروٹوکول', 'چارٹر', 'ایکٹ'],
  fa: [],
  hi: ['कन्वेंशन', 'संधि', 'समझौता', 'समझौते', 'घोषणापत्र', 'प्रोटोकॉल', 'चार्टर'],
  // A bill and an ordinance before they become an act: the Finance Bill, the Waqf (Amendment) Bill.
  en: ['convention', 'treaty', 'agreement', 'accord', 'accords', 'protocol', 'declaration', 'charter', 'act', 'bill', 'ordinance'],
};

/**
 * Words of a government programme after its name: the words a title runs into before one name the programme the
 * office gives its name to, no person (मुख्यमंत्री आयुष्मान आरोग्य योजना, وزیراعظم یوتھ لون اسکیم, the Prime Minister's Kisan scheme).
 */
export const SCHEME_WORDS: PerLang = {
  ur: ['اسکیم', 'سکیم', 'پروگرام', 'منصوبہ', 'منصوبے', 'پیکج', 'پیکیج'],
  fa: ['طرح'],
  hi: ['योजना', 'योजनाओं', 'स्कीम', 'अभियान', 'मिशन', 'कार्यक्रम'],
  en: ['scheme', 'yojana', 'programme', 'program', 'package'],
};

/** Document head words before the name (کنوانسیون هانوی, پیمان پاریس). */
export const DOCUMENT_HEADS_BEFORE: PerLang = {
  // آئین پاکستان (the constitution), تعزیرات پاکستان (the penal code).
  ur: ['آئین', 'تعزیرات'],
  fa: ['کنوانسیون', 'پیمان', 'معاهده', 'قرارداد', 'توافقنامه', 'توافق‌نامه', 'اعلامیه', 'منشور', 'پروتکل'],
  hi: [],
  en: [],
};

/** The transliterated English "of" that joins organisation names written in Urdu or Hindi (وائس آف امریکہ, बैंक ऑफ बड़ौदा). */
/**
 * "And" written in English inside a transliterated name: it joins two words of the name (بورڈ آف
 * انٹرمیڈیٹ اینڈ سیکنڈری ایجوکیشن, واٹر اینڈ پاور ڈیولپمنٹ اتھارٹی, बोर्ड ऑफ सेकेंडरी एंड हायर एजुकेशन).
 */
export const NAME_AND_WORDS: PerLang = { ur: ['اینڈ'], fa: [], hi: ['एंड', 'ऐंड'], en: [] };

export const OF_WORDS: PerLang = {
  ur: ['آف'],
  fa: [],
  hi: ['ऑफ', 'आफ'],
  en: [],
};

/**
 * Words between a country and a body's name: a genitive before the name (پرتگال کی پارلیمنٹ,
 * पुर्तगाल की संसद, Thailand's: the s after the apostrophe), "of" after it (National Statistical
 * Office of Thailand). Persian writes the country right after the name (بانک مرکزی ترکیه).
 */
/** Words for a card a document-holder carries: an acronym after one, or in brackets after its name, names the card, no body (کارت ACC, کارت شهروندی افغان (ACC), PoR card). */
export const CARD_WORDS: PerLang = { fa: ['کارت'], ur: ['کارڈ', 'کارڈز'], hi: ['कार्ड'], en: ['card', 'cards'] };
/** Endings of a word that carries the ezafe "of" written out (هوای, دریای): a known place after the last word of a body's name so linked is part of it. */
export const EZAFE_ENDINGS: PerLang = { fa: ['ای', 'وی'] };
export const COUNTRY_BEFORE_LINKS: PerLang = { ur: ['کا', 'کی', 'کے'], fa: [], hi: ['का', 'की', 'के'], en: ['s'] };
export const COUNTRY_AFTER_LINKS: PerLang = { ur: ['آف'], fa: [], hi: ['ऑफ', 'आफ'], en: ['of'] };

/** What kind of document each head word names, in every language, so کنوانسیون هانوی and हनोई कन्वेंशन are one document. */
export const DOCUMENT_KINDS: Readonly<Record<string, readonly string[]>> = {
  convention: ['کنونشن', 'कन्वेंशन', 'کنوانسیون', 'convention'],
  treaty: ['معاہدہ', 'معاہدے', 'संधि', 'پیمان', 'معاهده', 'treaty'],
  agreement: ['समझौता', 'समझौते', 'قرارداد', 'توافقنامه', 'توافق‌نامه', 'agreement', 'accord', 'accords'],
  declaration: ['اعلامیہ', 'घोषणापत्र', 'اعلامیه', 'declaration'],
  protocol: ['پروٹوکول', 'प्रोटोकॉल', 'پروتکل', 'protocol'],
  charter: ['چارٹر', 'चार्टर', 'منشور', 'charter'],
  act: ['ایکٹ', 'act'],
  constitution: ['آئین', 'constitution'],
  'penal-code': ['تعزیرات', 'penal code'],
};

/**
 * What kind of body or place each head word names, in every language, so that a known place with it is one name in
 * every script: پنجاب یونیورسٹی, Punjab University and पंजाब विश्वविद्यालय; دانشگاه کابل and Kabul University;
 * قذافی اسٹیڈیم and Gaddafi Stadium are linked by their kind and place (`#university@area:punjab`).
 */
export const BODY_KINDS: Readonly<Record<string, readonly string[]>> = {
  university: ['university', 'یونیورسٹی', 'جامعہ', 'دانشگاه', 'विश्वविद्यालय', 'यूनिवर्सिटी'],
  police: ['police', 'پولیس', 'पुलिस'],
  stadium: ['stadium', 'اسٹیڈیم', 'سٹیڈیم', 'ورزشگاه', 'استادیوم', 'स्टेडियम'],
  airport: ['airport', 'فرودگاه'],
  hospital: ['hospital', 'ہسپتال', 'اسپتال', 'بیمارستان', 'अस्पताल'],
};

/** Surnames that are also organisations' head words: a given name and one of them is a person (प्राची निगम, not a corporation). */
export const SURNAME_HEADS: ReadonlySet<string> = new Set(['निगम', 'Nigam', 'nigam']);
