/** English predicates (lower case; matched as word prefixes of phrases). */
import type { PredicateTable } from '../claimWords';

/** English. */
export const enPredicates: PredicateTable = {
  // Rain that fell, however a report words it (received 743.1 mm of rain, 112 mm of rainfall), is the rainfall recorded.
  'of rain': 'report', 'of rainfall': 'report',
  // A budget or a bill put before a house: what it totals.
  'presented': 'present', 'unveiled': 'present', 'tabled': 'present', '=presents': 'present', '=unveils': 'present',
  'signed': 'sign', 'sign': 'sign', 'signing': 'sign', 'signatories': 'sign', 'signing ceremony': null, 'signature ceremony': null,
  'ratified': 'ratify', 'ratify': 'ratify', 'adopted': 'adopt', 'adopt': 'adopt', 'approved': 'adopt', 'passed': 'adopt',
  // Pilgrims who performed the Hajj or bathed at the Kumbh took part; crops bought by the state were procured.
  'performed hajj': 'attend', 'performed the hajj': 'attend', 'perform hajj': 'attend', 'took a holy dip': 'attend', 'took a dip': 'attend', 'taken a holy dip': 'attend',
  'failed the exam': 'fail', 'failed the examination': 'fail', 'failed the exams': 'fail', 'failed in': 'fail',
  '=cancelled': 'cancel', '=canceled': 'cancel', '=delayed': 'delay', 'running late': 'delay', 'ran late': 'delay',
  'attended': 'attend', 'attend': 'attend', 'participated': 'attend', 'took part': 'attend', 'joined': 'attend', 'welcomed': 'attend', 'participants': 'attend',
  // Relief goods handed out, a fact apart from aid pledged.
  // What a contract or a deal is worth, as Persian قراردادی به ارزش tells it (not bonds worth a bail's sum).
  'contract worth': 'value', 'contracts worth': 'value', 'deal worth': 'value', 'deals worth': 'value', 'agreement worth': 'value', 'agreements worth': 'value',
  // A price a market quotes: the dirham was priced at 19,600 tomans, as Persian قیمت خورد.
  'priced at': 'reach', 'changed hands at': 'reach',
  'distributed': 'distribute', 'distribute': 'distribute', 'distributing': 'distribute', 'distribution': 'distribute', 'handed out': 'distribute',
  'spoke': 'speak', 'addressed': 'speak', 'speeches': 'speak', 'pledged': 'invest', '=provide': 'invest', '=provided': 'invest', '=providing': 'invest', 'invest': 'invest', 'invested': 'invest', 'investment': 'invest', 'committed': 'invest', 'allocated': 'invest', 'allocating': 'invest', 'allocates': 'invest', 'allocation': 'invest', 'earmarked': 'invest', 'investor': null, 'investors': null,
  // Houses "fully damaged" are destroyed, as disaster authorities count them (مکمل طور پر تباہ, पूरी तरह क्षतिग्रस्त); partly damaged ones are damage.
  'fully damaged': 'destroy', 'completely damaged': 'destroy', 'totally damaged': 'destroy', 'fully destroyed': 'destroy', 'completely destroyed': 'destroy',
  'lost': 'lose', 'the loss of': 'lose', 'losses': 'lose', 'damage': 'lose', 'killed': 'kill', 'died': 'kill', '=die': 'kill', 'martyred': 'kill', 'embraced martyrdom': 'kill', 'deaths': 'kill', 'dead': 'kill', 'injured': 'injure', 'wounded': 'injure', '=hurt': 'injure', 'affected': 'affect', 'affecting': 'affect',
  // A price, fee, quota or wage fixed is the level it is set at (مقرر کر دی, تعیین کرد, निर्धारित).
  '=fixed': 'reach', '=fixes': 'reach', 'set at': 'reach',
  // A rate or index closing at a level is that level (the rupee closed at 277.62, روپیہ 278.5 پر بند ہوا, रुपया 83.45 पर बंद हुआ).
  'closed at': 'reach', 'closes at': 'reach', 'close at': 'reach', 'settled at': 'reach', 'minimum temperature': 'report', 'maximum temperature': 'report', 'settle at': 'reach', 'settles at': 'reach',
  // Or ending or finishing a session at it: "the Sensex rose 304 points to end at 81,224.75".
  'ended at': 'reach', 'end at': 'reach', 'ends at': 'reach', 'finished at': 'reach', 'finish at': 'reach', 'finishes at': 'reach',
  // A currency that gained or lost value: "the rupee appreciated 12 paise to close at 84.38".
  '=appreciated': 'grow', '=appreciates': 'grow', '=depreciated': 'fall', '=depreciates': 'fall',
  // Pilgrims at a shrine (5.12 lakh pilgrims paid obeisance, visited the shrine, had darshan), as दर्शन किए, زیارت کی.
  // Cards, licences or passports issued (5.12 crore Ayushman cards issued), as कार्ड बनाए, जारी किए, جاری کیے.
  '=issued': 'issue',
  // Users a network or a utility added grew its base (Jio added 3.48 million subscribers), as ग्राहक जोड़े; a speaker who "added" says nothing of a figure's verb.
  'added': 'grow', 'adds': 'grow', 'adding': 'grow', 'he added': null, 'she added': null, 'they added': null, 'it added': null, 'added that': null,
  'paid obeisance': 'visit', 'had darshan': 'visit', '=visited': 'visit',
  'confirmed': 'confirm', 'held': 'hold', 'organised': 'hold', 'organized': 'hold', 'includes': 'include', 'contains': 'include', 'reached': 'reach', 'reach': 'reach',
  'rose': 'grow', 'rises': 'grow', 'rise': 'grow', 'grow': 'grow', 'grows': 'grow', 'increased': 'grow', 'grew': 'grow', 'fell': 'fall', 'decreased': 'fall', 'dropped': 'fall', 'fallen': 'fall', 'declined': 'fall', '=cut': 'fall', 'to cut': null, 'cut up': null, 'cut off': null, 'to raise': null, 'derailed': 'derail', 'derailment': 'derail', 'jumped the tracks': 'derail', 'went off the rails': 'derail', '=cuts': 'fall', 'slashed': 'fall', '=slashes': 'fall', '=trims': 'fall', 'trimmed': 'fall', 'lowered': 'fall', '=raised': 'grow', '=raises': 'grow', '=hiked': 'grow',
  // Markets and prices move in stronger words too: the Sensex jumped 1,190 points, oil slumped 4 percent.
  'jumped': 'grow', 'jumps': 'grow', 'gained': 'grow', 'gains': 'grow', 'gaining': 'grow', 'went up': 'grow', 'goes up': 'grow', 'went down': 'fall', 'goes down': 'fall', 'shed': 'fall', 'sheds': 'fall', 'shedding': 'fall', 'climbed': 'grow', 'surged': 'grow', 'soared': 'grow', 'rallied': 'grow', 'slumped': 'fall', 'tumbled': 'fall', 'plunged': 'fall', 'slipped': 'fall', 'plummeted': 'fall',
  '=won': 'win', '=win': 'win', '=beat': 'win', 'thrashed': 'win', '=thrash': 'win', 'outclassed': 'win', 'wins': 'win', 'winning': 'win', 'according to': null, 'secured': 'win', '=obtained': 'win', 'clinched': 'win', '=swept': 'win', 'bagged': 'win', 'registered': 'register', 'enrolled': 'register',
  'arrested': 'arrest', 'arrests': 'arrest', 'detained': 'arrest', 'rescued': 'rescue', 'executed': 'execute', 'hanged': 'execute',
  // Jobs: people hired or recruited (hire 2,500 workers and invest ₹4,500 crore: the workers are hired, not invested).
  'hire': 'hire', 'hiring': 'hire', 'recruit': 'hire',
  // Headlines write the present tense ('Floods kill 48', 'Blast injures 12', 'leaves 9 dead').
  '=pledge': 'invest', 'promised': 'invest', '=pledges': 'invest', '=commit': 'invest', '=commits': 'invest', '=approve': 'adopt', '=approves': 'adopt',
  '=confirm': 'confirm', '=confirms': 'confirm',
  // Cases or users found out (identified, detected) are confirmed, as Persian شناسایی says.
  '=identified': 'confirm', '=detected': 'confirm', '=lose': 'lose', '=loses': 'lose',
  '=kill': 'kill', '=kills': 'kill', '=killing': 'kill', 'claimed the lives': 'kill', 'claims the lives': 'kill', '=injure': 'injure', '=injures': 'injure', '=wounds': 'injure', '=wounding': 'injure', '=injuring': 'injure',
  // Courts and space: a prison term, a fine, bail, a launch ('=fine' is not finest, '=bail' not a bailout).
  'sentenced': 'sentence', 'compensation': 'compensate', '=compensate': 'compensate', 'jailed': 'sentence', 'imprisonment': 'sentence', '=fine': 'fine', '=fined': 'fine', '=fines': 'fine', '=bail': 'bail', 'surety': 'bail', 'sureties': 'bail',
  'launched': 'launch', 'launches': 'launch', 'acquitted': 'acquit', '=acquit': 'acquit', '=acquits': 'acquit',
  // Needed or asked for is no pledge: "pledged $3.6 billion, short of the $6 billion it sought"; people in need are counted apart from people helped.
  // A rate expected or forecast is an estimate, not its level (only a rate takes these: see claims/extract.ts).
  '=expects': 'expect', '=expected': 'expect', '=expect': 'expect', '=forecast': 'expect', '=forecasts': 'expect', '=projected': 'expect', '=projects': 'expect', '=projection': 'expect',
  'sought': 'seek', '=seeks': 'seek', '=seeking': 'seek', 'appealed for': 'seek', 'appeal for': 'seek', '=need': 'seek', '=needs': 'seek', '=needed': 'seek', 'requested': 'seek',
  'vaccinating': 'vaccinate', 'vaccination': 'vaccinate', 'aiming to reach': null, 'aims to reach': null, 'aim to reach': null, 'vaccinate': 'vaccinate', 'vaccinated': 'vaccinate', 'polio drops': 'vaccinate', 'anti-polio drops': 'vaccinate', 'immunise': 'vaccinate', 'immunize': 'vaccinate', 'inoculate': 'vaccinate',
  '=took': 'win', 'displaced': 'displace', '=displacing': 'displace', 'forced from their homes': 'displace', 'forced to flee': 'displace', 'fled their homes': 'displace', '=uprooted': 'displace', '=fled': 'displace',
  // People taken out of harm's way (evacuated, moved to relief camps) and bodies recovered are facts of their own.
  'evacuated': 'evacuate', 'relocated': 'evacuate', 'were moved': 'evacuate', 'were shifted': 'evacuate', 'recovered': 'recover', 'retrieved': 'recover', 'pulled out': 'recover',
  // Money embezzled or misappropriated (a corruption case's sum), not the fine or the sentence.
  'embezzl': 'embezzle', 'misappropriat': 'embezzle', 'siphoned': 'embezzle',
  // Goods snatched or stolen in street crime (deprived of 18,650 mobile phones, چھینے گئے).
  'deprived of': 'snatch', '=snatched': 'snatch', 'stolen or snatched': 'snatch', 'snatched or stolen': 'snatch',
  // Money paid to victims' families; people still missing.
  'ex gratia': 'compensate', 'ex-gratia': 'compensate', 'missing': 'missing',
  // An innings of 141 is a score, no win; the margin is "by 85 runs".
  'innings of': 'score', 'knock of': 'score', '=hitting': 'score', '=smashing': 'score',
  // Who was aboard a plane or a boat ("lost contact" is no loss), who came out alive, who went back, what was set up, ballots cast.
  'on board': 'aboard', '=aboard': 'aboard', '=carrying': 'aboard', 'lost contact': null, 'survivors': 'survive', '=survived': 'survive', '=alive': 'survive',
  '=returned': 'return', '=returnees': 'return', '=returning': 'return', 'set up': 'establish', '=established': 'establish', '=touched': 'reach',
  'cast their ballots': 'attend', '=watched': 'attend', '=scored': 'score', '=scoring': 'score',
  // Security deployed and prize money are facts of their own.
  '=deployed': 'deploy', '=captivity': 'captive', 'held captive': 'captive', '=exchanged': 'exchange', '=swapped': 'exchange', '=freed': 'release', 'released data': null, 'released figures': null, 'released a report': null, 'released its report': null, 'released statistics': null, 'released a statement': null, '=released': 'release', '=releasing': 'release', 'will release': 'release', 'to release': 'release', 'were released': 'release', 'had been released': 'release', 'have been released': 'release', 'set fire to': 'burn', 'set on fire': 'burn', 'set ablaze': 'burn', '=torched': 'burn', '=burned': 'burn', '=burnt': 'burn', '=sent': 'deploy', '=dispatched': 'deploy', '=despatched': 'deploy', '=destroyed': 'destroy', '=razed': 'destroy', '=flattened': 'destroy', '=demolished': 'destroy', '=collapsed': 'destroy', 'provide security': 'deploy', 'prize money': 'award', 'prize of': 'award', 'purse of': 'award', 'door to door': 'deploy', 'door-to-door': 'deploy', 'reached the conclusion': null, 'reached a conclusion': null, 'reach the conclusion': null, 'cast ballots': 'attend', '=voted': 'attend',
  // A cut agreed or pledged is the cut told (a plan "to cut" alone is none): "agreed to cut emissions by 60%".
  'agreed to cut': 'fall', 'pledged to cut': 'fall', 'committed to cut': 'fall', 'promised to cut': 'fall', 'vowed to cut': 'fall',
  'tranche': 'tranche', 'instalment': 'tranche', 'installment': 'tranche', 'reported': 'report', 'recorded': 'report', 'took place': 'report', 'were made': 'report', '=saw': 'report', '=witnessed': 'report', 'total': 'total', 'tally': 'total', 'cumulative': 'total', 'a total of': null, 'in total': null,
  // A quota allotted (pilgrims a country may send, seats reserved) is a fact of its own, whatever verb tells it.
  '=quota': 'quota', '=quotas': 'quota',
  // People pulled from the water alive are rescued, as other tellings say it.
  'from the water': 'rescue', 'from the sea': 'rescue',
  // A film's takings (collected, earned, grossed) and the screens it opened on.
  '=collected': 'earn', '=earned': 'earn', '=grossed': 'earn', '=earning': 'earn', 'released on': 'release', 'released in': 'release', 'opened on': 'release',
  // What a company is valued at, and whom it serves.
  '=valuing': 'value', '=valued': 'value', '=valuation': 'value', '=serves': 'serve', '=served': 'serve', '=serving': 'serve',
  // A population counted (a census), in every language a count of people.
  '=population': 'populate', '=populous': 'populate',
  // Trade: goods sold, exported, imported, produced; remittances sent home.
  '=bought': 'buy', '=purchased': 'buy', '=procured': 'buy', '=procurement': 'buy', 'bought': 'buy', 'purchased': 'buy', 'purchase price': null, 'procurement price': null,
  '=sold': 'sell', '=sells': 'sell', '=sell': 'sell', '=sales': 'sell', 'exported': 'export', '=exports': 'export', 'imported': 'import', '=imports': 'import', 'import bill': 'import', '=produced': 'produce', '=produces': 'produce', '=production': 'produce', '=output': 'produce',
  '=remittances': 'remit', '=remitted': 'remit',
  // An air quality index's reading; people admitted to or treated in hospital.
  '=aqi': 'aqi', 'air quality index': 'aqi', '=treated': 'admit', '=admitted': 'admit', '=hospitalised': 'admit', '=hospitalized': 'admit',
  // People deported (sent back across a border), workers a project employs, land it irrigates, what it costs, people sheltering in camps.
  '=deported': 'deport', '=deport': 'deport', '=deports': 'deport', '=deporting': 'deport', '=deportation': 'deport', '=expelled': 'deport',
  '=employs': 'employ', '=employed': 'employ', '=employing': 'employ', '=employ': 'employ',
  '=irrigate': 'irrigate', '=irrigates': 'irrigate', '=irrigated': 'irrigate', '=irrigating': 'irrigate',
  '=costing': 'cost', '=cost': 'cost', '=costs': 'cost', 'the cost of living': null,
  // A sum spent is what a thing cost (₹469 crore spent on the mission, इस मिशन पर 450 करोड़ रुपये खर्च हुए).
  // Nouns of spending name the whole a share is of (13 percent of total spending): only the verb, and capital expenditure made.
  '=spent': 'cost', '=spend': 'cost', 'capital expenditure': 'cost',
  // Trains and flights run, passengers and freight carried (railways, airlines, ports).
  'to run': 'operate', 'been run': 'operate', '=operate': 'operate', '=operated': 'operate', '=carried': 'carry', 'to carry': 'carry', '=ferried': 'carry', '=loaded': 'carry', 'passed through': 'carry', '=handled': 'carry',
  '=sheltering': 'shelter', '=sheltered': 'shelter', 'taken shelter': 'shelter', 'took shelter': 'shelter', 'taking shelter': 'shelter',
  // A sum received or got: a budget head's is its allocation (claims/extract.ts `flowLevel`), as "allocated" tells it.
  '=received': 'receive', '=receives': 'receive', '=receiving': 'receive', '=got': 'receive', '=gets': 'receive',
  // Beds or seats reserved are set aside, as مختص and اختصاص say.
  '=reserved': 'invest', 'set aside': 'invest', 'sets aside': 'invest', 'setting aside': 'invest',
  // A crowd a match is played before is its spectators: "in front of about 78,000 spectators" watched it.
  'in front of': 'attend', 'before a crowd of': 'attend', 'a crowd of': 'attend',
  // Candidates who passed an examination succeeded, as Urdu کامیاب says; those who sat it attended.
  'passing the examination': 'win', 'passed the examination': 'win', 'passing the exam': 'win', 'passed the exam': 'win', 'passed the exams': 'win', 'cleared the exam': 'win', 'cleared the examination': 'win',
  '=appeared': 'attend', 'sat the exam': 'attend', 'sat the examination': 'attend',
  // Income exempt from tax, and taxpayers who benefit (a tax relief's two facts).
  '=exempt': 'exempt', '=exempted': 'exempt', 'tax-free': 'exempt', 'tax free': 'exempt', '=benefit': 'benefit', '=benefits': 'benefit', '=benefited': 'benefit', '=benefiting': 'benefit', '=benefitting': 'benefit',
};

