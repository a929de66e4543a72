import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, tr } from './pages-heldout351-kit.js';

/**
 * Held-out batch 351, file c: a running club's race results post on Squarespace 7.1 (announcement bar, header nav, blog item
 * meta, results table in a code block, author card, "Newer / Older" pagination, newsletter block, footer) and a coaching
 * drills page on MkDocs Material (header, tabs, left navigation, table of contents, admonitions, edit link, "Was this page
 * helpful?" feedback, footer with previous / next).
 */
const rTitle = 'Results: Thornbury Lakes 10K 2026';
const rIntro = [
  j(
    'Twenty-six Kestrel Harriers lined up for the Thornbury Lakes 10K on Sunday morning, our biggest turnout at a road race since',
    'the club was founded. Conditions were close to perfect: cool, overcast and almost still, with only a light breeze on the long',
    'stretch beside the reservoir.',
  ),
  j(
    'There were eleven personal bests on the day, and three members ran their first ever 10K. Special mention goes to Priya Nandra,',
    'who finished third woman overall and first in the F40 category, and to the Couch to 5K graduates who stepped up to the',
    'longer distance only eight weeks after finishing the course.',
  ),
];
const rHead = ['Pos', 'Name', 'Category', 'Chip time', 'Note'];
const rRows = [
  ['14', 'Marcus Leyland', 'M35', '35:48', 'PB'],
  ['22', 'Priya Nandra', 'F40', '37:12', '3rd woman, 1st F40'],
  ['39', 'Ben Arkwright', 'MSEN', '39:05', ''],
  ['61', 'Hollie Vance', 'FSEN', '41:30', 'PB'],
  ['88', 'Gordon Shales', 'M60', '43:57', '2nd M60'],
  ['142', 'Femi Adeyinka', 'M45', '48:21', 'PB'],
  ['203', 'Laura Pym', 'F50', '52:40', 'First 10K'],
  ['251', 'Chris and Anna Delaney', 'M40 / F40', '56:02', 'Ran together'],
];
const rAfter = [
  j(
    'The full list of all twenty-six club finishers is on the results board in the clubhouse, and the official results, including',
    'gun times, are published by the organisers.',
  ),
  '<strong>Club championship points</strong> for this race will be added to the standings by the end of the week. As a reminder:',
];
const rPoints = [
  'every member who finishes scores at least ten points;',
  'a personal best earns five bonus points;',
  'age-graded percentages decide the top twenty places in the championship.',
];
const rEnd = [
  j(
    'Next up is the Brackenfield Trail Half on 19 April. Car shares are being organised on the club WhatsApp group, and the',
    'Tuesday session that week will be a short, easy run so that nobody arrives with tired legs.',
  ),
];
const rNav = ['Home', 'About', 'Join Us', 'Sessions', 'Results', 'Races', 'Contact'];
const rHtml = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${rTitle} — Kestrel Harriers</title>
<meta property="og:site_name" content="Kestrel Harriers"><meta property="og:type" content="article">
<meta itemprop="datePublished" content="2026-03-23T11:05:00+0000"><meta name="generator" content="Squarespace">
<script type="application/ld+json">{"url":"https://www.kestrelharriers.example","name":"Kestrel Harriers","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${rTitle}","author":"Sian Moorcroft"}</script>
<script>Static.SQUARESPACE_CONTEXT={"websiteSettings":{"storeSettings":{}},"templateId":"5c5a519771c10ba3470d8101"};</script></head>
<body class="collection-type-blog-basic-grid view-item"><div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar">
<p class="sqs-announcement-bar-text">Club championship 2026: entries close 31 March</p></div></div>
<header id="header" class="header theme-col--primary"><div class="header-inner"><div class="header-title"><a href="/">Kestrel Harriers</a></div>
<nav class="header-nav"><div class="header-nav-list">${rNav
  .map(
    (t) => `<div class="header-nav-item">
<a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`,
  )
  .join('\n')}
