import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 217, file b1: a Lawfare article (header with "Topics", "Podcasts", "Newsletters" and the "Support Lawfare"
 * button, the topic eyebrow, h1 and dek, the author links and full dateline, the "Published by The Lawfare Institute in
 * Cooperation With Brookings" box at the top of the article body, a pull quote, the author bio box, the "Topics:" tags,
 * the "Subscribe to Lawfare" box, "More Articles" and the footer).
 */
const title = 'What the Hollis Ruling Means for Geofence Warrants';
const dek =
  'A split appellate panel has held that a geofence warrant covering a rural county fair was an unconstitutional general warrant. ' +
  'The reasoning may matter more than the result.';
const pub = 'Published by The Lawfare Institute in Cooperation With Brookings';
const p1 = [
  'Last week, a divided panel of the Court of Appeals for the Fifteenth Circuit decided <em>United States v. Hollis</em>, the first ' +
    'appellate decision to suppress evidence from a geofence warrant outright. Investigators looking for a man who had set fire to ' +
    'a livestock barn obtained a warrant requiring a technology company to identify every device whose location history placed it ' +
    'within a 600-meter radius of the barn during a two-hour window. The barn sat at the edge of the Harlan County Fair, which ' +
    'about 4,000 people attended that evening.',
  'The majority held that the warrant lacked particularized probable cause as to nearly all of the people whose data it swept in, ' +
    'and that the good-faith exception could not save it. Judge Amara Quist dissented.',
];
const h1 = 'The Majority’s Reasoning';
const p2 = [
  'Courts that have upheld geofence warrants have generally treated the three-step process used by the provider as a safeguard. ' +
    'Investigators first receive anonymized identifiers, then narrow the list, and only then ask for account information. The ' +
    'majority in Hollis rejected that framing. Each step, it reasoned, was a further search, and the first step alone exposed the ' +
    'movements of thousands of people for whom there was no suspicion at all.',
  'The court drew an analogy to the writs of assistance that provoked colonial opposition: a warrant that names a place so large, ' +
    'and a class of people so broad, that it leaves the decision about whom to search to the officer executing it.',
];
const quote = 'A warrant that authorizes the search of everyone in a crowd is not made particular by the size of the crowd.';
const h2 = 'The Dissent';
const p3 = [
  'Judge Quist argued that the majority had confused breadth with generality. The warrant described exactly what was to be searched, ' +
    'for a fixed place and a short time, and a magistrate had approved each narrowing step. She would have held that any defect was ' +
    'cured by the officers’ reasonable reliance on the magistrate’s approval.',
];
const h3 = 'Why It Matters';
const p4 = [
  'The practical effect of Hollis may be limited. The major provider whose data was at issue announced in 2024 that it would stop ' +
    'storing location history on its servers, and geofence requests to that company have largely ended. But the reasoning travels. ' +
    'Tower dumps, keyword warrants and bulk requests for license-plate reader data all share the feature the majority found fatal: ' +
    'they begin by collecting information about large numbers of people in order to find one.',
  'The government has until late spring to seek rehearing en banc. Given the dissent and the tension with decisions in two other ' +
    'circuits, further review seems likely, and the question may eventually reach the Supreme Court.',
];
const bio =
  'Nathaniel Oduya is a fellow at the Center for Technology and Criminal Law at Eastbrook University, where he writes about ' +
  'digital search and surveillance.';
