import { links, ps, type TestPage } from './page-kit.js';
import { gold, j, rowTexts, trs } from './pages-heldout534-kit.js';

/**
 * Held-out batch 534, file f: a ferry operator's weather disruption update on a Next.js site (CSS-module class names, route
 * status table, __NEXT_DATA__), and a heritage railway's footplate experience page on Hugo with the Ananke theme.
 */
const nTitle = 'Weather disruption: sailings on Thursday 14 January';
const nDek = 'Storm Isla is expected to bring gusts of up to 70 mph to the west coast from Thursday morning.';
const nBody = [
  j(
    'Several of our routes will be disrupted on Thursday because of high winds. Where a sailing is at risk, we will make a final',
    'decision at least two hours before departure and contact booked customers by text and email.',
  ),
  'Route status',
];
const nRows = [
  ['Oban – Craignure', 'Disrupted', 'Sailings after 11:00 at risk of cancellation'],
  ['Kennacraig – Port Askaig', 'Cancelled', 'No sailings on Thursday'],
  ['Ardrossan – Brodick', 'Amber', 'Possible diversion to Troon'],
  ['Largs – Cumbrae', 'Running', 'Normal timetable, subject to review'],
];
const nAfter = [
  'If your sailing is cancelled',
  j(
    'You can move to another sailing free of charge or ask for a full refund through My Bookings. You do not need to call us; our',
    'phone lines will be very busy on Thursday morning.',
  ),
  j(
    'Customers with vehicles who are already on an island can stay in the marshalling lanes overnight if their return sailing is',
    'cancelled. Staff at the port office will give you a priority boarding card for the first sailing on Friday.',
  ),
];
const nNav = ['Timetables', 'Fares', 'Travel updates', 'Destinations', 'Help'];
const nFoot = ['About us', 'Careers', 'Accessibility', 'Privacy notice', 'Cookie policy', 'Modern slavery statement'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${nTitle} | Westmorrow Ferries</title>
<meta name="description" content="${nDek}"/><link rel="canonical" href="https://www.westmorrowferries.co.uk/travel-updates/weather-disruption-14-january"/>
<meta property="og:type" content="article"/><meta name="next-head-count" content="7"/>
<link rel="preload" href="/_next/static/css/5b1f6c9e2a1d0f33.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/5b1f6c9e2a1d0f33.css" data-n-g=""/><noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-42372ed130431b0a.js"></script>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script>
<script src="/_next/static/chunks/pages/travel-updates/%5Bslug%5D-2c7a9f1e5b3d.js" defer=""></script></head>
<body><div id="__next"><a href="#main" class="SkipLink_skipLink__Qm3xP">Skip to main content</a>
<div class="StatusBanner_banner__2kL9w StatusBanner_amber__V1x0c" role="status">
<p>Weather warning in force for Thursday. <a href="/travel-updates">See all travel updates</a></p></div>
<header class="Header_header__zT1sK"><div class="Header_inner__p0R4e"><a class="Header_logo__Xw6bE" href="/">
<span class="VisuallyHidden_root__c9QeA">Westmorrow Ferries home</span>
<svg aria-hidden="true" width="180" height="40"></svg></a><nav class="Header_nav__7GdH2" aria-label="Main"><ul>${links(nNav, 'Header_navItem__kk3Pz')}</ul>
</nav>
<a class="Button_button__aB1cD Button_primary__0xzQ1" href="/book">Book</a><button class="Header_menuToggle__m2Kq8" aria-expanded="false">Menu</button></div>
</header>
<main id="main" class="Layout_main__R8tYq"><nav class="Breadcrumbs_root__F3u0p" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li>
<a href="/travel-updates">Travel updates</a>
</li><li aria-current="page">Thursday 14 January</li></ol></nav>
<article class="Article_article__j0wQm"><header class="Article_header__u1LoS"><span class="Tag_tag__U7p0s Tag_warning__zz1Qa">Weather</span>
<h1 class="Article_title__gH7nN">${nTitle}</h1><p class="Article_standfirst__Jm2aK">${nDek}</p>
<p class="Article_meta__5fVbd">Updated <time dateTime="2027-01-13T16:45:00Z">
13 January 2027, 4:45pm</time></p></header><div class="RichText_richText__Vz3d1">
${ps(nBody.slice(0, 1))}<h2>${nBody[1]}</h2>
<div class="Table_wrapper__yX8aE"><table class="Table_table__kS0Qe"><thead><tr><th scope="col">Route</th><th scope="col">Status</th>
<th scope="col">Details</th></tr></thead>
<tbody>${trs(nRows, 'Table_row__P2wLc')}</tbody></table></div>
<h2>${nAfter[0]}</h2>${ps(nAfter.slice(1))}</div>
<aside class="Article_helpful__Cw6sX"><p>Was this update helpful?</p><button>Yes</button><button>No</button></aside></article>
<section class="RelatedLinks_root__d8VnQ"><h2>Related</h2><ul><li><a href="/help/refunds">Refunds and changes</a></li><li>
<a href="/help/disruption">Our disruption policy</a></li>
</ul></section></main>
<footer class="Footer_footer__kW2fA"><div class="Footer_inner__Ag0rT"><ul class="Footer_links__3eQmX">${links(nFoot)}</ul>
<p class="Footer_legal__7fQxN">© 2027 Westmorrow Ferries Limited. Registered in Scotland SC410822.</p></div></footer>
<div class="CookieBanner_root__Ht4b0" role="dialog" aria-label="Cookie consent"><p>We use cookies to keep our site working and to understand how you use it.</p>
<button class="Button_button__aB1cD">Accept all</button><button class="Button_button__aB1cD Button_secondary__Lw2xP">Manage cookies</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"update":{"title":"${nTitle}","standfirst":"${nDek}",
"updatedAt":"2027-01-13T16:45:00Z"}},
"__N_SSG":true},"page":"/travel-updates/[slug]","query":{"slug":"weather-disruption-14-january"},"buildId":"k2N8dX0rQe","isFallback":false,"gsp":true,
"scriptLoader":[]}</script>
</body></html>`;
const westmorrow: TestPage = {
  name: 'heldout534-nextjs-ferry-weather',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nBody[1] ?? '', nAfter[0] ?? ''],
  body: [nDek, nBody[0] ?? '', ...rowTexts(nRows), ...nAfter.slice(1)],
  bylines: ['Updated 13 January 2027, 4:45pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Weather warning in force for Thursday.', 'See all travel updates', ...nNav, 'Book', 'Menu', 'Home', 'Thursday 14 January',
    'Weather', 'Was this update helpful?', 'Yes', 'No', 'Related', 'Refunds and changes', 'Our disruption policy', ...nFoot,
    '© 2027 Westmorrow Ferries Limited. Registered in Scotland SC410822.', 'We use cookies to keep our site working and to understand how you use it.',
    'Accept all', 'Manage cookies',
  ],
};

const uTitle = 'Drive a steam engine: footplate experience days';
const uDek = 'Spend a day on the footplate of a working tank engine, with one of our drivers beside you all the way.';
const uSecs = [
  [
    'The day',
    [
      j(
        'You will arrive at Caldermoss shed at 8:30am, in time to help the crew prepare the engine: oiling round, checking the',
        'firebox and raising steam. After a safety briefing and a bacon roll in the mess room, you will take the regulator yourself',
        'for four return trips along the three-mile line to Hawkrigg, with a break for lunch at the Hawkrigg tea room.',
      ),
      'The day ends at about 4pm, when you will help put the engine away and receive a certificate signed by your driver.',
    ],
  ],
  [
    'Who can take part',
    [
      j(
        'Participants must be 18 or over, in reasonable health and able to climb the steps onto the footplate unaided. You will need',
        'stout shoes and clothes you do not mind getting dirty; overalls and gloves are provided.',
      ),
      'Each experience is for one driver. A friend or relative may travel free in the brake van on your trips.',
    ],
  ],
  [
    'Prices and booking',
    [
      j(
        'A full day costs £385 and a half day, with two return trips, costs £210. Gift vouchers are valid for twelve months and can be',
        'used on any date in the season.',
      ),
      'Experience days run on Mondays from April to October. Book by email or through the booking office on 01539 770 218.',
    ],
  ],
] as const;
const uNav = ['Timetable', 'Experiences', 'Visit', 'Volunteer', 'News'];
const uRel = ['Half-day taster on the diesel shunter', 'Signal box open days'];
const uSlug = (h: string): string => h.toLowerCase().replace(/\W+/g, '-');
const uHtml = `<!DOCTYPE html>
<html lang="en-gb">
  <head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
    <title>${uTitle} | Caldermoss Railway</title><meta name="viewport" content="width=device-width,minimum-scale=1">
    <meta name="description" content="${uDek}"><meta name="generator" content="Hugo 0.121.2">
    <meta name="robots" content="index, follow"><link rel="stylesheet" href="/ananke/css/main.min.css">
    <link rel="canonical" href="https://www.caldermossrailway.org.uk/experiences/footplate/">
    <meta property="og:title" content="${uTitle}"><meta property="og:type" content="article"><meta property="article:section" content="experiences">
    <meta property="article:published_time" content="2026-11-02T10:00:00+00:00"><meta itemprop="name" content="${uTitle}">
  </head>
  <body class="ma0 avenir bg-near-white">
    <header class="cover bg-top" style="background-image: url('https://www.caldermossrailway.org.uk/images/footplate-hero.jpg');">
      <div class="bg-black-60">
        <nav class="pv3 ph3 ph4-ns" role="navigation"><div class="flex-l justify-between items-center center">
          <a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Caldermoss Railway</a>
          <div class="flex-l items-center"><ul class="pl0 mr3">