</div></nav><div class="header-actions"><a class="btn btn--border" href="/join-us">Become a member</a></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections"><section class="page-section"><div class="content-wrapper">
<div class="blog-item-wrapper"><article class="entry h-entry hentry author-sian-moorcroft post-type-text"><div class="blog-item-top-wrapper">
<div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-meta-primary"><span class="blog-author">Sian Moorcroft</span>
<time class="dt-published blog-meta-item blog-meta-item--date" datetime="2026-03-23">March 23, 2026</time></span></div></div>
<div class="blog-item-title"><h1 class="entry-title" data-content-field="title">${rTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">${ps(rIntro)}</div></div>
<div class="sqs-block code-block sqs-block-code"><div class="sqs-block-content"><table class="results-table"><thead>${tr(rHead, 'th')}</thead><tbody>
${rRows.map((r) => tr(r)).join('\n')}
</tbody></table></div></div>
<div class="sqs-block image-block sqs-block-image"><figure class="sqs-block-image-figure"><img src="/s/thornbury-start.jpg" alt="">
<figcaption class="image-caption-wrapper"><p>The club group before the start. Photo: Dan Ferris</p></figcaption></figure></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">${ps(rAfter)}
<ul data-rte-list="default">${lis(rPoints)}</ul>${ps(rEnd)}</div></div>
</div></div></div>
<div class="blog-item-author-profile-wrapper"><div class="author-name">Sian Moorcroft</div>
<p class="author-bio">Results secretary and parkrun tail-walker.</p></div>
<section class="item-pagination item-pagination--prev-next"><a class="item-pagination-link item-pagination-link--prev" href="#">
<span class="item-pagination-prev-next">Previous</span><h2 class="item-pagination-title">Results: Wyvern Spring Relays</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="#"><span class="item-pagination-prev-next">Next</span>
<h2 class="item-pagination-title">Results: Cross-country league final round</h2></a></section></article></div></div></section>
<section class="page-section newsletter-section"><div class="sqs-block newsletter-block"><h2 class="newsletter-form-header-title">Harriers Weekly</h2>
<p class="newsletter-form-header-description">Sessions, races and results every Friday.</p>
<input type="email" placeholder="Email Address"><button class="newsletter-form-button"><span class="newsletter-form-button-label">Sign Up</span></button>
<p class="newsletter-form-footnote">We respect your privacy.</p></div></section></article></main>
<footer class="sections" id="footer-sections"><div class="sqs-block-content"><p>Kestrel Harriers is affiliated to England Athletics.</p>
<p>Training: Tuesdays and Thursdays, 6.30pm, Thornbury Leisure Centre</p></div></footer>
<div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text">This website uses cookies to enhance your experience.</div>
<button class="sqs-cookie-banner-v2-accept">Accept all</button><button class="sqs-cookie-banner-v2-deny">Decline all</button></div>
<script defer src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout351-squarespace-race-results',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: [...texts(rIntro), ...rRows.map((r) => rowText(r).trim()), ...texts(rAfter), ...rPoints, ...texts(rEnd)],
  bylines: ['Sian Moorcroft', 'March 23, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Club championship 2026: entries close 31 March', 'About', 'Join Us', 'Sessions', 'Races', 'Contact', 'Become a member',
    'The club group before the start. Photo: Dan Ferris', 'Results secretary and parkrun tail-walker.', 'Previous',
    'Results: Wyvern Spring Relays', 'Results: Cross-country league final round', 'Harriers Weekly', 'Sessions, races and results every Friday.',
    'Sign Up', 'We respect your privacy.', 'Kestrel Harriers is affiliated to England Athletics.',
    'Training: Tuesdays and Thursdays, 6.30pm, Thornbury Leisure Centre', 'This website uses cookies to enhance your experience.', 'Accept all',
    'Decline all',
  ],
};

