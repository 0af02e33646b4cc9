/**
 * National institutions of Pakistan, India, Iran, Afghanistan and Bangladesh that Urdu, Persian,
 * Hindi and English news name all the time (central banks, courts, parliaments, election
 * commissions, parties, forces and agencies, regulators, exchanges, broadcasters, carriers), with
 * a few foreign counterparts (US Congress, Federal Reserve, …) whose longer names keep a bare
 * home name from taking them. Same row format as organisations.ts; curated, review like code.
 *
 * How names are chosen, since one trie holds every language's names (an Urdu name also matches
 * Persian text, and a Latin name any text) and the first row listing a name wins:
 * - A bare generic name is listed (in `homeNames`) only in the language whose news means one body
 *   by it: Urdu سپریم کورٹ, قومی اسمبلی, اسٹیٹ بینک are Pakistan's; Hindi सुप्रीम कोर्ट, संसद,
 *   चुनाव आयोग are India's; Persian بانک مرکزی, مرکز آمار are Iran's. Written next to another
 *   country (पुर्तगाल की संसद, بانک مرکزی ترکیه, Thailand's National Statistical Office) such a name
 *   is left unlinked (detect.ts). Foreign uses often written with a country adjective (امریکی سینیٹ,
 *   अमेरिकी कांग्रेस, بھارتی سپریم کورٹ) are listed with their body: the longest name wins. English
 *   bare generics (Supreme Court, Senate, Election Commission, State Bank, Congress) name a body in
 *   every country and are not listed.
 * - A short name that is an everyday word or a person's name in any of the four languages is left
 *   out: Hindi आप (AAP: "you"), Urdu/Persian را (RAW; the Persian object marker), Persian سپاه,
 *   مجلس, هما (Iran Air; also the name Huma), تسنیم (also a given name).
 * - An acronym shared by two bodies is left unlisted, so it stays an unlinked acronym (the
 *   document pass still joins "long name (ACRONYM)"): PTI (Press Trust of India, Pakistan
 *   Tehreek-e-Insaf), NDMA (Pakistan's and India's), PBS (Pakistan Bureau of Statistics, the US
 *   broadcaster), NSO, PPP (also purchasing-power parity, public–private partnership), INC. Urdu
 *   پی ٹی آئی is the party: Urdu news means it by far most often.
 * - Latin acronyms of two or three capitals match only in capitals (capitalsOnly in knownNames.ts).
 * - Genitive agreement is folded (پاکستان کی = پاکستان کا, भारत की = भारत का): one form is listed.
 */
import type { OrganisationRow } from './organisations';

