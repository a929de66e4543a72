import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout426-kit.js';

/**
 * Held-out batch 426, file d: a conference talk write-up on Ghost (Casper theme: gh-head menu, tag, excerpt, byline with
 * reading time, feature image caption, an embedded deck card with caption, a bookmark card as inline promo, the
 * "Sign up for more like this" CTA, "Read more" cards, footer) and a Notion page exported to HTML as a presentation outline
 * (page title, properties table, callout, toggles, numbered and bulleted lists).
 */
const gTitle = 'What we learned running accessibility audits on forty council websites';
const gExcerpt = 'A write-up of our Tessel Conf talk, with the slides and the three findings that surprised us most.';
const gH = [
  'Why councils',
  'Finding one: forms, not pages',
  'Finding two: PDFs are still the wall',
  'Finding three: fixes stick when someone owns them',
  'What we would do differently',
];
const g0 = [
  j(
    'Last month Idris Fenwick and I gave a talk at Tessel Conf in Marlowe about a year of accessibility audits. The slides are',
    'embedded below; this post is the longer version, with the parts we had to cut for time.',
  ),
];
const g1 = [
  j(
    'Local councils run some of the most used and least loved websites in the country. People come to them to pay for parking,',
    'report a pothole or apply for a school place, often on a phone and often in a hurry. If a form does not work with a screen',
    'reader, there is usually no other way to do the task except a phone call during office hours.',
  ),
];
const g2 = [
  j(
    'We expected the biggest problems to be on content pages: missing alt text, poor contrast, headings used for decoration.',
    'Those were common, but they were rarely what stopped someone finishing a task. The blockers were almost all in forms.',
  ),
  'Across the forty sites, the most frequent blocking issues were:',
];
const g2List = [
  'error messages shown only in red, with no text and no focus change (31 sites)',
  'date fields split into three boxes with no labels a screen reader could announce (24 sites)',
  'session time-outs of 15 minutes or less with no warning (19 sites)',
  'payment steps handed to a third-party page that failed keyboard navigation (12 sites)',
];
const g3 = [
  j(
    'Every council we audited published important information only as PDF: planning notices, bin calendars, committee papers.',
    'Of the 600 PDFs we sampled, 71 per cent had no tags at all, which means a screen reader reads them as a single block or not',
    'at all.',
  ),
  '“We know the PDFs are bad. The trouble is that six departments make them and none of them think of it as publishing.”',
];
const g4 = [
  j(
    'We went back to fourteen of the councils six months after the first audit. Where one named person was responsible for the',
    'fix list, 80 per cent of the issues were gone. Where the list went to “the web team” in general, it was closer to 30 per cent.',
  ),
];
const g5 = [
  j(
    'We would test with disabled residents from the start rather than at the end. Our automated checks found plenty, but the',
    'sessions with real users found the problems that mattered, in about a tenth of the time.',
  ),
  'If you work for a council and want the checklist we used, it is free to reuse, and we are happy to talk it through.',
];
const gNav = ['Home', 'Talks', 'Audits', 'About', 'Newsletter'];
const gRead = ['Our checklist for accessible date inputs', 'Testing with screen reader users: a practical guide', 'Notes from Tessel Conf 2025'];
const gFoot = ['Sign up', 'Privacy', 'Contact'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${gTitle}</title>
<link rel="canonical" href="https://fieldnotes.example/council-audits-talk/"><meta name="generator" content="Ghost 5.82">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-04-22T08:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Field Notes"},
"author":{"@type":"Person","name":"Maren Lusk"},"headline":"${gTitle}","datePublished":"2026-04-22T08:30:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://fieldnotes.example/"></script>
<link rel="stylesheet" href="/assets/built/screen.css?v=4a1b2c"></head>
<body class="post-template tag-talks tag-accessibility is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">Field Notes</a></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav><div class="gh-head-actions">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-talks tag-accessibility">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/talks/">Talks</a>
</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/maren/" class="author-avatar"><img class="author-profile-image" src="/content/images/maren.jpg" alt="Maren Lusk"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/maren/">Maren Lusk</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-04-22">Apr 22, 2026</time>
<span class="byline-reading-time"><span class="bull">•</span> 6 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/2026/04/stage.jpg" alt="Two speakers on a stage">
<figcaption>Idris and Maren on the main stage at Tessel Conf. Photo: Anouk Steyn</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(g0)}
<figure class="kg-card kg-embed-card kg-card-hascaption"><iframe class="speakerdeck-iframe" src="https://speakerdeck.example/player/91bc" title="Council audits"
width="560" height="315"></iframe><figcaption>Slides: Forty councils, one checklist (Tessel Conf 2026)</figcaption></figure>
<h2 id="why-councils">${gH[0]}</h2>${ps(g1)}
<h2 id="finding-one">${gH[1]}</h2>${ps(g2)}<ul>${lis(g2List)}</ul>
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://fieldnotes.example/date-inputs/"><div class="kg-bookmark-content">
<div class="kg-bookmark-title">Read more: Our checklist for accessible date inputs</div>
<div class="kg-bookmark-description">Three boxes or one? What we recommend and why.</div><div class="kg-bookmark-metadata">
<span class="kg-bookmark-author">Field Notes</span></div></div></a></figure>
<h2 id="finding-two">${gH[2]}</h2>${ps(g3.slice(0, 1))}<blockquote class="kg-blockquote-alt">${g3[1]}</blockquote>
<h2 id="finding-three">${gH[3]}</h2>${ps(g4)}
<h2 id="differently">${gH[4]}</h2>${ps(g5)}
</section>
<section class="article-comments gh-canvas"><div class="footer-cta"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>
${gRead
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/p/"><img class="post-card-image" src="/i.jpg" alt=""></a>
<div class="post-card-content"><a class="post-card-content-link" href="/p/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a>
</div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Field Notes</a> © 2026</section>
<nav class="site-footer-nav"><ul>${links(gFoot)}</ul></nav><div class="gh-powered-by">
<a href="https://ghost.example/" target="_blank" rel="noopener">Powered by Ghost</a>
</div></div></footer></div><script src="/assets/built/casper.js?v=4a1b2c"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout426-ghost-talk-writeup-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([gExcerpt, ...g0, ...g1, ...g2, ...g2List, ...g3, ...g4, ...g5]),
  bylines: ['Maren Lusk', 'Apr 22, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Field Notes', ...gNav, 'Sign in', 'Subscribe', 'Talks', '6 min read', 'Idris and Maren on the main stage at Tessel Conf. Photo: Anouk Steyn',
    'Slides: Forty councils, one checklist (Tessel Conf 2026)', 'Read more: Our checklist for accessible date inputs',
    'Three boxes or one? What we recommend and why.', 'Sign up for more like this.', 'Enter your email', ...gRead, ...gFoot,
    'Powered by Ghost', 'Field Notes © 2026',
  ],
};

