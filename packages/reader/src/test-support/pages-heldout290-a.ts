import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, ld } from './pages-heldout290-kit.js';

/**
 * Held-out batch 290, file a: a Reader's Digest slideshow listicle (one slide per item with "1 / 7" counters, image credits,
 * affiliate note, newsletter box, "Next" buttons, related rail) and a Tom's Hardware article on page 2 of 3 (page links,
 * jump menu, spec table, "Next page" link, Future plc footer and comments count).
 */
const rdTitle = '7 Small Habits That Make a Rental Kitchen Feel Like Yours';
const rdIntro = [
  j(
    'You cannot knock out a wall or swap the laminate counters, and the landlord would like the beige cabinets to stay beige. That still',
    'leaves a surprising amount you can change in a rented kitchen without losing your deposit, and most of it costs less than a takeaway.',
  ),
  'We asked three renters, a professional organizer and a retired cabinetmaker what made the biggest difference in their own kitchens.',
];
const rdSlides: [string, string[]][] = [
  [
    'Swap the cabinet pulls',
    [
      j(
        'Hardware is the jewelry of a kitchen, says organizer Mireille Tanaka-Holt. Keep the originals in a labelled bag in a drawer,',
        'buy pulls with the same hole spacing, and you can put the old ones back in ten minutes on moving day.',
      ),
    ],
  ],
  [
    'Light the counters, not the ceiling',
    [
      j(
        'Most rentals come with a single overhead fixture that throws your shadow onto the chopping board. Battery-powered LED bars stuck under',
        'the wall cabinets fix that, and they peel off cleanly if you use the removable strips.',
      ),
    ],
  ],
  [
    'Give every tool a home',
    [
      j(
        'A magnetic knife strip and a rail with S-hooks clear a whole drawer. If drilling is forbidden, tension rods inside the sink cabinet',
        'hold spray bottles by their triggers and leave the floor of the cupboard free for the bin.',
      ),
    ],
  ],
  [
    'Cover the worst surface',
    [
      j(
        'Peel-and-stick backsplash tiles have improved a great deal. Test a small piece behind the kettle for a month first, because some',
        'adhesives lift paint when they come off.',
      ),
    ],
  ],
  [
    'Bring in something living',
    [
      j(
        'A row of herbs on the windowsill is the cheapest decor there is, and you will actually use it. Basil and chives forgive a missed',
        'watering; rosemary prefers to be ignored.',
      ),
    ],
  ],
  [
    'Edit the counter',
    [
      j(
        'Cabinetmaker Oswin Falk suggests a simple rule: only appliances used every day earn counter space. The bread maker you use at',
        'Christmas can live on a high shelf.',
      ),
    ],
  ],
  [
    'Add one thing with a story',
    [
      j(
        'A framed recipe in a grandparent’s handwriting, a bowl from a trip, a print from a local market. One personal object does more for',
        'the room than a dozen matching canisters.',
      ),
      'Whatever you change, photograph the kitchen on the day you move in so you can prove what it looked like.',
    ],
  ],
];
const rdNav = ['Home', 'Food', 'Health', 'Travel', 'Money', 'Jokes', 'Quizzes', 'Shopping'];
const rdCrumbs = ['Home', 'Home & Garden', 'Organizing'];
const rdRelated = [
  '12 Pantry Mistakes Professional Organizers Always Notice',
  'The Best Renter-Friendly Wallpaper, Tested',
  '9 Things You Should Never Store Under the Sink',
];
const rdFoot = ['About Us', 'Contact Us', 'Advertise', 'Newsletters', 'Privacy Policy', 'Terms of Use', 'Do Not Sell My Personal Information'];
const rdCredits = ['Kestrel Lane Studio/Getty Images', 'Courtesy Mireille Tanaka-Holt', 'Via marketplace listing', 'Ilka Demir/Taste of Home'];
const rdHtml = `<!doctype html>
<html lang="en-US" class="no-js"><head><meta charset="UTF-8"><title>${rdTitle} | Reader's Digest</title>
<meta name="description" content="Renter-approved kitchen upgrades that leave your deposit intact."><meta property="og:type" content="article">
<meta property="og:site_name" content="Reader's Digest"><meta name="parsely-section" content="Home &amp; Garden">
${ld('Article', rdTitle, 'Priya Castellane', '2026-10-14T09:00:00-04:00', "Reader's Digest")}
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({pageType:"listicle",slideCount:7});</script></head>
<body class="post-template-default single single-listicle"><div id="onetrust-banner-sdk" class="otCenterRounded" role="dialog">
<p id="onetrust-policy-text">We use cookies to personalize content and ads and to analyze our traffic.</p>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
<header class="site-header"><a class="site-logo" href="/">Reader's Digest</a><nav class="main-navigation" aria-label="Main"><ul class="menu">
${links(rdNav, 'menu-item')}</ul></nav><a class="header-cta" href="/subscribe">Subscribe</a></header>
<main id="main" class="site-main"><article class="listicle-page post type-listicle">
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(rdCrumbs, 'breadcrumb-item')}</ol></nav>
<header class="entry-header"><h1 class="entry-title">${rdTitle}</h1>
<div class="entry-meta"><span class="byline">By <a class="author-link" href="/author/priya-castellane">Priya Castellane</a></span>
<time class="entry-date published" datetime="2026-10-14">Updated: Oct. 14, 2026</time></div>
<p class="affiliate-disclaimer">We independently select all products and services. If you click through links we provide, we may earn a commission.</p>
<div class="social-share"><span class="share-label">Share</span><a class="share-facebook">Facebook</a><a class="share-pinterest">Pin</a>
<a class="share-email">Email</a></div></header>
<div class="listicle-intro entry-content">${ps(rdIntro)}</div>
<div class="listicle-slides">
${rdSlides
  .map(
    ([h, p], i) => `<section class="listicle-card slide" id="slide-${i + 1}" data-slide="${i + 1}">
