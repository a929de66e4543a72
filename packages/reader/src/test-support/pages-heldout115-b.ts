import { links, ps, type TestPage, texts } from './page-kit.js';
import { substackPost } from './pages-heldout115-b2.js';

/**
 * Held-out batch 115, file b: a WordPress (Astra) personal-finance blog post whose content opens with the Reading Time WP
 * "Estimated reading time" line and the Easy Table of Contents box (header nav, breadcrumbs, post meta, an in-content
 * Mediavine ad, a "Pin it" image caption, social share bar, the post navigation, comments with "Reply" links, the comment
 * form and the footer) and, from file b2, a Substack newsletter post opened by "Hi friends," and a forwarded-email line.
 */
const t = 'How we paid off £18,000 of debt in 26 months on one income';
const rt = 'Estimated reading time: 5 minutes';
const p0 = [
  'Three years ago my husband lost his job the same week our boiler broke, and we put the repair on a credit card that was already ' +
    'close to its limit. By the spring we owed £18,000 across three cards, a car loan and an overdraft we had stopped thinking of ' +
    'as debt. This is exactly how we cleared it, including the months it went wrong.',
];
const h = ['Writing everything down', 'Choosing an order', 'The months that went wrong', 'What I would tell you now'];
const pA = [
  'The first step was the least pleasant. We sat at the kitchen table one Sunday with every statement and wrote each debt on a ' +
    'sheet of paper with its balance, its interest rate and its minimum payment. Seeing it all in one place was awful, and also ' +
    'the moment it started to feel possible.',
];
const tbl = [
  ['Store card', '£1,240', '29.9%'],
  ['Credit card A', '£6,810', '24.9%'],
  ['Credit card B', '£3,950', '19.9%'],
  ['Car loan', '£4,700', '7.4%'],
  ['Overdraft', '£1,300', '39.9%'],
];
const pB = [
  'We went for the highest interest rate first, the approach people call the avalanche. That meant the overdraft, then the store ' +
    'card, then the two credit cards. The car loan was cheap enough to leave on its minimum until the end.',
  'A friend argued for paying the smallest balance first, for the quick win. I understand why that works for people, but seeing ' +
    'the interest figure on the overdraft fall each month was all the motivation we needed.',
];
const pC = [
  'Month nine was the worst. The car failed its MOT and needed £700 of work, and I had to put it back on a card we had nearly ' +
    'cleared. I cried in the garage. We lost about two months of progress, and after that we kept a small emergency pot of £500 ' +
    'that we did not touch for anything else.',
  'Christmas the second year was also hard. We agreed a fixed budget with both families in October, which made it much easier.',
];
const lD = [
  'Write down every debt, even the ones that feel too small to count.',
  'Keep a small emergency fund before you start overpaying, or one bad week will undo months.',
  'Call your lenders; two of ours froze interest for six months when we asked.',
  'Tell one person what you are doing, so you are not carrying it alone.',
];
const pE = ['We made the last payment in June. The first thing we did with the spare money was nothing at all, for a whole month.'];
const nav = ['Start Here', 'Budgeting', 'Debt', 'Saving', 'Resources', 'About'];
const caption = 'Our debt tracker on the fridge, coloured in one square for every £100 paid.';
const share = ['Facebook', 'Pinterest', 'Twitter', 'Email'];
const navPosts = ['Previous Post', 'Our £60 a week family food budget', 'Next Post', 'Sinking funds: the boring idea that saved us'];
const comments = [
  { n: 'Leanne', d: 'March 14, 2025 at 9:02 pm', t: 'This is so honest, thank you. The bit about month nine is exactly where we are now.' },
  { n: 'Dev Patel', d: 'March 15, 2025 at 7:40 am', t: 'Did you look at a balance transfer card at any point? Curious why you ruled it out.' },
];
const form = ['Leave a Comment', 'Cancel reply', 'Your email address will not be published.', 'Required fields are marked', 'Post Comment'];
const foot = ['Privacy Policy', 'Disclaimer', 'Contact', 'Copyright © 2025 Pennywise Kitchen Table | Powered by Astra WordPress Theme'];
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t} | Pennywise Kitchen
Table</title>
<meta name="description" content="How we cleared £18,000 of credit cards, an overdraft and a car loan on one income, and what went wrong.">
<meta property="og:type" content="article"><meta property="og:title" content="${t}"><meta property="article:published_time"
content="2025-03-12T06:00:00+00:00">
<link rel="stylesheet" id="ez-toc-css" href="/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver=2.0.73" media="all">
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${t}",
"author":{"name":"Rhiannon Pugh"},"datePublished":"2025-03-12T06:00:00+00:00","wordCount":812}]}</script>
<script async src="//scripts.mediavine.example/tags/pennywise-kitchen-table.js" data-noptimize="1"></script>
</head>
<body itemtype="https://schema.org/Blog" itemscope class="post-template-default single single-post postid-2290 ast-single-post ast-right-sidebar
ast-separate-container">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead"
itemtype="https://schema.org/WPHeader" itemscope>
<div class="ast-primary-header-bar"><div class="site-branding ast-site-identity"><span class="site-title"><a href="/" rel="home">Pennywise Kitchen
Table</a></span>
<p class="site-description">Real budgets from a real family</p></div>
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility" id="primary-site-navigation-desktop" aria-label="Primary Site Navigation">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">${links(nav, 'menu-item')}</ul></nav></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2290 post type-post status-publish format-standard has-post-thumbnail hentry category-debt ast-article-single" id="post-2290" itemscope>
<div class="ast-post-format- single-layout-1"><header class="entry-header">
<div class="ast-breadcrumbs-wrapper"><nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs"><ul class="trail-items">
<li class="trail-item trail-begin"><a href="/"><span>Home</span></a></li><li class="trail-item"><a href="/category/debt/"><span>Debt</span></a></li>
<li class="trail-item trail-end"><span>${t}</span></li></ul></nav></div>
<h1 class="entry-title" itemprop="headline">${t}</h1>
<div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope itemprop="author">By
<a class="url fn n" href="/author/rhiannon/">
<span class="author-name" itemprop="name">Rhiannon Pugh</span></a></span> /
<span class="posted-on"><span class="published" itemprop="datePublished">March 12, 2025</span></span>
/ <span class="ast-terms-link"><a href="/category/debt/">Debt</a></span></div></header>
<div class="entry-content clear" itemprop="text">
<span class="span-reading-time rt-reading-time" style="display: block;"><span class="rt-label rt-prefix">Estimated reading time: </span>
<span class="rt-time">5</span>
<span class="rt-label rt-postfix">minutes</span></span>
<div id="ez-toc-container" class="ez-toc-v2_0_73 counter-hierarchy ez-toc-counter ez-toc-light-blue ez-toc-container-direction">
<div class="ez-toc-title-container"><p class="ez-toc-title" style="cursor:inherit">Table of Contents</p><span class="ez-toc-title-toggle">
<a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content"><span
class="ez-toc-js-icon-con">
<span class=""><span class="eztoc-hide" style="display:none;">Toggle</span></span></span></a></span></div>
<nav><ul class="ez-toc-list ez-toc-list-level-1">${h
  .map((x, i) => `<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-${i + 1}" href="#h${i}">${x}</a></li>`)
  .join('\n')}</ul></nav></div>