/** A coaching drills page on MkDocs Material. */
const dTitle = 'Rondo and pressing drills (U11–U14)';
const dIntro = [
  j(
    'These drills build the two habits we want every junior team at the club to share: keeping the ball under pressure and winning',
    'it back quickly as a group. Each drill fits in a standard 75-minute session and needs no more than a dozen cones and',
    'two sets of bibs.',
  ),
];
const dRondo = [
  j(
    'Mark out a square of 10 by 10 metres. Five attackers stand on the edges and two defenders start in the middle. The attackers',
    'try to make as many passes as they can; a defender who wins the ball swaps with the player who lost it.',
  ),
];
const dRondoSteps = [
  'Start with two-touch, then move to one-touch once the group completes ten passes in a row.',
  'Count a “split” pass between the two defenders as two passes.',
  'Rotate the defenders every 90 seconds so nobody spends too long in the middle.',
];
const dRondoNote = 'Keep the square small. If the attackers find it too easy, shrink it before you add a third defender.';
const dPress = [
  j(
    'Play four against four in a 30 by 20 metre area with a small goal at each end. When a team loses the ball, it has five',
    'seconds to win it back; if it does, it scores a bonus point.',
  ),
  'Coaching points to watch for:',
];
const dPressPoints = [
  'The nearest player presses at once, on a curved run that cuts off the easy pass.',
  'The second player covers the space behind the presser, not the ball.',
  'Players further away move across together, keeping the team compact.',
];
const dProgress = [
  j(
    'Once players are comfortable, link the two drills: finish the rondo with a transition, where the defenders who win the ball',
    'play out to a target player on the edge of the pressing area. The session then ends with a small-sided game where the',
    'five-second rule stays in place.',
  ),
];
const dTabHead = ['Age group', 'Rondo size', 'Pressing area', 'Work : rest'];
const dTab = [
  ['U11', '8 × 8 m', '25 × 15 m', '60 s : 60 s'],
  ['U12–U13', '10 × 10 m', '30 × 20 m', '90 s : 60 s'],
  ['U14', '12 × 12 m', '35 × 25 m', '2 min : 60 s'],
];
const dTabs = ['Home', 'Coaching', 'Safeguarding', 'Club Handbook'];
const dSide = ['Session planning', 'Warm-ups', 'Rondo and pressing drills (U11–U14)', 'Finishing drills', 'Goalkeeping basics', 'Small-sided games'];
const dToc = ['Rondo 5 v 2', 'Five-second pressing game', 'Progressions', 'Sizes by age group'];
const dHtml = `<!doctype html><html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="Coaching handbook of Ferncastle Juniors FC"><meta name="generator" content="mkdocs-1.6.0, mkdocs-material-9.5.18">
<title>Rondo and pressing drills - Ferncastle Juniors Coaching Handbook</title><link rel="stylesheet" href="../../assets/stylesheets/main.min.css">
<script>__md_scope=new URL("../..",location),__md_hash=e=>[...e].reduce((e,_)=>(e<<5)-e+_.charCodeAt(0),0)</script></head>
<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="green"><input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">
<div data-md-component="skip"><a href="#rondo-5-v-2" class="md-skip">Skip to content</a></div>
<div data-md-component="announce"><aside class="md-banner"><div class="md-banner__inner md-grid md-typeset">New for 2026: the FA Playmaker
course is free for all club volunteers.</div></aside></div>
<header class="md-header md-header--shadow" data-md-component="header"><nav class="md-header__inner md-grid" aria-label="Header">
<a href="../.." title="Ferncastle Juniors Coaching Handbook" class="md-header__button md-logo" aria-label="Ferncastle Juniors Coaching Handbook"></a>
<div class="md-header__title" data-md-component="header-title"><div class="md-header__ellipsis"><div class="md-header__topic">
<span class="md-ellipsis">Ferncastle Juniors Coaching Handbook</span></div></div></div>
<div class="md-search" data-md-component="search" role="dialog"><label class="md-search__overlay" for="__search"></label>
<input type="text" class="md-search__input" name="query" aria-label="Search" placeholder="Search"></div></nav></header>
<div class="md-container" data-md-component="container"><nav class="md-tabs" aria-label="Tabs" data-md-component="tabs"><div class="md-grid">
<ul class="md-tabs__list">${links(dTabs, 'md-tabs__item')}</ul></div></nav>
<main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><div class="md-sidebar__scrollwrap">
<nav class="md-nav md-nav--primary" aria-label="Navigation"><label class="md-nav__title">Coaching</label>
<ul class="md-nav__list">${links(dSide, 'md-nav__item')}</ul></nav></div></div>
<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><div class="md-sidebar__scrollwrap">
<nav class="md-nav md-nav--secondary" aria-label="Table of contents"><label class="md-nav__title" for="__toc">Table of contents</label>
<ul class="md-nav__list">${links(dToc, 'md-nav__item')}</ul></nav></div></div>
<div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset">
<a href="https://git.example/ferncastle/handbook/edit/main/docs/coaching/rondo.md" title="Edit this page" class="md-content__button md-icon">Edit this page</a>
<h1 id="rondo-and-pressing-drills">${dTitle}</h1>
${ps(dIntro)}
<h2 id="rondo-5-v-2">Rondo 5 v 2<a class="headerlink" href="#rondo-5-v-2" title="Permanent link">¶</a></h2>
${ps(dRondo)}
<ol>${lis(dRondoSteps)}</ol>
<div class="admonition tip"><p class="admonition-title">Tip</p><p>${dRondoNote}</p></div>
<h2 id="five-second-pressing-game">Five-second pressing game<a class="headerlink" href="#five-second-pressing-game" title="Permanent link">¶</a></h2>
${ps(dPress)}
<ul>${lis(dPressPoints)}</ul>
<h2 id="progressions">Progressions<a class="headerlink" href="#progressions" title="Permanent link">¶</a></h2>
${ps(dProgress)}
<h2 id="sizes-by-age-group">Sizes by age group<a class="headerlink" href="#sizes-by-age-group" title="Permanent link">¶</a></h2>
<div class="md-typeset__scrollwrap"><div class="md-typeset__table"><table><thead>${tr(dTabHead, 'th')}</thead><tbody>
${dTab.map((r) => tr(r)).join('\n')}
</tbody></table></div></div>
<aside class="md-source-file"><span class="md-source-file__fact">Last update: 4 February 2026</span></aside>
<form class="md-feedback" name="feedback"><fieldset><legend class="md-feedback__title">Was this page helpful?</legend>
<div class="md-feedback__list"><button class="md-feedback__icon" title="This page was helpful">Yes</button>
<button class="md-feedback__icon" title="This page could be improved">No</button></div></fieldset></form>
</article></div></div></main>
<footer class="md-footer"><nav class="md-footer__inner md-grid" aria-label="Footer"><a href="../warm-ups/" class="md-footer__link md-footer__link--prev">
<div class="md-footer__title"><span class="md-footer__direction">Previous</span><div class="md-ellipsis">Warm-ups</div></div></a>
<a href="../finishing/" class="md-footer__link md-footer__link--next"><div class="md-footer__title"><span class="md-footer__direction">Next</span>
<div class="md-ellipsis">Finishing drills</div></div></a></nav>
<div class="md-footer-meta md-typeset"><div class="md-copyright"><div class="md-copyright__highlight">Copyright © 2026 Ferncastle Juniors FC</div>
Made with <a href="https://squidfunk.github.example/mkdocs-material/">Material for MkDocs</a></div></div></footer></div>
<script id="__config" type="application/json">{"base":"../..","features":["navigation.tabs","content.action.edit"],
"search":"../../assets/javascripts/workers/search.js"}</script>
<script src="../../assets/javascripts/bundle.min.js"></script></body></html>`;
const mkdocs: TestPage = {
  name: 'heldout351-mkdocs-material-coaching-drills',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: ['Rondo 5 v 2', 'Five-second pressing game', 'Progressions', 'Sizes by age group'],
  body: [...texts([...dIntro, ...dRondo]), ...dRondoSteps, dRondoNote, ...texts(dPress), ...dPressPoints, ...texts(dProgress), ...dTab.map(rowText)],
  bylines: ['Last update: 4 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'New for 2026: the FA Playmaker course is free for all club volunteers.', 'Ferncastle Juniors Coaching Handbook',
    'Safeguarding', 'Club Handbook', 'Session planning', 'Warm-ups', 'Finishing drills', 'Goalkeeping basics', 'Small-sided games',
    'Table of contents', 'Edit this page', 'Tip', 'Was this page helpful?', 'Previous', 'Next', 'Copyright © 2026 Ferncastle Juniors FC',
    'Made with Material for MkDocs',
  ],
};

export const HELDOUT351_C: readonly TestPage[] = [squarespace, mkdocs];
