import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout613-kit.js';

/** Held-out batch 613, file a2: a pond fish care guide on a Squarespace 7.1 blog (journal) with comments and a newsletter block. */
const sTitle = 'Looking After Pond Fish Through the Year';
const sIntro = [
  j(
    'Goldfish, shubunkins, orfe and koi are tough fish, but a garden pond swings from warm to near freezing over a year and the',
    'fish have no way of leaving it. Most of the problems we see at the counter come from doing the right thing at the wrong',
    'time of year: feeding heavily in October, cleaning the filter in a heatwave, or breaking ice with a hammer in January.',
  ),
  j(
    'This guide follows the pond through the seasons. The water temperatures are the ones that matter, so keep a floating',
    'thermometer in the pond and check it every few days rather than going by the calendar.',
  ),
];
const sHeads = [
  'Spring: waking up slowly',
  'Summer: oxygen and shade',
  'Autumn: leaves and the last feeds',
  'Winter: leave them in peace',
  'Water quality all year',
];
const sSpring = [
  j(
    'Fish start to move about when the water passes 8°C, but their immune systems are still sluggish and bacteria wake up faster',
    'than they do. This is the riskiest time of the year for ulcers and fin rot, so resist the urge to add new fish until the',
    'water is steadily above 12°C.',
  ),
  j(
    'Start feeding with a wheatgerm food, a pinch at a time, only on days when the fish come up to look for it. Anything left',
    'after five minutes should be netted out. Switch on the UV clarifier and restart the filter if you turned it off for the',
    'winter, and give it three or four weeks to mature before you increase feeding.',
  ),
];
const sSummer = [
  j(
    'Warm water holds less oxygen, and a still, sunny evening after a hot day is when fish are most likely to gasp at the',
    'surface. Run the waterfall or fountain through the night in a heatwave, and add an air pump if your pond holds more',
    'than a dozen large fish. Fish gulping at the surface at dawn is an emergency; a partial water change with dechlorinated',
    'water will buy time.',
  ),
  j(
    'Aim for a third of the surface to be covered by lilies or floating plants. Shade keeps the water cooler, slows green',
    'water and gives fish somewhere to hide from herons. Feed a growth food up to three times a day while the water is',
    'above 18°C, but never more than the fish can clear in a few minutes.',
  ),
  'A summer checklist:',
];
const sChecklist = [
  'Top up with dechlorinated water rather than straight from the hose',
  'Rinse filter sponges in pond water, never tap water',
  'Test for ammonia and nitrite every fortnight',
  'Remove blanket weed by twisting it round a cane',
];
const sAutumn = [
  j(
    'Net the pond before the leaves fall. A layer of rotting leaves on the bottom uses up oxygen through the winter and',
    'releases ammonia just when the filter bacteria are slowing down. Cut back marginal plants and remove dying lily pads.',
  ),
  j(
    'As the water drops below 12°C, go back to a wheatgerm food and cut the amount each week. Below 8°C stop feeding',
    'altogether: the fish cannot digest it, and uneaten food fouls the water. This is also the time for a last partial water',
    'change and a gentle clean of the pump intake.',
  ),
];
const sWinter = [
  j(
    'Fish spend the winter near the bottom in the warmest water, barely moving. Most ponds deeper than 75 cm will not freeze',
    'solid, but a sealed sheet of ice traps gases from the bottom. Float a pond heater or a ball on the surface to keep a',
    'hole open, or stand a pan of hot water on the ice until it melts through.',
  ),
  j(
    'Never hit the ice. The shock wave travels through the water and can stun or kill fish resting near the bottom. Turn',
    'waterfalls off so they do not chill the deeper water, but leave a small air stone running if you have one.',
  ),
];
const sWater = [
  j(
    'Most fish losses come down to water, not disease. Test the water when you see fish sulking with clamped fins, rubbing',
    'on the sides, or gasping. Ammonia and nitrite should always read zero; nitrate can be tolerated up to 50 mg/l. A pH',
    'between 7 and 8.5 suits pond fish, and a sudden drop after heavy rain usually means the water is soft and needs a',
    'buffer.',
  ),
  j(
    'Change about 10% of the water every two weeks from spring to autumn, using a dechlorinator if you fill from the tap.',
    'Bring a water sample in to the shop at any time and we will test it free of charge while you wait.',
  ),
];
const sCaption = 'Our display pond in March, just after the filter was restarted.';
const sNav = ['Shop', 'Fish Stock', 'Pond Builds', 'Journal', 'Visit Us'];
const sComments = [
  ['Gareth Pell', 'April 5, 2026', 'Really useful, thank you. Is it ok to leave the UV on all winter or does that do any harm?'],
  ['Millbrook Aquatics', 'April 6, 2026', 'Hi Gareth, it does no harm but it does not do much below 10°C either, so most people save the bulb.'],
  ['Ivy Castell', 'April 11, 2026', 'The bit about the ice hammer made me wince, my dad always did that!'],
];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>${sTitle} — Millbrook Aquatics</title>
<link rel="canonical" href="https://www.millbrookaquatics.co.uk/journal/looking-after-pond-fish-through-the-year">
<meta property="og:site_name" content="Millbrook Aquatics"><meta property="og:title" content="${sTitle} — Millbrook Aquatics">
<meta property="og:type" content="article">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Millbrook
Aquatics"},"collectionId":"64a1c2f9e01b5a2d4c3f8a10"};</script>
<script type="application/ld+json">{"url":"https://www.millbrookaquatics.co.uk","name":"Millbrook
Aquatics","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}","datePublished":"2026-04-02T09:30:00+0100",
"author":{"@type":"Person","name":"Tamsin Revell"}}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1c2f9/12/5c5a519771c10ba3470d8101/64a1c2f9/1543/site.css" rel="stylesheet"
type="text/css"></head>
<body id="item-6609f1a4c2b83e1f9d7e5a22" class="header-overlay-alignment-center tweak-blog-item-width-medium tweak-blog-item-show-author-profile
primary-button-style-solid view-item collection-type-blog-basic-grid collection-64a1c2f9e01b5a2d4c3f8a10 mobile-style-available sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper"><div id="floatingCart" class="floating-cart hidden"><a href="/cart" class="icon icon--stroke
icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><div class="legacy-cart icon-cart-quantity"><span class="sqs-cart-quantity">0</span></div>
</span></a></div>
<header data-test="header" id="header" class="black header theme-col--primary" data-section-theme="black" data-controller="Header" data-current-styles="{}">
<div class="sqs-announcement-bar-dropzone"></div><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">
Skip to Content</a><div class="header-inner container--fluid header-layout--with-commerce" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element">
<div class="header-title-logo"><a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop"
src="//images.squarespace-cdn.com/content/v1/64a1c2f9/logo.png?format=1500w" alt="Millbrook Aquatics"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map(
    (t) =>
      `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cart">
<a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><svg class="icon icon--cart"
viewBox="0 0 31 24"><use xlink:href="#icon-cart"></use></svg><div class="icon-cart-quantity"><span class="cart-quantity-zero">
<span class="sqs-cart-quantity">0</span></span></div></span></a></div></div></div></div></div></div>
<div class="header-menu header-menu--folder-list" data-section-theme="black" data-current-styles="{}"><div class="header-menu-bg theme-bg--primary"></div>
<div class="header-menu-nav"><nav class="header-menu-nav-list"><div data-folder="root" class="header-menu-nav-folder">
<div class="header-menu-nav-folder-content">
<div class="header-menu-nav-wrapper">${sNav
  .map(
    (t) => `<div class="container header-menu-nav-item header-menu-nav-item--collection"><a href="/">
<div class="header-menu-nav-item-content">${t}</div></a></div>`,
  )
  .join('\n')}</div></div></div></nav></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6609f1a4c2b83e1f9d7e5a23">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle"><div class="section-border"><div class="section-background"></div></div>
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-tamsin-revell
post-type-text article-index-1 category-pond-care tag-koi tag-goldfish tag-seasonal" data-item-id="6609f1a4c2b83e1f9d7e5a24">
<div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--categories">
<a href="/journal?category=Pond+Care" class="blog-item-category">Pond Care</a></div>
<div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2026-04-02">April 2, 2026</time></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-author-name">Written By <a href="/journal?author=6609ab" class="blog-author-name">Tamsin Revell</a>
</div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="body"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="item" data-updated-on="1712045400000" id="item-6609f1a4c2b83e1f9d7e5a24"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-3f1e0b6a2c4d"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_1712044"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-outer-wrapper layout-caption-below design-layout-inline"><div class="intrinsic">
<img data-src="https://images.squarespace-cdn.com/content/v1/64a1c2f9/pond-march.jpg" alt=""
src="https://images.squarespace-cdn.com/content/v1/64a1c2f9/pond-march.jpg?format=1000w"
loading="lazy"></div></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">${sCaption}</p></div>
</figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-8a0c7d2e9f11"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${sHeads[0]}</h2>${ps(sSpring, ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${sHeads[1]}</h2>${ps(sSummer, ' class="" style="white-space:pre-wrap;"')}
<ul data-rte-list="default">${lis(sChecklist.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
<h2 style="white-space:pre-wrap;">${sHeads[2]}</h2>${ps(sAutumn, ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${sHeads[3]}</h2>${ps(sWinter, ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${sHeads[4]}</h2>${ps(sWater, ' class="" style="white-space:pre-wrap;"')}
</div></div></div></div></div></div></div></div>
<div class="blog-item-meta-wrapper"><div class="blog-item-tags"><a href="/journal?tag=koi">koi</a>, <a href="/journal?tag=goldfish">goldfish</a>,
<a href="/journal?tag=seasonal">seasonal</a></div><div class="blog-item-share"><a href="#" class="ss-social-button" data-service="facebook">
<span class="ss-social-button-label">Facebook</span></a><a href="#" class="ss-social-button" data-service="twitter"><span class="ss-social-button-label">
Twitter</span></a><a href="#" class="ss-social-button" data-service="email"><span class="ss-social-button-label">Email</span></a></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/journal?author=6609ab" class="author-avatar"><img src="/avatar.jpg" alt=""></a>
<div class="author-name">Tamsin Revell</div><div class="author-bio"><p>Tamsin runs the pond department at Millbrook and has kept koi for twenty years.</p>
</div></div>
</article>
<div class="blog-item-comments"><div class="squarespace-comments" id="comments-6609f1a4c2b83e1f9d7e5a24"><div class="comments-content">
<div class="header-controls"><div class="comment-count"><span>3 Comments</span></div><div class="comment-sort">Newest First</div></div>
${sComments
  .map(
    ([n, d, t]) => `<div class="comment"><div class="comment-header"><span class="name">${n}</span> <span class="date">${d}</span></div>
<div class="comment-body"><p>${t}</p></div><div class="comment-actions"><span class="reply">Reply</span> <span class="like">Like</span></div></div>`,
  )
  .join('\n')}
</div></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid"><a href="/journal/spring-pond-start-up"
class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">
Spring pond start-up checklist</h2></a><a href="/journal/choosing-a-pond-pump" class="item-pagination-link item-pagination-link--next">
<div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Choosing a pond pump</h2></a></section>
</div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section"><div class="content-wrapper">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<form class="newsletter-form" data-form-id="6609ffe1"><div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Join the pond club</h2>
<div class="newsletter-form-header-description"><p>Seasonal reminders and first pick of new koi deliveries.</p></div></div>
<div class="newsletter-form-field-wrapper"><label class="newsletter-form-field-label" for="email-yui">Email Address</label>
<input class="newsletter-form-field-element"
name="email" type="email" placeholder="Email Address"></div><button class="newsletter-form-button" type="submit"><span class="newsletter-form-button-label">
Sign Up</span></button><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p>Millbrook Aquatics, Unit 4 Weir Road, Castlemere</p>
<p>Open Tuesday to Sunday, 9.30am to 5pm</p></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bar" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-deny">Decline</button><button class="sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespacePond: TestPage = {
  name: 'heldout613-pond-fish-squarespace',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([...sIntro, ...sSpring, ...sSummer, ...sChecklist, ...sAutumn, ...sWinter, ...sWater]),
  bylines: [
    'April 2, 2026',
    'Written By Tamsin Revell',
    'Gareth Pell',
    'April 5, 2026',
    'Ivy Castell',
    'April 6, 2026',
    'April 11, 2026',
    'Millbrook Aquatics',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', 'Fish Stock', 'Pond Builds', 'Journal', 'Visit Us', '0', sCaption, 'Pond Care', 'seasonal', 'Facebook',
    'Twitter', 'Email', 'Tamsin runs the pond department at Millbrook and has kept koi for twenty years.', '3 Comments', 'Newest First',
    ...sComments.map((c) => c[2] ?? ''), 'Reply', 'Like', 'Previous', 'Spring pond start-up checklist', 'Next', 'Choosing a pond pump',
    'Join the pond club', 'Seasonal reminders and first pick of new koi deliveries.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'Millbrook Aquatics, Unit 4 Weir Road, Castlemere', 'Open Tuesday to Sunday, 9.30am to 5pm', 'This website uses cookies to improve your experience.',
    'Decline', 'Accept',
  ],
};

export const HELDOUT613_A2: readonly TestPage[] = [squarespacePond];