${ps(p0)}
<h2><span class="ez-toc-section" id="h0"></span>${h[0]}<span class="ez-toc-section-end"></span></h2>
${ps(pA)}
<figure class="wp-block-table"><table><thead><tr><th>Debt</th><th>Balance</th><th>Interest</th></tr></thead>
<tbody>${tbl.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></figure>
<h2><span class="ez-toc-section" id="h1"></span>${h[1]}<span class="ez-toc-section-end"></span></h2>
${ps(pB)}
<div class="mv-ad-box" data-slotname="content_1_wrapper"><div id="content_1_wrapper" class="adunitwrapper content_wrapper"><div class="adunit"
data-wrapper="content_1"></div></div></div>
<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2025/03/debt-tracker.jpg" alt="A colouring chart on a fridge">
<figcaption class="wp-element-caption">${caption}</figcaption></figure>
<h2><span class="ez-toc-section" id="h2"></span>${h[2]}<span class="ez-toc-section-end"></span></h2>
${ps(pC)}
<h2><span class="ez-toc-section" id="h3"></span>${h[3]}<span class="ez-toc-section-end"></span></h2>
<ol>${lD.map((x) => `<li>${x}</li>`).join('\n')}</ol>
${ps(pE)}
<div class="dpsp-content-wrapper dpsp-shape-rounded dpsp-column-auto"><p class="dpsp-share-text">Share this!</p><ul class="dpsp-networks-btns-wrapper">
${share
  .map(
    (s) => `<li class="dpsp-network-list-item"><a rel="nofollow noopener" href="#" class="dpsp-network-btn dpsp-${s.toLowerCase()}"><span
class="dpsp-network-label">${s}</span></a></li>`,
  )
  .join('\n')}
</ul></div></div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/food-budget/" rel="prev"><span class="ast-left-arrow">&larr;</span> ${navPosts[0]}<p>${navPosts[1]}</p></a></div>
<div class="nav-next"><a href="/sinking-funds/" rel="next">${navPosts[2]}
<span class="ast-right-arrow">&rarr;</span><p>${navPosts[3]}</p></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">2 thoughts on
&#8220;${t}&#8221;</h3></div>
<ol class="ast-comment-list">${comments
  .map(
    (c, i) => `<li class="comment even thread-even depth-1" id="li-comment-${i}"><article id="comment-${i}" class="ast-comment">
<div class="ast-comment-info"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div
class="ast-comment-cite-wrap"><cite><b class="fn">${c.n}</b></cite></div>
<div class="ast-comment-time"><span class="timendate"><a href="#comment-${i}"><time datetime="2025-03-14">${c.d}</time></a></span></div></header></div>
<section class="ast-comment-content comment"><p>${c.t}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link"><a rel="nofollow"
class="comment-reply-link" href="#">Reply</a></span></div>
</section></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${form[0]}
<small><a rel="nofollow" id="cancel-comment-reply-link" href="#" style="display:none;">${form[1]}</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">${form[2]}</span>
<span class="required-field-message">${form[3]} <span class="required">*</span></span></p><textarea id="comment" name="comment"></textarea>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="${form[4]}"><button
type="submit">${form[4]}</button></p></form></div></div>
</main></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope><div class="ast-small-footer"><ul
class="ast-footer-menu">${links(foot.slice(0, 3))}</ul>
<div class="ast-footer-copyright"><p>Copyright &#169; 2025 Pennywise Kitchen Table | Powered by
<a href="https://wpastra.example/" rel="nofollow noopener">Astra WordPress Theme</a></p></div></div></footer></div>
<script id="astra-theme-js-js" src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3"></script>
<script id="ez-toc-js-js" src="/wp-content/plugins/easy-table-of-contents/assets/js/front.min.js?ver=2.0.73"></script>
</body></html>`;

export const HELDOUT115_B: readonly TestPage[] = [
  {
    name: 'heldout115-wordpress-astra-toc-blog',
    kind: 'blog',
    html,
    title: t,
    headings: h,
    body: texts([...p0, ...pA, ...tbl.flat(), ...pB, ...pC, ...lD, ...pE]),
    bylines: ['By Rhiannon Pugh', 'March 12, 2025', rt],
    furniture: [
      'Skip to content',
      'Pennywise Kitchen Table',
      'Real budgets from a real family',
      ...nav,
      'Home',
      'Table of Contents',
      'Toggle',
      caption,
      'Share this!',
      ...share,
      'Post navigation',
      ...navPosts,
      `2 thoughts on “${t}”`,
      ...comments.flatMap((c) => [c.n, c.d, c.t]),
      'Reply',
      ...form,
      ...foot,
    ],
  },
  substackPost,
];
