/**
 * Held-out batch 146, file a4: the five posts (user cells and texts) of the XDA Forums thread in file a2.
 */
export type XPost = {
  id: string;
  user: string;
  rank: string;
  joined: string;
  posts: string;
  likes: string;
  loc: string;
  date: string;
  n: string;
  quote?: string;
  paras: string[];
  code?: string;
  after?: string[];
  list?: string[];
  tail?: string[];
  edited?: string;
  sig?: string;
  reacts?: string;
};
export const xPosts: XPost[] = [
  {
    id: '89123401',
    user: 'mirela.t',
    rank: 'Senior Member',
    joined: 'Jan 12, 2019',
    posts: '212',
    likes: '64',
    loc: 'Cluj',
    date: 'Mar 4, 2025',
    n: '#1',
    paras: [
      'Since the March security update my V9 Pro loses about 4% an hour sitting on the desk with the screen off. Before the update it ' +
        'was closer to 1% overnight, so something changed.',
      'Battery usage in Settings blames Android System, which is not very helpful. AccuBattery shows the phone hardly ever going into ' +
        'deep sleep. I have already cleared the cache partition, turned Adaptive Battery off and back on, and checked that nothing new ' +
        'was installed around the same time.',
      'Phone is stock, bootloader locked, on Brenna Mobile in Romania. Anyone else seeing this, or know what to look at next?',
    ],
    sig: 'Veltra V9 Pro · stock · locked bootloader',
  },
  {
    id: '89123877',
    user: 'drummond_k',
    rank: 'Member',
    joined: 'Aug 30, 2022',
    posts: '48',
    likes: '21',
    loc: 'Basel',
    date: 'Mar 4, 2025',
    n: '#2',
    quote: 'Since the March security update my V9 Pro loses about 4% an hour sitting on the desk with the screen off.',
    paras: [
      'Same here on the Swiss variant, so it is not just your carrier. If you have adb set up, this will show which wakelocks are ' +
        'holding the phone awake:',
    ],
    code: 'adb shell dumpsys batterystats --charged | grep -i "wake lock" | head -20',
    after: ['Post the top few lines and we can narrow it down.'],
    reacts: 'mirela.t',
  },
  {
    id: '89124410',
    user: 'mirela.t',
    rank: 'Senior Member',
    joined: 'Jan 12, 2019',
    posts: '212',
    likes: '64',
    loc: 'Cluj',
    date: 'Mar 4, 2025',
    n: '#3',
    paras: [
      'Thanks. The top entry by a long way is <i>*job*/com.veltra.carrierservices/.ImsScanJob</i>, running every few minutes, with ' +
        'the modem wakelock right behind it. Nothing else is close.',
      'So it looks like the carrier services app rather than Android itself.',
    ],
    sig: 'Veltra V9 Pro · stock · locked bootloader',
  },
  {
    id: '89125002',
    user: 'Konstantin V.',
    rank: 'Recognized Contributor',
    joined: 'Mar 3, 2014',
    posts: '3,871',
    likes: '5,102',
    loc: 'Plovdiv',
    date: 'Mar 5, 2025',
    n: '#4',
    paras: [
      'That job belongs to the Wi-Fi calling handover that the March update switched on for every region. When the phone is on ' +
        'Wi-Fi and the carrier does not support Wi-Fi calling, it keeps scanning for an IMS server that never answers. Each scan ' +
        'wakes the modem, and that is your 4% an hour.',
      'Until Veltra ships a fix, this stops it:',
    ],
    list: [
      'Open Settings and go to Network &amp; internet, then SIMs.',
      'Select your SIM and turn off Wi-Fi calling, even if it already looks off.',
      'Restart the phone so the scheduled job is cancelled.',
      'Check the wakelock list again after an hour on the desk.',
    ],
    tail: ['The toggle sometimes shows as off when the update has enabled the service underneath it, which is why switching it on and ' + 'off again matters.'],
    sig: 'Not affiliated with Veltra. Please do not PM me for support, ask in the thread so everyone benefits.',
    reacts: 'mirela.t, drummond_k and 14 others',
  },
  {
    id: '89125533',
    user: 'mirela.t',
    rank: 'Senior Member',
    joined: 'Jan 12, 2019',
    posts: '212',
    likes: '64',
    loc: 'Cluj',
    date: 'Mar 5, 2025',
    n: '#5',
    paras: [
      'Confirmed. Turned Wi-Fi calling on and off, restarted, and overnight drain went back to 1% over eight hours. The ImsScanJob ' +
        'entry is gone from the list.',
      'Thanks both. I have reported it through the feedback app with a link to this thread.',
    ],
    edited: 'Mar 5, 2025',
    sig: 'Veltra V9 Pro · stock · locked bootloader',
    reacts: 'Konstantin V. and drummond_k',
  },
];
