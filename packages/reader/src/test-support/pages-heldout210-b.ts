import { links, type TestPage, texts } from './page-kit.js';
import { rennlist } from './pages-heldout210-b2.js';

/**
 * Held-out batch 210, file b: an Edmunds long-term road test update (global nav with "Appraise my car", breadcrumbs,
 * the "Long-Term Road Test" eyebrow, the author with title and date, the "See all updates" link, the hero caption, the
 * "Current odometer" / "Logbook" box, the "Edmunds says" rating card, an in-article "Shop used" CTA, "More updates" rail,
 * the "Find your perfect car" lead form and the footer) and, from file b2, a Rennlist forum thread.
 */
const edTitle = '2025 Halden Ridgeline EV Long-Term Update: What a 400-Mile Winter Trip Taught Us';
const edH = ['Planning the Trip', 'Cold Weather, Slower Charging', 'How the Numbers Shook Out', 'What We Would Do Differently'];
const edP = [
  [
    'Our long-term Halden Ridgeline EV has spent most of its first six months shuttling between our Santa Monica office and ' +
      'staffers’ homes. That is easy work for an electric SUV with an EPA-estimated 312 miles of range. In January, we gave it a ' +
      'harder job: a round trip from Denver to Steamboat Springs, Colorado, over two mountain passes, in temperatures that never ' +
      'climbed above 28 degrees.',
  ],
  [
    'The Ridgeline’s built-in navigation plans charging stops automatically and preconditions the battery as you approach a ' +
      'fast charger. For this trip, it suggested one stop each way, at a 350-kW station in Silverthorne. A third-party route ' +
      'planner app suggested the same stop but warned that cold weather could push us to a second.',
    'We left Denver with the battery at 100% and the cabin preheated while the car was still plugged in, a step that saves a ' +
      'surprising amount of energy on a cold start.',
  ],
  [
    'The climb up Interstate 70 to the Eisenhower Tunnel used energy at a startling rate. By Silverthorne, 68 miles in, the ' +
      'battery read 61%. Preconditioning worked as promised: the Ridgeline peaked at 188 kW and took 24 minutes to go from 58% ' +
      'to 80%.',
    'The return trip was another story. We forgot to set the charger as the destination, so the battery was not warmed, and the ' +
      'same station delivered a peak of just 74 kW. That stop took 47 minutes.',
  ],
  ['Over 412 miles, the Ridgeline averaged 2.1 miles per kWh, against 2.9 miles per kWh over the rest of its time with us.'],
  [
    'Next time we will plan the route with two shorter charging stops instead of one long one, and we will always start ' +
      'navigation to the charger, even when we know the way. Those small habits matter more in winter than any spec sheet figure.',
  ],
];
const edList = [
  'Total distance: 412 miles',
  'Charging stops: 2',
  'Time spent charging: 1 hour 11 minutes',
  'Charging cost: $58.40 at public stations, $9.12 at home',
];
const edNav = ['New Cars', 'Used Cars', 'Car Reviews', 'Tools', 'Appraise my car', 'Car Loan Calculator'];
const edCrumb = ['Home', 'Halden', 'Ridgeline EV', '2025', 'Long-Term Road Test'];
const edLog = ['Current odometer: 9,184 miles', 'Average efficiency: 2.8 mi/kWh', 'Maintenance costs: $0', 'Problems: 1 software update'];
const edSays = ['Edmunds says', 'Edmunds Rating 7.6/10', 'See full review'];
const edShop = ['Shop used 2025 Halden Ridgeline EV near you', 'See listings'];
const edMore = ['Halden Ridgeline EV: One Month In', 'Does Our Ridgeline EV’s Heat Pump Make a Difference?', 'Halden Ridgeline EV: First Service Visit'];
const edForm = ['Find your perfect car', 'Enter your ZIP code to see local listings', 'ZIP code', 'Go'];
const edFoot = ['About Edmunds', 'Careers', 'Dealer Center', 'Privacy Statement', 'Visitor Agreement', 'Do Not Sell or Share My Personal Information'];
const edCaption = 'Our Ridgeline EV at the Silverthorne charging station';
const edHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${edTitle} | Edmunds</title>
<meta name="description" content="We drove our Halden Ridgeline EV over two Colorado passes in January."><meta property="og:title" content="${edTitle}">
<link rel="canonical" href="https://www.edmunds.com/halden/ridgeline-ev/2025/long-term-road-test/winter-trip.html">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${edTitle}","author":{"@type":"Person",
"name":"Jonathan Elfalan"},"datePublished":"2026-02-10","publisher":{"@type":"Organization","name":"Edmunds"}}</script>
<script>window.__PRELOADED_STATE__={"pageContext":{"page":{"name":"long_term_road_test_update"}}};</script>
<script src="https://static.ed.edmunds-media.example/unversioned/js/app.bundle.js" defer></script></head>
<body><div id="root"><div class="edm-page">
<header class="global-navigation" data-tracking-parent="edm-entry-global-nav"><a class="logo" href="/" aria-label="Edmunds"></a>
<nav class="nav-drawer"><ul class="nav-items">${links(edNav, 'nav-item')}</ul></nav><button class="sign-in-button">Sign In</button></header>
<main class="long-term-road-test-article container">
<nav aria-label="breadcrumb" class="breadcrumbs"><ol class="breadcrumb">${links(edCrumb, 'breadcrumb-item')}</ol></nav>
<div class="row"><div class="col-12 col-md-8">
<article class="article-content"><div class="eyebrow text-uppercase small">Long-Term Road Test</div>
<h1 class="heading-2 mb-1">${edTitle}</h1>
<div class="article-author d-flex"><div><a class="author-name" href="/about/authors/jonathan-elfalan.html">Jonathan Elfalan</a>
<span class="author-title">Director of Vehicle Testing</span></div><div class="article-date">February 10th, 2026</div></div>
<a class="see-all-updates" href="/halden/ridgeline-ev/2025/long-term-road-test/">See all updates</a>
<figure class="article-hero"><img src="https://media.ed.edmunds-media.example/halden/ridgeline-ev/2025/oem/lt_winter.jpg" alt="">
<figcaption class="small text-gray">${edCaption}</figcaption></figure>
<div class="ltrt-logbook rounded bg-gray-lightest p-1"><h3 class="heading-5">Logbook</h3><ul>${edLog.map((t) => `<li>${t}</li>`).join('')}</ul></div>
<div class="article-body">
${(edP[0] ?? []).map((p) => `<p>${p}</p>`).join('\n')}
${edH
  .map(
    (h, i) =>
      `<h2>${h}</h2>\n${(edP[i + 1] ?? []).map((p) => `<p>${p}</p>`).join('\n')}${
        i === 2 ? `\n<ul>${edList.map((t) => `<li>${t}</li>`).join('\n')}</ul>` : ''
      }`,
  )
  .join('\n')}
