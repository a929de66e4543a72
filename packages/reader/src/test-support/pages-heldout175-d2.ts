import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 175, file d2: a Handbook of Texas Online entry on the TSHA site (the TSHA header with "Log in", "Join"
 * and "Donate", the main menu, the breadcrumb, the h1, the "By:" and "Published:"/"Updated:" lines, the entry text with an
 * embedded membership promo, "Bibliography", the "Citation" box with its Chicago note, the "Time Periods", "Places" and
 * "Categories" taxonomy lists, the "Adopted by" note, the share buttons, the related Handbook entries and the footer).
 */
const txTitle = 'Calloway Springs, TX';
const txP = [
  'CALLOWAY SPRINGS, TX. Calloway Springs is on Farm Road 1467 and Little Bosque Creek, eleven miles northwest of Meridian in ' +
    'western Bosque County. The site was settled in 1857 by Tennessee farmer Reuben Calloway, who built a log house beside a ' +
    'group of springs that flowed even in the drought of that year. Other families from Tennessee and Alabama followed, and by ' +
    '1860 some fifteen households lived along the creek.',
  'During the 1870s the springs gained a local reputation for their supposed medicinal qualities, and Calloway\u2019s son, ' +
    'Thomas, built a two-story frame hotel and a bathhouse in 1879. Visitors came by wagon from Waco and Fort Worth each summer, ' +
    'and a campground beside the creek hosted revivals that drew several hundred people. A post office opened in 1881, and by ' +
    '1890 the community had a general store, a cotton gin, a blacksmith shop, two churches and a school with fifty-four pupils.',
  'The hotel burned in 1903 and was not rebuilt, and when the Gulf, Colorado and Santa Fe line was built through Walnut Springs ' +
    'rather than Calloway Springs, much of the local trade moved to the railroad town. The post office closed in 1912. The school ' +
    'was consolidated with the Iredell district in 1947. In the 1930s the population was reported at 75, and in 1990 it was 40.',
  'Calloway Springs remained a farming and ranching community through the twentieth century. The Calloway Springs Cemetery, ' +
    'with graves dating from 1859, and the stone Methodist church built in 1896 were the principal landmarks in 2000, when the ' +
    'population was 38. An annual homecoming, held on the second Sunday of June, has been a local tradition since 1921.',
];
const txBibH = 'Bibliography';
const txBib = [
  'Bosque County History Book Committee, <i>Bosque County, Land and People</i> (Dallas: Curtis Media, 1985).',
  'Willa Grace Pruett, <i>Springs and Settlements of the Bosque Valley</i> (Meridian, Texas: Pruett, 1972).',
];
const txBy = 'By: Lorena M. Castañeda';
const txPub = 'Published: 1976';
const txUpd = 'Updated: May 4, 2021';
const txTop = ['Log in', 'Join', 'Donate', 'Shop'];
const txMenu = ['Handbook', 'Texas Almanac', 'Education', 'Publications', 'Annual Meeting', 'Southwestern Historical Quarterly', 'About'];
const txCrumbs = ['Home', 'Handbook', 'Entries'];
const txPromo = ['Help us keep the Handbook of Texas free for everyone. Become a TSHA member today and receive the Southwestern Historical Quarterly.'];
const txCiteIntro = 'The following, adapted from the Chicago Manual of Style, 15th edition, is the preferred citation for this entry.';
const txCite =
  'Lorena M. Castañeda, \u201cCalloway Springs, TX,\u201d Handbook of Texas Online, accessed October 06, 2025, ' +
  'https://www.tshaonline.org/handbook/entries/calloway-springs-tx.';
