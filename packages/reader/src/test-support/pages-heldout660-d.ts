import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout660-kit.js';

/**
 * Held-out batch 660, file d: a copywriting newsletter post on Substack with its subscribe widgets and comments teaser,
 * and a Discourse thread in an editors' community forum about pricing developmental edits.
 */
const uTitle = 'Headlines that work harder than you do';
const uSub = 'Four tests I run on every headline before a client sees it';
const uBody = [
  'Hello from a rainy Tuesday. This week, the checklist I tape to my monitor.',
  j(
    'Most headlines fail not because they are dull but because they make the reader do work: decode a pun, guess what the page is',
    'about, or wade through a brand name before they reach the point.',
  ),
  'The four tests',
  '<strong>The scroll test.</strong> Would it stop you if you saw it between a holiday photo and a cat?',
  '<strong>The swap test.</strong> Could a competitor put their name on it? If yes, it is too generic.',
  '<strong>The read-aloud test.</strong> Say it to someone across the room. If they ask you to repeat it, rewrite it.',
  '<strong>The promise test.</strong> Does the page underneath deliver exactly what the headline offers?',
  'Try them on your last three headlines and reply to tell me which test they failed. I read every reply.',
  '— Jo',
];
const uList = [3, 4, 5, 6];
const uHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="norton-safeweb-site-verification" content="24usqpep0ejc5w6hod3dulxwciwp0djs6c6ufp96av3t4whuxovj72wf">
<title>${uTitle} - by Jo Abernethy - Plain Sail</title><meta property="og:type" content="article"><meta property="og:title" content="${uTitle}">
<meta name="description" content="${uSub}"><meta name="author" content="Jo Abernethy">
<link rel="canonical" href="https://plainsail.substack.com/p/headlines-that-work-harder">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"https://plainsail.substack.com/p/headlines-that-work-harder",
"headline":"${uTitle}","datePublished":"2026-02-17T07:31:02+00:00","author":[{"@type":"Person","name":"Jo Abernethy"}],"isAccessibleForFree":true}</script>
<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.ab12.css">
<style>:root{--web_bg_color:#fffcf5;--print_on_web_bg_color:#363737}</style></head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="pencraft pc-display-flex pc-flexDirection-column pc-position-relative pc-reset">
<div class="main-menu-content"><div class="topbar-content"><div class="navbar-title"><h1 class="navbar-title-link"><a href="/">Plain Sail</a></h1></div>
<div class="navbar-buttons"><button tabindex="0" type="button" class="pencraft pc-reset button primary">Subscribe</button>
<button tabindex="0" type="button" class="pencraft pc-reset button">Sign in</button></div></div></div>
<div class="container"><div class="single-post-container"><div class="container"><div class="single-post">
<div class="post-header" role="region" aria-label="Post header">
<h1 dir="auto" class="post-title published title-X77sOw">${uTitle}</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">${uSub}</h3>
<div class="pencraft pc-display-flex pc-gap-12 pc-paddingTop-16 pc-paddingBottom-16 pc-reset">
<div class="pencraft pc-display-flex pc-flexDirection-column pc-reset">
<div class="pencraft pc-reset color-pub-primary-text-NyXPlw line-height-20-t4M0El font-text-qe4AeH size-13-hZTUKr weight-medium-fw81nC">
<span class="pencraft pc-reset"><a href="https://substack.com/@joabernethy">Jo Abernethy</a></span></div>
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx">Feb 17, 2026</div></div></div>
<div class="post-ufi style-large"><div class="like-button-container post-ufi-button style-large"><a role="button" class="post-ufi-button">
<div class="label">38</div></a></div>
<a role="button" class="post-ufi-button post-ufi-comment-button"><div class="label">6</div></a><a role="button" class="post-ufi-button">Share</a></div></div>
<div class="available-content"><div dir="auto" class="body markup">
${ps(uBody.slice(0, 2))}<h3 class="header-anchor-post">${at(uBody, 2)}</h3><ol>${lis(uList.map((i) => `<p>${at(uBody, i)}</p>`))}</ol>
${ps(uBody.slice(7))}
<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://plainsail.substack.com/subscribe&quot;}"
data-component-name="SubscribeWidgetToDOM">
<div class="subscription-widget show-subscribe"><div class="preamble">
<p class="cta-caption">Plain Sail is a reader-supported publication. To receive new posts and support
my work, consider becoming a free or paid subscriber.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email"
 placeholder="Type your email…"><input type="submit" class="button primary" value="Subscribe"></form></div></div></div></div>
<div class="post-footer use-separators"><div class="post-ufi style-large"><a role="button" class="post-ufi-button">Share</a></div></div>
<div id="discussion" class="single-post-section comments-section"><div class="container"><h4 class="comments-heading">Discussion about this post</h4>
<div class="comment-list-collapsed"><div class="comment"><div class="comment-meta">
<a href="https://substack.com/@harrietk" class="commenter-name">Harriet K.</a>
<span class="comment-date">Feb 17</span></div><div class="comment-body"><p>The swap test is brutal. Two of mine failed it.</p></div></div></div>
<a href="/p/headlines-that-work-harder/comments" class="button">View all comments</a></div></div></div></div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="container"><div class="footer-terms">
<span class="copyright">© 2026 Jo Abernethy</span>
<a href="https://substack.com/privacy">Privacy</a> ∙ <a href="https://substack.com/tos">Terms</a> ∙ <a
href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div>
<a href="https://substack.com/signup" class="footer-substack-cta">Start writing</a>
<a href="https://substack.com/app" class="footer-substack-cta">Get the app</a>
<div class="footer-slogan-blurb"><a href="https://substack.com">Substack</a> is the home for great culture</div></div></div></div></div></div></div>
<script>window._preloads = JSON.parse("{\\"isEU\\":false,\\"language\\":\\"en\\"}")</script>
<script src="https://substackcdn.com/bundle/assets/entry-3f2a.js" async></script></body></html>`;
const substack: TestPage = {
  name: 'heldout660-substack-headlines',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: [at(uBody, 2)],
  body: texts([uSub, ...uBody.filter((_, i) => i !== 2 && i !== 8)]),
  bylines: ['Jo Abernethy', 'Feb 17, 2026', '— Jo'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Plain Sail', 'Subscribe', 'Sign in', '38', '6', 'Share',
    'Plain Sail is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.',
    'Discussion about this post', 'Harriet K.', 'Feb 17', 'The swap test is brutal. Two of mine failed it.', 'View all comments', '© 2026 Jo Abernethy',
    'Privacy', 'Terms', 'Collection notice', 'Start writing', 'Get the app', 'Substack is the home for great culture',
  ],
};

const dTitle = 'How do you quote for a developmental edit?';
const dPosts = [
  [
    'mairead_edits',
    'Mar 3',
    [
      j(
        'I’ve been copy-editing for five years and an author has asked me for a developmental edit on a 95,000-word fantasy novel.',
        'Per-word rates feel wrong for this kind of work because the time depends so much on the state of the manuscript.',
      ),
      'Do you quote per word, per hour or a flat fee? And do you read the whole thing before quoting?',
    ],
  ],
  [
    'GideonPrice',
    'Mar 3',
    [
      j(
        'Flat fee, always, after reading the first three chapters and a synopsis. I charge for that sample read too, and deduct it',
        'from the fee if they book.',
      ),
      'For 95k words of fantasy I would expect to spend 35 to 45 hours, including the editorial letter and a call.',
    ],
  ],
  ['lena.ruiz', 'Mar 4', ['Agree with Gideon. I also put a cap on the number of revision calls in the contract, otherwise the job never ends.']],
  ['mairead_edits', 'Mar 5', ['Thank you both. I quoted a flat fee with a paid sample read and the author accepted today.']],
] as const;
const dTop = ['Latest', 'Categories', 'Top'];
const dHtml = `<!DOCTYPE html><html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Business and pricing - The Editors’ Table</title>
<meta name="description" content="I’ve been copy-editing for five years and an author has asked me for a developmental edit">
<meta name="generator" content="Discourse 3.2.0 - https://github.com/discourse/discourse version 6a1f">
<link rel="canonical" href="https://forum.editorstable.org/t/how-do-you-quote-for-a-developmental-edit/2218">
<meta name="discourse_theme_id" content="2">
<link href="/stylesheets/desktop_8b1.css?__ws=forum.editorstable.org" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"mairead_edits"}}</script>
<noscript><link rel="stylesheet" href="/stylesheets/discourse-noscript.css"></noscript></head>
<body class="crawler"><header><a href="/">
<img src="/uploads/default/original/1X/logo.png" alt="The Editors’ Table" id="site-logo" style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/how-do-you-quote-for-a-developmental-edit/2218">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/business/7" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0E76BD"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Business and pricing</span></span></a>
<meta itemprop="position" content="1"></span>
<div class="discourse-tags"><a href="/tag/fees" class="discourse-tag">fees</a> <a href="/tag/fiction" class="discourse-tag">fiction</a></div></div></div>
${dPosts
  .map(
    (p, i) => `<div itemscope itemtype="http://schema.org/DiscussionForumPosting" class="topic-body crawler-post" id="post_${i + 1}">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/${p[0]}">
<span itemprop="name">${p[0]}</span></a></span>
<link itemprop="mainEntityOfPage" href="/t/how-do-you-quote-for-a-developmental-edit/2218"><span class="crawler-post-infos">
<time itemprop="datePublished" datetime="2026-03-0${3 + Math.floor(i / 2)}T10:00:00Z" class="post-time">${p[1]}</time>
<meta itemprop="position" content="${i + 1}"></span></div>
<div class="post" itemprop="text">${ps(p[2])}</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${3 - (i % 3)}">
<span class="post-likes">${3 - (i % 3)} Likes</span></div></div>`,
  )
  .join('\n')}
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container"><table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead><tbody>
<tr><td><a href="/t/sample-edits-free-or-paid/1904" class="title raw-link raw-topic-link">Sample edits: free or paid?</a></td><td>14</td><td>612</td>
<td>Jan 2026</td></tr>
<tr><td><a href="/t/contracts-for-beta-reads/2031" class="title raw-link raw-topic-link">Contracts for beta reads</a></td><td>6</td><td>240</td>
<td>Feb 2026</td></tr></tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${dTop
  .map(
    (t) => `<li itemscope itemtype="http://schema.org/SiteNavigationElement">
<span itemprop="name"><a href="/${t.toLowerCase()}" itemprop="url">${t}</a></span></li>`,
  )
  .join('')}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourse: TestPage = {
  name: 'heldout660-discourse-dev-edit-quote',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => [...p[2]]),
  bylines: [...new Set(dPosts.flatMap((p) => [p[0], p[1]]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Business and pricing', 'fees', 'fiction', '3 Likes', '2 Likes', '1 Likes', 'Related topics',
    'Sample edits: free or paid?', '14', '612', 'Jan 2026', 'Contracts for beta reads', '6', '240', 'Feb 2026', ...dTop,
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT660_D: readonly TestPage[] = [substack, discourse];
