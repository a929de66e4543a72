import { links, type TestPage, texts } from './page-kit.js';
import { j, ld, sections } from './pages-heldout340-kit.js';
import { yahooPage } from './pages-heldout340-a2.js';

/**
 * Held-out batch 340, file a: an MSN-style syndicated article (the publisher's logo and "Continue reading" links, the
 * MSN top bar and channel menu, the follow button, the share and reaction bar, a sponsored "Continue reading" rail, the
 * feedback card and the footer) and, from file a2, a Yahoo News-style syndicated story.
 */
const title = 'Winter ferry to Garnet Island returns after a two-year pause';
const lede = [
  j(
    'The small car ferry that links the mainland port of Hollis Bay with Garnet Island will run through the winter again from',
    'December, the county transport board confirmed on Tuesday, ending a two-year gap that left islanders relying on a',
    'passenger launch and, on stormy weeks, on nothing at all.',
  ),
  j(
    'The board voted five to two to fund a reduced timetable of four crossings a day between December and March, using the',
    'refitted vessel <em>Marram</em>, which has been laid up in the boatyard at Hollis Bay since its engine failed in 2024.',
  ),
];
const why = [
  j(
    'Island residents had campaigned for the service since the last winter sailing, arguing that the launch could not carry',
    'fuel deliveries, building materials or the island&#39;s one ambulance. A survey by the Garnet Island Community Council found',
    'that nearly a third of households had postponed medical appointments on the mainland during the past winter.',
  ),
  j(
    '&quot;People here are not asking for a luxury,&quot; said Maren Coutts, who chairs the council. &quot;We are asking to be able',
    'to get a tonne of heating oil across the water in January without waiting for a calm day.&quot;',
  ),
];
const cost = [
  j(
    'The winter timetable will cost the county about 410,000 dollars a season, according to the board&#39;s papers, of which a',
    'little under half is expected to come back in fares. The refit of the <em>Marram</em>, already paid for from a state harbour',
    'grant, replaced both engines and the ramp hydraulics.',
  ),
  j(
    'Two board members who voted against the plan said the money would be better spent on a new, larger vessel. Board member',
    'Ellis Haddow called the refit &quot;a patch on a boat that is forty years old&quot; and warned of another breakdown.',
  ),
];
const next = [
  j(
    'Tickets for the winter sailings go on sale in November. The first crossing is scheduled for the morning of December 2,',
    'leaving Hollis Bay at 7:15, with the last return from the island at 4:30 in the afternoon.',
  ),
  j('The board will review the service in April and decide then whether to extend it into a second winter or to seek bids', 'for a replacement ferry.'),
];
const secs: [string, string[]][] = [
  ['', lede],
  ['Why islanders pushed for it', why],
  ['What it will cost', cost],
  ['What happens next', next],
];
const nav = ['Discover', 'Following', 'News', 'Sports', 'Weather', 'Money', 'Play', 'Shopping'];
const sponsored = ['Homeowners near the coast are switching to this gutter guard', 'The five-minute stretch physios recommend after 50'];
const more = ['Hollis Bay harbour dredging finally gets a start date', 'Island school wins grant for a marine science lab'];
const foot = ['Privacy & Cookies', 'Terms of use', 'Advertise', 'Help', 'Feedback', 'Consumer Health Privacy'];
const html = `<!DOCTYPE html><html lang="en-us" dir="ltr"><head><meta charset="utf-8">
<title>${title}</title><meta name="description" content="The county transport board confirmed a reduced winter timetable.">
<meta property="og:title" content="${title}"><meta property="og:site_name" content="MSN"><meta name="robots" content="index, follow">
<link rel="canonical" href="https://www.msn.example/en-us/news/us/winter-ferry-to-garnet-island-returns/ar-AA1xQ4rT">
${ld({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: title,
  datePublished: '2026-03-03T17:20:00Z',
  author: { '@type': 'Person', name: 'Tamsin Arde' },
  publisher: { '@type': 'Organization', name: 'The Hollis Bay Courier' },
})}
<script>window._pageTimings={TTJSStart:Math.round(performance.now())};window.__clientSettings={"pagetype":"article","apptype":"edgeChromium"};</script>
<link rel="stylesheet" href="https://assets.msn.example/bundles/v1/edgeChromium/latest/common.css"></head>
<body><div id="root"><fluent-design-system-provider>
<div id="consent-banner" class="consent-banner" role="dialog" aria-label="Cookie consent"><p class="consent-text">We use cookies to improve
your experience, to measure how our site is used and to show personalised ads.</p><button class="consent-accept">Accept</button>
<button class="consent-reject">Reject</button><a href="/privacy" class="consent-manage">Manage preferences</a></div>
<header class="header-wrapper"><common-header><a class="logo" href="/" aria-label="MSN home">Microsoft Start</a>
<form class="search-box" role="search"><input type="search" aria-label="Search the web" placeholder="Search the web"></form>
<a class="sign-in" href="/signin">Sign in</a></common-header>
<nav class="channel-nav" aria-label="Channels"><ul>${links(nav, 'nav-item')}</ul></nav></header>
<main id="main" class="article-page"><msn-article-page><div class="article-view-wrapper">
<div class="provider-info"><a class="provider-logo-link" href="/en-us/channel/source/The%20Hollis%20Bay%20Courier/sr-vid-x82k">
<img class="provider-logo" src="https://img-s-msn-com.akamaized.example/tenant/amp/entityid/BBlogo.img" alt="The Hollis Bay Courier"></a>
<span class="provider-name">The Hollis Bay Courier</span><button class="follow-button" aria-label="Follow The Hollis Bay Courier">Follow</button></div>
<div class="article-header"><h1 class="article-title">${title}</h1>
<div class="byline-wrapper"><span class="author-name">Story by Tamsin Arde</span>
<span class="time-info"><span class="published-time">3h ago</span> • <span class="reading-time">3 min read</span></span></div></div>
<div class="article-toolbar"><button class="reaction-button" aria-label="Like">Like</button><span class="reaction-count">214</span>
<button class="share-button">Share</button><button class="save-button">Save</button><button class="font-button">Text size</button></div>
<article class="article-body"><div class="article-content">
<figure class="article-image"><img src="https://img-s-msn-com.akamaized.example/tenant/amp/entityid/AA1xQ9pL.img" alt="Ferry at dock">
<figcaption class="image-caption"><span>The refitted ferry Marram tied up at Hollis Bay.</span>
<span class="image-attribution">© The Hollis Bay Courier</span></figcaption></figure>
${sections(secs)}
<div class="continue-reading"><a class="continue-reading-link" href="https://www.hollisbaycourier.example/news/ferry-winter">Continue reading on
The Hollis Bay Courier</a></div></div></article>
<div class="related-wrapper"><h3 class="related-title">More from The Hollis Bay Courier</h3><ul>${links(more, 'related-card')}</ul></div>
<div class="feedback-card"><p class="feedback-q">How was this article?</p><button>Helpful</button><button>Not helpful</button></div>
<aside class="continue-rail" aria-label="Continue reading"><h3>Continue reading</h3>
<div class="ad-label">Sponsored Content</div><ul>${links(sponsored, 'native-ad')}</ul></aside></div></msn-article-page></main>
<footer class="footer"><ul class="footer-links">${links(foot)}</ul><p class="copyright">© 2026 Microsoft</p></footer>
</fluent-design-system-provider></div></body></html>`;

const msnPage: TestPage = {
  name: 'heldout340-msn-news',
  kind: 'news',
  html,
  title,
  headings: secs.slice(1).map(([h]) => h),
  body: texts(secs.flatMap(([, p]) => p)),
  bylines: ['Story by Tamsin Arde', '3h ago', '3 min read'],
  furniture: [
    'We use cookies to improve your experience, to measure how our site is used and to show personalised ads.',
    'Accept',
    'Reject',
    'Manage preferences',
    'Microsoft Start',
    'Sign in',
    ...nav,
    'The Hollis Bay Courier',
    'Follow',
    'Like',
    '214',
    'Share',
    'Save',
    'Text size',
    'The refitted ferry Marram tied up at Hollis Bay.',
    '© The Hollis Bay Courier',
    'Continue reading on The Hollis Bay Courier',
    'More from The Hollis Bay Courier',
    ...more,
    'How was this article?',
    'Helpful',
    'Not helpful',
    'Continue reading',
    'Sponsored Content',
    ...sponsored,
    ...foot,
    '© 2026 Microsoft',
  ],
};

export const HELDOUT340_A: readonly TestPage[] = [msnPage, yahooPage];
