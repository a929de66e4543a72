import { ps, texts, type TestPage } from './page-kit.js';

/**
 * Second held-out batch (news), written before the rules were generalised (sprint 8): the live
 * blog, the regional paper with a consent manager and a newsletter modal, the paywall teaser and
 * the photo gallery. See pages-heldout2.ts.
 */
const live = [
  [
    '10:42 BST',
    'The Met Office has issued an amber warning for wind across the north-west, with gusts of up to 80mph expected on exposed coasts this evening.',
  ],
  [
    '10:15 BST',
    'Ferry services between the mainland and the islands have been cancelled for the rest of the day, the operator said in a statement this morning.',
  ],
  [
    '09:51 BST',
    'More than 12,000 homes are without power after trees brought down lines overnight. Engineers say most should be reconnected by the end of the day.',
  ],
  [
    '09:30 BST',
    'Good morning and welcome to our coverage of Storm Agnes, the first named storm of the ' +
      'autumn, which arrived in the early hours with heavy rain and strong winds.',
  ],
];
const liveEntry = ([time, text]: readonly string[]) => `<div class="lb-post" data-post-id="p${time?.slice(0, 2)}">
<div class="lb-post__header"><time class="lb-post__timestamp" datetime="2023-09-27T${time?.slice(0, 5)}">${time}</time></div>
<div class="lb-post__body"><p>${text}</p></div>
<div class="lb-post__footer"><button class="lb-share" aria-label="Share this post">Share</button></div></div>`;
const liveblog: TestPage = {
  name: 'heldout2-live-blog',
  kind: 'news',
  title: 'Storm Agnes: power cuts and ferries cancelled as gusts reach 80mph - live updates',
  headings: [],
  body: texts(live.map(([, t]) => t ?? '')),
  bylines: ['Edited by Priya Shah', '10:42 BST', '09:30 BST', 'Last updated 10:42'],
  furniture: ['Key events', 'Show key events only', 'Please turn on JavaScript to use this feature', 'Live', 'Load earlier posts', 'Follow our live coverage'],
  html: `<!DOCTYPE html><html lang="en"><head><title>Storm Agnes: power cuts and ferries cancelled as gusts reach 80mph - live updates</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Storm Agnes live"}</script></head><body>
<div class="dcr-1kecz7m"><header class="dcr-header"><nav aria-label="Sections"><ul><li><a href="/uk">UK</a></li><li><a\
 href="/world">World</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<main data-layout="LiveLayout"><div class="dcr-hero"><span class="dcr-badge">Live</span><h1 class="dcr-headline">Storm Agnes: power cuts and\
 ferries cancelled as gusts reach 80mph - live updates</h1>
<div class="dcr-meta"><div class="dcr-contributor">Edited by Priya Shah</div><div class="dcr-lastupdated">Last updated 10:42</div></div></div>
<div class="dcr-keyevents"><h2>Key events</h2><label><input type="checkbox"> Show key events only</label><noscript>Please turn on JavaScript\
 to use this feature</noscript>
<ul><li><a href="#p10">10:42 Amber warning for wind</a></li><li><a href="#p09">09:51 Thousands without power</a></li></ul></div>
<div id="liveblog-body" class="dcr-liveblog">${live.map(liveEntry).join('\n')}</div>
<div class="dcr-pagination"><a href="?page=2">Load earlier posts</a></div>
<div class="dcr-cta"><p>Follow our live coverage</p></div></main></div></body></html>`,
};

