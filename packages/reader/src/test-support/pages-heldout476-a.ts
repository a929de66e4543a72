import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, type Qa } from './pages-heldout476-kit.js';

/**
 * Held-out batch 476, file a: a washing machine FAQ article on a Zendesk Guide help center (Copenhagen theme) and an
 * earbuds support hub with an FAQ accordion on a Next.js site (Tailwind, Radix accordion, OneTrust banner).
 */
const zTitle = 'WM-7 washing machines: frequently asked questions';
const zIntro = 'Answers to the questions our support team hears most often about the WM-7 and WM-7 Steam front loaders.';
const zGroups: { h: string; qas: Qa[] }[] = [
  {
    h: 'Installation',
    qas: [
      {
        q: 'Do I need to remove the transit bolts?',
        a: [
          j(
            'Yes. The four transit bolts on the back panel hold the drum still during delivery. Run the machine with them in and the drum',
            'will knock against the cabinet on the first spin. Keep the bolts and the plastic caps in case you move house.',
          ),
        ],
      },
      {
        q: 'Can the WM-7 sit on a wooden floor?',
        a: [
          j(
            'It can, as long as the floor is firm. Put the machine as close to a wall as you can and level it with the four feet until the',
            'bubble on the top panel sits in the middle. A vibration mat helps on older boards.',
          ),
        ],
      },
    ],
  },
  {
    h: 'Everyday use',
    qas: [
      {
        q: 'Why does the door stay locked after the cycle ends?',
        a: [
          j(
            'The door lock releases only when the water level is below the door seal and the drum has cooled under 55 °C. After a hot',
            'wash this can take up to three minutes. If the door is still locked after ten minutes, check the drain filter for a blockage.',
          ),
        ],
      },
      {
        q: 'How much detergent should I use?',
        a: [
          j(
            'Use the dose printed for soft water on the pack, even if your water is medium hard. The WM-7 weighs the',
            'load and uses less water than older machines, so a full dose leaves residue and extra foam.',
          ),
        ],
      },
      {
        q: 'What does the drum clean programme do?',
        a: [
          j(
            'It runs the empty drum at 90 °C with an extra rinse to wash out detergent and',
            'limescale. Run it once a month, or when the display shows the drum icon.',
          ),
        ],
      },
    ],
  },
];
const zSide = [
  'WM-7 washing machines: frequently asked questions',
  'Error codes E10 to E45 on WM-series washers',
  'Cleaning the drain pump filter',
  'Registering your appliance for warranty',
];
const zRel = ['Cleaning the drain pump filter', 'Why is my washing machine shaking on spin?', 'Choosing a programme for wool and silk'];
const zCrumbs = ['Norrvik Home Help Center', 'Laundry', 'Washing machines'];
const zQa = (qa: Qa): string => `<h3>${qa.q}</h3>\n${ps(qa.a)}`;
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta charset="utf-8"><!-- v26890 -->
<title>${zTitle} &ndash; Norrvik Home Help Center</title>
<meta content="Norrvik Home Help Center" name="author"><meta content="${zIntro}" name="description">
<meta property="og:type" content="website"><meta property="og:site_name" content="Norrvik Home Help Center"><meta property="og:title" content="${zTitle}">
<link rel="canonical" href="https://support.norrvikhome.com/hc/en-us/articles/4410093817233-WM-7-washing-machines-frequently-asked-questions">
<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-ebf8d0a6b1d4a4a2.css" media="all">
<link rel="stylesheet" href="//theme.zdassets.com/theme_assets/9917344/f1e0c3a2d7.css" media="all">
<script src="//static.zdassets.com/hc/assets/en-us.1f3a95b2.js"></script>
<script type="text/javascript">window.HelpCenter = {}; HelpCenter.account = {"subdomain":"norrvikhome","environment":"production","name":"Norrvik Home"};
HelpCenter.user = {"identifier":"da39a3ee","role":"anonymous"}; HelpCenter.internal = {"current_session":{"locale":"en-us"}};</script>
<script src="//theme.zdassets.com/theme_assets/9917344/script.js"></script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><img src="//theme.zdassets.com/theme_assets/9917344/logo.png"
alt="Norrvik Home Help Center home page"></a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a href="/hc/en-us/community/topics">Community</a></li><li><a class="submit-a-request" href="/hc/en-us/requests/new">Submit a request</a></li></ul></nav>
<a class="sign-in" rel="nofollow" data-auth-action="signin" title="Opens a dialog" role="button" href="/hc/en-us/signin">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav">
<nav aria-label="Current location"><ol class="breadcrumbs">${links(zCrumbs)}</ol></nav>
<div class="search-container"><svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="search-icon"
aria-hidden="true"><circle cx="4.5" cy="4.5" r="4" fill="none" stroke="currentColor"/></svg>
<form role="search" class="search" data-search="" action="/hc/en-us/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="✓">
<input type="search" name="query" id="query" placeholder="Search" autocomplete="off" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false">
</button><h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2>
<div class="collapsible-sidebar-body"><ul>${links(zSide.slice(1), 'sidenav-li')}</ul>
<a href="/hc/en-us/sections/360001144052-Washing-machines" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://norrvikhome.zendesk.com/system/photos/a.png" alt="" class="user-avatar"></div>
<div class="article-meta"><a href="/hc/en-us/profiles/381902-Maja-Lindqvist">Maja Lindqvist</a><ul class="meta-group"><li class="meta-data">
<time datetime="2026-08-04T09:12:44Z" title="2026-08-04 09:12" data-datetime="relative">3 months ago</time></li><li
class="meta-data">Updated</li></ul></div></div>
<a class="article-subscribe button" title="Opens a sign-in dialog" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false"
href="/hc/en-us/articles/4410093817233/subscription.html">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body"><p>${zIntro}</p>
${zGroups.map((g) => `<h2>${g.h}</h2>\n${g.qas.map(zQa).join('\n')}`).join('\n')}
<p><strong>Still stuck?</strong> Our agents answer chat from 8:00 to 20:00 on weekdays.</p></div>
<div class="article-attachments"><ul class="attachments"><li class="attachment-item"><a href="/hc/article_attachments/9981/WM7_quick_guide.pdf"
target="_blank">WM7_quick_guide.pdf</a><div class="attachment-meta"><div class="attachment-meta-item">412 KB</div>
<a href="/hc/article_attachments/9981/WM7_quick_guide.pdf" target="_blank" class="attachment-meta-item
meta-data">Download</a></div></li></ul></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share">
<li><a href="https://www.facebook.com/share.php?title=WM-7" class="share-facebook" target="_blank"><svg
aria-hidden="true"><title>Facebook</title></svg></a></li>
<li><a href="https://twitter.com/share?lang=en&amp;text=WM-7" class="share-twitter" target="_blank"><svg aria-hidden="true"><title>X Corp</title></svg></a></li>
</ul></div><div class="article-comment-count"></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
<button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="This article was helpful"
aria-pressed="false">Yes</button>
<button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="This article was not helpful"
aria-pressed="false">No</button>
</div><small class="article-votes-count"><span class="article-vote-label">41 out of 52 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top<svg aria-hidden="true"></svg></a></div></footer>
<section class="article-relatives"><div data-recent-articles></div><div class="related-articles">
<h2 class="related-articles-title">Related articles</h2><ul>${links(zRel, 'related-article')}</ul></div></section>
<div class="article-comments" id="article-comments"><section class="comments"><header class="comment-overview">
<h2 class="comment-heading">Comments</h2><p class="comment-callout">Article is closed for comments.</p></header></section></div>
</article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-us">Norrvik Home Help Center</a>
<div class="footer-language-selector"><button class="dropdown-toggle" aria-haspopup="true">English (US)</button>
<span class="dropdown-menu dropdown-menu-end" role="menu"><a href="/hc/change_language/sv?return_to=%2Fhc%2Fsv" dir="ltr" rel="nofollow" role="menuitem">
Svenska</a></span></div></div></footer>
<script type="text/javascript">HelpCenter.mobileFormat = false;</script></body></html>`;
const zendesk: TestPage = {
  name: 'heldout476-zendesk-washer-faq',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: zGroups.flatMap((g) => [g.h, ...g.qas.map((qa) => qa.q)]),
  body: texts([zIntro, ...zGroups.flatMap((g) => g.qas.flatMap((qa) => qa.a)), 'Still stuck? Our agents answer chat from 8:00 to 20:00 on weekdays.']),
  bylines: ['Maja Lindqvist', '3 months ago', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Community', 'Submit a request', 'Sign in', ...zCrumbs, 'Articles in this section', ...zSide.slice(1), 'See more',
    'Follow', 'WM7_quick_guide.pdf', '412 KB', 'Download', 'Was this article helpful?', 'No', '41 out of 52 found this helpful',
    'Have more questions?', 'Return to top', 'Related articles', ...zRel.slice(1), 'Comments', 'Article is closed for comments.',
    'English (US)', 'Svenska',
  ],
};

const nTitle = 'Aero 3 support';
const nDek = 'Set-up help, firmware updates and answers for Aero 3 wireless earbuds.';
const nQas: Qa[] = [
  {
    q: 'How do I pair Aero 3 with a second phone?',
    a: [
      j(
        'Put both earbuds in the case, leave the lid open and hold the case button for three seconds until',
        'the light pulses white. Then choose Aero 3 in the Bluetooth list of the second phone.',
      ),
    ],
  },
  {
    q: 'One earbud is not charging. What should I do?',
    a: [
      'Wipe the two gold contacts on the earbud and inside the case with a dry cotton bud. Put the earbud back and watch for the amber light on the case.',
      'If the light stays off, reset the earbuds from the Kestrel app under Settings, then Reset earbuds.',
    ],
  },
  {
    q: 'Can I use Aero 3 while swimming?',
    a: ['No. Aero 3 is rated IPX5, which covers sweat and rain but not being under water. Dry the earbuds before you put them in the case.'],
  },
  {
    q: 'How long does the battery last?',
    a: [
      j(
        'Up to 8 hours of playback with noise cancelling off and 6 hours with it on. The case holds',
        'three more full charges, and 10 minutes in the case gives about 1 hour of play.',
      ),
    ],
  },
  {
    q: 'Where can I find my serial number?',
    a: ['It is printed inside the case lid, under the hinge, and shown in the Kestrel app under About this device. It starts with the letters KA3.'],
  },
];
const nNav = ['Headphones', 'Speakers', 'Accessories', 'Support', 'Stories'];
const nTiles = ['User manual', 'Firmware 3.2.1', 'Register your product', 'Warranty'];
const nFootCols = ['Shop', 'Help', 'Company'];
const nFoot = ['Order status', 'Returns', 'Contact us', 'About Kestrel', 'Careers', 'Privacy policy', 'Cookie settings'];
const nQa = (qa: Qa, i: number): string => `<div data-state="closed" data-orientation="vertical" class="border-b border-neutral-200">
<h3 data-orientation="vertical" data-state="closed" class="flex"><button type="button" aria-controls="radix-:r${i}:" aria-expanded="false"
data-state="closed" data-orientation="vertical" id="radix-:q${i}:" class="flex flex-1 items-center justify-between py-4 text-left font-medium"
data-radix-collection-item="">${qa.q}<svg class="h-4 w-4 shrink-0" aria-hidden="true"></svg></button></h3>
<div data-state="closed" id="radix-:r${i}:" role="region" aria-labelledby="radix-:q${i}:" data-orientation="vertical"
class="overflow-hidden text-sm data-[state=closed]:animate-accordion-up" style="--radix-accordion-content-height:var(--radix-collapsible-content-height)">
<div class="pb-4 pt-0 space-y-3">${ps(qa.a)}</div></div></div>`;
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"><title>Aero 3 Support |
Kestrel Audio</title>
<meta name="description" content="${nDek}"><meta property="og:title" content="Aero 3 Support"><meta name="next-head-count" content="5">
<link rel="preload" href="/_next/static/css/a41c9e3b2f8d.css" as="style"><link rel="stylesheet" href="/_next/static/css/a41c9e3b2f8d.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[${nQas
  .map((qa) => `{"@type":"Question","name":"${qa.q}"}`)
  .join(',')}]}</script>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-3f5b1c4a.js" defer=""></script><script src="/_next/static/chunks/pages/support/%5Bproduct%5D-9c1e.js"
defer=""></script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0190a7c2-5d1e-7e3a-b1f2-kestrel"></script></head>
<body><div id="__next"><a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:p-3">Skip to content</a>
<div class="bg-black py-2 text-center text-xs text-white">Free shipping on orders over $50</div>
<header class="sticky top-0 z-40 border-b bg-white/90 backdrop-blur"><div class="mx-auto flex h-16 max-w-7xl items-center justify-between px-6">
<a href="/" aria-label="Kestrel Audio home"><svg class="h-6 w-28" aria-hidden="true"></svg></a>
<nav class="hidden gap-8 text-sm md:flex">${nNav.map((t) => `<a class="hover:text-neutral-500" href="/${t.toLowerCase()}">${t}</a>`).join('')}</nav>
<div class="flex items-center gap-4"><button type="button" aria-label="Search" class="p-2"><svg aria-hidden="true"></svg></button>
<a href="/cart" class="relative p-2" aria-label="Cart, 0 items"><svg aria-hidden="true"></svg></a></div></div></header>
<main id="main" class="mx-auto max-w-4xl px-6 py-12"><nav aria-label="Breadcrumb" class="mb-6 text-xs text-neutral-500"><ol class="flex gap-2">
<li><a href="/support">Support</a></li><li aria-hidden="true">/</li><li><a href="/support/headphones">Headphones</a></li><li aria-hidden="true">/</li>
<li aria-current="page">Aero 3</li></ol></nav>
<div class="flex flex-col gap-8 md:flex-row md:items-center"><img alt="Aero 3 earbuds in their charging case"
src="/_next/image?url=%2Fimg%2Faero3.png&amp;w=640&amp;q=75"
width="240" height="240" class="rounded-2xl bg-neutral-100" loading="lazy"><div><h1 class="text-4xl font-semibold tracking-tight">${nTitle}</h1>
<p class="mt-3 text-lg text-neutral-600">${nDek}</p></div></div>
<ul class="mt-10 grid grid-cols-2 gap-4 md:grid-cols-4">${nTiles
  .map(
    (t) =>
      `<li><a class="block rounded-xl border p-4 text-sm font-medium hover:border-black"
