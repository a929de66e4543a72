import { links, type TestPage, texts } from './page-kit.js';
import { slateArticle } from './pages-heldout32-e2.js';

/**
 * Held-out batch 32, file e: a Rest of World story (its own Next.js front end over a headless CMS: nav with "Newsletters" and
 * "Donate", region and topic kickers, hed and dek, the "Read in" translation switch, byline with illustrator credit, date
 * and reading time, the lead illustration, paragraphs with a pull quote, an inline newsletter signup, the "Republish this
 * article" button, author bio, "More from Rest of World" cards, the donation banner, footer, a cookie notice and JSON-LD).
 */
const rwTitle = 'Lagos drivers were tired of paying commissions to ride-hailing giants. So they built their own app.';
const rwDek = 'Wakati charges drivers a flat weekly fee instead of a cut of every fare. Its founders are now finding out what it takes to compete.';
const rwBody = [
  'Every Monday morning, Tunde Bakare pays 7,500 naira — about $5 — into a shared account and then keeps everything he earns ' +
    'that week. For six years, he drove for the big international ride-hailing apps in Lagos, which took as much as 25% of each ' +
    'fare. Since last April, he has driven only for Wakati, an app he helped build.',
  '“The first week I kept checking my balance because I didn’t believe it,” Bakare, 38, told Rest of World. “It was my money. ' + 'All of it.”',
  'Wakati, which means “time” in Swahili, was started in 2024 by a group of drivers who had organized protests over commissions ' +
    'and fuel costs. It is registered as a cooperative: each driver owns a share, and members vote on prices and rules at a ' +
    'meeting every quarter. A small team of developers, two of them former drivers’ children, built the app on open-source ' +
    'software and run it from a rented office in Yaba.',
  'The app now has about 2,300 active drivers and says it completed 410,000 trips in December, a fraction of the market leaders’ ' +
    'volume but enough, its treasurer Funmilayo Adeyemi said, to cover its costs. Riders pay roughly the same fares as on the ' +
    'larger apps. The difference is where the money goes.',
  'Driver-owned platforms have been tried elsewhere, from New York to Bengaluru, with mixed results. Many have struggled to attract ' +
    'enough riders to keep drivers busy, or to pay for the marketing and insurance that large companies can absorb. Chinonso ' +
    'Eze, who studies platform work at the University of Lagos, said Wakati’s advantage is that Lagos drivers already switch ' +
    'between several apps at once. “Nobody has to give anything up to try it,” she said.',
  'The challenges are real. Wakati has no money for promotions, and during the December holidays, when demand surged, ' +
    'riders complained of long waits. Its safety features — trip sharing and an emergency button — work, but it has no ' +
    'round-the-clock support team. Adeyemi said the cooperative is applying for a loan from a development fund to hire one.',
  'Bakare said he is patient. On a good week he now takes home about a third more than he used to. “The big apps have money,” he ' +
    'said. “We have each other. Let’s see who lasts.”',
];
const rwPull = '“The first week I kept checking my balance because I didn’t believe it.”';
const rwNav = ['Regions', 'Topics', 'Newsletters', 'Events', 'About'];
const rwMore = [
  'The Manila delivery riders who unionized over a heat wave',
  'Why Kenya’s boda boda drivers are going electric',
  'Inside the WhatsApp groups that run Jakarta’s informal economy',
];
const rwFoot = ['Team', 'Careers', 'Contact', 'Privacy policy', 'Terms of use', 'Republishing guidelines', 'RSS'];
const rwBio = 'Adaeze Nwosu is a Lagos-based reporter for Rest of World covering labor and technology in West Africa.';
const rwP = (t: string): string => `<p class="wp-block-paragraph">${t}</p>`;
const rwHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${rwTitle} - Rest of World</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${rwTitle}","description":"${rwDek}",
"author":{"@type":"Person","name":"Adaeze Nwosu"},"datePublished":"2026-01-22T09:00:00Z","publisher":{"@type":"Organization","name":"Rest of World"}}</script>
</head><body class="single-post"><div id="__next"><header class="site-header"><a class="site-header__logo" href="/">Rest of World</a>
<p class="site-header__tagline">Reporting global tech stories</p><nav class="site-header__nav"><ul>${links(rwNav)}</ul></nav>
<a class="button button--donate" href="/donate">Donate</a><button class="site-header__search" aria-label="Search">Search</button></header>
<main><article class="post"><header class="post-header"><div class="post-header__kickers"><a href="/region/africa">Africa</a>
<span class="post-header__sep">/</span><a href="/topic/labor">Labor</a></div>
<h1 class="post-header__hed">${rwTitle}</h1><p class="post-header__dek">${rwDek}</p>
<div class="post-header__translations"><span>Read in:</span> <a href="/fr/2026/lagos-wakati">Français</a></div>
<div class="byline"><span class="byline__author">By <a href="/author/adaeze-nwosu">Adaeze Nwosu</a></span>
<span class="byline__credit">Illustration by Kwabena Osei</span></div>
<div class="post-header__meta"><time datetime="2026-01-22">January 22, 2026</time> · <span>6 min read</span></div></header>
<figure class="post-lead"><img src="https://restofworld.org/wp-content/uploads/2026/01/wakati-lagos.jpg"
alt="An illustration of a car on a Lagos street"></figure>
<div class="post-content">
${rwBody.slice(0, 2).map(rwP).join('\n')}
<blockquote class="wp-block-pullquote"><p>${rwPull}</p></blockquote>
${rwBody.slice(2, 5).map(rwP).join('\n')}
<div class="newsletter-inline"><h3>Get our newsletter</h3><p>The most important stories in global tech, delivered every Wednesday.</p>
<input type="email" placeholder="Email address"><button>Subscribe</button></div>
${rwBody.slice(5).map(rwP).join('\n')}
</div><div class="post-footer"><button class="button button--republish" data-modal="republish">Republish this article</button>
<div class="author-bio"><p>${rwBio}</p></div></div></article>
<section class="more-stories"><h2>More from Rest of World</h2><ul>${links(rwMore, 'story-card')}</ul></section>
<aside class="donate-banner"><p>Rest of World is a nonprofit newsroom. Our reporting is free to read and free to republish.</p>
<a class="button" href="/donate">Support our journalism</a></aside></main>
<footer class="site-footer"><ul>${links(rwFoot)}</ul><p>© 2026 Rest of World</p></footer>
<div class="cookie-notice" role="dialog" aria-live="polite"><p>This site uses cookies to measure how our stories are read.</p>
<button>Accept</button><button>Decline</button></div></div></body></html>`;
const restOfWorld: TestPage = {
  html: rwHtml,
  name: 'heldout32-rest-of-world-story',
  kind: 'news',
  // the dek is body; the pull quote repeats a sentence of the body (in neither list); the author's name, the date and the bio
  // are bylines ("By" in neither), the illustrator credit furniture; the region and topic kickers, "Read in:" and its language
  // link, the reading time, the inline newsletter box, the republish button, "More from Rest of World", the donation banner,
  // nav, header, footer and cookie notice are furniture; the logo "Rest of World" is a phrase of the body ("told Rest of
  // World"), the nav's "About" and the footer's "Team" are body words: left out
  title: rwTitle,
  headings: [],
  body: [rwDek, ...texts(rwBody)],
  bylines: ['Adaeze Nwosu', 'January 22, 2026', rwBio],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Reporting global tech stories', ...rwNav.filter((t) => t !== 'About'), 'Donate', 'Search', 'Africa', 'Labor', 'Read in:', 'Français',
    'Illustration by Kwabena Osei', '6 min read',
    'Get our newsletter', 'The most important stories in global tech, delivered every Wednesday.', 'Subscribe', 'Republish this article',
    'More from Rest of World', ...rwMore, 'Rest of World is a nonprofit newsroom. Our reporting is free to read and free to republish.',
    'Support our journalism', ...rwFoot.filter((t) => t !== 'Team'), '© 2026 Rest of World', 'This site uses cookies to measure how our stories are read.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT32_E: readonly TestPage[] = [restOfWorld, slateArticle];
