/** Hindi predicates (folded on compile; matched as word prefixes of phrases). */
import type { PredicateTable } from '../claimWords';

/** Hindi. */
export const hiPredicates: PredicateTable = {
  'हस्ताक्षर': 'sign', 'हस्ताक्षर किए': 'sign', 'हस्ताक्षर समारोह': null, 'हस्ताक्षर समारोहों': null,
  'अनुसमर्थन': 'ratify', 'अपनाया': 'adopt', 'अपनाना': 'adopt', 'पारित': 'adopt', 'मंजूर': 'adopt', 'मंज़ूर': 'adopt',
  'भाग लिया': 'attend', 'भाग लेने': 'attend', 'शामिल हुए': 'attend', 'उपस्थिति': 'attend', 'उपस्थित': 'attend', 'स्वागत': 'attend',
  'भाषण': 'speak', 'संबोधित': 'speak', 'बोले': 'speak', 'बोलते': 'speak',
  'निवेश': 'invest', 'वादा': 'invest', 'प्रतिबद्धता': 'invest', 'सहायता': 'invest', 'आवंटित': 'invest', 'आवंटन': 'invest', 'किस्त': 'tranche', 'क़िस्त': 'tranche',
  'नुकसान': 'lose', 'हानि': 'lose', 'मौत': 'kill', 'मारे गए': 'kill', 'मृत्यु': 'kill', 'घायल': 'injure', 'प्रभावित': 'affect', 'जीत': 'win', 'हासिल': 'win', 'पंजीकृत': 'register', 'पंजीकरण': 'register', '=दर्ज': 'report', '=रिपोर्ट': 'report', 'रिपोर्ट के मुताबिक': null, 'रिपोर्ट के अनुसार': null, 'की रिपोर्ट': null, '=कुल': 'total',
  // News verbs: a match won (106 रन से हरा दिया), people killed, displaced, arrested, rescued, houses destroyed, cases that came to light;
  // "6 विकेट के नुकसान पर" (for the loss of 6 wickets) is a score, no loss.
  '=हराया': 'win', 'हरा दिया': 'win', 'हराकर': 'win', 'शिकस्त': 'win', 'मात दी': 'win', 'विकेट के नुकसान': null, 'विकेटों के नुकसान': null,
  '=ढेर': 'kill', 'ढेर सारे': null, 'ढेर सारी': null, 'शहीद': 'kill', 'जान गंवाई': 'kill', 'जान जा': 'kill', 'जान चली': 'kill', 'दम तोड़': 'kill', 'ज़ख्मी': 'injure', 'जख्मी': 'injure',
  'बेघर': 'displace', 'विस्थापित': 'displace', 'तबाह': 'destroy', 'ध्वस्त': 'destroy', 'नष्ट': 'destroy', 'क्षतिग्रस्त': 'damage',
  // Courts and space: a prison term (=सजा is not सजाया "decorated", =कैद not कैदी), a fine, bail, a launch.
  '=सजा': 'sentence', '=सज़ा': 'sentence', 'कारावास': 'sentence', '=कैद': 'sentence', 'जुर्माना': 'fine', 'जुर्माने': 'fine', 'जमानत': 'bail', 'मुचलके': 'bail',
  'प्रक्षेपित': 'launch', 'लॉन्च': 'launch',
  'गिरफ्तार': 'arrest', 'लापता': 'missing', '=बचाया': 'rescue', 'बचा लिया': 'rescue', 'सुरक्षित निकाला': 'rescue',
  // People who recovered (3.2 लाख लोग ठीक हो चुके हैं) were not killed; investors (निवेशकों) invest nothing.
  'ठीक हो': 'recover', 'ठीक हुए': 'recover', 'स्वस्थ हो': 'recover', 'स्वस्थ हुए': 'recover', 'निवेशक': null, 'निवेशकों': null,
  'सामने आए': 'report', 'सामने आई': 'report', 'सामने आया': 'report', 'सामने आईं': 'report', 'बात सामने आई': null, 'बात सामने आए': null, 'बात सामने आया': null,
  'पुष्टि': 'confirm', 'आयोजित': 'hold', 'शामिल हैं': 'include', 'पहुंच': 'reach', 'वृद्धि': 'grow', 'बढ़': 'grow', 'गिरावट': 'fall', '=गिर': 'fall', '=गिरा': 'fall', '=गिरी': 'fall', '=गिरे': 'fall', 'गिरकर': 'fall',
};
