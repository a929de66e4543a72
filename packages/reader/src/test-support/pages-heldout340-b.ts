import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, ld } from './pages-heldout340-kit.js';
import { flipboardPage } from './pages-heldout340-b2.js';

/**
 * Held-out batch 340, file b: an Apple News web preview page (short main text: the publisher logo, the headline and the
 * preview excerpt, the "Open in News" and "Get Apple News" calls, the subscription badge, the global Apple nav and
 * footer) and, from file b2, a Flipboard-style magazine page.
 */
const title = 'The quiet comeback of the neighbourhood repair shop';
const paras = [
  j(
    'On a Saturday morning in the Old Tannery district of Westmarch, there is a queue outside a shop that did not exist two years',
    'ago. People hold toasters, lamps with frayed cords, a child&#39;s bicycle with a buckled wheel. Inside, three volunteers and',
    'one paid technician work at benches made from old doors.',
  ),
  j(
    'The Mend Room, as the shop is called, fixed more than 2,300 items last year, its organisers say, and turned away only about',
    'one in eight. It is one of a dozen repair shops that have opened across the region since the city began paying a small',
    'grant for every kilo of household waste kept out of the landfill.',
  ),
  j(
    'Its founder, a retired electrician named Oriel Makepeace, says the grant covers the rent but not the real cost, which is',
    'patience. &quot;Half of repair is listening to the owner explain what it did before it stopped,&quot; she says. &quot;The',
    'other half is finding a part that nobody makes any more.&quot;',
  ),
];
const nav = ['Store', 'Mac', 'iPad', 'iPhone', 'Watch', 'Vision', 'AirPods', 'TV & Home', 'Entertainment', 'Accessories', 'Support'];
const foot = ['Privacy Policy', 'Terms of Use', 'Sales and Refunds', 'Legal', 'Site Map'];
const html = `<!DOCTYPE html><html lang="en-US" dir="ltr" class="no-js"><head><meta charset="utf-8">
<title>${title} — Westmarch Weekly</title><meta name="apple-itunes-app" content="app-id=1066498020, app-argument=https://apple.news/AxT3kLq9">
<meta property="og:title" content="${title}"><meta property="og:site_name" content="Apple News">
<meta property="og:description" content="On a Saturday morning in the Old Tannery district of Westmarch, there is a queue outside a shop.">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="https://apple.news/AxT3kLq9RbS2wYp1cF0vQ">
${ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, publisher: { '@type': 'Organization', name: 'Westmarch Weekly' } })}
<script>var redirectToApp=function(){window.location="applenews://AxT3kLq9RbS2wYp1cF0vQ"};setTimeout(redirectToApp,100);</script>
<link rel="stylesheet" href="https://www.apple.example/api-www/global-elements/global-header/v1/flyout/global-header.css"></head>
<body class="page-article"><nav id="globalnav" class="globalnav" aria-label="Global"><div class="globalnav-content">
<a class="globalnav-link globalnav-link-apple" href="https://www.apple.example/"><span class="globalnav-image-regular">Apple</span></a>
<ul class="globalnav-list">${links(nav, 'globalnav-item')}</ul></div></nav>
<main id="main" class="main" role="main"><div id="article-container" class="article-container">
<div class="article-wrapper"><div class="publication-header"><img class="publication-logo" alt="Westmarch Weekly"
src="https://c.apple.news/AgEXQ.../logo.png"><span class="plus-badge">Apple News+</span></div>
<article class="article"><div class="article-header"><h1 class="headline">${title}</h1>
<p class="byline"><span class="author">By Saul Ventress</span> <span class="date">April 14, 2026</span></p></div>
<figure class="hero"><img src="https://c.apple.news/AgEXQ.../hero.jpg" alt=""><figcaption class="caption">Volunteers at the Mend Room
in Westmarch.</figcaption></figure>
<div class="article-excerpt">
${ps(paras)}
</div><div class="article-fade" aria-hidden="true"></div></article>
<div class="cta-module"><p class="cta-headline">Continue reading in Apple News+</p>
<p class="cta-body">Read this story and hundreds of magazines and newspapers with Apple News+.</p>
<a class="button open-in-news" href="applenews://AxT3kLq9RbS2wYp1cF0vQ">Open in News</a>
<a class="button get-apple-news" href="https://apps.apple.example/app/apple-news/id1066498020">Get Apple News</a>
<p class="cta-note">Apple News requires iOS 18 or later or macOS 15 or later.</p></div></div></div></main>
<footer id="globalfooter" class="globalfooter" role="contentinfo"><div class="gf-legal">
<p class="gf-copyright">Copyright © 2026 Apple Inc. All rights reserved.</p><ul class="gf-legal-links">${links(foot)}</ul>
<p class="gf-locale">United States</p></div></footer></body></html>`;

const applePage: TestPage = {
  name: 'heldout340-apple-news-preview-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts(paras),
  bylines: ['By Saul Ventress', 'April 14, 2026'],
  furniture: [
    'Apple',
    ...nav,
    'Westmarch Weekly',
    'Apple News+',
    'Volunteers at the Mend Room in Westmarch.',
    'Continue reading in Apple News+',
    'Read this story and hundreds of magazines and newspapers with Apple News+.',
    'Open in News',
    'Get Apple News',
    'Apple News requires iOS 18 or later or macOS 15 or later.',
    'Copyright © 2026 Apple Inc. All rights reserved.',
    ...foot,
    'United States',
  ],
};

export const HELDOUT340_B: readonly TestPage[] = [applePage, flipboardPage];
