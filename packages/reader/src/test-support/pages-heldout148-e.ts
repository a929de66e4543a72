import { links, type TestPage } from './page-kit.js';
import { gold, parse, render } from './pages-heldout148-kit.js';
import { insideClimate } from './pages-heldout148-e2.js';

/**
 * Held-out batch 148, file e: a Grist story on grist.org (the header with topic nav, "Newsletters" and "Donate", the hidden
 * search panel, the topic kicker, headline, dek, contributor name with role, the published date and reading time, the
 * "Share" and "Republish" buttons, the lead image caption and credit, a list of program rules inside the text, a "Read
 * Next" card with its own title and author between paragraphs, the mid-article newsletter form, the contributor bio, the
 * closing donation appeal, the "More from Grist" rail, the Republication Tracker dialog and the footer) and, from file e2,
 * an Inside Climate News story.
 */
const grTitle = 'Rural electric co-ops race to claim solar money before a federal deadline';
const grDek = 'Small utilities that once relied on coal see a rare chance to cut bills. The paperwork is the hard part.';
const grSrc = `
@@image

The Big Sandy Valley Electric Cooperative serves about 9,400 homes and farms spread across three counties of hills and
hollows. It has 41 employees, one of whom, until this spring, handled every grant application the co-op had ever filed.

So when Big Sandy's general manager, Loretta Haskins, learned the co-op could qualify for federal money to build as much as
20 megawatts of solar and battery storage, her first question wasn't about panels. "I asked who was going to write it," she
said.

Big Sandy is one of roughly 160 rural electric cooperatives racing to finish applications before a December deadline for
the last round of a federal program that helps member-owned utilities replace aging coal contracts with cleaner power.
Co-ops that win funding can cover up to 60 percent of project costs with grants and the rest with low-interest loans.

@@readnext

The program's rules, set by the Department of Agriculture, ask a lot of small utilities. To qualify, a co-op must:

- Show that the project will lower members' bills within five years, using a model reviewed by an outside engineer.
- Secure land or interconnection agreements for every site before it applies.
- Commit to hiring locally for at least half of construction jobs.

Larger co-ops have hired consultants to handle the filings. Smaller ones have leaned on each other. In August, Haskins and
managers from six neighboring co-ops began meeting every Tuesday on a video call to share templates, compare engineering
bids and read each other's drafts.

@@newsletter

"None of us could afford a consulting firm on our own," said Wendell Arbogast, who manages the Little Kanawha Rural
Electric Association next door. "Together we can at least afford to make the same mistakes once."

The stakes are high for members. Big Sandy buys most of its power under a long-term contract tied to two coal plants, and
its wholesale rates have risen 31 percent since 2021. Members pay some of the highest electricity bills in the state, and
about a quarter of households in its territory live below the poverty line.

Haskins estimates the solar project would save the co-op $2.1 million a year once complete, enough to cut the average
member's monthly bill by about $14. That may not sound like much, she said, "until you're a retiree on a fixed income
choosing between the light bill and the pharmacy."

Researchers at the Appalachian Energy Transition Lab, who track the program, say about a third of eligible co-ops applied
in earlier rounds, and those with fewer than 50 employees were far less likely to win awards. The agency has added
workshops and extended office hours for applicants this fall.

Big Sandy filed its application on Oct. 3. Haskins said the co-op would know by spring whether it had been funded, and
that it had already picked its first site: a reclaimed strip mine on a ridge outside town, with a transmission line
running along its edge.
`;
const grBlocks = parse(grSrc);
const grGold = gold(grBlocks);
const grNav = ['Climate', 'Energy', 'Politics', 'Science', 'Solutions', 'Food', 'Housing', 'Accountability', 'Culture'];
const grCaption = 'Solar panels at a cooperative-owned array in Appalachia. More co-ops are applying for federal money to build their own.';
const grCredit = 'Tomás Reyes / Grist';
const grReadNext = ['Read Next', 'Why your electric co-op board election matters more than you think', 'Nadia Bell'];
const grNews = ['Get the best of Grist, delivered to your inbox', 'Email address', 'Subscribe', 'You can unsubscribe at any time.'];
const grBio = 'Owen Lockridge is a staff writer at Grist covering energy and rural communities. He is based in West Virginia.';
const grAppeal = ['Grist is a nonprofit, independent newsroom. Our reporting is free because readers like you make it possible.', 'Donate now'];
const grMore = [
  'The heat pump boom reaches mobile homes',
  'A river town rebuilds after the flood, higher this time',
  'What a new farm bill could mean for soil',
];
const grModal = [
  'Republish this story',
  'We want our journalism to reach as many people as possible, so you’re free to republish it for free under a Creative Commons license.',
  'Copy HTML',
];
const grFoot = ['About', 'Staff', 'Jobs', 'Contact', 'Republishing Guidelines', 'Privacy Policy', 'Terms of Use'];
const grFootNote = 'Grist is powered by WordPress VIP. © 1999-2025 Grist Magazine, Inc. All rights reserved.';
const grHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${grTitle} | Grist</title>
<meta name="description" content="${grDek}"><meta property="og:type" content="article"><meta property="og:title" content="${grTitle}">
<meta property="og:site_name" content="Grist"><meta property="article:published_time" content="2025-10-14T08:45:00+00:00">
<meta name="parsely-metadata" content="{&quot;topic&quot;:&quot;energy&quot;}">
<link rel="canonical" href="https://grist.example/energy/rural-electric-co-ops-solar-deadline/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${grTitle}","description":"${grDek}",
"datePublished":"2025-10-14T08:45:00+00:00","author":[{"@type":"Person","name":"Owen Lockridge"}],"publisher":{"@type":"Organization","name":"Grist"}}</script>
<link rel="stylesheet" id="grist-css" href="https://grist.example/wp-content/themes/grist/dist/main.css?ver=4.11.0" media="all"></head>
<body class="post-template-default single single-post postid-661203 single-format-standard">
<a class="skip-link screen-reader-text" href="#main">Skip to main content</a>
<header class="site-header"><div class="site-header__inner"><a class="site-header__logo" href="/"><span class="screen-reader-text">Grist</span></a>
<nav class="site-header__nav" aria-label="Topics"><ul>${links(grNav, 'site-header__nav-item')}</ul></nav>
<a class="site-header__newsletters" href="/newsletters/">Newsletters</a><a class="site-header__donate" href="/donate/">Donate</a>
<button class="site-header__search-toggle" aria-controls="search-panel">Search</button></div>
<div id="search-panel" class="search-panel" hidden><form role="search"><label for="s">Search Grist</label><input id="s" name="s" type="search"></form></div>
</header>
<main id="main"><article class="article">
<header class="article-header"><a class="article-header__topic" href="/energy/">Energy</a><h1 class="article-header__title">${grTitle}</h1>
<p class="article-header__dek">${grDek}</p><div class="article-header__meta"><div class="contributor-info">
<a class="contributor-info__name" href="/author/owen-lockridge/">Owen Lockridge</a><span class="contributor-info__role">Staff Writer</span></div>
<div class="article-header__dates"><time datetime="2025-10-14T08:45:00+00:00">Published Oct 14, 2025</time>
<span class="article-header__read-time">6 min read</span></div></div>
<div class="article-header__actions"><button class="share-button">Share</button><button class="republish-button">Republish</button></div></header>
<div class="article-body">
${render(
  grBlocks,
  {},
  {
    image: `<figure class="wp-block-image"><img src="https://grist.example/wp-content/uploads/2025/10/coop-solar.jpg" alt="" width="1200" height="800">
<figcaption><span class="caption-text">${grCaption}</span> <span class="image-credit">${grCredit}</span></figcaption></figure>`,
    readnext: `<aside class="read-next-embed"><span class="read-next-embed__label">${grReadNext[0]}</span>
<a class="read-next-embed__link" href="/energy/co-op-boards/">
<h3 class="read-next-embed__title">${grReadNext[1]}</h3><span class="read-next-embed__author">${grReadNext[2]}</span></a></aside>`,
    newsletter: `<div class="newsletter-inline"><h3 class="newsletter-inline__title">${grNews[0]}</h3><form><label class="screen-reader-text"
for="nl">${grNews[1]}</label><input id="nl" type="email" placeholder="Email address"><button type="submit">${grNews[2]}</button></form>
<p class="newsletter-inline__fine">${grNews[3]}</p></div>`,
  },
)}
</div>
<footer class="article-footer"><div class="contributor-bio"><p>${grBio}</p></div>
<div class="donation-appeal"><p>${grAppeal[0]}</p><a class="button" href="/donate/">${grAppeal[1]}</a></div></footer></article>
<aside class="more-from-grist"><h2>More from Grist</h2><ul>${links(grMore, 'more-from-grist__item')}</ul></aside></main>
<div class="republication-tracker-tool-modal" role="dialog" aria-modal="true" hidden><h2>${grModal[0]}</h2><p>${grModal[1]}</p>
<button class="republication-tracker-tool-copy">${grModal[2]}</button></div>
<footer class="site-footer"><ul class="site-footer__links">${links(grFoot)}</ul><p class="site-footer__note">${grFootNote}</p></footer>
<script src="https://grist.example/wp-content/themes/grist/dist/main.js?ver=4.11.0" id="grist-js"></script></body></html>`;
const grist: TestPage = {
  name: 'heldout148-grist-news',
  kind: 'news',
  html: grHtml,
  // the dek is body; the "Read Next" card between paragraphs is furniture (its title is an h3)
  title: grTitle,
  headings: grGold.headings,
  body: [grDek, ...grGold.body],
  bylines: ['Owen Lockridge', 'Staff Writer', 'Published Oct 14, 2025', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...grNav, 'Newsletters', 'Donate', 'Search', 'Search Grist', 'Share', 'Republish', grCaption, grCredit, ...grReadNext, ...grNews,
    grBio, ...grAppeal, 'More from Grist', ...grMore, ...grModal, ...grFoot, grFootNote,
  ],
};

export const HELDOUT148_E: readonly TestPage[] = [grist, insideClimate];