href="/support/aero-3/${t.split(' ')[0]?.toLowerCase()}">${t}</a></li>`,
  )
  .join('\n')}</ul>
<section class="mt-14" aria-labelledby="faq-heading"><h2 id="faq-heading" class="mb-4 text-2xl font-semibold">Frequently asked questions</h2>
<div class="w-full" data-orientation="vertical">${nQas.map(nQa).join('\n')}</div></section>
<aside class="mt-14 rounded-2xl bg-neutral-100 p-8"><h2 class="text-xl font-semibold">Still need help?</h2>
<p class="mt-2 text-neutral-600">Our team is available Monday to Friday, 9am to 6pm CET.</p><div class="mt-4 flex gap-3">
<a class="rounded-full bg-black px-5 py-2 text-sm text-white" href="/contact">Contact support</a>
<a class="rounded-full border px-5 py-2 text-sm" href="https://community.kestrelaudio.com">Ask the community</a></div></aside></main>
<footer class="border-t bg-neutral-50"><div class="mx-auto grid max-w-7xl grid-cols-2 gap-8 px-6 py-12 md:grid-cols-4">
${nFootCols.map((c) => `<p class="text-sm font-semibold">${c}</p>`).join('')}<ul class="space-y-2 text-sm">${links(nFoot)}</ul></div>
<p class="px-6 pb-8 text-xs text-neutral-500">© 2026 Kestrel Audio ApS. All rights reserved.</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<div id="onetrust-policy"><div id="onetrust-policy-text">We use cookies to improve your experience and to show you relevant offers.
<a href="/privacy" class="ot-cookie-policy-link">Cookie Policy</a></div></div><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"product":{"slug":"aero-3","name":"Aero 3"},"faqCount":${nQas.length}},
"__N_SSG":true},"page":"/support/[product]","query":{"product":"aero-3"},"buildId":"k7Qp2xVbF0","isFallback":false,"gsp":true}</script></body></html>`;
const nextFaq: TestPage = {
  name: 'heldout476-nextjs-earbuds-faq',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['Frequently asked questions', ...nQas.map((qa) => qa.q)],
  body: [nDek, ...nQas.flatMap((qa) => qa.a)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free shipping on orders over $50', ...nNav.filter((t) => t !== 'Support'), ...nTiles,
    'Still need help?', 'Our team is available Monday to Friday, 9am to 6pm CET.', 'Contact support', 'Ask the community', ...nFootCols, ...nFoot,
    '© 2026 Kestrel Audio ApS. All rights reserved.', 'We use cookies to improve your experience and to show you relevant offers.', 'Cookie Policy',
    'Cookies Settings', 'Reject All', 'Accept All Cookies',
  ],
};

export const HELDOUT476_A: readonly TestPage[] = [zendesk, nextFaq];
