/** Hindi predicates (folded on compile; matched as word prefixes of phrases). */
import type { PredicateTable } from '../claimWords';

/** Hindi. */
export const hiPredicates: PredicateTable = {
  // A price, fee, quota or wage fixed is the level it is set at (مقرر کر دی, تعیین کرد, "fixed at").
  'निर्धारित': 'reach', 'तय की गई': 'reach', 'तय किया गया': 'reach',
  // A rate or index closing at a level (रुपया 83.45 पर बंद हुआ) is that level, as "closed at".
  'पर बंद': 'reach',
  // A market move told as a noun of change (395 अंक की बढ़त के साथ, 2 फीसदी के उछाल के साथ) is the change, whatever level verb ends the sentence.
  'मजबूत होकर': 'grow', 'मज़बूत होकर': 'grow', 'मजबूत हुआ': 'grow', 'कमजोर होकर': 'fall', 'कमज़ोर होकर': 'fall', 'कमजोर हुआ': 'fall',
  '=टूटा': 'fall', '=टूटे': 'fall', 'टूटकर': 'fall', 'के पार': 'reach', 'पार कर': 'reach',
  // Rain that fell (743.1 मिमी बारिश दर्ज की गई, 112 मिमी बारिश हुई) is the rainfall recorded, as "received 743.1 mm of rain".
  // A day's maximum or minimum temperature told with a copula (न्यूनतम तापमान 32 डिग्री रहा) is a reading, as "recorded" (a level: MEASURE_LEVEL).
  'न्यूनतम तापमान': 'report', 'अधिकतम तापमान': 'report', 'न्यूनतम पारा': 'report', 'अधिकतम पारा': 'report',
  'बारिश हुई': 'report', 'बारिश हो': 'report', 'वर्षा हुई': 'report', 'वर्षा हो': 'report',
  // Events that took place (1,658 करोड़ लेनदेन हुए, 53 हादसे हुए) are recorded, as "recorded 1,658 crore transactions", "53 accidents took place".
  'लेनदेन हुए': 'report', 'लेनदेन हुआ': 'report', 'हादसे हुए': 'report', 'दुर्घटनाएं हुईं': 'report', 'दुर्घटनाएँ हुईं': 'report', 'दुर्घटनाएं हुई': 'report',
  'बढ़त के साथ': 'grow',
  // Trains run (चलाई गईं, चलाने का फैसला), passengers and freight carried (सफर कराया, माल की ढुलाई), as English "run" and "carried".
  'चलाने': 'operate', 'चलाई': 'operate', 'चलाए': 'operate', 'चलाया': 'operate', 'चलाएगा': 'operate', 'चलाएगी': 'operate', 'चलाएंगे': 'operate',
  'सफर कराया': 'carry', 'यात्रा कराई': 'carry', 'ढुलाई': 'carry', 'ढोया': 'carry', 'ढोए': 'carry', 'बढ़त पर': 'grow', '=उछाल': 'grow', 'उछाल के साथ': 'grow',
  'पेश किया': 'present', 'पेश की': 'present', 'पेश किए': 'present', 'पेश करेंगी': 'present', 'पेश करेंगे': 'present', 'पेश होगा': 'present',
  // A sum received (मिले): a budget head's is its allocation, as आवंटित tells it; a sum raised (बढ़ाकर) grew.
  '=मिले': 'receive', '=मिला': 'receive', '=मिली': 'receive', '=मिलीं': 'receive', 'बढ़ाकर': 'grow', 'बढ़ाया': 'grow', 'बढ़ाई': 'grow',
  // A headline drops the verb: "बजट पेश" is a budget presented.
  'बजट पेश': 'present',
  'हस्ताक्षर': 'sign', 'हस्ताक्षर किए': 'sign', 'हस्ताक्षर समारोह': null, 'हस्ताक्षर समारोहों': null,
  'अनुसमर्थन': 'ratify', 'अपनाया': 'adopt', 'अपनाना': 'adopt', 'पारित': 'adopt', 'मंजूर': 'adopt', 'मंज़ूर': 'adopt',
  // Pilgrims who bathed at the Kumbh or performed the Hajj took part (7.64 करोड़ श्रद्धालुओं ने स्नान किया, as "took a holy dip").
  'स्नान किया': 'attend', 'स्नान कर': 'attend', 'डुबकी लगाई': 'attend', 'डुबकी लगा': 'attend', 'लगाई डुबकी': 'attend', 'हज किया': 'attend', 'हज अदा': 'attend',
  // Patients treated were admitted, as English "treated" (36 का इलाज चल रहा है).
  'इलाज किया': 'admit', 'इलाज चल रहा': 'admit', 'उपचार किया': 'admit', 'उपचार चल रहा': 'admit',
  // Crops bought by the state were bought, or procured (71 लाख टन गेहूं खरीदा गया, गेहूं की खरीदी), as Urdu خریدی, Persian خریداری, "procured".
  '=खरीदा': 'buy', '=खरीदी': 'buy', '=खरीदे': 'buy', '=खरीद': 'buy', '=ख़रीदा': 'buy', '=ख़रीदी': 'buy', '=ख़रीद': 'buy',
  // Trains or flights cancelled and running late (38 ट्रेनें रद्द, 112 ट्रेनें देरी से चल रही हैं), as Urdu منسوخ, تاخیر.
  'लोडशेडिंग': 'fall', 'लोड शेडिंग': 'fall',
  // Candidates who failed an examination, as Urdu ناکام, فیل.
  '=अनुत्तीर्ण': 'fail', 'फेल हुए': 'fail', 'फेल हो गए': 'fail', '=फेल': 'fail', 'असफल रहे': 'fail', 'असफल हुए': 'fail',
  '=रद्द': 'cancel', '=निरस्त': 'cancel', 'देरी से': 'delay', 'देर से': 'delay', 'विलंब से': 'delay', '=लेट': 'delay',
  'भाग लिया': 'attend', 'भाग लेने': 'attend', 'शामिल हुए': 'attend', 'उपस्थिति': 'attend', 'उपस्थित': 'attend', 'स्वागत': 'attend',
  'भाषण': 'speak', 'संबोधित': 'speak', 'बोले': 'speak', 'बोलते': 'speak',
  'निवेश': 'invest', 'वादा': 'invest', 'देने का ऐलान': 'invest', 'देने की घोषणा': 'invest', 'प्रतिबद्धता': 'invest', 'सहायता': 'invest', 'आवंटित': 'invest', 'आवंटन': 'invest', 'किस्त': 'tranche', 'क़िस्त': 'tranche',
  'नुकसान': 'lose', 'हानि': 'lose', 'मौत': 'kill', 'मारे गए': 'kill', 'जान गई': 'kill', 'मृत्यु': 'kill', 'घायल': 'injure', 'प्रभावित': 'affect', 'जीत': 'win', 'हासिल': 'win', 'लाकर': 'win', 'प्राप्त किए': 'win', 'पंजीकृत': 'register', 'पंजीकरण': 'register', '=दर्ज': 'report', '=रिपोर्ट': 'report', 'रिपोर्ट के मुताबिक': null, 'रिपोर्ट के अनुसार': null, 'की रिपोर्ट': null, '=कुल': 'total',
  // News verbs: a match won (106 रन से हरा दिया), people killed, displaced, arrested, rescued, houses destroyed, cases that came to light;
  // "6 विकेट के नुकसान पर" (for the loss of 6 wickets) is a score, no loss.
  '=हराया': 'win', 'हरा दिया': 'win', 'हराकर': 'win', 'शिकस्त': 'win', 'मात दी': 'win', 'विकेट के नुकसान': null, 'विकेटों के नुकसान': null,
  '=ढेर': 'kill', 'ढेर सारे': null, 'ढेर सारी': null, 'शहीद': 'kill', 'जान गंवाई': 'kill', 'जान जा': 'kill', 'जान चली': 'kill', 'दम तोड़': 'kill', 'ज़ख्मी': 'injure', 'जख्मी': 'injure', 'झुलस': 'injure',
  'बेघर': 'displace', 'विस्थापित': 'displace', 'तबाह': 'destroy', 'ध्वस्त': 'destroy', 'नष्ट': 'destroy', 'क्षतिग्रस्त': 'lose', 'पूरी तरह क्षतिग्रस्त': 'destroy', 'पूरी तरह से क्षतिग्रस्त': 'destroy', 'पूर्ण रूप से क्षतिग्रस्त': 'destroy',
  // Courts and space: a prison term (=सजा is not सजाया "decorated", =कैद not कैदी), a fine, bail, a launch.
  '=सजा': 'sentence', 'उम्रकैद': 'sentence', 'उम्र कैद': 'sentence', 'मुआवजा': 'compensate', 'मुआवज़ा': 'compensate', 'मुआवजे': 'compensate', '=सज़ा': 'sentence', 'कारावास': 'sentence', '=कैद': 'sentence', 'जुर्माना': 'fine', 'जुर्माने': 'fine', 'जमानत': 'bail', 'मुचलके': 'bail',
  '=बरी': 'acquit', 'अनुमान': 'expect', 'बढ़ने': 'grow', 'पटरी से उतर': 'derail', 'बेपटरी': 'derail', 'उम्मीद': 'expect', 'संभावना': 'expect', 'मांगे': 'seek', 'मांगी': 'seek', 'जरूरत': 'seek', 'ज़रूरत': 'seek', '=हत्या': 'kill', 'टीका': 'vaccinate', 'टीकाकरण': 'vaccinate', 'खुराक पिलाने': 'vaccinate', 'खुराक पिलाई': 'vaccinate', 'दवा पिलाई': 'vaccinate', 'दवा पिलाने': 'vaccinate', 'दवा पिलाएंगी': 'vaccinate', 'ड्रॉप्स पिलाई': 'vaccinate', 'ड्रॉप पिलाई': 'vaccinate', 'बूंदें पिलाई': 'vaccinate',
  // "कुल डाले गए वोटों का 61.6 प्रतिशत": the whole a share is of, no total; votes and seats a party got are won.
  'कुल डाले': null, 'वोट मिले': 'win', 'मत मिले': 'win', 'सीटें मिलीं': 'win', 'सीटें मिली': 'win',
  'प्रक्षेपित': 'launch', 'लॉन्च': 'launch',
  // An innings (26 गेंदों में 58 रन की पारी) is a score, no win; the margin is "43 रन से".
  'पारी': 'score', 'बढ़ोतरी': 'grow',
  // A chase: "48.4 ओवर में 5 विकेट खोकर 288 रन बनाकर लक्ष्य हासिल किया" lost 5 wickets and scored 288, no margin of a win (5 विकेट से जीता).
  'विकेट खोकर': 'lose', 'विकेट गंवाकर': 'lose', 'विकेट गँवाकर': 'lose', 'रन बनाकर': 'score', 'बढ़ोत्तरी': 'grow', 'इजाफा': 'grow', 'इज़ाफ़ा': 'grow',
  'मुआवज़े': 'compensate', 'अनुग्रह राशि': 'compensate',
  'गिरफ्तार': 'arrest', 'नियुक्त': 'hire', 'नियुक्ति': 'hire', 'लापता': 'missing', '=बचाया': 'rescue', 'बचा लिया': 'rescue', 'सुरक्षित निकाला': 'rescue',
  // People moved out of harm's way (राहत शिविरों में भेजा) and bodies recovered (शव निकाले, बरामद).
  'स्थानांतरित': 'evacuate', 'शिफ्ट किया': 'evacuate', 'शिफ्ट किए': 'evacuate', 'शिविरों में भेजा': 'evacuate', 'शिविरों में पहुंचाया': 'evacuate', 'सुरक्षित स्थानों पर': 'evacuate', 'शव निकाले': 'recover', 'शव निकाला': 'recover', 'शवों को निकाला': 'recover', 'शव बरामद': 'recover', 'बरामद': 'recover',
  // Money embezzled (गबन, हेराफेरी), not the fine or the sentence.
  'गबन': 'embezzle', 'हेराफेरी': 'embezzle',
  // People who recovered (3.2 लाख लोग ठीक हो चुके हैं) were not killed; investors (निवेशकों) invest nothing.
  'ठीक हो': 'recover', 'ठीक हुए': 'recover', 'स्वस्थ हो': 'recover', 'स्वस्थ हुए': 'recover', 'निवेशक': null, 'निवेशकों': null,
  // Pilgrims at a shrine (14.35 लाख श्रद्धालुओं ने दर्शन किए), as "paid obeisance", زیارت کی.
  // Users a network added (34.8 लाख नए ग्राहक जोड़े) grew its base.
  'ग्राहक जोड़े': 'grow', 'ग्राहक जोड़ा': 'grow', 'ग्राहक जोड़कर': 'grow', 'सब्सक्राइबर जोड़े': 'grow', 'उपभोक्ता जोड़े': 'grow', 'यूजर जोड़े': 'grow', 'यूजर्स जोड़े': 'grow',
  // Cards issued or made (5.12 करोड़ आयुष्मान कार्ड बनाए, जारी किए), as "issued".
  'कार्ड बनाए': 'issue', 'कार्ड बन': 'issue', 'जारी किए': 'issue', 'जारी किया': 'issue', 'जारी की': 'issue',
  'दर्शन किए': 'visit', 'दर्शन किया': 'visit', 'दर्शन कर': 'visit', 'दर्शन करने': 'visit',
  'सामने आए': 'report', 'सामने आई': 'report', 'सामने आया': 'report', 'सामने आईं': 'report', 'बात सामने आई': null, 'बात सामने आए': null, 'बात सामने आया': null,
  // Markets in stronger words: सेंसेक्स 1,190 अंक चढ़ा, निफ्टी 360 अंक उछलकर, रुपया 6 पैसे लुढ़ककर.
  // A price made dearer or cheaper by so much (सोना 500 रुपये महंगा हुआ, सस्ता होकर), as Urdu مہنگا, سستا.
  '=महंगा': 'grow', '=महंगी': 'grow', '=महंगे': 'grow', '=सस्ता': 'fall', '=सस्ती': 'fall', '=सस्ते': 'fall',
  '=चढ़ा': 'grow', '=चढ़े': 'grow', '=चढ़ी': 'grow', 'चढ़कर': 'grow', '=उछला': 'grow', '=उछले': 'grow', '=उछली': 'grow', 'उछलकर': 'grow', '=लुढ़का': 'fall', '=लुढ़के': 'fall', 'लुढ़ककर': 'fall', '=फिसला': 'fall', 'फिसलकर': 'fall',
  'पुष्टि': 'confirm', 'आयोजित': 'hold', 'शामिल हैं': 'include', 'शामिल है': 'include', 'शामिल थे': 'include', 'शामिल था': 'include', 'शामिल थी': 'include', 'शामिल थीं': 'include', 'पहुंच': 'reach', 'वृद्धि': 'grow', 'बढ़': 'grow', 'गिरावट': 'fall',
  // A drop told as a noun with its verb (40 प्रतिशत की कमी आई, as Urdu کمی آئی); a shortage (बिजली की कमी) is none.
  'कमी आई': 'fall', 'कमी आयी': 'fall', 'कमी हुई': 'fall', 'कमी दर्ज': 'fall', 'कमी की': 'fall', 'कमी की गई': 'fall', 'कटौती': 'fall', '=गिर': 'fall', '=गिरा': 'fall', '=गिरी': 'fall', '=गिरे': 'fall', 'गिरकर': 'fall',
  // Who was aboard (सवार), who came out alive (जीवित), who went back (लौटे), what was set up (शिविर लगाए).
  'सवार': 'aboard', 'जीवित': 'survive', 'लौट': 'return', 'वापस लौट': 'return', '=लगाए': 'establish', 'स्थापित किए': 'establish', 'स्थापित किया': 'establish', 'स्थापित की': 'establish', '=लगाये': 'establish', 'मतदान किया': 'attend',
  // Security deployed (तैनात), spectators at the ground (स्टेडियम पहुंचे), prize money (इनामी राशि).
  'तैनात': 'deploy', 'कैद में': 'captive', 'की कैद में': 'captive', 'आदान-प्रदान': 'exchange', 'अदला-बदली': 'exchange', 'रिहा': 'release', 'रिहाई': 'release', 'आग लगा दी': 'burn', 'आग लगाई': 'burn', 'आग के हवाले': 'burn', 'फूंक दिए': 'burn', 'फूंक दी': 'burn', 'भेजी गई': 'deploy', 'भेजी गईं': 'deploy', 'भेजे गए': 'deploy', 'भेजा गया': 'deploy', 'रवाना किए': 'deploy', 'रवाना की': 'deploy', 'स्टेडियम पहुंचे': 'attend', 'इनामी राशि': 'award', 'पुरस्कार राशि': 'award', 'ईनामी राशि': 'award', 'घर-घर': 'deploy', '=घटाने': 'fall', '=घटाकर': 'fall', '=घटकर': 'fall', 'घर घर': 'deploy',
  // Coming (or not) to a conclusion reaches no figure.
  'निष्कर्ष पर पहुंच': null, 'निष्कर्ष पर पहुंचे': null, 'निष्कर्ष पर पहुंची': null, 'नतीजे पर पहुंचे': null, 'निष्कर्ष पर नहीं पहुंच': null, 'नतीजे पर पहुंच': null, 'नतीजे पर नहीं पहुंच': null,
  // A quota allotted (हज यात्रियों का कोटा) is a fact of its own, whatever verb tells it.
  '=कोटा': 'quota', '=कोटे': 'quota',
  // Crew pulled from the water are rescued.
  'पानी से बाहर निकाल': 'rescue', 'पानी से बाहर निकाला': 'rescue', 'पानी से बाहर निकाले': 'rescue', 'पानी से निकाल': 'rescue', 'पानी से निकाला': 'rescue', 'पानी से निकाले': 'rescue', 'समुद्र से निकाल': 'rescue', 'समुद्र से निकाला': 'rescue', 'समुद्र से निकाले': 'rescue',
  // A film's takings (कमाए, कलेक्शन) and the screens it opened on (रिलीज).
  '=कमाए': 'earn', '=कमाई': 'earn', '=कलेक्शन': 'earn', '=रिलीज': 'release',
  // What a company is valued at (मूल्यांकन), and whom it serves (सेवाएं देती).
  '=मूल्यांकन': 'value', 'सेवाएं देती': 'serve', 'सेवाएं देता': 'serve', 'सेवा देती': 'serve', 'सेवा देता': 'serve',
  // A population counted (a census), in every language a count of people.
  '=आबादी': 'populate', '=जनसंख्या': 'populate',
  // Having risen to (बढ़कर): the stem बढ़ is too short to match it; nor does it match its past forms (दर 0.3 फीसदी बढ़ी), nor घट's.
  '=बढ़कर': 'grow', '=बढ़ा': 'grow', '=बढ़ी': 'grow', '=बढ़े': 'grow', '=घटा': 'fall', '=घटी': 'fall', '=घटे': 'fall', '=घट': 'fall',
  // An air quality index's reading; people admitted to hospital.
  // Trade: goods sold (बेचीं, बिके; investors' net selling, बिकवाली, is none), exported (निर्यात), imported (आयात), produced (उत्पादन), remittances sent home; a profit earned (कमाया).
  'खरीद मूल्य': null,
  '=बेचे': 'sell', '=बेचीं': 'sell', '=बेची': 'sell', '=बेचा': 'sell', 'बिक': 'sell', 'बिकवाली': null, 'निर्यात': 'export', 'आयात': 'import', 'उत्पादन': 'produce', 'रेमिटेंस': 'remit', 'प्रेषण': 'remit', '=कमाया': 'earn',
  'वायु गुणवत्ता सूचकांक': 'aqi', '=aqi': 'aqi', '=एक्यूआई': 'aqi', 'मरीज पहुंचे': 'admit', 'मरीज पहुँचे': 'admit', 'अस्पताल में भर्ती': 'admit', '=भर्ती': 'admit',
  // People deported (निर्वासित, डिपोर्ट), workers at work on a project (काम कर रहे हैं), land irrigated (सिंचाई), what it costs (लागत), families sheltering (शरण ली, रह रहे).
  'निर्वासित': 'deport', 'डिपोर्ट': 'deport', 'देश से निकाल': 'deport',
  'काम कर रहे': 'employ', 'काम करते': 'employ', 'कार्यरत': 'employ', 'सिंचाई': 'irrigate', 'सिंचित': 'irrigate', '=लागत': 'cost', 'खर्च हुए': 'cost', 'खर्च हुआ': 'cost', 'खर्च हुई': 'cost', 'खर्च हो': 'cost', 'खर्च होंगे': 'cost', 'खर्च होगा': 'cost', 'खर्च होगी': 'cost', 'खर्च करेगी': 'cost', 'खर्च करेगा': 'cost', 'खर्च करेंगे': 'cost', 'खर्च किए': 'cost', 'खर्च किया': 'cost', 'खर्च किये': 'cost', 'खर्च की': 'cost', 'खर्च कर': 'cost', 'पूंजीगत व्यय': 'cost', 'व्यय किया': 'cost', 'व्यय किए': 'cost',
  'शरण ली': 'shelter', 'शरण लिए': 'shelter', 'शरण ले': 'shelter', 'रह रहे': 'shelter',
  // Wickets taken and lost (8 विकेट लिए, 2 विकेट झटके; 5 विकेट 31 रन पर गंवा दिए); beds set aside (आरक्षित), as मुक़र्रर, مختص.
  'मैच देखा': 'attend', 'मुकाबला देखा': 'attend', 'खेल देखा': 'attend',
  'विकेट लिए': 'win', 'विकेट लीं': 'win', 'विकेट झटके': 'win', 'विकेट चटकाए': 'win', 'विकेट गंवा': 'lose', 'विकेट गंवाए': 'lose', 'विकेट गँवा': 'lose', 'विकेट गँवाए': 'lose', '=आरक्षित': 'invest',
  // Candidates who passed an examination (पास हुए, उत्तीर्ण हुए) succeeded, as Urdu کامیاب says.
  'पास हुए': 'win', 'पास हुईं': 'win', 'पास हो गए': 'win', 'उत्तीर्ण हुए': 'win', 'उत्तीर्ण हुईं': 'win', 'उत्तीर्ण हो गए': 'win',
  // Also told by सफल alone, as a headline tells it (82.91 प्रतिशत विद्यार्थी सफल, as Urdu 82.91 فیصد طلبہ کامیاب).
  'सफल हुए': 'win', 'सफल हुईं': 'win', 'सफल रहे': 'win', 'सफल रहीं': 'win', '=सफल': 'win',
  // Income exempt from tax (कर-मुक्त, टैक्स फ्री), and taxpayers who benefit (फ़ायदा होगा, लाभ होगा, लाभान्वित).
  'कर-मुक्त': 'exempt', 'कर मुक्त': 'exempt', 'करमुक्त': 'exempt', 'टैक्स फ्री': 'exempt', 'छूट मिलेगी': 'exempt', 'फ़ायदा होगा': 'benefit', 'फ़ायदा मिलेगा': 'benefit', 'लाभ होगा': 'benefit', 'लाभ मिलेगा': 'benefit', 'लाभान्वित': 'benefit',
};

