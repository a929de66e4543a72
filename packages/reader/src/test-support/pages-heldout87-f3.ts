/**
 * Held-out batch 87, file f3: the posts and interface texts of the Discourse topic of file f.
 */
export interface DcPost {
  n: number;
  name: string;
  user: string;
  title?: string;
  date: string;
  body: string[];
  list?: string[];
  after?: string[];
  code?: string;
  quote?: { user: string; n: number; text: string };
  likes?: string;
}
export const dcTitle = 'Zigbee sensors drop off the network after updating to firmware 4.2';
export const dcPosts: DcPost[] = [
  {
    n: 1,
    name: 'Priya Raman',
    user: 'priya_r',
    date: 'Oct 12',
    body: [
      'Since my hub updated itself to 4.2.0 on Friday night, four of my eleven Zigbee door sensors keep dropping off the network. ' +
        'They show as “unavailable” a few hours after I re-pair them, and the automations that depend on them obviously stop working.',
      'All four are the same model (Larchwood DS-2), and they are the ones furthest from the hub, in the garage and the back porch. ' +
        'The motion sensors and the plugs are fine. Things I have tried so far:',
    ],
    list: [
      'Rebooting the hub and power-cycling the sensors.',
      'Re-pairing each sensor right next to the hub and then moving it back.',
      'Replacing the batteries, even though they reported 80 percent.',
    ],
    after: ['This is the relevant bit of the log from the last drop-off:'],
    code: '2025-10-12 06:41:17 zigbee WARN device 0x4F2A missed 3 check-ins, marking unavailable',
    likes: '2',
  },
  {
    n: 2,
    name: 'Tomasz Kowal',
    user: 'tkowal',
    title: 'Regular',
    date: 'Oct 12',
    body: [
      'Are the plugs between the hub and the garage? Mains-powered Zigbee devices act as routers, so battery sensors far away usually ' +
        'connect through them rather than to the hub directly.',
      'Also worth checking which Zigbee channel the hub is on now. Go to Settings, then Radios, and it is shown under the network ID.',
    ],
  },
  {
    n: 3,
    name: 'Priya Raman',
    user: 'priya_r',
    date: 'Oct 12',
    body: [
      'Yes, there is a smart plug in the utility room between the two. And the channel is 25, which surprised me. I am fairly sure it ' +
        'was 15 before the update, because I set it myself to keep away from my Wi-Fi.',
    ],
  },
  {
    n: 4,
    name: 'Elena Ruiz',
    user: 'elena_larchwood',
    title: 'Larchwood Staff',
    date: 'Oct 13',
    body: [
      'Thanks for the detail, that channel change is the clue. Firmware 4.2.0 has a bug where the hub can move to a new Zigbee ' +
        'channel during the update if it was on a channel it considers busy. Most devices follow it, but some older sensors, including ' +
        'the DS-2, do not always rejoin through a router after a channel change.',
      'Until 4.2.1 is out, this should fix it:',
    ],
    list: [
      'Set the channel back to the one you used before in Settings, Radios, Zigbee channel.',
      'Wait ten minutes for the routers to move with the hub.',
      'Wake each DS-2 by opening and closing the door a couple of times. They should rejoin on their own.',
    ],
    after: [
      'If a sensor still shows as unavailable after an hour, re-pair it where it is mounted, not next to the hub, so that it joins ' +
        'through the nearest router. The fix for the channel change is in 4.2.1, which we expect to release next week.',
    ],
    likes: '9',
  },
  {
    n: 5,
    name: 'Ben Hartley',
    user: 'benh',
    date: 'Oct 14',
    body: [
      'Same problem here with two DS-2s in a shed. Putting the channel back to 20 fixed both of them within a few minutes. Thank you, ' +
        'I was about to buy new sensors.',
    ],
    likes: '1',
  },
  {
    n: 6,
    name: 'Priya Raman',
    user: 'priya_r',
    date: 'Oct 15',
    quote: { user: 'elena_larchwood', n: 4, text: 'Set the channel back to the one you used before in Settings, Radios, Zigbee channel.' },
    body: [
      'Done that, and all four sensors have stayed online for two days now, including the one in the garage. I will leave the channel ' +
        'alone until 4.2.1 lands. Marking your answer as the solution.',
    ],
  },
];
export const dcBanner = 'Firmware 4.3 is rolling out this week. Read the release notes before updating your hub.';
export const dcHeader = ['Sign Up', 'Log In'];
export const dcSidebar = [
  { title: 'Topics', items: ['Topics', 'More'] },
  { title: 'Categories', items: ['Announcements', 'Support', 'Integrations', 'Feature Requests', 'All categories'] },
  { title: 'Tags', items: ['zigbee', 'firmware', 'automations', 'All tags'] },
];
export const dcSidebarMore = ['Users', 'About', 'FAQ', 'Groups', 'Badges'];
export const dcTopicTags = ['zigbee', 'firmware'];
export const dcMap = [
  ['1.3k', 'views'],
  ['12', 'likes'],
  ['1', 'link'],
  ['4', 'users'],
];
export const dcSolved = 'Solved by elena_larchwood in post #4';
export const dcSolvedExcerpt = 'Thanks for the detail, that channel change is the clue. Firmware 4.2.0 has a bug where the hub can move to a new Zigbee…';
export const dcTimeline = ['Oct 12', '1 / 6', 'Oct 2025', '27d'];
export const dcFooterButtons = ['Share', 'Bookmark', 'Reply'];
export const dcSuggested = [
  { title: 'Hub stuck on “Updating” after firmware 4.2.0', cat: 'Support', replies: '7', views: '412', activity: 'Oct 20' },
  { title: 'DS-2 battery level jumps between 100% and 20%', cat: 'Support', replies: '3', views: '188', activity: 'Sep 28' },
  { title: 'Firmware 4.2.1 release notes', cat: 'Announcements', replies: '15', views: '2.1k', activity: '5d' },
];
export const dcSuggestedHead = ['Topic', 'Replies', 'Views', 'Activity'];
export const dcMore = 'Want to read more? Browse other topics in Support or view latest topics.';
