import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, ld } from './pages-heldout340-kit.js';
import { newsletterPage } from './pages-heldout340-f2.js';

/**
 * Held-out batch 340, file f: a Google AMP-cache-style AMP page (the amp-boilerplate head, the AMP cache viewer header with
 * the publisher's origin, amp-consent, an amp-sidebar menu, the byline and timestamps, amp-social-share buttons, an amp-img
 * figure with caption, an amp-ad, the "Related Stories" amp-list, the newsletter form and the footer) and, from file f2, a
 * newsletter-aggregator's "best of the week" page.
 */
const title = 'Library system ends late fines and sees thousands of lapsed cardholders return';
const paras = [
  j(
    'The Thornbury County Library system has welcomed back more than 4,600 lapsed cardholders in the six months since it',
    'stopped charging fines for overdue books, according to figures presented to the library board on Thursday.',
  ),
  j(
    'The board abolished late fines last autumn and wiped out about 210,000 dollars in old charges, many of them owed by',
    'children whose cards had been blocked for years. Staff had argued that the fines brought in little money and kept',
    'away the very readers the library most wanted to reach.',
  ),
  j(
    '&quot;We had kids who would not come in because they owed four dollars on a picture book from second grade,&quot; said',
    'branch manager Odile Fairweather. &quot;Now they come in with their parents and leave with a stack.&quot;',
  ),
  j(
    'Fears that books would simply stop coming back have not come true, the figures suggest. The share of items returned',
    'within a month of the due date fell only slightly, from 94 percent to 92 percent. Items kept more than 60 days are still',
    'billed as lost, and the charge is removed when the item is returned.',
  ),
  j(
    'Circulation is up 11 percent on the same period a year ago, with the biggest rise at the two branches in the county&#39;s',
    'poorest neighborhoods. The library also reports more use of its homework help room and its computer stations.',
  ),
  j(
    'Not everyone on the board was persuaded. Trustee Gareth Nolloth said the library had lost a small but reliable source',
    'of income and should be careful about drawing conclusions from half a year of numbers.',
  ),
  j(
    'The board voted to keep the policy and to publish return rates every quarter. It will also look at ending fines on',
    'equipment loans, such as laptops and hotspots, which currently still carry a daily charge.',
  ),
];
const menu = ['Local News', 'Schools', 'Business', 'Opinion', 'Obituaries', 'E-Edition'];
const related = ['County approves budget with more money for parks', 'Bookmobile returns to rural routes this summer'];
const foot = ['Contact Us', 'Advertise', 'Privacy Policy', 'Terms of Service', 'View non-AMP version'];
const html = `<!doctype html><html ⚡ lang="en"><head><meta charset="utf-8"><title>${title} - Thornbury Sentinel</title>
<link rel="canonical" href="https://www.thornburysentinel.example/news/library-ends-late-fines/">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.example/v0.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.example/v0/amp-consent-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.example/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.example/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.example/v0/amp-ad-0.1.js"></script>
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>
<noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>
<style amp-custom>.article-body p{font-size:1.1rem;line-height:1.6}.byline{color:#555}</style>
${ld({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: title,
  author: { '@type': 'Person', name: 'Rosalind Quarry' },
  datePublished: '2026-02-13T08:00:00-05:00',
  dateModified: '2026-02-13T11:25:00-05:00',
  publisher: { '@type': 'Organization', name: 'Thornbury Sentinel' },
})}</head>
<body><div class="amp-viewer-header" role="banner"><span class="amp-viewer-origin">thornburysentinel.example</span>
<a class="amp-viewer-close" href="https://www.thornburysentinel.example/news/library-ends-late-fines/">View original</a></div>
<amp-consent id="consent" layout="nodisplay"><div class="consent-ui" role="dialog"><p>This site uses cookies to deliver our services
and to show you relevant ads.</p><button on="tap:consent.accept">Agree</button><button on="tap:consent.reject">Decline</button></div></amp-consent>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><nav class="sidebar-nav"><ul>${links(menu)}</ul></nav></amp-sidebar>
<header class="site-header"><button class="hamburger" on="tap:sidebar.toggle" aria-label="Menu">Menu</button>
<a class="site-logo" href="/">Thornbury Sentinel</a><a class="subscribe-btn" href="/subscribe">Subscribe</a></header>
<main id="content" role="main"><article class="amp-article"><div class="section-label">Local News</div>
<h1 class="headline">${title}</h1><div class="byline"><span class="author">By Rosalind Quarry</span>
<span class="timestamp">Published Feb 13, 2026 at 8:00 AM</span><span class="timestamp">Updated Feb 13, 2026 at 11:25 AM</span></div>
<div class="social-share"><amp-social-share type="facebook" width="32" height="32" aria-label="Share on Facebook"></amp-social-share>
<amp-social-share type="twitter" width="32" height="32" aria-label="Share on Twitter"></amp-social-share>
<amp-social-share type="email" width="32" height="32" aria-label="Share by email"></amp-social-share></div>
<figure class="lead-figure"><amp-img src="https://www.thornburysentinel.example/img/library.jpg" width="1200" height="675" layout="responsive"
alt=""></amp-img><figcaption>Children browse the picture book shelves at the Eastgate branch.
<span class="credit">Sentinel photo / Mika Sorrell</span></figcaption></figure>
<div class="article-body">
${ps(paras.slice(0, 4))}
<div class="ad-container"><span class="ad-label">Advertisement</span><amp-ad width="300" height="250" type="doubleclick"
data-slot="/1234/sentinel/amp"></amp-ad></div>
${ps(paras.slice(4))}
</div></article>
<section class="related"><h2>Related Stories</h2><ul>${links(related)}</ul></section>
<section class="newsletter"><h2>Get the Sentinel Morning Briefing</h2><form method="post" action-xhr="/newsletter" target="_top">
<input type="email" name="email" placeholder="Your email"><button type="submit">Sign up</button></form></section></main>
<footer class="site-footer"><ul>${links(foot)}</ul><p>© 2026 Thornbury Sentinel. All rights reserved.</p></footer>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{"vars":{"gtag_id":"G-XXXX"}}</script></amp-analytics>
</body></html>`;

const ampPage: TestPage = {
  name: 'heldout340-amp-cache-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts(paras),
  bylines: ['By Rosalind Quarry', 'Published Feb 13, 2026 at 8:00 AM', 'Updated Feb 13, 2026 at 11:25 AM'],
  furniture: [
    'thornburysentinel.example',
    'View original',
    'This site uses cookies to deliver our services and to show you relevant ads.',
    'Agree',
    'Decline',
    ...menu,
    'Menu',
    'Thornbury Sentinel',
    'Subscribe',
    'Children browse the picture book shelves at the Eastgate branch.',
    'Sentinel photo / Mika Sorrell',
    'Advertisement',
    'Related Stories',
    ...related,
    'Get the Sentinel Morning Briefing',
    'Sign up',
    ...foot,
    '© 2026 Thornbury Sentinel. All rights reserved.',
  ],
};

export const HELDOUT340_F: readonly TestPage[] = [ampPage, newsletterPage];
