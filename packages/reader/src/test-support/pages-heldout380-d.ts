import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout380-kit.js';

/**
 * Held-out batch 380, file d: a citizen science project's results post on a Ghost blog (Casper theme: article header with
 * tag, excerpt, byline and reading time, kg-card figures, a results table, the member sign-up CTA, comments and the
 * read-more rail) and a volunteers' field guide page on MkDocs Material (header, tabs, primary nav, table of contents,
 * admonitions, last-update line, footer navigation).
 */
const gTitle = 'Five years of Moth Night: what 60,000 records tell us';
const gExcerpt = 'Our volunteers have run light traps in gardens across the valley since 2019. Here is what the first full analysis found.';
const gP1 = [
  j(
    'When we started Moth Night we had eleven traps and a borrowed identification guide. Five seasons later, 340 households have',
    'taken part, and between them they have sent us 61,482 records of 612 species. This autumn our volunteer analysts finally',
    'had the time to look at all of it together.',
  ),
  j(
    'A big thank you to everyone who left a light on for us, and especially to the verifiers who checked every photograph of a',
    'tricky micro-moth. What follows is a summary; the full report is linked at the bottom of this post.',
  ),
];
const gP2 = [
  j(
    'Total numbers of moths caught per trap night have changed little since 2019. That sounds like good news, and partly it is,',
    'but it hides big shifts between groups. Species that feed on grasses as caterpillars have increased, while several woodland',
    'species have become noticeably harder to find.',
  ),
];
const gRows = [
  '<td>Grass feeders</td> <td>38</td> <td>+27%</td>',
  '<td>Woodland tree feeders</td> <td>71</td> <td>-19%</td>',
  '<td>Lichen feeders</td> <td>9</td> <td>+44%</td>',
  '<td>Wetland species</td> <td>22</td> <td>-6%</td>',
];
const gP3 = [
  j(
    'The rise of the lichen feeders was the surprise of the analysis. Footman moths, whose caterpillars graze on lichens growing',
    'on walls and tree bark, have increased in almost every garden. Cleaner air over the valley since the power station closed',
    'is the most likely explanation.',
  ),
  j('Three species new to the valley turned up during the five years. All three are known to be spreading north as the climate', 'warms:'),
];
const gNew = [
  'Jersey Tiger, first recorded in a garden in Fellbridge in August 2021',
  'Clifden Nonpareil, recorded twice in 2023 at traps near the river',
  'Tree-lichen Beauty, now seen in more than thirty gardens',
];
const gP4 = [
  j(
    'The decline in woodland moths worries us most. Several of these species, such as the Lobster Moth and the Scarce Prominent,',
    "depend on old oak and birch. We will be working with the valley's woodland group to see whether the trend matches changes",
    'in how the woods are managed.',
  ),
  j(
    'The sixth season starts in April. If you would like to run a trap, or simply photograph the moths that come to your',
    'windows, sign up on the project page. We lend traps free of charge to anyone who asks.',
  ),
];
const gHeads = ['The overall picture', 'Newcomers and winners', 'What comes next'];
const gNav = ['Home', 'About', 'Take part', 'Results', 'Identification help'];
const gRead = ['How to photograph a moth without losing it', 'Meet our verifiers', 'Trap loans for the 2024 season are open'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${gTitle}</title>
<meta name="description" content="${gExcerpt}"><link rel="canonical" href="https://blog.mothnight.org/five-years-of-moth-night/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2023-11-21T09:00:00.000Z">
<meta name="generator" content="Ghost 5.71"><script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${gTitle}",
"author":{"@type":"Person","name":"Ruth Addington"},"datePublished":"2023-11-21T09:00:00.000Z"}</script>
<link rel="stylesheet" href="/assets/built/screen.css?v=8d3f"></head>
<body class="post-template tag-results has-sans-title has-sans-body"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">Moth Night</a></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav><div class="gh-head-actions">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-results">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/results/">Results</a>
</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/ruth/" class="author-avatar"><img class="author-profile-image" src="/content/images/ruth.jpg" alt="Ruth Addington"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/ruth/">Ruth Addington</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2023-11-21">Nov 21, 2023</time>
<span class="byline-reading-time"><span class="bull">•</span> 6 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/2023/11/trap.jpg" alt="A light trap in a garden at dusk">
<figcaption>A Robinson trap in Fellbridge. Photo: Sam Okafor</figcaption></figure></header>
<section class="gh-content gh-canvas">${ps(gP1)}<h2 id="the-overall-picture">${gHeads[0]}</h2>${ps(gP2)}
<table><thead><tr><th>Group</th><th>Species</th><th>Change 2019-2023</th></tr></thead><tbody>
${gRows.map((r) => `<tr>${r}</tr>`).join('\n')}</tbody></table>
<h2 id="newcomers">${gHeads[1]}</h2>${ps(gP3)}<ul>${lis(gNew)}</ul>
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2023/11/jersey-tiger.jpg" class="kg-image" alt="">
<figcaption><span style="white-space: pre-wrap;">Jersey Tiger at a Fellbridge trap, August 2021.</span></figcaption></figure>
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-text">Read more: How we verify 60,000 moth photographs</div></div>
<h2 id="what-comes-next">${gHeads[2]}</h2>${ps(gP4)}
<div class="kg-card kg-button-card kg-align-center"><a href="/report-2023.pdf" class="kg-btn kg-btn-accent">Download the full report</a></div></section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<section class="article-comments gh-canvas"><div id="ghost-comments-root"><h2>3 comments</h2>
<div class="gh-comment"><p class="gh-comment-author">Hal Brennock</p><p>Brilliant summary. Can we see the results for our own village?</p></div>
<div class="gh-comment"><p class="gh-comment-author">Ruth Addington</p><p>Yes, village-level maps are in the appendix of the full report.</p></div>
<div class="gh-comment"><p class="gh-comment-author">Leena Vos</p><p>So pleased the footmen are doing well. They are my favourite visitors.</p></div></div>
</section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner">
<h3>Read more</h3>${gRead.map((r) => `<article class="post-card"><h2 class="post-card-title">${r}</h2></article>`).join('')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Moth Night</a> © 2024</section>
<nav class="site-footer-nav"><ul><li><a href="/privacy/">Privacy</a></li><li><a href="/contact/">Contact</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8d3f"></script></body></html>`;

export const ghostResults: TestPage = {
  name: 'heldout380-ghost-results-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([gExcerpt, ...gP1, ...gP2, ...gRows, ...gP3, ...gNew, ...gP4]),
  bylines: ['Ruth Addington', 'Nov 21, 2023', '6 min read'],
  furniture: [
    ...gNav,
    ...gRead,
    'Sign in',
    'Subscribe',
    'A Robinson trap in Fellbridge. Photo: Sam Okafor',
    'Jersey Tiger at a Fellbridge trap, August 2021.',
    'Read more: How we verify 60,000 moth photographs',
    'Download the full report',
    'Sign up for more like this.',
    'Enter your email',
    '3 comments',
    'Hal Brennock',
    'Brilliant summary. Can we see the results for our own village?',
    'Yes, village-level maps are in the appendix of the full report.',
    'Leena Vos',
    'So pleased the footmen are doing well. They are my favourite visitors.',
    'Read more',
    'Privacy',
    'Contact',
    'Powered by Ghost',
  ],
};

const mTitle = 'Telling shore crabs apart';
const mIntro = [
  j(
    'Most of the crabs you will find under rocks on a Coldharbour Shore Watch survey belong to five species. This page explains',
    'the features to check, in the order we suggest checking them. You will need your hand lens and the survey ruler.',
  ),
];
const mAdm1 = 'Always return rocks to the way you found them, seaweed side up. Animals living underneath die quickly if a rock is left upside down.';
const mCheck = [
  'Count the teeth on each side of the carapace, behind the eyes.',
  'Look at the last pair of legs: are they flattened like paddles?',
  'Check the colour of the underside and the claws, not the back.',
  'Measure the carapace width at its widest point.',
];
const mSp = [
  j(
    'The green shore crab is by far the most common. It has five sharp teeth on each side of the carapace and three rounded lobes',
    'between the eyes. Despite the name, adults can be green, orange, red or almost black, so colour on the back is no help.',
  ),
  j(
    'The velvet swimming crab has flattened back legs for swimming and a fine velvety coat of hairs. Its red eyes are a giveaway,',
    'and it is aggressive: pick it up from behind or not at all.',
  ),
  j(
    'The edible crab has a pie-crust edge to its shell and claws with black ends. Small ones are common under boulders low on the',
    'shore. Record the width of any edible crab over 40 mm, because these numbers are used by the fisheries team.',
  ),
  j(
    'Porcelain crabs are tiny, flat and have enormous claws compared to their bodies. They shed legs easily when disturbed, so',
    'count them without handling them if you can.',
  ),
];
const mAdm2 = 'If you are not sure of a species, record it as "crab, unidentified" and take a photo. An honest unknown is far more useful than a guess.';
const mRec = [
  j(
    'Enter each crab on the survey sheet against the quadrat number where you found it. Juveniles under 10 mm are recorded as a',
    'tally only. Upload your sheet within a week of the survey so the shore coordinator can check any unusual records.',
  ),
];
const mHeads = ['Four things to check', 'The five common species', 'Recording what you find'];
const mTabs = ['Home', 'Getting started', 'Field guide', 'Data entry', 'Safety'];
const mSide = ['Seaweeds', 'Limpets and top shells', 'Anemones', 'Shore crabs', 'Fish in rock pools'];
const mToc = ['Four things to check', 'The five common species', 'Recording what you find'];
const mHtml = `<!doctype html><html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="generator" content="mkdocs-1.5.3, mkdocs-material-9.4.8"><title>Shore crabs - Coldharbour Shore Watch volunteer handbook</title>
<link rel="stylesheet" href="../../assets/stylesheets/main.css"><script>__md_scope=new URL("../..",location)</script></head>
<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="teal"><input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">
<div data-md-component="skip"><a href="#telling-shore-crabs-apart" class="md-skip">Skip to content</a></div>
<div data-md-component="announce"><aside class="md-banner">
<div class="md-banner__inner md-grid md-typeset">Spring surveys start on 6 April. Book your place on the training walk.</div></aside></div>
<header class="md-header md-header--shadow" data-md-component="header"><nav class="md-header__inner md-grid" aria-label="Header">
<a href="../.." class="md-header__button md-logo">Coldharbour Shore Watch</a><div class="md-header__title"><span class="md-ellipsis">Volunteer handbook</span>
</div>
<form class="md-search__form" name="search"><input type="text" class="md-search__input" placeholder="Search"></form></nav></header>
<div class="md-container" data-md-component="container"><nav class="md-tabs" aria-label="Tabs"><ul class="md-tabs__list">${links(mTabs, 'md-tabs__item')}</ul>
</nav>
<main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar"><nav class="md-nav md-nav--primary"><label class="md-nav__title">Field guide</label>
<ul class="md-nav__list">${links(mSide, 'md-nav__item')}</ul></nav></div>
<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><nav class="md-nav md-nav--secondary">
<label class="md-nav__title" for="__toc">Table of contents</label><ul class="md-nav__list">${links(mToc, 'md-nav__item')}</ul></nav></div>
<div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset">
<a href="https://git.example.org/shorewatch/handbook/edit/main/docs/field-guide/crabs.md" title="Edit this page" class="md-content__button md-icon">Edit</a>
<h1 id="telling-shore-crabs-apart">${mTitle}</h1>${ps(mIntro)}
<div class="admonition warning"><p class="admonition-title">Warning</p><p>${mAdm1}</p></div>
<h2 id="four-things-to-check">${mHeads[0]}<a class="headerlink" href="#four-things-to-check" title="Permanent link">¶</a></h2><ol>${lis(mCheck)}</ol>
<h2 id="the-five-common-species">${mHeads[1]}<a class="headerlink" href="#the-five-common-species" title="Permanent link">¶</a></h2>${ps(mSp)}
<figure><img src="../../img/crab-teeth.png" alt="Carapace teeth diagram"><figcaption>Count the teeth between the eye and the widest point.</figcaption></figure>
<div class="admonition tip"><p class="admonition-title">Tip</p><p>${mAdm2}</p></div>
<h2 id="recording-what-you-find">${mHeads[2]}<a class="headerlink" href="#recording-what-you-find" title="Permanent link">¶</a></h2>${ps(mRec)}
<aside class="md-source-file"><span class="md-source-file__fact">Last update: <span class="git-revision-date-localized-plugin">April 2, 2024</span></span>
</aside>
</article></div></div></main>
<footer class="md-footer"><nav class="md-footer__inner md-grid" aria-label="Footer"><a href="../limpets/" class="md-footer__link md-footer__link--prev">
<span class="md-footer__direction">Previous</span><span class="md-ellipsis">Limpets and top shells</span></a>
<a href="../rock-pool-fish/" class="md-footer__link md-footer__link--next"><span class="md-footer__direction">Next</span>
<span class="md-ellipsis">Fish in rock pools</span></a></nav>
<div class="md-footer-meta md-typeset"><div class="md-copyright">Copyright © 2024 Coldharbour Shore Watch. Made with Material for MkDocs</div></div></footer>
</div>
<script id="__config" type="application/json">{"base":"../..","features":["navigation.tabs"],
"search":"../../assets/javascripts/workers/search.js"}</script></body></html>`;

export const mkdocsGuide: TestPage = {
  name: 'heldout380-mkdocs-material-field-guide',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([...mIntro, mAdm1, ...mCheck, ...mSp, mAdm2, ...mRec]),
  bylines: ['Last update: April 2, 2024'],
  furniture: [
    ...mTabs,
    ...mSide,
    'Skip to content',
    'Spring surveys start on 6 April. Book your place on the training walk.',
    'Volunteer handbook',
    'Table of contents',
    'Edit',
    'Warning',
    'Tip',
    'Count the teeth between the eye and the widest point.',
    'Previous',
    'Next',
    'Copyright © 2024 Coldharbour Shore Watch. Made with Material for MkDocs',
  ],
};

export const HELDOUT380_D: readonly TestPage[] = [ghostResults, mkdocsGuide];
