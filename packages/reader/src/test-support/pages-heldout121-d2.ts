import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 121, file d2: a CSS-Tricks article on its WordPress theme under DigitalOcean (skip link, the site header
 * nav with search button, the category label, the author row with "on" date and "Updated on" line, the DigitalOcean sponsor
 * blurb above the text, code blocks, the tags line, the "Psst!" credit box, the comments with "Permalink to comment#" dates
 * and "Reply" links, the WordPress comment form, and the DigitalOcean footer).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const ctTitle = 'A Practical Look at Container Query Units';
const ctP1 = paras(`
Container queries get most of the attention, but they came with a smaller feature that I now reach for more often: container query
units. Where <code>vw</code> is one percent of the viewport’s width, <code>cqi</code> is one percent of the inline size of the nearest
container. That small difference changes how you size things inside components.

Let’s look at what the units measure, a card that uses them to scale its own type, and the places where I would leave them alone.
`);
const ctH1 = 'What the units measure';
const ctP2 = paras(`
There are six of them, but you will use two almost all the time: <code>cqi</code> for the container’s inline size and
<code>cqb</code> for its block size. The others, <code>cqw</code>, <code>cqh</code>, <code>cqmin</code> and <code>cqmax</code>, work
the same way as their viewport cousins.

The nearest container is the closest ancestor with a <code>container-type</code> set. If there is none, the units fall back to the
small viewport units, which is worth remembering when something looks oddly large in a test page.
`);
const ctH2 = 'A card that scales its own type';
const ctP3 = paras(`
Here is a product card that sits in a three-column grid on wide screens, a single column on phones and a narrow sidebar on the
checkout page. The heading should be larger when the card is wide, wherever that happens to be:
`);
const ctCode1 = `.card {
  container-type: inline-size;
}

.card h3 {
  font-size: clamp(1.1rem, 4cqi + 0.5rem, 2rem);
}`;
const ctP4 = paras(`
The <code>clamp()</code> keeps the heading readable at both ends, and the middle value grows with the card, not with the window. In
the sidebar the card is about 280 pixels wide and the heading sits near its minimum. In the wide grid it reaches the maximum without
a single media query.

Padding works the same way. I like <code>padding: 4cqi</code> for cards, because the spacing then keeps the same proportion to the
card at every size, which is what a designer usually means by “it should breathe a bit more when it is bigger”.
`);
const ctH3 = 'Falling back when there is no container';
const ctP5 = paras(`
Browser support is now broad, but the units still deserve a fallback if your audience includes older devices. The cascade does the
work for you:
`);
const ctCode2 = `.card h3 {
  font-size: 1.4rem;
  font-size: clamp(1.1rem, 4cqi + 0.5rem, 2rem);
}`;
const ctP6 = paras(`
Browsers that do not understand the second declaration drop it and keep the first. It is not elegant, but it is honest.
`);
const ctH4 = 'Where I would not use them';
const ctP7 = paras(`
Container units are a poor fit for anything that should relate to the page rather than the component. Page margins, the main
heading of an article and the width of a reading column are all better sized with viewport units or plain <code>rem</code>.

I also avoid them for body text. A paragraph that changes size depending on which column it lands in is tiring to read, and it can
fight with the text size a reader has chosen in their browser settings.
`);
const ctNav = ['Articles', 'Guides', 'Almanac', 'Picks', 'Links', 'Videos'];
const ctTags = ['container queries', 'css units', 'responsive design'];
const ctComments = [
  {
    n: 'Pieter Vandeleur',
    d: 'March 20, 2024',
    t: 'The padding trick is great. I had been doing this with calc and custom properties for years and never thought of cqi.',
  },
  {
    n: 'Sunita Rao',
    d: 'March 21, 2024',
    t: 'Small gotcha: if the card is inside a flex item without a width, the container can collapse and the units go to zero. Cost me an afternoon.',
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
];
const ctSponsor = 'DigitalOcean provides cloud products for every stage of your journey. Get started with $200 in free credit!';
const ctPsst = 'Psst! Create a DigitalOcean account and get $200 in free credit for cloud-based hosting and services.';
const ctFoot1 = ['About DigitalOcean', 'Legal', 'Free Credit Offers'];
const ctFoot2 = ['Contact', 'Write for CSS-Tricks!', 'Advertise with us!'];
const ctFoot3 = ['RSS Feeds', 'CodePen', 'Mastodon', 'Bluesky'];
const ctPre = (code: string): string => `<pre rel="CSS" class="wp-block-csstricks-code-block language-css" data-line=""><code markup="tt">${code}</code></pre>`;
const ctComment = (c: (typeof ctComments)[number], i: number): string => `<li class="comment even thread-even depth-1" id="comment-17${i}4821">
<article id="div-comment-17${i}4821" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt=""
src="https://secure.gravatar.example/avatar/${i}?s=80"
class="avatar avatar-80 photo" height="80" width="80" loading="lazy"><b class="fn">${c.n}</b></div><div class="comment-metadata">
<a href="https://css-tricks.com/container-query-units/#comment-17${i}4821" class="comment-permalink"><span
class="screen-reader-text">Permalink to comment</span>#<time
datetime="2024-03-2${i}">${c.d}</time></a></div></footer><div class="comment-content"><p>${c.t}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-17${i}4821" data-commentid="17${i}4821" data-postid="378112"
aria-label="Reply to ${c.n}">Reply</a></div></article></li>`;
const ctHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${ctTitle} | CSS-Tricks</title><meta name="description" content="Container query units size things relative to a component.">
<link rel="canonical" href="https://css-tricks.com/container-query-units/"><meta property="og:locale" content="en_US"><meta property="og:type"
content="article">
<meta property="og:title" content="${ctTitle} | CSS-Tricks"><meta property="og:site_name" content="CSS-Tricks">
<meta property="article:published_time" content="2024-03-19T13:02:41+00:00"><meta property="article:modified_time" content="2024-03-21T08:15:12+00:00">
<meta name="author" content="Noor Haddadin"><script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article",
"headline":"${ctTitle}","datePublished":"2024-03-19T13:02:41+00:00","author":{"name":"Noor Haddadin"},
"publisher":{"@id":"https://css-tricks.com/#organization"}}]}</script>
<link rel="stylesheet" id="css-tricks-style-css" href="https://css-tricks.com/wp-content/themes/CSS-Tricks-19/css/style.css?ver=1711000000" media="all">
<script src="https://css-tricks.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-378112 single-format-standard"><a class="screen-reader-text"
href="#maincontent">Skip to main content</a>
<header class="site-header"><div class="site-header-inner"><a href="https://css-tricks.com" class="site-header-logo" aria-label="CSS-Tricks home"><svg
viewBox="0 0 362.62 388.52" width="40" aria-hidden="true"><path d="M156.58,239l-88.3,64.75c-10.59,7.06-18.84,11.77-29.43,11.77"></path></svg></a>
<nav class="site-header-nav" aria-label="Main"><ul>${links(ctNav, 'menu-item')}</ul></nav><button class="search-button" aria-expanded="false">
<span class="screen-reader-text">Search</span><svg width="20" height="20" aria-hidden="true"><use href="#icon-search"></use></svg></button></div></header>
<main id="maincontent"><article class="article-single post-378112 post type-post status-publish format-standard hentry category-articles" id="post-378112">
<div class="article-content"><header class="mast-header"><div class="article-meta"><a class="article-category" href="https://css-tricks.com/category/articles/">
Articles</a></div><h1 class="article-title">${ctTitle}</h1><div class="author-row"><img alt="" src="https://secure.gravatar.example/avatar/noor?s=80"
class="avatar avatar-80 photo" height="80" width="80"><div class="author-info"><a class="author-name" href="https://css-tricks.com/author/noorhaddadin/">Noor
Haddadin</a> on <time datetime="2024-03-19">Mar 19, 2024</time><div class="updated">Updated on Mar 21, 2024</div></div></div></header>
<div class="article-sponsor"><a href="https://try.digitalocean.example/css-tricks" class="article-sponsor-link"><img
src="https://css-tricks.com/wp-content/uploads/do-logo.svg"
alt="DigitalOcean" width="40"
height="40"></a><p>DigitalOcean provides cloud products for every stage of your journey. Get started with <strong>$200 in free credit!</strong>
</p></div>
<div class="article-body">
${ps(ctP1)}
<h2 class="wp-block-heading" id="what-the-units-measure">${ctH1}</h2>
${ps(ctP2)}
<h2 class="wp-block-heading" id="a-card-that-scales-its-own-type">${ctH2}</h2>
${ps(ctP3)}
${ctPre(ctCode1)}
${ps(ctP4)}
<h2 class="wp-block-heading" id="falling-back">${ctH3}</h2>
${ps(ctP5)}
${ctPre(ctCode2)}
${ps(ctP6)}
<h2 class="wp-block-heading" id="where-i-would-not-use-them">${ctH4}</h2>
${ps(ctP7)}
</div>
<footer class="article-footer"><div class="tags">${ctTags
  .map(
    (t) => `<a href="https://css-tricks.com/tag/${t.replace(/ /g, '-')}/"
rel="tag">${t}</a>`,
  )
  .join('\n')}</div>
