/**
 * Events news figures are about (disasters, attacks, elections, outbreaks of a disease), per language, mapped to ids shared across languages: two
 * statements of one claim from sentences naming different events (an earthquake, floods) are
 * different facts. Matched like predicates: phrases whole, single words as word prefixes unless
 * marked '=' (whole word only: '=fire' is not "fired", '=bomb' is not "Bombay"). A word may name
 * an event and the scope of its occasion, ids joined by '+' ('general election':
 * `election+scope:national`): a general and a state election, a presidential and a parliamentary
 * one (`scope:president`), a federal and a provincial budget are different occasions of one kind (see claims/about.ts `documentScopes`).
 */
import type { PredicateTable } from './claimWords';
import type { Lang } from '../types';

/** Event words → event id, by language. */
export const EVENTS: Partial<Record<Lang, PredicateTable>> = {
  en: {
    // A figure told of the whole world (see claims/compare.ts WORLD); not "in the world" (the largest dam in the world).
    '=worldwide': 'place:world', '=globally': 'place:world', 'across the world': 'place:world', 'around the world': 'place:world', 'the world over': 'place:world', 'across the globe': 'place:world', 'around the globe': 'place:world',
    earthquake: 'earthquake', quake: 'earthquake', tremor: 'earthquake', aftershock: 'earthquake',
    flood: 'flood', 'flash flood': 'flood', floodwaters: 'flood', '=rain': 'flood', '=rains': 'flood', rainfall: 'flood', downpour: 'flood', cloudburst: 'flood',
    'heat waves': 'heat',
    // Air pollution: its toll is another story than a toll of crashes or a disaster's.
    'air pollution': 'pollution', '=pollution': 'pollution', '=smog': 'pollution',
    // Stubble set on fire after the harvest: its cases and incidents are no crimes nor fires of another story.
    'stubble burning': 'crop-fire', 'stubble fires': 'crop-fire', 'farm fires': 'crop-fire', 'crop residue burning': 'crop-fire',
    '=storm': 'storm', storms: 'storm', cyclone: 'storm', hurricane: 'storm', typhoon: 'storm',
    landslide: 'landslide', mudslide: 'landslide',
    '=fire': 'fire', '=fires': 'fire', blaze: 'fire', wildfire: 'fire', inferno: 'fire',
    blast: 'attack', explosion: 'attack', bombing: 'attack', bomber: 'attack', '=bomb': 'attack', '=bombs': 'attack', attack: 'attack', ambush: 'attack', '=shooting': 'attack',
    accident: 'accident', '=crash': 'accident', crashed: 'accident', collision: 'accident', derail: 'accident',
    // Crime: robbery and theft statistics are another story than a toll of an outbreak or a disaster.
    robbery: 'crime', robberies: 'crime', 'street crime': 'crime', snatching: 'crime', dacoity: 'crime', dacoities: 'crime', burglary: 'crime', burglaries: 'crime', '=theft': 'crime', '=thefts': 'crime', mugging: 'crime',
    // A police case registered (an FIR) is of a crime, never of an outbreak's cases.
    '=fir': 'crime', '=firs': 'crime',
    election: 'election', '=polls': 'election', 'by-election': 'election+scope:by', 'by-elections': 'election+scope:by', '=by-polls': 'election+scope:by',
    'presidential election': 'election+scope:president', 'presidential elections': 'election+scope:president', 'presidential runoff': 'election+scope:president', 'presidential poll': 'election+scope:president',
    'general election': 'election+scope:national', 'general elections': 'election+scope:national', 'national election': 'election+scope:national', 'national elections': 'election+scope:national',
    'parliamentary election': 'election+scope:national', 'parliamentary elections': 'election+scope:national', 'lok sabha': 'scope:national',
    'house of representatives': 'scope:national', 'national assembly': 'scope:national',
    'assembly election': 'election+scope:state', 'assembly elections': 'election+scope:state', 'state election': 'election+scope:state', 'state elections': 'election+scope:state',
    'provincial election': 'election+scope:state', 'provincial elections': 'election+scope:state', 'vidhan sabha': 'scope:state', 'provincial assembly': 'scope:state',
    'local elections': 'election+scope:local', 'local government elections': 'election+scope:local', 'municipal elections': 'election+scope:local', 'local body elections': 'election+scope:local',
    'federal budget': 'budget+scope:national', 'union budget': 'budget+scope:national', 'provincial budget': 'budget+scope:state', 'state budget': 'budget+scope:state',
    covid: 'covid', coronavirus: 'covid', '=dengue': 'dengue', cholera: 'cholera', malaria: 'malaria', '=polio': 'polio', measles: 'measles',
    heatwave: 'heat', 'heat wave': 'heat', heatstroke: 'heat', 'heat stroke': 'heat', mpox: 'mpox', monkeypox: 'mpox',
    // Sports: a match report of one game is another fact than one of another (not '=goals', the aims of a programme too).
    cricket: 'cricket', '=odi': 'cricket', '=odis': 'cricket', 'one-day international': 'cricket', '=t20': 'cricket', '=t20i': 'cricket', 'test match': 'cricket', wicket: 'cricket',
    innings: 'cricket', batsman: 'cricket', batsmen: 'cricket', bowler: 'cricket', football: 'football', soccer: 'football', 'premier league': 'football',
    'champions league': 'football', striker: 'football', midfielder: 'football', goalkeeper: 'football', hockey: 'hockey', tennis: 'tennis',
    // Competitions: medals won at the Asian Games are another fact than those won at the Olympics.
    olympics: 'olympics', 'olympic games': 'olympics', paralympics: 'paralympics', 'asian games': 'asian-games', 'world championship': 'world-championship',
    'world championships': 'world-championship', 'asian championship': 'asian-championship', 'world cup': 'world-cup', 'nations league': 'nations-league',
    // Editions of multi-sport games by their host city, with their kind: medals of the Tokyo Olympics are no medals of
    // the Paris Olympics (see claims/compare.ts `otherEvents`); a bare "Olympics" names no edition and separates no edition.
    'tokyo olympics': 'olympics+olympics:tokyo', 'paris olympics': 'olympics+olympics:paris', 'rio olympics': 'olympics+olympics:rio', 'london olympics': 'olympics+olympics:london', 'beijing olympics': 'olympics+olympics:beijing',
    'los angeles olympics': 'olympics+olympics:los-angeles', 'hangzhou asian games': 'asian-games+asian-games:hangzhou', 'jakarta asian games': 'asian-games+asian-games:jakarta', 'incheon asian games': 'asian-games+asian-games:incheon',
    'birmingham commonwealth games': 'commonwealth-games+commonwealth-games:birmingham', 'gold coast commonwealth games': 'commonwealth-games+commonwealth-games:gold-coast',
  },
  ur: {
    'دنیا بھر': 'place:world', 'پوری دنیا': 'place:world', 'عالمی سطح پر': 'place:world',
    'زلزل': 'earthquake',
    'سیلاب': 'flood', 'بارش': 'flood', 'بادل پھٹ': 'flood',
    'شدید گرمی': 'heat', 'فضائی آلودگی': 'pollution', '=آلودگی': 'pollution', '=سموگ': 'pollution', '=اسموگ': 'pollution',
    'طوفان': 'storm', 'سمندری طوفان': 'storm',
    'لینڈ سلائیڈنگ': 'landslide', 'تودے گرنے': 'landslide',
    'آگ': 'fire', 'آتشزدگی': 'fire', 'آتش زدگی': 'fire',
    'دھماک': 'attack', 'حملہ': 'attack', 'حملے': 'attack', 'حملوں': 'attack',
    'حادث': 'accident', 'تصادم': 'accident',
    'ڈکیتی': 'crime', 'ڈکیتیوں': 'crime', 'ڈکیتیاں': 'crime', '=ڈاکو': 'crime', '=ڈاکوؤں': 'crime', 'اسٹریٹ کرائم': 'crime', 'سٹریٹ کرائم': 'crime', 'ایف آئی آر': 'crime', 'ایف آئی آرز': 'crime', 'راہزنی': 'crime', 'لوٹ مار': 'crime', '=چوری': 'crime', '=چوریاں': 'crime', '=چوریوں': 'crime',
    'انتخابات': 'election', 'الیکشن': 'election', 'ضمنی انتخاب': 'election+scope:by', 'ضمنی انتخابات': 'election+scope:by',
    'عام انتخابات': 'election+scope:national', 'صدارتی انتخاب': 'election+scope:president', 'صدارتی انتخابات': 'election+scope:president', 'پارلیمانی انتخابات': 'election+scope:national', 'قومی اسمبلی': 'scope:national', 'ایوان نمائندگان': 'scope:national', 'لوک سبھا': 'scope:national', 'ریاستی انتخابات': 'election+scope:state', 'اسمبلی انتخابات': 'election+scope:state',
    'صوبائی انتخابات': 'election+scope:state', 'ودھان سبھا': 'scope:state', 'صوبائی اسمبلی': 'scope:state', 'بلدیاتی انتخابات': 'election+scope:local',
    'وفاقی بجٹ': 'budget+scope:national', 'صوبائی بجٹ': 'budget+scope:state',
    'کورونا': 'covid', 'کووڈ': 'covid', 'ڈینگی': 'dengue', 'ہیضہ': 'cholera', 'ہیضے': 'cholera', 'ملیریا': 'malaria', 'پولیو': 'polio', 'خسرہ': 'measles', 'خسرے': 'measles',
    'ہیٹ اسٹروک': 'heat', 'ہیٹ ویو': 'heat', 'گرمی کی لہر': 'heat', 'لو لگنے': 'heat', 'منکی پاکس': 'mpox',
    'کرکٹ': 'cricket', 'وکٹ': 'cricket', 'اننگز': 'cricket', 'ون ڈے': 'cricket', 'ٹیسٹ میچ': 'cricket', 'ٹی ٹوئنٹی': 'cricket', 'فٹ بال': 'football', 'ہاکی': 'hockey', 'ٹینس': 'tennis',
    // Competitions and their editions, as the other languages name them.
    'اولمپکس': 'olympics', 'اولمپک': 'olympics', 'پیرالمپکس': 'paralympics', 'ایشین گیمز': 'asian-games', 'ایشیائی کھیل': 'asian-games',
    'ٹوکیو اولمپکس': 'olympics+olympics:tokyo', 'پیرس اولمپکس': 'olympics+olympics:paris', 'ریو اولمپکس': 'olympics+olympics:rio', 'لندن اولمپکس': 'olympics+olympics:london',
    'بیجنگ اولمپکس': 'olympics+olympics:beijing', 'ہانگژو ایشین گیمز': 'asian-games+asian-games:hangzhou',
  },
  fa: {
    'سراسر جهان': 'place:world', 'سراسر دنیا': 'place:world', 'در سطح جهان': 'place:world', 'در سطح جهانی': 'place:world',
    'زلزله': 'earthquake', 'زمینلرزه': 'earthquake', 'زمین لرزه': 'earthquake',
    '=سیل': 'flood', 'سیلاب': 'flood', 'باران': 'flood', 'بارش': 'flood',
    'گرمای شدید': 'heat', 'آلودگی هوا': 'pollution', 'آلودگی‌های هوا': 'pollution', '=ریزگرد': 'pollution', '=ریزگردها': 'pollution',
    'طوفان': 'storm', 'گردباد': 'storm',
    'رانش زمین': 'landslide',
    '=آتش': 'fire', 'آتشسوزی': 'fire', 'آتش سوزی': 'fire',
    'انفجار': 'attack', 'حمله': 'attack', 'حملات': 'attack', 'بمبگذاری': 'attack',
    'تصادف': 'accident', 'سانحه': 'accident', 'حادثه': 'accident',
    'سرقت': 'crime', 'دزدی': 'crime', 'زورگیری': 'crime', 'کیف‌قاپی': 'crime', 'کیف قاپی': 'crime',
    'انتخابات': 'election', 'انتخابات سراسری': 'election+scope:national', 'انتخابات ریاست جمهوری': 'election+scope:president', 'انتخابات ریاست‌جمهوری': 'election+scope:president', 'انتخابات پارلمانی': 'election+scope:national', 'انتخابات مجلس': 'election+scope:national', 'مجلس نمایندگان': 'scope:national', 'انتخابات عمومی': 'election+scope:national', 'لوک سبها': 'scope:national',
    'انتخابات ایالتی': 'election+scope:state', 'انتخابات استانی': 'election+scope:state', 'انتخابات میاندورهای': 'election+scope:by', 'انتخابات شوراها': 'election+scope:local',
    'بودجه فدرال': 'budget+scope:national', 'بودجه استانی': 'budget+scope:state',
    'کرونا': 'covid', 'کورونا': 'covid', 'کووید': 'covid', 'دنگی': 'dengue', 'تب دنگی': 'dengue', 'مالاریا': 'malaria', 'فلج اطفال': 'polio', 'سرخک': 'measles',
    // In Persian وبا is cholera (in Urdu any epidemic).
    '=وبا': 'cholera', 'گرمازدگی': 'heat', 'موج گرما': 'heat', 'آبله میمون': 'mpox', 'ام‌پاکس': 'mpox',
    'کریکت': 'cricket', 'فوتبال': 'football', 'هاکی': 'hockey', 'تنیس': 'tennis', 'والیبال': 'volleyball',
    // Competitions: medals and points won at the Asian Games are another fact than those won at the Olympics.
    'المپیک': 'olympics', 'پارالمپیک': 'paralympics', 'بازی‌های آسیایی': 'asian-games', 'بازیهای آسیایی': 'asian-games', 'قهرمانی جهان': 'world-championship',
    // Each games is its edition: medals won at the Tokyo Olympics are another fact than those won in Paris.
    'المپیک توکیو': 'olympics+olympics:tokyo', 'المپیک پاریس': 'olympics+olympics:paris', 'المپیک ریو': 'olympics+olympics:rio', 'المپیک لندن': 'olympics+olympics:london',
    'المپیک پکن': 'olympics+olympics:beijing', 'بازی‌های آسیایی هانگژو': 'asian-games+asian-games:hangzhou', 'بازیهای آسیایی هانگژو': 'asian-games+asian-games:hangzhou',
    'بازی‌های آسیایی جاکارتا': 'asian-games+asian-games:jakarta', 'بازی‌های آسیایی اینچئون': 'asian-games+asian-games:incheon',
    'جهانی کشتی': 'world-championship', 'قهرمانی آسیا': 'asian-championship', 'جام جهانی': 'world-cup', 'لیگ ملت‌ها': 'nations-league',
  },
  hi: {
    'दुनिया भर': 'place:world', 'दुनियाभर': 'place:world', 'पूरी दुनिया': 'place:world', 'विश्व भर': 'place:world', 'विश्वभर': 'place:world', 'वैश्विक स्तर पर': 'place:world',
    'भूकंप': 'earthquake', 'भूकम्प': 'earthquake',
    'बाढ': 'flood', 'बारिश': 'flood', 'बादल फट': 'flood',
    'वायु प्रदूषण': 'pollution', '=प्रदूषण': 'pollution', '=स्मॉग': 'pollution',
    '=लू': 'heat', 'लू से': 'heat', 'भीषण गर्मी': 'heat',
    'तूफान': 'storm', 'चक्रवात': 'storm', 'आंधी': 'storm',
    'भूस्खलन': 'landslide',
    '=आग': 'fire', 'आगजनी': 'fire', 'पराली': 'crop-fire',
    'विस्फोट': 'attack', 'धमाक': 'attack', 'हमल': 'attack',
    'दुर्घटना': 'accident', 'हादस': 'accident',
    'लूटपाट': 'crime', '=लूट': 'crime', 'डकैती': 'crime', 'चोरी': 'crime', 'स्ट्रीट क्राइम': 'crime', 'छिनैती': 'crime', 'चेन स्नैचिंग': 'crime', 'एफआईआर': 'crime',
    'चुनाव': 'election', 'उपचुनाव': 'election+scope:by', 'आम चुनाव': 'election+scope:national', 'राष्ट्रपति चुनाव': 'election+scope:president', 'संसदीय चुनाव': 'election+scope:national', 'प्रतिनिधि सभा': 'scope:national', 'लोकसभा': 'scope:national', 'लोक सभा': 'scope:national',
    'विधानसभा': 'scope:state', 'विधान सभा': 'scope:state', 'निकाय चुनाव': 'election+scope:local', 'नगर निगम चुनाव': 'election+scope:local',
    'केंद्रीय बजट': 'budget+scope:national', 'आम बजट': 'budget+scope:national', 'राज्य बजट': 'budget+scope:state',
    'कोविड': 'covid', 'कोरोना': 'covid', 'डेंगू': 'dengue', 'हैजा': 'cholera', 'हैजे': 'cholera', 'मलेरिया': 'malaria', 'पोलियो': 'polio', 'खसरा': 'measles', 'खसरे': 'measles',
    'हीटवेव': 'heat', 'हीट वेव': 'heat', 'हीट स्ट्रोक': 'heat', 'लू लगने': 'heat', 'मंकीपॉक्स': 'mpox',
    'क्रिकेट': 'cricket', 'विकेट': 'cricket', 'वनडे': 'cricket', 'टेस्ट मैच': 'cricket', 'फुटबॉल': 'football', 'हॉकी': 'hockey', 'टेनिस': 'tennis',
    'टोक्यो ओलंपिक': 'olympics+olympics:tokyo', 'तोक्यो ओलंपिक': 'olympics+olympics:tokyo', 'पेरिस ओलंपिक': 'olympics+olympics:paris', 'रियो ओलंपिक': 'olympics+olympics:rio', 'लंदन ओलंपिक': 'olympics+olympics:london',
    'बीजिंग ओलंपिक': 'olympics+olympics:beijing', 'लॉस एंजिल्स ओलंपिक': 'olympics+olympics:los-angeles', 'हांगझोउ एशियाई खेल': 'asian-games+asian-games:hangzhou', 'हांगझोउ एशियाई खेलों': 'asian-games+asian-games:hangzhou',
    'हांग्जो एशियाई खेल': 'asian-games+asian-games:hangzhou', 'हांग्जो एशियाई खेलों': 'asian-games+asian-games:hangzhou', 'जकार्ता एशियाई खेल': 'asian-games+asian-games:jakarta', 'जकार्ता एशियाई खेलों': 'asian-games+asian-games:jakarta',
    'इंचियोन एशियाई खेल': 'asian-games+asian-games:incheon', 'इंचियोन एशियाई खेलों': 'asian-games+asian-games:incheon', 'बर्मिंघम राष्ट्रमंडल खेल': 'commonwealth-games+commonwealth-games:birmingham', 'बर्मिंघम राष्ट्रमंडल खेलों': 'commonwealth-games+commonwealth-games:birmingham',
  },
};

