import { links, ps, type TestPage, texts } from './page-kit.js';
import { uniq } from './pages-heldout193-kit.js';

/**
 * Held-out batch 193, file d2: a CSS-Tricks article (the DigitalOcean-era header, the author row with "on" date, the
 * sponsor line at the top of the article, code blocks with their language labels, a CodePen embed whose fallback text
 * stays in the page, tags, the "Related" cards, two reader comments with "Permalink to comment" and "Reply", the
 * "Leave a Reply" form with its Akismet note, and the DigitalOcean footer).
 */
const ctTitle = 'A Reading Progress Bar With Scroll-Driven Animations';
const ctSponsor = 'DigitalOcean provides cloud products for every stage of your journey. Get started with $200 in free credit!';
const ctIntro = [
  'Reading progress bars, the thin strip across the top of a long article that fills up as you scroll, used to need a scroll event ' +
    'listener, some arithmetic, and a style update on every frame. With scroll-driven animations, the whole thing is a handful of CSS ' +
    'declarations, and it runs off the main thread.',
  'Let’s build one, and then look at what to do for browsers that don’t support it yet.',
];
const ctH1 = 'The basic bar';
const ctP1 = [
  'Start with an element fixed to the top of the viewport. We scale it horizontally from zero to one, anchored on the left edge, ' +
    'with a keyframe animation:',
  'On its own, that animation would run over time like any other. The magic is the <code>animation-timeline</code> property. ' +
    'Setting it to <code>scroll()</code> ties the animation’s progress to the scroll position of the nearest scrolling ancestor ' +
    'instead of to the clock. At the top of the page the bar is empty; at the bottom it is full.',
];
const ctH2 = 'Tracking the article, not the page';
const ctP2 = [
  'Most pages have a header, comments and a footer around the article, so a bar tied to the whole page reaches 100% long after the ' +
    'reader has finished. A view timeline fixes that. Give the article a named timeline and point the bar at it:',
  'The <code>animation-range</code> values say “start when the top of the article reaches the top of the viewport, and finish when ' +
    'its bottom reaches the bottom.” Now the bar is full exactly when the last paragraph comes into view.',
  'Because the bar and the article are not parent and child, the timeline name needs <code>timeline-scope</code> on a shared ' +
    'ancestor, such as the <code>body</code>, to be visible to the bar.',
];
const ctH3 = 'Respecting reduced motion and older browsers';
const ctP3 = [
  'A progress bar is a small, linear movement, but some people still prefer no animation at all. Wrapping the animation in a ' +
    '<code>prefers-reduced-motion: no-preference</code> query keeps it for everyone else.',
  'For browsers without scroll-driven animations, an <code>@supports</code> check on <code>animation-timeline</code> lets you hide ' +
    'the bar entirely rather than showing an empty strip that never fills. If the indicator matters to your readers, you can load a ' +
    'small polyfill inside the same check instead.',
];
const ctP4 = ['That’s it. No listeners, no layout reads, and nothing to clean up. Here’s the finished demo so you can poke at the ranges yourself:'];
const ctPen = 'See the Pen Reading progress with view() by Rosalind Achterberg (@rachterberg) on CodePen.';
const ctNav = ['Articles', 'Notebook', 'Guides', 'Almanac', 'Picks', 'Links'];
const ctTags = ['animation', 'animation-timeline', 'scroll-driven animation'];
const ctRelated = [
  ['Unleash the Power of Scroll-Driven Animations', 'Jul 12, 2024', 'Celeste Navarro'],
  ['Sticky Headers That Shrink on Scroll', 'Nov 3, 2024', 'Dmitri Ostrov'],
  ['Animating to Auto Height, Finally', 'Jan 28, 2025', 'Rosalind Achterberg'],
];
const ctComments = [
  {
    name: 'Harlan Peets',
    date: 'March 6, 2025',
    text: 'Used this on our docs site this morning. The timeline-scope bit tripped me up for a while, so thanks for calling it out.',
  },
  {
    name: 'Mirela Dobos',
    date: 'March 7, 2025',
    text: 'Would be nice to see the polyfill version too. Half our visitors are still on browsers without support.',
  },
];
const ctForm = [
  'Leave a Reply',
  'Cancel reply',
  'Your email address will not be published. Required fields are marked *',
  'Comment *',
  'Name *',
  'Email *',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
  'Post Comment',
  'This site uses Akismet to reduce spam. Learn how your comment data is processed.',
];
const ctFoot = ['About DO', 'Cloudways', 'Legal stuff', 'Get Help', 'Write for CSS-Tricks!', 'Advertise with us!'];
const ctSocial = ['RSS Feeds', 'CodePen', 'Mastodon', 'Bluesky'];
const ctFootText = ['CSS-Tricks is powered by DigitalOcean.', 'Keep up to date on web dev with our hand-picked, industry-leading content.'];
const code = (lang: string, s: string): string => `<pre rel="${lang}" class="wp-block-csstricks-code-block language-${lang.toLowerCase()}" data-line="">
<code markup="tt">${s}</code></pre>`;
const ctHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${ctTitle} | CSS-Tricks</title><meta name="description" content="Build a reading progress bar with animation-timeline, view timelines and
animation-range, with no JavaScript.">
<meta property="og:site_name" content="CSS-Tricks"><meta property="og:type" content="article"><meta property="og:title" content="${ctTitle} | CSS-Tricks">
<meta property="article:published_time" content="2025-03-05T14:12:06+00:00">
<link rel="canonical" href="https://css-tricks.com/reading-progress-bar-scroll-driven/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${ctTitle}",
"author":{"name":"Rosalind Achterberg"},"datePublished":"2025-03-05T14:12:06+00:00","publisher":{"@id":"https://css-tricks.com/#organization"}}]}</script>
<link rel="stylesheet" href="https://css-tricks.com/wp-content/themes/CSS-Tricks-21/css/style.css?ver=1741180000">
<script async src="https://cpwebassets.codepen.example/assets/embed/ei.js"></script></head>
<body class="post-template-default single single-post postid-384120"><a class="screen-reader-text" href="#maincontent">Skip to main content</a>
<header class="site-header"><div class="site-header-inner"><a class="site-header-logo" href="https://css-tricks.com" aria-label="CSS-Tricks home">
<svg class="logo" aria-hidden="true"></svg></a><nav class="site-header-nav" aria-label="Main"><ul class="site-header-nav-list">
${links(ctNav, 'site-header-nav-item')}</ul></nav><form class="site-header-search" role="search" action="/"><label for="s" class="screen-reader-text">Search
</label><input type="search" id="s" name="s" placeholder="Search"></form></div></header>
<main id="maincontent"><div class="page-wrap"><article class="article-article post-384120 post type-post status-publish format-standard">
<header class="mega-header"><h1 class="article-title">${ctTitle}</h1><div class="author-row"><img alt="" src="/avatars/rachterberg.jpg" class="avatar"
height="80" width="80"><div class="author-and-date"><a class="author-name" href="https://css-tricks.com/author/rachterberg/">Rosalind Achterberg</a>
on <time datetime="2025-03-05">Mar 5, 2025</time></div></div></header>
<div class="article-content"><div class="article-sponsor" data-nosnippet><p><a href="https://try.digitalocean.example/css-tricks/">${ctSponsor}</a></p></div>
${ps(ctIntro)}
<h2 class="wp-block-heading" id="the-basic-bar">${ctH1}</h2>
${ps(ctP1.slice(0, 1))}
${code(
  'CSS',
  `.progress {
  position: fixed;
  inset: 0 0 auto 0;
  height: 4px;
  transform-origin: left;
  animation: grow linear both;
  animation-timeline: scroll();
}
@keyframes grow { from { scale: 0 1; } to { scale: 1 1; } }`,
)}
${ps(ctP1.slice(1))}
<h2 class="wp-block-heading" id="tracking-the-article">${ctH2}</h2>
${ps(ctP2.slice(0, 1))}
${code(
  'CSS',
  `body { timeline-scope: --article; }
article { view-timeline: --article block; }
.progress {
  animation-timeline: --article;
  animation-range: contain 0% contain 100%;
}`,
)}
${ps(ctP2.slice(1))}
<h2 class="wp-block-heading" id="reduced-motion">${ctH3}</h2>
${ps(ctP3)}
${ps(ctP4)}
<p class="codepen" data-height="450" data-theme-id="light" data-default-tab="result" data-slug-hash="qEBxWmp" data-user="rachterberg"
style="height: 450px; box-sizing: border-box; display: flex; align-items: center; justify-content: center; border: 2px solid; margin: 1em 0; padding: 1em;">
<span>See the Pen <a href="https://codepen.io/rachterberg/pen/qEBxWmp">Reading progress with view()</a> by Rosalind Achterberg
(<a href="https://codepen.io/rachterberg">@rachterberg</a>) on <a href="https://codepen.io">CodePen</a>.</span></p>
</div>
<div class="tags"><ul class="tags-list">${ctTags.map((t) => `<li><a href="/tag/${t.replace(/ /g, '-')}/" rel="tag">${t}</a></li>`).join('')}</ul></div>
</article>
<section class="related-articles"><h2 class="related-title">Related</h2><div class="related-grid">
${ctRelated
  .map(
    ([t, d, a]) => `<article class="mini-card"><h3><a href="/${(t ?? '').toLowerCase().replace(/[^a-z]+/g, '-')}/">${t}</a></h3>
<div class="mini-card-meta"><time>${d}</time><span class="mini-card-author">${a}</span></div></article>`,
  )
  .join('\n')}</div></section>
