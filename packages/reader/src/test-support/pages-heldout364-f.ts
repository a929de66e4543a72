import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout364-kit.js';

/**
 * Held-out batch 364, file f: a Reuters-style market wrap (Fusion markup with data-testid paragraphs, the inline
 * dateline, byline and "Updated" line, the market ticker strip, "Read more" promos, a figure with credit, the
 * "Reporting by" line, trust-principles note, "Sign up here" newsletter box, related rail) and an investor relations
 * events calendar on a Notified-style (Drupal) IR site (a listing: the nir-widget event blocks with dates, times,
 * webcast and presentation links, "Add to Calendar", the IR sub-menu, email alert sign-up, footer).
 */
const rTitle = 'Wall St ends higher as utilities, industrials rally; Treasury yields slip';
const rDateline = 'NEW YORK, March 6 (Reuters) -';
const rLead = j(
  'U.S. stocks closed higher on Friday, led by utilities and industrial shares, as softer-than-expected wage data eased',
  'worries that the Federal Reserve would hold interest rates steady at its meeting later this month.',
);
const rA = [
  j(
    'The Dow Jones Industrial Average rose 312.40 points, or 0.74%, to 42,611.05, the S&amp;P 500 gained 38.16 points, or 0.66%,',
    'to 5,842.77 and the Nasdaq Composite added 71.92 points, or 0.38%, to 18,904.13. For the week, the S&amp;P 500 rose 1.2%.',
  ),
  j(
    'Average hourly earnings rose 0.2% in February, below the 0.3% economists polled by Reuters had expected, while employers',
    'added 148,000 jobs. Traders raised bets on a quarter-point rate cut in March to about 70%, from 55% a day earlier.',
  ),
  j(
    '“The wage number is the one the Fed cares about, and it came in cool,” said Leona Birchall, chief market strategist at',
    'Ashgrove Wealth Partners in Chicago. “That gives investors permission to buy the rate-sensitive parts of the market.”',
  ),
];
const rB = [
  j(
    'The S&amp;P 500 utilities index jumped 2.1%, its best day in two months, with Brightfork Utilities up 3.4%. Industrials',
    'gained 1.3% as grid equipment makers extended a rally that began when a transmission funding bill cleared a Senate',
    'committee on Wednesday. Corvane Systems rose 3.6% and Tessaly Power added 2.9%.',
  ),
  j('Tech shares lagged. Chipmakers slipped after a report that export rules may be tightened, and the Philadelphia', 'semiconductor index fell 0.8%.'),
  j(
    'The yield on the benchmark 10-year Treasury note fell 7 basis points to 3.98%, dropping below 4% for the first time',
    'since October. The dollar weakened against a basket of currencies.',
  ),
  j(
    'Advancing issues outnumbered decliners by a 2.3-to-1 ratio on the NYSE. Volume on U.S. exchanges was 15.8 billion shares,',
    'compared with an average of 14.9 billion over the last 20 trading days.',
  ),
  j(
    'Oil prices fell for a second day as Gulf producers signalled they would keep output steady, and gold edged up 0.3%.',
    'Next week investors will watch consumer price data on Wednesday and retail sales on Thursday for further signs that',
    'inflation is cooling before the Fed meets on March 17 and 18.',
  ),
];
const rTicker = ['S&amp;P 500 5,842.77 +0.66%', 'Dow 42,611.05 +0.74%', 'Nasdaq 18,904.13 +0.38%'];
const rNav = ['World', 'Business', 'Markets', 'Sustainability', 'Legal', 'Breakingviews', 'Technology', 'Investigations'];
const rRelated = ['Oil settles lower as supply worries ease', 'Dollar slides after soft wage data', 'Europe’s STOXX 600 hits record close'];
const rFoot = ['About Reuters', 'Careers', 'Reuters News Agency', 'Advertise With Us', 'Terms of Use', 'Privacy', 'Cookies', 'Accessibility'];
const rp = (t: string, i: number): string =>
  `<div data-testid="paragraph-${i}" class="text__text__1FZLe text__dark-grey__3Ml43 article-body__paragraph__2-BtD">${t}</div>`;
const rHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${rTitle} | Reuters</title><meta name="description" content="${rLead}">
<meta property="og:type" content="article"><meta name="article:section" content="Markets">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${rTitle}","dateModified":"2026-03-06T23:02:00Z",
"author":[{"@type":"Person","name":"Jonah Prewitt"},{"@type":"Person","name":"Selma Ortiz"}]}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="reuters";Fusion.deployment="2691";</script></head>
<body><div id="fusion-app"><header class="site-header__container__1Xt-O"><a href="/" aria-label="Reuters homepage">Reuters</a>
<nav class="site-header__nav__2bB2F"><ul>${links(rNav, 'nav-bar__item__3s-Ks')}</ul></nav><a href="/account/sign-in/">Sign In</a>
<a href="/account/register/" class="button__primary">Register</a></header>
<div class="market-ticker__container__2ZOlA">${rTicker.map((t) => `<span class="market-ticker__item">${t}</span>`).join(' ')}</div>
<main id="main-content"><article class="article__container__2rY2g"><nav class="article-header__tags"><a href="/markets/">Markets</a></nav>
<h1 data-testid="Heading" class="text__heading_3__1kDhc article-header__title__3Y2hh">${rTitle}</h1>
<div class="article-header__meta-wrapper__1QCEM"><div data-testid="AuthorByline" class="author-name__author__4Pm5Z">By
<a href="/authors/jonah-prewitt/">Jonah Prewitt</a> and <a href="/authors/selma-ortiz/">Selma Ortiz</a></div>
<div class="article-header__dateline__4jE04"><time datetime="2026-03-06T21:41:00Z"><span class="date-line__date__23Ge-">March 6, 2026</span>
<span class="date-line__date__23Ge-">4:41 PM EST</span><span class="date-line__date__23Ge-">Updated 2 hours ago</span></time></div></div>
<div class="article-header__share"><button aria-label="Share X">X</button><button aria-label="Share Facebook">Facebook</button>
<button aria-label="Share Linkedin">Linkedin</button><button aria-label="Share Email">Email</button><a href="#">Purchase Licensing Rights</a></div>
<figure class="article-main-image"><img src="https://www.reuters.example/resizer/trading-floor.jpg" alt="Traders work on the floor">
<figcaption><span class="caption">Traders work on the floor of the New York Stock Exchange in New York City, U.S., March 6, 2026.</span>
<span class="credit">REUTERS/Nadia Corwell</span></figcaption></figure>
<div class="article-body__content__17Yit">
<div data-testid="paragraph-0" class="article-body__paragraph__2-BtD">${rDateline} ${rLead}</div>
${rA.map((t, i) => rp(t, i + 1)).join('\n')}
<div data-testid="promo-box" class="article-body__row__dFOPA"><a href="/markets/us/fed-rate-bets">Read more: Fed officials signal patience on
further cuts</a></div>
<h2 data-testid="Heading" class="article-body__heading">Utilities lead gains</h2>
${rB.map((t, i) => rp(t, i + 4)).join('\n')}
<p data-testid="Body" class="sign-off">Reporting by Jonah Prewitt and Selma Ortiz in New York; Editing by Ruairi Fenn</p></div>
<div class="trust-badge"><a href="/info-pages/trust-principles/">Our Standards: The Thomson Reuters Trust Principles.</a></div>
<div class="newsletter-signup"><p>Get the Morning Bid US newsletter sent to your inbox every weekday.</p><a href="#">Sign up here.</a></div>
</article><aside class="related-content"><h2>Read Next</h2><ul>${links(rRelated)}</ul></aside></main>
<footer class="site-footer"><ul>${links(rFoot)}</ul><p>All quotes delayed a minimum of 15 minutes.</p>
<p>© 2026 Reuters. All rights reserved</p></footer></div></body></html>`;
const reutersWrap: TestPage = {
  name: 'heldout364-reuters-market-wrap-news',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: ['Utilities lead gains'],
  body: texts([rLead, ...rA, ...rB]),
  bylines: [
    'Jonah Prewitt',
    'Selma Ortiz',
    'March 6, 2026',
    '4:41 PM EST',
    'Updated 2 hours ago',
    rDateline,
    'Reporting by Jonah Prewitt and Selma Ortiz in New York; Editing by Ruairi Fenn',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rNav, 'Sign In', 'Register', ...texts(rTicker), 'Facebook', 'Linkedin', 'Email', 'Purchase Licensing Rights',
    'Traders work on the floor of the New York Stock Exchange in New York City, U.S., March 6, 2026.', 'REUTERS/Nadia Corwell',
    'Read more: Fed officials signal patience on further cuts', 'Our Standards: The Thomson Reuters Trust Principles.',
    'Get the Morning Bid US newsletter sent to your inbox every weekday.', 'Sign up here.', 'Read Next', ...rRelated, ...rFoot,
    'All quotes delayed a minimum of 15 minutes.', '© 2026 Reuters. All rights reserved',
  ],
};

const nTitle = 'Events & Presentations';
const nIntro = j(
  'Halvorsen Tidewater management meets regularly with investors and analysts. Audio of earnings calls and conference',
  'presentations is available live and for ninety days afterwards; slides are posted shortly before each event begins.',
);
const nUpcoming: [string, string, string][] = [
  [
    'Q1 2026 Earnings Conference Call',
    'May 7, 2026 8:30 AM EDT',
    j(
      'Management will discuss first quarter results, which will be released before the market opens the same day.',
      'Analysts may register for telephone access through the link on this page.',
    ),
  ],
  [
    'Northgate Securities Industrials &amp; Transport Conference',
    'May 20, 2026 10:15 AM EDT',
    j('Chief Financial Officer Ferris Lamont will take part in a fireside chat on cold-chain demand and capital allocation.'),
  ],
  [
    '2026 Annual Meeting of Stockholders',
    'Jun 4, 2026 9:00 AM EDT',
    j(
      'The annual meeting will be held online only. Stockholders of record at the close of business on April 9, 2026 may',
      'attend, vote and submit questions using the control number printed on their proxy card.',
    ),
  ],
];
const nPast: [string, string, string][] = [
  [
    'Q4 2025 Earnings Conference Call',
    'Feb 12, 2026 8:30 AM EST',
    j('Fourth quarter and full year 2025 results, the 2026 outlook and the new share repurchase authorization.'),
  ],
  [
    'Investor Day 2025',
    'Nov 13, 2025 9:00 AM EST',
    j(
      'Management presented the company’s five-year plan, including targets for subscription revenue, gross margin and',
      'free cash flow, followed by a tour of the Port Eldwick assembly plant and a question-and-answer session.',
    ),
  ],
  [
    'Q3 2025 Earnings Conference Call',
    'Nov 5, 2025 8:30 AM EST',
    j('Third quarter 2025 results and an update on the retrofit program for fishing fleets in the North Atlantic.'),
  ],
  [
    'Harbourline Capital Global Transport Summit',
    'Sep 16, 2025 2:45 PM EDT',
    j(
      'Chief Executive Officer Maribel Osgood presented on monitoring subscriptions and answered questions from the host analyst',
      'about pricing, customer churn and the timing of the next generation of container sensors.',
    ),
  ],
];
const nSub = ['Overview', 'News', 'Events & Presentations', 'Stock Information', 'Financial Information', 'Governance', 'Investor Resources'];
const nFoot = ['Privacy Policy', 'Terms of Use', 'Investor Contacts'];
const nEvent = ([t, d, s]: [string, string, string], past: boolean): string => `<article class="node node--nir-event node--teaser">
<div class="nir-widget--event--date">${d}</div>
<div class="nir-widget--field nir-widget--event--title"><a href="/events/event-details/${encodeURIComponent(t.slice(0, 12))}">${t}</a></div>
<div class="nir-widget--event--description"><p>${s}</p></div><div class="nir-widget--event--links">
<a class="nir-widget--event--webcast" href="#">${past ? 'Webcast Replay' : 'Webcast'}</a>
${past ? '<a class="nir-widget--event--presentation" href="#">Presentation (PDF)</a>' : '<a class="addtocalendar" href="#">Add to Calendar</a>'}
</div></article>`;
const nHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Events &amp; Presentations | Halvorsen Tidewater Inc.</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="description" content="Upcoming and past investor events.">
<link rel="stylesheet" media="all" href="/sites/g/files/knoqqb12345/themes/site/nir_pid2291/css/style.css">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"currentPath":"node/26"},"nir":{"pid":2291}}</script></head>
<body class="path-node page-node-type-page nir-events"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas"><header role="banner" class="site-header"><a href="/" class="site-logo">Halvorsen Tidewater</a>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" class="block-menu"><h2 class="visually-hidden" id="block-mainnavigation-menu">Main
navigation</h2><ul class="menu">${links(nSub, 'menu-item')}</ul></nav></header>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<div class="block-page-title-block"><h1 class="page-title"><span class="field--name-title">Events &amp; Presentations</span></h1></div>
<div class="block-field-blocknodepagebody"><div class="field--name-body"><p>${nIntro}</p></div></div>
<div class="block-views-blockwidget-events-upcoming nir-widget"><h2 class="block-title">Upcoming Events</h2><div class="view-content">
${nUpcoming.map((e) => nEvent(e, false)).join('\n')}</div></div>
<div class="block-views-blockwidget-events-past nir-widget"><h2 class="block-title">Past Events</h2><div class="view-content">
${nPast.map((e) => nEvent(e, true)).join('\n')}</div>
<nav class="pager" role="navigation"><ul class="pager__items"><li class="pager__item is-active">Page 1</li><li class="pager__item"><a href="?page=1">Next ›</a>
</li></ul></nav></div></div>
<aside class="layout-sidebar-second"><div class="block-nir-email-alerts"><h2>Email Alerts</h2><p>Receive the latest news and events by email.</p>
<a class="button" href="/email-alerts">Sign Up</a></div><div class="block-ir-contact"><h2>Investor Contact</h2>
<p>Dana Whitcombe, Head of Investor Relations</p></div></aside></main>
<footer role="contentinfo" class="site-footer"><ul class="menu">${links(nFoot)}</ul><p>© 2026 Halvorsen Tidewater Inc.</p>
<p class="powered-by">Powered by Notified</p></footer></div>
<script src="/core/misc/drupal.js?v=10.3.6"></script></body></html>`;
const notifiedEvents: TestPage = {
  name: 'heldout364-notified-ir-events-calendar-news',
  kind: 'news',
  html: nHtml,
  title: 'Events & Presentations',
  headings: ['Upcoming Events', 'Past Events'],
  body: texts([nIntro, ...[...nUpcoming, ...nPast].flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Main navigation', ...nSub.filter((t) => t !== nTitle), 'Webcast', 'Add to Calendar',
    'Webcast Replay', 'Presentation (PDF)', 'Page 1', 'Next ›', 'Email Alerts', 'Receive the latest news and events by email.', 'Sign Up',
    'Investor Contact', 'Dana Whitcombe, Head of Investor Relations', ...nFoot, '© 2026 Halvorsen Tidewater Inc.', 'Powered by Notified',
  ],
};

export const HELDOUT364_F: readonly TestPage[] = [reutersWrap, notifiedEvents];
