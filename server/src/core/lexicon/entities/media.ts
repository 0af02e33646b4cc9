/**
 * News organisations: agencies, broadcasters and dailies the four languages' news cites ("به گزارش
 * ایرنا", "ڈان نیوز کے مطابق", "ANI ने बताया"). They report figures and are never what a figure is
 * told of ("CAIRO (Reuters) - Israeli strikes killed 66"). Names that are everyday words alone stay
 * out unless written with their head word: Urdu جنگ is "war" (روزنامہ جنگ), دنیا "world" (دنیا نیوز),
 * Hindi आज तक "till today" (आजतक), Persian اعتماد "trust" (روزنامه اعتماد). Curated: review
 * additions like code. The first English name is canonical.
 */
import type { OrganisationRow } from './organisations';

/** Outlets not in organisations.ts or nationalBodies.ts (ids without the `org:` prefix). */
export const MEDIA_OUTLETS: readonly OrganisationRow[] = [
  // International
  { id: 'bloomberg', description: 'Bloomberg (news and data)', names: { en: ['Bloomberg'], ur: ['بلومبرگ'], fa: ['بلومبرگ'], hi: ['ब्लूमबर्ग'] } },
  { id: 'forbes', description: 'Forbes (US business magazine)', names: { en: ['Forbes'], ur: ['فوربس'], fa: ['فوربس'], hi: ['फोर्ब्स'] } },
  { id: 'nikkei-asia', description: 'Nikkei Asia (Japanese business news)', names: { en: ['Nikkei Asia'], ur: ['نکی ایشیا', 'نکئی ایشیا', 'نیکی ایشیا'], fa: ['نیکی آسیا'], hi: ['निक्केई एशिया', 'निक्की एशिया'] } },
  { id: 'guardian', description: 'The Guardian (UK daily)', names: { en: ['The Guardian'], ur: ['دی گارڈین'], fa: ['گاردین'], hi: ['द गार्डियन', 'द गार्जियन'] } },
  { id: 'financial-times', description: 'Financial Times (UK daily)', names: { en: ['Financial Times'], ur: ['فنانشل ٹائمز', 'فنانشیل ٹائمز'], fa: ['فایننشال تایمز'], hi: ['फाइनेंशियल टाइम्स'] } },
  { id: 'wall-street-journal', description: 'The Wall Street Journal (US daily)', names: {
    en: ['The Wall Street Journal', 'Wall Street Journal', 'WSJ'], ur: ['وال اسٹریٹ جرنل', 'وال سٹریٹ جرنل'], fa: ['وال استریت ژورنال', 'وال‌استریت ژورنال'], hi: ['वॉल स्ट्रीट जर्नल', 'वाल स्ट्रीट जर्नल'] } },
  { id: 'voa', description: 'Voice of America', names: { en: ['Voice of America', 'VOA'], ur: ['وائس آف امریکہ'], fa: ['صدای آمریکا'], hi: ['वॉयस ऑफ अमेरिका'] } },
  { id: 'dw', description: 'Deutsche Welle (German broadcaster)', names: { en: ['Deutsche Welle', 'DW'], ur: ['ڈوئچے ویلے', 'ڈی ڈبلیو'], fa: ['دویچه وله'], hi: ['डॉयचे वेले', 'डीडब्ल्यू'] } },
  { id: 'rferl', description: 'Radio Free Europe/Radio Liberty', names: { en: ['Radio Free Europe', 'RFE/RL'], fa: ['رادیو آزادی'], ur: ['ریڈیو فری یورپ'] } },
  { id: 'radio-farda', description: 'Radio Farda (Persian service of RFE/RL)', names: { en: ['Radio Farda'], fa: ['رادیو فردا'] } },
  { id: 'iran-international', description: 'Iran International (Persian-language broadcaster)', names: { en: ['Iran International'], fa: ['ایران اینترنشنال'], ur: ['ایران انٹرنیشنل'] } },
  { id: 'anadolu', description: 'Anadolu Agency (Turkish news agency)', names: { en: ['Anadolu Agency', 'Anadolu'], ur: ['انادولو ایجنسی', 'اناطولیہ نیوز ایجنسی'], fa: ['خبرگزاری آناتولی'], hi: ['अनादोलु एजेंसी', 'अनादोलू'] } },
  { id: 'arab-news', description: 'Arab News (Saudi daily)', names: { en: ['Arab News'], ur: ['عرب نیوز'], fa: ['عرب نیوز'], hi: ['अरब न्यूज़'] } },
  { id: 'gulf-news', description: 'Gulf News (UAE daily)', names: { en: ['Gulf News'], ur: ['گلف نیوز'], hi: ['गल्फ न्यूज़'] } },
  { id: 'khaleej-times', description: 'Khaleej Times (UAE daily)', names: { en: ['Khaleej Times'], ur: ['خلیج ٹائمز'], hi: ['खलीज टाइम्स'] } },
  { id: 'kyodo', description: 'Kyodo News (Japanese news agency)', names: { en: ['Kyodo News', 'Kyodo'], ur: ['کیوڈو نیوز', 'کیوڈو'], fa: ['کیودو'], hi: ['क्योदो'] } },
  { id: 'yonhap', description: 'Yonhap (South Korean news agency)', names: { en: ['Yonhap'], ur: ['یونہاپ'], fa: ['یونهاپ'], hi: ['योनहाप'] } },
  { id: 'nhk', description: 'NHK (Japanese public broadcaster)', names: { en: ['NHK'], ur: ['این ایچ کے'], hi: ['एनएचके'] } },
  { id: 'fox-news', description: 'Fox News (US broadcaster)', names: { en: ['Fox News'], ur: ['فاکس نیوز'], fa: ['فاکس نیوز'], hi: ['फॉक्स न्यूज़'] } },
  { id: 'nbc-news', description: 'NBC News (US broadcaster)', names: { en: ['NBC News', 'NBC'], ur: ['این بی سی'], hi: ['एनबीसी'] } },
  { id: 'cbs-news', description: 'CBS News (US broadcaster)', names: { en: ['CBS News', 'CBS'], ur: ['سی بی ایس'], hi: ['सीबीएस'] } },
  { id: 'sky-news', description: 'Sky News (UK broadcaster)', names: { en: ['Sky News'], ur: ['اسکائی نیوز', 'سکائی نیوز'], fa: ['اسکای نیوز'], hi: ['स्काई न्यूज़'] } },
  // Pakistan
  { id: 'pk-dawn', description: 'Dawn (Pakistani English daily) and Dawn News', names: { en: ['Dawn', 'Dawn News', 'DawnNews'], ur: ['ڈان نیوز', 'روزنامہ ڈان'] } },
  { id: 'pk-geo', description: 'Geo News (Pakistani broadcaster)', names: { en: ['Geo News', 'Geo TV'], ur: ['جیو نیوز', 'جیو ٹی وی'], hi: ['जियो न्यूज़'] } },
  { id: 'pk-jang', description: 'Daily Jang (Urdu daily)', names: { en: ['Daily Jang'], ur: ['روزنامہ جنگ'] } },
  { id: 'pk-express-tribune', description: 'The Express Tribune (Pakistani English daily)', names: { en: ['The Express Tribune', 'Express Tribune'], ur: ['ایکسپریس ٹریبیون'] } },
  { id: 'pk-express', description: 'Express News and Daily Express (Pakistan)', names: { en: ['Express News'], ur: ['ایکسپریس نیوز', 'روزنامہ ایکسپریس'] } },
  { id: 'pk-ary', description: 'ARY News (Pakistani broadcaster)', names: { en: ['ARY News', 'ARY'], ur: ['اے آر وائی نیوز', 'اے آر وائی'] } },
  { id: 'pk-dunya', description: 'Dunya News and Roznama Dunya (Pakistan)', names: { en: ['Dunya News'], ur: ['دنیا نیوز', 'روزنامہ دنیا'] } },
  { id: 'pk-samaa', description: 'Samaa TV (Pakistani broadcaster)', names: { en: ['Samaa TV', 'Samaa News', 'Samaa'], ur: ['سما نیوز', 'سماء نیوز', 'سما ٹی وی'] } },
  { id: 'pk-the-news', description: 'The News International (Pakistani English daily)', names: { en: ['The News International'], ur: ['دی نیوز'] } },
  { id: 'pk-nawa-i-waqt', description: 'Nawa-i-Waqt (Urdu daily)', names: { en: ['Nawa-i-Waqt', 'Nawaiwaqt'], ur: ['نوائے وقت', 'روزنامہ نوائے وقت'] } },
  { id: 'pk-business-recorder', description: 'Business Recorder (Pakistani business daily)', names: { en: ['Business Recorder'], ur: ['بزنس ریکارڈر'] } },
  // India
  { id: 'in-hindustan-times', description: 'Hindustan Times (Indian English daily)', names: { en: ['Hindustan Times'], hi: ['हिंदुस्तान टाइम्स', 'हिन्दुस्तान टाइम्स'], ur: ['ہندوستان ٹائمز'] } },
  { id: 'in-ani', description: 'Asian News International (Indian news agency)', names: { en: ['Asian News International', 'ANI'], hi: ['एएनआई'], ur: ['اے این آئی'] } },
  { id: 'in-ians', description: 'Indo-Asian News Service (Indian news agency)', names: { en: ['Indo-Asian News Service', 'IANS'], hi: ['आईएएनएस'] } },
  { id: 'in-aaj-tak', description: 'Aaj Tak (Hindi news channel)', names: { en: ['Aaj Tak', 'AajTak'], hi: ['आजतक'] } },
  { id: 'in-zee-news', description: 'Zee News (Indian broadcaster)', names: { en: ['Zee News'], hi: ['ज़ी न्यूज़', 'जी न्यूज', 'ज़ी न्यूज'], ur: ['زی نیوز'] } },
  { id: 'in-abp-news', description: 'ABP News (Indian broadcaster)', names: { en: ['ABP News'], hi: ['एबीपी न्यूज़', 'एबीपी न्यूज'] } },
  { id: 'in-india-today', description: 'India Today (Indian news magazine and channel)', names: { en: ['India Today'], hi: ['इंडिया टुडे'], ur: ['انڈیا ٹوڈے'] } },
  { id: 'in-navbharat-times', description: 'Navbharat Times (Hindi daily)', names: { en: ['Navbharat Times'], hi: ['नवभारत टाइम्स'] } },
  { id: 'in-jansatta', description: 'Jansatta (Hindi daily)', names: { en: ['Jansatta'], hi: ['जनसत्ता'] } },
  { id: 'in-live-hindustan', description: 'Hindustan (Hindi daily) and Live Hindustan', names: { en: ['Live Hindustan'], hi: ['लाइव हिंदुस्तान', 'दैनिक हिंदुस्तान'] } },
  // Iran
  { id: 'ir-kayhan', description: 'Kayhan (Tehran daily)', names: { en: ['Kayhan', 'Keyhan'], fa: ['روزنامه کیهان'] } },
  { id: 'ir-etemad', description: 'Etemad (Tehran daily)', names: { en: ['Etemad'], fa: ['روزنامه اعتماد'] } },
  { id: 'ir-shargh', description: 'Shargh (Tehran daily)', names: { en: ['Shargh'], fa: ['روزنامه شرق'] } },
  { id: 'ir-donya-e-eqtesad', description: 'Donya-e-Eqtesad (Iranian business daily)', names: { en: ['Donya-e-Eqtesad'], fa: ['روزنامه دنیای اقتصاد'] } },
  { id: 'ir-khabaronline', description: 'Khabar Online (Iranian news site)', names: { en: ['Khabar Online'], fa: ['خبرآنلاین', 'خبر آنلاین'] } },
  { id: 'ir-tehran-times', description: 'Tehran Times (Iranian English daily)', names: { en: ['Tehran Times'], fa: ['تهران تایمز'], ur: ['تہران ٹائمز'] } },
  { id: 'ir-mizan', description: 'Mizan News Agency (Iranian judiciary)', names: { en: ['Mizan News Agency'], fa: ['خبرگزاری میزان'] } },
  // Afghanistan
  { id: 'af-ariana-news', description: 'Ariana News (Afghan broadcaster)', names: { en: ['Ariana News'], fa: ['آریانا نیوز'] } },
  { id: 'af-khaama', description: 'Khaama Press (Afghan news agency)', names: { en: ['Khaama Press'], fa: ['خامه پرس'] } },
];

/** Ids of every news organisation among the built-in ones. */
export const MEDIA: ReadonlySet<string> = new Set([
  'org:reuters', 'org:afp', 'org:ap', 'org:bbc', 'org:cnn', 'org:al-jazeera', 'org:xinhua', 'org:tass', 'org:irna', 'org:vna', 'org:pti',
  'org:pk-app', 'org:pk-ptv', 'org:pk-radio-pakistan', 'org:in-dainik-bhaskar', 'org:in-dainik-jagran', 'org:in-amar-ujala', 'org:in-ndtv',
  'org:in-the-hindu', 'org:in-times-of-india', 'org:in-indian-express', 'org:in-doordarshan', 'org:in-all-india-radio', 'org:ir-irib',
  'org:ir-press-tv', 'org:ir-fars', 'org:ir-tasnim', 'org:ir-isna', 'org:ir-ilna', 'org:ir-mehr', 'org:ir-hamshahri', 'org:af-rta', 'org:af-bakhtar',
  'org:af-pajhwok', 'org:af-tolonews', 'org:washington-post', 'org:new-york-times',
  ...MEDIA_OUTLETS.map((outlet) => `org:${outlet.id}`),
]);
