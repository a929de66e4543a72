/** Held-out batch 69, file c2: the posts of the XenForo thread of file c (the page is built there). */
export interface XfPost {
  id: number;
  name: string;
  utitle: string;
  staff?: boolean;
  joined: string;
  msgs: string;
  score: string;
  loc?: string;
  date: string;
  time: string;
  paras: string[];
  quote?: string;
  edited?: string;
  sig?: string;
  reacts?: string;
}
export const xfTitle = 'Chatter when parting off on a Myford ML7 – worth fitting a rear toolpost?';
export const xf1 = [
  'I’ve had my ML7 for about six years and it does nearly everything I ask of it, but parting off anything over about 25 mm in mild ' +
    'steel is a misery. The blade starts to chatter about halfway in, the finish goes to pieces and every so often it digs in and ' +
    'stalls the motor.',
  'I’m using a 2 mm HSS blade in a standard holder on the front toolpost, running at the slowest back-gear speed with plenty of ' +
    'cutting oil. The gibs were adjusted last winter and the cross-slide feels tight enough.',
  'People keep telling me a rear toolpost with the blade upside down will cure it. Before I spend a weekend making one, has anyone ' +
    'actually found it made a difference on an ML7, or is that a myth?',
];
export const xf2 = [
  'It made a big difference on mine. With the blade upside down at the back, the cutting force pushes the cross-slide down onto its ' +
    'ways instead of trying to lift it, so any slack in the gibs stops mattering nearly as much.',
  'I built mine from a block of cast iron and it took two weekends, most of that marking out. I haven’t had a dig-in since, and I ' +
    'part off 40 mm bar regularly.',
];
export const xf3 = [
  'Agreed, but check the basics first. On an ML7 the usual culprits are a worn cross-slide nut, a loose headstock bearing ' +
    'adjustment and a blade that isn’t dead on centre height. Any one of those will give you chatter whatever toolpost you use.',
  'Also try feeding harder rather than more gently. A blade that is rubbing chatters far more than one that is actually cutting.',
];
export const xf4 = [
  'Thanks both. Centre height was about 0.3 mm low, which I’d never have guessed. With that fixed and a firmer feed it’s already ' +
    'much better on 25 mm bar.',
  'I’ll still make the rear toolpost this winter, since the casting has been sitting on the shelf for a year. I’ll post some ' + 'photos when it’s done.',
];
export const xf5 = ['Good thread, and a useful reminder to check centre height before anything else. I’ve added it to the Lathes and Turning FAQ.'];
export const xfQuoted = 'With the blade upside down at the back, the cutting force pushes the cross-slide down onto its ways instead of trying to lift it';
export const xfSigG = 'Myford ML7, Boxford VSL mill and a very understanding family.';
export const xfSigP = 'Currently building: a 5 inch gauge Simplex. Slowly.';
export const xfPosts: XfPost[] = [
  {
    id: 98231,
    name: 'Gareth Hollis',
    utitle: 'Well-known member',
    joined: 'Mar 4, 2019',
    msgs: '2,318',
    score: '1,904',
    loc: 'Telford',
    date: 'Jun 18, 2025',
    time: '7:40 PM',
    paras: xf1,
    sig: xfSigG,
    reacts: 'Colin Pratt and Ayesha Noor',
  },
  {
    id: 98235,
    name: 'Martin Okafor',
    utitle: 'Member',
    joined: 'Nov 12, 2021',
    msgs: '412',
    score: '388',
    date: 'Jun 18, 2025',
    time: '8:55 PM',
    paras: xf2,
    reacts: 'Colin Pratt, Ayesha Noor and 4 others',
  },
  {
    id: 98240,
    name: 'Priya Raman',
    utitle: 'Well-known member',
    joined: 'Jan 30, 2017',
    msgs: '5,072',
    score: '4,611',
    loc: 'Bristol',
    date: 'Jun 19, 2025',
    time: '9:12 AM',
    paras: xf3,
    quote: xfQuoted,
    sig: xfSigP,
    reacts: 'Colin Pratt, Ayesha Noor and 7 others',
  },
  {
    id: 98262,
    name: 'Gareth Hollis',
    utitle: 'Well-known member',
    joined: 'Mar 4, 2019',
    msgs: '2,318',
    score: '1,904',
    loc: 'Telford',
    date: 'Jun 20, 2025',
    time: '6:03 PM',
    paras: xf4,
    edited: 'Jun 20, 2025',
    sig: xfSigG,
  },
  {
    id: 98270,
    name: 'Derek Ashby',
    utitle: 'Moderator',
    staff: true,
    joined: 'Feb 2, 2010',
    msgs: '11,406',
    score: '9,870',
    date: 'Jun 20, 2025',
    time: '9:47 PM',
    paras: xf5,
  },
];
