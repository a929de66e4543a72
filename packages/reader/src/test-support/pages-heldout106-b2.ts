import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 106, file b2: a Substack post with comments on a custom-named publication (the navbar with the publication
 * name, "Subscribe" and "Sign in", the title and subtitle, the byline with avatar and date, the like / comment / restack /
 * share bar above and below the post, the in-body subscription widget with its caption, a captioned image, a "Share"
 * button paragraph, a footnote, the "Discussion about this post" section with comments and replies, the "Ready for more?"
 * box and the Substack footer).
 */
const ssTitle = 'A year of pricing secondhand books by hand';
const ssSub = 'What a spreadsheet of 11,000 sales taught me about what people will pay for a paperback';
const ssP1 = [
  'When I took over the shop from Hilary in October last year, she handed me a pencil, a packet of price stickers and one piece of ' +
    'advice: “Price it for the person who wants it, not the person who doesn’t.” I nodded as though I understood. I did not.',
  'So I did what any former accountant would do. I started a spreadsheet. Every book that came in got a row: title, condition, ' +
    'where it came from, the price I put on it, and the date it sold, if it did. Twelve months and a little over 11,000 sales later, ' +
    'here is what I think I know.',
];
const ssH1 = 'Cheap books do not sell faster';
const ssP2 = [
  'This was the biggest surprise. I assumed that a £2 paperback would fly out the door while a £6 copy of the same sort of thing would ' +
    'sit. In fact, across general fiction, the median time to sale was almost identical: 41 days at £2, 44 days at £6.',
  'What made the difference was where the book was, not what it cost. Books on the table by the door sold in a median of 9 days, at ' +
    'any price. The same books on the back shelves took months.',
];
const ssH2 = 'Condition matters less than I thought, except when it matters a lot';
const ssP3 = ['Readers forgive a lot. What they will not forgive, judging by what sat unsold longest:'];
const ssList = [
  'Smells, especially damp and smoke. A musty book is effectively unsellable.',
  'Writing in the margins of novels (but not of cookbooks, oddly, where people seem to like it).',
  'Broken spines on thick paperbacks, where pages have started to come loose.',
];
const ssP4 = [
  'A creased cover, a price sticker from another shop, a name written inside the front cover: none of these made any measurable ' +
    'difference<sup><a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1">1</a></sup>.',
];
const ssH3 = 'What I do now';
const ssP5 = [
  'I price most fiction at £4 and most non-fiction at £5, and I spend the time I used to spend agonising over prices on moving books ' +
    'around. Everything that has not sold in ninety days gets a turn on the front table. If it still does not sell, it goes in the ' +
    '£1 crate outside, where, to my continued amazement, almost everything eventually finds a home.',
  'Hilary, it turns out, was right. I just needed a year of rows to find out what she meant.',
];
const ssFootnote = 'The one exception was signed copies, which sold for roughly double, even when the signature was to someone else.';
const ssWidget = 'Thanks for reading The Back Shelf! Subscribe for free to receive new posts and support my work.';
const ssCaption = 'The front table on a Saturday morning, where most of the selling happens.';
const ssComments = [
  {
    name: 'Gwen Albright',
    date: 'Nov 4',
    text: 'The damp point is so true. We had a box donated from a garage once and had to throw every single one away.',
    likes: 'Like (12)',
  },
  {
    name: 'Piers Okonjo',
    date: 'Nov 4',
    text: 'Would love to see the spreadsheet, or at least the columns. I run a charity shop and we price by feel.',
    likes: 'Like (7)',
  },
  { name: 'Eleanor Tate', date: 'Nov 5', text: 'Happy to share a cut-down version. I will put a link in next week’s post.', likes: 'Like (4)', reply: true },
];
const ssUfi = (n: string, c: string): string => `<div class="post-ufi style-${n}"><div class="like-button-container post-ufi-button"><a role="button"
class="post-ufi-button style-button has-label"><svg></svg><div class="label">214</div></a></div>
<a role="button" href="https://thebackshelf.example/p/pricing-secondhand-books/comments" class="post-ufi-button post-ufi-comment-button
has-label"><svg></svg>
<div class="label">${c}</div></a><a role="button" class="post-ufi-button restack-button"><svg></svg><div class="label">31</div></a>
<div class="post-ufi-button share-button"><a role="button" aria-label="Share"><svg></svg><div class="label">Share</div></a></div></div>`;
const ssHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>A year of pricing secondhand books by hand - by Eleanor Tate</title>
<meta name="viewport" content="minimum-scale=1, initial-scale=1, width=device-width"><meta property="og:title" content="${ssTitle}">
<meta property="og:description" content="${ssSub}"><meta property="og:type" content="article"><meta name="author" content="Eleanor Tate">
<link rel="canonical" href="https://thebackshelf.example/p/pricing-secondhand-books"><link rel="alternate" type="application/rss+xml" href="/feed">
<script
type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"https://thebackshelf.example/p/pricing-secondhand-books",
"headline":"${ssTitle}","description":"${ssSub}","datePublished":"2025-11-03T07:02:11+00:00","isAccessibleForFree":true,
"author":[{"@type":"Person","name":"Eleanor Tate","url":"https://substack.example/@eleanortate"}],"publisher":{"@type":"Organization","name":"The Back
Shelf"}}</script>
<script>window._preloads =
JSON.parse("{\\"isEU\\":true,\\"language\\":\\"en\\",\\"post\\":{\\"id\\":177212345,\\"type\\":\\"newsletter\\"}}")</script>
<link rel="stylesheet" href="https://substackcdn.example/bundle/theme/main.7c1b2a.css"></head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu" data-testid="navbar">
<div class="topbar-content"><div class="navbar-logo-container"><a href="/"><img alt="" src="https://substackcdn.example/image/fetch/w_80/logo.png"
class="navbar-logo"></a></div>
<h1 class="navbar-title"><a class="navbar-title-link" href="/">The Back Shelf</a></h1><div class="navbar-buttons">
<button class="pencraft pc-reset button subscribe-cta primary">Subscribe</button><button class="pencraft pc-reset button sign-in-link">Sign
in</button></div>
</div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header" role="region" aria-label="Post header"><h1 dir="auto" class="post-title published title-X77sOw">${ssTitle}</h1>
<h3 dir="auto" class="subtitle subtitle-HEEcLo">${ssSub}</h3><div class="byline-wrapper"><div class="pencraft pc-display-flex pc-gap-12">
<div class="pencraft pc-display-flex"><a href="https://substack.example/@eleanortate" class="pencraft pc-reset"><img alt="Eleanor Tate's avatar"
src="https://substackcdn.example/image/fetch/w_36/avatar.jpg" width="36" height="36"></a></div><div class="pencraft pc-display-flex
pc-flexDirection-column">
<div class="pencraft pc-reset color-pub-primary-text-NyXPlw"><span class="pencraft pc-reset profile-hover-card-target"><a
href="https://substack.example/@eleanortate"
class="pencraft pc-reset decoration-hover-underline-ClDVos">Eleanor Tate</a></span></div><div class="pencraft pc-display-flex pc-gap-4">
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T meta-EgzBVA">Nov 03, 2025</div></div></div></div></div>
${ssUfi('top', '38')}</div>
<div class="available-content"><div dir="auto" class="body markup">${ssP1.map((t) => `<p>${t}</p>`).join('\n')}
<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://thebackshelf.example/subscribe&quot;}"
data-component-name="SubscribeWidgetToDOM">
<div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">${ssWidget}</p></div><form
class="subscription-widget-subscribe">
<input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary"
value="Subscribe">
<div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>
<h2 class="header-anchor-post">${ssH1}<div class="pencraft pc-display-flex header-anchor-parent"><div class="pencraft header-anchor offset-top"
id="§cheap"
aria-label="Link" role="button"><svg></svg></div></div></h2>
${ssP2.map((t) => `<p>${t}</p>`).join('\n')}
<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank"
href="https://substackcdn.example/image/upload/table.jpg">
<div class="image2-inset"><picture><img src="https://substackcdn.example/image/fetch/w_1456/table.jpg" width="1456" height="971" alt=""
loading="lazy"></picture>
<div class="image-link-expand"><div class="pencraft pc-display-flex"><button tabindex="0" type="button" class="pencraft pc-reset
restack-image"><svg></svg></button>
<button tabindex="0" type="button" class="pencraft pc-reset view-image"><svg></svg></button></div></div></div></a>
<figcaption class="image-caption">${ssCaption}</figcaption></figure></div>
<h2 class="header-anchor-post">${ssH2}</h2>
${ssP3.map((t) => `<p>${t}</p>`).join('\n')}
<ul>${ssList.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>
${ssP4.map((t) => `<p>${t}</p>`).join('\n')}
<h2 class="header-anchor-post">${ssH3}</h2>
${ssP5.map((t) => `<p>${t}</p>`).join('\n')}
<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://thebackshelf.example/p/pricing-secondhand-books?utm_source=substack&quot;}"
data-component-name="ButtonCreateButton"><a class="button primary"
href="https://thebackshelf.example/p/pricing-secondhand-books?utm_source=substack"><span>Share</span></a></p>
<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number" contenteditable="false"
target="_self">1</a><div class="footnote-content"><p>${ssFootnote}</p></div></div></div></div>
<div class="post-footer"><div class="post-footer-ufi">${ssUfi('bottom', '38')}</div></div>
<div class="visibility-check"></div><div class="subscribe-footer"><h3 class="subscribe-footer-title">Ready for more?</h3>
<form class="subscribe-footer-form"><input type="email" placeholder="Type your email…"><button type="submit" class="button
primary">Subscribe</button></form></div>
</article>
<div id="discussion" class="comments-section"><div class="comments-section-header"><h4 class="comments-heading">Discussion about this post</h4>
<div class="comments-tabs"><button class="pencraft tab selected">Comments</button><button class="pencraft tab">Restacks</button></div></div>
<div class="comment-input-wrap"><textarea placeholder="Write a comment…" aria-label="Write a comment"></textarea></div><div class="comments-page">
${ssComments
  .map(
    (c) => `<div class="comment${c.reply ? ' comment-reply' : ''}"><div class="comment-content"><div class="comment-meta"><span
class="commenter-name">
<a href="https://substack.example/profile/x">${c.name}</a></span>${c.reply ? '<span class="comment-author-tag">Author</span>' : ''}
<span class="comment-date"><a href="#comment-x">${c.date}</a></span></div><div class="comment-body"><p><span>${c.text}</span></p></div>
<div class="comment-actions"><a class="comment-actions-like">${c.likes}</a><a class="comment-actions-reply">Reply</a><a
class="comment-actions-share">Share</a>
</div></div></div>`,
  )
  .join('\n')}<button class="more-comments">35 more comments...</button></div></div>
</div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="container"><div class="footer-terms"><span class="copyright">© 2025
Eleanor Tate</span>
<a href="https://substack.example/privacy" class="footer-link">Privacy</a> ∙ <a href="https://substack.example/tos" class="footer-link">Terms</a>
∙
<a href="https://substack.example/ccpa#personal-data-collected" class="footer-link">Collection notice</a></div>
<div class="footer-buttons"><a href="https://substack.example/signup" class="button">Start your Substack</a><a href="https://substack.example/app"
class="button">Get the app</a>
</div><div class="footer-slogan"><span>Substack</span> is the home for great culture</div></div></div></div></div></div>
<script src="https://substackcdn.example/bundle/static/js/main.d2a4e1b7.js" charset="utf-8"></script></body></html>`;
export const substackPost: TestPage = {
  html: ssHtml,
  name: 'heldout106-substack-post',
  kind: 'blog',
  // the subtitle is body; the footnote is body (the article's own text, after it); reader comments on a blog page are
  // furniture, names and dates included; the publication name, widget caption, image caption, counts and footer too
  title: ssTitle,
  headings: [ssH1, ssH2, ssH3],
  body: [ssSub, ...ssP1, ...ssP2, ...ssP3, ...ssList, ...texts(ssP4), ...ssP5, ssFootnote],
  bylines: ['Eleanor Tate', 'Nov 03, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'The Back Shelf', 'Subscribe', 'Sign in', '214', '38', '31', 'Share', ssWidget, ssCaption, 'Ready for more?', 'Discussion about this post',
'Comments',
    'Restacks', ...ssComments.flatMap((c) => [c.name, c.date, c.text, c.likes]).filter((t) => t !== 'Eleanor Tate'), 'Author', 'Reply',
'35 more comments...', '© 2025 Eleanor Tate', 'Privacy',
    'Terms', 'Collection notice', 'Start your Substack', 'Get the app', 'Substack is the home for great culture',
  ])],
};