<div class="slide-counter"><span class="current">${i + 1}</span> / <span class="total">7</span></div>
<figure class="listicle-image"><img src="https://www.rd.example/wp-content/uploads/2026/10/kitchen-${i + 1}.jpg" alt="">
<figcaption class="image-credit">${rdCredits[i % 4]}</figcaption></figure>
<h2 class="listicle-card__title">${h}</h2><div class="listicle-card__body">${ps(p)}</div>
${i === 2 ? '<aside class="inline-related"><p>Read more: <a href="/pantry">12 Pantry Mistakes Professional Organizers Always Notice</a></p></aside>' : ''}
<div class="slide-nav"><button class="slide-prev">Previous</button><button class="slide-next">Next</button></div></section>`,
  )
  .join('\n')}
</div>
<div class="newsletter-signup"><h3>Sign up for our newsletter</h3><p>Get the best tips, jokes and stories delivered straight to your inbox.</p>
<form><input type="email" placeholder="Email address"><button>Sign Up</button></form></div>
<aside class="related-posts"><h3 class="related-title">You Might Also Like</h3><ul>${links(rdRelated)}</ul></aside>
<div class="ad-container"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-inline"></div></div></article></main>
<footer class="site-footer"><ul class="footer-menu">${links(rdFoot)}</ul><p class="copyright">© 2026 Trusted Media Brands, Inc.</p></footer>
<script src="https://www.rd.example/wp-content/themes/rd/js/listicle.min.js"></script></body></html>`;
const rdRaw = [...rdIntro, ...rdSlides.flatMap(([, p]) => p)];
const rd: TestPage = {
  name: 'heldout290-readers-digest-slideshow-blog',
  kind: 'blog',
  html: rdHtml,
  title: rdTitle,
  headings: rdSlides.map(([h]) => h),
  body: texts(rdRaw),
  bylines: ['Priya Castellane', 'Updated: Oct. 14, 2026'],
  // biome-ignore format: packed furniture
  furniture: [
    'We use cookies to personalize content and ads and to analyze our traffic.', 'Accept All Cookies', 'Cookie Settings', ...rdNav, 'Subscribe',
    'Home & Garden', 'Organizing',
    'We independently select all products and services. If you click through links we provide, we may earn a commission.', 'Facebook', 'Pin',
    'Email', ...rdCredits, 'Read more:', 'Previous', 'Next',
    'Sign up for our newsletter', 'Get the best tips, jokes and stories delivered straight to your inbox.',
    'Sign Up', 'You Might Also Like', ...rdRelated, 'Advertisement', ...rdFoot, '© 2026 Trusted Media Brands, Inc.',
  ],
};

