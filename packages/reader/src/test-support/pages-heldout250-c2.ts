import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout250-kit.js';

/**
 * Held-out batch 250, file c2: a product-led-growth newsletter post on Substack (navbar with the publication name and
 * subscribe button, post header with subtitle and byline, the post UFI bar with like / comment / restack / share counts,
 * captioned images, an in-body subscription widget, a "Read more" button-wrapper link, the footer subscribe block,
 * comments, and the Substack footer).
 */
const sTitle = 'Your free plan is a product, not a discount';
const sDek = 'Why the best PLG companies design the free tier first, and three questions to ask before you change yours';
const sH3 = ['The free plan has its own job', 'Three questions before you touch it', 'What I would do this quarter'];
const sIntro = [
  j(
    'Last month a founder sent me a spreadsheet with a single question at the top: "Should we kill the free plan?" Their free',
    'users outnumbered paid ones forty to one, support tickets were climbing, and the board wanted the number to go down.',
  ),
  j(
    'I asked what the free plan was for. After a long pause, the answer was "getting people to upgrade". That is the most common',
    'answer I hear, and I think it is the wrong one.',
  ),
];
const sJob = [
  j(
    'A free plan is a product with its own users, its own job to be done and its own success metric. For a design tool it might be',
    'the student who will choose the team plan at their first job. For a scheduling app it might be the freelancer whose clients',
    'see the booking page and sign up themselves.',
  ),
  j(
    'If the free plan has a job, you can measure whether it does it. If its only job is "upgrade", every free user who does not',
    'pay looks like a cost, and you will end up cutting the people who were quietly bringing you customers.',
  ),
];
const sQs = [
  '<strong>Who invites whom?</strong> Count how many paid workspaces were created by someone who first arrived through a free user.',
  '<strong>What does the free user show to others?</strong> Public links, exports and badges are distribution. Limiting them is a growth decision.',
  '<strong>Where does free usage stop?</strong> A limit people hit in week one teaches them the product is small, not that it is worth paying for.',
];
const sDo = [
  j(
    'Before changing anything, tag every new paid account with how it first touched the product. In most companies I work with',
    'the free plan turns out to be behind a third to a half of new revenue, just one step removed.',
  ),
  j(
    "Then write the free plan's job in one sentence and pick a single number for it. The founder with the spreadsheet chose",
    '"free workspaces that share a project with someone outside the company". Six weeks later, nobody was talking about killing it.',
  ),
  j('If you have a free plan story, good or painful, reply to this email. I read every one, and the best will feature in a future issue.'),
];
const sComments = [
  'We cut our free plan in 2023 and our inbound demo requests fell by a third within two months. Wish I had read this first.',
  'The "who invites whom" count is such a good idea. Running it tomorrow.',
];
const sFoot = ['Privacy', 'Terms', 'Collection notice', 'Start writing', 'Get the app'];
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Your free plan is a product, not a discount - by Ines Caldwell</title><meta name="description" content="${sDek}">
<meta property="og:type" content="article"><meta property="og:site_name" content="Growth Loops"><meta name="author" content="Ines Caldwell">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="https://growthloops.substack.example/p/your-free-plan-is-a-product">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"url":"https://growthloops.substack.example/p/your-free-plan-is-a-product",
"headline":"${sTitle}","datePublished":"2026-03-03T12:02:11+00:00","isAccessibleForFree":true,"author":[{"@type":"Person","name":"Ines Caldwell"}]}</script>
<link rel="stylesheet" href="https://substackcdn.example/bundle/theme/main.1a2b.css"></head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu"><div class="topbar-content"><div class="navbar-left"><a href="/" class="navbar-logo-container"><img class="navbar-logo"
src="https://substackcdn.example/image/fetch/w_96/logo.png" alt=""></a></div><div class="navbar-title"><h1 class="navbar-title-link">
<a href="/">Growth Loops</a></h1></div><div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe</button>
<button class="button sign-in-link">Sign in</button></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">${sTitle}</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">${sDek}</h3>
<div class="pencraft pc-display-flex pc-gap-12 pc-paddingTop-16 pc-paddingBottom-16 pc-alignItems-center flex-grow-rzmknG border-top-detail-themed">
<div class="pencraft pc-display-flex pc-flexDirection-column"><div class="pencraft pc-reset color-pub-primary-text-NyXPlw font-meta-MWBumP"><span
class="pencraft pc-reset decoration-hover-underline-ClDVps"><a href="https://substack.example/@inescaldwell">Ines Caldwell</a></span></div>
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T font-meta-MWBumP">Mar 03, 2026</div></div></div>
<div class="post-ufi style-button"><div class="like-button-container post-ufi-button style-button"><a role="button" class="post-ufi-button"
aria-label="Like (142)"><div class="label">142</div></a></div><a role="button" href="/p/your-free-plan-is-a-product/comments"
class="post-ufi-button post-ufi-comment-button"><div class="label">2</div></a><a role="button" class="post-ufi-button"><div class="label">Restack</div></a>
<a role="button" class="post-ufi-button"><div class="label">Share</div></a></div></div>
<div class="available-content"><div dir="auto" class="body markup">
${ps(sIntro)}
<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank"
href="https://substackcdn.example/image/fetch/free-vs-paid.png"><div class="image2-inset"><picture>
<img src="https://substackcdn.example/image/fetch/w_1456/free-vs-paid.png"
width="1456" height="820" alt="" loading="lazy"></picture></div></a><figcaption class="image-caption">Share of new paid workspaces that started with a
free user, across eleven companies I advise.</figcaption></figure></div>
<h3 class="header-anchor-post">${sH3[0]}</h3>
${ps(sJob)}
<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://growthloops.substack.example/subscribe&quot;}"
data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Growth Loops is
a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div>
<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1">
<input type="submit" class="button primary" value="Subscribe"></form></div></div>
<h3 class="header-anchor-post">${sH3[1]}</h3>
<ol>${sQs.map((q) => `<li><p>${q}</p></li>`).join('\n')}</ol>
<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;/p/pricing-pages-that-convert&quot;}" data-component-name="ButtonCreateButton"><a
class="button primary" href="/p/pricing-pages-that-convert"><span>Read more: Pricing pages that convert</span></a></p>
<h3 class="header-anchor-post">${sH3[2]}</h3>
${ps(sDo)}
</div></div>
<div class="visibility-check"></div><div class="post-footer"><div class="post-ufi style-compressed"><div class="label">142</div>
<a class="post-ufi-button"><div class="label">Share</div></a></div></div>
<div class="subscribe-footer"><div class="subscribe-footer-header"><h3>Discover more from Growth Loops</h3><p>Practical product-led growth for SaaS
teams, every other Tuesday.</p></div><div class="subscribe-footer-form"><input type="email" placeholder="Type your email…"><button
class="button primary">Subscribe</button></div></div></article>
<div id="discussion" class="comments-section"><div class="comments-heading"><h4>Discussion about this post</h4></div>
<div class="comment-list-container"><div class="comment-list">
<div class="comment"><div class="comment-content"><div class="comment-meta"><a class="comment-user" href="https://substack.example/@ravid">Ravi Dhawan</a>
<a class="comment-date" href="/p/your-free-plan-is-a-product/comment/1">Mar 3</a></div><div class="comment-body"><p>${sComments[0]}</p></div>
<div class="comment-actions"><a class="like-button">Like (9)</a><a class="reply-button">Reply</a></div></div></div>
<div class="comment"><div class="comment-content"><div class="comment-meta"><a class="comment-user" href="https://substack.example/@jmo">June Morrow</a>
<a class="comment-date" href="/p/your-free-plan-is-a-product/comment/2">Mar 4</a></div><div class="comment-body"><p>${sComments[1]}</p></div>
<div class="comment-actions"><a class="like-button">Like (3)</a><a class="reply-button">Reply</a></div></div></div>
</div></div></div></div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="copyright">© 2026 Ines Caldwell</div><ul class="footer-links">
${links(sFoot)}</ul><div class="footer-substack"><a href="https://substack.example">Substack</a> is the home for great culture</div></div></div>
</div></div>
<script>window._preloads = JSON.parse("{\\"isEU\\":false,\\"pub\\":{\\"name\\":\\"Growth Loops\\",\\"subdomain\\":\\"growthloops\\"}}")</script>
<script src="https://substackcdn.example/bundle/static/js/main.8e1f.js" charset="utf-8"></script></body></html>`;
export const substack: TestPage = {
  name: 'heldout250-substack-plg-newsletter',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH3,
  body: texts([sDek, ...sIntro, ...sJob, ...sQs, ...sDo]),
  bylines: ['Ines Caldwell', 'Mar 03, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Growth Loops', 'Subscribe', 'Sign in', '142', 'Restack', 'Share',
    'Share of new paid workspaces that started with a free user, across eleven companies I advise.',
    'Growth Loops is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.',
    'Read more: Pricing pages that convert', 'Discover more from Growth Loops', 'Practical product-led growth for SaaS teams, every other Tuesday.',
    'Discussion about this post', 'Ravi Dhawan', 'Mar 3', ...sComments, 'Like (9)', 'Reply', 'June Morrow', 'Mar 4', 'Like (3)',
    '© 2026 Ines Caldwell', ...sFoot, 'Substack is the home for great culture',
  ],
};
