import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout468-kit.js';

/**
 * Held-out batch 468, file c: a barre studio's booking page on Webflow with an embedded Mindbody (healcode) schedule widget,
 * and a dance workshop's event page on Momence's hosted booking site (Next.js, MUI).
 */
const bTitle = 'Book a Class';
const bIntro = j(
  'Pick a class below and sign in with your Mindbody account to book. Spaces open seven days ahead at 7am, and you can cancel',
  'without charge up to eight hours before the class starts.',
);
type Sess = [string, string, string, string];
const bDays: [string, Sess[]][] = [
  [
    'Monday, March 9',
    [
      ['6:30 am - 7:20 am', 'Barre Burn', 'Lotte Farrant', 'Studio 1'],
      ['9:30 am - 10:20 am', 'Barre Basics', 'Anouk Reyes', 'Studio 1'],
      ['6:15 pm - 7:05 pm', 'Barre Sculpt', 'Lotte Farrant', 'Studio 2'],
    ],
  ],
  [
    'Tuesday, March 10',
    [
      ['7:00 am - 7:50 am', 'Reformer Fusion', 'Hattie Moss', 'Reformer Room'],
      ['12:10 pm - 12:55 pm', 'Express Barre', 'Anouk Reyes', 'Studio 1'],
    ],
  ],
  [
    'Wednesday, March 11',
    [
      ['6:30 am - 7:20 am', 'Barre Burn', 'Hattie Moss', 'Studio 1'],
      ['5:30 pm - 6:20 pm', 'Stretch and Release', 'Ines Calloway', 'Studio 2'],
      ['7:00 pm - 7:50 pm', 'Barre Sculpt', 'Lotte Farrant', 'Studio 1'],
    ],
  ],
];
const bSess = (s: Sess, k: string): string => `<div class="bw-session" data-bw-widget-mbo-class-id="${k}"><div class="bw-session__time">
<time class="hc_starttime" datetime="2026-03-09T06:30">${s[0].split(' - ')[0]}</time> - <time class="hc_endtime">${s[0].split(' - ')[1]}</time></div>
<div class="bw-session__info"><div class="bw-session__name">${s[1]}</div><div class="bw-session__staff">${s[2]}</div>
<div class="bw-session__location">${s[3]}</div></div><div class="bw-session__basics"><button class="bw-widget__signup-now bw-widget__cart_button"
data-url="https://cart.mindbodyonline.com/sites/40213/cart/add_booking?item%5Bmbo_id%5D=${k}">Book</button></div></div>`;
const bWidget = bDays.map(
  ([d, ss], i) => `<div class="bw-widget__day"><div class="bw-widget__date date-2026-03-${9 + i}">${d}</div>
${ss.map((s, k) => bSess(s, `${i}${k}81`)).join('\n')}</div>`,
);
const bAfter = [
  'New to Pulse?',
  j('Your first class is free. Create a Mindbody account, choose any Barre Basics or Stretch and Release class and use the code', 'FIRSTPULSE at checkout.'),
  'Grip socks are required in every class. You can buy a pair at the front desk for £8.',
];
const bNav = ['Classes', 'Schedule', 'Pricing', 'Instructors', 'FAQ'];
const bFoot = ['Pulse Barre Studio', '22 Millgate, Thornbury Cross', 'Careers', 'Privacy', 'Terms'];
const bHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Sun Mar 08 2026 21:14:10 GMT+0000 -->
<html data-wf-domain="www.pulsebarre.example" data-wf-page="65c2a0f1e4d3b2a1c0f9e8d7" data-wf-site="65c2a0f1e4d3b2a1c0f9e8c1"><head><meta charset="utf-8">
<title>Book a Class | Pulse Barre Studio</title><meta content="Book barre, reformer and stretch classes online." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65c2a0f1e4d3b2a1c0f9e8c1/css/pulse-barre.webflow.shared.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js"}(window,document);</script>
<script src="https://widgets.mindbodyonline.com/javascripts/healcode.js" type="text/javascript"></script></head>
<body class="body-book"><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav">
<div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/logo.svg" loading="lazy" alt="Pulse Barre"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${bNav.map((n) => `<a href="/${n.toLowerCase()}" class="nav-link w-nav-link">${n}</a>`).join('')}
<a href="/book" aria-current="page" class="button nav-button w-button w--current">Book Now</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-small"><div class="w-layout-blockcontainer container w-container"><h1 class="heading-xl">${bTitle}</h1>
<p class="paragraph-large">${bIntro}</p></div></section>
<section class="section schedule"><div class="w-layout-blockcontainer container w-container"><div class="w-embed w-script">
<healcode-widget data-type="schedules" data-widget-partner="object" data-widget-id="8a1234b5c6d" data-widget-version="1">
<div class="healcode bw-widget bw-widget--medium" data-bw-widget-type="schedules"><div class="bw-widget__header"><div class="bw-header__filters">
<div class="bw-filter bw-filter--sessions"><span class="bw-filter__title">Class</span><select class="bw-filter__select"><option>All classes</option>
</select></div>
<div class="bw-filter bw-filter--staff"><span class="bw-filter__title">Instructor</span><select class="bw-filter__select">
<option>All instructors</option></select></div>
</div><div class="bw-header__controls"><button class="bw-header__prev" aria-label="Previous week">&lsaquo;</button>
<span class="bw-header__date-range">Mar 9 - Mar 15</span><button class="bw-header__today">Today</button>
<button class="bw-header__next" aria-label="Next week">&rsaquo;</button></div></div><div class="bw-widget__sessions">
${bWidget.join('\n')}
</div><div class="bw-widget__footer"><a class="bw-widget__powered-by" href="https://www.mindbodyonline.com" target="_blank">Powered by Mindbody</a></div>
</div></healcode-widget></div></div></section>
<section class="section new-clients"><div class="container w-container"><div class="w-layout-grid grid-2col"><div id="w-node-_1f2e-3d4c" class="new-text">
<h2 class="heading-m">${at(bAfter, 0)}</h2><p>${at(bAfter, 1)}</p><p>${at(bAfter, 2)}</p></div>
<a href="/intro-offer" class="button w-button">Claim your free class</a></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid">
<div class="footer-brand">${ps(bFoot.slice(0, 2), ' class="footer-text"')}</div>
<div class="footer-links">${bFoot
  .slice(2)
  .map((n) => `<a href="/${n.toLowerCase()}" class="footer-link">${n}</a>`)
  .join('')}</div></div>
