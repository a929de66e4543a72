/**
 * Held-out batch 119, file e4: the posts and side texts of the XenForo thread of file e2.
 */
export const xfTitle = 'Rear derailleur ghost shifting after cable swap';
export type Post = {
  id: number;
  user: string;
  uid: number;
  title: string;
  date: string;
  time: string;
  joined: string;
  msgs: string;
  score: string;
  loc: string;
  ps: string[];
  quote?: [string, string];
  sig?: string;
  edited?: string;
  reactions?: string;
  staff?: boolean;
};
export const xfPosts: Post[] = [
  {
    id: 712004,
    user: 'ferny_climbs',
    uid: 5521,
    title: 'New member',
    date: 'Aug 14, 2025',
    time: '7:02 PM',
    joined: 'Mar 2, 2024',
    msgs: '37',
    score: '12',
    loc: 'Leeds',
    edited: 'Aug 14, 2025',
    ps: [
      'Hi all, looking for a sanity check before I take this to a shop.',
      'I replaced the gear cable and outer housing on my 11-speed road bike last weekend. Since then it shifts fine in the workstand, but ' +
        'out on the road it jumps between the 3rd and 4th sprockets every so often, usually when I’m climbing out of the saddle.',
      'I’ve been through the barrel adjuster a quarter turn at a time in both directions and it just moves the problem to a different ' +
        'pair of gears. The hanger looks straight to my eye but I don’t have an alignment tool.',
      'Anything obvious I’ve missed?',
    ],
  },
  {
    id: 712019,
    user: 'dave_k',
    uid: 881,
    title: 'Well-known member',
    date: 'Aug 14, 2025',
    time: '8:41 PM',
    joined: 'Jun 11, 2016',
    msgs: '6,204',
    score: '3,918',
    loc: 'Harrogate',
    sig: '2021 Varden Strada | 2014 steel tourer that refuses to die',
    reactions: 'ferny_climbs and Marguerite L',
    ps: [
      'Classic symptom of housing that isn’t fully seated in a ferrule or a cable stop somewhere. It looks fine in the stand because there’s ' +
        'no load on the frame. When you stand up and flex the bike, the housing settles a little and the cable tension changes.',
      'Check every end of every section, especially where the housing goes into the frame near the bottom bracket, and make sure the ends ' +
        'are cut square and filed flat.',
    ],
  },
  {
    id: 712240,
    user: 'ferny_climbs',
    uid: 5521,
    title: 'New member',
    date: 'Aug 15, 2025',
    time: '9:17 PM',
    joined: 'Mar 2, 2024',
    msgs: '37',
    score: '12',
    loc: 'Leeds',
    quote: ['dave_k', 'Check every end of every section, especially where the housing goes into the frame near the bottom bracket'],
    reactions: 'dave_k, Marguerite L and 3 others',
    ps: [
      'Found it. The rear section of housing was cut at a slight angle and the ferrule was only half on. Recut it, filed it and put a new ' +
        'ferrule on, and it’s been perfect on two rides, including the big hill on my commute.',
      'Thanks, I would never have looked there.',
    ],
  },
  {
    id: 712388,
    user: 'Marguerite L',
    uid: 2,
    title: 'Moderator',
    date: 'Aug 16, 2025',
    time: '10:05 AM',
    joined: 'Jan 4, 2012',
    msgs: '14,882',
    score: '9,604',
    loc: 'Otley',
    staff: true,
    ps: [
      'Good result. For anyone finding this thread later, the other usual suspect after a cable change is housing that is slightly too ' +
        'short at the derailleur loop. If the loop is tight, the cable tension changes as the frame and the wheel move, and you get exactly ' +
        'the same ghost shifts.',
      'A good rule of thumb is to make the final loop as large as you can without it catching your heel or the spokes.',
    ],
  },
];
export const xfNav = [
  'Forums',
  'New posts',
  'Search forums',
  "What's new",
  'Featured content',
  'New profile posts',
  'Latest activity',
  'Members',
  'Current visitors',
];
export const xfSearch = ['Everywhere', 'Threads', 'This forum', 'This thread', 'Search titles only', 'By:', 'Advanced search…'];
export const xfCrumbs = ['Forums', 'Bike Tech', 'Drivetrain & Gears'];
export const xfNotice = 'Welcome to Spokeline! Register a free account to post, reply and turn off most ads.';
export const xfShare = ['Facebook', 'X', 'Bluesky', 'Reddit', 'Pinterest', 'Tumblr', 'WhatsApp', 'Email', 'Share', 'Link'];
export const xfSimilar: [string, string, string, string, string][] = [
  ['Ghost shifting only on the big ring', 'pedalpusher', 'Mar 3, 2024', '9', '1K'],
  ['Cutting gear housing: which cutters?', 'cog_snob', 'Nov 20, 2023', '14', '2K'],
  ['Hanger alignment tool worth buying?', 'spoke_and_mirrors', 'Jul 1, 2025', '6', '688'],
];
export const xfFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home', 'RSS'];
export const xfCookie = [
  'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.',
  'By continuing to use this site, you are consenting to our use of cookies.',
  'Accept',
  'Learn more…',
];
