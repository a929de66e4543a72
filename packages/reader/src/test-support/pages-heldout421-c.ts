import { links, ps, type TestPage, texts } from './page-kit.js';
import { gymNews } from './pages-heldout421-c2.js';
import { j } from './pages-heldout421-kit.js';

/**
 * Held-out batch 421, file c: an alpine guide's route description on a Squarespace 7.1 guiding company site (announcement bar,
 * header nav, fluid-engine blocks, a route facts list, a pull quote, the "Book this climb" button block, the newsletter block,
 * the summary block of other routes and the footer) and, from file c2, a bouldering gym's setting news on a Wix blog.
 */
const sgTitle = 'Dent du Corbeau: South-East Ridge';
const sgHeads = ['The route at a glance', 'Day one: to the bivouac', 'Day two: the ridge', 'Is this climb for you?'];
const sgFacts = [
  'Grade: AD+, rock to IV on the towers',
  'Height gain: 1,450 m over two days',
  'Best season: July to mid-September',
  'Guide ratio: 1:2, or 1:1 for a faster ascent',
];
const sgDay1 = [
  j(
    'We meet in Verrières at eight for a kit check and then drive to the roadhead at the Plan des Chèvres. The path climbs',
    'steadily through larch woods and then over grassy moraines to the small Corbeau bivouac hut at 2,780 metres, which takes',
    'about four hours at a relaxed pace.',
  ),
  j(
    'In the afternoon we practise moving together on the slabs behind the hut, short-roping on easy ground and the lowering',
    'and abseil systems we will use on the descent. Dinner is whatever we carry up, and the sunsets over the western peaks are',
    'the reason many guests come back.',
  ),
];
const sgDay2 = [
  j(
    'We leave by headtorch at four and cross a short snow slope to the foot of the ridge. The first part is easy scrambling on',
    'good granite, then the ridge narrows into a series of four towers. The second tower has the hardest moves of the day, a',
    'steep crack of grade IV that I usually pitch for guests.',
  ),
  j(
    'From the top of the fourth tower a sharp, airy crest leads to the summit cross, normally reached around ten. We descend',
    'by the west flank with three abseils and a long walk down to the car, arriving back in Verrières in time for a late lunch.',
  ),
];
const sgFor = [
  j(
    'This is a serious mountain day but not a technical one. You should be comfortable on scrambling ground for eight to ten',
    'hours, have climbed on rock outdoors and be happy with exposure. Crampon experience is helpful but we can teach it on day one.',
  ),
  j('If you are not sure, book a training day with us first. It gives both of us a chance to see how you move on rock before', 'we commit to the ridge.'),
];
const sgQuote = 'The Corbeau ridge is the climb I recommend to anyone who wants a first real alpine summit on rock.';
const sgNav = ['Climbs', 'Courses', 'Ski touring', 'About Yann', 'Calendar', 'Contact'];
const sgOther = ['Aiguille Verdette traverse', 'Pointe de la Sauge by the north face', 'Intro to alpine rock, 3 days'];
const sgHtml = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta charset="utf-8">
<title>Dent du Corbeau: South-East Ridge — Corbeau Mountain Guiding</title>
<meta property="og:site_name" content="Corbeau Mountain Guiding"><meta property="og:title" content="Dent du Corbeau: South-East Ridge">
<meta itemprop="name" content="Dent du Corbeau: South-East Ridge"><meta name="twitter:card" content="summary">
<script type="text/javascript" crossorigin="anonymous" src="//assets.squarespace.example/universal/scripts-compressed/extract-css-runtime.js"></script>
<script>Static.SQUARESPACE_CONTEXT={"website":{"siteTitle":"Corbeau Mountain Guiding"},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://corbeau-guiding.example","name":"Corbeau Mountain Guiding",
"@context":"http://schema.org","@type":"WebSite"}</script>
</head><body id="collection-64a1" class="tweak-global-animations-enabled header-width-full primary-button-style-solid">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-text-inner">
<p>Summer 2026 dates are now open for booking.</p></div></div></div>
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-title"><div class="header-title-text">
<a href="/">Corbeau Mountain Guiding</a></div></div><nav class="header-nav-list"><ul>${links(sgNav, 'header-nav-item')}</ul></nav>
<a href="/book" class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary">Book now</a></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1f0">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64a1f0"><div class="fe-block fe-block-1">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${sgTitle}</h1><p class="sqsrte-small">Written by Yann Morvillier, IFMGA guide</p>
<h3>${sgHeads[0]}</h3><ul data-rte-list="default">${sgFacts.map((f) => `<li><p>${f}</p></li>`).join('')}</ul></div></div></div></div>
<div class="fe-block fe-block-2"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><img data-src="https://images.squarespace-cdn.example/corbeau-ridge.jpg" alt="">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>The third tower, with the summit cross behind.</p></div></figcaption></figure>
</div></div></div>
<div class="fe-block fe-block-3"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h3>${sgHeads[1]}</h3>${ps(sgDay1)}<h3>${sgHeads[2]}</h3>${ps(sgDay2)}</div></div></div></div>
<div class="fe-block fe-block-4"><div class="sqs-block quote-block sqs-block-quote" data-block-type="31"><div class="sqs-block-content">
<figure><blockquote data-animation-role="quote"><span>“</span>${sgQuote}<span>”</span></blockquote></figure></div></div></div>
<div class="fe-block fe-block-5"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<h3>${sgHeads[3]}</h3>${ps(sgFor)}</div></div></div></div>
<div class="fe-block fe-block-6"><div class="sqs-block button-block sqs-block-button"><div class="sqs-block-content">
<div class="sqs-block-button-container--center"><a href="/book/corbeau" class="sqs-block-button-element--medium sqs-button-element--primary">Book this climb
from €780</a></div></div></div></div>
<div class="fe-block fe-block-7"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content">
<div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">Conditions letter</h2>
<div class="newsletter-form-header-description"><p>One email a month on snow, ice and rock conditions in the valley.</p></div>
<form class="newsletter-form"><input type="email" placeholder="Email Address"><button class="newsletter-form-button">Sign Up</button></form></div></div>
</div></div>
<div class="fe-block fe-block-8"><div class="sqs-block summary-v2-block sqs-block-summary-v2"><div class="sqs-block-content">
<div class="summary-block-header"><h3 class="summary-heading">Other climbs</h3></div><div class="summary-item-list">
${sgOther.map((o) => `<div class="summary-item"><div class="summary-title"><a href="/climbs/x" class="summary-title-link">${o}</a></div></div>`).join('\n')}
</div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="sqs-html-content">
<p>Corbeau Mountain Guiding · Verrières, Haute-Vallée</p><p>Member of the IFMGA through the national guides' association.</p>
<p>© 2026 Yann Morvillier</p></div></section></footer>
<script src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespaceGuide: TestPage = {
  name: 'heldout421-squarespace-guide-route-blog',
  kind: 'blog',
  html: sgHtml,
  title: sgTitle,
  headings: sgHeads,
  body: texts([...sgFacts, ...sgDay1, ...sgDay2, sgQuote, ...sgFor]),
  bylines: ['Written by Yann Morvillier, IFMGA guide'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Summer 2026 dates are now open for booking.', 'Corbeau Mountain Guiding', ...sgNav, 'Book now', 'The third tower, with the summit cross behind.',
    'Book this climb from €780', 'Conditions letter', 'One email a month on snow, ice and rock conditions in the valley.', 'Sign Up', 'Other climbs',
    ...sgOther, 'Corbeau Mountain Guiding · Verrières, Haute-Vallée', "Member of the IFMGA through the national guides' association.",
    '© 2026 Yann Morvillier',
  ],
};

export const HELDOUT421_C: readonly TestPage[] = [squarespaceGuide, gymNews];