const txCiteNote = 'Published by the Texas State Historical Association.';
const txTax = ['Time Periods:', 'Antebellum Texas', 'Late Nineteenth Century', 'Places:', 'Bosque County', 'Central Texas', 'Categories:', 'Communities'];
const txAdopt = 'This entry has been adopted by the Calloway Springs Homecoming Association.';
const txShare = ['Print', 'Facebook', 'X', 'Email'];
const txRelated = ['Bosque County', 'Walnut Springs, TX', 'Iredell, TX', 'Meridian, TX'];
const txFoot = ['Contact', 'Privacy Policy', 'Terms of Use', 'Careers', 'Texas State Historical Association', '© 2025 All rights reserved'];
const txHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Calloway Springs, TX | TSHA</title><meta name="description" content="Calloway Springs is on Farm Road 1467 and Little Bosque Creek">
<meta property="og:title" content="Calloway Springs, TX"><meta property="og:site_name" content="TSHA">
<link rel="canonical" href="https://www.tshaonline.org/handbook/entries/calloway-springs-tx">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Calloway Springs, TX",
"author":{"@type":"Person","name":"Lorena M. Castañeda"},"datePublished":"1976-01-01","dateModified":"2021-05-04",
"publisher":{"@type":"Organization","name":"Texas State Historical Association"}}</script>
<link rel="stylesheet" href="/css/app.css?id=8a1f2"><script src="/js/app.js?id=4c71d" defer></script></head>
<body class="handbook-entry">
<header class="site-header"><div class="utility-bar"><ul>${links(txTop)}</ul></div>
<a class="logo" href="/"><img src="/images/tsha-logo.svg" alt="TSHA"></a>
<nav class="primary-nav" aria-label="Primary"><ul>${links(txMenu)}</ul></nav>
<form class="header-search" action="/search"><label class="sr-only" for="hs">Search TSHA</label><input id="hs" type="search" name="q"></form></header>
<main id="main"><div class="container">
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>${txCrumbs.map((t) => `<li><a href="/${t.toLowerCase()}">${t}</a></li>`).join('')}
<li aria-current="page">Calloway Springs, TX</li></ol></nav>
<div class="row"><article class="col-lg-8 entry">
<h1 class="entry-title">${txTitle}</h1>
<div class="entry-meta"><p class="author">${txBy}</p><p class="dates"><span>${txPub}</span> <span>${txUpd}</span></p></div>
<div class="entry-content">
${ps(txP.slice(0, 2))}
<div class="inline-promo"><p>${txPromo[0]}</p><a class="btn btn-primary" href="/membership">Become a Member</a></div>
${ps(txP.slice(2))}
</div>
<section class="bibliography"><h2>${txBibH}</h2>${ps(txBib)}</section>
<section class="citation"><h2>Citation</h2><p class="intro">${txCiteIntro}</p><p class="cite">${txCite}</p><p>${txCiteNote}</p></section>
<section class="taxonomy"><dl>${txTax.map((t) => (t.endsWith(':') ? `<dt>${t}</dt>` : `<dd><a href="#">${t}</a></dd>`)).join('')}</dl></section>
<p class="adopted">${txAdopt}</p>
<div class="share"><span>Share</span>${txShare.map((t) => `<a href="#" aria-label="Share via ${t}">${t}</a>`).join('')}</div>
</article>
<aside class="col-lg-4"><h2>Related Handbook Entries</h2><ul>${links(txRelated)}</ul>
<div class="ad-unit"><span class="ad-label">Advertisement</span></div></aside></div></div></main>
<footer class="site-footer"><ul>${links(txFoot)}</ul></footer></body></html>`;
export const handbookTexasPage: TestPage = {
  html: txHtml,
  name: 'heldout175-handbookoftexas-entry',
  kind: 'wiki',
  // "Bibliography" is a part of the entry (heading and body); the preferred citation is a byline; the membership promo set
  // between the entry's paragraphs is furniture
  title: txTitle,
  headings: [txBibH],
  body: texts([...txP, ...txBib]),
  bylines: [txBy, txPub, txUpd, txCite],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...txTop, ...txMenu, 'Search TSHA', 'Entries', ...txPromo, 'Become a Member', 'Citation', txCiteIntro, txCiteNote,
    ...txTax.filter((t) => t !== 'Bosque County'),
    txAdopt, 'Share', 'Print', 'Facebook', 'Email', 'Related Handbook Entries', ...txRelated.slice(1), 'Advertisement', ...txFoot,
  ],
};
