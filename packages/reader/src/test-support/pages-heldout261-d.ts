import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout261-kit.js';

/**
 * Held-out batch 261, file d: a ProPublica-style investigation (series label, two-author byline, timestamp, partner note,
 * the "nonprofit newsroom" sign-up box, a data table, a tip box, "Republish This Story", related stories, footer) and a
 * Smithsonian-style history article (breadcrumb, subtitle, author, date, lead image with credit, "Recommended" rail,
 * "Filed Under" tags, newsletter box, footer and cookie banner).
 */
const pTitle = 'A County Sold Its Ambulances to a Private Company. Response Times Doubled.';
const pDek = 'After Marren County privatized emergency medical service, the company missed its own targets for years. Officials kept paying.';
const pHeads = ['A contract with few teeth', 'What the records show', 'Looking for answers'];
const pP1 = [
  j(
    'When Dolores Finch called 911 on a January night in 2024 because her husband had collapsed in their kitchen, the dispatcher',
    'told her an ambulance was on the way. It arrived 41 minutes later. Her husband, a retired school bus driver, died at the',
    'hospital that night.',
  ),
  j(
    'Finch did not know then that Marren County had handed its ambulance service to a private company three years earlier, or',
    'that the company had repeatedly failed to meet the response times written into its contract. A review of dispatch logs,',
    'contract documents and county meeting minutes shows that county officials knew about the delays and did little to enforce',
    'the agreement.',
  ),
];
const pP2 = [
  j(
    'The 2021 contract with Swiftline Medical Transport required that ambulances reach 90% of urgent calls in rural areas within',
    '20 minutes. It allowed the county to fine the company $5,000 for each month it missed that target. Records show the company',
    'missed it in 29 of 36 months. The county issued fines in two of them.',
  ),
  j(
    'County Administrator Russell Amery said in an interview that fines would have pushed the company to leave, and that no other',
    'provider had bid. <q>We had a bad contract or no ambulances,</q> he said. <q>That was the choice.</q>',
  ),
];
const pP3 = ['Response times for urgent calls, before and after the county privatized its ambulance service, from county dispatch logs:'];
const pTable = ['2020 (county service)', '14 minutes', '88%', '2022 (Swiftline)', '27 minutes', '61%', '2024 (Swiftline)', '31 minutes', '54%'];
const pP4 = [
  j(
    'Swiftline did not respond to detailed written questions. In a brief statement, a spokesperson said the company faced a',
    'shortage of paramedics across the region and had raised wages twice since 2022.',
  ),
  j(
    'Two of the five county commissioners have since called for the contract to be reopened. A hearing is scheduled for April.',
    'Finch said she plans to speak. <q>I just want somebody to tell me why nobody was watching the clock,</q> she said.',
  ),
];
const pNav = ['Investigations', 'Series', 'Local Reporting', 'Data', 'Newsletters', 'About Us'];
const pRel = ['How We Analyzed 911 Dispatch Logs', 'Rural Hospitals Are Closing Their Maternity Wards', 'The Ambulance Deserts of the Plains'];
const pFoot = ['About Us', 'Staff', 'Jobs', 'Reports', 'Contact', 'Privacy Policy', 'Code of Ethics', 'Terms of Use'];
const rows = (cells: readonly string[]): string =>
  [0, 3, 6].map((i) => `<tr><td>${cells[i]}</td><td class="num">${cells[i + 1]}</td><td class="num">${cells[i + 2]}</td></tr>`).join('');
const pHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${pTitle} — OpenLedger</title>
<meta name="description" content="${pDek}"><meta property="og:type" content="article"><meta name="robots" content="max-image-preview:large">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${pTitle}","author":[{"@type":"Person",
"name":"Nadia Ferrow"},
{"@type":"Person","name":"Colm Easterby"}],"datePublished":"2026-03-04T05:00:00-05:00","publisher":{"@type":"Organization","name":"OpenLedger"}}</script>
<script>window.pp={story:{id:28811,series:"emergency-care"}};</script></head>
<body class="article"><a class="skip" href="#main">Skip to content</a><header id="site-header"><a class="logo" href="/">OpenLedger</a>
<nav id="main-nav"><ul>${links(pNav)}</ul></nav><a class="btn-donate" href="/donate">Donate</a></header>
<main id="main"><article class="article-full"><header class="article-header">
<div class="series-label"><a href="/series/emergency-care">Part of the series: No One Is Coming</a></div>
<h1 class="hed">${pTitle}</h1><p class="dek">${pDek}</p>
<div class="bylines"><p class="byline">by <a class="name" href="/people/nadia-ferrow">Nadia Ferrow</a> and
<a class="name" href="/people/colm-easterby">Colm Easterby</a></p><p class="timestamp"><time datetime="2026-03-04T05:00:00-05:00">March 4, 2026, 5 a.m. EST
</time></p></div>
<figure class="lead-art"><img alt="An ambulance parked outside a closed fire station" src="https://img.openledger.example/amb.jpg">
<figcaption><span class="caption">An ambulance outside the shuttered Station 3 in Pell Crossing.</span><span class="credit">Lena Voss for OpenLedger</span>
</figcaption></figure>
<div class="partner-note"><p>This article was produced for OpenLedger’s Local Desk in partnership with the Marren Courier.</p></div></header>
<div class="article-body"><aside class="promo-newsletter"><p>OpenLedger is a nonprofit newsroom that investigates abuses of power. Sign up to receive our
biggest stories as soon as they’re published.</p></aside>
${ps(pP1)}
<h3>${pHeads[0]}</h3>
${ps(pP2)}
<h3>${pHeads[1]}</h3>
${ps(pP3)}
<figure class="table-wrap"><table><thead><tr><th>Year</th><th>Median response</th><th>Calls within target</th></tr></thead>
<tbody>${rows(pTable)}</tbody></table>
<figcaption class="source">Source: Marren County Emergency Communications. Graphic by Ada Pruitt.</figcaption></figure>
<aside class="tip-box"><h4>Do You Know Something About Emergency Medical Services?</h4><p>We want to hear from paramedics, dispatchers and patients.
Contact us securely.</p></aside>
<h3>${pHeads[2]}</h3>
${ps(pP4)}
</div><div class="article-footer"><a class="republish" href="#republish">Republish This Story for Free</a>
<div class="bio"><p>Nadia Ferrow is a reporter covering health care in rural communities.</p></div></div></article>
<section class="related"><h2>Read More</h2><ul>${links(pRel)}</ul></section></main>
<footer id="site-footer"><ul>${links(pFoot)}</ul><p>© Copyright 2026 OpenLedger Inc.</p></footer></body></html>`;
const propublica: TestPage = {
  name: 'heldout261-propublica-investigation-news',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: pHeads,
  body: texts([pDek, ...pP1, ...pP2, ...pP3, ...pTable, ...pP4]),
  bylines: ['Nadia Ferrow', 'Colm Easterby', 'March 4, 2026, 5 a.m. EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...pNav, 'Donate', 'Part of the series: No One Is Coming', 'An ambulance outside the shuttered Station 3 in Pell Crossing.',
    'Lena Voss for OpenLedger', 'This article was produced for OpenLedger’s Local Desk in partnership with the Marren Courier.',
    'OpenLedger is a nonprofit newsroom that investigates abuses of power. Sign up to receive our biggest stories as soon as they’re published.',
    'Source: Marren County Emergency Communications. Graphic by Ada Pruitt.', 'Do You Know Something About Emergency Medical Services?',
    'We want to hear from paramedics, dispatchers and patients. Contact us securely.', 'Republish This Story for Free',
    'Nadia Ferrow is a reporter covering health care in rural communities.', 'Read More', ...pRel, ...pFoot.slice(1), '© Copyright 2026 OpenLedger Inc.',
  ],
};

const mTitle = 'The Forgotten Balloon Post of the Siege of Varsk';
const mSub = 'For 112 days in 1871, a besieged city sent its letters over enemy lines by hot-air balloon';
const mHeads = ['A city cut off', 'Paper, silk and nerve', 'What survives'];
const mP1 = [
  j(
    'In the autumn of 1871, the river city of Varsk was surrounded. The besieging army had cut the railways and the telegraph, and',
    'for the first time in living memory the city of 300,000 people could not send a letter to the outside world.',
  ),
  j('Within three weeks, the city had a solution that seemed, even to those who proposed it, half mad: it would send its mail by', 'balloon.'),
];
const mP2 = [
  j(
    'The balloons were sewn in the city\u2019s disused railway station by seamstresses from the opera house, out of varnished cotton',
    'and, when that ran short, silk dresses donated by wealthy families. They were filled with coal gas from the municipal works',
    'and launched at night, to make them harder to shoot down.',
  ),
  j(
    'Each balloon carried a pilot, often a sailor with no flying experience at all, and several sacks of letters written on',
    'special thin paper to save weight. A letter could weigh no more than four grams. Postal officials sold printed forms with',
    'the words "By Balloon" across the top, and Varsk residents lined up for hours to buy them.',
  ),
  j(
    'Of the 58 balloons that left the city, 51 came down in friendly territory. Five were captured. Two were never found; one is',
    'believed to have drifted out over the northern sea.',
  ),
];
const mP3 = [
  j(
    'About 2.4 million letters left Varsk by air during the siege. Only a few thousand are known to survive today, most in private',
    'collections. To collectors they are known simply as <em>ballons montés</em>, a borrowed phrase, and a well-preserved example',
    'can sell for more than the house it was sent to.',
  ),
  j(
    'Their contents are mostly ordinary: news of health, requests for money, complaints about the price of bread. One letter,',
    'held by the city archive, is from a baker to his sister. "We are eating horse," he writes, "and it is not as bad as you think.',
    'Do not worry. The balloon is waiting and I must stop."',
  ),
];
const mCrumb = ['History', 'Military History'];
const mNav = ['History', 'Science', 'Innovation', 'Arts & Culture', 'Travel', 'Smart News', 'Shop', 'Subscribe'];
const mRec = ['The Carrier Pigeons That Won a War', 'How the Telegraph Changed Love Letters', 'The Strange Career of the First Air Mail Pilot'];
const mFoot = ['About Us', 'Contact Us', 'Advertising', 'Subscription', 'Terms of Use', 'Privacy Statement', 'Cookie Policy'];
const mHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${mTitle} | History | Meridiana Magazine</title>
<meta name="description" content="${mSub}"><meta property="og:type" content="article"><meta name="category" content="History">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${mTitle}","author":{"@type":"Person","name":"Benedikt Orla"},
"datePublished":"2026-02-24"}</script><script>var googletag=googletag||{};googletag.cmd=googletag.cmd||[];</script></head>
<body class="article-page"><div id="site-header"><a class="logo" href="/">Meridiana Magazine</a><nav class="main-nav"><ul>${links(mNav)}</ul></nav>
<a class="newsletter-link" href="/newsletters">Newsletters</a></div>
<main class="main-content"><div class="article-header"><nav class="breadcrumbs"><ul>${links(mCrumb, 'breadcrumb-item')}</ul></nav>
<h1 class="headline">${mTitle}</h1><h2 class="subtitle">${mSub}</h2>
<div class="article-meta"><div class="author-text"><a href="/author/benedikt-orla" class="author">Benedikt Orla</a></div>
<time class="pub-date" datetime="2026-02-24">February 24, 2026</time></div></div>
<div class="articleLeft"><figure class="main-image">
<img alt="Engraving of a balloon rising over rooftops" src="https://th-thumbnailer.cdn.meridiana.example/balloon.jpg">
<figcaption class="caption">A balloon leaves the Varsk railway station, from an engraving of 1872.
<span class="credit">Public Domain via the Open Archive Commons</span>
</figcaption></figure><div class="article-body" itemprop="articleBody">
${ps(mP1)}
<div class="ad-wrapper"><span class="ad-label">Advertisement</span><div id="dfp-ad-1"></div></div>
<h3>${mHeads[0]}</h3>
<p>The siege began on September 19. By October 10 the first balloon was in the air.</p>
<h3>${mHeads[1]}</h3>
${ps(mP2)}
<h3>${mHeads[2]}</h3>
${ps(mP3)}
</div><div class="filed-under"><span>Filed Under:</span><ul>${links(['Aviation', 'Mail', 'Nineteenth Century', 'War'])}</ul></div>
<div class="newsletter-signup"><h4>Get the latest History stories in your inbox?</h4><form><input type="email"><button>Sign Up</button></form></div></div>
<aside class="articleRight"><h3 class="recommended">Recommended</h3><ul>${links(mRec)}</ul></aside></main>
<footer class="site-footer"><ul>${links(mFoot)}</ul><p>© 2026 Meridiana Magazine</p></footer>
<div id="cookie-notice"><p>Our site uses cookies to personalize your experience.</p><a href="/cookie-policy">Learn more</a><button>Accept</button></div>
</body></html>`;
const smithsonian: TestPage = {
  name: 'heldout261-smithsonian-history-news',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([mSub, ...mP1, 'The siege began on September 19. By October 10 the first balloon was in the air.', ...mP2, ...mP3]),
  bylines: ['Benedikt Orla', 'February 24, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mNav, 'Newsletters', 'Military History', 'A balloon leaves the Varsk railway station, from an engraving of 1872.',
    'Public Domain via the Open Archive Commons', 'Advertisement', 'Filed Under:', 'Aviation', 'Mail', 'Nineteenth Century', 'War',
    'Get the latest History stories in your inbox?',
    'Sign Up', 'Recommended', ...mRec, ...mFoot, '© 2026 Meridiana Magazine', 'Our site uses cookies to personalize your experience.', 'Learn more', 'Accept',
  ],
};

export const HELDOUT261_D: readonly TestPage[] = [propublica, smithsonian];
