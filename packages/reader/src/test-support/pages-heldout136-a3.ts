import { items, paras } from './pages-heldout136-kit.js';

/** Held-out batch 136, file a3: the texts of the Guardian live blog of file a (blocks, standfirst, rails, comments, footer). */
export const gTitle = 'Storm Idris: severe flood warning for Calderbrook as Pennine Rail suspends services – live';
export const gStand = items(`
Residents of 400 homes in Calderbrook told to leave before river peaks overnight
Pennine Rail cancels all services west of Ashby Moor until at least Friday
Schools in three counties shut as more than 80mm of rain falls in 24 hours
`);
export interface Block {
  id: string;
  iso: string;
  ago: string;
  at: string;
  by: string;
  title?: string;
  paras: string[];
  list?: string[];
  quote?: string;
  updated?: string;
}
export const blocks: Block[] = [
  {
    id: '6573a1f08f08c91e',
    iso: '2025-11-12T17:41:07.000Z',
    ago: '14m ago',
    at: '17.41 GMT',
    by: 'Helen Marsh',
    title: 'Summary of the day so far',
    paras: ['If you are just joining us, here is where things stand this evening:'],
    list: items(`
The Northern Rivers Authority has issued a severe flood warning, meaning danger to life, for the Brack valley around Calderbrook.
About 400 households have been asked to leave and a rest centre has opened at Calderbrook leisure centre.
Pennine Rail has extended its suspension of services west of Ashby Moor to Friday after a landslip near Wendlow tunnel.
More than 60 schools stayed closed and several councils have already said they will not reopen tomorrow.
The Met Service expects the rain to ease after midnight, but river levels are likely to keep rising until the early hours.
`),
    updated: 'Updated at 17.52 GMT',
  },
  {
    id: '6573992a8f08d4b2',
    iso: '2025-11-12T17:02:44.000Z',
    ago: '53m ago',
    at: '17.02 GMT',
    by: 'Helen Marsh',
    paras: paras(`
Our reporter Tom Egerton has been speaking to people arriving at the rest centre in Calderbrook. Many said they had packed in a hurry
after police knocked on their doors in the middle of the afternoon.

Margaret Oyelaran, 71, who has lived on Mill Row for 40 years, said she had never seen the river so high so early in the winter:
`),
    quote:
      'In 2007 we had water in the kitchen, but that was February and it had been raining for weeks. This came up in a day. ' +
      'I have brought my tablets and the cat and that is about it.',
  },
  {
    id: '657390c18f08e117',
    iso: '2025-11-12T16:20:13.000Z',
    ago: '1h ago',
    at: '16.20 GMT',
    by: 'Helen Marsh',
    title: 'Pennine Rail extends suspension to Friday',
    paras: paras(`
Pennine Rail has said no trains will run between Ashby Moor and the coast until at least Friday morning, after engineers found
that a section of embankment near the Wendlow tunnel had slipped by almost a metre.

The operator said replacement buses would run where roads were open, but warned that several of those roads were themselves
closed by flooding. Its operations director, Craig Fenwick, told passengers not to travel unless their journey was essential.

Freight services on the line have also been halted, which the regional chamber of commerce said would hit deliveries to
supermarkets in the valley by the weekend.
`),
    updated: 'Updated at 16.34 GMT',
  },
  {
    id: '657387aa8f08f3c0',
    iso: '2025-11-12T15:35:51.000Z',
    ago: '2h ago',
    at: '15.35 GMT',
    by: 'Tom Egerton',
    paras: paras(`
The Met Service’s chief forecaster, Priya Lakhani, says the band of heavy rain is moving more slowly than expected, which is
why totals have been higher than the morning forecast suggested.

She told reporters that the hills above the Brack valley had recorded 84mm since midnight, close to a month’s average, and that
another 20mm was possible before the rain clears east after midnight.
`),
  },
  {
    id: '65737f128f0900a9',
    iso: '2025-11-12T14:10:26.000Z',
    ago: '3h ago',
    at: '14.10 GMT',
    by: 'Tom Egerton',
    title: 'Severe flood warning issued for Calderbrook',
    paras: paras(`
The Northern Rivers Authority has upgraded its warning for the River Brack at Calderbrook to a severe flood warning, the highest
level, which it uses only when there is a danger to life.

The authority said the river was expected to peak at about 3am, roughly 30cm above the level reached in the floods of 2007. Police
and council staff are going door to door in the streets nearest the river.

The flood defences completed in 2019 are designed to hold back a peak of that height, the authority said, but it could not rule
out water coming over the walls at two low points near the old mill.
`),
    updated: 'Updated at 14.26 GMT',
  },
  {
    id: '657371058f0901de',
    iso: '2025-11-12T11:05:39.000Z',
    ago: '6h ago',
    at: '11.05 GMT',
    by: 'Tom Egerton',
    title: 'Schools closed in three counties',
    paras: paras(`
More than 60 schools did not open this morning, most of them in the upper Brack valley, where several roads were impassable
before the school run.

Parents in Wendlow said they had received messages from headteachers shortly after 6am. The county council said closures were a
matter for each school, but advised families to check its website before setting out tomorrow.
`),
  },
  {
    id: '657368e48f09027b',
    iso: '2025-11-12T07:02:18.000Z',
    ago: '10h ago',
    at: '07.02 GMT',
    by: 'Tom Egerton',
    paras: paras(`
Good morning and welcome to our live coverage of Storm Idris, which brought heavy rain and gales to north-west England overnight.
Amber warnings for rain are in force until midnight, and dozens of flood alerts have been issued along the Brack and its
tributaries.

We will bring you the latest on travel, schools and the flood warnings throughout the day.
`),
  },
];
export const gNavTop = items(`
Print subscriptions
Newsletters
Sign in
Search jobs
Search
`);
export const gEditions = ['UK edition', 'US edition', 'Australia edition', 'Europe edition', 'International edition'];
export const gPillars = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
export const gSub = ['UK', 'World', 'Climate crisis', 'Ukraine', 'Environment', 'Science', 'Global development', 'Football', 'Tech', 'Business', 'Obituaries'];
export const gCaption = 'Flood water on the A591 near Wendlow on Wednesday morning.';
export const gCredit = 'Photograph: Jonah Pike/PA';
export const gTopics = ['Flooding', 'Weather', 'Rail transport', 'England', 'Schools', 'live news'];
export const gEpic = paras(`
You’ve read 9 articles in the last year

… we have a small favour to ask. Storms like this are becoming part of ordinary life in the north of England, and reporting on
them properly takes time and money. We do not have a billionaire owner or shareholders to answer to.

If you can, please support the Guardian today. It only takes a minute.
`);
export const gMore = items(`
Calderbrook flood defences face first real test since 2019
Why is the north-west getting so much rain this autumn?
Pennine Rail landslips: what passengers need to know
`);
export const gMost = items(`
Man charged after lorry crash closes motorway for 11 hours
The allotment that became a village’s weekly supper club
Council tax bills could rise by up to 5% next April
Ten of the best winter walks in the Lakes
`);
export const gComments = [
  {
    who: 'drystonewaller',
    when: '12 Nov 2025 17:20',
    text: 'Thinking of everyone in Calderbrook tonight. We were flooded out in 2015 and it took a year to get back home.',
  },
  {
    who: 'EastLancsCommuter',
    when: '12 Nov 2025 16:48',
    text: 'Third landslip near Wendlow in two years. At some point someone has to pay for the embankment to be rebuilt properly.',
  },
];
export const gFooter = items(`
About us
Contact us
Complaints & corrections
SecureDrop
Work for us
Privacy policy
Cookie policy
Terms & conditions
Help
All topics
All writers
Modern Slavery Act
Tax strategy
Digital newspaper archive
Facebook
YouTube
Instagram
LinkedIn
Advertise with us
Search UK jobs
`);
export const gCopyright = '© 2025 Guardian News & Media Limited or its affiliated companies. All rights reserved. (dcr)';
