/**
 * Held-out batch 38, file a3: the comment tree of the old Reddit page in file a (the stickied AutoModerator comment's two
 * paragraphs and the nested comments), kept apart so that each file stays under 300 lines.
 */
export interface RdComment {
  id: string;
  user: string;
  pts: string;
  age: string;
  paras: string[];
  flair?: string;
  op?: boolean;
  edited?: string;
  kids?: RdComment[];
}
export const rdAuto =
  'Thanks for posting! If this is a trip report, please add the route and the month you rode it to the title so it turns up in the wiki search.';
export const rdBot =
  'I am a bot, and this action was performed automatically. Please contact the moderators of this subreddit if you have any questions or concerns.';
export const rdComments: RdComment[] = [
  {
    id: 'm4q1x7a',
    user: 'mittelgebirge_mara',
    pts: '38 points',
    age: '9 hours ago',
    flair: 'Koga, 2012',
    paras: [
      'The closure between Győr and Komárom is still on, I rode it in August. There is an unofficial detour through Ács along ' +
        'farm tracks that is rideable on 35 mm tyres but miserable after rain.',
    ],
    kids: [
      {
        id: 'm4q3b2c',
        user: 'tourmaster_91',
        op: true,
        pts: '14 points',
        age: '8 hours ago',
        paras: ['Wish I had known about the Ács tracks. What was the surface like, gravel or packed dirt?'],
        kids: [
          {
            id: 'm4q5d9k',
            user: 'mittelgebirge_mara',
            pts: '11 points',
            age: '8 hours ago',
            flair: 'Koga, 2012',
            paras: ["Mostly packed dirt with some loose gravel near the railway crossing. Fine when dry. I wouldn't try it on anything narrower than 32 mm."],
          },
        ],
      },
    ],
  },
  {
    id: 'm4q2f0e',
    user: 'spokewrench',
    pts: '21 points',
    age: '9 hours ago',
    paras: [
      'Bar-end shifters on a tour are underrated. Nothing to go wrong, and you can flip the rear to friction mode if a cable ' +
        'stretches halfway up a hill. Good call on the 30/46 too.',
    ],
    kids: [
      {
        id: 'm4q6h1s',
        user: '[deleted]',
        pts: '',
        age: '7 hours ago',
        paras: ['[removed]'],
        kids: [
          {
            id: 'm4q8j3t',
            user: 'quietcadence',
            pts: '6 points',
            age: '6 hours ago',
            paras: ['For anyone wondering, the question above was about gearing for the Wachau hills. They are short climbs; a 30x32 low gear is plenty.'],
          },
        ],
      },
    ],
  },
  {
    id: 'm4q4g8n',
    user: 'kettle_and_camp',
    pts: '12 points',
    age: '7 hours ago',
    edited: 'last edited 6 hours ago',
    paras: ["Thanks for the campsite warning. Going in late September next year, so I'll plan around that. Did you try any of the bike-friendly guesthouses?"],
    kids: [
      {
        id: 'm4q9k2w',
        user: 'tourmaster_91',
        op: true,
        pts: '9 points',
        age: '5 hours ago',
        paras: ['Two of them, both good. They had a locked shed for the bikes and one of them dried my soaked kit overnight without me even asking.'],
      },
    ],
  },
];