<section class="comments-area" id="comments"><h2 class="comments-title">2 Comments</h2><ol class="comment-list">
${ctComments
  .map(
    (c, i) => `<li class="comment even thread-even depth-1" id="comment-18${i}"><article class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><img alt="" src="/avatars/c${i}.jpg" class="avatar" height="80" width="80"><b class="fn">${c.name}</b></div>
<div class="comment-metadata"><a href="#comment-18${i}" title="Permalink to comment"><time datetime="2025-03-0${6 + i}">${c.date}</time></a></div>
</footer><div class="comment-content"><p>${c.text}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link"
href="#comment-18${i}" aria-label="Reply to ${c.name}">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${ctForm[0]} <small><a rel="nofollow"
id="cancel-comment-reply-link" href="#respond" style="display:none;">${ctForm[1]}</a></small></h3>
<form action="https://css-tricks.com/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">${ctForm[2]}</p>
<p class="comment-form-comment"><label for="comment">${ctForm[3]}</label><textarea id="comment" name="comment" rows="8" required></textarea></p>
<p class="comment-form-author"><label for="author">${ctForm[4]}</label><input id="author" name="author" type="text" required></p>
<p class="comment-form-email"><label for="email">${ctForm[5]}</label><input id="email" name="email" type="email" required></p>
<p class="comment-form-url"><label for="url">${ctForm[6]}</label><input id="url" name="url" type="url"></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" type="checkbox"><label for="wp-comment-cookies-consent">${ctForm[7]}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p><p style="display: none;">
<input type="hidden" id="akismet_comment_nonce" name="akismet_comment_nonce" value="3b1f0c"></p></form></div>
<p class="akismet_comment_form_privacy_notice">${ctForm[9]}</p></section></div></main>
<footer class="site-footer"><div class="site-footer-inner"><p class="footer-powered">${ctFootText[0]}</p><p>${ctFootText[1]}</p>
<ul class="footer-links">${links(ctFoot)}</ul><h4 class="footer-heading">Social</h4><ul class="footer-social">${links(ctSocial)}</ul>
<p class="footer-copyright">© DigitalOcean, LLC. All rights reserved.</p></div></footer>
<script src="https://css-tricks.com/wp-content/themes/CSS-Tricks-21/js/global.js?ver=1741180000" id="global-js"></script></body></html>`;
export const cssTricks: TestPage = {
  html: ctHtml,
  name: 'heldout193-csstricks-article',
  kind: 'blog',
  // the DigitalOcean sponsor line at the top of the text and the CodePen embed's fallback text are furniture; reader
  // comments are furniture; "Post Comment" is an input value, not text, and is not listed
  title: ctTitle,
  headings: [ctH1, ctH2, ctH3],
  body: texts([...ctIntro, ...ctP1, ...ctP2, ...ctP3, ...ctP4]),
  bylines: ['Rosalind Achterberg', 'Mar 5, 2025'],
  furniture: uniq([
    'Skip to main content',
    ...ctNav,
    ctSponsor,
    ctPen,
    ...ctTags,
    'Related',
    ...ctRelated.flat().filter((t) => t !== 'Rosalind Achterberg'),
    '2 Comments',
    ...ctComments.flatMap((c) => [c.name, c.date, c.text]),
    'Reply',
    ...ctForm.filter((t) => t !== 'Post Comment'),
    ...ctFootText,
    ...ctFoot,
    'Social',
    ...ctSocial,
    '© DigitalOcean, LLC. All rights reserved.',
  ]),
};
