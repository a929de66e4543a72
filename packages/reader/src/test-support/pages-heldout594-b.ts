import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis } from './pages-heldout594-kit.js';

/**
 * Held-out batch 594, file b: a balloon studio's long under-the-sea party theme guide on Squarespace 7.1 (blog post with
 * author card, prev / next links and a newsletter footer).
 */
const qTitle = 'Under the Sea Party: A Complete Theme Guide';
const qH = [
  'Start with a palette',
  'Balloons and the backdrop',
  'The party table',
  'Games that keep them busy',
  'Favours and thank-yous',
  'A four-week timeline',
];
const qIntro = [
  j(
    'Of all the themes we decorate for, under the sea is the one we are asked for most, and it is easy to see why. It works for a first birthday and',
    'for a tenth, it suits boys and girls alike, and it can be as simple as a few blue balloons or as big as a walk-through coral reef.',
  ),
  j(
    'This guide walks through everything we think about when we plan an ocean party for a client: colours, balloons, the table, games and',
    'favours, with a simple timeline at the end so nothing is left to the last minute.',
  ),
];
const qPalette = [
  j(
    'The quickest way to make an ocean theme look grown-up rather than crowded is to choose four colours and stick to them. Our favourite mix is',
    'a deep teal, a pale aqua, a soft coral and a touch of pearl white. Sand, gold or lilac can stand in for the coral if the birthday child has',
    'a favourite colour of their own.',
  ),
  j(
    'Avoid using every shade of blue you can find. Two blues, one warm colour and one neutral will always look more deliberate than six blues',
    'fighting each other, and they photograph much better.',
  ),
];
const qBalloons = [
  j(
    'A garland is the centrepiece of most of our ocean parties. We build it in the palette above, then tuck in a few clear balloons filled',
    'with a little confetti to suggest bubbles. Two or three foil fish or a large octopus balloon finish it off without turning it into a cartoon.',
  ),
  j(
    'If you are decorating yourself, hang a sheer blue curtain or a wave-print backdrop behind the garland. Fishing net draped along the edge',
    'of the table and a few shells scattered underneath cost very little and make the scene feel complete.',
  ),
  j(
    'For a bigger room, helium jellyfish are a lovely touch: a pearl balloon with strips of iridescent ribbon hanging a metre below it. Weight',
    'them low on the tables so they drift at eye level for small children.',
  ),
];
const qTable = [
  j(
    'Keep the tablecloth plain (white or sand) and let the food do the work. Blue jelly cups with gummy fish, goldfish crackers, sandwiches cut',
    'with a starfish cutter and a watermelon carved into a shark are all easy and popular.',
  ),
  'Our small touches for the table:',
];
const qTableItems = [
  'Label each dish with a little card, such as “Seaweed Sticks” for cucumber or “Shark Bait” for the crisps.',
  'Serve drinks in clear cups so the blue squash shows.',
  'Put a glass bowl of blue water with floating candles in the middle for evening parties, well out of reach.',
];
const qGames = [
  j(
    'For children under five, a treasure dig in a sandpit or a paddling pool of shredded paper keeps them happy for ages. Hide plastic coins and',
    'shells and give each child a small bucket to fill.',
  ),
  j(
    'Older children love a “catch the fish” game with magnetic rods, a pin-the-fin-on-the-shark poster, or a pass-the-parcel wrapped in layers',
    'of blue and green paper. If you have a garden, a bubble machine running in the background does half the entertaining for you.',
  ),
];
const qFavours = [
  j(
    'Simple favours suit this theme best: a small net bag with a bubble wand, a shell-shaped chocolate and a sticker sheet. For a keepsake,',
    'a little jar of sand with a shell and the child’s name on the lid goes down well with parents.',
  ),
  j(
    'Send thank-you notes with a photo of each guest in front of the garland. It is a nice way to use the backdrop after the party, and',
    'families tend to keep them.',
  ),
];
const qTimeline = [
  'Four weeks before: choose your palette, send invitations and book any balloon installation.',
  'Three weeks before: order favours, tableware and foil balloons.',
  'One week before: confirm numbers, buy the non-perishable food and test your games.',
  'The day before: make the jelly cups, fill the favour bags and set up the backdrop.',
  'On the day: balloons go up last, no more than six hours before guests arrive.',
];
const qOutro = j(
  'However big or small you go, an ocean party is one of the most forgiving themes there is. Pick your colours, commit to them, and the rest',
  'falls into place. If you would like us to build the garland for you, we are always happy to talk through ideas.',
);
const qNav = ['Services', 'Gallery', 'Party Ideas', 'About', 'Contact'];
const qPrev = 'Dinosaur Party Ideas for Little Explorers';
const qNext = 'How Early Should You Book a Balloon Decorator?';
const qBio = 'Marisol designs balloon installations and party styling at Fête & Float Studio, and has decorated more than 400 children’s parties.';
const block = (html: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content">${html}</div></div></div>`;
const pre = ' class="" style="white-space:pre-wrap;"';
const qImage = `<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><div class="image-block-outer-wrapper
layout-caption-below design-layout-inline"><figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper" data-animation-role="image">
<div class="sqs-image-shape-container-element has-aspect-ratio"><img data-src="https://images.squarespace-cdn.example/content/v1/ocean-garland.jpg"
alt="Teal, aqua and coral balloon garland with foil fish" loading="lazy"></div></div><figcaption class="image-caption-wrapper"><div class="image-caption">
<p${pre}>A teal, aqua and coral garland we built for Ottilie’s fourth birthday.</p></div></figcaption></figure></div></div></div>`;
const qContent = [
  block(`${ps(qIntro, pre)}<h2>${qH[0]}</h2>${ps(qPalette, pre)}`),
  qImage,
  block(
    `<h2>${qH[1]}</h2>${ps(qBalloons, pre)}<h2>${qH[2]}</h2>${ps(qTable, pre)}<ul
data-rte-list="default">${lis(qTableItems.map((t) => `<p${pre}>${t}</p>`))}</ul>`,
  ),
  block(`<h2>${qH[3]}</h2>${ps(qGames, pre)}<h2>${qH[4]}</h2>${ps(qFavours, pre)}`),
  block(`<h2>${qH[5]}</h2><ol data-rte-list="default">${lis(qTimeline.map((t) => `<p${pre}>${t}</p>`))}</ol><p${pre}>${qOutro}</p>`),
].join('\n');
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${qTitle} &mdash; Fête &amp; Float Studio</title><link rel="canonical" href="https://www.feteandfloat.example/party-ideas/under-the-sea-party-guide">
<meta property="og:site_name" content="Fête &amp; Float Studio"><meta property="og:type" content="article">
<meta itemprop="author" content="Marisol Penhale"><meta itemprop="datePublished" content="2026-03-03T09:15:00+0000">
<script type="application/ld+json">{"url":"https://www.feteandfloat.example","name":"Fête & Float Studio","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${qTitle}","author":{"@type":"Person",
"name":"Marisol Penhale"}}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101","collectionId":"63f1c0a1"};</script>
<link href="//static1.squarespace.example/static/versioned-site-css/63f1/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-6402f1" class="header--menu-open-false tweak-blog-item-width-narrow tweak-blog-item-alignment-center primary-button-style-solid view-item
collection-type-blog-basic-grid collection-layout-default">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text">
<div class="sqs-announcement-bar-text-inner"><p>Spring weekends are filling fast — check your date today.</p></div></div></div></div></div>
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img src="//images.squarespace-cdn.example/logo.png" alt="Fête &amp; Float Studio"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${qNav
  .map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`)
  .join('\n')}</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a Consultation</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63f1c0a1">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide
horizontal-alignment--center vertical-alignment--middle white" data-section-theme="white"><div class="content-wrapper"><div class="content">
<div class="blog-item-wrapper"><article class="entry h-entry hentry author-marisol-penhale post-type-text article-index-1 category-party-themes"
data-item-id="6402f1"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section">
<span class="blog-meta-primary"><span class="blog-categories-list">
<a href="/party-ideas?category=Party+Themes" class="blog-categories">Party Themes</a></span></span>
<span class="blog-meta-secondary"><span class="blog-author">Marisol Penhale</span><time class="dt-published blog-meta-item blog-meta-item--date"
datetime="2026-03-03">March 3, 2026</time></span></div></div><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name"
data-content-field="title">${qTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"
data-updated-on="1709457300000" id="item-6402f1"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${qContent}
</div></div></div></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/party-ideas?author=5f2b" class="author-avatar"><img src="//images.squarespace-cdn.example/avatar.jpg"
alt=""></a><div class="author-profile-text"><div class="author-name">Marisol Penhale</div><div class="author-bio"><p>${esc(qBio)}</p></div></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid"><a class="item-pagination-link item-pagination-link--prev"
href="/party-ideas/dinosaur-party"><div class="item-pagination-icon icon icon--stroke"><svg viewBox="0 0 23 48"></svg></div><div class="item-pagination-text">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">${qPrev}</h2></div></a>
<a class="item-pagination-link item-pagination-link--next" href="/party-ideas/when-to-book"><div class="item-pagination-text">
<div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">${qNext}</h2></div></a></section>
</article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section" data-section-theme="dark">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
${block(`<h3${pre}>Fête &amp; Float Studio</h3><p${pre}>Balloon styling for parties across Corrabrook and the Lune valley.</p>`)}</div>
<div class="col sqs-col-6 span-6"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><div class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Party notes, once a month</h2><div class="newsletter-form-header-description">
<p>Theme ideas and early booking dates.</p>
</div></div><form class="newsletter-form" data-form-id="6400aa" autocomplete="on" method="POST" novalidate><div class="newsletter-form-body">
<div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17">Email Address</label>
<input id="email-yui_3_17" class="newsletter-form-field-element field-element"
name="email" type="email" placeholder="Email Address"></div></div><div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form><div class="hidden form-submission-text">Thank you!</div></div></div></div>
</div>
</div></div></div></div></section></footer>
<div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-desktop" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-text">
<p>We use cookies to improve your experience on our site.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-deny">Decline all</button><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">
Accept all</button><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-manage">Manage cookies</button></div></div>
<script defer src="//assets.squarespace.example/universal/scripts-compressed/website-component-definition-40b6-min.en-US.js"></script></body></html>`;
const squarespaceTheme: TestPage = {
  name: 'heldout594-squarespace-ocean-theme',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: qH,
  body: [...qIntro, ...qPalette, ...qBalloons, ...qTable, ...qTableItems, ...qGames, ...qFavours, ...qTimeline, qOutro],
  bylines: ['Marisol Penhale', 'March 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Spring weekends are filling fast — check your date today.', 'Skip to Content', 'Services', 'Gallery', 'Party Ideas', 'Contact',
    'Book a Consultation', 'Party Themes',
    'A teal, aqua and coral garland we built for Ottilie’s fourth birthday.', qBio, 'Previous', qPrev, 'Next', qNext,
    'Fête & Float Studio', 'Balloon styling for parties across Corrabrook and the Lune valley.', 'Party notes, once a month',
    'Theme ideas and early booking dates.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'We use cookies to improve your experience on our site.', 'Decline all', 'Accept all', 'Manage cookies',
  ],
};

export const HELDOUT594_B: readonly TestPage[] = [squarespaceTheme];
