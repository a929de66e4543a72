import { links, ps, type TestPage, texts } from './page-kit.js';
import { interview } from './pages-heldout276-d2.js';
import { j } from './pages-heldout276-kit.js';

/**
 * Held-out batch 276, file d: a press briefing transcript on a government WordPress theme modelled on whitehouse.gov (the
 * invented Republic of Calder's "Harbour House"): the gov banner, header with menu, the topper block with category label,
 * title and date, the briefing's room / time lines, uppercase speaker labels inline in the paragraphs, the closing time
 * line, the "More news" rail, a newsletter form and the footer; and, from file d2, a Q-and-A interview on a Condé Nast
 * (Verso) magazine template.
 */
const wTitle = 'Press Briefing by Press Secretary Odile Ransome';
const wRoom = 'Marlow Briefing Room';
const wTime = '1:14 P.M. CMT';
const wEnd = '1:52 P.M. CMT';
const wParas = [
  j(
    'MS. RANSOME: Good afternoon, everybody. Two things at the top, and then I will take your questions. First, the President signed the',
    'Coastal Ferries Act this morning, which guarantees year-round service to the six outer islands and funds two new vessels from',
    'the Kelby yards. Crews begin sea trials on the first vessel in September.',
  ),
  j(
    'Second, the President will travel to Pembrey on Thursday to visit the communities affected by last week\u2019s landslides. He will',
    'meet families in temporary housing and announce the first payments from the emergency reconstruction fund.',
  ),
  'With that, Anneke.',
  j(
    'Q: Thanks, Odile. On the ferries, the opposition says the two vessels will not be ready before 2028. Is that right, and what',
    'happens to the islands in the meantime?',
  ),
  j(
    'MS. RANSOME: The first vessel is on schedule for service next spring. The second is later, that is true. In the meantime the act',
    'extends the charter of the existing winter ferry, so there is no gap in service. I would point you to the Ministry of Transport',
    'for the delivery schedule in detail.',
  ),
  'Q: On Pembrey, how much is in the reconstruction fund, and how quickly will families see the money?',
  j(
    'MS. RANSOME: The fund is 120 million in the first year. The first payments, for families whose homes were destroyed, will be',
    'made within ten working days of registration. The President wants the paperwork kept to a single page, and he has said so to the',
    'ministry very directly.',
  ),
  'Q: Will he meet the mayor of Pembrey, who has been critical of the response?',
  j(
    'MS. RANSOME: He will. They spoke by phone on Sunday, and the mayor will be with him for the whole visit. The President has said',
    'the criticism was fair in parts, in particular on how slowly the early-warning messages went out, and he has asked for a review.',
  ),
  'Q: One more on that review. Will it be published?',
  'MS. RANSOME: Yes, in full. All right, thank you, everybody. See you tomorrow.',
];
const wMenu = ['News', 'Administration', 'Issues', 'The Harbour House', 'Contact'];
const wMore = ['Statement on the Pembrey Landslides', 'Fact Sheet: The Coastal Ferries Act', 'Remarks by the President at the Kelby Yards'];
const wFoot = ['Accessibility', 'Privacy Policy', 'Copyright Policy', 'Open Data'];
const wHtml = `<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} – The Harbour House</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="og:title" content="${wTitle} – The Harbour House">
<meta property="article:published_time" content="2026-03-04T14:02:11+00:00"><link rel="stylesheet" id="harbourhouse-css"
href="https://harbourhouse.example/wp-content/themes/harbourhouse/dist/css/style.css?ver=3.1.0" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}",
"datePublished":"2026-03-04T14:02:11+00:00","articleSection":["Briefings &amp; Statements"]}]}</script></head>
<body class="post-template-default single single-post postid-30871 single-format-standard"><a class="skip-link screen-reader-text" href="#main">Skip to
content</a><div class="gov-banner"><p class="gov-banner__text">An official website of the Republic of Calder</p></div>
<header class="header" id="header"><div class="header__inner"><a class="header__logo" href="/" aria-label="The Harbour House home">THE HARBOUR HOUSE</a>
<button class="header__menu-toggle" aria-expanded="false">Menu</button><nav class="header__nav" aria-label="Main menu">
<ul class="menu">${links(wMenu, 'menu-item')}
</ul></nav></div></header>
<main id="main" class="site-main"><article class="post-30871 post type-post status-publish hentry category-briefings-statements">
<section class="wp-block-whitehouse-topper"><div class="wp-block-whitehouse-topper__inner"><div class="wp-block-whitehouse-topper__meta"><a
href="/briefings-statements/" class="wp-block-whitehouse-topper__meta--category">Briefings &amp; Statements</a></div>
<h1 class="wp-block-whitehouse-topper__title">${wTitle}</h1><div class="wp-block-whitehouse-topper__meta--byline"><time datetime="2026-03-04T14:02:11+00:00"
class="wp-block-post-date">March 4, 2026</time></div></div></section>
<section class="body-content"><div class="container"><div class="row"><div class="body-content__inner">
<p class="has-text-align-center">${wRoom}</p><p>${wTime}</p>
${ps(wParas)}
<p>END ${wEnd}</p>
</div></div></div></section>
<section class="wp-block-whitehouse-more-news"><h2 class="wp-block-whitehouse-more-news__heading">More News</h2><ul>${links(wMore, 'news-item')}</ul></section>
</article></main>
<section class="newsletter-signup"><h2 class="newsletter-signup__title">Get updates from the Harbour House</h2><form class="newsletter-signup__form"><label
for="nl-email">Email address</label><input type="email" id="nl-email"><button type="submit">Sign up</button></form></section>
<footer class="footer"><div class="footer__inner"><p class="footer__address">The Harbour House, 1 Quay Street, Port Calder</p><ul class="footer__menu">
${links(wFoot)}</ul><p class="footer__social">Follow the Harbour House</p></div></footer>
<script id="harbourhouse-js" src="https://harbourhouse.example/wp-content/themes/harbourhouse/dist/js/main.js?ver=3.1.0"></script></body></html>`;
const briefing: TestPage = {
  name: 'heldout276-harbourhouse-press-briefing-news',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: texts(wParas),
  bylines: ['March 4, 2026', wRoom, wTime, `END ${wEnd}`],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'An official website of the Republic of Calder', 'THE HARBOUR HOUSE', 'Menu', ...wMenu, 'Briefings & Statements', 'More News',
    ...wMore, 'Get updates from the Harbour House', 'Email address', 'Sign up', 'The Harbour House, 1 Quay Street, Port Calder', ...wFoot,
    'Follow the Harbour House',
  ],
};

export const HELDOUT276_D: readonly TestPage[] = [briefing, interview];
