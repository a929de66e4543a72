import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout270-kit.js';

/**
 * Held-out batch 270, file d2: a Guardian-style AMP feature story of an invented paper (amp-boilerplate head, amp-sidebar
 * menu, the AMP consent banner, the section kicker, standfirst, byline and time, amp-social-share bar, an amp-img
 * figure with caption and photograph credit, an inline "Related:" link, a pull quote, the contributions epic, keyword
 * tags, "Most viewed" and the footer).
 */
const gTitle = 'The last lamplighters: the town that still lights its gas lamps by hand';
const gStand = [
  j(
    'Every evening at dusk, two council workers walk the old streets of Ellery with long brass poles.',
    'Their job is 200 years old, and nobody wants it to end.',
  ),
];
const gP1 = [
  j(
    "At 5.10pm on a wet February evening, Nadia Farrow props a ladder against the first lamp post on Cooper's Row, reaches",
    'up with a pole tipped with a small hook and turns a tap inside the glass. A blue flame catches, flickers and settles into',
    'a soft yellow glow.',
  ),
  j(
    '"People think it\'s all automatic now," she says, already walking to the next post. "Some of it is. But the clocks fail,',
    'the mantles break, the wind gets in. Somebody has to go round."',
  ),
  j(
    'Ellery, a market town of 11,000 people on the edge of the moors, has 164 working gas street lamps, more than any other',
    'town of its size in the country. Most were installed between 1840 and 1890, and the council has fought for decades to',
    'keep them.',
  ),
];
const gH1 = 'A round of 164 lamps';
const gP2 = [
  j(
    'Farrow and her colleague, Des Okonjo, share the round between them. Each lamp has a clockwork timer that should turn',
    'the gas up at dusk and down at dawn, but the timers need winding every fortnight and adjusting every time the clocks change.',
  ),
  j(
    'The pair also replace the fragile mantles, the fabric sleeves that glow when heated, which can crumble at a touch. On a',
    "bad week, they change 30. In the summer they repaint the posts in the town's traditional dark green.",
  ),
];
const gQuote = 'You get to know every lamp. Some of them sulk in the cold. Number 88 has never once lit first time.';
const gH2 = 'The cost of keeping the flame';
const gP3 = [
  j(
    'Keeping the lamps costs the council about £96,000 a year, roughly three times what it would cost to run the same number',
    'of LED lights. In 2019, a proposal to convert them to electricity prompted a petition signed by more than 6,000 people.',
  ),
  j(
    'Councillor Bethan Lyle, who chairs the heritage committee, says the lamps are part of why visitors come. "The light is',
    "different. It's warmer, it's lower, you can see the stars above the high street. People stand under them and take photographs.\"",
  ),
  j(
    'There are also practical objections. The gas supply will have to change as the national network moves away from natural',
    'gas, and the council is testing a lamp that burns a hydrogen blend on one corner of the market square.',
  ),
];
const gH3 = 'Passing on the pole';
const gP4 = [
  j(
    'Okonjo, who is 61, will retire next year. The council has advertised for a trainee lamplighter twice, and received more',
    'than 200 applications the first time, many from abroad.',
  ),
  j(
    'Farrow, who started as a gardener in the parks department, says the job is easy to learn and hard to leave. As the last',
    'lamp on the round flickers into life outside the old corn exchange, she checks her watch. Forty-eight minutes: a good night.',
  ),
];
const gMenu = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle', 'UK news', 'Environment', 'Science', 'Global development'];
const gTags = ['Heritage', 'Local government', 'Energy', 'Features'];
const gMost = [
  'Why the humble allotment waiting list is now ten years long',
  'Tide tables and tea urns: a day with the coastguard volunteers',
  'Rare orchid found growing on a railway embankment',
];
const gFoot = ['About us', 'Contact us', 'Complaints & corrections', 'Terms & conditions', 'Privacy policy', 'Cookie policy', 'Tax strategy'];
const gHtml = `<!doctype html>
<html amp lang="en"><head><meta charset="utf-8"><title>${gTitle} | UK news | The Northern Courier</title>
<link rel="canonical" href="https://www.northerncourier.example/uk-news/2026/mar/03/ellery-gas-lamps-lamplighters">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1"><meta name="description" content="${gStand[0]}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>
<style amp-custom>.headline{font-family:GH Guardian Headline,serif}.standfirst{font-weight:700}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"The last lamplighters",
"datePublished":"2026-03-03T07:00:00.000Z","author":[{"@type":"Person","name":"Imogen Tarrant"}],
"publisher":{"@type":"Organization","name":"The Northern Courier"}}</script></head>
<body class="amp-body"><amp-consent id="nc-consent" layout="nodisplay"><div class="consent-ui" role="dialog">
<p class="consent-ui__title">It's your choice</p><p>We use cookies and similar technologies to help provide this service and to show
you personalised advertising.</p><button on="tap:nc-consent.accept" class="consent-ui__button">Yes, I'm happy</button>
<button on="tap:nc-consent.reject" class="consent-ui__button consent-ui__button--secondary">Manage my cookies</button></div></amp-consent>
<amp-sidebar id="sidebar" layout="nodisplay" side="right" class="sidebar"><ul class="sidebar__list">${links(gMenu, 'sidebar__item')}</ul></amp-sidebar>
<header class="header"><a class="header__logo" href="https://www.northerncourier.example"><span class="u-h">The Northern Courier - Back to home</span></a>
<button on="tap:sidebar.toggle" class="header__menu">Menu</button>
<a class="header__support" href="https://support.northerncourier.example">Support us</a></header>
<main><article class="content content--feature"><header class="content__head"><div class="content__labels">
<a class="content__section-label" href="https://www.northerncourier.example/uk-news">UK news</a></div>
<h1 class="content__headline headline">${gTitle}</h1>
<div class="content__standfirst standfirst">${ps(gStand)}</div>
<div class="meta"><div class="meta__byline byline"><a rel="author" href="/profile/imogentarrant">Imogen Tarrant</a></div>
<time class="meta__published" datetime="2026-03-03T07:00:00+0000">Tue 3 Mar 2026 07.00 GMT</time>
<div class="meta__social"><amp-social-share type="facebook" width="32" height="32" aria-label="Share on Facebook"></amp-social-share>
<amp-social-share type="email" width="32" height="32" aria-label="Share via Email"></amp-social-share></div></div></header>
<figure class="element element-image element--showcase"><amp-img src="https://i.ncimg.example/img/media/lamplighter/1000.jpg" layout="responsive"
width="1000" height="600" alt=""></amp-img><figcaption class="caption caption--img">Nadia Farrow lights a lamp on Cooper's Row.
Photograph: Ruth Aldane/The Northern Courier</figcaption></figure>
<div class="content__article-body from-content-api js-article__body">
${ps(gP1)}
<aside class="element element-rich-link"><p><span>Related: </span><a href="/uk-news/2025/nov/10/victorian-street-furniture-listing">The battle
to save Britain's cast-iron street furniture</a></p></aside>
<h2>${gH1}</h2>
${ps(gP2)}
<aside class="element element-pullquote element--supporting"><blockquote><p>${gQuote}</p><footer><cite>Nadia Farrow</cite></footer>
</blockquote></aside>
<h2>${gH2}</h2>
${ps(gP3)}
<h2>${gH3}</h2>
${ps(gP4)}
</div>
<div class="contributions-epic"><h2 class="contributions-epic__heading">Before you move on...</h2><p>Reporting like this takes time. If
you can, please support The Northern Courier from as little as £1.</p><a class="contributions-epic__button" href="/contribute">Support us</a></div>
<div class="submeta"><span class="submeta__label">Explore more on these topics</span><ul class="submeta__keywords">${links(gTags)}</ul>
<a class="submeta__link" href="/info/reuse">Reuse this content</a></div></article>
<section class="most-viewed"><h2 class="most-viewed__title">Most viewed</h2><ol>${links(gMost, 'most-viewed__item')}</ol></section></main>
<footer class="footer"><ul class="footer__links">${links(gFoot)}</ul>
<p class="footer__copyright">© 2026 Northern Courier Media Limited or its affiliated companies. All rights reserved.</p></footer>
<amp-analytics type="googleanalytics" id="analytics1"><script type="application/json">{"vars":{"account":"UA-00000-1"}}</script></amp-analytics>
</body></html>`;
export const courier: TestPage = {
  name: 'heldout270-guardian-style-amp-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [gH1, gH2, gH3],
  body: texts([...gStand, ...gP1, ...gP2, gQuote, ...gP3, ...gP4]),
  bylines: ['Imogen Tarrant', 'Tue 3 Mar 2026 07.00 GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    "It's your choice", 'We use cookies and similar technologies to help provide this service and to show you personalised advertising.',
    "Yes, I'm happy", 'Manage my cookies', ...gMenu, 'The Northern Courier - Back to home', 'Menu', 'Support us',
    "Nadia Farrow lights a lamp on Cooper's Row. Photograph: Ruth Aldane/The Northern Courier",
    "Related: The battle to save Britain's cast-iron street furniture", 'Before you move on...',
    'Reporting like this takes time. If you can, please support The Northern Courier from as little as £1.', 'Explore more on these topics',
    ...gTags, 'Reuse this content', 'Most viewed', ...gMost, ...gFoot,
    '© 2026 Northern Courier Media Limited or its affiliated companies. All rights reserved.',
  ],
};
