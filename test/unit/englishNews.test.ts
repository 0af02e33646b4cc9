import { test } from 'node:test';
import { brief, figuresOf } from '../support/figures';
import { claimKeys, claimTimes, flaggedInDocument } from '../support/claims';
import { checkRows } from '../support/rows';
import { analyzeDocument } from '../../server/src/core/analyze';
import { DEFAULT_OPTIONS } from '../../server/src/core/options';

// English news sentences written for these tests in the style of the South Asian press and wire
// copy (rallies, budgets, floods, elections, health): [name, text, expected figures as brief() strings].
const figureRows: [name: string, text: string, expected: string[]][] = [
  ['an adverb after a number is not what it counts', 'Pakistan were all out for 198 shortly before tea.', ['198=198/cardinal']],
  ['medals of each colour, one silver among them', 'The team won two golds, one silver and three bronze medals.', ['two=2/cardinal (counts gold-medal)', 'one=1/cardinal (counts silver-medal)', 'three=3/cardinal (counts bronze-medal)']],
  ['respectively names no noun', 'Exports and imports grew 12 and 9 respectively.', ['12=12/cardinal', '9=9/cardinal']],
  // A participle right after a bare number counts people, not the verb.
  ['attended after a number counts people', 'About 300 attended the rally on Sunday.', ['300=300/cardinal (approx, counts person)']],
  ['marched after a number counts people', 'Nearly 5,000 marched in Karachi.', ['5,000=5000/cardinal (approx, counts person)']],
  ['remain after a number counts people', 'Twelve were discharged and 12 remain in hospital.', ['Twelve=12/cardinal', '12=12/cardinal (counts person)']],
  ['wounded after a number is an injury', 'Police said 40 wounded were taken to hospital.', ['40=40/cardinal (counts injury)']],
  ['died after a number is a death', 'At least 17 died in the blast.', ['17=17/cardinal (at-least, counts death)']],
  ['a noun after the participle is what it counts', 'IEDCR reported 33 recovered cases and 3 detained protesters.', ['33=33/cardinal (counts case)', '3=3/cardinal (counts protester)']],
  ['a participle before a time adverb counts people', 'Police said 12 arrested yesterday were freed.', ['12=12/cardinal (counts person)']],
  // Time adverbs and particles are no nouns.
  ['yesterday is no counted noun; arrested 12 counts people', 'Police arrested 12 yesterday.', ['12=12/cardinal (counts person)']],
  ['a number naming no noun after killed counts people', 'Cyclone Remal killed at least 16 in Bangladesh.', ['16=16/cardinal (at-least, counts person)']],
  ['others after a number are people', 'The bomber killed 27 people and wounded 53 others.', ['27=27/cardinal (counts person)', '53=53/cardinal (counts person)']],
  ['a toll after an article names nothing', 'The toll from the outbreak reached 1,017.', ['1,017=1017/cardinal']],
  ['off is no counted noun', 'Babar scored 112 off 98 balls.', ['112=112/cardinal', '98=98/cardinal (counts ball)']],
  // A past-tense verb is no counted noun.
  ['a year span does not count the verb after it', 'A study in 2010-11 showed a rise.', ['2010-11=2010..2011/range']],
  ['a noun ending in -ed is still a noun', 'The car has a 6 speed gearbox.', ['6=6/cardinal (counts speed)']],
  // Adjectives before an unknown or known noun.
  ['a disease name stands between a number and cases', 'The city reported 1,245 new dengue cases.', ['1,245=1245/cardinal (counts case)']],
  ['an assembly name stands between a number and seats', 'PTI won 93 of the 266 National Assembly seats.', ['93=93/cardinal (counts seat)', '266=266/cardinal (counts seat)']],
  ['an adjective before an unknown noun skips to the noun', 'The party won 3 general elections.', ['3=3/cardinal (counts election)']],
  // A result verb a few words before N-M with nothing counted after it makes a score, no figures.
  ['a score after beat and a team is no figure', 'Leeds beat Norwich City 3-1 on Saturday.', []],
  ['a score after won is no figure', 'The hosts won 2-0 at home.', []],
  ['a range of seats after won is a range', 'The party won 15-20 seats.', ['15-20=15..20/range (counts seat)']],
  ['F in brackets after a temperature in C is Fahrenheit', 'Heathrow reached 34.8C (94.6F) on Wednesday.', ['34.8C=34.8/cardinal (unit °C)', '94.6F=94.6/cardinal (unit °F)']],
  ['a fraction of a percentage point is points', 'The bank cut its rate by a quarter of a percentage point, after half a percentage point in May.', ['a quarter of a percentage point=0.25/percent (unit pp)', 'half a percentage point=0.5/percent (unit pp)']],
  ['topped and crossed are more than', 'The toll topped 1,000 as exports crossed Rs 500 crore.', ['1,000=1000/cardinal (more-than)', 'Rs 500 crore=5000000000/currency (unit INR, more-than)']],
  // English marks plurals: an unknown counted noun is named in the singular, and past unknown modifiers the first plural is the noun.
  ['an unknown plural noun is named in the singular', 'The charity sent 14 ambulances and 3 generators.', ['14=14/cardinal (counts ambulance)', '3=3/cardinal (counts generator)']],
  ['an adjective before a plural noun is not what is counted', 'Six strong tremors shook the valley.', ['Six=6/cardinal (counts tremor)']],
  ['a noun modifier before a plural noun is not what is counted', 'The ministry issued 4,500 transit visas and 20 stopgap permits.', ['4,500=4500/cardinal (counts visa)', '20=20/cardinal (counts permit)']],
  ['an acronym before a plural noun is not what is counted', 'The agency runs 61 UNHCR camps.', ['61=61/cardinal (counts camp)']],
  ['ies, ches and irregular plurals', 'Police found 9 libraries and 4 churches looted by 12 thieves.', ['9=9/cardinal (counts library)', '4=4/cardinal (counts church)', '12=12/cardinal (counts thief)']],
  ['a word that only looks plural is no plural', 'The bill cut 40 news jobs.', ['40=40/cardinal (counts job)']],
  ['a verb after the noun ends the look for a plural', 'A magnitude 5.8 quake struck at dawn.', ['5.8=5.8/cardinal (counts quake)']],
  // Wire copy writes the time of day in four digits before a time zone.
  ['a four-digit time before a time zone is a clock time', 'The index was down 0.4% at 1130 GMT and flat by 1500 UTC.', ['0.4%=0.4/percent (unit %)', '1130 GMT=T11:30/date', '1500 UTC=T15:00/date']],
  ['four digits before a word that is no time zone stay a number', 'The firm hired 1130 engineers.', ['1130=1130/cardinal (counts engineer)']],
  ['plural news nouns are concepts', 'Floods cut off 12 villages in 3 districts.', ['12=12/cardinal (counts village)', '3=3/cardinal (counts district)']],
  // The death toll names what the number counts.
  ['the death toll counts deaths', 'The death toll rose to 52 on Friday.', ['52=52/cardinal (counts death)']],
  // A currency glued to a grouped amount is one amount.
  ['Rs glued to a grouped amount with a scale', 'The budget allocates Rs1,400 billion for development.', ['Rs1,400 billion=1400000000000/currency (unit INR)']],
  ['Rs glued to lakh grouping', 'He was fined Rs1,40,000.', ['Rs1,40,000=140000/currency (unit INR)']],
  ['a glued ISO code with groups and decimals', 'It paid USD1,400,000.50 in fees.', ['USD1,400,000.50=1400000.5/currency (unit USD)']],
  // Scale letters after a currency: m is a million there, a metre elsewhere.
  // Dawn writes a trillion as tr glued to the digits.
  ['tr glued after Rs is a trillion', 'Spending will rise to Rs2.7tr next year.', ['Rs2.7tr=2700000000000/currency (unit INR)']],
  // Shillings are the currency of the country the story is about (Kenya's when none is named).
  ['shillings are a currency', 'The county spent 40 million shillings on drains.', ['40 million shillings=40000000/currency (unit KES)']],
  ['shillings in a Ugandan story are Ugandan', 'Uganda set aside 3 billion shillings for refugees in Kampala.', ['3 billion shillings=3000000000/currency (unit UGX)']],
  ['a scale glued after Rs glued to digits', 'The IMF released Rs5bn and USD3bn.', ['Rs5bn=5000000000/currency (unit INR)', 'USD3bn=3000000000/currency (unit USD)']],
  ['m after a currency written apart is a million', 'The province got PKR 500m and Rs 20m for schools.', ['PKR 500m=500000000/currency (unit PKR)', 'Rs 20m=20000000/currency (unit INR)']],
  ['m without a currency is still a metre', 'They built a 500m wall.', ['500m=500/cardinal (unit m)']],
  ['Tk is the taka', 'Remittances rose to Tk 25,000 crore.', ['Tk 25,000 crore=250000000000/currency (unit BDT)']],
  // Dawn writes percent as pc glued to whole numbers too.
  ['pc glued to a whole number is a percent of its subject', 'Inflation rose 22pc in May.', ['22pc=22/percent (unit %, counts inflation)']],
  ['pc glued to both ends of a range', 'Prices rose from 20pc to 22pc.', ['20pc to 22pc=20..22/range (unit %)']],
  // Irregular past forms and "per" are no nouns; a compound adjective's noun is no whole.
  ['an irregular past form is no counted noun', 'On the index, 50 lost 0.5% on Tuesday.', ['50=50/cardinal', '0.5%=0.5/percent (unit %)']],
  ['a number that is part of an index\'s name is no figure', 'The Nifty 50 lost 0.5%, the S&P 500 rose 1% and the FTSE 100 fell 20 points.', ['0.5%=0.5/percent (unit %)', '1%=1/percent (unit %)', '20=20/cardinal (counts point)']],
  ['a present-tense result verb makes a score', 'Liverpool thrash Bournemouth 4-0 to go top.', []],
  ['a number between commas after a name is an age, not what follows counts', 'Salah, 32, has been involved in 27 goals.', ['32=32/cardinal', '27=27/cardinal (counts goal)']],
  ['a list of bare counts goes on across "and"', 'Balochistan reported 27 cases, Sindh 22, Punjab 1 and Islamabad 1.', ['27=27/cardinal (counts case)', '22=22/cardinal (counts case)', '1=1/cardinal (counts case)', '1=1/cardinal (counts case)']],
  ['a change and the level it led to, each with its currency, are no range', 'ISLAMABAD: Diesel was cut by Rs6.70 to Rs151.02, and petrol by Rs 10 to Rs 252.', ['Rs6.70=6.7/currency (unit PKR)', 'Rs151.02=151.02/currency (unit PKR)', 'Rs 10=10/currency (unit PKR)', 'Rs 252=252/currency (unit PKR)']],
  ['a fraction takes no noun from a count before it', 'It held 2 million appointments in seven months, beating its target by a third.', ['2 million=2000000/cardinal (counts appointment)', 'seven=7/cardinal (counts month)', 'a third=0.333333333333333/cardinal']],
  ['a range after a plural label is a run of references', 'Articles 26 to 28 deal with liability.', ['Articles 26 to 28=26..28/reference (counts article)']],
  ['per is no counted noun and a high of is no part of a whole', 'The rupee hit a three-month high of 276 per dollar.', ['three=3/cardinal (counts month)', '276=276/cardinal']],
  // "over" between a count and a span of time is "during"; elsewhere it is "more than".
  ['over a span of time after a count is a period', 'The court heard 23 petitions over 16 days.', ['23=23/cardinal (counts petition)', '16=16/cardinal (counts day)']],
  ['over a span of time after an amount is a period', 'The BMC will spend Rs 3,000 crore over five years.', ['Rs 3,000 crore=30000000000/currency (unit INR)', 'five=5/cardinal (counts year)']],
  ['over an age is more than', 'Of 23 victims, 12 were over 60 years old.', ['23=23/cardinal (counts victim)', '12=12/cardinal', '60=60/cardinal (more-than, counts year)']],
  ['over after a verb is more than', 'The strike lasted over 16 days.', ['16=16/cardinal (more-than, counts day)']],
  ['a disease identifier stands between a number and cases', 'India reported 3,200 new COVID-19 cases.', ['3,200=3200/cardinal (counts case)']],
  // A change by a fraction: "by a fifth" before a time phrase is a fraction, "a third time" a rank.
  ['a fraction before a preposition of time', 'The economy shrank by a fifth after 2021.', ['a fifth=0.2/cardinal', '2021=2021/year']],
  ['an article and an ordinal before a noun rank', 'He came a third time.', ['third=3/ordinal']],
  // Translated Urdu reporting: participles before nouns, personnel, lawmakers, sections.
  ['a participle before a noun is passed like an adjective', 'An FIR was lodged against 12 unidentified persons.', ['12=12/cardinal (counts person)']],
  ['sustained injuries count injuries', 'As many as 15 people were martyred and 23 sustained injuries.', ['15=15/cardinal (at-most, counts person)', '23=23/cardinal (counts injury)']],
  ['FC personnel are soldiers', '5 FC personnel embraced martyrdom.', ['5=5/cardinal (counts soldier)']],
  ['MNAs are members', 'The ECP issued notices to 47 MNAs.', ['47=47/cardinal (counts member)']],
  ['a list after sections are sections', 'He was booked under sections 302, 324 and 7 of the ATA.', ['sections 302=302/reference (counts section)', '324=324/reference (counts section)', '7=7/reference (counts section)']],
  // Ranges whose near end has its currency glued on.
  ['a glued rupee amount and a bare far end', 'Salaries of Rs25,000-30,000 were offered.', ['Rs25,000-30,000=25000..30000/range (unit INR)']],
  ['two glued amounts with scale letters', 'The project costs Rs5bn to Rs7bn.', ['Rs5bn to Rs7bn=5000000000..7000000000/range (unit INR)']],
  ['a scale at the far end is of both', 'Rs5 to 7 billion was spent.', ['Rs5 to 7 billion=5000000000..7000000000/range (unit INR)']],
  ['a smaller number after a dash is no far end', 'It cost Rs500 - 20 of them paid.', ['Rs500=500/currency (unit INR)', '20=20/cardinal']],
  // Sport, weather, courts, health, markets, exams and space.
  ['a pass percentage before the number', 'Boys recorded a pass percentage of 84.6.', ['84.6=84.6/percent (unit %, counts pass)']],
  ['an article after a price is "per", no figure', 'Diesel now costs Rs 87.6 a litre in Mumbai.', ['Rs 87.6=87.6/currency (unit INR)']],
  ['a rise by an amount to a level is no range', 'Gold rose by Rs 450 to Rs 73,250 per 10 grams.', ['Rs 450=450/currency (unit INR)', 'Rs 73,250=73250/currency (unit INR)', '10 grams=10/cardinal (unit g)']],
  ['a scale joined by a hyphen', 'Police unearthed a Rs 1,200-crore scam.', ['Rs 1,200-crore=12000000000/currency (unit INR)']],
  ['a school class is a label', 'Over 20 lakh students sat the Class 10 exams.', ['20 lakh=2000000/cardinal (more-than, counts student)', 'Class 10=10/reference (counts number)']],
  ['km per hour', 'Winds of 150 km per hour lashed the coast.', ['150 km per hour=150/cardinal (unit km/h)']],
  ['barrels per day', 'OPEC+ will cut output by 2 million bpd, and Saudi Arabia pumps 9 million barrels per day.', ['2 million bpd=2000000/cardinal (unit bbl/d)', '9 million barrels per day=9000000/cardinal (unit bbl/d)']],
  ['runs, balls and fours with the Hindi ids', 'Root made 262 runs off 375 balls with 17 fours.', ['262=262/cardinal (counts run)', '375=375/cardinal (counts ball)', '17=17/cardinal (counts four)']],
  ['index points', 'The Sensex shed 930 points on Monday.', ['930=930/cardinal (counts point)']],
  ['special trains past an adjective', 'The railways ran 7,700 special trains.', ['7,700=7700/cardinal (counts train)']],
  ['goals and games past a league name', 'He has 27 goals in 31 Premier League games.', ['27=27/cardinal (counts goal)', '31=31/cardinal (counts match)']],
  ['a capital C glued or apart is Celsius', 'Jacobabad sizzled at 51C while London saw 33.2C.', ['51C=51/cardinal (unit °C)', '33.2C=33.2/cardinal (unit °C)']],
  ['wire style C apart', 'Phoenix hit 47 C on Sunday.', ['47 C=47/cardinal (unit °C)']],
  ['a glued m after two decimals is metres', 'Arshad threw 91.79m in the final.', ['91.79m=91.79/cardinal (unit m)']],
  ['the number of disease cases', 'The number of dengue cases in Sindh crossed 5,000.', ['5,000=5000/cardinal (more-than, counts case)']],
  ['over after a count is no noun; jailed counts people', 'An ATC jailed 6 over the riots.', ['6=6/cardinal (counts person)']],
  ['an acronym before the noun', 'The court sentenced nine PTI workers to 5 years.', ['nine=9/cardinal (counts worker)', '5=5/cardinal (counts year)']],
  ['a noun modifying a concept noun', 'The ministry added 50,000 medical seats and logged 90,000 fever cases.', ['50,000=50000/cardinal (counts seat)', '90,000=90000/cardinal (counts case)']],
  ['daily before a noun is an adjective', 'The airline runs 1,500 daily flights.', ['1,500=1500/cardinal (counts flight)']],
  ['a part of its whole', 'Power was restored to 1,900 of its 2,000 feeders.', ['1,900=1900/cardinal (counts feeder)', '2,000=2000/cardinal (counts feeder)']],
  ['families and teachers', 'Some 2,500 families were shifted and 400 teachers helped.', ['2,500=2500/cardinal (approx, counts family)', '400=400/cardinal (counts teacher)']],
  // Cricket: in a cricket report a dash, slash or "for" joins wickets and runs (3-24) or runs and wickets (221/9), not a range.
  ['bowling figures with a dash', 'Left-arm spinner Keshav Maharaj took 3-27 as the bowlers dominated.', ['3=3/cardinal (counts wicket)', '27=27/cardinal (counts run)']],
  ['bowling figures with a slash', 'Hasaranga finished with 4/19 in the T20 final.', ['4=4/cardinal (counts wicket)', '19=19/cardinal (counts run)']],
  ['bowling figures with for', 'Starc bowled superbly to return 5 for 48 on the second day.', ['5=5/cardinal (counts wicket)', '48=48/cardinal (counts run)', 'second=2/ordinal (counts day)']],
  ['bowling figures with a word before for', 'Pat Cummins took two for 37 from his 12 overs.', ['two=2/cardinal (counts wicket)', '37=37/cardinal (counts run)', '12=12/cardinal (counts over)']],
  ['points percentage to a number', 'The draw lifts England\'s points percentage to 43.75 in the WTC.', ['43.75=43.75/percent (unit %)']],
  ['a total for wickets in words', 'The hosts were 187 for seven when rain stopped the innings.', ['187=187/cardinal (counts run)', 'seven=7/cardinal (counts wicket)']],
  ['a total over wickets with a slash', 'Bangladesh closed on 254/8 in their 50 overs.', ['254=254/cardinal (counts run)', '8=8/cardinal (counts wicket)', '50=50/cardinal (counts over)']],
  ['a dash range of months stays a range in a cricket report', 'The bowler said children aged 2-18 months were given the vaccine.', ['2-18=2..18/range (counts month)']],
  ['a dash range stays a range outside cricket', 'Prices rose 4-31 percent in the quarter.', ['4-31 percent=4..31/range (unit %)']],
  ['a series scoreline is no figure', 'New Zealand took a 2-0 lead in the series.', []],
  ['a count does not cross a clause break', 'He struck eight fours and two sixes, while Shakib made 61.', ['eight=8/cardinal (counts four)', 'two=2/cardinal (counts six)', '61=61/cardinal']],
  ['a number word after an article is a noun', 'Rahul struck six fours and a six in his 71.', ['six=6/cardinal (counts four)', '71=71/cardinal']],
  ['a hyphen keeps a number word after an article', 'India completed a seven-wicket win in Pune.', ['seven=7/cardinal (counts wicket)']],
  ['points percentage as PCT', 'Australia top the WTC table with a PCT of 62.5.', ['62.5=62.5/percent (unit %)']],
  // Temperatures under zero and weight classes.
  ['below the freezing point', 'Leh shivered at 14 degrees below the freezing point.', ['14 degrees below the freezing point=-14/cardinal (unit °)']],
  ['a minus word before a glued temperature', 'Murree recorded minus 2C overnight.', ['minus 2C=-2/cardinal (unit °C)']],
  ['a weight class with a plus', 'She lifted in the 87+ kg category in Doha.', ['87+ kg=87/cardinal (unit kg, more-than)']],
  // A range whose ends count different spans of time is a range in the smaller span.
  ['months to a year', 'Infants aged 6 months to 1 year will get the dose.', ['6 months to 1 year=6..12/range (counts month)']],
  ['days to a week', 'Results take 3 days to 2 weeks to arrive.', ['3 days to 2 weeks=3..14/range (counts day)']],
  ['spans that do not divide make no range', 'Recovery takes 2 weeks to 3 months.', ['2=2/cardinal (counts week)', '3=3/cardinal (counts month)']],
  // Indian English: page furniture, policy, polls, farming.
  ['a capital PM before a time zone is the afternoon', 'Updated: Mar 4, 2024, 09:15 PM IST', ['Mar 4, 2024=2024-03-04/date', '09:15=T21:15/date']],
  ['a committee\'s vote is a tally, no range', 'The MPC voted 4-2 for a pause, a 3-2 verdict.', []],
  ['a hyphenated count of quarters is no fraction', 'Growth hit a six-quarter high.', ['six=6/cardinal (counts quarter)']],
  ['bps are basis points', 'Lenders cut rates by 15-20 bps.', ['15-20 bps=15..20/range (unit bp)']],
  ['farmers, tourists and relief camps', 'Over 2,000 farmers and 40 tourists were moved to 12 relief camps.', ['2,000=2000/cardinal (more-than, counts farmer)', '40=40/cardinal (counts tourist)', '12=12/cardinal (counts camp)']],
  ['polling stations', 'Polling was held at 1,200 polling stations.', ['1,200=1200/cardinal (counts polling station)']],
  ['a train\'s number in brackets is a reference', 'The Howrah Mail was diverted, and the Sealdah Express (13149) ran 5 hours late.', ['13149=13149/reference (counts number)', '5=5/cardinal (counts hour)']],
  ['noon and midnight after 12 are times of day', 'Markets stay shut between 12 noon and 4 pm, and the curfew starts at 12 midnight.', ['12 noon=T12:00/date', '4 pm=T16:00/date', '12 midnight=T00:00/date']],
  ['MGD is a unit', 'Delhi faces a shortfall of around 70 MGD.', ['70 MGD=70/cardinal (unit MGD, approx)']],
  ['a rate named before a compound with a number', 'Retail inflation rose to a 13-month high of 6.8 per cent.', ['13=13/cardinal (counts month)', '6.8 per cent=6.8/percent (unit %, counts inflation)']],
  ['quintals are a unit', 'Farmers sold 500 quintals of paddy.', ['500 quintals=500/cardinal (unit quintal)']],
  ['plus or minus makes a tolerance, not a negative', 'Sales should reach $12bn, plus or minus 3 per cent, and the poll\'s margin is plus or minus two points.', ['$12bn=12000000000/currency (unit USD)', '3 per cent=3/percent (unit %)', 'two=2/cardinal (counts point)']],
  ['minus alone is still a sign', 'Temperatures fell to minus 7 degrees.', ['minus 7 degrees=-7/cardinal (unit °)']],
  ['a noun shared by clauses in parallel with one particle', 'The house has 60 seats for women and 10 for minorities; the army sent 500 troops to the north and 300 to the south.', ['60=60/cardinal (counts seat)', '10=10/cardinal (counts seat)', '500=500/cardinal (counts soldier)', '300=300/cardinal (counts soldier)']],
  // Indian English: health, cricket, medals, eras.
  ['TB before cases is tuberculosis; a TB drive is terabytes', 'The state notified 1.2 lakh TB cases last year, while a 4 TB drive costs more.', ['1.2 lakh=120000/cardinal (counts case)', '4 TB=4/cardinal (unit TB)']],
  ['AIIMS is a name, no plural', 'The Centre has set up 18 AIIMS.', ['18=18/cardinal (counts aiims)']],
  ['runs off balls in a cricket report', 'Rahul made 88 off 64 balls in the ODI.', ['88=88/cardinal (counts run)', '64=64/cardinal (counts ball)']],
  ['a record set is no count of sets', 'He broke the record of 492 set in 1998.', ['492=492/cardinal', '1998=1998/year']],
  ['a verb of being opens another clause: the average counts no wickets', 'Bumrah has an average of 11.5 and is the fastest to 100 wickets.', ['11.5=11.5/cardinal', '100=100/cardinal (counts wicket)']],
  ['medals by their metal', 'India won 22 gold, 16 silver and 23 bronze medals.', ['22=22/cardinal (counts gold-medal)', '16=16/cardinal (counts silver-medal)', '23=23/cardinal (counts bronze-medal)']],
  ['a year of the Vikram Samvat is no figure', 'The temple was built in Vikram Samvat 1950.', []],
  // Climate, business, sport and aviation copy of the international wires.
  ['F glued before a temperature in C in brackets is Fahrenheit', 'Phoenix topped 110F (43.3C) on Monday.', ['110F=110/cardinal (unit °F, more-than)', '43.3C=43.3/cardinal (unit °C)']],
  ['an F ending the text reads no token past it', 'Overnight lows stayed near 40 F', ['40=40/cardinal (counts f)']],
  ['parts per billion and ppm glued are concentrations', 'Methane reached 1,930 parts per billion and CO2 421ppm.', ['1,930 parts per billion=1930/cardinal (unit ppb)', '421ppm=421/cardinal (unit ppm)']],
  ['gigatonnes are a unit, not a counted noun', 'Antarctica shed 150 gigatonnes of ice a year.', ['150 gigatonnes=150/cardinal (unit Gt)']],
  ['a glued m before an area unit is a million, even with two decimals', 'Arctic ice shrank to 4.28m sq km in September.', ['4.28m sq km=4280000/cardinal (unit km2)']],
  ['p glued to digits is pence', 'BP shares fell 14p to 468.5p while a pint rose 20p.', ['14p=0.14/currency (unit GBP)', '468.5p=4.685/currency (unit GBP)', '20p=0.2/currency (unit GBP)']],
  ['p glued to a video format\'s lines is no penny', 'The camera shoots 1080p video for 90 minutes.', ['90=90/cardinal (counts minute)']],
  ['tennis sets listed after a result verb are all the score', 'Alcaraz defeated Djokovic 6-2, 6-2, 7-6 on Centre Court.', []],
  ['two sets after beat are the score', 'Swiatek beat Paolini 6-2, 6-2 in the final.', []],
  ['a race time in hours, minutes and seconds is one time', 'Chepngetich won the Chicago race in 2:09:56.', ['2:09:56=T02:09:56/date']],
  ['dirhams in a story about Morocco are Moroccan', 'Morocco set aside 300 million dirhams after floods in Morocco\'s south.', ['300 million dirhams=300000000/currency (unit MAD)']],
  ['riyals in a story about Qatar are Qatari', 'Qatar will spend 40 billion riyals on roads, Qatar said.', ['40 billion riyals=40000000000/currency (unit QAR)']],
  ['an aircraft model and its variant are a name', 'The airline flies a Boeing 777-9 on the route.', []],
  // Payments, wildlife, transfers, air pollution and defence deals.
  ['a count before a comma takes no currency from a sum with its own sign', 'Daily payments averaged 410 million, worth ₹61,500 crore.', ['410 million=410000000/cardinal', '₹61,500 crore=615000000000/currency (unit INR)']],
  ['"gone up to" is risen to, no "up to"', 'The tiger count has gone up to 215 from 190.', ['215=215/cardinal', '190=190/cardinal']],
  ['"spread over" an area is across it, no "more than"', 'The sanctuary, spread over 640 sq km, lies in the north.', ['640 sq km=640/cardinal (unit km2)']],
  ['"plus" before another sum adds it, no "more than"', 'Arsenal paid £60 million plus £5m in add-ons.', ['£60 million=60000000/currency (unit GBP)', '£5m=5000000/currency (unit GBP)']],
  ['"over" a span after a sum is during it, no "more than"', 'Clubs may lose no more than £90m over three seasons.', ['£90m=90000000/currency (unit GBP, at-most)', 'three=3/cardinal (counts season)']],
  ['"plus" between two counts is counted by neither', 'Turnout was 120 plus 30 postal votes.', ['120=120/cardinal', '30=30/cardinal (counts vote)']],
  ['micrograms per cubic metre, in signs and in words', 'PM2.5 reached 480 µg/m³, against a limit of 60 micrograms per cubic metre.', ['480 µg/m³=480/cardinal (unit µg/m3)', '60 micrograms per cubic metre=60/cardinal (unit µg/m3)']],
  ['a hyphened modifier is not what a number counts', 'The navy ordered 20 single-seat and six twin-seat aircraft.', ['20=20/cardinal', 'six=6/cardinal (counts aircraft)']],
  ['fighter jets are aircraft, past a model name', 'India will buy 26 Rafale Marine fighter jets.', ['26=26/cardinal (counts aircraft)']],
  ['past a hyphened modifier to the noun; a hyphened plural is the noun', 'The virus clusters with two bat-derived strains and five beta-CoVs, and 40 health-care workers fell ill.', ['two=2/cardinal (counts strain)', 'five=5/cardinal (counts cov)', '40=40/cardinal (counts worker)']],
  // Phones, property, vehicles, schemes, pollution and pay.
  ['a phone\'s camera, battery and charger glued to their digits', 'The handset packs a 64MP camera, a 4,500mAh battery and 33W charging.', ['64MP=64/cardinal (unit MP)', '4,500mAh=4500/cardinal (unit mAh)', '33W=33/cardinal (unit W)']],
  ['square feet abbreviated', 'The 3BHK flat measures 1,450 sq ft and sells at ₹9,800 per sq ft.', ['1,450 sq ft=1450/cardinal (unit ft2)', '₹9,800=9800/currency (unit INR)']],
  ['two-wheelers are vehicles, no count of two, and 2W a segment, no watts', 'Two-wheeler sales rose 14pc as 2W demand recovered, and police seized 6 two-wheelers and 3 three-wheelers.', ['14pc=14/percent (unit %)', '6=6/cardinal (counts two-wheeler)', '3=3/cardinal (counts three-wheeler)']],
  ['a chip\'s series and a scheme\'s version are names', 'The phone uses a Snapdragon 7 chip and the Smart Cities 2.0 plan covers 18 towns.', ['18=18/cardinal (counts town)']],
  ['a particle size after PM is no figure; a reading right after AQI is of the index', 'PM 2.5 levels touched 320 in Lahore, where the AQI 410 was the worst.', ['320=320/cardinal', '410=410/cardinal (counts aqi)']],
  ['a change from a bare number to rupees is in rupees', 'The stipend rose from 9,000 to Rs 14,000.', ['9,000=9000/currency (unit INR)', 'Rs 14,000=14000/currency (unit INR)']],
  ['kanals, marlas and bighas measure land', 'A one-kanal plot, a 10-marla house and 5-marla plots were sold; farmers own 12 bighas.', ['one-kanal=1/cardinal (unit kanal)', '10-marla=10/cardinal (unit marla)', '5-marla=5/cardinal (unit marla)', '12 bighas=12/cardinal (unit bigha)']],
  ['a noun written once past an adjective of each number', 'Goa saw 81 lakh domestic and 4.5 lakh foreign tourists.', ['81 lakh=8100000/cardinal (counts tourist)', '4.5 lakh=450000/cardinal (counts tourist)']],
  ['a verb of a level after a year span counts nothing', 'The allocation for 2025-26 stands at ₹80,000 crore.', ['2025-26=2025..2026/range', '₹80,000 crore=800000000000/currency (unit INR)']],
];