const nav = ['Topics', 'Podcasts', 'Newsletters', 'Events', 'About', 'Contributors'];
const tags = ['Surveillance & Privacy', 'Fourth Amendment', 'Courts & Litigation'];
const more = [
  'The Quiet Expansion of Pole-Camera Surveillance',
  'Congress Returns to Section 702—Again',
  'The Lawfare Podcast: Reverse Keyword Warrants in the Courts',
];
const moreBy = ['Lena Sato', 'Ilya Brandt, Corinne Mbeki', 'Nathaniel Oduya, Roger Tamm'];
const sub = ['Subscribe to Lawfare', 'Get the latest national security news and analysis delivered to your inbox.', 'Email Address', 'Sign Up'];
const foot = ['About Lawfare', 'Masthead', 'Contact', 'Submissions', 'Privacy Policy', 'Terms of Use', 'Support Lawfare'];
const copy = '© 2025 The Lawfare Institute';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${title} | Lawfare</title>
<meta name="description" content="${dek}"><meta property="og:title" content="${title}"><meta property="og:type" content="article">
<meta property="article:published_time" content="2025-03-11T13:04:00Z"><meta name="twitter:site" content="@lawfare">
<link rel="canonical" href="https://www.lawfaremedia.example/article/what-the-hollis-ruling-means-for-geofence-warrants">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-03-11T09:04:00-04:00",
"author":[{"@type":"Person","name":"Nathaniel Oduya"}],"publisher":{"@type":"Organization","name":"Lawfare"}}</script>
<link rel="stylesheet" href="/dist/css/site.css?v=2025.2"><script src="/dist/js/site.js" defer></script></head>
<body>
<header class="header"><div class="header__container"><a class="header__logo" href="/"><img src="/dist/img/lawfare-logo.svg" alt="Lawfare"></a>
<nav class="header__nav" aria-label="Primary navigation"><ul class="header__nav-list">${links(nav, 'header__nav-item')}</ul></nav>
<div class="header__actions"><button class="header__search-button" aria-label="Search"><span class="sr-only">Search</span></button>
<a class="button button--support" href="/support">Support Lawfare</a></div></div></header>
<main id="main" class="main"><article class="post-detail">
<header class="post-detail__header"><div class="post-detail__topic"><a href="/topics/surveillance-privacy">Surveillance &amp; Privacy</a></div>
<h1 class="post-detail__title">${title}</h1><div class="post-detail__subtitle"><p>${dek}</p></div>
<div class="post-detail__authors"><a class="post-detail__author" href="/contributors/noduya">Nathaniel Oduya</a></div>
<div class="post-detail__date">Tuesday, March 11, 2025, 9:04 AM</div>
<div class="post-detail__share"><a href="https://x.com/intent/tweet" aria-label="Share on X">X</a>
<a href="https://www.facebook.com/sharer/sharer.php" aria-label="Share on Facebook">Facebook</a><a href="mailto:" aria-label="Share via email">Email</a>
<button class="post-detail__print" aria-label="Print">Print</button></div></header>
<div class="post-detail__content">
<div class="post-detail__published-by"><p>${pub}</p><img src="/dist/img/brookings-logo.svg" alt="Brookings"></div>
${p1.map((t) => `<p>${t}</p>`).join('\n')}
<h2>${h1}</h2>
${p2.map((t) => `<p>${t}</p>`).join('\n')}
<blockquote><p>${quote}</p></blockquote>
<h2>${h2}</h2>
${p3.map((t) => `<p>${t}</p>`).join('\n')}
<h2>${h3}</h2>
${p4.map((t) => `<p>${t}</p>`).join('\n')}
</div>
<div class="post-detail__bios"><div class="author-bio"><img class="author-bio__image" src="/media/authors/oduya.jpg" alt="">
<div class="author-bio__content"><a class="author-bio__name" href="/contributors/noduya">Nathaniel Oduya</a><p>${bio}</p></div></div></div>
<div class="post-detail__topics"><span class="post-detail__topics-label">Topics:</span>
<ul>${links(tags, 'post-detail__topics-item')}</ul></div>
<div class="post-detail__subscribe newsletter-signup"><h2>${sub[0]}</h2><p>${sub[1]}</p><form action="/newsletter"><label for="nl-email">${sub[2]}</label>
<input id="nl-email" type="email"><button type="submit">${sub[3]}</button></form></div>
</article>
<section class="related-posts"><h2 class="related-posts__title">More Articles</h2><ul class="related-posts__list">
${more
  .map((t, i) => `<li class="card"><h3 class="card__title"><a href="/article/${i}">${t}</a></h3><div class="card__authors">${moreBy[i]}</div></li>`)
  .join('\n')}</ul></section></main>
<footer class="footer"><ul class="footer__links">${links(foot)}</ul><p class="footer__copyright">${copy}</p></footer>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-LAWFARE"></script></body></html>`;

export const lawfareArticle: TestPage = {
  html,
  name: 'heldout217-lawfare-article',
  kind: 'news',
  // the dek is body; the "Published by ... Brookings" box at the top of the content is furniture; the pull quote is a
  // quotation the article makes, so body
  title,
  headings: [h1, h2, h3],
  body: texts([dek, ...p1, ...p2, quote, ...p3, ...p4]),
  bylines: ['Nathaniel Oduya', 'Tuesday, March 11, 2025, 9:04 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nav, 'Search', 'Support Lawfare', 'Facebook', 'Email', 'Print', pub, bio, 'Topics:', ...tags, ...sub, 'More Articles', ...more,
    ...moreBy, ...foot.filter((t) => t !== 'Support Lawfare'), copy,
  ],
};
