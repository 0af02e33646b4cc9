/** English predicates (lower case; matched as word prefixes of phrases). */
import type { PredicateTable } from '../claimWords';

/** English. */
export const enPredicates: PredicateTable = {
  'signed': 'sign', 'sign': 'sign', 'signing': 'sign', 'signatories': 'sign', 'signing ceremony': null, 'signature ceremony': null,
  'ratified': 'ratify', 'ratify': 'ratify', 'adopted': 'adopt', 'adopt': 'adopt', 'approved': 'adopt', 'passed': 'adopt',
  'attended': 'attend', 'attend': 'attend', 'participated': 'attend', 'took part': 'attend', 'joined': 'attend', 'welcomed': 'attend', 'participants': 'attend',
  'spoke': 'speak', 'addressed': 'speak', 'speeches': 'speak', 'pledged': 'invest', 'invest': 'invest', 'invested': 'invest', 'investment': 'invest', 'committed': 'invest', 'allocated': 'invest', 'allocating': 'invest', 'allocates': 'invest', 'allocation': 'invest', 'earmarked': 'invest', 'investor': null, 'investors': null,
  'lost': 'lose', 'losses': 'lose', 'damage': 'lose', 'killed': 'kill', 'died': 'kill', 'martyred': 'kill', 'embraced martyrdom': 'kill', 'deaths': 'kill', 'dead': 'kill', 'injured': 'injure', 'wounded': 'injure', 'affected': 'affect', 'affecting': 'affect',
  'confirmed': 'confirm', 'held': 'hold', 'organised': 'hold', 'organized': 'hold', 'includes': 'include', 'contains': 'include', 'reached': 'reach', 'reach': 'reach',
  'rose': 'grow', 'rises': 'grow', 'rise': 'grow', 'grows': 'grow', 'increased': 'grow', 'grew': 'grow', 'fell': 'fall', 'decreased': 'fall', 'dropped': 'fall', 'fallen': 'fall', 'declined': 'fall',
  '=won': 'win', '=win': 'win', '=beat': 'win', 'thrashed': 'win', '=thrash': 'win', 'outclassed': 'win', 'wins': 'win', 'winning': 'win', 'according to': null, 'secured': 'win', 'clinched': 'win', 'bagged': 'win', 'registered': 'register', 'enrolled': 'register',
  'arrested': 'arrest', 'arrests': 'arrest', 'detained': 'arrest', 'rescued': 'rescue', 'executed': 'execute', 'hanged': 'execute',
  // Headlines write the present tense ('Floods kill 48', 'Blast injures 12', 'leaves 9 dead').
  '=kill': 'kill', '=kills': 'kill', '=killing': 'kill', 'claimed the lives': 'kill', 'claims the lives': 'kill', '=injure': 'injure', '=injures': 'injure', '=wounds': 'injure', '=wounding': 'injure',
  // Courts and space: a prison term, a fine, bail, a launch ('=fine' is not finest, '=bail' not a bailout).
  'sentenced': 'sentence', 'jailed': 'sentence', 'imprisonment': 'sentence', '=fine': 'fine', '=fined': 'fine', '=fines': 'fine', '=bail': 'bail', 'surety': 'bail', 'sureties': 'bail',
  'launched': 'launch', 'launches': 'launch',
  'tranche': 'tranche', 'instalment': 'tranche', 'installment': 'tranche', 'reported': 'report', 'recorded': 'report', 'total': 'total', 'tally': 'total', 'cumulative': 'total', 'a total of': null, 'in total': null,
};