/**
 * English qualifiers of a figure (see claims/qualify.ts): what a price is of (`priced:`), the unit it
 * is per (`per:`), a subgroup of a whole (`sub:`: girls' pass rate, 35 in Pune district, of them)
 * and a baseline marker (`cmp:next` marks the figure after it: compared with 85.12; `cmp:prev` the one before: 85.12 के मुकाबले).
 */
export const enQualifiers: PredicateTable = {
  // A day's minimum temperature is a fact of its own (the minimum settled at 30.2), not its maximum, the reading a temperature alone tells.
  '=minimum': 'of:minimum', '=min': 'of:minimum',
  // Whom money is paid to: the families of the dead and the injured get different amounts.
  'the dead': 'paidto:dead', 'the deceased': 'paidto:dead', 'family of each victim': 'paidto:dead', 'families of the victims': 'paidto:dead', 'families of victims': 'paidto:dead', 'kin of the victims': 'paidto:dead', '=deceased': 'paidto:dead', '=injured': 'paidto:injured', 'minor injuries': 'paidto:injured-minor', 'serious injuries': 'paidto:injured-serious',
  // How badly they were hurt parts the injured paid: Rs 2 lakh for the seriously injured, Rs 50,000 for minor injuries.
  'seriously injured': 'paidto:injured-serious', 'critically injured': 'paidto:injured-serious', 'severely injured': 'paidto:injured-serious', 'grievously injured': 'paidto:injured-serious',
  // The injured in critical condition are a subgroup of the injured, not all of them (12 of 100 injured).
  'critical condition': 'sub:critical', '=critical': 'sub:critical',
  'slightly injured': 'paidto:injured-minor', 'minor injury': 'paidto:injured-minor', 'serious injury': 'paidto:injured-serious',
  // A count needed (138 seats needed for a majority) is no count won or held.
  '=needed': 'sub:needed', '=required': 'sub:needed',
  // A target chased is no total reached: chasing 242 (a campaign's aim is told as its count: aiming to reach 3 million).
  '=chasing': 'sub:target',
  // A level set as a target is no level reached: the deficit target, 4.4 percent of GDP (کا ہدف, का लक्ष्य, هدف).
  '=target': 'sub:target', '=targets': 'sub:target',
  // A rate of the rupee against the dollar prices the dollar (the rupee at 83.45 against the dollar); "dollars" name amounts.
  '=dollar': 'priced:usd', '=euro': 'priced:eur', '=dirham': 'priced:aed',
  '=gold': 'priced:gold', '=silver': 'priced:silver', '=petrol': 'priced:petrol', '=gasoline': 'priced:petrol', '=diesel': 'priced:diesel', '=kerosene': 'priced:kerosene',
  // A fare is a price of its own, as Urdu کرایہ ("the AC sleeper fare is Rs9,300").
  '=fare': 'priced:fare',
  '=lpg': 'priced:lpg', '=cng': 'priced:cng', '=wheat': 'priced:wheat', '=flour': 'priced:flour', '=atta': 'priced:flour', '=sugar': 'priced:sugar', '=rice': 'priced:rice',
  '=onion': 'priced:onion', '=onions': 'priced:onion', '=tomato': 'priced:tomato', '=tomatoes': 'priced:tomato', '=milk': 'priced:milk', '=ghee': 'priced:ghee',
  // Goods mined, grown and made are what a tonnage is of: coal output and foodgrain output are two facts.
  '=coal': 'priced:coal', '=foodgrain': 'priced:foodgrain', '=foodgrains': 'priced:foodgrain', '=paddy': 'priced:paddy', '=pulses': 'priced:pulses', '=oilseeds': 'priced:oilseeds',
  '=cotton': 'priced:cotton', '=sugarcane': 'priced:sugarcane', '=steel': 'priced:steel', '=cement': 'priced:cement', 'iron ore': 'priced:ironore', '=maize': 'priced:maize',
  // Land, housing, tickets and currencies priced in another (the dollar at Rs281) are goods of their own.
  '=plot': 'priced:plot', '=plots': 'priced:plot', '=land': 'priced:land', '=housing': 'priced:housing', 'residential property': 'priced:housing', 'residential properties': 'priced:housing', 'residential units': 'priced:housing', '=rent': 'priced:rent', '=ticket': 'priced:ticket',
  'per acre': 'per:acre', 'an acre': 'per:acre', 'per marla': 'per:marla', 'per kanal': 'per:kanal', 'per square foot': 'per:ft2', 'per sq ft': 'per:ft2', 'per square metre': 'per:m2', 'per square meter': 'per:m2',
  'light diesel oil': 'priced:ldo', '=ldo': 'priced:ldo', 'high-speed diesel': 'priced:diesel', 'high speed diesel': 'priced:diesel', '=hsd': 'priced:diesel',
  'crude oil': 'priced:crude', '=brent': 'priced:crude', '=crude': 'priced:crude', '=electricity': 'priced:electricity',
  // What a bare percentage is of (`of:`): "exports rose 12 percent" and "cement sales rose 7 percent" are two facts.
  '=exports': 'of:exports', '=imports': 'of:imports', '=remittances': 'of:remittances', '=sales': 'of:sales', '=production': 'of:production', '=output': 'of:production',
  '=economy': 'of:economy', '=gdp': 'of:economy', '=revenue': 'of:revenue', '=loss': 'of:loss', 'net loss': 'of:loss', '=revenues': 'of:revenue', 'tax collection': 'of:revenue', '=prices': 'of:prices',
  '=index': 'of:index', '=profit': 'of:profit', '=profits': 'of:profit', '=cases': 'of:cases', '=deficit': 'of:deficit', '=reserves': 'of:reserves', '=fares': 'of:fares', '=shortfall': 'of:shortfall',
  // Which market index a change in points or percent is of: the Sensex and the Nifty move apart (a named index's phrase takes its word "index").
  '=sensex': 'of:sensex', '=nifty': 'of:nifty', 'nifty 50': 'of:nifty', 'KSE-100': 'of:kse100', 'KSE-100 index': 'of:kse100', 'kse 100 index': 'of:kse100', 'KSE-30': 'of:kse30', 'KSE-30 index': 'of:kse30', 'kse 30 index': 'of:kse30', '=tedpix': 'of:tedpix',
  '=dsex': 'of:dsex', 'dow jones': 'of:dow', 'dow jones industrial average': 'of:dow', '=nasdaq': 'of:nasdaq', 'ftse 100': 'of:ftse100', '=nikkei': 'of:nikkei', 'hang seng': 'of:hangseng',
  'per litre': 'per:litre', 'per liter': 'per:litre', 'a litre': 'per:litre', 'a liter': 'per:litre', 'per kg': 'per:kg', 'a kg': 'per:kg', 'per kilogram': 'per:kg', 'a kilogram': 'per:kg', 'per kilo': 'per:kg', 'a kilo': 'per:kg',
  'per gram': 'per:g', 'a gram': 'per:g', 'per 10 grams': 'per:10g', 'per 10 gram': 'per:10g', 'per 10g': 'per:10g', 'per tola': 'per:tola', 'a tola': 'per:tola',
  // A price of one unit or of 10 grams, the goods left to the sentence before (The price of 10 grams rose by Rs1,715), is per that unit, as 10 گرام کی قیمت.
  'price of 10 grams': 'per:10g', 'price of 10 gram': 'per:10g', 'price of 10g': 'per:10g', 'price of one tola': 'per:tola', 'price of a tola': 'per:tola', 'price of one gram': 'per:g', 'price of a gram': 'per:g',
  'per ounce': 'per:ounce', 'an ounce': 'per:ounce', 'per troy ounce': 'per:ounce', 'per barrel': 'per:barrel', 'a barrel': 'per:barrel', 'per maund': 'per:maund', 'a maund': 'per:maund',
  'per quintal': 'per:quintal', 'a quintal': 'per:quintal', 'per tonne': 'per:tonne', 'a tonne': 'per:tonne', 'per ton': 'per:tonne', 'a ton': 'per:tonne', 'per unit': 'per:unit', 'a unit': 'per:unit',
  'per share': 'per:share', 'a share': 'per:share', 'per mmbtu': 'per:mmbtu', 'per cylinder': 'per:cylinder', 'a cylinder': 'per:cylinder', 'per dozen': 'per:dozen', 'a dozen': 'per:dozen',
  '=girls': 'sub:girls', '=boys': 'sub:boys', '=women': 'sub:women', '=men': 'sub:men', '=children': 'sub:children', '=district': 'sub:district', '=urban': 'sub:urban', '=rural': 'sub:rural',
  // What a sum is for (a budget's heads), said of money only: "Rs2.1 trillion for defence".
  '=defence': 'for:defence', '=defense': 'for:defence', '=health': 'for:health', '=education': 'for:education', '=agriculture': 'for:agriculture', '=development': 'for:development',
  'interest payments': 'for:interest', 'debt servicing': 'for:interest', '=pensions': 'for:pension', '=pension': 'for:pension', '=salaries': 'for:salary', '=salary': 'for:salary', '=wages': 'for:salary',
  // Sums of a tax collected and of a film's takings ("for:" words apply to money): GST collections of ₹2.10 lakh crore, a worldwide gross of ₹827 crore.
  '=gst': 'for:gst', 'goods and services tax': 'for:gst', 'box office': 'for:box-office', 'worldwide gross': 'for:box-office', '=grossed': 'for:box-office', 'opening weekend': 'for:box-office',
  // A departure from normal is a fact of its own, not the reading (46.8 degrees, two degrees above normal).
  'above normal': 'sub:departure', 'below normal': 'sub:departure', 'above the normal': 'sub:departure', 'below the normal': 'sub:departure',
  // Or from the season's average (two degrees below the season's average, above the seasonal average).
  'above average': 'sub:departure', 'below average': 'sub:departure', 'above the average': 'sub:departure', 'below the average': 'sub:departure', 'above the season': 'sub:departure', 'below the season': 'sub:departure', 'above the seasonal average': 'sub:departure', 'below the seasonal average': 'sub:departure',
  '=including': 'sub:part', '=remaining': 'sub:rest', 'the rest': 'sub:rest', 'of them': 'sub:of', 'of whom': 'sub:of', 'among them': 'sub:of',
  'compared with': 'cmp:next', 'compared to': 'cmp:next', 'as against': 'cmp:next', 'as compared with': 'cmp:next', 'as compared to': 'cmp:next',
  // A percentage change set against its base: "an increase of 4 per cent over 4,28,278 cases in 2021".
  'per cent over': 'cmp:next', 'percent over': 'cmp:next', 'pc over': 'cmp:next', '% over': 'cmp:next',
  // The event a year beside it is the year of (claims/yearClaims.ts): built, began, founded.
  '=built': 'year:build', '=constructed': 'year:build', '=began': 'year:start', '=begun': 'year:start', '=started': 'year:start', '=launched': 'year:start', '=founded': 'year:found', '=established': 'year:found',
  // Power demand in MW is a measure of its own, as بجلی کی طلب, बिजली की मांग, تقاضای برق say.
  '=demand': 'of:demand',
  // Water, power or fuel used is a measure of its own, apart from what a dam holds (daily water consumption reached 3.5 million cubic metres).
  '=consumption': 'of:consumption',
};

/**
 * English words that give a predicate its other sense (see claims/predicates.ts): "passed" beside
 * candidates, students or an examination is a pass, as "passed the examination" tells it, not a bill adopted.
 */
export const enSenses: PredicateTable = {
  '=candidates': 'adopt>win', '=students': 'adopt>win', '=examinees': 'adopt>win', '=examination': 'adopt>win', '=exam': 'adopt>win', '=exams': 'adopt>win',
  // Cases or FIRs registered are reported, as Hindi दर्ज and Urdu درج tell them; voters registered stay registered.
  '=cases': 'register>report', '=case': 'register>report', '=firs': 'register>report', '=fir': 'register>report',
};
