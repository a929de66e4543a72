import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout439-kit.js';

/**
 * Held-out batch 439, file f2: a site-safety toolbox talk published on Ghost (Source theme: gh-navigation header with "Sign in"
 * and "Subscribe", the article header with tag, excerpt, author and date, the feature image with caption, the gh-content body
 * with a callout card, a toggle card and a bookmark card, the members sign-up CTA, "Read more" cards, the footer with portal
 * links). Callout and toggle card texts written by the author are body; the bookmark card is furniture.
 */
const gTitle = 'Toolbox Talk: Working Safely Near Open Excavations';
const gExcerpt = 'A ten-minute briefing for groundworkers, operatives and visitors before any dig deeper than a metre starts.';
const gIntro = [
  j(
    'Every year, people are killed or seriously injured when the sides of a trench collapse on them, when they fall into an open',
    'excavation, or when a plant machine gets too close to the edge. Most of these incidents happen in digs less than two metres deep,',
    'the kind of work that can look routine.',
  ),
  'Use this talk at the start of a shift before excavation work begins, and again whenever the ground or the weather changes.',
];
const gHazards = [
  'Collapse of the sides: a cubic metre of soil weighs more than a tonne, enough to crush and suffocate.',
  'Falls of people, materials or plant into the excavation.',
  'Undermining nearby structures, walls or scaffolds.',
  'Buried services: electricity cables, gas mains and water pipes.',
  'Build-up of fumes or lack of oxygen in deep or enclosed excavations.',
];
const gCallout = 'Never enter an unsupported excavation deeper than 1.2 metres, even for a moment to retrieve a tool.';
const gControls = [
  j(
    'Before anyone digs, the supervisor must check the drawings for buried services, scan the area with a cable locator, and mark the',
    'positions on the ground. Hand-dig trial holes to confirm services before using a machine near them.',
  ),
  j(
    'Support the sides with trench boxes, sheet piles or shoring, or batter them back to a safe angle. Keep spoil heaps, materials and',
    'plant at least a metre back from the edge, and further in soft or wet ground.',
  ),
  j(
    'Put barriers around the excavation to stop people falling in, and provide a safe way in and out, such as a ladder tied at the top and',
    'extending a metre above the edge. Use stop blocks to keep vehicles back when tipping into the dig.',
  ),
];
const gInspect = [
  j(
    'A competent person must inspect the excavation at the start of every shift, after any event that may have affected its stability, and',
    'after any accidental fall of rock or earth. The results must be recorded, and work must stop if anything is found to be unsafe.',
  ),
];
const gToggleQ = 'What should I do if I see cracks along the edge?';
const gToggleA = j(
  'Get everyone out of the excavation straight away, keep people back from the edge and tell your supervisor. Do not go back in until it',
  'has been inspected.',
);
const gQuestions = [
  'Who carries out the excavation inspection on this site, and where is the record kept?',
  'Where are the known buried services on today’s dig?',
  'What is the emergency procedure if someone is trapped?',
];
const gNav = ['Home', 'Toolbox Talks', 'Method Statements', 'About'];
const gMore = ['Toolbox Talk: Manual Handling of Kerbs and Blocks', 'Toolbox Talk: Silica Dust When Cutting', 'Toolbox Talk: Working at Height on Scaffolds'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://sitesafe.example/assets/built/screen.css?v=2b4e81c0d9"><meta name="description" content="${gExcerpt}">
<link rel="canonical" href="https://sitesafe.example/toolbox-talk-open-excavations/"><meta property="og:site_name" content="SiteSafe Briefings">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-02-09T07:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"SiteSafe Briefings"},
"author":{"@type":"Person","name":"Owen Tremayne"},"headline":"${gTitle}","datePublished":"2026-02-09T07:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.44/umd/portal.min.js"
data-ghost="https://sitesafe.example/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px;}</style></head>
<body class="post-template tag-toolbox-talks tag-groundworks has-sans-title has-sans-body"><div class="gh-viewport">
<header id="gh-navigation" class="gh-navigation is-left-logo gh-outer"><div class="gh-navigation-inner gh-inner"><div class="gh-navigation-brand">
<a class="gh-navigation-logo is-title" href="https://sitesafe.example">SiteSafe Briefings</a></div><nav class="gh-navigation-menu"><ul class="nav">
${links(gNav, 'nav-item')}</ul></nav><div class="gh-navigation-actions"><div class="gh-navigation-members">
<a href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<main class="gh-main"><article class="gh-article post tag-toolbox-talks tag-groundworks"><header class="gh-article-header gh-canvas">
<a class="gh-article-tag" href="https://sitesafe.example/tag/toolbox-talks/">Groundworks</a>
<h1 class="gh-article-title is-title" id="gh-article-title">${gTitle}</h1>
<p class="gh-article-excerpt is-body">${gExcerpt}</p><div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore">
<a href="/author/owen/"><img class="author-profile-image" src="/content/images/owen.jpg" alt="Owen Tremayne"></a></div><div class="gh-article-meta-wrapper">
<h4 class="gh-article-author-name"><a href="/author/owen/">Owen Tremayne</a></h4><div class="gh-article-meta-content">
<time class="gh-article-meta-date" datetime="2026-02-09">Feb 9, 2026</time><span class="gh-article-meta-length"><span class="bull">—</span> 5 min read</span>
</div></div></div>
<figure class="gh-article-image"><img src="/content/images/2026/02/trench-box.jpg" alt="Trench box in a drainage excavation">
<figcaption>Trench boxes in place on a drainage run. Photo: SiteSafe archive</figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps(gIntro)}
<h2 id="the-hazards">The hazards</h2>
<ul>${gHazards.map((h) => `<li>${h}</li>`).join('\n')}</ul>
<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">⚠️</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="controls">Controls</h2>
${ps(gControls)}
<h2 id="inspections">Inspections</h2>
${ps(gInspect)}
<div class="kg-card kg-toggle-card" data-kg-toggle-state="close"><div class="kg-toggle-heading"><h4 class="kg-toggle-heading-text">${gToggleQ}</h4>
<button class="kg-toggle-card-icon" aria-label="Expand toggle to read content"></button></div><div class="kg-toggle-content"><p>${gToggleA}</p></div></div>
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://www.example.org/excavation-guide"><div class="kg-bookmark-content">
<div class="kg-bookmark-title">Excavation safety: a guide for small sites</div><div class="kg-bookmark-description">Free guidance on planning and supervising
excavation work.</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-author">Construction Safety Council</span></div></div></a></figure>
<h2 id="questions-for-the-group">Questions for the group</h2>
<ol>${gQuestions.map((q) => `<li>${q}</li>`).join('\n')}</ol>
</section>
<section class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content"><h2>Get the weekly toolbox talk in your inbox</h2>
<a class="gh-post-upgrade-cta-button" href="#/portal/signup" data-portal="signup">Subscribe now</a><p><span>Already have an account?</span>
<a data-portal="signin" href="#/portal/signin">Sign in</a></p></div></section></article></main>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Read more</h2><div class="gh-feed">
${gMore
  .map(
    (m) => `<article class="gh-card post"><a class="gh-card-link" href="/x/"><div class="gh-card-wrapper"><h3 class="gh-card-title is-title">${m}</h3>
<footer class="gh-card-meta"><span class="gh-card-author">By Owen Tremayne</span></footer></div></a></article>`,
  )
  .join('\n')}</div></div></section>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar">