/** Hindi qualifiers of a figure (see claims/qualify.ts and enQualifiers). चीनी is sugar and Chinese, and is left out. */
export const hiQualifiers: PredicateTable = {
  // A day's minimum temperature is a fact of its own (न्यूनतम 30.2), not its maximum, the reading a temperature alone tells; as in every language.
  '=न्यूनतम': 'of:minimum',
  // A rate of the rupee against the dollar prices the dollar (डॉलर के मुकाबले रुपया 83.45), as Urdu ڈالر does.
  '=डॉलर': 'priced:usd', '=डालर': 'priced:usd',
  '=सोना': 'priced:gold', '=सोने': 'priced:gold', 'चांदी': 'priced:silver', 'चाँदी': 'priced:silver', 'पेट्रोल': 'priced:petrol', 'डीजल': 'priced:diesel', 'डीज़ल': 'priced:diesel', 'केरोसिन': 'priced:kerosene', 'मिट्टी का तेल': 'priced:kerosene',
  // Goods mined, grown and made are what a tonnage or an area is of: कोयला उत्पादन and खाद्यान्न उत्पादन are two facts.
  '=कोयला': 'priced:coal', '=कोयले': 'priced:coal', 'खाद्यान्न': 'priced:foodgrain', '=धान': 'priced:paddy', 'दलहन': 'priced:pulses', 'तिलहन': 'priced:oilseeds',
  'कपास': 'priced:cotton', '=गन्ना': 'priced:sugarcane', '=गन्ने': 'priced:sugarcane', 'इस्पात': 'priced:steel', '=स्टील': 'priced:steel', 'सीमेंट': 'priced:cement', 'लौह अयस्क': 'priced:ironore',
  // A fare is a price of its own, as Urdu کرایہ (थर्ड एसी का किराया 1,900 रुपये).
  '=किराया': 'priced:fare',
  'एलपीजी': 'priced:lpg', 'सीएनजी': 'priced:cng', 'गेहूं': 'priced:wheat', 'गेहूँ': 'priced:wheat', '=आटा': 'priced:flour', '=आटे': 'priced:flour', '=चावल': 'priced:rice', 'प्याज': 'priced:onion', 'टमाटर': 'priced:tomato',
  '=रक्षा': 'for:defence', 'स्वास्थ्य': 'for:health', '=शिक्षा': 'for:education', '=कृषि': 'for:agriculture', '=विकास': 'for:development', '=पेंशन': 'for:pension', '=वेतन': 'for:salary',
  '=दूध': 'priced:milk', '=घी': 'priced:ghee', 'कच्चे तेल': 'priced:crude', 'कच्चा तेल': 'priced:crude', 'ब्रेंट': 'priced:crude', '=बिजली': 'priced:electricity',
  'निर्यात': 'of:exports', 'आयात': 'of:imports', 'बिक्री': 'of:sales', 'उत्पादन': 'of:production', 'अर्थव्यवस्था': 'of:economy', 'जीडीपी': 'of:economy', 'राजस्व': 'of:revenue', 'कर संग्रह': 'of:revenue',
  '=कीमत': 'of:prices', '=कीमतों': 'of:prices', '=दाम': 'of:prices', '=दामों': 'of:prices', 'सूचकांक': 'of:index', 'सेंसेक्स': 'of:sensex', 'निफ्टी': 'of:nifty', 'निफ्टी 50': 'of:nifty', 'डाउ जोंस': 'of:dow', 'नैस्डैक': 'of:nasdaq', '=मुनाफा': 'of:profit', '=मुनाफे': 'of:profit',
  // Taxes collected and a film's takings (as in English): जीएसटी संग्रह, वर्ल्डवाइड ग्रॉस, बॉक्स ऑफिस कलेक्शन.
'रेमिटेंस': 'of:remittances', 'प्रेषण': 'of:remittances', '=आय': 'of:revenue', 'शुद्ध लाभ': 'of:profit', 'शुद्ध मुनाफा': 'of:profit', 'शुद्ध मुनाफे': 'of:profit', 'शुद्ध मुनाफ़ा': 'of:profit', '=मुनाफ़ा': 'of:profit', 'शुद्ध घाटा': 'of:loss', 'शुद्ध घाटे': 'of:loss',
    'जीएसटी': 'for:gst', 'वस्तु एवं सेवा कर': 'for:gst', 'बॉक्स ऑफिस': 'for:box-office', 'वर्ल्डवाइड ग्रॉस': 'for:box-office', '=कलेक्शन': 'for:box-office', 'नेट कलेक्शन': 'for:box-office', 'ओपनिंग वीकेंड': 'for:box-office', '=ओपनिंग': 'for:box-office',
  '=मामले': 'of:cases', '=मामलों': 'of:cases', '=घाटा': 'of:deficit', '=घाटे': 'of:deficit', 'भंडार': 'of:reserves', '=किराए': 'of:fares',
  'प्रति लीटर': 'per:litre', 'प्रति किलो': 'per:kg', 'प्रति किलोग्राम': 'per:kg', 'प्रति ग्राम': 'per:g', 'प्रति 10 ग्राम': 'per:10g', 'प्रति दस ग्राम': 'per:10g', 'प्रति तोला': 'per:tola', 'प्रति औंस': 'per:ounce',
  // A price of 10 grams, the goods left to the sentence before (10 ग्राम की कीमत 1,715 रुपये बढ़ी), is per 10 grams.
  '10 ग्राम की कीमत': 'per:10g', '10 ग्राम का भाव': 'per:10g', '10 ग्राम का दाम': 'per:10g', 'दस ग्राम की कीमत': 'per:10g', '10 ग्राम के भाव': 'per:10g',
  'प्रति बैरल': 'per:barrel', 'प्रति क्विंटल': 'per:quintal', 'प्रति टन': 'per:tonne', 'प्रति यूनिट': 'per:unit', 'प्रति शेयर': 'per:share', 'प्रति सिलेंडर': 'per:cylinder', 'प्रति दर्जन': 'per:dozen',
  // छात्र-छात्राओं is "boys and girls", all the students: no subgroup.
  'छात्र - छात्राओं': null, 'छात्र-छात्राओं': null, 'लड़के - लड़कियों': null,
  // Whom money is paid to: मृतकों के परिजनों को 4 लाख, घायलों को 50 हजार रुपये.
  'मृतकों': 'to:dead', 'मृतक': 'to:dead', 'घायलों': 'to:injured', 'गंभीर रूप से घायलों': 'to:injured-serious', 'गंभीर घायलों': 'to:injured-serious', 'गंभीर रूप से घायल': 'to:injured-serious', 'मामूली रूप से घायलों': 'to:injured-minor', 'मामूली घायलों': 'to:injured-minor', 'मामूली रूप से घायल': 'to:injured-minor', 'जरूरी': 'sub:needed', 'ज़रूरी': 'sub:needed', 'आवश्यक': 'sub:needed', 'के लक्ष्य': 'sub:target', 'का लक्ष्य': 'sub:target', 'घायल': 'to:injured',
  // The rest of a whole (the remaining 40 seats) is no count of its own parts.
  // The injured in critical condition are a subgroup of the injured (12 घायलों की हालत गंभीर है).
  // A departure from normal is a fact of its own, not the reading (46.8 डिग्री, जो सामान्य से छह डिग्री अधिक).
  'सामान्य से': 'sub:departure', 'औसत से': 'sub:departure',
  'हालत गंभीर': 'sub:critical', 'गंभीर हालत': 'sub:critical', 'हालत नाज़ुक': 'sub:critical', 'हालत नाजुक': 'sub:critical', 'नाज़ुक हालत': 'sub:critical',
  '=शेष': 'sub:rest', '=बाकी': 'sub:rest', 'लड़कियों': 'sub:girls', 'छात्राओं': 'sub:girls', 'लड़कों': 'sub:boys', 'छात्रों': 'pair:boys', 'छात्र': 'pair:boys', 'महिलाओं': 'sub:women', 'पुरुषों': 'sub:men', 'बच्चों': 'sub:children', '=जिले': 'sub:district', '=ज़िले': 'sub:district', '=जिला': 'sub:district', '=ज़िला': 'sub:district',
  'शहरी क्षेत्रों': 'sub:urban', 'ग्रामीण क्षेत्रों': 'sub:rural', 'शहरी आबादी': 'sub:urban', 'ग्रामीण आबादी': 'sub:rural', 'इनमें से': 'sub:part', 'जिनमें से': 'sub:part',
  'के मुकाबले': 'cmp:prev', 'के मुक़ाबले': 'cmp:prev', 'की तुलना में': 'cmp:prev', 'की अपेक्षा': 'cmp:prev',
  // The event a year beside it is the year of (claims/yearClaims.ts): built, began, founded.
  '=शुरू': 'year:start', '=शुरुआत': 'year:start', 'बनाया गया': 'year:build', '=निर्मित': 'year:build', '=स्थापना': 'year:found', '=स्थापित': 'year:found',
  // Power demand in MW is a measure of its own (बिजली की मांग 3,650 मेगावाट), as Urdu طلب.
  '=मांग': 'of:demand', 'शार्टफॉल': 'of:shortfall', 'शॉर्टफॉल': 'of:shortfall', 'शॉर्ट फॉल': 'of:shortfall', '=खपत': 'of:consumption',
};
