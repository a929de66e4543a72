import { links, type TestPage, texts } from './page-kit.js';
import { lines, paras } from './pages-heldout159-kit.js';

/**
 * Held-out batch 159, file f2: a Car and Driver "Tested" review on the Hearst template (the commission notice above the header,
 * the header nav with "Subscribe" and "Sign In", the hidden slide-out menu, the "Tested" label, headline, dek, byline and
 * "Published" date, the share buttons, the lede photo credit with "View Photos", the Highs / Lows / Verdict lines, the body with
 * "Advertisement - Continue Reading Below" slots and an inline "Related Story" embed between paragraphs, a gallery caption, the
 * specifications section, the "Our Take" rating badge, the newsletter box, the "More From Reviews" rail and the Hearst footer).
 */
const cdTitle = 'Tested: 2026 Marden Vireo Hybrid Finally Feels Worth the Premium';
const cdDek = 'A bigger battery and a retuned hybrid system make the compact SUV quicker and more frugal than before.';
const cdVerdict = paras(`
<strong>Highs:</strong> Smooth and quiet hybrid powertrain, 41 mpg in our highway test, roomy rear seat.

<strong>Lows:</strong> Touchscreen buries climate controls, firm ride on rough pavement, cargo floor sits high.

<strong>Verdict:</strong> The best version of the Vireo yet, and now a genuine rival to the segment leaders.
`);
const cdP1 = paras(`
The first Marden Vireo Hybrid, launched three years ago, was a decent compact SUV with a hybrid system that seemed designed to
win a spreadsheet rather than an argument. It was efficient but slow, and its gas engine droned whenever you asked for more than
gentle acceleration. For 2026, Marden has gone back to work on the powertrain, and the difference is obvious from the first mile.

The 2.0-liter four-cylinder is unchanged, but the electric motors are stronger and the lithium-ion battery grows from 1.1 to
1.6 kWh. Combined output rises to 229 horsepower, up 27 from last year. More importantly, the system now lets the electric side
do more of the work at city speeds, so the engine starts less often and runs more quietly when it does.
`);
const cdH1 = 'Quicker and Thriftier';
const cdP2 = paras(`
At our test track, the all-wheel-drive Vireo Hybrid reached 60 mph in 6.9 seconds, a full second quicker than the last one we
tested. The quarter-mile took 15.4 seconds at 92 mph. Braking from 70 mph took 176 feet, an average result for the class.

On our 75-mph highway fuel-economy route, the Vireo returned 41 mpg, beating its EPA highway estimate of 38 mpg. Over 600 miles
of mixed driving, we averaged 36 mpg.
`);
const cdH2 = 'Inside the Cabin';
const cdP3 = paras(`
The interior is largely carried over, which is mostly good news. The rear seat has plenty of legroom for adults, and the front
seats are supportive on long drives. Our complaint is with the 12.3-inch touchscreen, which now handles the climate controls; the
physical knobs of the previous model are gone, and adjusting the fan speed takes two taps and a swipe.

Cargo space is 34 cubic feet behind the rear seats, but the floor sits high to make room for the battery, so tall items are a
squeeze. The ride is firm on broken pavement, though it settles nicely on the highway.

With a base price of $33,995 and an as-tested price of $38,420, the Vireo Hybrid costs about the same as its main rivals. For
the first time, it gives buyers a good reason to choose it.
`);
const cdH3 = 'Specifications';
const cdSpecs = lines(`
2026 Marden Vireo Hybrid AWD
Vehicle Type: front-engine, front-motor, all-wheel-drive, 5-passenger, 4-door wagon
Base/As Tested: $33,995/$38,420
Power (Combined): 229 hp
Curb Weight: 3,702 lb
C/D Fuel Economy, Observed: 36 mpg; 75-mph Highway Driving: 41 mpg
`);
const cdNav = lines(`
News
Reviews
Buyer's Guide
Rankings
EV Hub
Features
Video
Car Finder
`);
const cdMenu = lines(`
10Best
Editors' Choice
Car Buying
Auto Shows
Racing
Newsletter
`);
const cdMore = lines(`
Tested: 2026 Halberd Crossline Hybrid Chases the Segment Leaders
2026 Oriel Sportback Review, Pricing, and Specs
Every Compact SUV Ranked From Worst to Best
`);
const cdFooter = lines(`
Newsletter
Contact Us
Media Kit
Press Room
Community Guidelines
Advertise Online
Customer Service
Events & Promotions
Giveaways
Subscribe
Other Hearst Subscriptions
Privacy Notice
Your CA Privacy Rights/Shine the Light
DAA Industry Opt Out
Terms of Use
Site Map
Your Privacy Choices
`);
const cdAd = 'Advertisement - Continue Reading Below';
const cdCredit = 'Marcus Ibekwe-Lund|Car and Driver';
const cdCaption = 'The 12.3-inch touchscreen now handles the climate controls.';
const cdRelated = 'The Best Compact SUVs for 2026';
const cdNotice = 'We may earn commission from links on this page, but we only recommend products we back.';
const cdNews = 'Get the latest reviews, news and car-buying advice from Car and Driver, delivered to your inbox.';
const cdAff =
  'Car and Driver participates in various affiliate marketing programs, which means we may get paid commissions on editorially chosen ' +
  'products purchased through our links to retailer sites.';