<span class="gh-footer-logo is-title">SiteSafe Briefings</span>
<nav class="gh-footer-menu"><ul class="nav">${links(['Sign up', 'Data & privacy', 'Contact'], 'nav-item')}</ul></nav>
<div class="gh-footer-copyright">Powered by <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div>
<div class="gh-footer-signup"><p class="gh-footer-signup-subhead is-body">Free safety briefings for small contractors, every Monday.</p></div></div></footer>
</div>
<script src="https://sitesafe.example/assets/built/source.js?v=2b4e81c0d9"></script></body></html>`;
export const ghost: TestPage = {
  name: 'heldout439-ghost-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['The hazards', 'Controls', 'Inspections', 'Questions for the group'],
  body: texts([gExcerpt, ...gIntro, ...gHazards, gCallout, ...gControls, ...gInspect, gToggleQ, gToggleA, ...gQuestions]),
  bylines: ['Owen Tremayne', 'Feb 9, 2026', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'SiteSafe Briefings', ...gNav, 'Sign in', 'Subscribe', 'Groundworks', 'Trench boxes in place on a drainage run. Photo: SiteSafe archive',
    'Excavation safety: a guide for small sites', 'Free guidance on planning and supervising excavation work.', 'Construction Safety Council',
    'Get the weekly toolbox talk in your inbox', 'Subscribe now', 'Already have an account?', 'Read more', ...gMore, 'By Owen Tremayne', 'Sign up',
    'Data & privacy', 'Contact', 'Powered by Ghost', 'Free safety briefings for small contractors, every Monday.',
  ],
};
