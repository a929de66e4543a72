import { links, ps, type TestPage, texts } from './page-kit.js';
import { type KSite, kBylines, kFurniture, khoros } from './pages-heldout176-khoros.js';

/**
 * Held-out batch 176, file c2: a Samsung Community (Khoros, US) thread in the Galaxy phones board (the Samsung global
 * header and community nav, the breadcrumb, the hidden Topic Options menu, messages with ranks, post counts and "Solved"
 * marks, the "Samsung Care" promo in the rail, "Latest Discussions", the community footer and the Samsung footer).
 */
const ssTitle = 'Wireless charging stops at 80% even with Protect battery turned off';
const ssP1 = [
  'Since the October update my phone stops charging at 80% when it is on the wireless pad by my bed. Cable charging goes all ' +
    'the way to 100% as normal. I checked Settings, Battery, Battery protection and it is set to Basic, not Maximum.',
  'The pad is a 15W one that came with my previous phone and it worked fine for two years. Anyone else seeing this?',
];
const ssR1 = [
  'Basic protection in the new update works differently. It lets the phone charge to 100% and then lets it drop to 95% before ' +
    'topping up again, but only on a cable. On wireless it holds at 80% when the phone is warm, to keep the battery cooler.',
  'You can see this happening if you pull down the notification shade while it is charging. It will say charging paused to protect the battery.',
];
const ssR2 = [
  'Hello, thanks for reaching out. The behaviour described above is correct for this software version. When the phone ' +
    'detects a raised temperature on a wireless charger, it pauses at 80% and continues once it has cooled.',
  'A few things can help:',
];
const ssL = [
  'Take the phone out of a thick case while it charges.',
  'Turn on Fast wireless charging only if you need it, because it makes the phone warmer.',
  'Make sure the pad is not in direct sunlight or near a radiator.',
];
const ssR3 = ['If it still stops at 80% with the phone cool, please contact us through the Samsung Members app so we can take a look.'];
const ssR4 = [
  'Took the case off last night and it reached 100% by 6am. The case is a thick leather wallet, so that explains it. Thank you.',
  'For what it is worth, I also noticed the phone got noticeably warm when it sat on the pad with the case on. Without the ' +
    'case it stays cool and the charging icon no longer shows the pause message in the morning.',
];
const ssTop = ['Mobile', 'TV & Audio', 'Appliances', 'Computing', 'Support', 'Sign In'];
const ssNav = ['Community Home', 'Galaxy Phones', 'Tablets', 'Wearables', 'TV', 'Community Guidelines'];
const ssCrumbs = ['Samsung Community', 'Mobile', 'Galaxy S25'];
const ssLatest = ['Screen flicker at low brightness', 'Call audio cuts out on Bluetooth', 'Always On Display missing after update'];
const ssCare = ['Samsung Care', 'Get help with your Galaxy phone from our support team, 24/7.', 'Get Support'];
const ssFoot = ['Privacy', 'Terms of Use', 'Accessibility', 'Site Map', 'Do Not Sell or Share My Personal Information'];
const ssCopy = 'Copyright© 1995-2025 Samsung. All rights reserved.';
const ssSite: KSite = {
  host: 'us.community.samsung.com',
  community: 'Samsung Community',
  pageClass: 'ForumTopicPage',
  title: ssTitle,
  crumbs: ssCrumbs,
  kudosLabel: 'Likes',
  solved: true,
  replyCount: '3 Replies',
  header: `<header class="gnb" role="banner"><a class="gnb__logo" href="https://www.samsung.com/us/"><span class="blind">Samsung</span></a>
<ul class="gnb__menu">${links(ssTop, 'gnb__menu-item')}</ul></header>
<nav class="community-nav"><ul>${links(ssNav, 'community-nav__item')}</ul></nav>`,
  msgs: [
    {
      user: 'Delphine_R',
      rank: 'Asteroid',
      date: '11-02-2025',
      time: '10:41 PM',
      subject: ssTitle,
      kudos: '6',
      body: ps(ssP1),
    },
    { user: 'orbitalfern', rank: 'Cosmic Ray', date: '11-03-2025', time: '07:15 AM', subject: `Re: ${ssTitle}`, kudos: '4', body: ps(ssR1) },
    {
      user: 'SamsungLeona',
      rank: 'Samsung Moderator',
      date: '11-03-2025',
      time: '12:30 PM',
      subject: `Re: ${ssTitle}`,
      kudos: '3',
      solution: true,
      body: `${ps(ssR2)}\n<ul>${ssL.map((t) => `<li>${t}</li>`).join('\n')}</ul>\n${ps(ssR3)}`,
    },
    { user: 'Delphine_R', rank: 'Asteroid', date: '11-04-2025', time: '08:02 AM', subject: `Re: ${ssTitle}`, kudos: '2', body: ps(ssR4) },
  ],
  rail: `<div class="lia-panel custom-samsung-care"><h2>${ssCare[0]}</h2><p>${ssCare[1]}</p><a class="btn"
href="https://www.samsung.com/us/support/">${ssCare[2]}</a></div>
<div class="lia-panel lia-panel-standard latest-discussions"><h2 class="lia-panel-heading-bar-title">Latest Discussions</h2><ul>${links(ssLatest)}</ul></div>`,
  footer: `<footer class="footer"><ul>${links(ssFoot, 'footer__link')}</ul><p class="footer__copyright">${ssCopy}</p></footer>`,
};
export const samsungPage: TestPage = {
  name: 'heldout176-samsung-khoros-forum',
  kind: 'forum',
  html: khoros(ssSite),
  title: ssTitle,
  headings: [],
  body: texts([...ssP1, ...ssR1, ...ssR2, ...ssL, ...ssR3, ...ssR4]),
  bylines: kBylines(ssSite),
  furniture: [...kFurniture(ssSite), 'Samsung', ...ssTop, ...ssNav, ...ssCare, 'Latest Discussions', ...ssLatest, ...ssFoot, ssCopy],
};
