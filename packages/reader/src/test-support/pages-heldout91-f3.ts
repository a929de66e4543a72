/**
 * Held-out batch 91, file f3: the topic title, forum name and the five posts (with their profile data, a quote, signatures
 * and an "edited" notice) of the phpBB topic in file f.
 */
export const bbTitle = 'Java moss turning brown after I started injecting CO2';
export const bbForum = 'Plant care & troubleshooting';
export type BbPost = {
  id: number;
  user: string;
  rank: string;
  posts: string;
  joined: string;
  loc: string;
  time: string;
  iso: string;
  paras: string[];
  quote?: [string, string, string];
  sig?: string;
  edited?: string;
};
export const bbPosts: BbPost[] = [
  {
    id: 88123,
    user: 'dwarfgourami',
    rank: 'Regular Member',
    posts: '412',
    joined: 'Mon Mar 07, 2022 6:41 pm',
    loc: 'Marietta, OH',
    time: 'Mon Sep 01, 2025 9:14 pm',
    iso: '2025-09-02T01:14:52+00:00',
    paras: [
      'I have a 40 gallon planted tank that has been running for about two years. Three weeks ago I added pressurised CO2 with a drop checker, ' +
        'about one bubble per second, lights on a 7 hour photoperiod. Everything else is growing like crazy, but the java moss on the driftwood ' +
        'has gone brown from the tips inward.',
      'Water parameters: pH dropped from 7.4 to about 6.8 with the CO2, ammonia 0, nitrite 0, nitrate around 15. Temperature 76F. I dose ' +
        'all-in-one liquid fertiliser twice a week.',
      'Is this the CO2, or is something else going on? I never had a problem with the moss before.',
    ],
    sig: '40g planted: cardinals, otos, amano shrimp and too much moss',
  },
  {
    id: 88131,
    user: 'mossyrock',
    rank: 'Moderator',
    posts: '3,907',
    joined: 'Thu Jan 14, 2016 11:02 am',
    loc: 'Parkersburg, WV',
    time: 'Mon Sep 01, 2025 10:02 pm',
    iso: '2025-09-02T02:02:11+00:00',
    paras: [
      'Moss on wood that sits high in the tank often browns when the other plants speed up, because they take the nutrients before the moss gets ' +
        'any. It is rarely the CO2 itself at one bubble per second.',
      'Two things I would check. First, how close is the moss to the light? If the driftwood reaches near the surface, the tips may be getting ' +
        'far more light than before now that the CO2 lets everything grow faster. Second, flow: moss hates still water, and a lot of new growth ' +
        'elsewhere can block the flow to the back of the tank.',
    ],
    edited: 'Last edited by mossyrock on Tue Sep 02, 2025 7:03 am, edited 1 time in total.',
  },
  {
    id: 88140,
    user: 'dwarfgourami',
    rank: 'Regular Member',
    posts: '412',
    joined: 'Mon Mar 07, 2022 6:41 pm',
    loc: 'Marietta, OH',
    time: 'Tue Sep 02, 2025 6:48 am',
    iso: '2025-09-02T10:48:30+00:00',
    quote: ['mossyrock', 'Mon Sep 01, 2025 10:02 pm', 'Second, flow: moss hates still water'],
    paras: [
      'That could be it. The hygrophila behind the wood has doubled in three weeks and I have not trimmed it. The wood is about five inches ' +
        'below the surface.',
      'I will trim this weekend and turn the filter outlet towards the back. Should I cut off the brown parts?',
    ],
  },
  {
    id: 88152,
    user: 'pearlweed_pete',
    rank: 'New Member',
    posts: '27',
    joined: 'Sat May 10, 2025 3:15 pm',
    loc: 'Athens, OH',
    time: 'Tue Sep 02, 2025 8:20 pm',
    iso: '2025-09-03T00:20:05+00:00',
    paras: [
      'Yes, trim the brown parts, they will not recover and they trap debris. I had exactly this last year. After trimming the stems and ' +
        'moving a powerhead, the moss greened up in about three weeks.',
      'Also keep an eye on the drop checker. If it goes yellow-green the shrimp will tell you before the moss does.',
    ],
    sig: 'Keep it simple.',
  },
  {
    id: 88197,
    user: 'dwarfgourami',
    rank: 'Regular Member',
    posts: '412',
    joined: 'Mon Mar 07, 2022 6:41 pm',
    loc: 'Marietta, OH',
    time: 'Mon Sep 22, 2025 7:31 pm',
    iso: '2025-09-22T23:31:40+00:00',
    paras: [
      'Update for anyone who finds this later: I trimmed the hygrophila hard, cut off the brown moss and pointed the outlet at the wood. Two ' +
        'and a half weeks later there is bright green new growth all over it. Thanks everyone.',
    ],
  },
];
