import { ps, type TestPage, texts } from './page-kit.js';
import { wowPage } from './pages-heldout176-a2.js';
import { discourse } from './pages-heldout176-disc.js';

/**
 * Held-out batch 176, file a: an EVE Online forums (Discourse) topic in the player ideas category (the Cookiebot banner,
 * the CCP top bar, the d-header with "Log In", the anonymous sidebar, a proposal post with its own h2 sections, player
 * replies with character titles, a CCP developer reply with its group flair, the topic map, timeline, related topics and the
 * CCP footer) and, from file a2, a World of Warcraft forums topic.
 */
const eveTitle = 'Proposal: let haulers pre-load courier contracts from a corporation hangar';
const eveP1 = [
  'I have been running a small hauling corp out of Ostrava for about four years, and one part of our day is still far more manual ' +
    'than it needs to be. I would like to suggest a change to how courier contracts are created from corp hangars.',
];
const eveH1 = 'The problem';
const eveP2 = [
  'Right now, if a corp member wants us to move goods, they have to take the items out of the corp hangar, put them in their ' +
    'personal hangar, create the courier contract from there, and then the hauler accepts it. For a corp that moves forty or fifty ' +
    'contracts a week, that is a lot of dragging and a lot of room for mistakes.',
  'Last month one of our newer members moved a stack of fuel blocks into the wrong division and it sat there for eleven days ' +
    'before anyone noticed. Nobody lost anything, but the station it was meant for ran low on fuel and we had to do an emergency run.',
];
const eveH2 = 'The proposal';
const eveP3 = ['Allow courier contracts to be created directly from a corp hangar division, with three rules:'];
const eveList = [
  'Only members with the Container Take role for that division can create the contract.',
  'The collateral is paid from the corp wallet division chosen by the director, not from the member.',
  'The contract shows the division name to the hauler, so they know where the goods came from.',
];
const eveH3 = 'What this would not change';
const eveP4 = [
  'Haulers would still accept, pick up and deliver the contract the same way. Scams would not get easier, because the person ' +
    'creating the contract needs a role the director already trusts them with. Public contracts would work exactly as they do today.',
  'Happy to hear what other haulers and logistics directors think before this goes further.',
];
const eveR1 = [
  'Strong support from me. We run a jump freighter service for two alliances and half of our support tickets are people who ' +
    'made the contract from the wrong place. Anything that keeps items inside the corp structure is a win.',
];
const eveR2 = [
  'I like it, but the collateral part worries me. If a junior member can spend the corp wallet on collateral, a director needs ' +
    'a way to cap it. Maybe a maximum collateral per contract set on the division?',
];
const eveR3 = [
  'Good point about the cap. I would be fine with that as a fourth rule. Most of our contracts are under two billion ISK of ' +
    'collateral, so a per-division limit would cover us easily.',
];
const eveR4 = [
  'Thanks for the detailed write-up, this is a useful thread. We have passed it to the team that works on corporation tools, ' +
    'and the collateral cap is exactly the kind of detail we would want to get right.',
  'No promises on timing, but please keep the feedback coming here. It helps to hear from people who run these operations every day.',
];
const eveR5 = [
  'Bumping this because it came up again in our logistics channel tonight. Two more members asked if we could do contracts ' +
    'straight from the hangar. If it helps the team, we are happy to test it on Singularity.',
];
const eveSidebar = [
  {
    title: 'Categories',
    items: ['EVE Information Portal', 'Player Features and Ideas Discussion', 'General Discussion', 'EVE Technology Lab', 'All categories'],
  },
  { title: 'More', items: ['About', 'FAQ', 'Groups', 'Badges'] },
];
const eveCookie = [
  'This website uses cookies',
  'We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. You consent ' +
    'to our cookies if you continue to use our website.',
];
const eveCookieBtns = ['Deny', 'Customize', 'Allow all'];
const eveTop = ['EVE Online', 'Play Free', 'News', 'Support', 'Community', 'Store'];
const eveFoot = ['Community Guidelines', 'Terms of Service', 'EULA', 'Privacy Policy', 'Cookie Settings'];
const eveCopy = '© 2025 CCP ehf. All rights reserved.';
const eve = discourse({
  host: 'forums.eveonline.com',
  site: 'EVE Online Forums',
  topicId: 498213,
  slug: 'proposal-let-haulers-pre-load-courier-contracts-from-a-corporation-hangar',
  title: eveTitle,
  desc: eveP1[0] ?? '',
  cat: 'Player Features and Ideas Discussion',
  tags: ['corporations', 'industry'],
  buttons: ['Log In'],
  sidebar: eveSidebar,
  bodyClass: 'eve-theme',
  stats: [
    ['1.4k', 'views'],
    ['38', 'likes'],
    ['5', 'users'],
  ],
  timeline: ['Nov 2025', '1 / 6', 'Nov 12'],
  posts: [
    {
      user: 'Tarrow_Vell',
      title: 'Ostrava Cargo Works',
      date: 'Nov 3',
      full: 'Nov 3, 2025 4:12 pm',
      likes: '21',
      cooked: `${ps(eveP1)}\n<h2>${eveH1}</h2>\n${ps(eveP2)}\n<h2>${eveH2}</h2>\n${ps(eveP3)}\n<ol>${eveList.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<h2>${eveH3}</h2>\n${ps(eveP4)}`,
    },
    { user: 'Lysa_Korhonen', title: 'Bright Lantern Logistics', date: 'Nov 3', full: 'Nov 3, 2025 6:40 pm', likes: '6', cooked: ps(eveR1) },
    { user: 'Grendel_Ashgrove', date: 'Nov 4', full: 'Nov 4, 2025 9:05 am', likes: '4', replies: '1 Reply', cooked: ps(eveR2) },
    { user: 'Tarrow_Vell', title: 'Ostrava Cargo Works', date: 'Nov 4', full: 'Nov 4, 2025 11:30 am', replyTo: 'Grendel_Ashgrove', cooked: ps(eveR3) },
    {
      user: 'CCP_Halvard',
      title: 'EVE Online Development Team',
      cls: 'group-CCP',
      date: 'Nov 6',
      full: 'Nov 6, 2025 2:18 pm',
      likes: '7',
      cooked: ps(eveR4),
    },
    { user: 'Mirel_Oyelaran', date: 'Nov 12', full: 'Nov 12, 2025 10:51 pm', cooked: ps(eveR5) },
  ],
  related: [
    { title: 'Corporation hangar logs should show who moved what', cat: 'Player Features and Ideas Discussion', replies: '14', views: '602', act: 'Oct 21' },
    { title: 'Freighter cargo scanner feedback thread', cat: 'General Discussion', tags: ['industry'], replies: '57', views: '3.1k', act: 'Nov 8' },
    { title: 'Courier contract collateral in wallet divisions', cat: 'EVE Technology Lab', replies: '3', views: '188', act: 'Sep 30' },
  ],
  top: `<div id="CybotCookiebotDialog" role="dialog" aria-modal="true" class="CybotCookiebotDialogActive"><div class="CybotCookiebotDialogContentWrapper">
<h2 id="CybotCookiebotDialogBodyContentTitle">${eveCookie[0]}</h2><div id="CybotCookiebotDialogBodyContentText">${eveCookie[1]}</div>
<div id="CybotCookiebotDialogBodyButtonsWrapper">${eveCookieBtns.map((b) => `<button class="CybotCookiebotDialogBodyButton">${b}</button>`).join('')}</div>
</div></div>
<div class="ccp-topbar"><nav class="ccp-topbar__nav"><ul>${eveTop
    .map(
      (t) => `<li><a href="https://www.eveonline.com/${t.length}">${t}</a>
</li>`,
    )
    .join('')}</ul></nav></div>`,
  bottom: `<footer class="ccp-footer"><ul class="ccp-footer__links">${eveFoot.map((t) => `<li><a href="/${t.length}">${t}</a></li>`).join('')}</ul>
<p class="ccp-footer__copyright">${eveCopy}</p></footer>`,
});
const evePage: TestPage = {
  name: 'heldout176-eve-online-discourse-forum',
  kind: 'forum',
  html: eve.html,
  // the proposal's own h2s are the headings; player names, the CCP developer name and post dates are bylines; user titles,
  // the CCP flair text, likes, the topic map, timeline, related topics, sidebar, cookie banner, top bar and footer are furniture
  title: eveTitle,
  headings: [eveH1, eveH2, eveH3],
  body: texts([...eveP1, ...eveP2, ...eveP3, ...eveList, ...eveP4, ...eveR1, ...eveR2, ...eveR3, ...eveR4, ...eveR5]),
  bylines: eve.bylines,
  furniture: [...eve.furniture, ...eveCookie, ...eveCookieBtns, ...eveTop, ...eveFoot, eveCopy],
};

export const HELDOUT176_A: readonly TestPage[] = [evePage, wowPage];
