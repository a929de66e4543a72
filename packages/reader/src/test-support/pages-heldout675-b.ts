import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout675-kit.js';

/**
 * Held-out batch 675, file b: a board game café's booking FAQ built with Wix (questions as rich-text headings), and a Scrabble
 * club's tournament report on Ghost with the Casper theme (subscribe CTA, read-more cards).
 */
const xTitle = 'Booking FAQ';
const xDek = 'Everything you need to know before you book a table at Rook &amp; Roll.';
const xFaq: [string, string[]][] = [
  [
    'Do I need to book?',
    [
      j(
        'Walk-ins are welcome from Monday to Thursday. On Fridays, Saturdays and school holidays we are usually full by 6pm,',
        'so we strongly recommend booking.',
      ),
    ],
  ],
  [
    'How much does it cost to play?',
    [
      j(
        'The games fee is £6 per person for the whole visit, or £4 for under-12s. It is added to your bill at the end,',
        'so there is nothing to pay when you book.',
      ),
    ],
  ],
  [
    'How long can we stay?',
    [
      'Weekday tables are yours until closing. Weekend bookings are for three hours, so that we can seat the evening groups.',
      'If nobody is booked after you, we are happy to let you stay on. Just ask at the bar.',
    ],
  ],
  [
    'Can I book for a large group?',
    [
      j(
        'Tables seat up to eight. For groups of nine to twenty we can join tables in the back room; please email us at least a week',
        'ahead and we will ask for a £20 deposit, which comes off your bill on the night.',
      ),
    ],
  ],
  [
    'What if I am running late or need to cancel?',
    [
      j(
        'We hold tables for 20 minutes. If you cannot make it, please cancel through the link in your confirmation email',
        'so that someone on the waiting list can have your table.',
      ),
    ],
  ],
];
const xNav = ['Home', 'Games', 'Food &amp; Drink', 'Events', 'Book', 'FAQ'];
const xFoot = ['Instagram', 'Facebook', 'TikTok'];
const rich = (tag: string, font: string, html: string): string =>
  `<${tag} class="font_${font} wixui-rich-text__text"><span class="wixui-rich-text__text">${html}</span></${tag}>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Booking FAQ | Rook &amp; Roll Board Game Café</title>
<meta name="description" content="Booking, prices, group bookings and cancellations at Rook &amp; Roll Board Game Café in Leeds.">
<link rel="canonical" href="https://www.rookandrollcafe.com/faq"><meta property="og:site_name" content="Rook &amp; Roll Board Game Café">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Rook & Roll Board Game Café",
"address":{"@type":"PostalAddress",
"addressLocality":"Leeds","streetAddress":"3 Mill Yard"}}</script>
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","consentPolicy","cookiesManager"],
"site":{"isResponsive":false}}</script>
<script>window.fedops = window.fedops || {}; window.fedops.phaseMarkers = [];</script>
<style id="css_masterPage">.font_0{font:normal normal bold 48px/1.4em syne,sans-serif;}
.font_2{font:normal normal bold 26px/1.4em syne}.font_8{font:16px/1.6em</style>
</head><body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToContentButton" tabindex="0">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div><div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
<div id="comp-lf3k2a9d" class="KcpHeO tz5f0K comp-lf3k2a9d wixui-rich-text"
data-testid="richTextElement">${rich('p', '7', '<a href="/">ROOK &amp; ROLL</a>')}</div>
<wix-dropdown-menu id="comp-lf3k2aa1" class="XRwtpn comp-lf3k2aa1 wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr">
<nav class="StylableHorizontalMenu3372578893__root" aria-label="Site"><ul class="_Ms2Sh" id="comp-lf3k2aa1itemsContainer">
${xNav
  .map(
    (t) => `<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="#" class="UiHgGh"><div class="yRj2ms"><div class="">
<p class="zKbzSQ">${t}</p></div></div></a></li>`,
  )
  .join('\n')}
</ul></nav></wix-dropdown-menu></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="lx9pq" class="dBAkHi theme-vars"><div class="PFkO7r wN7ArV"></div><div class="HT5ybB"><div id="Containerlx9pq" class="Containerlx9pq SPY_vo">
<div data-mesh-id="Containerlx9pqinlineContent" data-testid="inline-content"><section id="comp-lq1" tabindex="-1" class="Oqnisf comp-lq1 wixui-section">
<div data-testid="columns" class="V5AUxf"><div id="comp-lq1c" class="comp-lq1c YzqVVZ wixui-column-strip__column">
<div id="comp-lq1h" class="KcpHeO tz5f0K comp-lq1h wixui-rich-text" data-testid="richTextElement">${rich('h1', '0', xTitle)}</div>
<div id="comp-lq1d" class="KcpHeO tz5f0K comp-lq1d wixui-rich-text" data-testid="richTextElement">${rich('p', '8', xDek)}</div>
${xFaq
  .map(
    ([q, a], i) => `<div id="comp-lq2q${i}" class="KcpHeO tz5f0K comp-lq2q${i} wixui-rich-text" data-testid="richTextElement">${rich('h2', '2', q)}</div>
