/** Hindi figure vocabulary (news usage). Keys are written as in text; they are folded when compiled (nukta and chandrabindu too). */
import type { FigureWords } from '../figureWords';

/** Hindi. */
export const hiFigureWords: FigureWords = {
  qualifiersBefore: {
    'लगभग': 'approx', 'करीब': 'approx', 'क़रीब': 'approx', 'तकरीबन': 'approx', 'तक़रीबन': 'approx', 'लगभग कुल': 'approx', 'अनुमानित': 'approx',
    'कम से कम': 'at-least', 'न्यूनतम': 'at-least', 'अधिकतम': 'at-most', 'ज़्यादा से ज़्यादा': 'at-most', 'केवल': 'exact', 'सिर्फ': 'exact', 'सिर्फ़': 'exact', 'मात्र': 'exact',
  },
  qualifiersAfter: {
    'से अधिक': 'more-than', 'से ज़्यादा': 'more-than', 'से ज्यादा': 'more-than', 'से ऊपर': 'more-than', 'से कम': 'less-than',
    'के करीब': 'approx', 'के क़रीब': 'approx', 'के लगभग': 'approx', 'से भी अधिक': 'more-than',
  },
  rangeJoiners: ['से', 'या', 'से लेकर'],
  dayJoiners: ['और', 'व', 'एवं'],
  percent: ['प्रतिशत', 'फीसदी', 'फ़ीसदी', 'परसेंट'],
  currencies: {
    'डॉलर': 'USD', 'अमेरिकी डॉलर': 'USD', 'अमरीकी डॉलर': 'USD', 'रुपये': 'INR', 'रुपए': 'INR', 'रुपया': 'INR', 'रुपयों': 'INR', 'रु': 'INR', 'रु.': 'INR',
    'यूरो': 'EUR', 'पाउंड': 'GBP', 'येन': 'JPY', 'युआन': 'CNY', 'रूबल': 'RUB', 'दिरहम': 'AED', 'डोंग': 'VND', 'वियतनामी डोंग': 'VND', 'पाकिस्तानी रुपये': 'PKR',
  },
  units: {
    'किलोमीटर': 'km', 'किमी': 'km', 'मीटर': 'm', 'किलोग्राम': 'kg', 'किलो': 'kg', 'ग्राम': 'g', 'टन': 't', 'लीटर': 'L', 'मील': 'mi',
    'एकड़': 'acre', 'हेक्टेयर': 'ha', 'मेगावाट': 'MW', 'डिग्री': '°', 'सेंटीमीटर': 'cm', 'वर्ग किलोमीटर': 'km2',
  },
  references: { 'अनुच्छेद': 'article', 'धारा': 'article', 'खंड': 'clause', 'अध्याय': 'chapter', 'प्रस्ताव': 'resolution', 'संख्या': 'number', 'अनुसूची': 'annex' },
  yearCues: ['वर्ष', 'साल', 'सन्', 'सन'],
  yearFollowers: ['में', 'के', 'की', 'का', 'से', 'तक', 'को', 'ई', 'ई.'],
  concepts: {
    'देश': 'country', 'देशों': 'country', 'राष्ट्र': 'country', 'राष्ट्रों': 'country', 'राज्य': 'state', 'राज्यों': 'state',
    'संगठन': 'organisation', 'संगठनों': 'organisation', 'संस्थान': 'institute', 'संस्थानों': 'institute', 'संस्था': 'organisation', 'संस्थाओं': 'organisation',
    'प्रतिनिधि': 'delegate', 'प्रतिनिधियों': 'delegate', 'प्रतिनिधिमंडल': 'delegation', 'प्रतिनिधिमंडलों': 'delegation',
    'हस्ताक्षर': 'signature', 'हस्ताक्षरों': 'signature', 'अनुच्छेदों': 'article', 'अध्यायों': 'chapter',
    'साल': 'year', 'सालों': 'year', 'वर्ष': 'year', 'वर्षों': 'year', 'महीने': 'month', 'महीनों': 'month', 'माह': 'month',
    'दिन': 'day', 'दिनों': 'day', 'सप्ताह': 'week', 'हफ्ते': 'week', 'घंटे': 'hour', 'घंटों': 'hour', 'मिनट': 'minute',
    'कंप्यूटर': 'computer', 'कंप्यूटरों': 'computer', 'अस्पताल': 'hospital', 'अस्पतालों': 'hospital',
    'लोग': 'person', 'लोगों': 'person', 'व्यक्ति': 'person', 'व्यक्तियों': 'person', 'नागरिक': 'citizen', 'नागरिकों': 'citizen',
    'सत्र': 'session', 'सत्रों': 'session', 'बैठक': 'meeting', 'बैठकों': 'meeting', 'कार्यक्रम': 'event', 'कार्यक्रमों': 'event',
    'कंपनी': 'company', 'कंपनियों': 'company', 'शहर': 'city', 'शहरों': 'city', 'प्रांत': 'province', 'स्कूल': 'school', 'स्कूलों': 'school',
    'छात्र': 'student', 'छात्रों': 'student', 'बच्चे': 'child', 'बच्चों': 'child', 'महिलाएं': 'woman', 'महिलाओं': 'woman', 'सैनिक': 'soldier', 'सैनिकों': 'soldier',
    'मौतें': 'death', 'मौत': 'death', 'घायल': 'injury', 'मामले': 'case', 'मामलों': 'case', 'मरीज': 'patient', 'मरीजों': 'patient', 'रोगी': 'patient', 'रोगियों': 'patient', 'परीक्षण': 'test', 'हमले': 'attack', 'हमलों': 'attack',
    'वोट': 'vote', 'वोटों': 'vote', 'सीटें': 'seat', 'सीटों': 'seat', 'सदस्य': 'member', 'सदस्यों': 'member', 'नेता': 'leader', 'नेताओं': 'leader',
    'मंत्री': 'minister', 'पत्रकार': 'journalist', 'पत्रकारों': 'journalist', 'घर': 'house', 'घरों': 'house', 'वाहन': 'vehicle', 'वाहनों': 'vehicle',
    'विशेषज्ञ': 'expert', 'विशेषज्ञों': 'expert', 'पीड़ित': 'victim', 'पीड़ितों': 'victim', 'शरणार्थी': 'refugee', 'कर्मचारी': 'employee',
    'गोलमेज': 'roundtable', 'समझौते': 'agreement', 'समझौतों': 'agreement', 'परियोजना': 'project', 'परियोजनाओं': 'project',
  },
  nounGap: ['और', 'तथा', 'एवं', ',', 'अंतर्राष्ट्रीय', 'अंतरराष्ट्रीय', 'क्षेत्रीय', 'निजी', 'बड़े', 'छोटे', 'नए', 'विभिन्न', 'गैर', 'यूरोपीय', 'अन्य', 'प्रमुख', 'उच्च', 'स्तरीय', 'अतिरिक्त', 'अनुसंधान', 'सदस्य'],
  functionWords: [
    'के', 'की', 'का', 'में', 'ने', 'है', 'हैं', 'से', 'को', 'और', 'पर', 'तक', 'भी', 'कि', 'यह', 'वह', 'जो', 'इस', 'उस', 'था', 'थे', 'थी',
    'हो', 'हुआ', 'हुए', 'गया', 'गए', 'किया', 'किए', 'कर', 'लिए', 'एक', 'बाद', 'पहले', 'अनुसार', 'साथ', 'वाले', 'वाली', 'जिस', 'जिन', 'तथा',
  ],
  earlierTime: ['पिछले साल', 'पिछले वर्ष', 'गत वर्ष', 'पिछली बार'],
  preferredScales: [[1e3, 'हज़ार'], [1e5, 'लाख'], [1e6, 'मिलियन'], [1e7, 'करोड़'], [1e9, 'बिलियन'], [1e12, 'ट्रिलियन']],
  months: { 'जनवरी': 1, 'फरवरी': 2, 'मार्च': 3, 'अप्रैल': 4, 'अप्रेल': 4, 'मई': 5, 'जून': 6, 'जुलाई': 7, 'अगस्त': 8, 'सितंबर': 9, 'सितम्बर': 9, 'अक्टूबर': 10, 'अक्तूबर': 10, 'नवंबर': 11, 'नवम्बर': 11, 'दिसंबर': 12, 'दिसम्बर': 12 },
};
