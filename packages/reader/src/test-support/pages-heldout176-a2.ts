import { ps, type TestPage, texts } from './page-kit.js';
import { discourse } from './pages-heldout176-disc.js';

/**
 * Held-out batch 176, file a2: a World of Warcraft forums (Discourse, Blizzard theme) technical support topic (the empty
 * blz-nav web component whose text lives in a shadow root, the forum sub-header, the "Log In" header button, the sidebar,
 * replies that show the poster's character level, race and class as the user title, a Blizzard Customer Support reply with
 * the blue-post class, the topic map, timeline, related topics and the Blizzard footer).
 */
const wowTitle = 'Game freezes for several seconds every time I open the Collections window';
const wowP1 = [
  'Since the patch on Tuesday my game locks up for five to ten seconds whenever I open Collections, either with the keybind or ' +
    'from the micro menu. The music keeps playing but the screen is frozen, and then it comes back as if nothing happened.',
  'It happens on every character, including a fresh one on a realm where I have never logged in before. It did not happen ' +
    'before the patch, and nothing else in the game stutters like this.',
  'What I have tried so far:',
];
const wowL1 = ['Disabled all addons and reloaded.', 'Ran Scan and Repair from the launcher.', 'Updated my graphics driver to the newest version.'];
const wowP2 = ['None of that made any difference. I am on Windows 11 with a fairly new PC, so it is not an old machine struggling.'];
const wowR1 = [
  'Same here, it started with the patch. For me it is worst on the mounts tab. If I open Collections a second time in the same ' +
    'session it is instant, so it seems to be loading something the first time.',
];
const wowR2 = [
  'Try deleting the Cache folder in your World of Warcraft _retail_ directory with the game closed. The game rebuilds it on the ' +
    'next login. That fixed the freeze for me, though the first open after deleting it was slow one more time.',
];
const wowR3 = ['Deleting Cache helped a bit. It is down to two or three seconds now, but it is still there every time I log in.'];
const wowR4 = [
  'Thanks for all the details, everyone. We are aware that some players see a long pause the first time they open the ' +
    'Collections window after logging in, and the development team is looking into it.',
  'In the meantime, a few things have helped players we have spoken to:',
];
const wowL2 = [
  'Make sure the game is installed on an SSD rather than a hard drive.',
  'In Windows Graphics settings, set Wow.exe to High performance so it does not use the integrated graphics.',
  'Reset your user interface by renaming the Interface, Cache and WTF folders, then launch the game again.',
];
const wowR4b = ['If none of this helps, please post a DxDiag report and we will take a closer look.'];
const wowR5 = [
  'The Windows Graphics setting was the one for me. My laptop was running the game on the integrated chip after the update. ' +
    'Collections opens instantly now.',
];
const wowSub = ['Forums', 'Blue Tracker', 'Code of Conduct', 'Support'];
const wowFoot = ['Careers', 'About', 'Support', 'Contact Us', 'Press', 'API', 'Privacy', 'Terms', 'Legal', 'Cookie Policy', 'Cookie Settings'];
const wowCopy = '©2025 Blizzard Entertainment, Inc. All rights reserved.';
const wow = discourse({
  host: 'us.forums.blizzard.com',
  site: 'World of Warcraft Forums',
  topicId: 2101887,
  slug: 'game-freezes-for-several-seconds-every-time-i-open-the-collections-window',
  title: wowTitle,
  desc: wowP1[0] ?? '',
  parent: 'Support',
  cat: 'Technical Support',
  tags: [],
  buttons: ['Log In'],
  sidebar: [
    { title: 'Categories', items: ['General Discussion', 'Story', 'Customer Support', 'Technical Support', 'Bug Report', 'All categories'] },
    { title: 'More', items: ['About', 'FAQ', 'Groups', 'Badges'] },
  ],
  bodyClass: 'wow-theme blizzard-theme',
  stats: [
    ['2.3k', 'views'],
    ['19', 'likes'],
    ['6', 'users'],
  ],
  timeline: ['Nov 2025', '1 / 6', '3d'],
  posts: [
    {
      user: 'Thornwick-Stormrage',
      title: '80 Dwarf Shaman',
      date: 'Nov 5',
      full: 'Nov 5, 2025 7:42 pm',
      likes: '5',
      cooked: `${ps(wowP1)}\n<ul>${wowL1.map((t) => `<li>${t}</li>`).join('\n')}</ul>\n${ps(wowP2)}`,
    },
    { user: 'Ambrielle-Moonguard', title: '80 Night Elf Druid', date: 'Nov 5', full: 'Nov 5, 2025 8:15 pm', likes: '3', cooked: ps(wowR1) },
    { user: 'Korvash-Illidan', title: '78 Orc Hunter', date: 'Nov 6', full: 'Nov 6, 2025 1:03 am', likes: '2', cooked: ps(wowR2) },
    { user: 'Thornwick-Stormrage', title: '80 Dwarf Shaman', date: 'Nov 6', full: 'Nov 6, 2025 5:50 pm', replyTo: 'Korvash-Illidan', cooked: ps(wowR3) },
    {
      user: 'Selvanne',
      title: 'Blizzard Customer Support',
      cls: 'blizzard',
      date: 'Nov 7',
      full: 'Nov 7, 2025 11:26 am',
      likes: '6',
      cooked: `${ps(wowR4)}\n<ul>${wowL2.map((t) => `<li>${t}</li>`).join('\n')}</ul>\n${ps(wowR4b)}`,
    },
    { user: 'Pellinor-Zuljin', title: '80 Human Paladin', date: 'Nov 8', full: 'Nov 8, 2025 9:37 pm', likes: '3', cooked: ps(wowR5) },
  ],
  related: [
    { title: 'Stuttering in Dornogal after latest patch', cat: 'Technical Support', replies: '42', views: '5.6k', act: 'Nov 4' },
    { title: 'Addon memory spikes when opening bags', cat: 'Technical Support', replies: '9', views: '731', act: 'Oct 29' },
    { title: 'Long loading screens on HDD installs', cat: 'Customer Support', replies: '17', views: '2.0k', act: 'Oct 12' },
  ],
  top: `<blz-nav locale="en-us" region="us" content="forums" style="display:block;min-height:48px;"></blz-nav>
<div class="wow-subheader"><a class="wow-subheader__logo" href="/en/wow/"><img alt="World of Warcraft" src="https://us.forums.blizzard.com/wow-logo.png"></a>
<nav class="wow-subheader__nav"><ul>${wowSub.map((t) => `<li><a href="/en/wow/${t.length}">${t}</a></li>`).join('')}</ul></nav></div>`,
  bottom: `<blz-footer locale="en-us"></blz-footer><footer class="blz-forums-footer"><ul class="blz-forums-footer__links">
${wowFoot.map((t) => `<li><a href="https://www.blizzard.com/${t.length}">${t}</a></li>`).join('')}</ul><p class="blz-forums-footer__legal">${wowCopy}</p>
</footer>`,
});
export const wowPage: TestPage = {
  name: 'heldout176-wow-discourse-forum',
  kind: 'forum',
  html: wow.html,
  // character level, race and class lines are furniture (user titles), names and dates bylines
  title: wowTitle,
  headings: [],
  body: texts([...wowP1, ...wowL1, ...wowP2, ...wowR1, ...wowR2, ...wowR3, ...wowR4, ...wowL2, ...wowR4b, ...wowR5]),
  bylines: wow.bylines,
  furniture: [...wow.furniture, ...wowSub, ...wowFoot, wowCopy],
};