<div class="inline-cta usurp-inline" data-tracking-parent="edm-entry-article-cta"><p class="cta-title">${edShop[0]}</p>
<a class="btn btn-success" href="/inventory">${edShop[1]}</a></div>
</div></article></div>
<aside class="col-12 col-md-4"><div class="edmunds-says-card"><h3>${edSays[0]}</h3><div class="rating">${edSays[1]}</div>
<a href="/halden/ridgeline-ev/2025/review/">${edSays[2]}</a></div>
<div class="ad-slot" id="mrec"><div class="ad-label">Advertisement</div></div></aside></div>
<section class="more-updates"><h2 class="heading-3">More updates</h2><ul>${links(edMore)}</ul></section>
<section class="lead-form"><h2>${edForm[0]}</h2><p>${edForm[1]}</p><label for="zip">${edForm[2]}</label><input id="zip"><button>${edForm[3]}</button></section>
</main>
<footer class="global-footer"><ul>${links(edFoot)}</ul><p class="copyright">© Edmunds.com, Inc.</p></footer></div></div>
</body></html>`;
const edmunds: TestPage = {
  html: edHtml,
  name: 'heldout210-edmunds-long-term-update',
  kind: 'news',
  // the logbook box and the "Edmunds says" card are furniture; the trip-figures list is body
  title: edTitle,
  headings: edH,
  body: texts([...edP.flat().slice(0, 6), ...edList, ...edP.flat().slice(6)]),
  bylines: ['Jonathan Elfalan', 'February 10th, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...edNav, 'Sign In', ...edCrumb.filter((t) => t !== '2025'), 'Director of Vehicle Testing', 'See all updates', edCaption, 'Logbook', ...edLog, ...edShop,
    ...edSays, 'Advertisement', 'More updates', ...edMore, ...edForm, ...edFoot, '© Edmunds.com, Inc.',
  ],
};

export const HELDOUT210_B: readonly TestPage[] = [edmunds, rennlist];