<div class="footer-copy">© 2026 Pulse Barre Studio Ltd.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65c2a0f1e4d3b2a1c0f9e8c1/js/webflow.js" type="text/javascript"></script></body></html>`;
const mindbody: TestPage = {
  name: 'heldout468-webflow-mindbody-booking',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: [...bDays.map(([d]) => d), at(bAfter, 0)],
  body: texts([bIntro, ...bDays.flatMap(([, ss]) => ss.map((s) => s.join(' '))), at(bAfter, 1), at(bAfter, 2)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bNav, 'Book Now', 'Class', 'Instructor', 'Mar 9 - Mar 15', 'Today', 'Book', 'Powered by Mindbody', 'Claim your free class', ...bFoot,
    '© 2026 Pulse Barre Studio Ltd.',
  ],
};

const mTitle = 'Contact Improvisation Weekend Intensive';
const mFacts = ['Sat, May 16, 2026 · 10:00 AM - Sun, May 17, 2026 · 5:00 PM BST', 'Fernlight Studios, 5 Tanners Yard, Bristow', '£95.00'];
const mAbout = [
  j(
    'Two days of rolling, falling, lifting and listening. This intensive is for dancers and movers who have taken a few contact',
    'classes and want to go deeper into weight sharing and the skills that keep a partnership safe at speed.',
  ),
  j(
    'Saturday begins with the body on the floor: spirals, rolling points of contact and the small falls that make big ones easy.',
    'In the afternoon we move into counterbalance and the first simple lifts. Sunday is built around a long open jam with live',
    'music, with short technique breaks when something in the room needs looking at.',
  ),
  'Please bring water, a snack for the breaks and clothes that cover your knees and elbows. There is no need for a partner.',
];
const mPolicy = 'Tickets can be refunded in full up to 14 days before the intensive. After that we can move your ticket to a friend free of charge.';
const mMore = ['Thursday Contact Class', 'Open Jam: Last Friday', 'Floorwork for Beginners'];
const mHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Contact Improvisation Weekend Intensive | Fernlight Dance Collective | Momence</title>
<meta name="description" content="Two days of rolling, falling, lifting and listening."><meta property="og:site_name" content="Momence">
<meta name="next-head-count" content="7"><link rel="preload" href="/_next/static/css/5e1d2a7b9c0f4e31.css" as="style">
<link rel="stylesheet" href="/_next/static/css/5e1d2a7b9c0f4e31.css" data-n-g="">
<style data-emotion="css-global 0">html{-webkit-font-smoothing:antialiased}body{margin:0;color:rgba(0,0,0,0.87)}</style>
<style data-emotion="css 1x2w3e 8k9l0m 4h5t6y">.css-1x2w3e{display:flex;flex-direction:column;gap:16px}.css-8k9l0m{margin:0;font-weight:700}</style>
<script src="/_next/static/chunks/webpack-7b0f3f1c2d.js" defer=""></script><script src="/_next/static/chunks/main-3a9d9c1e.js" defer=""></script></head>
<body><div id="__next"><div class="MuiBox-root css-0"><header class="MuiPaper-root MuiAppBar-root MuiAppBar-positionStatic css-1q2w3e">
<div class="MuiToolbar-root MuiToolbar-regular css-2r3t4y"><a class="MuiTypography-root MuiLink-root css-5u6i7o" href="/fernlight-dance-collective">
<img alt="Fernlight Dance Collective logo" src="https://momence.com/_next/image?url=logo.png&amp;w=96&amp;q=75">
<span class="MuiTypography-root MuiTypography-subtitle1 css-8k9l0m">Fernlight Dance Collective</span></a><div class="MuiBox-root css-9o0p1a">
<button class="MuiButtonBase-root MuiButton-root MuiButton-text css-2s3d4f" type="button">Log in</button></div></div></header>
<main class="MuiContainer-root MuiContainer-maxWidthLg css-5g6h7j"><div class="MuiGrid-root MuiGrid-container MuiGrid-spacing-xs-4 css-8j9k0l">
<div class="MuiGrid-root MuiGrid-item MuiGrid-grid-xs-12 MuiGrid-grid-md-8 css-1a2s3d"><div class="MuiBox-root css-1x2w3e">
<img class="css-4f5g6h" alt="Two dancers in a lift" src="https://momence.com/_next/image?url=event-cover.jpg&amp;w=1080&amp;q=75">
<h1 class="MuiTypography-root MuiTypography-h4 css-8k9l0m">${mTitle}</h1>
<p class="MuiTypography-root MuiTypography-body2 css-7h8j9k">Hosted by <a href="/fernlight-dance-collective">Fernlight Dance Collective</a></p>
${mFacts
  .slice(0, 2)
  .map(
    (f) => `<div class="MuiStack-root css-3e4r5t"><svg class="MuiSvgIcon-root css-vubbuv" aria-hidden="true"></svg>
<p class="MuiTypography-root MuiTypography-body1 css-6y7u8i">${f}</p></div>`,
  )
  .join('\n')}
<hr class="MuiDivider-root css-39bbo6"><h2 class="MuiTypography-root MuiTypography-h6 css-8k9l0m">About this event</h2>
<div class="MuiBox-root css-0 ql-editor">${ps(mAbout)}</div>
<h2 class="MuiTypography-root MuiTypography-h6 css-8k9l0m">Cancellation policy</h2><p class="MuiTypography-root MuiTypography-body2">${mPolicy}</p>
</div></div><div class="MuiGrid-root MuiGrid-item MuiGrid-grid-xs-12 MuiGrid-grid-md-4 css-1a2s3d"><div class="MuiPaper-root MuiCard-root css-0q9w8e">
<div class="MuiCardContent-root css-1qw2e3"><span class="MuiTypography-root MuiTypography-overline">Price</span>
<p class="MuiTypography-root MuiTypography-h5 css-8k9l0m">${at(mFacts, 2)}</p><p class="MuiTypography-root MuiTypography-caption">11 spots left</p>
<button class="MuiButtonBase-root MuiButton-root MuiButton-contained MuiButton-fullWidth css-7r6t5y" type="button">Buy ticket</button>
<button class="MuiButtonBase-root MuiButton-root MuiButton-text css-2s3d4f" type="button">Add to calendar</button></div></div>
<div class="MuiBox-root css-4r5t6y"><h3 class="MuiTypography-root MuiTypography-subtitle2">More from Fernlight Dance Collective</h3>
${mMore
  .map(
    (m) => `<a class="MuiCardActionArea-root css-9i8u7y" href="/fernlight-dance-collective/${m.length}">
<p class="MuiTypography-root MuiTypography-body2">${m}</p></a>`,
  )
  .join('\n')}</div></div></div></main>
<footer class="MuiBox-root css-2w3e4r"><p class="MuiTypography-root MuiTypography-caption">Powered by <a href="https://momence.com">Momence</a></p>
<a class="MuiLink-root css-5t6y7u" href="https://momence.com/privacy-policy">Privacy policy</a>
<a class="MuiLink-root css-5t6y7u" href="https://momence.com/terms">Terms of service</a></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"event":{"id":418822,"title":"${mTitle}","price":95,"currency":"GBP"}}},
"page":"/[hostSlug]/events/[eventSlug]","buildId":"b7Yt2kQ9"}</script></body></html>`;
const momence: TestPage = {
  name: 'heldout468-momence-event',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: ['About this event', 'Cancellation policy'],
  body: texts([...mFacts.slice(0, 2), ...mAbout, mPolicy, at(mFacts, 2)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fernlight Dance Collective', 'Log in', 'Hosted by Fernlight Dance Collective', 'Price', '11 spots left', 'Buy ticket', 'Add to calendar',
    'More from Fernlight Dance Collective', ...mMore, 'Powered by Momence', 'Privacy policy', 'Terms of service',
  ],
};

export const HELDOUT468_C: readonly TestPage[] = [mindbody, momence];
