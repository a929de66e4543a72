import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout275-kit.js';

/**
 * Held-out batch 275, file b2: an Eater restaurant review on Vox Media's Chorus template (global header and city nav, the
 * c-entry-hero with dek, byline and timestamp, share buttons, lead image with caption and credit, the "Star rating" and venue
 * info panel with address, hours and prices, an inline "Related" link, the c-entry-box newsletter sign-up, the "Sign up for
 * the newsletter" footer block, the "Most Read" rail and the Chorus footer).
 */
const eTitle = 'At Brasa Nueve, a Harbour Street Grill Finally Gets the Fire Right';
const eDek = 'The second restaurant from chef Adela Ferrán turns a former ship’s chandlery into the most exciting dining room in town';
const eBody = [
  j(
    'You smell Brasa Nueve before you see it. Halfway down Harbour Street, where the old chandlery used to sell rope and brass',
    'fittings, a plume of oak smoke drifts out of a vent above the door, and on a cold evening it is almost impossible to walk past.',
  ),
  j(
    'Inside, chef Adela Ferrán has kept the iron beams and the long shop counter, and turned the back wall into an open kitchen',
    'built around a two-metre wood-fired grill. It is the focus of the room, and of the menu, which changes most weeks and reads',
    'like a list of things that taste better for having been near a flame.',
  ),
  j(
    'Start with the bread, a dense sourdough charred on the grill and served with whipped lardo and a spoonful of honey from a',
    'farm up the valley. Then order the leeks, blackened whole, split open and dressed with hazelnut romesco; they are the best',
    'thing I have eaten this year, and the table next to mine ordered a second plate without discussion.',
  ),
  j(
    'Fish is where Ferrán’s cooking really shines. A whole turbot for two arrives with its skin blistered and the flesh barely',
    'set, alongside a jug of brown butter sharpened with cider vinegar. Meat lovers should look at the pork chop, brined for two',
    'days and grilled slowly over the embers until the fat turns glassy.',
  ),
  'Not everything lands. On my visits a few dishes fell short:',
];
const eMisses = [
  'Grilled squid came out rubbery on a busy Saturday.',
  'The chocolate tart was heavy after so much smoke and fat.',
  'Wines by the glass are few and priced steeply.',
];
const eEnd = [
  j(
    'Service is warm and unhurried, led by Ferrán’s business partner Tomás Ilie, who seems to know half the room by name.',
    'Bookings open a month ahead and go quickly, but the six seats at the counter are kept for walk-ins, and they are the best',
    'seats in the house.',
  ),
  j(
    'Brasa Nueve is not a cheap night out, and it does not pretend to be. But it is a restaurant with a clear idea, cooked with',
    'real skill, and it has given this end of Harbour Street a reason to stay up late.',
  ),
];
const eInfo = [
  'Address: 27 Harbour Street, Port Wenna',
  'Hours: Wednesday to Saturday 5:30–11 p.m., Sunday noon–4 p.m.',
  'Prices: Small plates $9–$18, large plates $28–$64',
  'Bottom line: Order the leeks, share the turbot, sit at the counter.',
];
const eNav = ['Maps', 'Guides', 'Reviews', 'Openings', 'Closings', 'Newsletters'];
const eRead = ['The 38 Essential Restaurants in Port Wenna', 'Where to Eat Oysters This Winter', 'A Bakery Queue Worth Joining at 7 a.m.'];
const eFoot = ['Terms of Use', 'Privacy Notice', 'Cookie Policy', 'Do Not Sell or Share My Personal Info', 'Licensing FAQ', 'Accessibility'];
const eHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${eTitle} - Eater Port Wenna</title>
<meta name="description" content="${eDek}"><meta property="og:site_name" content="Eater Port Wenna"><meta property="og:type" content="article">
<meta name="parsely-metadata" content='{"layout":"entry","type":"review"}'><link rel="canonical" href="https://portwenna.eater.example/brasa-nueve-review">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${eTitle}","author":[{"@type":"Person",
"name":"Dominic Ashe"}],"datePublished":"2026-02-19T10:30:00-05:00","publisher":{"@type":"Organization","name":"Eater Port Wenna"}}</script>
<script>var Chorus = Chorus || {}; Chorus.AdContext = {"network":"eater","entry":"25941","category":"reviews"};</script></head>
<body class="entry_key_unison_standard entry_template_standard"><div class="l-root l-reskin">
<header class="c-global-header"><div class="c-global-header__logo"><a href="/"><span class="u-hidden">Eater Port Wenna</span></a></div>
<nav class="c-global-header__links"><ul>${links(eNav, 'c-global-header__link')}</ul></nav><div class="c-global-header__right">
<a href="/newsletters" class="c-global-header__newsletter">Sign up for newsletters</a></div></header>
<div class="l-main-content"><div class="c-entry-hero c-entry-hero--default"><div class="c-entry-group-labels"><ul>
<li class="c-entry-group-labels__item"><a href="/reviews">Eater Critic</a></li></ul></div>
<h1 class="c-page-title">${eTitle}</h1><p class="c-entry-summary p-dek">${eDek}</p>
<div class="c-byline"><span class="c-byline__item"><span class="c-byline__author-name">by <a href="/authors/dominic-ashe">Dominic Ashe</a></span></span>
<span class="c-byline__item"><time class="c-byline__item" datetime="2026-02-19T15:30:00+00:00">Feb 19, 2026, 10:30am EST</time></span></div>
<div class="c-social-buttons"><a class="c-social-buttons__item" href="#">Share this story</a><ul>
<li><a data-analytics-social="facebook" href="#">Share on Facebook</a></li><li><a data-analytics-social="twitter" href="#">Share on Twitter</a></li></ul></div>
</div>
<div class="l-col__main"><figure class="e-image e-image--hero"><span class="e-image__inner"><img src="https://cdn.vox.example/brasa.jpg"
alt="A wood-fired grill with fish over the coals"></span><figcaption>The grill at Brasa Nueve.</figcaption>
<cite class="e-image__meta">Kit Morrow/Eater Port Wenna</cite></figure>
<div class="c-entry-content ">
${ps(eBody.slice(0, 3))}
<p><strong>Related:</strong> <a href="/maps/best-restaurants">The 38 Essential Restaurants in Port Wenna</a></p>
${ps(eBody.slice(3))}
<ul>${lis(eMisses)}</ul>
<aside class="c-entry-box--compact c-entry-box--compact--newsletter"><p class="c-entry-box--compact__title">Sign up for the Eater Port Wenna
newsletter</p><p class="c-entry-box--compact__dek">The freshest news from the local food world</p><form><input type="email" placeholder="Email (required)">
<button class="c-button">Subscribe</button></form></aside>
${ps(eEnd)}
<div class="c-venue-info" data-venue-id="brasa-nueve"><div class="c-venue-info__rating"><span class="c-venue-info__label">Star rating</span>
<span class="c-rating" aria-label="3 stars out of 4">3 stars</span></div><ul class="c-venue-info__list">${lis(eInfo, 'c-venue-info__item')}</ul>
<a class="c-venue-info__map" href="#">View on map</a></div>
</div><div class="c-entry-stats"><p class="c-tags"><a href="/reviews">Reviews</a> <a href="/neighbourhood/harbour">Harbour District</a></p></div></div>
<div class="l-col__sidebar"><div class="c-rock-list"><h2 class="c-rock-list__title">Most Read</h2><ol>${links(eRead, 'c-rock-list__item')}</ol></div></div>
</div>
<footer class="c-footer"><div class="c-footer__logo"><span>Eater Port Wenna</span></div><ul class="c-footer__links">${links(eFoot)}</ul>
<p class="c-footer__copyright">© 2026 Vox Media, LLC. All Rights Reserved</p></footer></div>
<div id="onetrust-banner-sdk" class="otFlat"><p id="onetrust-policy-text">We and our partners use cookies and similar technologies on this site.</p>
<button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></body></html>`;
export const eater: TestPage = {
  name: 'heldout275-eater-chorus-restaurant-review',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: [],
  body: texts([eDek, ...eBody, ...eMisses, ...eEnd, ...eInfo]),
  bylines: ['by Dominic Ashe', 'Feb 19, 2026, 10:30am EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...eNav, 'Sign up for newsletters', 'Eater Critic', 'Share this story', 'Share on Facebook', 'Share on Twitter', 'The grill at Brasa Nueve.',
    'Kit Morrow/Eater Port Wenna', 'Related:', 'Sign up for the Eater Port Wenna newsletter', 'The freshest news from the local food world', 'Subscribe',
    'Star rating', '3 stars', 'View on map', 'Harbour District', 'Most Read', ...eRead, ...eFoot, '© 2026 Vox Media, LLC. All Rights Reserved',
    'We and our partners use cookies and similar technologies on this site.', 'Accept All', 'Cookie Settings',
  ],
};