const cdCopy = '©2025 Hearst Autos, Inc. All Rights Reserved.';
const cdPs = (a: readonly string[]): string => a.map((p) => `<p class="css-1h6ry6m emevuu60">${p}</p>`).join('\n');
const cdAdSlot = `<div class="ad-container css-1fc5a9k" data-ad-slot="in-content"><span class="ad-label css-1q5e6dn">${cdAd}</span></div>`;
const cdHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Tested: 2026 Marden Vireo Hybrid Finally Feels Worth the Premium</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${cdDek}"><meta property="og:site_name"
content="Car and Driver">
<link rel="canonical" href="https://www.caranddriver.com/marden/vireo-hybrid-2026/tests/a65201877/2026-marden-vireo-hybrid-test/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${cdTitle}","datePublished":"2025-10-30T06:01:00Z",
"author":[{"@type":"Person","name":"Colette Marchbanks"}],"publisher":{"@type":"Organization","name":"Car and Driver"}}</script>
<script>window.__HEARST__ = {"site":"caranddriver","contentType":"review","sponsor":null};</script></head>
<body class="css-1b7w0wy"><div id="__next"><p class="css-commission-notice">${cdNotice}</p>
<a class="css-skip" href="#main-content">Skip to Content</a>
<header class="css-header" data-theme-key="site-header"><button class="css-menu-btn" aria-label="Open menu">Open menu</button>
<a href="/" class="css-logo"><span class="sr-only">Car and Driver</span></a><nav><ul class="css-nav">${links(cdNav, 'css-nav-item')}</ul></nav>
<a class="css-subscribe" href="/subscribe">Subscribe</a><a class="css-signin" href="/login">Sign In</a>
<div class="css-slide-menu" aria-hidden="true" hidden><ul>${links(cdMenu)}</ul></div></header>
<main id="main-content"><div class="css-article-header"><span class="css-eyebrow">Tested</span><h1 class="css-headline e1tkyjmp0">${cdTitle}</h1>
<p class="css-dek">${cdDek}</p><div class="css-byline"><span>By <a href="/author/colette-marchbanks/">Colette Marchbanks</a></span>
<span class="css-date">Published: Oct 30, 2025</span></div>
<div class="css-share"><button>Share on Facebook</button><button>Share on Pinterest</button><button>Email</button><button>Copy Link</button></div>
<figure class="css-lede"><img src="https://hips.hearstapps.example/vireo-hybrid-2026.jpg" alt="2026 Marden Vireo Hybrid"><figcaption>
<span class="css-credit">${cdCredit}</span><a class="css-view-photos" href="#gallery">View Photos</a></figcaption></figure></div>
<div class="article-body-content standard-body-content css-1l0wjwt" data-journey-content="true">
${cdPs(cdVerdict)}
${cdPs(cdP1)}
${cdAdSlot}
<h2 class="body-h2 css-1xz2pn">${cdH1}</h2>
${cdPs(cdP2)}
<div class="related-story-embed css-rse"><span class="css-rse-label">Related Story</span><a href="/features/a6511/best-compact-suvs/">${cdRelated}</a></div>
<h2 class="body-h2 css-1xz2pn">${cdH2}</h2>
${cdPs(cdP3.slice(0, 1))}
<figure class="css-embed-image"><img src="https://hips.hearstapps.example/vireo-cabin.jpg" alt=""><figcaption><span class="css-caption">${cdCaption}</span>
<span class="css-credit">${cdCredit}</span></figcaption></figure>
${cdAdSlot}
${cdPs(cdP3.slice(1))}
<h2 class="body-h2 css-1xz2pn">${cdH3}</h2>
${cdPs(cdSpecs)}
</div>
<div class="css-rating-badge"><span>Our Take</span><span>8.5/10</span><span>C/D Rating</span></div>
<section class="css-newsletter"><p>${cdNews}</p><form><label for="cd-nl">Enter your email</label><input id="cd-nl" type="email"><button>Sign
Up</button></form></section>
<section class="css-more"><h2>More From Reviews</h2><ul>${links(cdMore)}</ul></section></main>
<footer class="css-footer"><div class="css-footer-logo">A Part of Hearst Digital Media</div><ul>${links(cdFooter, 'css-footer-link')}</ul>
<p>${cdAff}</p><p>${cdCopy}</p></footer></div></body></html>`;
export const caranddriverReview: TestPage = {
  html: cdHtml,
  name: 'heldout159-caranddriver-review',
  kind: 'news',
  // the dek, the Highs / Lows / Verdict paragraphs and the specification lines (written as body paragraphs under the review's
  // own "Specifications" h2) are body; the rating badge is furniture and the "Tested" eyebrow (a word of a spec line) is in neither list
  title: cdTitle,
  headings: [cdH1, cdH2, cdH3],
  body: [cdDek, ...texts(cdVerdict), ...texts(cdP1), ...texts(cdP2), ...texts(cdP3), ...cdSpecs],
  bylines: ['By Colette Marchbanks', 'Published: Oct 30, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    cdNotice, 'Skip to Content', 'Open menu', 'Car and Driver', ...cdNav, 'Subscribe', 'Sign In', ...cdMenu, 'Share on Facebook',
    'Share on Pinterest', 'Email', 'Copy Link', cdCredit, 'View Photos', cdAd, 'Related Story', cdRelated, cdCaption, 'Our Take', '8.5/10', 'C/D Rating',
    cdNews, 'Enter your email', 'Sign Up', 'More From Reviews', ...cdMore, 'A Part of Hearst Digital Media', ...cdFooter, cdAff, cdCopy,
  ])],
};