test('English news figures: values, units, qualifiers and counted nouns', () => {
  checkRows(figureRows, (text) => figuresOf(text).map(brief));
});

// Entities of Indian English sentences: [name, text, "text=type[:id]" of each mention].
const entityRows: [name: string, text: string, expected: string[]][] = [
  ['a name ends before "on" and a weekday', 'The Legislative Assembly on Monday passed the bill.', ['Legislative Assembly=organisation']],
  ['a month before a date joins no name', 'Mumbai | Updated February 17, 2024 08:12 am IST', ['Mumbai=place:city:mumbai']],
  ['an acronym in brackets after an acronym is not its long name; GSDP is no name', 'The BSP (MK) faction won 10 seats, and the GSDP grew.', ['BSP=organisation:org:in-bsp', 'MK=organisation']],
  ['a penal code and an act by their acronyms are documents', 'He was booked under Section 420 of the IPC and the PMLA.', ['IPC=document:doc:in-ipc', 'PMLA=document:doc:in-pmla']],
  ['a dateline\'s place in capitals is no acronym', 'SONITPUR: Rescue teams found 12 more bodies.', ['SONITPUR=place']],
  ['a district town of the floods', 'Rescue teams reached Kalpetta and Siliguri.', ['Kalpetta=place:city:kalpetta', 'Siliguri=place:city:siliguri']],
  ['a capitalised run ending in Act is a document', 'The deficit stays within the limit of the Fiscal Responsibility Act.', ['Fiscal Responsibility Act=document']],
  ['initials are part of a name after a title', 'Leader of the Opposition R. Ashoka and Chief Justice D.Y. Chandrachud spoke.', ['R. Ashoka=person', 'D.Y. Chandrachud=person']],
  ['a capital letter before a function word still ends a sentence', 'India are in Group A. The team meets Pakistan.', ['India=place:region:IN', 'Pakistan=place:region:PK']],
  ['party factions named with brackets', 'The Shiv Sena (UBT) won 20 and the NCP (SP) 10, while the NCP won 41.', ['Shiv Sena (UBT)=organisation:org:in-shiv-sena-ubt', 'NCP (SP)=organisation:org:in-ncp-sp', 'NCP=organisation:org:in-ncp']],
  ['national bodies of disasters and exams', 'Teams of the NDRF reached the site. The Central Board of Secondary Education on Tuesday declared results.', ['NDRF=organisation:org:in-ndrf', 'Central Board of Secondary Education=organisation:org:in-cbse']],
  ['a dateline with its agency in brackets, or a dash, is a place', 'ATLANTA (AP) — Cases rose.\n\nMOMBASA — The port closed.', ['ATLANTA=place', 'AP=organisation', 'MOMBASA=place']],
  ['an organisation whose head word comes first, with "and" inside', 'The Centers for Disease Control and Prevention said so.', ['Centers for Disease Control and Prevention=organisation']],
  ['a county is a place; a US state is not the country it ends with', 'Most cases were in Gaines County. New Mexico has recorded 81 cases and Texas 762.', ['Gaines County=place', 'New Mexico=place:area:new-mexico', 'Texas=place:area:texas']],
  ['South Asian given names in Latin script start persons', 'Afridi took four wickets, while spinner Abrar Ahmed claimed 3-41. The pilot, Manish Shakya, survived.', ['Abrar Ahmed=person', 'Manish Shakya=person']],
  ['an acronym in brackets spelling the lower-case words before it is a term, no name', 'The price of high-speed diesel (HSD) and of liquefied natural gas (LNG) fell, the Oil and Gas Regulatory Authority (OGRA) said.', ['Oil and Gas Regulatory Authority=organisation:org:pk-ogra', 'OGRA=organisation:org:pk-ogra']],
  ['England is Britain, as news in every script names it', 'The waiting list in England fell, and England beat India.', ['England=place:region:GB', 'England=place:region:GB', 'India=place:region:IN']],
  ['a party and a person after "of"', 'The BJP was followed by the Shiv Sena led by Eknath Shinde and the NCP of Ajit Pawar.', ['BJP=organisation:org:in-bjp', 'Shiv Sena=organisation:org:in-shiv-sena', 'Eknath Shinde=person', 'NCP=organisation:org:in-ncp', 'Ajit Pawar=person']],
  ['a name with an age between commas is a person', 'Tomasz Wielicki, 41, was arrested on Monday.', ['Tomasz Wielicki=person']],
  ['North America is a region, not the US', 'Exports to North America rose.', ['North America=place:region:003']],
  ['TEU is a unit, no organisation', 'The port handled 9.5 million TEU.', []],
  ['the UN Environment Programme is one body; the Nepali Congress a party of Nepal', 'The UN Environment Programme praised the Nepali Congress.', ['UN Environment Programme=organisation:org:unep', 'Nepali Congress=organisation:org:np-congress']],
  ['"for" joins no club to a player with a given name', 'Chelsea paid Benfica for Enzo Fernández in January.', ['Enzo Fernández=person']],
  ['film stars by their given names; a phone maker', "Ranveer Singh and Kareena Kapoor's film opened big, Samsung said.", ['Ranveer Singh=person', 'Kareena Kapoor=person', 'Samsung=organisation:org:samsung']],
  ['studios, research firms and a ministry\'s division are organisations', 'The film was made by Maddock Films, Counterpoint Research said, and the Finance Division agreed.', ['Maddock Films=organisation', 'Counterpoint Research=organisation', 'Finance Division=organisation']],
  ['a telecom operator, its regulator and the census office', 'Reliance Jio said its 5G base grew, according to TRAI, while the Registrar General of India counted people.', ['Reliance Jio=organisation:org:in-reliance-jio', 'TRAI=organisation:org:in-trai', 'Registrar General of India=organisation:org:in-rgi']],
  ['carmakers of Pakistan', 'Pak Suzuki sold 6,480 cars and Honda Atlas sold 1,021.', ['Pak Suzuki=organisation:org:pk-pak-suzuki', 'Honda Atlas=organisation:org:pk-honda-atlas']],
  ['phone, weapons and fuel terms in capitals are no organisations', 'The phone has 8GB RAM, an AMOLED panel and four OS updates, while MIRV tests went on and HSD got dearer.', []],
  ['the AQI and UPI are no organisations; an IPL team is one', 'Smog pushed the AQI to 480 as UPI payments rose and the Kolkata Knight Riders trained.', ['Kolkata Knight Riders=organisation:org:in-ipl-kkr']],
];

