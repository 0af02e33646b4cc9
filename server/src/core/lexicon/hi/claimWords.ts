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
  'पुष्टि': 'confirm', 'आयोजित': 'hold', 'शामिल हैं': 'include', 'पहुंच': 'reach', 'वृद्धि': 'grow', 'बढ़': 'grow', 'गिरावट': 'fall', '=गिर': 'fall', '=गिरा': 'fall', '=गिरी': 'fall', '=गिरे': 'fall', 'गिरकर': 'fall',
};