<div id="comp-lq2a${i}" class="KcpHeO tz5f0K comp-lq2a${i} wixui-rich-text" data-testid="richTextElement">${a.map((p) => rich('p', '8', p)).join('\n')}</div>`,
  )
  .join('\n')}
<div id="comp-lq3" class="comp-lq3 R6ex7N" aria-disabled="false"><a data-testid="linkElement" href="/book" class="uDW_Qe wixui-button PlZyDq"
aria-disabled="false"><span class="l7_2fn wixui-button__label">Book a Table</span></a></div>
</div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-testid="inline-content">
<div class="KcpHeO tz5f0K wixui-rich-text" data-testid="richTextElement">${rich('p', '8', '3 Mill Yard, Leeds LS2 7PU')}
${rich('p', '8', 'hello@rookandrollcafe.com')}</div>
<div class="wixui-social-bar"><ul aria-label="Social Bar">${xFoot
  .map(
    (t) => `<li><a href="#" target="_blank"><span class="visually-hidden">${t}</span>
<wow-image><img alt="${t}" src="https://static.wixstatic.com/media/social.png"></wow-image></a></li>`,
  )
  .join('')}</ul></div>
<div class="KcpHeO tz5f0K wixui-rich-text"
data-testid="richTextElement">${rich('p', '8', '© 2027 by Rook &amp; Roll Board Game Café. Proudly created with Wix.com')}</div>
</div></div></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div>
</div></div>
<div data-hook="consent-banner-root" class="consent-banner-root"><div data-hook="ccsu-banner-wrapper" role="region" aria-label="Cookie banner">
<div class="_2Nqdx"><div class="_1S2Yn"><p data-hook="ccsu-banner-text">This website uses cookies. By accepting, you agree to our use of such cookies.
<a href="/privacy-policy">Privacy Policy</a></p></div><div class="_3Drzs"><button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-decline-button">Decline All</button><button data-hook="consent-banner-apply-button">Accept</button></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js"></script></body></html>`;
const wix: TestPage = {
  name: 'heldout675-wix-booking-faq',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: xFaq.map(([q]) => q),
  body: texts([xDek, ...xFaq.flatMap(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'ROOK & ROLL', ...texts(xNav.filter((t) => !['FAQ', 'Book', 'Games'].includes(t))), 'Book a Table', '3 Mill Yard, Leeds LS2 7PU',
    'hello@rookandrollcafe.com', '© 2027 by Rook & Roll Board Game Café. Proudly created with Wix.com',
    'This website uses cookies. By accepting, you agree to our use of such cookies. Privacy Policy', 'Settings', 'Decline All', 'Accept',
  ],
};

const gTitle = 'Forty boards, one bingo too many: the Harrowgate Open report';
const gExcerpt = 'Two days, fourteen rounds and a final-game swing that nobody in the room will forget.';
const gP1 = [
  j(
    'The Harrowgate Open returned to the Assembly Rooms last weekend with forty players, the most we have had since the club',
    'started running it in 2011. Fourteen games over two days is a lot of tile bags, and the directors did well to keep every',
    'round within five minutes of the timetable.',
  ),
  j(
    'Saturday belonged to Wren Castellane, who went 7–0 and was the only player unbeaten overnight. She opened round three with',
    'QUIXOTRY-free play, as she put it, relying on small overlaps and careful rack balance instead of fishing for bingos.',
  ),
];
const gH1 = 'Sunday swings';
const gP2 = [
  j(
    'Sunday was a different story. Castellane lost three of the first five games, two of them to late bingos through an open',
    'E on the triple lane, and by the final round she was level on wins with Osei Brannock and trailing him on spread by 112.',
  ),
  j(
    'Their last game was on board one with most of the room watching. Brannock led by 60 with the bag empty, only for Castellane',
    'to play out with REDOUBTS across two triples for 98 points. The spread swung, the wins stayed level, and the title went',
    'to Castellane by 14 points of spread.',
  ),
];
const gQuote = j(
  '"I saw REDOUBTS on my rack two turns earlier and had nowhere to put it. When he opened the column I honestly thought it',
  'was a trap." – Wren Castellane',
);
const gH2 = 'Best words of the weekend';
const gWords = [
  'OUTSWAM, 104 points (Piet Haldane, round 4)',
  'ZYGOTIC, 96 points (Nell Marchetti, round 9)',
  'REDOUBTS, 98 points (Wren Castellane, round 14)',
  'FEH, 52 points, for the cheekiest use of a triple-triple (Osei Brannock, round 11)',
];
const gH3 = 'Divisions and prizes';
const gP3 = [
  j(
    'Division B was won by Lottie Ferrand with 11 wins, and the best newcomer prize went to thirteen-year-old Amos Gilchrist,',
    'who beat two of the top ten seeds in his first rated event.',
  ),
  'Full results and ratings changes are on the results page. Next year’s Open is booked for the first weekend of May.',
];
const gCallout = 'Fancy trying a rated event? Our club nights on Tuesdays include a beginners’ table with a free loan board.';
const gNav = ['Home', 'Club nights', 'Tournaments', 'Word lists', 'About'];
const gMore = [
  ['Club championship: round-up of the winter league', 'Tournaments'],
  ['How we pair players at the Open', 'Word lists'],
  ['Anagram night is back', 'Club nights'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Forty boards, one bingo too many: the Harrowgate Open report</title><meta name="HandheldFriendly" content="True">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8b1a7e0c43">
<link rel="canonical" href="https://harrowgatescrabble.org/harrowgate-open-report/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Harrowgate Scrabble Club"><meta property="og:type" content="article">
<meta property="article:published_time" content="2027-05-10T18:30:00.000Z"><meta property="article:tag" content="Tournaments">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Harrowgate Scrabble Club"},
"author":{"@type":"Person","name":"Bertie Quayle"},"headline":"Forty boards, one bingo too many: the Harrowgate Open report",
"datePublished":"2027-05-10T18:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js"
data-ghost="https://harrowgatescrabble.org/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="9f2c" data-styles="" crossorigin="anonymous"></script>
</head><body class="post-template tag-tournaments is-head-left-logo has-sans-body has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://harrowgatescrabble.org">Harrowgate Scrabble Club</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a href="#">${t}</a>
</li>`,
  )
  .join('\n')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-tournaments image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/tournaments/">Tournaments</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/bertie/" class="author-avatar" aria-label="Read more of Bertie Quayle"><img class="author-profile-image" src="/content/images/bertie.jpg"
alt="Bertie Quayle"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/bertie/">Bertie Quayle</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2027-05-10">May 10, 2027</time><span class="byline-reading-time">
<span class="bull">&bull;</span> 4 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2027/05/open-hall.jpg 300w" src="/content/images/2027/05/open-hall.jpg"
alt="Players at the Assembly Rooms"><figcaption>Round twelve at the Assembly Rooms. Photo by Kit Ambler</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gP1)}
<h2 id="sunday-swings">${gH1}</h2>
${ps(gP2)}
<blockquote>${gQuote}</blockquote>
<h2 id="best-words-of-the-weekend">${gH2}</h2><ul>${lis(gWords)}</ul>
<h2 id="divisions-and-prizes">${gH3}</h2>
${ps(gP3)}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gCallout}</div></div>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gMore
  .map(
    ([
      t,
      tag,
    ]) => `<article class="post-card post"><a class="post-card-image-link" href="#"><img class="post-card-image" src="/content/images/card.jpg" alt="${t}"></a>
<div class="post-card-content"><a class="post-card-content-link" href="#"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">${tag}</span></div><h2 class="post-card-title">${t}</h2></header></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2027-04-02">Apr 2, 2027</time></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://harrowgatescrabble.org">Harrowgate Scrabble Club</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul><li><a href="#/portal/">Sign up</a></li><li><a href="/privacy/">Privacy</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__ui pswp__ui--hidden">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="/assets/built/casper.js?v=8b1a7e0c43"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout675-ghost-scrabble-open',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gH1, gH2, gH3],
  body: texts([gExcerpt, ...gP1, ...gP2, gQuote, ...gWords, ...gP3, gCallout]),
  bylines: ['Bertie Quayle', 'May 10, 2027', '4 min read', 'Apr 2, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harrowgate Scrabble Club', ...gNav, 'Sign in', 'Subscribe', 'Round twelve at the Assembly Rooms. Photo by Kit Ambler',
    'Sign up for more like this.', 'Enter your email', ...gMore.map(([t]) => t ?? ''), '© 2027', 'Sign up', 'Privacy', 'Powered by Ghost',
  ],
};

export const HELDOUT675_B: readonly TestPage[] = [wix, ghost];