const regionalBody = [
  'Plans for a 400-home estate on the edge of Millbrook have been rejected by councillors after more than 900 residents objected to the scheme.',
  'The developer had argued that the homes, a third of them classed as affordable, were ' +
    'badly needed in a town where house prices have risen by half in a decade.',
  'But members of the planning committee voted seven to two against the application, saying the roads and the only primary school in the area could not cope.',
  'Councillor Ruth Adeyemi, who chairs the committee, said the town was not against new ' +
    'homes but that they had to come with the schools and surgeries to match.',
  'The developer has six months to appeal against the decision to the planning inspectorate and said it would consider its options.',
];
const regional: TestPage = {
  name: 'heldout2-regional-consent-modal',
  kind: 'news',
  title: 'Councillors reject 400-home estate after hundreds of objections',
  headings: ['What happens next'],
  body: ['The homes would have been built on farmland north of the bypass', ...texts(regionalBody)],
  bylines: ['Tom Hargreaves', 'Local Democracy Reporter', '06:00, 14 MAR 2024'],
  furniture: [
    'We value your privacy',
    'We and our partners store and/or access information on a device, such as cookies and process personal data.',
    'I Accept',
    'Show Purposes',
    'Never miss a story',
    'Get the latest news from your area straight to your inbox with our free daily newsletter',
    'Most Read',
    'Town centre car park to close for six weeks',
    'Tributes paid to much-loved lollipop man',
    'Have you got a story? Email newsdesk@example.co.uk',
    'Comments',
  ],
  html: `<!doctype html><html lang="en-GB"><head><title>Councillors reject 400-home estate after hundreds of objections - Millbrook Gazette</title>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article","section":"news"});</script></head><body class="article-page">
<div id="qc-cmp2-container" class="qc-cmp2-container"><div class="qc-cmp2-summary-section"><h2>We value your privacy</h2>
<p>We and our partners store and/or access information on a device, such as cookies and process personal data.</p>
<div class="qc-cmp2-summary-buttons"><button>Show Purposes</button><button mode="primary">I Accept</button></div></div></div>
<div class="mod-header"><div class="mod-header__inner"><a class="logo" href="/">Millbrook Gazette</a><ul class="mod-header__sections"><li>\
<a>News</a></li><li><a>Sport</a></li><li><a>What's On</a></li><li><a>Property</a></li></ul></div></div>
<div class="mod-article-page"><div class="article-wrapper"><div class="lead-article-content"><h1 class="publication-font">Councillors reject\
 400-home estate after hundreds of objections</h1>
<p class="sub-title">The homes would have been built on farmland north of the bypass</p></div>
<div class="article-information"><div class="author-wrapper"><span class="author"><a href="/authors/tom">Tom Hargreaves</a></span><span\
 class="author-job">Local Democracy Reporter</span></div>
<ul class="time-info"><li><span class="time-stamp">06:00, 14 MAR 2024</span></li></ul></div>
<div class="article-body" itemprop="articleBody">${ps(regionalBody.slice(0, 3))}
<div class="inline-newsletter"><div class="inline-newsletter__content"><h3>Never miss a story</h3><p>Get the latest news from your area\
 straight to your inbox with our free daily newsletter</p>
<form><input type="email" placeholder="Enter email"><button>Subscribe</button></form></div></div>
${ps(regionalBody.slice(3, 4))}<h2>What happens next</h2>${ps(regionalBody.slice(4))}
<p class="contact-us"><strong>Have you got a story? Email newsdesk@example.co.uk</strong></p></div>
<div class="comments-banner"><a href="#comments">Comments</a></div></div>
<div class="right-rail"><div class="most-read-widget"><h2 class="widget-title">Most Read</h2><ol>
<li><a href="/n/1"><span class="rank">1</span><span class="headline">Town centre car park to close for six weeks</span></a></li>
<li><a href="/n/2"><span class="rank">2</span><span class="headline">Tributes paid to much-loved lollipop man</span></a></li></ol></div></div></div>
<div class="modal-overlay" data-modal="newsletter" style="display:none"><div class="modal-box"><p>Never miss a story</p></div></div>
<iframe src="https://ads.example.com/slot/3" title="Advertisement"></iframe></body></html>`,
};