${uNav
  .map(
    (t) => `            <li class="list f5 f4-ns fw4 dib pr3">
<a class="hover-white no-underline white-90" href="/${t.toLowerCase()}/" title="${t} page">${t}</a></li>`,
  )
  .join('\n')}
          </ul><div class="ananke-socials"></div></div></div></nav>
        <div class="tc-l pv6 ph3 ph4-ns">
          <div class="f2 f1-l fw2 white-90 mb0 lh-title">${uTitle}</div>
          <p class="fw1 f5 f3-l white-80 measure-wide-l center lh-copy mt3 mb4">${uDek}</p>
        </div>
      </div>
    </header>
    <main class="pb7" role="main">
  <article class="flex-l flex-wrap justify-between mw8 center ph3">
    <header class="mt4 w-100">
      <aside class="instapaper_ignoref b helvetica tracked ttu">Experiences</aside>
      <div id="sharing" class="mt3 ananke-socials">
        <a href="https://www.facebook.com/sharer.php?u=https://www.caldermossrailway.org.uk/experiences/footplate/"
class="ananke-social-link facebook no-underline"
          aria-label="share on Facebook"><span class="icon"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"></svg></span></a>
        <a href="mailto:?subject=${encodeURIComponent(uTitle)}" class="ananke-social-link email no-underline" aria-label="share on Email"><span class="icon">
          <svg viewBox="0 0 512 512"></svg></span></a>
      </div>
      <h1 class="f1 athelas mt3 mb1">${uTitle}</h1>
      <p class="tracked">By <strong>Caldermoss Railway Trust</strong></p>
      <time class="f6 mv4 dib tracked" datetime="2026-11-02T10:00:00Z">November 2, 2026</time>
    </header>
    <div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">