/** The table (ids are `org:` + id). */
export const NATIONAL_BODIES: readonly OrganisationRow[] = [
  // Pakistan: state
  { id: 'pk-state-bank', country: 'PK', description: 'State Bank of Pakistan (central bank)', names: {
    en: ['State Bank of Pakistan', 'SBP'], ur: ['اسٹیٹ بینک آف پاکستان', 'سٹیٹ بینک آف پاکستان', 'بینک دولت پاکستان', 'ایس بی پی'],
    fa: ['بانک مرکزی پاکستان', 'بانک دولتی پاکستان'], hi: ['स्टेट बैंक ऑफ पाकिस्तान', 'पाकिस्तान का केंद्रीय बैंक', 'पाकिस्तान स्टेट बैंक'] },
    homeNames: { ur: ['اسٹیٹ بینک', 'سٹیٹ بینک'] } },
  { id: 'pk-supreme-court', country: 'PK', description: 'Supreme Court of Pakistan', names: {
    en: ['Supreme Court of Pakistan', 'Pakistan Supreme Court', "Pakistan's Supreme Court"],
    ur: ['سپریم کورٹ آف پاکستان', 'پاکستان کی سپریم کورٹ', 'پاکستانی سپریم کورٹ'],
    fa: ['دیوان عالی پاکستان', 'دادگاه عالی پاکستان'], hi: ['पाकिस्तान का सुप्रीम कोर्ट', 'पाकिस्तानी सुप्रीम कोर्ट', 'पाकिस्तान का सर्वोच्च न्यायालय', 'पाकिस्तान का उच्चतम न्यायालय'] },
    homeNames: { ur: ['سپریم کورٹ', 'عدالت عظمیٰ', 'عدالتِ عظمیٰ'] } },
  { id: 'pk-lahore-high-court', country: 'PK', description: 'Lahore High Court', names: {
    en: ['Lahore High Court', 'LHC'], ur: ['لاہور ہائی کورٹ', 'عدالت عالیہ لاہور'], fa: ['دادگاه عالی لاهور'], hi: ['लाहौर हाईकोर्ट', 'लाहौर हाई कोर्ट', 'लाहौर उच्च न्यायालय'] } },
  { id: 'pk-islamabad-high-court', country: 'PK', description: 'Islamabad High Court', names: {
    en: ['Islamabad High Court', 'IHC'], ur: ['اسلام آباد ہائی کورٹ'], fa: ['دادگاه عالی اسلام‌آباد', 'دادگاه عالی اسلام آباد'], hi: ['इस्लामाबाद हाईकोर्ट', 'इस्लामाबाद हाई कोर्ट', 'इस्लामाबाद उच्च न्यायालय'] } },
  { id: 'pk-sindh-high-court', country: 'PK', description: 'Sindh High Court', names: { en: ['Sindh High Court', 'SHC'], ur: ['سندھ ہائی کورٹ'], hi: ['सिंध हाईकोर्ट', 'सिंध हाई कोर्ट'] } },
  { id: 'pk-peshawar-high-court', country: 'PK', description: 'Peshawar High Court', names: { en: ['Peshawar High Court'], ur: ['پشاور ہائی کورٹ'], hi: ['पेशावर हाईकोर्ट', 'पेशावर हाई कोर्ट'] } },
  { id: 'pk-balochistan-high-court', country: 'PK', description: 'Balochistan High Court', names: { en: ['Balochistan High Court'], ur: ['بلوچستان ہائی کورٹ'] } },
  { id: 'pk-parliament', country: 'PK', description: 'Parliament of Pakistan (Majlis-e-Shoora)', names: {
    en: ['Parliament of Pakistan', 'Majlis-e-Shoora'], ur: ['پاکستانی پارلیمنٹ', 'پاکستان کی پارلیمنٹ', 'پارلیمنٹ آف پاکستان'],
    fa: ['پارلمان پاکستان'], hi: ['पाकिस्तानी संसद', 'पाकिस्तान का संसद'] },
    homeNames: { ur: ['مجلس شوریٰ', 'مجلسِ شوریٰ'] } },
  { id: 'pk-national-assembly', country: 'PK', description: 'National Assembly of Pakistan (lower house)', names: {
    en: ['National Assembly of Pakistan'], ur: ['قومی اسمبلی پاکستان'],
    fa: ['مجلس ملی پاکستان', 'مجلس نمایندگان پاکستان'], hi: ['पाकिस्तान का नेशनल असेंबली', 'पाकिस्तानी नेशनल असेंबली'] },
    homeNames: { ur: ['قومی اسمبلی', 'نیشنل اسمبلی'], hi: ['नेशनल असेंबली'] } },
  { id: 'pk-senate', country: 'PK', description: 'Senate of Pakistan (upper house)', names: {
    en: ['Senate of Pakistan', 'Pakistan Senate'], ur: ['سینیٹ آف پاکستان', 'پاکستانی سینیٹ'],
    fa: ['سنای پاکستان', 'مجلس سنای پاکستان'], hi: ['पाकिस्तानी सीनेट', 'पाकिस्तान का सीनेट'] },
    homeNames: { ur: ['سینیٹ', 'ایوان بالا'] } },
  { id: 'pk-ecp', country: 'PK', description: 'Election Commission of Pakistan', names: {
    en: ['Election Commission of Pakistan', 'ECP'], ur: ['الیکشن کمیشن آف پاکستان', 'پاکستان الیکشن کمیشن', 'الیکشن کمیشن پاکستان', 'ای سی پی'],
    fa: ['کمیسیون انتخابات پاکستان'], hi: ['पाकिस्तान का चुनाव आयोग', 'पाकिस्तान चुनाव आयोग', 'पाकिस्तानी चुनाव आयोग'] },
    homeNames: { ur: ['الیکشن کمیشن'] } },
  { id: 'pk-fbr', country: 'PK', description: 'Federal Board of Revenue (Pakistan tax authority)', names: {
    en: ['Federal Board of Revenue', 'FBR'], ur: ['فیڈرل بورڈ آف ریونیو', 'ایف بی آر'], hi: ['फेडरल बोर्ड ऑफ रेवेन्यू', 'एफबीआर'] } },
  { id: 'pk-secp', country: 'PK', description: 'Securities and Exchange Commission of Pakistan', names: {
    en: ['Securities and Exchange Commission of Pakistan', 'SECP'], ur: ['سیکیورٹیز اینڈ ایکسچینج کمیشن آف پاکستان', 'ایس ای سی پی'] } },
  { id: 'pk-nepra', country: 'PK', description: 'National Electric Power Regulatory Authority (Pakistan)', names: {
    en: ['National Electric Power Regulatory Authority', 'NEPRA', 'Nepra'], ur: ['نیپرا', 'نیشنل الیکٹرک پاور ریگولیٹری اتھارٹی'], hi: ['नेप्रा'] } },
  { id: 'pk-ogra', country: 'PK', description: 'Oil and Gas Regulatory Authority (Pakistan)', names: {
    en: ['Oil and Gas Regulatory Authority', 'OGRA', 'Ogra'], ur: ['اوگرا', 'آئل اینڈ گیس ریگولیٹری اتھارٹی'] } },
  { id: 'pk-pemra', country: 'PK', description: 'Pakistan Electronic Media Regulatory Authority', names: {
    en: ['Pakistan Electronic Media Regulatory Authority', 'PEMRA', 'Pemra'], ur: ['پیمرا', 'پاکستان الیکٹرانک میڈیا ریگولیٹری اتھارٹی'], hi: ['पेमरा'] } },
  { id: 'pk-nadra', country: 'PK', description: 'National Database and Registration Authority (Pakistan)', names: {
    en: ['National Database and Registration Authority', 'NADRA', 'Nadra'], ur: ['نادرا'], hi: ['नादरा'] } },
  { id: 'pk-nab', country: 'PK', description: 'National Accountability Bureau (Pakistan)', names: {
    en: ['National Accountability Bureau', 'NAB'], ur: ['قومی احتساب بیورو', 'نیب'], hi: ['राष्ट्रीय जवाबदेही ब्यूरो', 'नेशनल अकाउंटेबिलिटी ब्यूरो'] } },
  { id: 'pk-fia', country: 'PK', description: 'Federal Investigation Agency (Pakistan)', names: {
    en: ['Federal Investigation Agency', 'FIA'], ur: ['وفاقی تحقیقاتی ادارہ', 'ایف آئی اے'], hi: ['संघीय जांच एजेंसी', 'एफआईए'] } },
  { id: 'pk-pbs', country: 'PK', description: 'Pakistan Bureau of Statistics', names: {
    en: ['Pakistan Bureau of Statistics'], ur: ['پاکستان بیورو آف شماریات', 'پاکستان ادارہ شماریات', 'پاکستان بیورو آف اسٹیٹسٹکس', 'ادارہ شماریات پاکستان', 'پی بی ایس'],
    fa: ['اداره آمار پاکستان'], hi: ['पाकिस्तान सांख्यिकी ब्यूरो'] },
    homeNames: { ur: ['ادارہ شماریات', 'وفاقی ادارہ شماریات'] } },
  { id: 'pk-psx', country: 'PK', description: 'Pakistan Stock Exchange', names: {
    en: ['Pakistan Stock Exchange', 'PSX'], ur: ['پاکستان اسٹاک ایکسچینج', 'پاکستان سٹاک ایکسچینج', 'پی ایس ایکس'], fa: ['بورس پاکستان', 'بورس اوراق بهادار پاکستان'], hi: ['पाकिस्तान स्टॉक एक्सचेंज'] } },
  { id: 'pk-suparco', country: 'PK', description: 'Space and Upper Atmosphere Research Commission (Pakistan space agency)', names: {
    en: ['SUPARCO', 'Suparco', 'Space and Upper Atmosphere Research Commission'], ur: ['سپارکو'], fa: ['سوپارکو', 'سازمان فضایی پاکستان'], hi: ['सुपारको'] } },
  { id: 'pk-ndma', country: 'PK', description: 'National Disaster Management Authority (Pakistan)', names: {
    ur: ['این ڈی ایم اے', 'نیشنل ڈیزاسٹر مینجمنٹ اتھارٹی', 'نیشنل ڈیزاسٹر مینیجمنٹ اتھارٹی'], en: ['NDMA Pakistan'] } },
  { id: 'pk-pdma-punjab', country: 'PK', description: 'Provincial Disaster Management Authority, Punjab (Pakistan)', names: {
    en: ['PDMA Punjab'], ur: ['پی ڈی ایم اے پنجاب', 'پنجاب پی ڈی ایم اے'] } },
  { id: 'pk-army', country: 'PK', description: 'Pakistan Army', names: {
    en: ['Pakistan Army'], ur: ['پاک فوج', 'پاکستانی فوج', 'پاک آرمی', 'پاکستان آرمی'], fa: ['ارتش پاکستان'], hi: ['पाकिस्तानी सेना', 'पाक सेना', 'पाकिस्तान सेना'] } },
  { id: 'pk-paf', country: 'PK', description: 'Pakistan Air Force', names: {
    en: ['Pakistan Air Force', 'PAF'], ur: ['پاک فضائیہ', 'پاکستانی فضائیہ', 'پاکستان ایئر فورس'], fa: ['نیروی هوایی پاکستان'], hi: ['पाकिस्तानी वायुसेना', 'पाकिस्तान वायुसेना'] } },
  { id: 'pk-ispr', country: 'PK', description: 'Inter-Services Public Relations (Pakistan armed forces media wing)', names: {
    en: ['Inter-Services Public Relations', 'ISPR'], ur: ['آئی ایس پی آر', 'انٹر سروسز پبلک ریلیشنز'], hi: ['आईएसपीआर'] } },
  { id: 'pk-isi', country: 'PK', description: 'Inter-Services Intelligence (Pakistan)', names: {
    en: ['Inter-Services Intelligence', 'ISI'], ur: ['آئی ایس آئی', 'انٹر سروسز انٹیلی جنس'], fa: ['آی‌اس‌آی', 'سازمان اطلاعات ارتش پاکستان'], hi: ['आईएसआई'] } },
  { id: 'pk-wapda', country: 'PK', description: 'Water and Power Development Authority (Pakistan)', names: {
    en: ['Water and Power Development Authority', 'WAPDA', 'Wapda'], ur: ['واپڈا'], hi: ['वापडा'] } },
  // Power companies and the Power Division of load-shedding reports; the farmers' union of crop-price reports.
  { id: 'pk-k-electric', country: 'PK', description: 'K-Electric (power utility of Karachi)', names: { en: ['K-Electric'], ur: ['کے الیکٹرک', 'کے-الیکٹرک'], hi: ['के-इलेक्ट्रिक', 'के इलेक्ट्रिक'] } },
  { id: 'pk-power-division', country: 'PK', description: 'Power Division (Ministry of Energy, Pakistan)', names: { en: ['Power Division'], ur: ['پاور ڈویژن'] } },
  { id: 'pk-lesco', country: 'PK', description: 'Lahore Electric Supply Company', names: { en: ['Lahore Electric Supply Company', 'LESCO', 'Lesco'], ur: ['لیسکو'] } },
  { id: 'pk-iesco', country: 'PK', description: 'Islamabad Electric Supply Company', names: { en: ['Islamabad Electric Supply Company', 'IESCO', 'Iesco'], ur: ['آئیسکو', 'آئسکو'] } },
  { id: 'pk-mepco', country: 'PK', description: 'Multan Electric Power Company', names: { en: ['Multan Electric Power Company', 'MEPCO', 'Mepco'], ur: ['میپکو'] } },
  { id: 'pk-fesco', country: 'PK', description: 'Faisalabad Electric Supply Company', names: { en: ['Faisalabad Electric Supply Company', 'FESCO', 'Fesco'], ur: ['فیسکو'] } },
  { id: 'pk-gepco', country: 'PK', description: 'Gujranwala Electric Power Company', names: { en: ['Gujranwala Electric Power Company', 'GEPCO', 'Gepco'], ur: ['گیپکو'] } },
  { id: 'pk-pesco', country: 'PK', description: 'Peshawar Electric Supply Company', names: { en: ['Peshawar Electric Supply Company', 'PESCO', 'Pesco'], ur: ['پیسکو'] } },
  { id: 'pk-hesco', country: 'PK', description: 'Hyderabad Electric Supply Company', names: { en: ['Hyderabad Electric Supply Company', 'HESCO', 'Hesco'], ur: ['حیسکو'] } },
  { id: 'pk-sepco', country: 'PK', description: 'Sukkur Electric Power Company', names: { en: ['Sukkur Electric Power Company', 'SEPCO', 'Sepco'], ur: ['سیپکو'] } },
  { id: 'pk-qesco', country: 'PK', description: 'Quetta Electric Supply Company', names: { en: ['Quetta Electric Supply Company', 'QESCO', 'Qesco'], ur: ['کیسکو'] } },
  { id: 'pk-sngpl', country: 'PK', description: 'Sui Northern Gas Pipelines Limited', names: { en: ['Sui Northern Gas Pipelines Limited', 'Sui Northern Gas Pipelines', 'SNGPL', 'Sui Northern'], ur: ['سوئی ناردرن گیس پائپ لائنز لمیٹڈ', 'سوئی ناردرن گیس پائپ لائنز', 'سوئی ناردرن گیس', 'سوئی ناردرن', 'ایس این جی پی ایل'] } },
  { id: 'pk-ssgc', country: 'PK', description: 'Sui Southern Gas Company', names: { en: ['Sui Southern Gas Company', 'SSGC', 'SSGCL', 'Sui Southern'], ur: ['سوئی سدرن گیس کمپنی', 'سوئی سدرن گیس', 'سوئی سدرن', 'ایس ایس جی سی'] } },
  { id: 'pk-kissan-ittehad', country: 'PK', description: 'Pakistan Kissan Ittehad (farmers union)', names: { en: ['Pakistan Kissan Ittehad', 'Kissan Ittehad'], ur: ['پاکستان کسان اتحاد', 'کسان اتحاد'] } },
  { id: 'pk-hec', country: 'PK', description: 'Higher Education Commission (Pakistan)', names: {
    en: ['Higher Education Commission of Pakistan', 'HEC'], ur: ['ہائر ایجوکیشن کمیشن', 'ایچ ای سی'] },
    homeNames: { en: ['Higher Education Commission'] } },
  { id: 'pk-pmd', country: 'PK', description: 'Pakistan Meteorological Department', names: {
    en: ['Pakistan Meteorological Department', 'PMD'], ur: ['پاکستان محکمہ موسمیات', 'پی ایم ڈی'], hi: ['पाकिस्तान मौसम विभाग'] },
    homeNames: { ur: ['محکمہ موسمیات'] } },
  { id: 'pk-pcb', country: 'PK', description: 'Pakistan Cricket Board', names: {
    en: ['Pakistan Cricket Board', 'PCB'], ur: ['پاکستان کرکٹ بورڈ', 'پی سی بی'], fa: ['هیئت کریکت پاکستان'], hi: ['पाकिस्तान क्रिकेट बोर्ड', 'पीसीबी'] } },
  { id: 'pk-psl', country: 'PK', description: 'Pakistan Super League (T20 cricket league)', names: { en: ['Pakistan Super League', 'PSL'], ur: ['پاکستان سپر لیگ', 'پی ایس ایل'] } },
  // PSL franchises: their names start with a city, which alone is the place (لاہور قلندرز is no Lahore).
  { id: 'pk-lahore-qalandars', country: 'PK', description: 'Lahore Qalandars (PSL franchise)', names: { en: ['Lahore Qalandars'], ur: ['لاہور قلندرز'] } },
  { id: 'pk-karachi-kings', country: 'PK', description: 'Karachi Kings (PSL franchise)', names: { en: ['Karachi Kings'], ur: ['کراچی کنگز'] } },
  { id: 'pk-islamabad-united', country: 'PK', description: 'Islamabad United (PSL franchise)', names: { en: ['Islamabad United'], ur: ['اسلام آباد یونائیٹڈ'] } },
  { id: 'pk-peshawar-zalmi', country: 'PK', description: 'Peshawar Zalmi (PSL franchise)', names: { en: ['Peshawar Zalmi'], ur: ['پشاور زلمی'] } },
  { id: 'pk-quetta-gladiators', country: 'PK', description: 'Quetta Gladiators (PSL franchise)', names: { en: ['Quetta Gladiators'], ur: ['کوئٹہ گلیڈی ایٹرز', 'کوئٹہ گلیڈی ایٹر', 'کوئٹہ گلیڈیئیٹرز'] } },
  { id: 'pk-multan-sultans', country: 'PK', description: 'Multan Sultans (PSL franchise)', names: { en: ['Multan Sultans'], ur: ['ملتان سلطانز'] } },
  // Bodies quoted in car-sales, gold-price and power-tariff news.
  // Carmakers of Pakistan's sales figures (Pama's members).
  { id: 'pk-pak-suzuki', country: 'PK', description: 'Pak Suzuki Motor Company (carmaker)', names: { en: ['Pak Suzuki Motor Company', 'Pak Suzuki'], ur: ['پاک سوزوکی موٹر کمپنی', 'پاک سوزوکی'] } },
  { id: 'pk-honda-atlas', country: 'PK', description: 'Honda Atlas Cars Pakistan (carmaker)', names: { en: ['Honda Atlas Cars', 'Honda Atlas'], ur: ['ہونڈا اٹلس کارز', 'ہونڈا اٹلس', 'ہنڈا اٹلس'] } },
  { id: 'pk-indus-motor', country: 'PK', description: 'Indus Motor Company (Toyota in Pakistan)', names: { en: ['Indus Motor Company', 'Indus Motor', 'Toyota Indus'], ur: ['انڈس موٹر کمپنی', 'انڈس موٹر', 'ٹویوٹا انڈس', 'ٹو یوٹا انڈس'] } },
  { id: 'pk-pama', country: 'PK', description: 'Pakistan Automotive Manufacturers Association', names: {
    en: ['Pakistan Automotive Manufacturers Association', 'PAMA'], ur: ['پاکستان آٹوموٹیو مینوفیکچررز ایسوسی ایشن', 'پاکستان آٹوموٹو مینوفیکچررز ایسوسی ایشن', 'پاما'] } },
  // Telecom operators of subscriber and data-price news.
  { id: 'pk-ptcl', country: 'PK', description: 'Pakistan Telecommunication Company Limited', names: { en: ['PTCL'], ur: ['پی ٹی سی ایل'] } },
  // Zong in Urdu letters (زونگ) is also the Chinese surname Zhong, so only its Latin name is listed.
  { id: 'pk-zong', country: 'PK', description: 'Zong (China Mobile Pakistan, telecom operator)', names: { en: ['Zong', 'China Mobile Pakistan', 'CMPak'] } },
  { id: 'pk-ufone', country: 'PK', description: 'Ufone (telecom operator)', names: { en: ['Ufone'], ur: ['یوفون'] } },
  // Bodies quoted in prize-bond, fuel, exchange-rate and port news.
  { id: 'pk-national-savings', country: 'PK', description: 'Central Directorate of National Savings (Pakistan)', names: {
    en: ['National Savings', 'Central Directorate of National Savings', 'CDNS'], ur: ['نیشنل سیونگز', 'قومی بچت', 'سینٹرل ڈائریکٹوریٹ آف نیشنل سیونگز'] } },
  { id: 'pk-petroleum-dealers', country: 'PK', description: 'All Pakistan Petroleum Dealers Association', names: {
    en: ['All Pakistan Petroleum Dealers Association', 'Pakistan Petroleum Dealers Association'], ur: ['آل پاکستان پیٹرولیم ڈیلرز ایسوسی ایشن', 'پیٹرولیم ڈیلرز ایسوسی ایشن'] } },
  { id: 'pk-ecap', country: 'PK', description: 'Exchange Companies Association of Pakistan', names: {
    en: ['Exchange Companies Association of Pakistan', 'ECAP'], ur: ['ایکسچینج کمپنیز ایسوسی ایشن آف پاکستان', 'ایکسچینج کمپنیز ایسوسی ایشن'] } },
  { id: 'pk-kpt', country: 'PK', description: 'Karachi Port Trust', names: { en: ['Karachi Port Trust', 'KPT'], ur: ['کراچی پورٹ ٹرسٹ', 'کے پی ٹی'] } },
  { id: 'pk-sarafa-association', country: 'PK', description: 'All Pakistan Gems and Jewellers Sarafa Association', names: {
    en: ['All Pakistan Gems and Jewellers Sarafa Association', 'All Pakistan Sarafa Gems and Jewellers Association'],
    ur: ['آل پاکستان جیمز اینڈ جیولرز صرافہ ایسوسی ایشن', 'آل پاکستان صرافہ جیمز اینڈ جیولرز ایسوسی ایشن', 'آل پاکستان صرافہ ایسوسی ایشن'] } },
  { id: 'pk-cppa', country: 'PK', description: 'Central Power Purchasing Agency (Guarantee) Limited (Pakistan)', names: {
    en: ['Central Power Purchasing Agency', 'CPPA-G'], ur: ['سینٹرل پاور پرچیزنگ ایجنسی', 'سی پی پی اے'] } },
  { id: 'pk-app', country: 'PK', description: 'Associated Press of Pakistan (state news agency)', names: {
    en: ['Associated Press of Pakistan', 'APP'], ur: ['ایسوسی ایٹڈ پریس آف پاکستان', 'اے پی پی'] } },
  { id: 'pk-ptv', country: 'PK', description: 'Pakistan Television Corporation (state broadcaster)', names: {
    en: ['Pakistan Television', 'Pakistan Television Corporation', 'PTV'], ur: ['پاکستان ٹیلی ویژن', 'پی ٹی وی'], hi: ['पीटीवी'] } },
  { id: 'pk-radio-pakistan', country: 'PK', description: 'Radio Pakistan (Pakistan Broadcasting Corporation)', names: {
    en: ['Radio Pakistan', 'Pakistan Broadcasting Corporation'], ur: ['ریڈیو پاکستان'], fa: ['رادیو پاکستان'], hi: ['रेडियो पाकिस्तान'] } },
  { id: 'pk-pia', country: 'PK', description: 'Pakistan International Airlines', names: {
    en: ['Pakistan International Airlines', 'PIA'], ur: ['پاکستان انٹرنیشنل ایئرلائنز', 'پی آئی اے'], fa: ['هواپیمایی بین‌المللی پاکستان'], hi: ['पाकिस्तान इंटरनेशनल एयरलाइंस', 'पीआईए'] } },
  { id: 'pk-railways', country: 'PK', description: 'Pakistan Railways', names: { en: ['Pakistan Railways'], ur: ['پاکستان ریلوے', 'پاکستان ریلویز'], fa: ['راه‌آهن پاکستان'], hi: ['पाकिस्तान रेलवे'] } },
  // Pakistan: parties and militant groups
  { id: 'pk-pti', country: 'PK', description: 'Pakistan Tehreek-e-Insaf (political party)', names: {
    en: ['Pakistan Tehreek-e-Insaf', 'Pakistan Tehreek-i-Insaf', 'Pakistan Tehrik-e-Insaf', 'Tehreek-e-Insaf', 'Tehreek-i-Insaf'],
    ur: ['پاکستان تحریک انصاف', 'تحریک انصاف', 'تحریکِ انصاف', 'پی ٹی آئی'], fa: ['حزب تحریک انصاف پاکستان', 'تحریک انصاف پاکستان', 'حزب تحریک انصاف', 'تحریک انصاف'],
    hi: ['पाकिस्तान तहरीक-ए-इंसाफ', 'तहरीक-ए-इंसाफ', 'पाकिस्तान तहरीक ए इंसाफ'] } },
  { id: 'pk-pmln', country: 'PK', description: 'Pakistan Muslim League (Nawaz) (political party)', names: {
    en: ['Pakistan Muslim League-Nawaz', 'Pakistan Muslim League (N)', 'Pakistan Muslim League-N', 'PML-N', 'PML(N)', 'PMLN'],
    ur: ['پاکستان مسلم لیگ (ن)', 'پاکستان مسلم لیگ ن', 'پاکستان مسلم لیگ نواز', 'مسلم لیگ (ن)', 'مسلم لیگ ن', 'مسلم لیگ نواز', 'ن لیگ', 'پی ایم ایل این', 'پی ایم ایل (ن)'],
    fa: ['حزب مسلم لیگ نواز', 'مسلم لیگ نواز', 'حزب مسلم لیگ پاکستان (نواز)'], hi: ['पाकिस्तान मुस्लिम लीग-नवाज', 'पाकिस्तान मुस्लिम लीग (नवाज)', 'मुस्लिम लीग-नवाज', 'पीएमएल-एन'] } },
  { id: 'pk-ppp', country: 'PK', description: 'Pakistan Peoples Party (political party)', names: {
    en: ['Pakistan Peoples Party', "Pakistan People's Party", 'Pakistan Peoples Party Parliamentarians'],
    ur: ['پاکستان پیپلز پارٹی', 'پیپلز پارٹی', 'پی پی پی', 'پاکستان پیپلز پارٹی پارلیمنٹیرینز'], fa: ['حزب مردم پاکستان'], hi: ['पाकिस्तान पीपुल्स पार्टी', 'पाकिस्तान पीपल्स पार्टी'] } },
  { id: 'pk-mqm', country: 'PK', description: 'Muttahida Qaumi Movement–Pakistan (political party)', names: {
    en: ['Muttahida Qaumi Movement', 'Muttahida Qaumi Movement-Pakistan', 'MQM', 'MQM-P'], ur: ['متحدہ قومی موومنٹ', 'متحدہ قومی موومنٹ پاکستان', 'ایم کیو ایم', 'ایم کیو ایم پاکستان'],
    fa: ['جنبش متحده قومی'], hi: ['मुत्तहिदा कौमी मूवमेंट', 'एमक्यूएम'] } },
  { id: 'pk-juif', country: 'PK', description: 'Jamiat Ulema-e-Islam (F) (political party)', names: {
    en: ['Jamiat Ulema-e-Islam (F)', 'Jamiat Ulema-e-Islam-Fazl', 'Jamiat Ulema-e-Islam-F', 'JUI-F', 'JUI(F)'],
    ur: ['جمعیت علمائے اسلام (ف)', 'جمعیت علمائے اسلام ف', 'جمعیت علماء اسلام (ف)', 'جمعیت علمائے اسلام', 'جے یو آئی (ف)', 'جے یو آئی ف', 'جے یو آئی'],
    fa: ['جمعیت علمای اسلام پاکستان', 'جمعیت علمای اسلام'], hi: ['जमीयत उलेमा-ए-इस्लाम (एफ)', 'जमीयत उलेमा-ए-इस्लाम-फजल', 'जेयूआई-एफ'] } },
  { id: 'pk-jamaat-e-islami', country: 'PK', description: 'Jamaat-e-Islami Pakistan (political party)', names: {
    en: ['Jamaat-e-Islami Pakistan'], ur: ['جماعت اسلامی پاکستان'], fa: ['جماعت اسلامی پاکستان'], hi: ['जमात-ए-इस्लामी पाकिस्तान'] },
    homeNames: { ur: ['جماعت اسلامی', 'جماعتِ اسلامی'] } },
  { id: 'pk-anp', country: 'PK', description: 'Awami National Party (Pakistan)', names: { en: ['Awami National Party', 'ANP'], ur: ['عوامی نیشنل پارٹی', 'اے این پی'], hi: ['अवामी नेशनल पार्टी'] } },
  { id: 'pk-tlp', country: 'PK', description: 'Tehreek-e-Labbaik Pakistan (political party)', names: {
    en: ['Tehreek-e-Labbaik Pakistan', 'Tehreek-i-Labbaik Pakistan', 'TLP'], ur: ['تحریک لبیک پاکستان', 'تحریک لبیک', 'ٹی ایل پی'], fa: ['تحریک لبیک پاکستان'], hi: ['तहरीक-ए-लब्बैक पाकिस्तान'] } },
  { id: 'pk-ttp', country: 'PK', description: 'Tehreek-e-Taliban Pakistan (banned militant group)', names: {
    en: ['Tehreek-e-Taliban Pakistan', 'Tehrik-i-Taliban Pakistan', 'Tehrik-e-Taliban Pakistan', 'Pakistani Taliban', 'TTP'],
    ur: ['تحریک طالبان پاکستان', 'کالعدم تحریک طالبان پاکستان', 'ٹی ٹی پی', 'کالعدم ٹی ٹی پی', 'پاکستانی طالبان'], fa: ['تحریک طالبان پاکستان', 'طالبان پاکستان', 'طالبان پاکستانی'],
    hi: ['तहरीक-ए-तालिबान पाकिस्तान', 'पाकिस्तानी तालिबान', 'टीटीपी'] } },
  // Pakistan: provincial assemblies, federal forums and programmes, bodies of court and crime reports.
  { id: 'pk-punjab-assembly', country: 'PK', description: 'Provincial Assembly of the Punjab (Pakistan)', names: {
    en: ['Provincial Assembly of the Punjab', 'Punjab Assembly'], ur: ['پنجاب اسمبلی', 'صوبائی اسمبلی پنجاب', 'پنجاب کی صوبائی اسمبلی'] } },
  { id: 'pk-sindh-assembly', country: 'PK', description: 'Provincial Assembly of Sindh (Pakistan)', names: {
    en: ['Provincial Assembly of Sindh', 'Sindh Assembly'], ur: ['سندھ اسمبلی', 'صوبائی اسمبلی سندھ', 'سندھ کی صوبائی اسمبلی'], hi: ['सिंध विधानसभा'] } },
  { id: 'pk-kp-assembly', country: 'PK', description: 'Provincial Assembly of Khyber Pakhtunkhwa (Pakistan)', names: {
    en: ['Khyber Pakhtunkhwa Assembly', 'KP Assembly'], ur: ['خیبرپختونخوا اسمبلی', 'خیبر پختونخوا اسمبلی', 'کے پی اسمبلی', 'خیبرپختونخوا کی صوبائی اسمبلی'] } },
  { id: 'pk-balochistan-assembly', country: 'PK', description: 'Provincial Assembly of Balochistan (Pakistan)', names: {
    en: ['Balochistan Assembly', 'Provincial Assembly of Balochistan'], ur: ['بلوچستان اسمبلی', 'بلوچستان کی صوبائی اسمبلی'] } },
  { id: 'pk-cci', country: 'PK', description: 'Council of Common Interests (Pakistan)', names: { en: ['Council of Common Interests'], ur: ['مشترکہ مفادات کونسل', 'مشترکہ مفادات کی کونسل'] } },
  { id: 'pk-bisp', country: 'PK', description: 'Benazir Income Support Programme (Pakistan)', names: {
    en: ['Benazir Income Support Programme', 'Benazir Income Support Program', 'BISP'], ur: ['بینظیر انکم سپورٹ پروگرام', 'بے نظیر انکم سپورٹ پروگرام', 'بی آئی ایس پی'] } },
  { id: 'pk-scba', country: 'PK', description: 'Supreme Court Bar Association of Pakistan', names: {
    en: ['Supreme Court Bar Association', 'SCBA'], ur: ['سپریم کورٹ بار ایسوسی ایشن', 'سپریم کورٹ بار'] } },
  { id: 'pk-cplc', country: 'PK', description: 'Citizens Police Liaison Committee (Karachi)', names: {
    en: ['Citizens Police Liaison Committee', 'CPLC'], ur: ['سٹیزنز پولیس لائژن کمیٹی', 'سٹیزن پولیس لائژن کمیٹی', 'سی پی ایل سی'] } },
  // The foreign ministry by its country. Bare, it is its language's home country's (Urdu دفتر خارجہ, وزارت خارجہ are Pakistan's,
  // Hindi विदेश मंत्रालय India's, Persian وزارت امور خارجه Iran's) unless the report is about another country (homeBodies.ts);
  // English Foreign Ministry or Ministry of Foreign Affairs names every country's and stays unlinked.
  { id: 'pk-foreign', country: 'PK', description: 'Ministry of Foreign Affairs (Pakistan), the Foreign Office', names: {
    en: ["Pakistan's Foreign Office", 'Pakistan Foreign Office', 'Foreign Office of Pakistan', 'Ministry of Foreign Affairs of Pakistan', "Pakistan's Ministry of Foreign Affairs", "Pakistan's Foreign Ministry", 'Pakistani Foreign Ministry'],
    ur: ['پاکستانی دفتر خارجہ', 'پاکستان کا دفتر خارجہ', 'پاکستانی وزارت خارجہ', 'پاکستان کی وزارت خارجہ'], fa: ['وزارت امور خارجه پاکستان', 'وزارت خارجه پاکستان'],
    hi: ['पाकिस्तानी विदेश मंत्रालय', 'पाकिस्तान का विदेश मंत्रालय'] },
    homeNames: { ur: ['دفتر خارجہ', 'وزارت خارجہ', 'وزارت امور خارجہ', 'وزارت خارجہ امور'] } },
  // The finance ministry of budget and fuel-price reports, bare in Urdu (وزارت خزانہ, its Finance Division: فنانس ڈویژن) Pakistan's.
  { id: 'pk-finance', country: 'PK', description: 'Ministry of Finance (Pakistan), with its Finance Division', names: {
    en: ["Pakistan's Finance Ministry", 'Pakistani Finance Ministry', 'Ministry of Finance of Pakistan', "Pakistan's Ministry of Finance"],
    ur: ['پاکستانی وزارت خزانہ', 'پاکستان کی وزارت خزانہ'] },
    homeNames: { ur: ['وزارت خزانہ', 'فنانس ڈویژن'] } },
  // India: state
  { id: 'in-rbi', country: 'IN', description: 'Reserve Bank of India (central bank)', names: {
    en: ['Reserve Bank of India', 'RBI'], hi: ['भारतीय रिज़र्व बैंक', 'भारतीय रिजर्व बैंक', 'रिज़र्व बैंक ऑफ इंडिया', 'आरबीआई'],
    ur: ['ریزرو بینک آف انڈیا', 'بھارتی ریزرو بینک', 'آر بی آئی'], fa: ['بانک مرکزی هند', 'بانک ذخیره هند'] },
    homeNames: { ur: ['ریزرو بینک'], hi: ['रिज़र्व बैंक', 'रिजर्व बैंक'] } },
  { id: 'in-sbi', country: 'IN', description: 'State Bank of India', names: {
    en: ['State Bank of India', 'SBI'], hi: ['भारतीय स्टेट बैंक', 'स्टेट बैंक ऑफ इंडिया', 'एसबीआई'], ur: ['اسٹیٹ بینک آف انڈیا', 'سٹیٹ بینک آف انڈیا'] },
    homeNames: { hi: ['स्टेट बैंक'] } },
  { id: 'in-supreme-court', country: 'IN', description: 'Supreme Court of India', names: {
    en: ['Supreme Court of India', 'Indian Supreme Court', "India's Supreme Court"], hi: ['भारत का सर्वोच्च न्यायालय', 'भारत का सुप्रीम कोर्ट'],
    ur: ['سپریم کورٹ آف انڈیا', 'بھارتی سپریم کورٹ', 'بھارت کی سپریم کورٹ', 'انڈین سپریم کورٹ', 'ہندوستان کی سپریم کورٹ'], fa: ['دیوان عالی هند', 'دادگاه عالی هند'] },
    homeNames: { hi: ['सुप्रीम कोर्ट', 'सर्वोच्च न्यायालय', 'उच्चतम न्यायालय'] } },
  { id: 'in-delhi-high-court', country: 'IN', description: 'Delhi High Court', names: { en: ['Delhi High Court'], hi: ['दिल्ली हाईकोर्ट', 'दिल्ली हाई कोर्ट', 'दिल्ली उच्च न्यायालय'], ur: ['دہلی ہائی کورٹ'] } },
  { id: 'in-bombay-high-court', country: 'IN', description: 'Bombay High Court', names: { en: ['Bombay High Court'], hi: ['बॉम्बे हाईकोर्ट', 'बॉम्बे हाई कोर्ट', 'बंबई उच्च न्यायालय', 'बंबई हाईकोर्ट'], ur: ['بمبئی ہائی کورٹ', 'بامبے ہائی کورٹ'] } },
  { id: 'in-allahabad-high-court', country: 'IN', description: 'Allahabad High Court', names: { en: ['Allahabad High Court'], hi: ['इलाहाबाद हाईकोर्ट', 'इलाहाबाद हाई कोर्ट', 'इलाहाबाद उच्च न्यायालय'], ur: ['الہ آباد ہائی کورٹ'] } },
  { id: 'in-parliament', country: 'IN', description: 'Parliament of India (Sansad)', names: {
    en: ['Parliament of India', 'Indian Parliament'], hi: ['भारतीय संसद', 'भारत का संसद'], ur: ['بھارتی پارلیمنٹ', 'بھارتی پارلیمان', 'انڈین پارلیمنٹ', 'بھارت کی پارلیمنٹ'], fa: ['پارلمان هند'] },
    homeNames: { hi: ['संसद'] } },
  { id: 'in-lok-sabha', country: 'IN', description: 'Lok Sabha (lower house of the Parliament of India)', names: { en: ['Lok Sabha'], hi: ['लोकसभा', 'लोक सभा'], ur: ['لوک سبھا'], fa: ['لوک سبها', 'لوک سابها'] } },
  { id: 'in-rajya-sabha', country: 'IN', description: 'Rajya Sabha (upper house of the Parliament of India)', names: { en: ['Rajya Sabha'], hi: ['राज्यसभा', 'राज्य सभा'], ur: ['راجیہ سبھا'], fa: ['راجیا سبها'] } },
  { id: 'in-eci', country: 'IN', description: 'Election Commission of India', names: {
    en: ['Election Commission of India', 'ECI'], hi: ['भारत निर्वाचन आयोग', 'भारतीय चुनाव आयोग'],
    ur: ['الیکشن کمیشن آف انڈیا', 'بھارتی الیکشن کمیشن', 'بھارت کا الیکشن کمیشن'], fa: ['کمیسیون انتخابات هند'] },
    homeNames: { hi: ['चुनाव आयोग', 'निर्वाचन आयोग', 'केंद्रीय चुनाव आयोग'] } },
  { id: 'in-cbi', country: 'IN', description: 'Central Bureau of Investigation (India)', names: {
    en: ['Central Bureau of Investigation', 'CBI'], hi: ['केंद्रीय अन्वेषण ब्यूरो', 'सीबीआई'], ur: ['سی بی آئی', 'سنٹرل بیورو آف انویسٹی گیشن'] } },
  { id: 'in-ed', country: 'IN', description: 'Enforcement Directorate (India)', names: { en: ['Enforcement Directorate'], hi: ['प्रवर्तन निदेशालय', 'ईडी'], ur: ['انفورسمنٹ ڈائریکٹوریٹ'] } },
  { id: 'in-nia', country: 'IN', description: 'National Investigation Agency (India)', names: { en: ['National Investigation Agency', 'NIA'], hi: ['राष्ट्रीय जांच एजेंसी', 'राष्ट्रीय अन्वेषण अभिकरण', 'एनआईए'], ur: ['این آئی اے'] } },
  { id: 'in-raw', country: 'IN', description: 'Research and Analysis Wing (India)', names: { en: ['Research and Analysis Wing', 'R&AW', 'RAW'], hi: ['रिसर्च एंड एनालिसिस विंग'], ur: ['ریسرچ اینڈ اینالیسس ونگ'] } },
  { id: 'in-army', country: 'IN', description: 'Indian Army', names: { en: ['Indian Army'], hi: ['भारतीय सेना', 'भारतीय थलसेना'], ur: ['بھارتی فوج', 'انڈین آرمی', 'ہندوستانی فوج'], fa: ['ارتش هند'] } },
  { id: 'in-iaf', country: 'IN', description: 'Indian Air Force', names: {
    en: ['Indian Air Force', 'IAF'], hi: ['भारतीय वायुसेना', 'भारतीय वायु सेना'], ur: ['بھارتی فضائیہ'], fa: ['نیروی هوایی هند'] } },
  { id: 'in-imd', country: 'IN', description: 'India Meteorological Department', names: {
    en: ['India Meteorological Department', 'IMD'], hi: ['भारत मौसम विज्ञान विभाग', 'भारतीय मौसम विज्ञान विभाग', 'भारतीय मौसम विभाग', 'आईएमडी'], ur: ['بھارتی محکمہ موسمیات'] },
    homeNames: { hi: ['मौसम विभाग', 'मौसम विज्ञान विभाग'] } },
  { id: 'in-niti-aayog', country: 'IN', description: 'NITI Aayog (policy think tank of the Government of India)', names: { en: ['NITI Aayog', 'Niti Aayog'], hi: ['नीति आयोग'], ur: ['نیتی آیوگ'] } },
  { id: 'in-nso', country: 'IN', description: 'National Statistical Office (India)', names: { hi: ['भारत का राष्ट्रीय सांख्यिकी कार्यालय'] },
    homeNames: { en: ['National Statistical Office', 'National Statistics Office'], hi: ['राष्ट्रीय सांख्यिकी कार्यालय'] } },
  { id: 'in-mospi', country: 'IN', description: 'Ministry of Statistics and Programme Implementation (India)', names: {
    en: ['Ministry of Statistics and Programme Implementation', 'MoSPI'], hi: ['सांख्यिकी और कार्यक्रम कार्यान्वयन मंत्रालय', 'सांख्यिकी एवं कार्यक्रम कार्यान्वयन मंत्रालय'] } },
  { id: 'in-sebi', country: 'IN', description: 'Securities and Exchange Board of India', names: {
    en: ['Securities and Exchange Board of India', 'SEBI', 'Sebi'], hi: ['सेबी', 'भारतीय प्रतिभूति और विनिमय बोर्ड', 'भारतीय प्रतिभूति एवं विनिमय बोर्ड'], ur: ['سیکیورٹیز اینڈ ایکسچینج بورڈ آف انڈیا'] } },
  { id: 'in-bse', country: 'IN', description: 'BSE (Bombay Stock Exchange)', names: {
    en: ['Bombay Stock Exchange', 'BSE'], hi: ['बॉम्बे स्टॉक एक्सचेंज', 'बंबई स्टॉक एक्सचेंज', 'बंबई शेयर बाजार', 'बीएसई'], ur: ['بمبئی اسٹاک ایکسچینج', 'بامبے اسٹاک ایکسچینج'] } },
  { id: 'in-nse', country: 'IN', description: 'National Stock Exchange of India', names: {
    en: ['National Stock Exchange of India', 'NSE'], hi: ['एनएसई'] },
    homeNames: { en: ['National Stock Exchange'], ur: ['نیشنل اسٹاک ایکسچینج'], hi: ['नेशनल स्टॉक एक्सचेंज', 'राष्ट्रीय शेयर बाजार'] } },
  { id: 'in-isro', country: 'IN', description: 'Indian Space Research Organisation', names: {
    en: ['Indian Space Research Organisation', 'Indian Space Research Organization', 'ISRO', 'Isro'], hi: ['इसरो', 'भारतीय अंतरिक्ष अनुसंधान संगठन'],
    ur: ['اسرو', 'انڈین اسپیس ریسرچ آرگنائزیشن', 'بھارتی خلائی تحقیقاتی ادارہ'], fa: ['سازمان تحقیقات فضایی هند', 'ایسرو'] } },
  { id: 'in-drdo', country: 'IN', description: 'Defence Research and Development Organisation (India)', names: {
    en: ['Defence Research and Development Organisation', 'DRDO'], hi: ['रक्षा अनुसंधान एवं विकास संगठन', 'रक्षा अनुसंधान और विकास संगठन', 'डीआरडीओ'], ur: ['ڈی آر ڈی او'] } },
  { id: 'in-icmr', country: 'IN', description: 'Indian Council of Medical Research', names: {
    en: ['Indian Council of Medical Research', 'ICMR'], hi: ['भारतीय आयुर्विज्ञान अनुसंधान परिषद', 'आईसीएमआर'], ur: ['انڈین کونسل آف میڈیکل ریسرچ', 'آئی سی ایم آر'] } },
  { id: 'in-ndma', country: 'IN', description: 'National Disaster Management Authority (India)', names: { hi: ['एनडीएमए'], en: ['NDMA India'] },
    homeNames: { hi: ['राष्ट्रीय आपदा प्रबंधन प्राधिकरण'] } },
  { id: 'in-bcci', country: 'IN', description: 'Board of Control for Cricket in India', names: {
    en: ['Board of Control for Cricket in India', 'BCCI'], hi: ['भारतीय क्रिकेट कंट्रोल बोर्ड', 'बीसीसीआई'], ur: ['بی سی سی آئی', 'بھارتی کرکٹ بورڈ'] } },
  { id: 'in-npci', country: 'IN', description: 'National Payments Corporation of India (runs UPI)', names: {
    en: ['National Payments Corporation of India', 'NPCI'], hi: ['भारतीय राष्ट्रीय भुगतान निगम', 'नेशनल पेमेंट्स कॉरपोरेशन ऑफ इंडिया', 'एनपीसीआई'] } },
  // Indian Premier League franchises: their names hold a city (कोलकाता नाइट राइडर्स), which is no place there.
  { id: 'in-ipl-kkr', country: 'IN', description: 'Kolkata Knight Riders (IPL team)', names: { en: ['Kolkata Knight Riders', 'KKR'], hi: ['कोलकाता नाइट राइडर्स', 'केकेआर'] } },
  { id: 'in-ipl-csk', country: 'IN', description: 'Chennai Super Kings (IPL team)', names: { en: ['Chennai Super Kings', 'CSK'], hi: ['चेन्नई सुपर किंग्स', 'सीएसके'] } },
  { id: 'in-ipl-mi', country: 'IN', description: 'Mumbai Indians (IPL team)', names: { en: ['Mumbai Indians'], hi: ['मुंबई इंडियंस'] } },
  { id: 'in-ipl-rcb', country: 'IN', description: 'Royal Challengers Bengaluru (IPL team)', names: { en: ['Royal Challengers Bengaluru', 'Royal Challengers Bangalore', 'RCB'], hi: ['रॉयल चैलेंजर्स बेंगलुरु', 'रॉयल चैलेंजर्स बैंगलोर', 'आरसीबी'] } },
  { id: 'in-ipl-srh', country: 'IN', description: 'Sunrisers Hyderabad (IPL team)', names: { en: ['Sunrisers Hyderabad', 'SRH'], hi: ['सनराइजर्स हैदराबाद', 'सनराइज़र्स हैदराबाद'] } },
  { id: 'in-ipl-pbks', country: 'IN', description: 'Punjab Kings (IPL team)', names: { en: ['Punjab Kings', 'Kings XI Punjab', 'PBKS'], hi: ['पंजाब किंग्स', 'किंग्स इलेवन पंजाब'] } },
  { id: 'in-ipl-dc', country: 'IN', description: 'Delhi Capitals (IPL team)', names: { en: ['Delhi Capitals'], hi: ['दिल्ली कैपिटल्स'] } },
  { id: 'in-ipl-rr', country: 'IN', description: 'Rajasthan Royals (IPL team)', names: { en: ['Rajasthan Royals'], hi: ['राजस्थान रॉयल्स'] } },
  { id: 'in-ipl-gt', country: 'IN', description: 'Gujarat Titans (IPL team)', names: { en: ['Gujarat Titans'], hi: ['गुजरात टाइटंस', 'गुजरात टाइटन्स'] } },
  { id: 'in-ipl-lsg', country: 'IN', description: 'Lucknow Super Giants (IPL team)', names: { en: ['Lucknow Super Giants', 'LSG'], hi: ['लखनऊ सुपर जायंट्स'] } },
  // Carmakers whose names end in India (मारुति सुजुकी इंडिया), which is no country there.
  { id: 'in-maruti-suzuki', country: 'IN', description: 'Maruti Suzuki India (carmaker)', names: { en: ['Maruti Suzuki India', 'Maruti Suzuki', 'Maruti'], hi: ['मारुति सुजुकी इंडिया', 'मारुति सुजुकी', 'मारुति'] } },
  { id: 'in-hyundai-motor-india', country: 'IN', description: 'Hyundai Motor India (carmaker)', names: { en: ['Hyundai Motor India'], hi: ['हुंडई मोटर इंडिया'] } },
  { id: 'in-doordarshan', country: 'IN', description: 'Doordarshan (Indian public television)', names: { en: ['Doordarshan', 'DD News'], hi: ['दूरदर्शन', 'डीडी न्यूज़'], ur: ['دوردرشن'] } },
  { id: 'in-all-india-radio', country: 'IN', description: 'All India Radio (Akashvani)', names: { en: ['All India Radio', 'Akashvani'], hi: ['आकाशवाणी', 'ऑल इंडिया रेडियो'], ur: ['آل انڈیا ریڈیو'] } },
  { id: 'in-dainik-bhaskar', country: 'IN', description: 'Dainik Bhaskar (Hindi daily)', names: { en: ['Dainik Bhaskar'], hi: ['दैनिक भास्कर'] } },
  { id: 'in-dainik-jagran', country: 'IN', description: 'Dainik Jagran (Hindi daily)', names: { en: ['Dainik Jagran'], hi: ['दैनिक जागरण'] } },
  { id: 'in-amar-ujala', country: 'IN', description: 'Amar Ujala (Hindi daily)', names: { en: ['Amar Ujala'], hi: ['अमर उजाला'] } },
  { id: 'in-air-india', country: 'IN', description: 'Air India', names: { en: ['Air India'], hi: ['एयर इंडिया'], ur: ['ایئر انڈیا', 'ائیر انڈیا'], fa: ['ایر ایندیا'] } },
  { id: 'in-vande-bharat', country: 'IN', description: 'Vande Bharat Express (train service of Indian Railways)', names: { en: ['Vande Bharat Express', 'Vande Bharat'], hi: ['वंदे भारत एक्सप्रेस', 'वंदे भारत'], ur: ['وندے بھارت'] } },
  { id: 'in-rpf', country: 'IN', description: 'Railway Protection Force (India)', names: { en: ['Railway Protection Force', 'RPF'], hi: ['रेलवे सुरक्षा बल', 'आरपीएफ'] } },
  { id: 'in-ncrb', country: 'IN', description: 'National Crime Records Bureau (India)', names: { en: ['National Crime Records Bureau', 'NCRB'], hi: ['राष्ट्रीय अपराध रिकॉर्ड ब्यूरो', 'एनसीआरबी'], ur: ['نیشنل کرائم ریکارڈز بیورو'] } },
  { id: 'in-cpcb', country: 'IN', description: 'Central Pollution Control Board (India)', names: { en: ['Central Pollution Control Board', 'CPCB'], hi: ['केंद्रीय प्रदूषण नियंत्रण बोर्ड', 'सीपीसीबी'] } },
  { id: 'in-caqm', country: 'IN', description: 'Commission for Air Quality Management (Delhi NCR)', names: { en: ['Commission for Air Quality Management', 'CAQM'], hi: ['वायु गुणवत्ता प्रबंधन आयोग', 'सीएक्यूएम'] } },
  // Carmakers, two-wheeler makers, their dealers, and listed technology firms of business news.
  { id: 'in-fada', country: 'IN', description: 'Federation of Automobile Dealers Associations (India)', names: { en: ['Federation of Automobile Dealers Associations', 'FADA'], hi: ['फाडा', 'फेडरेशन ऑफ ऑटोमोबाइल डीलर्स एसोसिएशंस'] } },
  { id: 'in-hero-motocorp', country: 'IN', description: 'Hero MotoCorp (two-wheeler maker)', names: { en: ['Hero MotoCorp'], hi: ['हीरो मोटोकॉर्प'] } },
  { id: 'in-ola-electric', country: 'IN', description: 'Ola Electric (electric two-wheeler maker)', names: { en: ['Ola Electric'], hi: ['ओला इलेक्ट्रिक'] } },
  { id: 'in-mahindra', country: 'IN', description: 'Mahindra & Mahindra (carmaker)', names: { en: ['Mahindra & Mahindra', 'Mahindra'], hi: ['महिंद्रा एंड महिंद्रा', 'महिंद्रा'] } },
  { id: 'in-tcs', country: 'IN', description: 'Tata Consultancy Services', names: { en: ['Tata Consultancy Services', 'TCS'], hi: ['टाटा कंसल्टेंसी सर्विसेज', 'टीसीएस'] } },
  { id: 'in-reliance-jio', country: 'IN', description: 'Reliance Jio (telecom operator)', names: { en: ['Reliance Jio', 'Jio'], hi: ['रिलायंस जियो'] } },
  { id: 'in-trai', country: 'IN', description: 'Telecom Regulatory Authority of India', names: { en: ['Telecom Regulatory Authority of India', 'TRAI'], hi: ['भारतीय दूरसंचार नियामक प्राधिकरण', 'ट्राई'] } },
  { id: 'in-rgi', country: 'IN', description: 'Registrar General of India (runs the census)', names: { en: ['Registrar General of India', 'Registrar General and Census Commissioner'], hi: ['भारत के महारजिस्ट्रार', 'महापंजीयक'] } },
  { id: 'in-infosys', country: 'IN', description: 'Infosys (IT services)', names: { en: ['Infosys'], hi: ['इंफोसिस'] } },
  { id: 'in-zomato', country: 'IN', description: 'Zomato (food delivery)', names: { en: ['Zomato'], hi: ['जोमैटो', 'ज़ोमैटो'] } },
  { id: 'in-pvr-inox', country: 'IN', description: 'PVR Inox (multiplex operator)', names: { en: ['PVR Inox', 'PVR INOX'], hi: ['पीवीआर आईनॉक्स'] } },
  { id: 'in-railways', country: 'IN', description: 'Indian Railways', names: { en: ['Indian Railways'], hi: ['भारतीय रेल', 'भारतीय रेलवे'], ur: ['بھارتی ریلوے', 'انڈین ریلوے'] } },
  // Telecom operators and the startups of funding-round news.
  { id: 'in-airtel', country: 'IN', description: 'Bharti Airtel (telecom operator)', names: { en: ['Bharti Airtel', 'Airtel'], hi: ['भारती एयरटेल', 'एयरटेल'] } },
  { id: 'in-vodafone-idea', country: 'IN', description: 'Vodafone Idea (telecom operator)', names: { en: ['Vodafone Idea'], hi: ['वोडाफोन आइडिया', 'वोडाफोन-आइडिया'] } },
  { id: 'in-bsnl', country: 'IN', description: 'Bharat Sanchar Nigam Limited (state telecom operator)', names: { en: ['Bharat Sanchar Nigam Limited', 'BSNL'], hi: ['भारत संचार निगम लिमिटेड', 'बीएसएनएल'] } },
  { id: 'in-flipkart', country: 'IN', description: 'Flipkart (e-commerce)', names: { en: ['Flipkart'], hi: ['फ्लिपकार्ट'] } },
  { id: 'in-paytm', country: 'IN', description: 'Paytm (payments)', names: { en: ['Paytm'], hi: ['पेटीएम'] } },
  { id: 'in-swiggy', country: 'IN', description: 'Swiggy (food and grocery delivery)', names: { en: ['Swiggy'], hi: ['स्विगी'] } },
  { id: 'in-zepto', country: 'IN', description: 'Zepto (quick commerce)', names: { en: ['Zepto'], hi: ['जेप्टो', 'ज़ेप्टो'] } },
  { id: 'in-byjus', country: 'IN', description: "Byju's (edtech)", names: { en: ["Byju's", 'Byjus', "BYJU'S"], hi: ['बायजूस', 'बायजू'] } },
  // India: parties (Congress: see the us-congress row; bare English "Congress" is not listed)
  { id: 'in-bjp', country: 'IN', description: 'Bharatiya Janata Party', names: {
    en: ['Bharatiya Janata Party', 'BJP'], hi: ['भारतीय जनता पार्टी', 'भाजपा', 'बीजेपी'], ur: ['بھارتیہ جنتا پارٹی', 'بی جے پی'], fa: ['حزب بهاراتیا جاناتا', 'بهاراتیا جاناتا'] } },
  { id: 'in-congress', country: 'IN', description: 'Indian National Congress', names: {
    en: ['Indian National Congress'], hi: ['भारतीय राष्ट्रीय कांग्रेस'], ur: ['انڈین نیشنل کانگریس'],
    fa: ['حزب کنگره ملی هند', 'کنگره ملی هند'] },
    homeNames: { en: ['Congress party'], ur: ['کانگریس', 'کانگریس پارٹی'], fa: ['حزب کنگره'], hi: ['कांग्रेस', 'कांग्रेस पार्टी'] } },
  { id: 'np-congress', country: 'NP', description: 'Nepali Congress (party of Nepal)', names: {
    en: ['Nepali Congress'], hi: ['नेपाली कांग्रेस'], ur: ['نیپالی کانگریس'], fa: ['حزب کنگره نپال', 'کنگره نپال'] } },
  { id: 'in-aap', country: 'IN', description: 'Aam Aadmi Party', names: { en: ['Aam Aadmi Party', 'AAP'], hi: ['आम आदमी पार्टी'], ur: ['عام آدمی پارٹی'] } },
  { id: 'in-tmc', country: 'IN', description: 'All India Trinamool Congress', names: { en: ['Trinamool Congress', 'All India Trinamool Congress', 'TMC'], hi: ['तृणमूल कांग्रेस', 'टीएमसी'], ur: ['ترنمول کانگریس'] } },
  { id: 'in-ncp', country: 'IN', description: 'Nationalist Congress Party (India)', names: { en: ['Nationalist Congress Party', 'NCP'], hi: ['राष्ट्रवादी कांग्रेस पार्टी', 'राकांपा', 'एनसीपी'] } },
  { id: 'in-ysrcp', country: 'IN', description: 'YSR Congress Party (India)', names: { en: ['YSR Congress Party', 'YSR Congress', 'YSRCP'], hi: ['वाईएसआर कांग्रेस', 'वाईएसआर कांग्रेस पार्टी'] } },
  { id: 'in-sp', country: 'IN', description: 'Samajwadi Party (India)', names: { en: ['Samajwadi Party'], hi: ['समाजवादी पार्टी', 'सपा'], ur: ['سماج وادی پارٹی'] } },
  { id: 'in-shiv-sena', country: 'IN', description: 'Shiv Sena (India)', names: { en: ['Shiv Sena'], hi: ['शिवसेना', 'शिव सेना'], ur: ['شیو سینا'] } },
  { id: 'in-shiv-sena-ubt', country: 'IN', description: 'Shiv Sena (Uddhav Balasaheb Thackeray) (India)', names: { en: ['Shiv Sena (UBT)', 'Shiv Sena (Uddhav Balasaheb Thackeray)', 'Sena (UBT)'], hi: ['शिवसेना (यूबीटी)', 'शिवसेना (उद्धव बालासाहेब ठाकरे)', 'शिवसेना (उद्धव गुट)'] } },
  { id: 'in-ncp-sp', country: 'IN', description: 'Nationalist Congress Party (Sharadchandra Pawar) (India)', names: { en: ['NCP (SP)', 'NCP (Sharadchandra Pawar)', 'NCP(SP)'], hi: ['एनसीपी (एसपी)', 'एनसीपी (शरदचंद्र पवार)', 'राकांपा (शरदचंद्र पवार)'] } },
  { id: 'in-inld', country: 'IN', description: 'Indian National Lok Dal', names: { en: ['Indian National Lok Dal', 'INLD'], hi: ['इंडियन नेशनल लोकदल', 'इंडियन नेशनल लोक दल', 'इनेलो', 'आईएनएलडी'] } },
  { id: 'in-jknc', country: 'IN', description: 'Jammu and Kashmir National Conference', names: { en: ['Jammu and Kashmir National Conference', 'JKNC'], hi: ['नेशनल कॉन्फ्रेंस', 'नेशनल कांफ्रेंस', 'जम्मू-कश्मीर नेशनल कॉन्फ्रेंस'] } },
  { id: 'in-tdp', country: 'IN', description: 'Telugu Desam Party (India)', names: { en: ['Telugu Desam Party', 'TDP'], hi: ['तेलुगु देशम पार्टी', 'तेलुगू देशम पार्टी', 'टीडीपी'] } },
  { id: 'in-jdu', country: 'IN', description: 'Janata Dal (United) (India)', names: { en: ['Janata Dal (United)', 'JD(U)', 'JDU'], hi: ['जनता दल (यूनाइटेड)', 'जनता दल यूनाइटेड', 'जदयू', 'जेडीयू'] } },
  { id: 'in-jmm', country: 'IN', description: 'Jharkhand Mukti Morcha (India)', names: { en: ['Jharkhand Mukti Morcha', 'JMM'], hi: ['झारखंड मुक्ति मोर्चा', 'झामुमो'] } },
  { id: 'in-india-bloc', country: 'IN', description: 'INDIA bloc (Indian National Developmental Inclusive Alliance)', names: { en: ['INDIA bloc', 'INDIA alliance'], hi: ['इंडिया गठबंधन', 'इंडिया ब्लॉक'] } },
  { id: 'in-nda', country: 'IN', description: 'National Democratic Alliance (India)', names: { en: ['National Democratic Alliance'], hi: ['राष्ट्रीय जनतांत्रिक गठबंधन', 'एनडीए', 'राजग'] } },
  { id: 'in-mva', country: 'IN', description: 'Maha Vikas Aghadi (Maharashtra alliance)', names: { en: ['Maha Vikas Aghadi', 'MVA'], hi: ['महा विकास अघाड़ी', 'महाविकास अघाड़ी'] } },
  // India: agencies and boards of disasters and exams
  { id: 'in-ndrf', country: 'IN', description: 'National Disaster Response Force (India)', names: { en: ['National Disaster Response Force', 'NDRF'], hi: ['राष्ट्रीय आपदा मोचन बल', 'एनडीआरएफ'], ur: ['این ڈی آر ایف'] } },
  { id: 'in-cbse', country: 'IN', description: 'Central Board of Secondary Education (India)', names: { en: ['Central Board of Secondary Education', 'CBSE'], hi: ['केंद्रीय माध्यमिक शिक्षा बोर्ड', 'सीबीएसई'] } },
  // India: news media
  { id: 'in-ndtv', country: 'IN', description: 'NDTV (Indian broadcaster)', names: { en: ['NDTV', 'NDTV India'], hi: ['एनडीटीवी', 'एनडीटीवी इंडिया', 'NDTV इंडिया'] } },
  { id: 'in-the-hindu', country: 'IN', description: 'The Hindu (English daily)', names: { en: ['The Hindu'], hi: ['द हिंदू'] } },
  { id: 'in-times-of-india', country: 'IN', description: 'The Times of India (English daily)', names: { en: ['Times of India', 'The Times of India'], hi: ['टाइम्स ऑफ इंडिया'] } },
  { id: 'in-indian-express', country: 'IN', description: 'The Indian Express (English daily)', names: { en: ['Indian Express', 'The Indian Express', 'Express News Service'] } },
  { id: 'in-mea', country: 'IN', description: 'Ministry of External Affairs (India)', names: {
    en: ['Ministry of External Affairs', 'External Affairs Ministry', "India's Foreign Ministry", 'Indian Foreign Ministry'], hi: ['भारतीय विदेश मंत्रालय', 'भारत का विदेश मंत्रालय', 'विदेश मामलों का मंत्रालय'],
    ur: ['بھارتی وزارت خارجہ', 'بھارت کی وزارت خارجہ', 'بھارتی دفتر خارجہ', 'ہندوستانی وزارت خارجہ'], fa: ['وزارت امور خارجه هند', 'وزارت خارجه هند'] },
    homeNames: { hi: ['विदेश मंत्रालय'] } },
  { id: 'in-aiims', country: 'IN', description: 'All India Institute of Medical Sciences (New Delhi)', names: {
    en: ['All India Institute of Medical Sciences', 'AIIMS'], hi: ['अखिल भारतीय आयुर्विज्ञान संस्थान', 'एम्स'], ur: ['آل انڈیا انسٹی ٹیوٹ آف میڈیکل سائنسز'] } },
  { id: 'in-bsp', country: 'IN', description: 'Bahujan Samaj Party (India)', names: { en: ['Bahujan Samaj Party', 'BSP'], hi: ['बहुजन समाज पार्टी', 'बसपा'], ur: ['بہوجن سماج پارٹی'] } },
  // Iran
  { id: 'ir-central-bank', country: 'IR', description: 'Central Bank of the Islamic Republic of Iran', names: {
    en: ['Central Bank of Iran', 'Central Bank of the Islamic Republic of Iran'], fa: ['بانک مرکزی جمهوری اسلامی ایران', 'بانک مرکزی ایران'],
    ur: ['ایران کا مرکزی بینک', 'ایرانی مرکزی بینک'], hi: ['ईरान का केंद्रीय बैंक'] },
    homeNames: { fa: ['بانک مرکزی'] } },
  { id: 'ir-majlis', country: 'IR', description: 'Islamic Consultative Assembly (Parliament of Iran)', names: {
    en: ['Islamic Consultative Assembly', 'Parliament of Iran', 'Iranian Parliament'], fa: ['مجلس شورای اسلامی', 'مجلس ایران', 'پارلمان ایران'],
    ur: ['مجلس شوریٰ اسلامی', 'ایرانی پارلیمنٹ', 'ایران کی پارلیمنٹ'], hi: ['ईरानी संसद', 'ईरान का संसद'] },
    homeNames: { fa: ['مجلس شورا'] } },
  { id: 'ir-guardian-council', country: 'IR', description: 'Guardian Council (Iran)', names: {
    en: ['Guardian Council', 'The Guardian Council', 'Council of Guardians'], fa: ['شورای نگهبان', 'شورای نگهبان قانون اساسی'], ur: ['گارڈین کونسل', 'شوریٰ نگہبان'], hi: ['गार्जियन काउंसिल'] } },
  { id: 'ir-assembly-of-experts', country: 'IR', description: 'Assembly of Experts (Iran)', names: { en: ['Assembly of Experts'], fa: ['مجلس خبرگان', 'مجلس خبرگان رهبری'], ur: ['مجلس خبرگان'] } },
  { id: 'ir-expediency-council', country: 'IR', description: 'Expediency Discernment Council (Iran)', names: {
    en: ['Expediency Discernment Council', 'Expediency Council'], fa: ['مجمع تشخیص مصلحت نظام', 'مجمع تشخیص مصلحت'] } },
  { id: 'ir-snsc', country: 'IR', description: 'Supreme National Security Council (Iran)', names: {
    ur: ['سپریم نیشنل سیکیورٹی کونسل'] },
    homeNames: { en: ['Supreme National Security Council'], fa: ['شورای عالی امنیت ملی'] } },
  { id: 'ir-judiciary', country: 'IR', description: 'Judiciary of the Islamic Republic of Iran', names: { en: ['Judiciary of Iran'] },
    homeNames: { fa: ['قوه قضاییه', 'قوه قضائیه', 'قوهٔ قضاییه'] } },
  { id: 'ir-supreme-court', country: 'IR', description: 'Supreme Court of Iran', names: { en: ['Supreme Court of Iran'], ur: ['ایرانی سپریم کورٹ', 'ایران کی سپریم کورٹ'] },
    homeNames: { fa: ['دیوان عالی کشور'] } },
  { id: 'ir-irgc', country: 'IR', description: 'Islamic Revolutionary Guard Corps (Iran)', names: {
    en: ['Islamic Revolutionary Guard Corps', 'IRGC', 'Revolutionary Guards', 'Revolutionary Guard Corps'],
    fa: ['سپاه پاسداران انقلاب اسلامی', 'سپاه پاسداران', 'پاسداران انقلاب اسلامی', 'پاسداران انقلاب'], ur: ['پاسداران انقلاب', 'ایرانی پاسداران انقلاب', 'آئی آر جی سی'],
    hi: ['इस्लामिक रिवोल्यूशनरी गार्ड कॉर्प्स', 'इस्लामिक रिवोल्यूशनरी गार्ड', 'रिवोल्यूशनरी गार्ड', 'आईआरजीसी'] } },
  { id: 'ir-army', country: 'IR', description: 'Islamic Republic of Iran Army (Artesh)', names: { en: ['Islamic Republic of Iran Army'], fa: ['ارتش جمهوری اسلامی ایران', 'ارتش ایران'], ur: ['ایرانی فوج'], hi: ['ईरानी सेना'] } },
  { id: 'ir-statistical-centre', country: 'IR', description: 'Statistical Centre of Iran', names: {
    en: ['Statistical Centre of Iran', 'Statistical Center of Iran'], fa: ['مرکز آمار ایران'] },
    homeNames: { fa: ['مرکز آمار'] } },
  { id: 'ir-plan-budget', country: 'IR', description: 'Plan and Budget Organization (Iran)', names: { en: ['Plan and Budget Organization'] },
    homeNames: { fa: ['سازمان برنامه و بودجه', 'سازمان برنامه و بودجه کشور'] } },
  { id: 'ir-meteorological', country: 'IR', description: 'Iran Meteorological Organization', names: {
    en: ['Iran Meteorological Organization'], fa: ['سازمان هواشناسی کشور', 'سازمان هواشناسی ایران'] },
    homeNames: { fa: ['سازمان هواشناسی'] } },
  { id: 'ir-tse', country: 'IR', description: 'Tehran Stock Exchange', names: { en: ['Tehran Stock Exchange'], fa: ['بورس اوراق بهادار تهران', 'بورس تهران'], ur: ['تہران اسٹاک ایکسچینج'] } },
  { id: 'ir-aeoi', country: 'IR', description: 'Atomic Energy Organization of Iran', names: {
    en: ['Atomic Energy Organization of Iran', 'AEOI'], fa: ['سازمان انرژی اتمی ایران'] },
    homeNames: { fa: ['سازمان انرژی اتمی'] } },
  { id: 'ir-space-agency', country: 'IR', description: 'Iranian Space Agency', names: { en: ['Iranian Space Agency'], fa: ['سازمان فضایی ایران'], ur: ['ایرانی خلائی ایجنسی'] } },
  { id: 'ir-nioc', country: 'IR', description: 'National Iranian Oil Company', names: { en: ['National Iranian Oil Company', 'NIOC'], fa: ['شرکت ملی نفت ایران'] } },
  { id: 'ir-irib', country: 'IR', description: 'Islamic Republic of Iran Broadcasting (state broadcaster)', names: {
    en: ['Islamic Republic of Iran Broadcasting', 'IRIB'], fa: ['صدا و سیما', 'صداوسیما', 'سازمان صدا و سیما', 'صدا و سیمای جمهوری اسلامی ایران', 'صدا و سیمای جمهوری اسلامی'], ur: ['آئی آر آئی بی'] } },
  { id: 'ir-press-tv', country: 'IR', description: 'Press TV (Iranian state English-language channel)', names: { en: ['Press TV'], fa: ['پرس تی وی', 'پرس‌تی‌وی'], ur: ['پریس ٹی وی'], hi: ['प्रेस टीवी'] } },
  { id: 'ir-fars', country: 'IR', description: 'Fars News Agency (Iran)', names: { en: ['Fars News Agency', 'Fars News'], fa: ['خبرگزاری فارس'], ur: ['فارس نیوز ایجنسی', 'فارس نیوز'] } },
  { id: 'ir-tasnim', country: 'IR', description: 'Tasnim News Agency (Iran)', names: { en: ['Tasnim News Agency'], fa: ['خبرگزاری تسنیم'], ur: ['تسنیم نیوز ایجنسی', 'تسنیم نیوز'] } },
  { id: 'ir-isna', country: 'IR', description: 'Iranian Students News Agency', names: { en: ['Iranian Students News Agency'], fa: ['ایسنا', 'خبرگزاری ایسنا', 'خبرگزاری دانشجویان ایران'] } },
  { id: 'ir-ilna', country: 'IR', description: 'Iranian Labour News Agency', names: { en: ['Iranian Labour News Agency', 'ILNA'], fa: ['ایلنا', 'خبرگزاری ایلنا', 'خبرگزاری کار ایران'] } },
  { id: 'ir-mehr', country: 'IR', description: 'Mehr News Agency (Iran)', names: { en: ['Mehr News Agency'], fa: ['خبرگزاری مهر'], ur: ['مہر نیوز ایجنسی'] } },
  { id: 'ir-air-quality-company', country: 'IR', description: 'Tehran Air Quality Control Company', names: { en: ['Tehran Air Quality Control Company'], fa: ['شرکت کنترل کیفیت هوای تهران', 'شرکت کنترل کیفیت هوا'] } },
  { id: 'ir-hamshahri', country: 'IR', description: 'Hamshahri (Tehran daily)', names: { en: ['Hamshahri'], fa: ['روزنامه همشهری', 'همشهری آنلاین'] } },
  { id: 'ir-iran-air', country: 'IR', description: 'Iran Air (national airline)', names: { en: ['Iran Air'], fa: ['ایران ایر', 'ایران‌ایر', 'هواپیمایی جمهوری اسلامی ایران'], ur: ['ایران ایئر'] } },
  { id: 'ir-railways', country: 'IR', description: 'Islamic Republic of Iran Railways', names: { en: ['Islamic Republic of Iran Railways'], fa: ['راه‌آهن جمهوری اسلامی ایران', 'راه آهن جمهوری اسلامی ایران', 'راه‌آهن ایران'] } },
  // Mobile operators: همراه اول (MCI), ایرانسل, رایتل.
  { id: 'ir-mci', country: 'IR', description: 'Mobile Telecommunication Company of Iran (Hamrah-e Aval)', names: { en: ['Hamrah-e Aval'], fa: ['همراه اول', 'شرکت ارتباطات سیار ایران'] } },
  { id: 'ir-irancell', country: 'IR', description: 'Irancell (mobile operator)', names: { en: ['Irancell', 'MTN Irancell'], fa: ['ایرانسل', 'ایران‌سل'] } },
  { id: 'ir-rightel', country: 'IR', description: 'Rightel (mobile operator)', names: { en: ['Rightel'], fa: ['رایتل'] } },
  // Iran's ministries and agencies: Persian news of Iran names them bare; Afghan Dari news names its own otherwise (وزارت داخله, وزارت صحت عامه).
  { id: 'ir-interior', country: 'IR', description: 'Ministry of Interior (Iran)', names: { en: ['Interior Ministry of Iran'], fa: ['وزارت کشور ایران'] }, homeNames: { fa: ['وزارت کشور'] } },
  // وزارت دفاع and وزارت اقتصاد also name Afghanistan's ministries in Dari news: only written with Iran are they Iran's. A bare
  // وزارت امور خارجه is Iran's like other home names, and Afghanistan's in a report about Afghanistan (homeBodies.ts, af-foreign).
  { id: 'ir-foreign', country: 'IR', description: 'Ministry of Foreign Affairs (Iran)', names: { en: ['Foreign Ministry of Iran', "Iran's Foreign Ministry", 'Iranian Foreign Ministry', "Iran's Ministry of Foreign Affairs"],
    fa: ['وزارت امور خارجه ایران', 'وزارت خارجه ایران'], ur: ['ایرانی وزارت خارجہ', 'ایران کی وزارت خارجہ'], hi: ['ईरानी विदेश मंत्रालय', 'ईरान का विदेश मंत्रालय'] },
    homeNames: { fa: ['وزارت امور خارجه', 'وزارت خارجه'] } },
  { id: 'ir-health', country: 'IR', description: 'Ministry of Health and Medical Education (Iran)', names: { en: ['Ministry of Health and Medical Education'], fa: ['وزارت بهداشت ایران'] },
    homeNames: { fa: ['وزارت بهداشت', 'وزارت بهداشت و درمان', 'وزارت بهداشت درمان و آموزش پزشکی'] } },
  { id: 'ir-economy', country: 'IR', description: 'Ministry of Economic Affairs and Finance (Iran)', names: { en: ['Ministry of Economic Affairs and Finance'] },
    homeNames: { fa: ['وزارت امور اقتصادی و دارایی'] } },
  { id: 'ir-oil', country: 'IR', description: 'Ministry of Petroleum (Iran)', names: { en: ['Iranian Oil Ministry'], fa: ['وزارت نفت ایران'] }, homeNames: { fa: ['وزارت نفت'] } },
  { id: 'ir-energy', country: 'IR', description: 'Ministry of Energy (Iran)', names: { en: ['Iranian Energy Ministry'] }, homeNames: { fa: ['وزارت نیرو'] } },
  { id: 'ir-roads', country: 'IR', description: 'Ministry of Roads and Urban Development (Iran)', names: { en: ['Ministry of Roads and Urban Development'] },
    homeNames: { fa: ['وزارت راه و شهرسازی'] } },
  { id: 'ir-education', country: 'IR', description: 'Ministry of Education (Iran)', names: { en: ['Iranian Ministry of Education'] }, homeNames: { fa: ['وزارت آموزش و پرورش'] } },
  { id: 'ir-science', country: 'IR', description: 'Ministry of Science, Research and Technology (Iran)', names: { en: ['Ministry of Science, Research and Technology'] },
    homeNames: { fa: ['وزارت علوم', 'وزارت علوم تحقیقات و فناوری'] } },
  { id: 'ir-intelligence', country: 'IR', description: 'Ministry of Intelligence (Iran)', names: { en: ['Iranian Ministry of Intelligence'] }, homeNames: { fa: ['وزارت اطلاعات'] } },
  { id: 'ir-labour', country: 'IR', description: 'Ministry of Cooperatives, Labour and Social Welfare (Iran)', names: { en: ['Ministry of Cooperatives, Labour and Social Welfare'] },
    homeNames: { fa: ['وزارت تعاون کار و رفاه اجتماعی'] } },
  { id: 'ir-industry', country: 'IR', description: 'Ministry of Industry, Mine and Trade (Iran)', names: { en: ['Ministry of Industry, Mine and Trade'] },
    homeNames: { fa: ['وزارت صنعت معدن و تجارت', 'وزارت صمت'] } },
  { id: 'ir-agriculture', country: 'IR', description: 'Ministry of Agriculture Jihad (Iran)', names: { en: ['Ministry of Agriculture Jihad'], fa: ['وزارت جهاد کشاورزی'] } },
  { id: 'ir-ict', country: 'IR', description: 'Ministry of Information and Communications Technology (Iran)', names: { en: ['Ministry of Information and Communications Technology of Iran'] },
    homeNames: { fa: ['وزارت ارتباطات', 'وزارت ارتباطات و فناوری اطلاعات'] } },
  { id: 'ir-culture', country: 'IR', description: 'Ministry of Culture and Islamic Guidance (Iran)', names: { en: ['Ministry of Culture and Islamic Guidance'], fa: ['وزارت فرهنگ و ارشاد اسلامی', 'وزارت ارشاد'] } },
  { id: 'ir-sport', country: 'IR', description: 'Ministry of Sport and Youth (Iran)', names: { en: ['Ministry of Sport and Youth'] }, homeNames: { fa: ['وزارت ورزش و جوانان', 'وزارت ورزش'] } },
  { id: 'ir-red-crescent', country: 'IR', description: 'Iranian Red Crescent Society', names: { en: ['Iranian Red Crescent Society', 'Iranian Red Crescent'], fa: ['جمعیت هلال احمر ایران', 'جمعیت هلال احمر جمهوری اسلامی ایران', 'هلال احمر ایران'] },
    homeNames: { fa: ['جمعیت هلال احمر', 'هلال احمر'] } },
  { id: 'ir-civil-registration', country: 'IR', description: 'National Organization for Civil Registration (Iran)', names: { en: ['National Organization for Civil Registration'] },
    homeNames: { fa: ['سازمان ثبت احوال', 'سازمان ثبت احوال کشور'] } },
  { id: 'ir-crisis-management', country: 'IR', description: 'National Disaster Management Organization (Iran)', names: { en: ['National Disaster Management Organization of Iran'] },
    homeNames: { fa: ['سازمان مدیریت بحران کشور'] } },
  { id: 'ir-fda', country: 'IR', description: 'Iran Food and Drug Administration', names: { en: ['Iran Food and Drug Administration'], fa: ['سازمان غذا و دارو ایران'] },
    homeNames: { fa: ['سازمان غذا و دارو'] } },
  { id: 'ir-relief-rescue', country: 'IR', description: 'Relief and Rescue Organization of the Iranian Red Crescent', names: { en: ['Red Crescent Relief and Rescue Organization'] },
    homeNames: { fa: ['سازمان امداد و نجات', 'سازمان امداد و نجات جمعیت هلال احمر'] } },
  { id: 'ir-police', country: 'IR', description: 'Law Enforcement Command of the Islamic Republic of Iran (FARAJA)', names: {
    en: ['Law Enforcement Command of the Islamic Republic of Iran', 'FARAJA'], fa: ['فراجا', 'ناجا', 'فرماندهی انتظامی جمهوری اسلامی ایران', 'نیروی انتظامی جمهوری اسلامی ایران'] },
    homeNames: { fa: ['فرماندهی انتظامی', 'نیروی انتظامی'] } },
  { id: 'ir-nigc', country: 'IR', description: 'National Iranian Gas Company', names: { en: ['National Iranian Gas Company', 'NIGC'], fa: ['شرکت ملی گاز ایران'] }, homeNames: { fa: ['شرکت ملی گاز'] } },
  { id: 'ir-housing-foundation', country: 'IR', description: 'Housing Foundation of Islamic Revolution (Iran)', names: { en: ['Housing Foundation of Islamic Revolution'], fa: ['بنیاد مسکن انقلاب اسلامی', 'بنیاد مسکن'] } },
  { id: 'ir-nationals-bureau', country: 'IR', description: 'Bureau for Aliens and Foreign Immigrants Affairs (Iran)', names: {
    en: ['Bureau for Aliens and Foreign Immigrants Affairs', 'BAFIA'], fa: ['مرکز امور اتباع و مهاجرین خارجی', 'اداره کل امور اتباع و مهاجرین خارجی', 'سازمان امور اتباع و مهاجرین خارجی'] } },
  { id: 'ir-exchange-centre', country: 'IR', description: 'Iran Center for Exchange of Currency and Gold', names: { en: ['Iran Center for Exchange of Currency and Gold'], fa: ['مرکز مبادله ارز و طلای ایران', 'مرکز مبادله ارز و طلا'] } },
  { id: 'ir-customs', country: 'IR', description: 'Islamic Republic of Iran Customs Administration', names: { en: ['Iran Customs Administration'], fa: ['گمرک ایران', 'گمرک جمهوری اسلامی ایران'] } },
  { id: 'ir-tehran-municipality', country: 'IR', description: 'Municipality of Tehran', names: { en: ['Tehran Municipality'], fa: ['شهرداری تهران'] } },
  { id: 'ir-tehran-council', country: 'IR', description: 'Islamic City Council of Tehran', names: { en: ['Tehran City Council'], fa: ['شورای اسلامی شهر تهران', 'شورای شهر تهران'] } },
  // Bodies of exam, environment, prison, tourism, gold-market and car-industry news.
  { id: 'ir-sanjesh', country: 'IR', description: 'Sanjesh Organization (Iran national university entrance exam body)', names: {
    en: ['Sanjesh Organization', 'Iran Education Evaluation Organization'], fa: ['سازمان سنجش آموزش کشور', 'سازمان سنجش'] } },
  { id: 'ir-environment', country: 'IR', description: 'Department of Environment (Iran)', names: {
    en: ['Department of Environment of Iran'], fa: ['سازمان حفاظت محیط زیست', 'سازمان حفاظت محیط‌زیست', 'سازمان محیط زیست'] } },
  { id: 'ir-forests', country: 'IR', description: 'Forests, Range and Watershed Management Organization (Iran)', names: {
    en: ['Forests, Range and Watershed Management Organization'], fa: ['سازمان جنگل‌ها، مراتع و آبخیزداری', 'سازمان جنگل‌ها و مراتع', 'سازمان جنگلها', 'سازمان جنگل‌ها'] } },
  { id: 'ir-prisons', country: 'IR', description: 'Iran Prisons Organization', names: {
    en: ['Iran Prisons Organization'], fa: ['سازمان زندان‌ها و اقدامات تأمینی و تربیتی', 'سازمان زندان‌ها', 'سازمان زندانها'] } },
  { id: 'ir-heritage', country: 'IR', description: 'Ministry of Cultural Heritage, Tourism and Handicrafts (Iran)', names: {
    en: ['Ministry of Cultural Heritage, Tourism and Handicrafts'], fa: ['وزارت میراث فرهنگی، گردشگری و صنایع دستی', 'وزارت میراث فرهنگی', 'وزارت میراث'] } },
  // Bodies of aviation and water news.
  { id: 'ir-cao', country: 'IR', description: 'Civil Aviation Organization of Iran', names: {
    en: ['Civil Aviation Organization of Iran', "Iran's Civil Aviation Organization", 'CAO.IRI'], fa: ['سازمان هواپیمایی کشوری'] } },
  { id: 'ir-airports', country: 'IR', description: 'Iran Airports and Air Navigation Company', names: {
    en: ['Iran Airports and Air Navigation Company', 'Iran Airports Company'], fa: ['شرکت فرودگاه‌ها و ناوبری هوایی ایران', 'شرکت فرودگاه‌های کشور', 'شرکت فرودگاه‌ها'] } },
  { id: 'ir-water-resources', country: 'IR', description: 'Iran Water Resources Management Company', names: {
    en: ['Iran Water Resources Management Company'], fa: ['شرکت مدیریت منابع آب ایران', 'شرکت مدیریت منابع آب'] } },
  { id: 'ir-gold-union', country: 'IR', description: 'Tehran Gold and Jewellery Union', names: { en: ['Tehran Gold and Jewellery Union'], fa: ['اتحادیه طلا و جواهر تهران', 'اتحادیه طلا و جواهر'] } },
  { id: 'ir-khodro', country: 'IR', description: 'Iran Khodro (carmaker)', names: { en: ['Iran Khodro', 'IKCO'], fa: ['ایران‌خودرو', 'ایران خودرو', 'ایرانخودرو'] } },
  { id: 'ir-saipa', country: 'IR', description: 'SAIPA (carmaker)', names: { en: ['SAIPA'], fa: ['سایپا', 'گروه خودروسازی سایپا'] } },
  // Football clubs by the names that are no everyday words (not bare استقلال "independence", تراکتور, فولاد, ذوب‌آهن).
  { id: 'ir-persepolis', country: 'IR', description: 'Persepolis F.C. (Tehran football club)', names: { en: ['Persepolis F.C.', 'Persepolis FC'], fa: ['پرسپولیس', 'باشگاه پرسپولیس'] } },
  { id: 'ir-esteghlal', country: 'IR', description: 'Esteghlal F.C. (Tehran football club)', names: { en: ['Esteghlal F.C.', 'Esteghlal FC'], fa: ['استقلال تهران', 'باشگاه استقلال', 'تیم استقلال'] } },
  { id: 'ir-sepahan', country: 'IR', description: 'Sepahan S.C. (Isfahan football club)', names: { en: ['Sepahan'], fa: ['سپاهان', 'سپاهان اصفهان', 'باشگاه سپاهان'] } },
  { id: 'ir-tractor', country: 'IR', description: 'Tractor S.C. (Tabriz football club)', names: { en: ['Tractor S.C.'], fa: ['تراکتور تبریز', 'تراکتورسازی', 'تراکتورسازی تبریز', 'باشگاه تراکتور'] } },
  { id: 'ir-gol-gohar', country: 'IR', description: 'Gol Gohar Sirjan F.C.', names: { en: ['Gol Gohar'], fa: ['گل‌گهر', 'گل گهر سیرجان', 'گل‌گهر سیرجان'] } },
  { id: 'ir-university-of-tehran', country: 'IR', description: 'University of Tehran', names: { en: ['University of Tehran', 'Tehran University'], fa: ['دانشگاه تهران'] } },
  // Afghanistan
  { id: 'af-foreign', country: 'AF', description: 'Ministry of Foreign Affairs (Afghanistan)', names: {
    en: ["Afghanistan's Foreign Ministry", 'Afghan Foreign Ministry', 'Foreign Ministry of Afghanistan'], fa: ['وزارت امور خارجه افغانستان', 'وزارت خارجه افغانستان'],
    ur: ['افغان وزارت خارجہ', 'افغانستان کی وزارت خارجہ'], hi: ['अफगान विदेश मंत्रालय', 'अफगानिस्तान का विदेश मंत्रालय'] } },
  { id: 'af-refugees-ministry', country: 'AF', description: 'Ministry of Refugees and Repatriation (Afghanistan)', names: {
    en: ['Ministry of Refugees and Repatriation'], fa: ['وزارت امور مهاجرین و عودت‌کنندگان', 'وزارت مهاجرین و عودت‌کنندگان', 'وزارت مهاجرین'] } },
  // Ministries Dari names in words neither Iran nor Urdu uses for its own (صحت عامه, مالیه, تحصیلات عالی; not داخله, Urdu's وزارت داخلہ).
  { id: 'af-health-ministry', country: 'AF', description: 'Ministry of Public Health (Afghanistan)', names: { en: ['Afghan Ministry of Public Health'], fa: ['وزارت صحت عامه'] } },
  { id: 'af-finance-ministry', country: 'AF', description: 'Ministry of Finance (Afghanistan)', names: { en: ['Afghan Ministry of Finance'], fa: ['وزارت مالیه'] } },
  { id: 'af-higher-education-ministry', country: 'AF', description: 'Ministry of Higher Education (Afghanistan)', names: { en: ['Afghan Ministry of Higher Education'], fa: ['وزارت تحصیلات عالی'] } },
  { id: 'af-disaster-ministry', country: 'AF', description: 'Ministry of Disaster Management (Afghanistan)', names: {
    en: ['Afghan Ministry of Disaster Management'], fa: ['وزارت مبارزه با حوادث', 'وزارت دولتی امور رسیدگی به حوادث'] } },
  { id: 'af-information-culture', country: 'AF', description: 'Ministry of Information and Culture (Afghanistan)', names: { en: ['Afghan Ministry of Information and Culture'], fa: ['وزارت اطلاعات و فرهنگ'] } },
  { id: 'af-labour', country: 'AF', description: 'Ministry of Labour and Social Affairs (Afghanistan)', names: { en: ['Afghan Ministry of Labour and Social Affairs'], fa: ['وزارت کار و امور اجتماعی'] } },
  { id: 'af-red-crescent', country: 'AF', description: 'Afghan Red Crescent Society', names: { en: ['Afghan Red Crescent Society', 'Afghan Red Crescent'], fa: ['جمعیت هلال احمر افغانستان', 'هلال احمر افغانستان', 'جمعیت سره میاشت', 'سره میاشت'] } },
  { id: 'af-taliban', country: 'AF', description: 'Taliban (Islamic Emirate of Afghanistan)', names: {
    en: ['Taliban', 'Afghan Taliban', 'Islamic Emirate of Afghanistan'], fa: ['طالبان', 'امارت اسلامی افغانستان', 'امارت اسلامی'], ur: ['طالبان', 'افغان طالبان', 'امارت اسلامی افغانستان'], hi: ['तालिबान', 'अफगान तालिबान'] } },
  { id: 'af-central-bank', country: 'AF', description: 'Da Afghanistan Bank (central bank)', names: {
    en: ['Da Afghanistan Bank'], fa: ['د افغانستان بانک', 'بانک مرکزی افغانستان'], ur: ['د افغانستان بینک', 'افغانستان کا مرکزی بینک'] } },
  { id: 'af-nsia', country: 'AF', description: 'National Statistics and Information Authority (Afghanistan)', names: {
    en: ['National Statistics and Information Authority'], fa: ['اداره ملی احصاییه و معلومات', 'اداره ملی احصائیه و معلومات'] } },
  { id: 'af-rta', country: 'AF', description: 'Radio Television Afghanistan (state broadcaster)', names: { en: ['Radio Television Afghanistan'], fa: ['رادیو تلویزیون ملی افغانستان'] },
    homeNames: { fa: ['رادیو تلویزیون ملی'] } },
  { id: 'af-pajhwok', country: 'AF', description: 'Pajhwok Afghan News (news agency)', names: { en: ['Pajhwok Afghan News', 'Pajhwok'], fa: ['پژواک', 'خبرگزاری پژواک', 'آژانس خبری پژواک'] } },
  { id: 'af-tolonews', country: 'AF', description: 'TOLOnews (Afghan broadcaster)', names: { en: ['TOLOnews', 'Tolo News'], fa: ['طلوع‌نیوز', 'طلوع نیوز', 'تلویزیون طلوع'] } },
  { id: 'af-bakhtar', country: 'AF', description: 'Bakhtar News Agency (Afghanistan)', names: { en: ['Bakhtar News Agency'], fa: ['آژانس خبرگزاری باختر', 'خبرگزاری باختر'] } },
  { id: 'af-ariana', country: 'AF', description: 'Ariana Afghan Airlines', names: { en: ['Ariana Afghan Airlines'], fa: ['شرکت هوایی آریانا', 'هواپیمایی آریانا'], ur: ['آریانا افغان ایئرلائنز'] } },
  // Bangladesh
  { id: 'bd-bank', country: 'BD', description: 'Bangladesh Bank (central bank)', names: { en: ['Bangladesh Bank'], ur: ['بنگلہ دیش بینک'], fa: ['بانک مرکزی بنگلادش'], hi: ['बांग्लादेश बैंक'] } },
  { id: 'bd-parliament', country: 'BD', description: 'Jatiya Sangsad (Parliament of Bangladesh)', names: {
    en: ['Jatiya Sangsad', 'Parliament of Bangladesh'], hi: ['जातीय संसद', 'बांग्लादेश का संसद'], ur: ['بنگلہ دیش کی پارلیمنٹ'], fa: ['پارلمان بنگلادش'] } },
  { id: 'bd-election-commission', country: 'BD', description: 'Bangladesh Election Commission', names: {
    en: ['Bangladesh Election Commission'], hi: ['बांग्लादेश चुनाव आयोग', 'बांग्लादेश का चुनाव आयोग'], ur: ['بنگلہ دیش الیکشن کمیشن'], fa: ['کمیسیون انتخابات بنگلادش'] } },
  { id: 'bd-awami-league', country: 'BD', description: 'Bangladesh Awami League (political party)', names: {
    en: ['Awami League', 'Bangladesh Awami League'], hi: ['अवामी लीग'], ur: ['عوامی لیگ'], fa: ['حزب عوامی لیگ', 'عوامی لیگ'] } },
  { id: 'bd-bnp', country: 'BD', description: 'Bangladesh Nationalist Party', names: {
    en: ['Bangladesh Nationalist Party', 'BNP'], hi: ['बांग्लादेश नेशनलिस्ट पार्टी', 'बीएनपी'], ur: ['بنگلہ دیش نیشنلسٹ پارٹی', 'بی این پی'], fa: ['حزب ملی‌گرای بنگلادش'] } },
  { id: 'bd-jamaat-e-islami', country: 'BD', description: 'Bangladesh Jamaat-e-Islami (political party)', names: {
    en: ['Bangladesh Jamaat-e-Islami', 'Jamaat-e-Islami Bangladesh'], hi: ['बांग्लादेश जमात-ए-इस्लामी', 'जमात-ए-इस्लामी बांग्लादेश'], ur: ['جماعت اسلامی بنگلہ دیش', 'بنگلہ دیش جماعت اسلامی'], fa: ['جماعت اسلامی بنگلادش'] } },
  // Foreign counterparts written with their country, so the bare home names above do not take them
  { id: 'us-congress', country: 'US', description: 'United States Congress', names: {
    en: ['United States Congress', 'US Congress'], ur: ['امریکی کانگریس', 'امریکی کانگرس'], fa: ['کنگره آمریکا', 'کنگره ایالات متحده'], hi: ['अमेरिकी कांग्रेस', 'अमेरिका का कांग्रेस'] } },
  { id: 'us-senate', country: 'US', description: 'United States Senate', names: { en: ['United States Senate', 'US Senate'], ur: ['امریکی سینیٹ'], fa: ['سنای آمریکا', 'مجلس سنای آمریکا'], hi: ['अमेरिकी सीनेट'] } },
  { id: 'us-supreme-court', country: 'US', description: 'Supreme Court of the United States', names: {
    en: ['Supreme Court of the United States', 'US Supreme Court', 'United States Supreme Court'], ur: ['امریکی سپریم کورٹ', 'امریکہ کی سپریم کورٹ'], fa: ['دیوان عالی آمریکا'], hi: ['अमेरिकी सुप्रीम कोर्ट', 'अमेरिका का सुप्रीम कोर्ट'] } },
  { id: 'us-federal-reserve', country: 'US', description: 'Federal Reserve System (United States central bank)', names: {
    en: ['Federal Reserve', 'US Federal Reserve'], ur: ['فیڈرل ریزرو', 'امریکی فیڈرل ریزرو'], fa: ['فدرال رزرو', 'بانک مرکزی آمریکا'], hi: ['फेडरल रिजर्व', 'फेडरल रिज़र्व', 'अमेरिकी फेडरल रिजर्व'] } },
  { id: 'ecb', description: 'European Central Bank', names: { en: ['European Central Bank'], ur: ['یورپی مرکزی بینک'], fa: ['بانک مرکزی اروپا'], hi: ['यूरोपीय केंद्रीय बैंक'] } },
];