const paywallBody = [
  'The central bank held interest rates at 4.5 per cent on Wednesday but signalled that it ' +
    'could begin cutting them as early as June if inflation keeps falling.',
  'Policymakers voted six to three to keep rates unchanged, with the three dissenters favouring an immediate cut of a quarter of a percentage point.',
];
const paywall: TestPage = {
  name: 'heldout2-paywall-teaser',
  kind: 'news',
  title: 'Central bank holds rates but opens door to June cut',
  headings: [],
  body: ['Split vote shows policymakers divided over timing', ...texts(paywallBody)],
  bylines: ['Markets editor', 'March 20 2024'],
  furniture: [
    'Subscribe to read',
    'Subscribe to unlock this article',
    'Try unlimited access',
    'Only $1 for 4 weeks',
    'Then $75 per month. Complete digital access to quality journalism on any device. Cancel anytime during your trial.',
    'Already a subscriber? Sign in',
    'Explore our full range of subscriptions.',
    'Save',
    'Gift this article',
  ],
  html: `<!DOCTYPE html><html lang="en"><head><title>Central bank holds rates but opens door to June cut</title><meta name="robots"\
 content="max-snippet:-1"></head><body>
<div id="site-navigation" class="o-header"><div class="o-header__top"><a class="o-header__top-link">Subscribe to read</a><a\
 class="o-header__top-link">Sign In</a></div></div>
<div id="site-content" class="n-layout"><div class="article-content"><div class="o-topper"><h1 class="o-topper__headline">Central bank holds\
 rates but opens door to June cut</h1>
<div class="o-topper__standfirst">Split vote shows policymakers divided over timing</div></div>
<div class="article-info"><p class="article-info__byline"><a class="n-content-tag--author">Markets editor</a></p><time\
 class="article-info__timestamp o-date">March 20 2024</time></div>
<div class="article__actions"><button class="save-button">Save</button><button class="gift-article">Gift this article</button></div>
<div class="article__content-body n-content-body js-article__content-body" data-trackable="article-body">${ps(paywallBody)}</div>
<div class="barrier" data-barrier="trial"><div class="barrier__inner"><h2 class="barrier__heading">Subscribe to unlock this article</h2>
<div class="offer"><h3>Try unlimited access</h3><p class="offer__price">Only $1 for 4 weeks</p>
<p class="offer__text">Then $75 per month. Complete digital access to quality journalism on any device. Cancel anytime during your\
 trial.</p><a class="offer__button">Try now</a></div>
<p class="barrier__signin">Already a subscriber? <a href="/login">Sign in</a></p><p><a href="/products">Explore our full range of\
 subscriptions.</a></p></div></div></div></div></body></html>`,
};

const gallery = [
  'For forty years the photographer Ines Moreau has walked the same stretch of the Loire ' +
    'every autumn, taking a single picture from each of the river&rsquo;s old ferry crossings.',
  'The crossings themselves have mostly gone. Bridges replaced the last working ferry in ' +
    '1987, and some of the landing stages are now hidden under willow and bramble.',
  'Moreau says the project began by accident, when she found that a picture she had taken as ' +
    'a student lined up almost exactly with one her grandfather had taken in 1951.',
  'The exhibition opens at the town museum on Saturday and runs until the end of January. Entry is free.',
];
const slide = (n: number, caption: string, credit: string) => `<li class="gallery__item" data-index="${n}"><figure class="gallery__figure">
<img src="/img/loire-${n}.jpg" alt="" loading="lazy"><div class="gallery__counter">${n} of 12</div>
<figcaption class="gallery__caption"><span class="gallery__caption-text">${caption}</span> <span class="gallery__credit">${credit}</span>\
</figcaption></figure></li>`;
const photoGallery: TestPage = {
  name: 'heldout2-photo-gallery',
  kind: 'news',
  title: 'Forty autumns on the Loire: a river without its ferries',
  headings: [],
  body: texts(gallery),
  bylines: ['Words by Marc Delisle', 'Published 5 November 2023'],
  furniture: [
    'The landing stage at Montjean in 1983, two years before the ferry stopped running.',
    'Photograph: Ines Moreau',
    'The same bank in 2022.',
    '1 of 12',
    'Previous image',
    'Next image',
    'View all photos',
    'Topics',
    'Photography',
  ],
  html: `<!doctype html><html><head><title>Forty autumns on the Loire: a river without its ferries | Culture</title></head><body>
<div class="page"><div class="l-container"><div class="c-article" data-article-type="gallery"><div class="c-article__head"><h1\
 class="c-article__title">Forty autumns on the Loire: a river without its ferries</h1>
<div class="c-article__meta"><span>Words by Marc Delisle</span> · <span>Published 5 November 2023</span></div></div>
<div class="c-article__intro">${ps(gallery.slice(0, 2))}</div>
<div class="gallery" role="region" aria-roledescription="carousel" aria-label="Photo gallery"><ul class="gallery__list">
${slide(1, 'The landing stage at Montjean in 1983, two years before the ferry stopped running.', 'Photograph: Ines Moreau')}
${slide(2, 'The same bank in 2022.', 'Photograph: Ines Moreau')}</ul>
<div class="gallery__controls"><a class="gallery__prev">Previous image</a><a class="gallery__next">Next image</a><a\
 class="gallery__all">View all photos</a></div></div>
<div class="c-article__body">${ps(gallery.slice(2))}</div>
<div class="c-article__topics"><span>Topics</span><ul><li><a>Photography</a></li><li><a>France</a></li><li><a>Exhibitions</a></li></ul>\
</div></div></div></div></body></html>`,
};

export const HELDOUT2_NEWS: readonly TestPage[] = [liveblog, regional, paywall, photoGallery];
