/**
 * Held-out batch 152, file a3: the comment tree of the old.reddit.com thread in file a2 (one comment removed, its reply
 * kept), and the footer columns of old reddit.
 */
export interface RdComment {
  id: string;
  user: string;
  score: string;
  ago: string;
  title: string;
  edited?: string | undefined;
  children: string;
  paras: readonly string[];
  kids?: readonly RdComment[] | undefined;
  more?: string | undefined;
  op?: boolean | undefined;
  removed?: boolean | undefined;
  parent?: string | undefined;
}
export const rdComments: readonly RdComment[] = [
  {
    id: 'nj2a8kq',
    user: 'compost_corner',
    score: '88',
    ago: '5 hours ago',
    title: 'Sun Oct 12 08:40:17 2025 UTC',
    children: '4',
    paras: [
      'Cardboard works on couch grass, but only if you overlap the sheets by a good hand’s width and leave it down for a full season, ' +
        'not just the winter. Couch will find every gap and come straight up through the joins.',
      'Take all the tape and staples off first, soak it so it moulds to the ground, and put something heavy on top. We used old ' +
        'scaffold boards. Lifting it in March and finding the soil soft and full of worms was the best feeling of my first year.',
    ],
    kids: [
      {
        id: 'nj2c1vd',
        user: 'turnip_theory',
        op: true,
        score: '31',
        ago: '4 hours ago',
        title: 'Sun Oct 12 09:12:51 2025 UTC',
        children: '1',
        parent: 'nj2a8kq',
        paras: ['A full season is longer than we hoped. Did you plant anything through it, or leave that part empty all year?'],
        kids: [
          {
            id: 'nj2dq0e',
            user: 'compost_corner',
            score: '40',
            ago: '4 hours ago',
            title: 'Sun Oct 12 09:30:05 2025 UTC',
            children: '0',
            parent: 'nj2c1vd',
            paras: [
              'We cut holes in it and planted squash and potatoes through it in May. Both did fine, and the squash leaves shaded out ' +
                'whatever tried to come up round the edges. The bits with no crops on them got a second layer in July.',
            ],
          },
        ],
      },
      {
        id: 'nj2f7mm',
        user: '[deleted]',
        removed: true,
        score: '0',
        ago: '3 hours ago',
        title: 'Sun Oct 12 10:02:44 2025 UTC',
        children: '1',
        parent: 'nj2a8kq',
        paras: ['[removed]'],
        kids: [
          {
            id: 'nj2h3ta',
            user: 'rhubarb_and_rust',
            score: '12',
            ago: '3 hours ago',
            title: 'Sun Oct 12 10:20:13 2025 UTC',
            children: '0',
            parent: 'nj2f7mm',
            paras: [
              'Please keep it civil. Plenty of people here have had good results with cardboard, and the question was about what works ' +
                'on a neglected plot, not about whose method is better.',
            ],
          },
        ],
      },
    ],
  },
  {
    id: 'nj2b0xr',
    user: 'old_dig_heron',
    score: '52',
    ago: '5 hours ago',
    title: 'Sun Oct 12 08:55:30 2025 UTC',
    children: '6',
    more: '5',
    paras: [
      'I’m one of those older plot holders, and I would still dig out the brambles and whatever bindweed roots you can reach before you ' +
        'cover anything. Cardboard slows bindweed down but it won’t kill roots that go a metre deep, and brambles just laugh at it.',
      'Couch grass is the one it really works on. Fork out the worst of it, then cover, and you get the best of both.',
    ],
  },
  {
    id: 'nj2k9pw',
    user: 'Fennel_Anne',
    score: '19',
    ago: '2 hours ago',
    title: 'Sun Oct 12 11:16:48 2025 UTC',
    edited: 'Sun Oct 12 11:40:02 2025 UTC',
    children: '0',
    paras: [
      'Check your tenancy agreement before you lay anything. Ours says no plastic, no carpet and no membrane left down for more than ' +
        'twelve months, and the committee walks round every spring. Cardboard was fine, but they wanted it gone by May.',
      'Edit: to be clear, they were perfectly happy with it, we just had to show we were actually growing something on the plot by then.',
    ],
  },
];
export const rdFooterHeads = ['about', 'help', 'apps & tools', '<3'];
export const rdFooter: readonly (readonly string[])[] = [
  ['blog', 'about', 'advertising', 'careers'],
  ['site rules', 'Reddit help center', 'reddiquette', 'mod guidelines', 'contact us'],
  ['Reddit for iPhone', 'Reddit for Android', 'mobile website'],
  ['reddit premium'],
];
