import { links, ps, type TestPage, texts } from './page-kit.js';
import { nineToys } from './pages-heldout317-a2.js';
import { j } from './pages-heldout317-kit.js';

/**
 * Held-out batch 317, file a: a Wirecutter "best of" guide (NYT masthead, affiliate disclosure, byline with "Updated", share
 * tools, pick cards with price buttons and captions, "Read more" promo, newsletter box, related guides, footer) and, from file
 * a2, a 9to5Toys deals post.
 */
const wTitle = 'The Best Cordless Stick Vacuum';
const wIntro = [
  j(
    'After 60 hours of testing 19 cordless stick vacuums on hardwood, low-pile rugs and a shag runner that sheds like a golden',
    'retriever, we think the Pell Airlite S9 is the best choice for most homes. It picks up more grit per pass than anything near',
    'its price, its battery swaps in seconds, and its dustbin empties without a fistful of hair to pull out.',
  ),
];
const wH = ['Our pick', 'Runner-up', 'Budget pick', 'How we tested', 'What to look forward to'];
const wPick = [
  j(
    'The Airlite S9 cleaned 94 percent of the sand we spread on a medium-pile rug in three passes, the highest score in our group.',
    'It weighs 5.6 pounds with the floor head attached, light enough to hold overhead for cobwebs, and the trigger lock means you',
    'do not have to squeeze for the whole 38 minutes the battery lasts on its lowest setting.',
  ),
  j(
    'Its one flaw is the small bin: at 0.4 liters it fills after a single room with a shedding pet. We think the easy emptying',
    'makes up for that, but households with two dogs may prefer our runner-up.',
  ),
];
const wRunner = [
  j(
    'The Korvel Brisk 2 has a bin nearly twice as large and a motorized mini tool that pulls hair off upholstery better than any',
    'other attachment we tried. It is heavier, at 6.8 pounds, and the battery is built in, so you cannot keep a spare charged.',
  ),
];
const wBudget = [
  j(
    'If you mostly clean hard floors, the Tamsin Sweep 120 costs less than half as much as our pick and does a respectable job on',
    'crumbs and dust. It struggled on rugs and lasted only 19 minutes, so think of it as a quick-cleanup tool.',
  ),
];
const wTest = [
  'We ran each vacuum through the same set of tests in a two-bedroom apartment and in our lab:',
  'Three passes over measured sand, rice and pet hair on three kinds of floor.',
  'A timed battery rundown on the lowest and highest power settings.',
  'A month of daily use by three staff members, two with pets.',
  j(
    'We weighed each machine, measured how high it stood when parked, and noted how often the brush roll needed detangling.',
    'Suction numbers on the box told us little: the two models with the highest claimed air watts finished in the middle.',
  ),
];
const wSpecs = ['Pell Airlite S9', 'Korvel Brisk 2', 'Tamsin Sweep 120', '5.6 lb', '6.8 lb', '4.9 lb', '38 min', '52 min', '19 min'];
const wNext = [
  j(
    'Pell says a version of the S9 with a laser dust light is due in the spring. We will test it as soon as we can get one, and',
    'we will update this guide if it changes our recommendation.',
  ),
];
const wNav = ['Appliances', 'Audio', 'Baby & Kid', 'Gifts', 'Health & Fitness', 'Home & Garden', 'Kitchen', 'Deals', 'Sleep', 'Tech'];
const wRelated = ['The Best Robot Vacuum', 'The Best Upright Vacuum', 'How to Clean a Vacuum Filter (and When to Replace It)'];
const wFoot = ['About Wirecutter', 'Our Staff', 'Deals', 'Jobs', 'Contact Us', 'Accessibility', 'Privacy Policy', 'Terms of Service', 'Sitemap'];
const price = (shop: string, amount: string): string =>
  `<div class="_3dfd8b8b" data-testid="price-button"><a class="product-link" href="https://goto.example/${amount}" rel="nofollow sponsored">${amount}
from ${shop}</a></div>`;
const pick = (label: string, name: string, body: string[], cap: string): string => `<section class="_93b6b9ef" data-gtm-product="${name}">
<h2 id="${label.toLowerCase().replace(/ /g, '-')}" class="_0e9ef6ff">${label}</h2>
<div class="product-card"><figure class="_9c8f2a"><img src="https://cdn.example/wirecutter/${name}.jpg" alt="${name}" loading="lazy">
<figcaption class="caption">${cap}</figcaption></figure><h3 class="_2db2d9d6">${name}</h3>
${price('Amazon', name === 'Tamsin Sweep 120' ? '$129' : '$349')}${price('Target', name === 'Tamsin Sweep 120' ? '$134' : '$359')}</div>
${ps(body)}</section>`;
const wHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The 3 Best Cordless Stick Vacuums of 2026 | Reviews by Wirecutter</title>
<meta name="description" content="After 60 hours of testing 19 cordless stick vacuums, we think the Pell Airlite S9 is the best choice for most homes.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Wirecutter: Reviews for the Real World">
<link rel="canonical" href="https://www.nytimes.com/wirecutter/reviews/best-cordless-stick-vacuum/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${wTitle}","author":[{"@type":"Person","name":"Maren Oduya"}],
"dateModified":"2026-11-18T10:00:00-05:00","publisher":{"@type":"Organization","name":"Wirecutter"}}</script>
<script>window.__WC_STATE__={"page":{"type":"review","id":"best-cordless-stick-vacuum"},"ads":false};</script></head>
<body><div id="__next"><a class="skip-link" href="#main">Skip to content</a>
<header class="_6dd6f2b3" data-testid="header"><div class="_1b7f9a"><a href="https://www.nytimes.com/" aria-label="The New York Times">The New York Times</a>
<a class="_7f8e5e" href="/wirecutter/">Wirecutter</a></div><nav aria-label="Main"><ul class="_9a2e8c">${links(wNav, '_3c1a6e')}</ul></nav>
<div class="_8a4c11"><a href="/wirecutter/account/">Account</a><a class="_2b1d0e" href="/subscription/wirecutter">Subscribe</a></div></header>
<main id="main"><article class="_4a8c2d" data-testid="review-article">
<nav aria-label="Breadcrumb" class="_5e7e0d"><ol><li><a href="/wirecutter/home-garden/">Home &amp; Garden</a></li><li><a
href="/wirecutter/vacuums/">Vacuums</a></li></ol></nav>
<header class="_1fb2d4"><h1 class="headline">${wTitle}</h1>
<div class="_f9e2a1" data-testid="affiliate-disclosure"><p>We independently review everything we recommend. When you buy through our links, we may
earn a commission.
<a href="/wirecutter/about/">Learn more›</a></p></div>
<div class="byline _2e6a38"><span class="_3c4b5a">By <a href="/wirecutter/authors/maren-oduya/">Maren Oduya</a> and
<a href="/wirecutter/authors/caleb-st-croix/">Caleb St. Croix</a></span><time class="_0e5d6b" datetime="2026-11-18">Updated November 18, 2026</time></div>
<div class="_c1d2e3" data-testid="share-tools"><button aria-label="Share">Share this review</button><button>Save</button></div></header>
<div class="article-body _7b3e77">${ps(wIntro)}
<aside class="_hint"><p class="_faa5a1">Everything we recommend</p><ul>${links(['Pell Airlite S9', 'Korvel Brisk 2', 'Tamsin Sweep 120'])}</ul></aside>
${pick(wH[0] ?? '', 'Pell Airlite S9', wPick, 'The Airlite S9 parks upright on its own charging dock. Photo: Noor Haddad')}
${pick(wH[1] ?? '', 'Korvel Brisk 2', wRunner, 'The Brisk 2’s mini tool on a sofa cushion. Photo: Noor Haddad')}
${pick(wH[2] ?? '', 'Tamsin Sweep 120', wBudget, 'The Sweep 120 is light but short on runtime. Photo: Caleb St. Croix')}
<div class="_promo" data-testid="inline-promo"><p><strong>Read more:</strong> <a href="/wirecutter/reviews/best-robot-vacuum/">The Best Robot
Vacuum</a></p></div>
<section><h2 id="how-we-tested">${wH[3]}</h2><p>${wTest[0]}</p><ul>${wTest
  .slice(1, 4)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul><p>${wTest[4]}</p>
<table class="_spec"><thead><tr><th>Model</th><th>Weight</th><th>Runtime</th></tr></thead><tbody>
<tr><td>${wSpecs[0]}</td><td>${wSpecs[3]}</td><td>${wSpecs[6]}</td></tr><tr><td>${wSpecs[1]}</td><td>${wSpecs[4]}</td><td>${wSpecs[7]}</td></tr>
<tr><td>${wSpecs[2]}</td><td>${wSpecs[5]}</td><td>${wSpecs[8]}</td></tr></tbody></table></section>
<section><h2 id="what-to-look-forward-to">${wH[4]}</h2>${ps(wNext)}</section></div>
<div class="_newsletter" data-testid="newsletter"><h3>Get the best deals, delivered</h3><p>Sign up for The Recommendation, our weekly newsletter.</p>
<form><input type="email" placeholder="Email Address"><button type="submit">Sign Up</button></form></div>
<section class="_related"><h3>Further reading</h3><ul>${links(wRelated, '_4c2f')}</ul></section></article></main>
<footer class="_footer"><ul>${links(wFoot)}</ul><p>© 2026 Wirecutter, Inc., A New York Times Company</p></footer>
<div id="fides-overlay"><div id="fides-banner"><p id="fides-banner-description">We use cookies and similar methods to recognize visitors and remember their
preferences.</p><button class="fides-accept-all-button">Accept all</button><button class="fides-reject-all-button">Reject all</button></div></div></div>
<script src="https://static01.nyt.example/wirecutter/_next/static/chunks/main.js" async></script></body></html>`;
const wirecutter: TestPage = {
  name: 'heldout317-wirecutter-guide',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: [wH[0] ?? '', 'Pell Airlite S9', wH[1] ?? '', 'Korvel Brisk 2', wH[2] ?? '', 'Tamsin Sweep 120', wH[3] ?? '', wH[4] ?? ''],
  body: texts([...wIntro, ...wPick, ...wRunner, ...wBudget, ...wTest, ...wSpecs, ...wNext]),
  bylines: ['By Maren Oduya and Caleb St. Croix', 'Updated November 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'The New York Times', 'Wirecutter', ...wNav, 'Account', 'Subscribe', 'Vacuums',
    'We independently review everything we recommend. When you buy through our links, we may earn a commission.', 'Learn more›',
    'Share this review', 'Save', 'Everything we recommend', '$349 from Amazon', '$359 from Target', '$129 from Amazon', '$134 from Target',
    'The Airlite S9 parks upright on its own charging dock. Photo: Noor Haddad', 'The Brisk 2’s mini tool on a sofa cushion. Photo: Noor Haddad',
    'The Sweep 120 is light but short on runtime. Photo: Caleb St. Croix', 'Read more: The Best Robot Vacuum', 'Get the best deals, delivered',
    'Sign up for The Recommendation, our weekly newsletter.', 'Sign Up', 'Further reading', ...wRelated.slice(1), ...wFoot,
    '© 2026 Wirecutter, Inc., A New York Times Company', 'We use cookies and similar methods to recognize visitors and remember their preferences.',
    'Accept all', 'Reject all',
  ],
};

export const HELDOUT317_A: readonly TestPage[] = [wirecutter, nineToys];