<div class="psst"><p><strong>Psst!</strong> Create a DigitalOcean account and get <a
href="https://try.digitalocean.example/css-tricks">$200 in free credit</a> for
cloud-based hosting and services.</p></div></footer>
<section id="comments" class="comments-area"><h2 class="comments-title">Comments</h2><ol class="comment-list">
${ctComments.map(ctComment).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${ctForm[0]} <small><a rel="nofollow" id="cancel-comment-reply-link"
href="/container-query-units/#respond" style="display:none;">${ctForm[1]}</a></small></h3><form action="https://css-tricks.com/wp-comments-post.php"
method="post"
id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span>
<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8"
required></textarea></p><p class="comment-form-author"><label for="author">Name <span class="required">*</span></label><input id="author"
name="author" type="text"
required></p><p class="comment-form-email"><label for="email">Email <span class="required">*</span></label><input id="email" name="email" type="email"
required></p>
<p class="comment-form-url"><label for="url">Website</label><input id="url" name="url" type="url"></p><p class="comment-form-cookies-consent"><input
id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"><label for="wp-comment-cookies-consent">${ctForm[7]}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></section>
</div></article></main>
<footer class="site-footer"><div class="site-footer-inner"><p class="site-footer-powered">CSS-Tricks is powered by <a
href="https://www.digitalocean.example">DigitalOcean</a>.
</p><div class="site-footer-columns"><ul>${links(ctFoot1)}</ul><ul>${links(ctFoot2)}</ul><ul>${links(ctFoot3)}</ul></div>
<p class="site-footer-copyright">© 2024 DigitalOcean, LLC. All rights reserved.</p></div></footer>
<script src="https://css-tricks.com/wp-includes/js/comment-reply.min.js?ver=6.4.3" id="comment-reply-js" async data-wp-strategy="async"></script>
</body></html>`;
export const cssTricksPost: TestPage = {
  html: ctHtml,
  name: 'heldout121-css-tricks-blog',
  kind: 'blog',
  // the author name, "on" date and "Updated on" line are bylines; the sponsor blurb, tags, "Psst!" box, reader comments and
  // the comment form are furniture
  title: ctTitle,
  headings: [ctH1, ctH2, ctH3, ctH4],
  body: texts([...ctP1, ...ctP2, ...ctP3, ...ctP4, ...ctP5, ...ctP6, ...ctP7]),
  bylines: ['Noor Haddadin', 'Mar 19, 2024', 'Updated on Mar 21, 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...ctNav, 'Search', ctSponsor, ...ctTags, ctPsst, 'Comments', ...ctComments.flatMap((c) => [c.n, c.d, c.t]),
    'Permalink to comment', 'Reply', ...ctForm, 'CSS-Tricks is powered by DigitalOcean.', ...ctFoot1, ...ctFoot2, ...ctFoot3,
    '© 2024 DigitalOcean, LLC. All rights reserved.',
  ],
};