test('English news: entities', () => {
  checkRows(entityRows, (text) => analyzeDocument(text, DEFAULT_OPTIONS).entities.map((e) => `${text.slice(e.start, e.end)}=${e.type}${e.id ? `:${e.id}` : ''}`));
});

test('English news: five-digit amounts are written alike in both groupings', () => {
  checkRows(
    [
      ['one Indian-grouped amount among five-digit ones', 'The outlay is ₹4,12,560 crore, with ₹38,210 crore and ₹12,870 crore for roads.', []],
      ['an Indian grouping among Western six-digit ones is still flagged', 'It cost 1,250,000 and 3,400,000 and 12,50,000 dollars.', ['12,50,000']],
    ],
    (text) => analyzeDocument(text, DEFAULT_OPTIONS).findings.filter((f) => f.code === 'concord.separators').map((f) => text.slice(f.start, f.end)),
  );
});

// [name, text, expected claim keys as value:key].
const claimRows: [name: string, text: string, expected: string[]][] = [
  ['attendance counted as people', 'About 300 attended the rally.', ['300:person|attend']],
  ['the wounded are injured people', 'Police said 40 wounded were taken to hospital.', ['40:person|injure']],
  ['the death toll is a death count', 'The death toll rose to 52.', ['52:person|kill']],
  ['allocating is an investment, for what it is for', 'The budget, allocating Rs1,400 billion for development, was passed.', ['1400000000000:money:INR development|invest']],
  ['martyred people are deaths', 'As many as 15 people were martyred.', ['15:person|kill']],
  ['a headline in the present tense: kill', 'Landslide kills 17 in Gilgit', ['17:person|kill']],
  ['a headline in the present tense: injures', 'Bus crash injures 23 passengers near Murree', ['23:passenger|injure']],
  ['the killing of people', 'The killing of 6 workers sparked protests.', ['6:worker|kill']],
  ['arrests are claims of their own', 'Police arrested 12 yesterday and rescued 40.', ['12:person|arrest', '40:person|rescue']],
  ['a prison term and a fine', 'The court sentenced him to 7 years in prison and fined him Rs 25,000.', ['7:year|sentence', '25000:money:INR|fine']],
  ['a bail bond', 'The court granted bail against surety bonds worth Rs 5 lakh.', ['500000:money:INR|bail']],
  ['satellites launched', 'ISRO launched 12 satellites.', ['12:satellite|launch']],
  ['a margin of victory in runs', 'India beat Bangladesh by 86 runs.', ['86:run|win']],
  ['the repo rate is an interest rate', 'The repo rate is unchanged at 6.5 per cent.', ['6.5:%:interest|rate']],
  ['investors invest nothing', 'Investors became richer by Rs 6.8 lakh crore.', []],
  // A price names its goods and the unit it is per; an age or a duration beside a verb counts nobody; an innings is no margin.
  ['prices per litre of two fuels', 'Petrol prices rose to Rs 101.4 a litre. Diesel prices rose to Rs 89.2 a litre.', ['101.4:money:INR petrol/litre|grow', '89.2:money:INR diesel/litre|grow']],
  ['gold per ounce and per 10 grams', 'Spot gold rose to $2,410 an ounce. In Delhi, gold rose to Rs 73,500 per 10 grams.', ['2410:money:USD gold/ounce|grow', '73500:money:INR gold/10g|grow']],
  ['an age is no count of the dead', 'A 9-year-old girl was killed when the wall collapsed.', []],
  ['a duration before a verb is no count of its object', 'Three years after police arrested him, he was acquitted.', []],
  ['a span beside a tally counts nothing', 'The tally of infections doubled in 3 weeks.', []],
  ['a score is no margin; its fours are not the score', 'Sharma made 117, hitting 11 fours, as India beat Kenya by 40 runs.', ['11:four|score', '40:run|win']],
  ['a percentage names what rose', 'Exports rose 11 percent in March.', ['11:%:exports|grow']],
  ['ex gratia for the dead and the injured: money is never killed', 'The Centre announced an ex gratia of Rs 5 lakh for the families of the dead and Rs 1 lakh for the injured.', ['500000:money:INR#dead|compensate', '100000:money:INR#injured|compensate']],
  ['a measure beside a toll is no toll', 'Heatwave: power demand hits 7,400 MW; 31 heat deaths in Bihar', ['31:person|kill']],
  ['people still missing are missing, not a rise', 'The toll rose to 61 on Sunday, with at least 40 people still missing.', ['40:person|missing']],
  ['a subgroup makes another fact', 'Floods have killed 84 people across the province. Floods have killed 23 people in Sukkur district.', ['84:person|kill', '23:person#district|kill']],
  ['the toll of an event is its dead', 'Cyclone toll climbs to 23 in Odisha.', ['23:person|kill']],
  ['wickets lost in a chase are lost, as in the Hindi report', 'In reply, India reached 219 for the loss of five wickets.', ['5:wicket|lose']],
  // An age is no prison term; a count in millions is no earlier percentage.
  ['an age beside a sentence is no sentence', 'A 27-year-old woman was jailed for nine years on Friday.', ['9:year|sentence']],
  ['injuring after killing is an injury', 'A storm hit, killing at least 8 people and injuring 61, officials said.', ['8:person|kill', '61:person|injure']],
  ['GST collections and a film\'s gross are sums of different things', "GST collections reached ₹1.9 lakh crore. The film's worldwide gross reached ₹1.9 lakh crore.", ['1900000000000:money:INR gst|reach', '1900000000000:money:INR box-office|reach']],
  ['millions after compared with are no share of the vote', 'Sanchez won 52.4% of the vote, compared with 6.1 million for his rival.', ['52.4:%|win']],
];

