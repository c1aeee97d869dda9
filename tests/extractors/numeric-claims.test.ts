import { expect } from 'vitest';
import type { Claim } from '../../src/contracts/index.js';
import extractor from '../../src/extractors/numeric-claims.js';
import { ExtractorTester } from '../support/extractor-tester.js';

const Y = (y: number, text: string) => ({ start: `${y}-01-01`, end: `${y}-12-31`, text });
/** The attributing words; the speaker's entity id depends on whether the entity stage is in the pipeline. */
const said = (text: string) => expect.objectContaining({ text }) as Claim['attribution'];

new ExtractorTester().run('numeric-claims', extractor, {
  valid: [
    // numbers inside names
    'The agency’s 2024 National Drug Threat Assessment paints a grim picture.',
    'The Sinaloa Cartel operates with a network akin to a Fortune 500 company.',
    'Cases of COVID-19 rose sharply across the region.',
    'The border policy known as Title 42 ended in May 2023.',
    // years and dates used as times
    'Joint operations became commonplace in the 2000s.',
    'When he took office in 2018, López Obrador announced a new policy.',
    'Fentanyl pills were seized in Tempe, Arizona, on February 23.',
    // ages that qualify a group
    'It is now the leading cause of death for Americans aged 18-45.',
    // "one" as a pronoun or determiner
    '“One of the things we expect Mexico to do is arrest and extradite more people,” she said.',
    'One proposal is to designate the cartels as foreign terrorist organizations.',
    'This handover of prisoners is one of Mexico’s largest in years.',
    'Deaths involving more than one substance are reflected in the totals for all substances.',
    // a reference, not a count
    'Maintaining peace between the two nations is crucial for both.',
    // ordinals
    'It was the third extradition this year and the 2nd in a month.',
    // times of day and phone numbers
    'Call 555-123-4567 before 10:30 a.m. to register.',
  ],
  invalid: [
    {
      text: 'Over 97,000 Americans died from drug overdoses in 2021, with fentanyl being involved in nearly 71,000 of those deaths.',
      claims: [
        {
          quote: 'Over 97,000 Americans died from drug overdoses in 2021', valueText: 'Over 97,000', value: 97000, low: 97000,
          high: null, hedge: 'over', unit: 'count', counted: 'deaths', metric: 'drug-overdose-deaths', period: Y(2021, 'in 2021'),
          direction: null, attribution: null,
        },
        {
          quote: 'fentanyl being involved in nearly 71,000 of those deaths', valueText: 'nearly 71,000', value: 71000, low: 70000,
          high: 71000, hedge: 'nearly', unit: 'count', counted: 'deaths', metric: 'fentanyl-involved-deaths', period: Y(2021, 'in 2021'),
        },
      ],
    },
    {
      text: 'In 2021, 106,000 people died from opioid overdoses in the US, more than 70,000 of them largely due to fentanyl, according to the National Institutes of Health.',
      claims: [
        {
          quote: 'In 2021, 106,000 people died from opioid overdoses in the US', valueText: '106,000', value: 106000, hedge: 'exact',
          counted: 'deaths', metric: 'opioid-overdose-deaths', period: Y(2021, 'In 2021'),
          attribution: said('according to the National Institutes of Health'),
        },
        {
          quote: 'more than 70,000 of them largely due to fentanyl', valueText: 'more than 70,000', value: 70000, low: 70000, high: null,
          hedge: 'over', counted: 'deaths', metric: 'fentanyl-involved-deaths', period: Y(2021, 'In 2021'),
        },
      ],
    },
    {
      text: 'In 2022, methamphetamine was linked to over 34,000 deaths, while cocaine-related fatalities, often due to fentanyl-laced supplies, topped 15,000 in the first half of 2023 alone.',
      claims: [
        { quote: 'In 2022, methamphetamine was linked to over 34,000 deaths', valueText: 'over 34,000', hedge: 'over', counted: 'deaths', metric: 'methamphetamine-involved-deaths', period: Y(2022, 'In 2022') },
        {
          quote: 'cocaine-related fatalities, often due to fentanyl-laced supplies, topped 15,000 in the first half of 2023 alone',
          valueText: 'topped 15,000', value: 15000, hedge: 'over', counted: 'fatalities', metric: 'cocaine-involved-deaths',
          period: { start: '2023-01-01', end: '2023-06-30', text: 'the first half of 2023' },
        },
      ],
    },
    {
      text: 'In just the first six months of 2023, the DEA estimates that fentanyl caused over 38,000 fatalities – a staggering statistic.',
      claims: [
        {
          quote: 'In just the first six months of 2023, the DEA estimates that fentanyl caused over 38,000 fatalities',
          valueText: 'over 38,000', hedge: 'over', counted: 'fatalities', metric: 'fentanyl-involved-deaths',
          period: { start: '2023-01-01', end: '2023-06-30', text: 'the first six months of 2023' },
          attribution: said('the DEA estimates'),
        },
      ],
    },
    {
      text: 'The fentanyl crisis, which claimed nearly 75,000 American lives in 2022, is described as a mass poisoning.',
      claims: [{ quote: 'The fentanyl crisis, which claimed nearly 75,000 American lives in 2022', valueText: 'nearly 75,000', counted: 'deaths', metric: 'fentanyl-involved-deaths', period: Y(2022, 'in 2022') }],
    },
    {
      text: 'There were 109,680 overdose deaths in the 12 months ending in April 2023, the CDC said.',
      claims: [
        {
          valueText: '109,680', value: 109680, counted: 'deaths', metric: 'drug-overdose-deaths',
          period: { start: '2022-05-01', end: '2023-04-30', text: 'the 12 months ending in April 2023' },
          attribution: said('the CDC said'),
        },
      ],
    },
    {
      text: 'Between 2019 and 2023, 65 individuals were extradited to the U.S. officially.',
      claims: [{ quote: 'Between 2019 and 2023, 65 individuals were extradited to the U.S. officially', valueText: '65', counted: 'individuals', metric: 'extraditions', period: { start: '2019-01-01', end: '2023-12-31', text: 'Between 2019 and 2023' } }],
    },
    {
      text: 'In late February, Mexico handed over 29 drug cartel individuals to the United States. All 29 of the individuals were being held in Mexican prisons.',
      published: '2025-03-12',
      claims: [
        {
          quote: 'In late February, Mexico handed over 29 drug cartel individuals to the United States', valueText: '29', value: 29, hedge: 'exact',
          counted: 'individuals', metric: 'transfers', period: { start: '2025-02-21', end: '2025-02-28', text: 'In late February' },
        },
        {
          quote: 'All 29 of the individuals were being held in Mexican prisons', valueText: '29', counted: 'individuals', metric: 'transfers',
          period: { start: '2025-02-21', end: '2025-02-28', text: 'In late February' },
        },
      ],
    },
    {
      text: 'On Tuesday, Mexico sent 26 alleged cartel leaders to the United States.',
      claims: [{ valueText: '26', counted: 'leaders', metric: 'transfers', period: null }],
      messages: [{ ruleId: 'unresolvedPeriod', reason: 'Cannot resolve "Tuesday" to dates: the article has no publication date (pass --published)' }],
    },
    {
      // a count for the year up to a date runs from the first of the year
      text: 'As of July 8, the city had 96 homicides for the year.',
      published: '2024-07-10',
      claims: [{ valueText: '96', period: { start: '2024-01-01', end: '2024-07-08', text: 'July 8', basis: 'publication date 2024-07-10; from the first of the year: "for the year"' } }],
    },
    {
      // the period after a baseline figure is the baseline's: the level takes its sentence's month
      text: 'Annual inflation edged higher in October, climbing to 2.6% from 2.4% in September.',
      published: '2024-11-13',
      claims: [
        { valueText: '2.6%', period: { start: '2024-10-01', end: '2024-10-31', text: 'in October' } },
        { valueText: '2.4%', period: { start: '2024-09-01', end: '2024-09-30', text: 'in September' } },
      ],
    },
    {
      // a trailing window in a report on a month published in the next one counts back from that month
      text: 'Employers add 142,000 jobs in August\n\nEmployers added 142,000 jobs in August, the Labor Department said.\n\nOver the past 12 months pay has climbed 3.8%. The gain fell short of the average monthly gain of 202,000 over the previous 12 months.',
      published: '2024-09-06',
      claims: [
        { valueText: '142,000', period: { start: '2024-08-01', end: '2024-08-31' } },
        { valueText: '142,000', period: { start: '2024-08-01', end: '2024-08-31' } },
        { valueText: '3.8%', period: { start: '2023-09-01', end: '2024-08-31', text: 'the past 12 months' } },
        { valueText: '202,000', period: { start: '2023-08-01', end: '2024-07-31', text: 'the previous 12 months' } },
      ],
    },
    {
      // without a month it reports on, the window runs to the publication date
      text: 'Over the past 12 months pay has climbed 3.8%.',
      published: '2024-09-06',
      claims: [{ valueText: '3.8%', period: { start: '2023-09-07', end: '2024-09-06', text: 'the past 12 months' } }],
    },
    {
      // what a change is compared with ("than it did a year ago") is not its period
      text: 'The district has nearly 16,500 fewer students than it did a year ago.',
      published: '2024-09-06',
      claims: [{ valueText: 'nearly 16,500', period: null }],
    },
    {
      // the lede's first figure that states a period decides the article's: a day is none, and a later figure set
      // beside it (another storm's toll in 2005) does not lend the headline its year
      text: 'Death toll passes 225 as search goes on\n\nA week after the storm, its confirmed death toll rose to at least 226 on Friday.\n\nOnly three storms killed more people: Katrina, which killed 1,392 in 2005.',
      published: '2024-10-04',
      claims: [
        { valueText: '225', period: null },
        { valueText: 'at least 226', period: { start: null, end: '2024-10-04', text: 'on Friday' } },
        { valueText: 'three' },
        { valueText: '1,392', period: { start: '2005-01-01', end: '2005-12-31', text: 'in 2005' } },
      ],
    },
    {
      // with `explain`, each quantity kept from the claims is reported with the not-a-figure rule that kept it out
      text: 'Maintaining peace between the two nations is crucial: they traded 263 detainees.',
      options: { explain: true },
      claims: [{ valueText: '263' }],
      messages: [{ ruleId: 'notAClaim', reason: '"two" is no claim (reference): a reference to things already counted ("the two nations"), not a count' }],
    },
    {
      text: 'On Tuesday, Mexico sent 26 alleged cartel leaders to the United States.',
      published: '2024-05-01',
      claims: [{ valueText: '26', period: { start: '2024-04-30', end: '2024-04-30', text: 'Tuesday' } }],
      messages: [],
    },
    {
      text: '“One of the things we expect is more extraditions,” she said. “Last year, Mexico extradited 24 drug-related defendants to the United States, but there are 232 drug-related defendants awaiting extradition.”',
      published: '2023-03-20',
      claims: [
        {
          quote: 'Last year, Mexico extradited 24 drug-related defendants to the United States', valueText: '24', counted: 'defendants', metric: 'extraditions',
          period: Y(2022, 'Last year'), attribution: said('she said'),
        },
        { quote: 'there are 232 drug-related defendants awaiting extradition', valueText: '232', counted: 'defendants', metric: 'defendants-awaiting-extradition', period: null },
      ],
    },
    {
      text: 'She said it costs cartels just 10 cents to produce a fake fentanyl pill that sells in the United States for $10 to $30.',
      claims: [
        { quote: 'it costs cartels just 10 cents to produce a fake fentanyl pill that sells in the United States for $10 to $30', valueText: '10 cents', value: 0.1, unit: 'USD', dimension: 'currency', metric: 'pill-production-cost', attribution: said('She said') },
        { valueText: '$10 to $30', value: null, low: 10, high: 30, hedge: 'range', unit: 'USD', metric: 'pill-price' },
      ],
    },
    {
      text: '“We have a watershed here, and the watershed is 100,000 people killed a year,” Feeley said.',
      claims: [{ quote: 'the watershed is 100,000 people killed a year', valueText: '100,000', per: 'year', counted: 'deaths', metric: null, period: null, attribution: said('Feeley said') }],
    },
    {
      text: 'The operation also led to the seizure of nearly 44 million fentanyl pills, over 6,500 pounds of fentanyl powder, more than 91,000 pounds of methamphetamine, 8,497 firearms, and over $100 million in illicit proceeds.',
      claims: [
        { quote: 'The operation also led to the seizure of nearly 44 million fentanyl pills', valueText: 'nearly 44 million', value: 44000000, hedge: 'nearly', counted: 'pills', metric: 'fentanyl-pills-seized' },
        { quote: 'over 6,500 pounds of fentanyl powder', valueText: 'over 6,500 pounds', unit: 'lb', dimension: 'mass', counted: 'fentanyl powder', metric: 'fentanyl-seized' },
        { quote: 'more than 91,000 pounds of methamphetamine', unit: 'lb', counted: 'methamphetamine', metric: 'methamphetamine-seized' },
        { quote: '8,497 firearms', value: 8497, counted: 'firearms', metric: 'firearms-seized' },
        { quote: 'over $100 million in illicit proceeds', value: 100000000, unit: 'USD', hedge: 'over', counted: 'proceeds', metric: 'proceeds-seized' },
      ],
    },
    {
      text: 'The initiative tracked networks across the country, resulting in 1,436 investigations and 3,337 arrests.',
      claims: [
        { quote: 'resulting in 1,436 investigations', valueText: '1,436', counted: 'investigations', metric: 'investigations' },
        { quote: '3,337 arrests', valueText: '3,337', counted: 'arrests', metric: 'arrests' },
      ],
    },
    {
      text: 'At the heart of this crisis is fentanyl, a synthetic opioid that is up to 100 times more potent than morphine.',
      claims: [{ valueText: 'up to 100 times', value: 100, low: 0, high: 100, hedge: 'up_to', unit: 'times', dimension: 'ratio', counted: null, metric: 'potency-vs-morphine' }],
    },
    {
      text: 'Fentanyl overdoses have skyrocketed, accounting for nearly 70% of all drug-related deaths in 2022.',
      claims: [{ quote: 'accounting for nearly 70% of all drug-related deaths in 2022', valueText: 'nearly 70%', unit: 'percent', counted: 'deaths', metric: 'fentanyl-involved-deaths-share', period: Y(2022, 'in 2022') }],
    },
    {
      text: 'Trump was set to impose 25 percent tariffs on Mexican goods.',
      claims: [{ valueText: '25 percent', value: 25, unit: 'percent', counted: 'tariffs', metric: 'tariff-rate' }],
    },
    {
      text: 'Mexico is postponing dozens of US extradition requests.',
      claims: [{ valueText: 'dozens', value: null, hedge: 'vague', counted: 'requests', metric: 'extradition-requests' }],
    },
    {
      text: 'Oseguera was released just nine days later, with a judge claiming there were no legal grounds to keep him.',
      claims: [{ quote: 'Oseguera was released just nine days later', valueText: 'nine days', value: 9, unit: 'day', dimension: 'duration', counted: null }],
    },
    {
      text: 'The Sinaloa Cartel operates under a unique model, with four separate but cooperating criminal organizations working in tandem.',
      claims: [{ quote: 'four separate but cooperating criminal organizations working in tandem', valueText: 'four', value: 4, counted: 'organizations', metric: null }],
    },
    // beyond the seeds: general news prose
    {
      text: 'Overdose deaths rose 12% in the first quarter of 2024.',
      claims: [{ valueText: '12%', value: 12, unit: 'percent', direction: 'up', period: { start: '2024-01-01', end: '2024-03-31', text: 'the first quarter of 2024' } }],
    },
    {
      text: 'The number of arrests fell by 3,000 last year.',
      published: '2024-05-01',
      claims: [{ value: 3000, direction: 'down', counted: 'arrests', metric: 'arrests', period: Y(2023, 'last year') }],
    },
    {
      text: 'Officials said nearly 44 million fentanyl pills were seized in 2023.',
      claims: [{ valueText: 'nearly 44 million', counted: 'pills', metric: 'fentanyl-pills-seized', period: Y(2023, 'in 2023'), attribution: said('Officials said') }],
    },
    {
      text: 'Authorities arrested about 2,500 people during the operation in October 2023.',
      claims: [{ valueText: 'about 2,500', hedge: 'about', counted: 'people', metric: 'arrests', period: { start: '2023-10-01', end: '2023-10-31', text: 'October 2023' } }],
    },
    {
      text: 'Fentanyl is up to 50 times more potent than heroin, experts say.',
      claims: [{ valueText: 'up to 50 times', hedge: 'up_to', metric: 'potency-vs-heroin', attribution: said('experts say') }],
    },
    {
      text: 'Deaths involving synthetic opioids fell to an estimated 74,702 in 2023, down from 76,226 the year before.',
      claims: [
        { valueText: 'an estimated 74,702', hedge: 'about', counted: 'deaths', metric: 'fentanyl-involved-deaths', period: Y(2023, 'in 2023') },
        { quote: 'down from 76,226 the year before', valueText: '76,226', counted: 'deaths', metric: 'fentanyl-involved-deaths', period: Y(2022, 'the year before') },
      ],
    },
    {
      text: 'Seizures reached 27,000 pounds in 2023, up from 14,700 pounds the previous year.',
      published: '2025-02-01',
      claims: [
        { valueText: '27,000 pounds', period: Y(2023, 'in 2023') },
        { valueText: '14,700 pounds', period: Y(2022, 'the previous year') },
      ],
    },
    {
      text: 'In 2023, 107,543 people died of drug overdoses in the United States, a decrease of 3% from 2022.',
      claims: [
        { valueText: '107,543', counted: 'deaths', metric: 'drug-overdose-deaths', period: Y(2023, 'In 2023') },
        { valueText: '3%', unit: 'percent', metric: 'drug-overdose-deaths', period: Y(2023, 'In 2023') },
      ],
    },
    {
      text: '“We seized more than 79 million fentanyl pills and nearly 12,000 pounds of fentanyl powder last year,” Milgram said on Tuesday.',
      published: '2024-05-01',
      claims: [
        { valueText: 'more than 79 million', metric: 'fentanyl-pills-seized', period: Y(2023, 'last year'), attribution: said('Milgram said') },
        { valueText: 'nearly 12,000 pounds', metric: 'fentanyl-seized', period: Y(2023, 'last year') },
      ],
    },
    {
      text: 'More than 150 Americans die every day from overdoses linked to synthetic opioids, the White House said.',
      claims: [{ valueText: 'More than 150', per: 'day', counted: 'deaths', metric: 'fentanyl-involved-deaths', attribution: said('the White House said') }],
    },
    {
      text: 'A kilogram of fentanyl costs about $3,000 in China.',
      claims: [{ valueText: 'about $3,000', per: 'kilogram', counted: null, metric: 'fentanyl-price-per-kilogram' }],
    },
    {
      text: 'The company, founded in 1998, employs 4,500 people.',
      claims: [{ quote: 'The company, founded in 1998, employs 4,500 people', valueText: '4,500', counted: 'people', period: null }],
    },
    {
      text: 'The 2020 census counted 331 million residents, up 7.4% from 2010.',
      claims: [
        { valueText: '331 million', counted: 'residents', period: Y(2020, 'The 2020') },
        { quote: 'up 7.4% from 2010', valueText: '7.4%', direction: 'up', period: Y(2020, 'The 2020') },
      ],
    },
    {
      text: 'She is 34 years old and has two children.',
      claims: [{ valueText: '34 years old', value: 34, unit: 'year' }, { valueText: 'two', counted: 'children' }],
    },
    {
      text: 'Roughly two-thirds of the 107,000 deaths involved fentanyl.',
      claims: [
        { valueText: 'Roughly two-thirds', hedge: 'about', unit: 'percent', counted: 'deaths', metric: 'fentanyl-involved-deaths-share' },
        { valueText: '107,000', counted: 'deaths', metric: null },
      ],
    },
    {
      text: 'Mexico’s homicide rate was 25 per 100,000 residents in 2023.',
      claims: [{ value: 25, counted: 'rate', period: Y(2023, 'in 2023') }],
    },
    {
      text: '“We seized 10 tons of cocaine in 2023,” said Milgram.\n\n“That is about 5 million doses. It is a record, and we arrested 300 people.”\n\nWatson, a spokesperson for the NSC, said the US had sent 1,500 troops to the border.',
      claims: [
        { valueText: '10 tons', unit: 'ton', counted: 'cocaine', metric: 'cocaine-seized', attribution: said('said Milgram') },
        { valueText: 'about 5 million', counted: 'doses', attribution: said('said Milgram') },
        { valueText: '300', metric: 'arrests', attribution: said('said Milgram') },
        { quote: 'the US had sent 1,500 troops to the border', valueText: '1,500', attribution: said('Watson, a spokesperson for the NSC, said') },
      ],
    },
    {
      text: 'Police said 14 people were killed in the attack; officials later raised the toll to 17.',
      claims: [{ valueText: '14', counted: 'deaths' }, { valueText: '17', counted: 'deaths' }],
    },
    {
      text: 'Mexico Extradites 26 Cartel Leaders To The US',
      claims: [{ valueText: '26', value: 26, metric: 'extraditions' }],
    },
  ],
});
