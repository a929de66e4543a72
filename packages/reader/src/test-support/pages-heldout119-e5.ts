/**
 * Held-out batch 119, file e5: the posts and side texts of the vBulletin thread of file e3.
 */
export const vbTitle = 'Cloudy water three weeks after setting up a 120 litre planted tank';
export type Post = {
  id: number;
  user: string;
  uid: number;
  rank: string;
  date: string;
  time: string;
  joined: string;
  loc: string;
  posts: string;
  ps: string[];
  quote?: [string, string];
  sig?: string;
  edited?: string;
};
export const vbPosts: Post[] = [
  {
    id: 318822,
    user: 'reedbed_rosa',
    uid: 8841,
    rank: 'Junior Member',
    date: '08-21-2025',
    time: '07:14 PM',
    joined: 'Feb 2025',
    loc: 'Norwich, UK',
    posts: '23',
    sig: '120L planted | 60L shrimp tank in the planning stage',
    edited: 'Last edited by reedbed_rosa; 08-21-2025 at 07:31 PM. Reason: tank size',
    ps: [
      "Hi everyone, I set up my first planted tank three weeks ago and the water has gone milky white over the last four days. It's a 120 " +
        'litre tank with an aquasoil substrate, an external filter rated for 300 litres and about twenty stem plants. No fish yet.',
      'I did a fishless cycle with bottled ammonia and my readings this morning were ammonia 0.25, nitrite 0 and nitrate 20. Should I be ' +
        "doing big water changes or just leave it alone? I don't want to restart the cycle.",
    ],
  },
  {
    id: 318830,
    user: 'OldTetraTom',
    uid: 112,
    rank: 'Senior Member',
    date: '08-21-2025',
    time: '08:02 PM',
    joined: 'Oct 2006',
    loc: 'Swindon',
    posts: '9,417',
    sig: 'Keeping fish since 1987. Ask me about old tanks.',
    ps: [
      'That sounds like a bacterial bloom, which is very common in the first month, especially with fresh aquasoil that leaches a lot of ' +
        "ammonia. It isn't harmful to the tank and usually clears by itself within a week or two.",
      "Big water changes can make it last longer, because every change gives the free-floating bacteria a fresh dose of nutrients. I'd " +
        "leave it, keep the lights on a normal schedule and don't add fish until it clears.",
    ],
  },
  {
    id: 318861,
    user: 'shrimpqueen',
    uid: 57,
    rank: 'Moderator',
    date: '08-22-2025',
    time: '09:45 AM',
    joined: 'May 2009',
    loc: 'Cardiff',
    posts: '15,203',
    quote: ['OldTetraTom', "I'd leave it, keep the lights on a normal schedule and don't add fish until it clears."],
    ps: [
      "Agree with Tom. The one thing I'd add is to check that your filter media isn't sitting in a bag that's packed too tight. If water " +
        "can't flow through it, the good bacteria can't colonise it properly and the bloom hangs around for much longer.",
      'Also resist the urge to add a UV steriliser or a bottle of clarifier. They will clear the water, but the bloom is a sign the tank is ' +
        "still settling, and it's better to let that run its course.",
    ],
  },
  {
    id: 319204,
    user: 'reedbed_rosa',
    uid: 8841,
    rank: 'Junior Member',
    date: '08-28-2025',
    time: '06:20 PM',
    joined: 'Feb 2025',
    loc: 'Norwich, UK',
    posts: '23',
    sig: '120L planted | 60L shrimp tank in the planning stage',
    ps: [
      'Quick update for anyone searching later: I left it alone and loosened the media bags like shrimpqueen said. The cloudiness was gone ' +
        'after six days and the ammonia has read zero for three days in a row.',
      'Ordering my first fish this weekend. Thanks again, both of you!',
    ],
  },
];
export const vbNav = [
  'Forum',
  'New Posts',
  'FAQ',
  'Calendar',
  'Community',
  'Member List',
  'Forum Actions',
  'Mark Forums Read',
  'Quick Links',
  "Today's Posts",
  'View Site Leaders',
  "What's New?",
];
export const vbCrumbs = ['Forum', 'Freshwater', 'Planted Tanks'];
export const vbNotice =
  'If this is your first visit, be sure to check out the FAQ by clicking the link above. You may have to register before you can post: click ' +
  'the register link above to proceed. To start viewing messages, select the forum that you want to visit from the selection below.';
export const vbSimilar: [string, string, string, string, string][] = [
  ['Milky water after adding new substrate', 'guppyfan', 'Freshwater', '6', 'Last Post: 03-02-2024, 11:20 AM'],
  ['Bacterial bloom or algae? Pictures inside', 'tankgirl_emma', 'Planted Tanks', '11', 'Last Post: 09-14-2023, 08:05 PM'],
  ['How long should a fishless cycle take?', 'newbie_nick', 'Beginners Corner', '23', 'Last Post: 01-27-2025, 10:48 PM'],
];
export const vbPerms = [
  'You may not post new threads',
  'You may not post replies',
  'You may not post attachments',
  'You may not edit your posts',
  'BB code is On',
  'Smilies are On',
  '[IMG] code is On',
  '[VIDEO] code is On',
  'HTML code is Off',
  'Forum Rules',
];
export const vbTags = ['bacterial bloom', 'cloudy water', 'cycling', 'planted tank'];
export const vbBookmarks = ['Submit to Digg', 'Submit to del.icio.us', 'Submit to StumbleUpon', 'Submit to Google'];
export const vbFoot = ['Contact Us', 'AquaKeepers', 'Archive', 'Privacy Statement', 'Top'];
export const vbMember = ['View Profile', 'View Forum Posts', 'Visit Homepage'];