test('English news claims: counted people and tolls', () => {
  checkRows(claimRows, claimKeys);
});

// One document's statements: [name, text, the figures the in-document check flags].
const documentRows: [name: string, text: string, expected: string[]][] = [
  ['two fuels per litre are two facts', 'Petrol prices rose to Rs 101.4 a litre. Diesel prices rose to Rs 89.2 a litre.', []],
  ['one fuel at two prices is flagged', 'Petrol prices rose to Rs 101.4 a litre on Monday. Petrol prices rose to Rs 104.4 a litre on Monday, the ministry said.', ['Rs 101.4', 'Rs 104.4']],
  ['the overall rate and the girls\' are two facts', 'The overall pass rate was 64.2 percent. Girls recorded a pass rate of 70.5 percent.', []],
  // A headline states what its lead states, whatever words each uses.
  ['a headline figure the lead does not repeat is compared with the lead\'s', 'Lenders pledge $4 billion for Nepal rebuilding\n\nKATHMANDU, May 2 (Reuters) - International lenders meeting in the capital on Saturday pledged $4.4 billion to rebuild schools and roads destroyed by the earthquake, officials said.',
    ['$4 billion', '$4.4 billion']],
  ['a headline figure the lead repeats is not compared with the lead\'s other figures', 'Inflation hits 31% in Turkey\n\nANKARA - Annual consumer price inflation rose to 31% in May, the statistics office said on Monday. Monthly inflation was 2.1% as food prices climbed.',
    []],
  ['a sub-period named by its month is another time than the whole', 'Textile exports rise 9.2pc to $16.6bn\n\nKARACHI: Textile exports grew 9.2 per cent to $16.65 billion in the first 10 months of the fiscal year. In April alone, textile exports rose 11.4pc to $1.52bn.', []],
  ['a headline agreeing with its lead raises nothing', 'Floods kill 48 in Sindh\n\nKARACHI: At least 48 people have been killed in floods across Sindh since Thursday, the provincial disaster authority said.', []],
  ['a headline rounding its lead\'s figure raises nothing', 'More than 3,100 migrants died at sea, UN says\n\nGENEVA - At least 3,155 migrants died or went missing at sea last year, the agency said.', []],
  ['a first line with a full stop is no headline', 'Lenders pledged $4 billion for Nepal.\n\nInternational lenders meeting in the capital on Saturday pledged $4.4 billion to rebuild schools and roads destroyed by the earthquake.', []],
];

test('English news: one document\'s own figures', () => {
  checkRows(documentRows, flaggedInDocument);
});

// [name, text, claims as value:key@time].
const timeRows: [name: string, text: string, expected: string[]][] = [
  ['a baseline after "compared with" is the same rate earlier', 'The pass percentage was 88.4, compared with 84.9 last year.', ['88.4:%:pass|rate@null', '84.9:%:pass|rate@earlier']],
  ['a month named alone is the time of the figure it follows; the time after another figure is that one\'s', 'Inflation rose to 2.6 per cent in May from 2.4 per cent in April.', ['2.6:%:inflation|rate@--05', '2.4:%:inflation|rate@--04']],
  ['a month without a cue is no time (the modal "may")', 'Inflation may reach 5 per cent, the bank said.', ['5:%:inflation|rate@null']],
];

test('English news: claim times', () => {
  checkRows(timeRows, claimTimes);
});
