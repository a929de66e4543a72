import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout275-kit.js';

/**
 * Held-out batch 275, file d2: a Car and Driver-style car review on Hearst's emotion-styled template (css- class names,
 * data-journey attributes, the masthead nav, breadcrumb, the "Tested" label, dek, byline with "Published" date, the share bar,
 * the lead image with credit, "Highs / Lows / Verdict" box, a "Related Story" promo, the specifications table, the newsletter
 * embed, "Advertisement - Continue Reading Below" slots, "More From" rail and the Hearst footer).
 */
const cTitle = '2026 Ferrand Corsa E Tested: Electric Hatch, Old-School Fun';
const cDek = 'The French brand’s first electric hot hatch trades some range for a chassis that actually wants to play.';
const cHighs = 'Highs: Playful chassis, quick steering, properly supportive seats.';
const cLows = 'Lows: Modest range, firm ride on broken roads, small boot.';
const cVerdictLine = 'Verdict: The rare electric car that makes a back road the point of the trip.';
const cBody = [
  j(
    'Hot hatchbacks were supposed to be one of the casualties of the electric age. Batteries are heavy, heavy cars are dull, and',
    'dull cars do not get bought by people who read magazines like this one. Somebody at Ferrand apparently did not get the memo.',
  ),
  j(
    'The Corsa E is built on the same platform as the company’s sensible five-door commuter, but nearly everything you touch has',
    'been changed. The track is wider by 40 millimetres, the springs are stiffer, and a single motor on the front axle now makes',
    '276 horsepower, sent through a mechanical limited-slip differential rather than the usual brake-based trickery.',
  ),
  j(
    'On our test track the Corsa E hit 60 mph in 5.4 seconds and stopped from 70 mph in 158 feet, respectable numbers for a car',
    'that weighs 3,490 pounds. More telling was its composure on the skidpad, where it held 0.96 g and remained happy to tighten',
    'its line with a lift of the right foot.',
  ),
  j(
    'The steering is quick and, by modern standards, chatty. There is enough feedback to place the nose precisely, and the',
    'differential pulls the car out of tight corners without the wheel squirming in your hands. The ride is firm, though, and on',
    'the patched concrete of our local interstate it became tiresome within an hour.',
  ),
  j(
    'Range is the obvious compromise. Ferrand quotes 240 miles, and in our 75 mph highway test the Corsa E managed 205. Peak',
    'charging speed is a modest 120 kilowatts, so a stop from 10 to 80 percent takes about 31 minutes.',
  ),
  j(
    'At $41,900 to start, the Corsa E is not cheap for a small car. But nothing else at the price makes an ordinary drive home',
    'feel this much like an event, and that is worth something.',
  ),
];
const cSpecs: [string, string][] = [
  ['Vehicle type', 'front-motor, front-wheel-drive, 4-passenger, 4-door hatchback'],
  ['Price as tested', '$44,650'],
  ['Motor', 'permanent-magnet synchronous AC, 276 hp, 254 lb-ft'],
  ['Battery pack', 'liquid-cooled lithium-ion, 58.0 kWh'],
  ['Curb weight', '3,490 lb'],
  ['60 mph', '5.4 sec'],
  ['EPA combined range', '240 mi'],
];
const cNav = ['New Cars', 'Car Buying', 'Research', 'News', 'Features', 'Subscribe'];
const cMore = ['Tested: 2026 Halden Volta GT Is Fast but Forgettable', 'Every Electric Hot Hatch Coming to America', 'Our Best EVs for Enthusiasts'];
const cFoot = ['About Us', 'Newsletter', 'Contact Us', 'Other Hearst Subscriptions', 'Privacy Notice', 'Terms of Use', 'Site Map'];
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"><title>${cTitle}</title><meta name="description" content="${cDek}">
<meta property="og:type" content="article"><meta property="og:site_name" content="Car and Driver"><meta name="sailthru.tags" content="reviews,ferrand">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${cTitle}","author":[{"@type":"Person",
"name":"Wesley Ambrose"}],"datePublished":"2026-02-24T12:00:00Z","publisher":{"@type":"Organization","name":"Car and Driver"}}</script>
<script>window.__HEARST__ = {"site":"caranddriver","contentType":"standard-article","section":"reviews"};</script></head>
<body><div id="__next"><div class="css-1ykn5fn e1vnamfh0">
<header class="css-1wz7jbg e1v0w3ds0" data-theme-key="masthead"><a class="css-gf4x0s e1a6p1bi0" href="/" aria-label="Car and Driver"></a>
<nav class="css-1sl6sw2 e1e4mmfb0" data-journey-nav="true"><ul class="css-10bkwsj e1e4mmfb1">${links(cNav, 'css-ow8ykf e1e4mmfb2')}</ul></nav></header>
<main class="css-qsyn0f e1dvrxsi0"><div class="css-1oe0ibd e1b4khu70" data-journey-content="true"><header class="css-zp5b2n e1b4khu71">
<nav class="css-1hkmhsp e1lcu3gm0" aria-label="breadcrumbs"><a href="/reviews/">Reviews</a> <a href="/ferrand/">Ferrand</a></nav>
<span class="css-1xdwyy1 e1u9vb7v0">Tested</span><h1 class="css-1xfqjv6 e1u9vb7v1" data-testid="ContentHeaderHed">${cTitle}</h1>
<p class="css-1k0ntdm e1u9vb7v2" data-testid="ContentHeaderDek">${cDek}</p>
<div class="css-1hw8dn3 e1n5z2kt0"><address class="css-1mzy4nz e1hzuwgn0"><span class="css-a6u59m">By </span><a class="css-1m7v0bb ejl7qnh0"
href="/author/wesley-ambrose/">Wesley Ambrose</a></address><time class="css-1drfbzs e1w3ygbw0" datetime="2026-02-24T12:00:00Z">Published: Feb 24,
2026</time></div>
<div class="css-n9tu9n e1bpj0s30" data-testid="share-bar"><button aria-label="Share on Facebook" class="css-19yc8xy">Facebook</button><button
aria-label="Share on Pinterest" class="css-19yc8xy">Pinterest</button><button aria-label="Share by email" class="css-19yc8xy">Email</button></div>
<figure class="css-1wn5a3r e1lb9h0v0"><img src="https://hips.hearstapps.example/corsa-e.jpg" alt="2026 Ferrand Corsa E"><figcaption class="css-1o3l5ah">
<span class="css-1rxdmur e8r6tbq0">Marc Hollis</span><span class="css-1rxdmur">|</span><span class="css-13b4n8f e8r6tbq1">Car and Driver</span></figcaption>
</figure></header>
<div class="article-body-content standard-body-content css-1b9glp5 ewisyje0">
<div class="css-1nck8x5 e1e2y7sq0 highs-lows"><p class="css-183dvwv">${cHighs}</p><p class="css-183dvwv">${cLows}</p>
<p class="css-183dvwv">${cVerdictLine}</p></div>
${ps(cBody.slice(0, 2), ' class="css-1ppnu7u emevuu60"')}
<div class="css-14tx29s ad-container"><span class="css-1oe5mxu">Advertisement - Continue Reading Below</span></div>
<div class="css-1bnfgeb e1o0z4mk0 related-story"><span class="css-1e7k7cs">Related Story</span><a href="#">Tested: 2026 Halden Volta GT Is Fast but
Forgettable</a></div>
${ps(cBody.slice(2), ' class="css-1ppnu7u emevuu60"')}
<h2 class="body-h2 css-10p7ywv emevuu62">Specifications</h2>
<table class="css-1c7gwsr e1nw1ns0"><tbody>${cSpecs.map(([k, v]) => `<tr><td>${k}</td><td>${v}</td></tr>`).join('\n')}</tbody></table>
<div class="css-1x0oo2j newsletter-embed"><p class="css-nl1">Get the Car and Driver newsletter</p><p class="css-nl2">Reviews, road tests and buying
advice, every weekday.</p><button class="css-nlb">Sign Up</button></div>
</div></div>
<section class="css-1fy5y2k more-from"><h2 class="css-18r1d3j">More From Reviews</h2><ul>${links(cMore, 'css-kqu3hf')}</ul></section></main>
<footer class="css-1ymv8ir e1x4a8a20"><ul>${links(cFoot, 'css-1n2ki9k')}</ul><p class="css-14z4ckg">A Part of Hearst Digital Media</p>
<p class="css-14z4ckg">©2026 Hearst Magazine Media, Inc. All Rights Reserved.</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"contentId":"a6381920","type":"standard-article"}},"page":"/[...slug]"}</script>
</body></html>`;
export const carHearst: TestPage = {
  name: 'heldout275-hearst-caranddriver-car-review',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: ['Specifications'],
  body: texts([cDek, cHighs, cLows, cVerdictLine, ...cBody, ...cSpecs.flat()]),
  bylines: ['By Wesley Ambrose', 'Published: Feb 24, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cNav, 'Reviews', 'Tested', 'Facebook', 'Pinterest', 'Email', 'Marc Hollis', 'Car and Driver', 'Advertisement - Continue Reading Below',
    'Related Story', 'Get the Car and Driver newsletter', 'Reviews, road tests and buying advice, every weekday.', 'Sign Up', 'More From Reviews', ...cMore,
    ...cFoot, 'A Part of Hearst Digital Media', '©2026 Hearst Magazine Media, Inc. All Rights Reserved.',
  ],
};
