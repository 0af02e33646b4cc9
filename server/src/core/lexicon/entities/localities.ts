/**
 * Places below a country (provinces, states, cities) as claims/about.ts compares them: two stories
 * of one kind in one country (floods in Sindh and in Khyber Pakhtunkhwa, the Maharashtra and the
 * Haryana election) name different ones; a story's translations name the same. A city counts with
 * its province, as a translation may name the one where another names the other. A name shared by
 * places of two countries (Punjab, Hyderabad) gives no country or province.
 */

/** Named areas of regions.ts below country level that lie in two countries: places below a country, of no one country. */
export const SHARED_AREAS: ReadonlySet<string> = new Set(['area:punjab', 'area:kashmir', 'area:kurdistan']);

/** The province or state of a built-in city (by city id; cities of a capital territory or of an ambiguous name have none). */
export const CITY_PROVINCES: Readonly<Record<string, string>> = {
  karachi: 'area:sindh',
  lahore: 'area:punjab',
  peshawar: 'area:khyber-pakhtunkhwa',
  quetta: 'area:balochistan',
  mumbai: 'area:maharashtra',
  kolkata: 'area:west-bengal',
  chennai: 'area:tamil-nadu',
  bengaluru: 'area:karnataka',
  mashhad: 'area:razavi-khorasan', 'torbat-heydarieh': 'area:razavi-khorasan', 'torbat-jam': 'area:razavi-khorasan',
  guwahati: 'area:assam',
  thiruvananthapuram: 'area:kerala',
  lucknow: 'area:uttar-pradesh',
  patna: 'area:bihar',
  ujjain: 'area:madhya-pradesh', gwalior: 'area:madhya-pradesh', jabalpur: 'area:madhya-pradesh', sitapur: 'area:uttar-pradesh', bareilly: 'area:uttar-pradesh',
  aligarh: 'area:uttar-pradesh', jhansi: 'area:uttar-pradesh', muzaffarpur: 'area:bihar', darbhanga: 'area:bihar', bhagalpur: 'area:bihar', balasore: 'area:odisha',
  cuttack: 'area:odisha', howrah: 'area:west-bengal', siliguri: 'area:west-bengal', jalpaiguri: 'area:west-bengal', dhubri: 'area:assam', haridwar: 'area:uttarakhand',
  kullu: 'area:himachal-pradesh', manali: 'area:himachal-pradesh', mandi: 'area:himachal-pradesh', jodhpur: 'area:rajasthan', udaipur: 'area:rajasthan', kota: 'area:rajasthan',
  nashik: 'area:maharashtra', thane: 'area:maharashtra', vijayawada: 'area:andhra-pradesh', tirupati: 'area:andhra-pradesh', madurai: 'area:tamil-nadu',
  coimbatore: 'area:tamil-nadu', mangaluru: 'area:karnataka', kozhikode: 'area:kerala', thrissur: 'area:kerala', kalpetta: 'area:kerala',
  jaipur: 'area:rajasthan',
  sukkur: 'area:sindh',
  bannu: 'area:khyber-pakhtunkhwa',
  swat: 'area:khyber-pakhtunkhwa',
  mingora: 'area:khyber-pakhtunkhwa',
  nowshera: 'area:khyber-pakhtunkhwa',
  charsadda: 'area:khyber-pakhtunkhwa',
  mansehra: 'area:khyber-pakhtunkhwa',
  'lakki-marwat': 'area:khyber-pakhtunkhwa',
  dadu: 'area:sindh',
  'mohenjo-daro': 'area:sindh',
  thatta: 'area:sindh',
  'mirpur-khas': 'area:sindh',
  jhang: 'area:punjab',
  zhob: 'area:balochistan',
  'north-waziristan': 'area:khyber-pakhtunkhwa',
  'south-waziristan': 'area:khyber-pakhtunkhwa',
  sibi: 'area:balochistan', nokkundi: 'area:balochistan', dalbandin: 'area:balochistan', parachinar: 'area:khyber-pakhtunkhwa', swabi: 'area:khyber-pakhtunkhwa',
  jhelum: 'area:punjab', chakwal: 'area:punjab', okara: 'area:punjab', vehari: 'area:punjab', khanewal: 'area:punjab', lodhran: 'area:punjab',
  layyah: 'area:punjab', rajanpur: 'area:punjab', mianwali: 'area:punjab', khushab: 'area:punjab', bhakkar: 'area:punjab',
  'toba-tek-singh': 'area:punjab', hafizabad: 'area:punjab', narowal: 'area:punjab',
  sanghar: 'area:sindh', umerkot: 'area:sindh', shikarpur: 'area:sindh', ghotki: 'area:sindh', kashmore: 'area:sindh', khairpur: 'area:sindh',
  multan: 'area:punjab',
  kasur: 'area:punjab', attock: 'area:punjab', murree: 'area:punjab', pakpattan: 'area:punjab', muzaffargarh: 'area:punjab', bahawalnagar: 'area:punjab',
  chiniot: 'area:punjab', 'nankana-sahib': 'area:punjab', 'mandi-bahauddin': 'area:punjab', wazirabad: 'area:punjab', kamoke: 'area:punjab', daska: 'area:punjab',
  gojra: 'area:punjab', jaranwala: 'area:punjab', chichawatni: 'area:punjab', arifwala: 'area:punjab', burewala: 'area:punjab', 'mian-channu': 'area:punjab',
  kharian: 'area:punjab', taxila: 'area:punjab', 'hasan-abdal': 'area:punjab', talagang: 'area:punjab', sadiqabad: 'area:punjab', 'kot-addu': 'area:punjab', taunsa: 'area:punjab',
  mithi: 'area:sindh', badin: 'area:sindh', tharparkar: 'area:sindh', jamshoro: 'area:sindh', matiari: 'area:sindh', 'tando-allahyar': 'area:sindh',
  'naushahro-feroze': 'area:sindh', qambar: 'area:sindh', sehwan: 'area:sindh',
  turbat: 'area:balochistan', chaman: 'area:balochistan', hub: 'area:balochistan', ziarat: 'area:balochistan', sui: 'area:balochistan', kech: 'area:balochistan',
  lasbela: 'area:balochistan', panjgur: 'area:balochistan', mastung: 'area:balochistan', loralai: 'area:balochistan', kohlu: 'area:balochistan', 'dera-bugti': 'area:balochistan',
  jaffarabad: 'area:balochistan', chagai: 'area:balochistan', awaran: 'area:balochistan', pishin: 'area:balochistan', 'killa-saifullah': 'area:balochistan', harnai: 'area:balochistan',
  dir: 'area:khyber-pakhtunkhwa', tank: 'area:khyber-pakhtunkhwa', kurram: 'area:khyber-pakhtunkhwa', kohistan: 'area:khyber-pakhtunkhwa', haripur: 'area:khyber-pakhtunkhwa',
  hangu: 'area:khyber-pakhtunkhwa', malakand: 'area:khyber-pakhtunkhwa', buner: 'area:khyber-pakhtunkhwa', shangla: 'area:khyber-pakhtunkhwa', bajaur: 'area:khyber-pakhtunkhwa',
  mohmand: 'area:khyber-pakhtunkhwa', orakzai: 'area:khyber-pakhtunkhwa',
  faisalabad: 'area:punjab',
  tabriz: 'area:east-azerbaijan',
  ahvaz: 'area:khuzestan',
  zahedan: 'area:sistan-and-baluchestan',
};