const thTitle = 'Quillon Arc B480 Review: A Budget GPU That Finally Gets Its Drivers Right';
const thBody = [
  j(
    'On the first page we looked at the card itself and its modest 180 W board power. Here the question is simpler: how fast is it in',
    'the games people actually play at 1440p, and does the new driver branch hold up over a week of testing?',
  ),
  j(
    'Our test bench pairs every card with the same eight-core processor, 32 GB of memory and a fresh installation of the operating system.',
    'Each result is the average of three runs after a warm-up pass, and we report the 1% lows alongside the average frame rate.',
  ),
  j(
    'At 1440p with high settings the Arc B480 lands within a few percent of the rival cards that cost about the same, and it pulls ahead',
    'in the two titles that lean heavily on ray-traced reflections. Those gains disappear at 4K, where its 10 GB of memory starts to run out.',
  ),
  j(
    'The more interesting story is consistency. A year ago the previous Quillon card stuttered badly in older DirectX 11 games; this time',
    'we saw only one title with noticeably uneven frame pacing, and a hotfix driver released during testing smoothed most of that out.',
  ),
  'Three things stood out during the week of testing:',
  'The card never crashed or dropped to a black screen, even during overnight loops.',
  'Idle power fell to 9 W after we enabled the ASPM setting in the firmware, down from 31 W out of the box.',
  'Upscaling quality in balanced mode is now close to the best of its rivals.',
  j(
    'Fan noise stayed low. Under a full load the two fans settled at about 1,600 rpm, which our meter put at 36 dBA from half a metre, and',
    'the hot spot temperature peaked at 78 degrees Celsius.',
  ),
  j(
    'Power efficiency is less impressive. The card draws close to its full rating in most games, so performance per watt trails the best',
    'card in this class by around fifteen percent. For most buyers the difference is a few pounds a year on the electricity bill.',
  ),
  j(
    'On the final page we cover content creation, video encoding and our verdict, including whether it is worth waiting for the partner',
    'cards with larger coolers.',
  ),
];
const thTable = `<table class="table__container"><caption>1440p high settings, average fps (1% low)</caption><thead><tr><th>Game</th>
<th>Arc B480</th><th>Rival A</th></tr></thead><tbody><tr><td>Harbor Siege</td><td>88 (71)</td><td>85 (69)</td></tr>
<tr><td>Drift Nation 4</td><td>112 (90)</td><td>118 (94)</td></tr><tr><td>Lantern Deep</td><td>64 (52)</td><td>57 (44)</td></tr></tbody></table>`;
const thHead = ['Gaming performance at 1440p', 'Frame pacing and drivers', 'Power, thermals and noise'];
const thNav = ['News', 'Reviews', 'Best Picks', 'Raspberry Pi', 'CPUs', 'GPUs', 'Coupons', 'More'];
const thCrumbs = ['Reviews', 'GPUs'];
const thJump = ['Page 1: Quillon Arc B480 specs and design', 'Page 2: Gaming, drivers and power', 'Page 3: Creator tests and verdict'];
const thMost = ['Best graphics cards 2026: every tier tested', 'How we test graphics cards', 'GPU price index: what to pay this month'];
const thFoot = ['About us', 'Contact Future experts', 'Terms and conditions', 'Privacy policy', 'Cookies policy', 'Accessibility Statement'];
const thHtml = `<!DOCTYPE html><html lang="en-US" class="no-js"><head><meta charset="utf-8"><title>${thTitle} | Tom's Hardware</title>
<meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="https://www.tomshardware.example/pc-components/gpus/quillon-arc-b480-review/2">
<link rel="prev" href="https://www.tomshardware.example/pc-components/gpus/quillon-arc-b480-review"><meta property="og:type" content="article">
${ld('Review', thTitle, 'Bastian Oduya', '2026-11-02T13:00:00Z', "Tom's Hardware")}
<script>var ffte = {"pageType":"review","page":2,"pageCount":3};</script></head>
<body class="page-article review" data-vanilla="true"><div class="fc-consent-root"><div class="fc-dialog"><p class="fc-stacks-header">Tom's Hardware
asks for your consent to use your personal data to:</p><button class="fc-cta-consent">Consent</button><button class="fc-cta-manage">Manage options</button>
</div></div>
<header id="header" class="header"><a class="logo" href="/">Tom's Hardware</a><nav class="primary-nav"><ul class="menu-list">${links(thNav, 'menu-item')}
</ul></nav><a class="newsletter-header" href="/newsletter">Newsletter</a></header>
<div id="main" class="main"><nav class="breadcrumb"><ol>${links(thCrumbs, 'breadcrumb__item')}</ol></nav>
<article class="news-article" data-id="Zq9wF"><header><h1>${thTitle}</h1>
<div class="byline"><span class="author-byline__author"><a href="/author/bastian-oduya" class="link author-byline__link">Bastian Oduya</a></span>
<span class="byline-social"><a>Social Links Navigation</a></span>
<time class="relative-date" datetime="2026-11-02T13:00:00Z">published November 2, 2026</time></div>
<div class="pagination-header"><span class="page-count">Page 2 of 3</span></div>
<div class="jump-menu"><label>Jump to page:</label><ul>${links(thJump, 'jump-menu__item')}</ul></div></header>
<div id="article-body" class="text-copy bodyCopy auto">
<h2 id="section-gaming">${thHead[0]}</h2>${ps(thBody.slice(0, 3))}
${thTable}
<div class="fancy-box"><div class="fancy_box-title">Related</div><p class="fancy_box_body"><a href="/best-gpus">Best graphics cards 2026: every
tier tested</a></p></div>
<h2 id="section-drivers">${thHead[1]}</h2>${ps(thBody.slice(3, 5))}<ul>${thBody
  .slice(5, 8)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
<figure class="van-image-figure"><img src="https://cdn.mos.cms.example/b480-thermal.jpg" alt=""><figcaption><span class="caption-text">The dual-fan cooler
under a thermal camera after 30 minutes of load.</span> <span class="credit">(Image credit: Tom's Hardware)</span></figcaption></figure>
<h2 id="section-power">${thHead[2]}</h2>${ps(thBody.slice(8))}
</div>
<nav class="pagination"><a class="pagination__prev" href="./">Prev</a><ol class="pagination__list"><li><a href="./">1</a></li>
<li class="active"><span>2</span></li><li><a href="./3">3</a></li></ol><a class="pagination__next" href="./3">Next page: Creator tests and verdict</a></nav>
<div class="author-bio"><p>Bastian Oduya is a contributing writer covering graphics cards and monitors.</p></div>
<div class="comments-link"><a href="#comments">9 Comments</a></div>
<div class="newsletter-form"><p class="newsletter-header">Get Tom's Hardware's best news and in-depth reviews, straight to your inbox.</p>
<button>Sign me up</button></div></article>
<aside class="sidebar"><h3 class="most-popular-title">Most Popular</h3><ol>${links(thMost)}</ol></aside></div>
<footer class="footer"><p>Tom's Hardware is part of Future plc, an international media group and leading digital publisher.</p><ul>${links(thFoot)}</ul>
<p class="copyright">© Future US, Inc. Full 7th Floor, 130 West 42nd Street, New York, NY 10036.</p></footer></body></html>`;
const th: TestPage = {
  name: 'heldout290-toms-hardware-paginated-news',
  kind: 'news',
  html: thHtml,
  title: thTitle,
  headings: thHead,
  body: texts(thBody),
  bylines: ['Bastian Oduya', 'published November 2, 2026'],
  // biome-ignore format: packed furniture
  furniture: [
    "Tom's Hardware asks for your consent to use your personal data to:", 'Consent', 'Manage options', ...thNav, 'Newsletter', ...thCrumbs,
    'Social Links Navigation', 'Page 2 of 3', 'Jump to page:', ...thJump, 'Related',
    'The dual-fan cooler under a thermal camera after 30 minutes of load.', "(Image credit: Tom's Hardware)", 'Prev',
    'Next page: Creator tests and verdict', 'Bastian Oduya is a contributing writer covering graphics cards and monitors.', '9 Comments',
    "Get Tom's Hardware's best news and in-depth reviews, straight to your inbox.", 'Sign me up', 'Most Popular', ...thMost,
    "Tom's Hardware is part of Future plc, an international media group and leading digital publisher.", ...thFoot,
    '© Future US, Inc. Full 7th Floor, 130 West 42nd Street, New York, NY 10036.',
  ],
};

export const HELDOUT290_A: readonly TestPage[] = [rd, th];