/**
 * Rounds and phases of an event (an election's first round, a match's second innings), per
 * language, mapped to shared ids: a figure told of one round is another fact than one of another
 * round or of the whole, as a figure of 2019 is another than one of 2024. Phrases only.
 */
export const ROUNDS: Partial<Record<Lang, PredicateTable>> = {
  en: {
    'first round': 'round:1', 'second round': 'round:2', 'third round': 'round:3', 'final round': 'round:final',
    'first phase': 'round:1', 'second phase': 'round:2', 'third phase': 'round:3', 'fourth phase': 'round:4', 'fifth phase': 'round:5', 'sixth phase': 'round:6', 'seventh phase': 'round:7',
    'phase one': 'round:1', 'phase two': 'round:2', 'phase three': 'round:3', 'first innings': 'round:1', 'second innings': 'round:2', 'first leg': 'round:1', 'second leg': 'round:2',
  },
  ur: {
    'پہلے مرحلے': 'round:1', 'پہلا مرحلہ': 'round:1', 'پہلے راؤنڈ': 'round:1', 'پہلا راؤنڈ': 'round:1',
    'دوسرے مرحلے': 'round:2', 'دوسرا مرحلہ': 'round:2', 'دوسرے راؤنڈ': 'round:2', 'دوسرا راؤنڈ': 'round:2',
    'تیسرے مرحلے': 'round:3', 'تیسرا مرحلہ': 'round:3', 'پہلی اننگز': 'round:1', 'دوسری اننگز': 'round:2',
  },
  fa: {
    'دور اول': 'round:1', 'دور نخست': 'round:1', 'دور دوم': 'round:2', 'دور سوم': 'round:3',
    'مرحله اول': 'round:1', 'مرحله نخست': 'round:1', 'مرحله دوم': 'round:2', 'مرحله سوم': 'round:3',
  },
  hi: {
    'पहले चरण': 'round:1', 'पहला चरण': 'round:1', 'दूसरे चरण': 'round:2', 'दूसरा चरण': 'round:2', 'तीसरे चरण': 'round:3', 'तीसरा चरण': 'round:3',
    'चौथे चरण': 'round:4', 'पांचवें चरण': 'round:5', 'छठे चरण': 'round:6', 'सातवें चरण': 'round:7',
    'पहले दौर': 'round:1', 'दूसरे दौर': 'round:2', 'पहली पारी': 'round:1', 'दूसरी पारी': 'round:2',
  },
};
