import { links, type TestPage } from './page-kit.js';
import { chewyProduct } from './pages-heldout224-e2.js';

/**
 * Held-out batch 224, file e: an equestrian magazine's news article on a Future plc-style site (the affiliate disclosure at the
 * top of the article, the channel nav with "Subscribe", breadcrumb, strapline, author byline and published time, the hero image
 * with its caption and credit, an inline "You may also like" box between paragraphs, a mid-article newsletter signup, the
 * magazine subscription promo, author bio, "Latest" rail, "Most popular" rail, footer and the consent dialog) and, from file
 * e2, a Chewy product page with questions and answers.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((t) => t.replace(/\s+/g, ' '));
const hTitle = 'Riders win 12-year fight to reopen bridleway link cut by bypass';
const hStrap = 'Councillors vote to fund a new crossing after a campaign backed by more than 2,000 riders, walkers and cyclists';
const hP1 = paras(`
Riders in north Hallamshire have won a 12-year campaign to reconnect a historic bridleway that was cut in two when a bypass was built across it in
2013.

Hallamshire County Council's highways committee voted on Tuesday (14 October) to spend £480,000 on a signal-controlled crossing with raised rider
buttons, known as a Pegasus crossing, where the old Stonegate bridleway meets the A617.

Since the road opened, riders wanting to use the route have faced either a three-mile detour along a busy lane or a dash across two lanes of
traffic with a 60mph limit. Campaigners say at least four horses have been involved in near misses at the spot.`);
const hP2 = paras(`
The campaign was started by local rider Janet Ormerod, who keeps two horses at a livery yard a mile from the road.

"When the bypass went in we were promised a crossing within five years," she said. "Instead we got a sign telling riders to dismount. You try
leading a 17-hand horse across a dual carriageway on foot.

"I am thrilled, and a little bit tearful. This will open up 14 miles of off-road riding that most of us simply could not reach safely."`);
const hH1 = 'Work to start in the spring';
const hP3 = paras(`
The council said the crossing would be built alongside resurfacing work planned for next spring, with the aim of opening it by the summer. Funding
will come from the council's active travel budget and a contribution from the developer of a nearby housing estate.

Committee chairman Cllr Peter Vance said the decision was overdue. "The original scheme should have included a crossing. We are putting right
something that ought to have been done at the start, and it will benefit walkers and cyclists as well as riders," he said.

A spokesman for the Hallamshire Bridleways Association said the case showed the value of persistence, and urged riders elsewhere to report
unsafe crossings to their local highways authority.`);
const hDisclosure = 'Horse & Country is supported by its audience. When you purchase through links on our site, we may earn an affiliate commission.';
const hNav = ['News', 'Horse care', 'Riding', 'Competition', 'Horses for sale', 'Buyer’s guides'];
const hCrumb = ['Home', 'News'];
const hCap = 'Riders at the Stonegate bridleway, which has been cut in two by the A617 since 2013.';
const hCredit = 'Credit: Hallamshire Bridleways Association';
const hAlso = ['You may also like', 'New rules for riding on the road: what the Highway Code says', 'Bridleway closed after gate vandalised for third time'];
const hNl = ['Get the best of Horse & Country in your inbox', 'Sign up for news, expert advice and offers.', 'Your email address', 'Sign me up'];
const hSub = ['Subscribe to Horse & Country magazine', 'Get 6 issues for £6 and never miss an issue.', 'Subscribe now'];
const hBio = 'Eleanor Whitcombe is a news reporter at Horse & Country, covering rider safety, welfare and grassroots competition. She rides a 15-year-old cob.';
const hLatest = [
  'Welsh cob stallion sells for record sum at autumn sale',
  'Vets warn owners over autumn grass after laminitis cases rise',
  'Riding club volunteers honoured',
];
const hPopular = ['How much hay does a horse need in winter?', 'The best rugs for clipped horses, tested', 'Dressage judge suspended pending inquiry'];
const hFoot = ['About us', 'Contact Future experts', 'Terms and conditions', 'Privacy policy', 'Cookies policy', 'Advertise with us'];
const hFuture =
  'Horse & Country is part of Future plc, an international media group and leading digital publisher. © Future Publishing Limited Quay House, ' +
  'The Ambury, Bath BA1 1UA. All rights reserved.';
const hCookie = ['We value your privacy', 'We and our partners store and/or access information on a device, such as cookies, and process personal data.'];
const hPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const hHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Riders win 12-year fight to reopen bridleway link cut by bypass | Horse &amp; Country</title><meta name="description" content="${hStrap}">
<link rel="canonical" href="https://www.horseandcountry.example/news/riders-win-bridleway-crossing"><meta property="og:type" content="article">
<meta property="article:published_time" content="2025-10-15T16:02:41Z"><meta name="parsely-author" content="Eleanor Whitcombe">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${hTitle}","description":"${hStrap}","datePublished":
"2025-10-15T16:02:41Z","author":[{"@type":"Person","name":"Eleanor Whitcombe"}],"publisher":{"@type":"Organization","name":"Horse & Country"}}</script>
<script>window.ffte = {"vanilla":{"platform":"vanilla","site":"horseandcountry","channel":"news"}};</script>
<script src="https://cdn.mos.example/vanilla/main.js" async>
</script><link rel="stylesheet" href="/static/css/main.46ac.css"></head>
<body class="news-article"><a class="skip-to-content" href="#main">Skip to main content</a>
<header class="site-header"><div class="site-header__top"><a class="site-header__logo" href="/" aria-label="Horse &amp; Country"><svg></svg></a>
<a class="site-header__subscribe" href="/subscribe">Subscribe</a></div><nav class="nav-main" aria-label="Main">
<ul class="nav-main__list">${links(hNav, 'nav-main__item')}</ul>
</nav></header>
<main id="main"><div id="main-content" class="main-content"><nav class="breadcrumb" aria-label="Breadcrumb"><ol class="breadcrumb__list">${links(hCrumb)}</ol>
</nav>
<article class="news-article"><header><h1 class="news-article__title">${hTitle}</h1><p class="strapline">${hStrap}</p>
<div class="author-byline"><div class="author-byline__authors">By <a rel="author" href="/author/eleanor-whitcombe" class="link author-byline__link">Eleanor
Whitcombe</a></div><span class="author-byline__date">published <time datetime="2025-10-15T16:02:41Z">15 October 2025</time></span></div></header>
<section class="content-wrapper"><figure class="hero-image-wrapper"><div class="image__container"><picture>
<img src="https://cdn.mos.example/bridleway-1280-80.jpg"
alt="Two riders on a bridleway" width="1280" height="720"></picture></div><figcaption class="hero-image-caption"><span class="caption-text">${hCap}</span>
<span class="credit">${hCredit}</span></figcaption></figure>
<div id="article-body" class="text-copy bodyCopy auto"><p class="fancy-box affiliate-disclosure">
<em>${hDisclosure}</em> <a href="/how-we-earn">Here’s how it works.</a></p>
${hPs(hP1)}
<div class="fancy-box inline-related"><div class="fancy_box-title">${hAlso[0]}</div><ul class="fancy-box__list">${links(hAlso.slice(1))}</ul></div>
${hPs(hP2)}
<div class="newsletter-inbodyContent-slice" data-component-name="Newsletter:InBodyContent"><h2 class="newsletter-title">${hNl[0]}</h2><p>${hNl[1]}</p>
<form class="newsletter-form"><label class="sr-only" for="nl-em">${hNl[2]}</label><input id="nl-em" type="email" placeholder="${hNl[2]}">
<button>${hNl[3]}</button>
</form></div>
<h2 id="section-work-to-start-in-the-spring">${hH1}</h2>
${hPs(hP3)}
</div>
<div class="subscribe-promo"><p class="subscribe-promo__title">${hSub[0]}</p><p>${hSub[1]}</p><a class="button" href="/subscribe?src=article">${hSub[2]}</a>
</div>
<div class="author-bio"><div class="author-bio__name"><a href="/author/eleanor-whitcombe">Eleanor Whitcombe</a></div>
<div class="author-bio__role">News reporter</div>
<p>${hBio}</p></div><div id="slice-container-comments" class="slice-container comments"><button class="comments-button">View comments</button></div></section>
</article></div>
<aside class="sidebar"><div class="widget latest"><h3 class="widget__title">Latest</h3><ul>${links(hLatest)}</ul></div>
<div class="widget popular"><h3 class="widget__title">Most popular</h3><ol>${links(hPopular)}</ol></div>
<div class="ad-unit" id="slot-mpu1"><span class="ad-unit__label">Advertisement</span></div></aside></main>
<footer class="site-footer"><ul class="site-footer__links">${links(hFoot)}</ul><p class="site-footer__legal">${hFuture}</p></footer>
<div id="qc-cmp2-container" data-nosnippet><div class="qc-cmp2-summary-section" role="dialog" aria-label="${hCookie[0]}"><h2>${hCookie[0]}</h2>
<p>${hCookie[1]}</p>
<div class="qc-cmp2-summary-buttons"><button mode="secondary">MORE OPTIONS</button><button mode="secondary">DISAGREE</button>
<button mode="primary">AGREE</button>
</div></div></div><script src="/static/js/app.46ac.js" defer></script></body></html>`;
const equestrian: TestPage = {
  html: hHtml,
  name: 'heldout224-future-equestrian-magazine-news',
  kind: 'news',
  // the strapline is body; the affiliate disclosure opening the article body, the inline "You may also like" box, the in-body
  // newsletter slice, subscription promo, author bio, rails, footer and consent dialog are furniture; "By Eleanor Whitcombe"
  // (split over a line) is kept as the name, the published date a byline
  title: hTitle,
  headings: [hH1],
  body: [hStrap, ...hP1, ...hP2, ...hP3],
  bylines: ['Eleanor Whitcombe', 'published 15 October 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Subscribe', ...hNav, hCap, hCredit, hDisclosure, 'Here’s how it works.', ...hAlso, ...hNl, ...hSub, 'News reporter', hBio,
    'View comments', 'Latest', ...hLatest, 'Most popular', ...hPopular, 'Advertisement', ...hFoot, hFuture, ...hCookie, 'MORE OPTIONS', 'DISAGREE', 'AGREE',
  ],
};

export const HELDOUT224_E: readonly TestPage[] = [equestrian, chewyProduct];