const nTitle = 'Q3 All-Hands: presentation outline';
const nH = ['Opening (5 min)', 'Where we are (10 min)', 'What changes in Q3 (10 min)', 'Questions (15 min)'];
const nCallout = 'Deck lives in the shared drive. This page is the speaking outline only: keep each section to its time.';
const n1 = [
  'Thank everyone for the move to the new office in Penrose Yard, and name the three people who ran it.',
  'Say plainly what the meeting is for: where the company stands, and what will be different from July.',
];
const n2 = [
  'Revenue for the first half was 4.1 million, 6 per cent under plan, mostly because the Ostvik contract started two months late.',
  'Support tickets per customer fell by a fifth after the onboarding rewrite.',
  'Headcount is 52; we are not hiring into new roles until the autumn review.',
  'Customer churn held at 3 per cent a quarter; two of the five lost accounts were merged into larger customers of ours.',
];
const n3 = [
  'The mobile team and the web team merge into one product team under Calla Munro.',
  'Releases move from every two weeks to every week, starting with the July 8 release.',
  'The support rota gains a second engineer on Mondays, when a third of the week’s tickets arrive.',
  'Fridays stay meeting-free. This time we mean it, and team leads will decline invitations on our behalf.',
];
const n4 = [
  j(
    'Take questions from the room first, then the ones sent in advance. If a question is about one person’s role, offer to talk',
    'afterwards rather than answering in front of everyone.',
  ),
  'End on time, even if the queue is still long; the unanswered questions go on this page by Friday.',
];
const nToggle = 'Likely questions';
const nToggleItems = ['Is the bonus scheme changing? No, not this year.', 'Will the merge mean redundancies? No roles are being removed.'];
const nHtml = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><title>${nTitle}</title><style>
/* cspell:disable-file */
/* webkit printing magic: print all background colors */
html { -webkit-print-color-adjust: exact; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; }
.page-title { font-size: 2.5rem; font-weight: 700; margin-top: 0; margin-bottom: 0.75em; }
table.properties th { color: rgba(55, 53, 47, 0.6); font-weight: normal; width: 160px; }
.callout { border-radius: 4px; padding: 1rem; }
</style></head><body><article id="0c4f1e2a-77b1-4a0e-9c1d-5e2f1a9b3c77" class="page sans"><header><div class="page-header-icon undefined">
<span class="icon">🎤</span></div><h1 class="page-title">${nTitle}</h1><p class="page-description"></p>
<table class="properties"><tbody><tr class="property-row property-row-person"><th>Owner</th><td><span class="user">Oskar Lindqvist-Bray</span></td></tr>
<tr class="property-row property-row-select"><th>Status</th><td><span class="selected-value select-value-color-green">Ready</span></td></tr>
<tr class="property-row property-row-multi_select"><th>Tags</th><td><span class="selected-value select-value-color-blue">All-hands</span>
<span class="selected-value select-value-color-purple">Leadership</span></td></tr>
<tr class="property-row property-row-last_edited_time"><th>Last edited</th><td><time>@June 24, 2026 4:12 PM</time></td></tr></tbody></table></header>
<div class="page-body"><figure class="block-color-gray_background callout" style="white-space:pre-wrap;display:flex" id="a1">
<div style="font-size:1.5em"><span class="icon">💡</span></div><div style="width:100%">${nCallout}</div></figure>
<h2 id="b1" class="">${nH[0]}</h2><ul id="b2" class="bulleted-list">${lis(n1, '" style="list-style-type:disc')}</ul>
<h2 id="b3" class="">${nH[1]}</h2><ol type="1" id="b4" class="numbered-list" start="1">${lis(n2)}</ol>
<h2 id="b5" class="">${nH[2]}</h2><ul id="b6" class="bulleted-list">${lis(n3, '" style="list-style-type:disc')}</ul>
<h2 id="b7" class="">${nH[3]}</h2>${ps(n4, ' class=""')}
<ul id="b8" class="toggle"><li><details open=""><summary>${nToggle}</summary>${ps(nToggleItems, ' class=""')}</details></li></ul>
<p id="b9" class=""></p></div></article><span class="sans" style="font-size:14px;padding-top:2em"></span></body></html>`;
const notion: TestPage = {
  name: 'heldout426-notion-export-outline-docs',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nH,
  body: texts([nCallout, ...n1, ...n2, ...n3, ...n4, nToggle, ...nToggleItems]),
  bylines: ['Oskar Lindqvist-Bray', '@June 24, 2026 4:12 PM'],
  furniture: ['Owner', 'Status', 'Ready', 'Tags', 'All-hands', 'Leadership', 'Last edited'],
};

export const HELDOUT426_D: readonly TestPage[] = [ghost, notion];