${uSecs.map(([h, paras]) => `<h2 id="${uSlug(h)}">${h}</h2>\n${ps(paras)}`).join('\n')}
      <ul class="pa0">
        <li class="list di"><a href="/tags/footplate/" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">Footplate</a></li>
        <li class="list di"><a href="/tags/gift-ideas/" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">Gift ideas</a></li>
      </ul>
      <div class="mt6 instapaper_ignoref"></div>
    </div>
    <aside class="w-30-l mt6-l">
      <div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links">
        <p class="f5 b mb3">What's in this post</p>
        <nav id="TableOfContents"><ul>${uSecs.map(([h]) => `<li><a href="#${uSlug(h)}">${h}</a></li>`).join('')}</ul></nav>
      </div>
      <div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links">
        <p class="f5 b mb3">Related</p>
        <ul class="pa0 list">${uRel.map((t) => `<li class="mb2"><a href="/experiences/${uSlug(t)}/">${t}</a></li>`).join('')}</ul>
      </div>
    </aside>
  </article>
    </main>
    <footer class="bg-black bottom-0 w-100 pa3" role="contentinfo">
  <div class="flex justify-between">
  <a class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3" href="https://www.caldermossrailway.org.uk/">&copy; 2026 Caldermoss Railway Trust</a>
    <div><div class="ananke-socials"></div></div>
  </div>
</footer>
  </body>
</html>`;
const caldermoss: TestPage = {
  name: 'heldout534-hugo-footplate-experience',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: uSecs.map(([h]) => h),
  body: [uDek, ...uSecs.flatMap(([, paras]) => paras)],
  bylines: ['By Caldermoss Railway Trust', 'November 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Caldermoss Railway', ...uNav, 'Experiences', 'Footplate', 'Gift ideas', "What's in this post", 'Related', ...uRel, '© 2026 Caldermoss Railway Trust',
  ],
};

export const HELDOUT534_F: readonly TestPage[] = [westmorrow, caldermoss].map(gold);
