import { links, ps, type TestPage, texts } from './page-kit.js';
import { bibliocommons } from './pages-heldout337-b2.js';
import { j, lis } from './pages-heldout337-kit.js';

/**
 * Held-out batch 337, file b: a book-review blog post on WordPress with the Twenty Twenty-One theme (site header and
 * primary menu, entry header with the featured image caption, Jetpack "Share this:" and "Like this:" blocks, the
 * Jetpack related posts, entry footer with date, categories and tags, post navigation, comments with replies, the
 * reply form and the footer widgets) and, from file b2, a BiblioCommons catalogue record.
 */
const wTitle = 'Review: The Glass Almanac by Rosamund Hale';
const wIntro = [
  j(
    'I have been waiting for this one since Rosamund Hale’s debut left me sitting in a car park for twenty minutes because I',
    'could not bear to start the engine and leave that world behind. <em>The Glass Almanac</em> is a bigger, stranger book,',
    'and I am still not sure it is a better one, but it is certainly braver.',
  ),
];
const wAbout = [
  j(
    'The novel follows Ida Marchbank, a widowed glassblower in a northern mill town, over a single year. Each chapter is a',
    'month, and each month opens with an entry from an almanac Ida is writing for her late husband: weather, tides, the price',
    'of coal, what flowered, who died. Slowly the entries stop being about the town and start being about the things she',
    'cannot say to anyone living.',
  ),
  j(
    'Around her the town is changing. The works where she has blown lamp chimneys for thirty years is being sold, her',
    'apprentice wants to go to the city, and a young engineer arrives with plans for a machine that can do her job in a tenth',
    'of the time.',
  ),
];
const wWorked = [
  j(
    'The almanac entries are extraordinary. Hale has a gift for the short, flat sentence that turns out to be holding up a',
    'whole wall of feeling. One entry for March reads, in its entirety:',
  ),
];
const wQuote = 'Wind from the east. Snowdrops by the chapel gate. I laid two places at supper and did not notice until the soup was cold.';
const wWorked2 = [
  j(
    'The glassmaking itself is written with real love and real knowledge. I came away knowing what a marver is and why the',
    'gather has to be turned, and I never once felt lectured. Some things I loved in particular:',
  ),
];
const wList = [
  'the apprentice, Sully, who is funny without ever being there for comic relief;',
  'the chapter for August, told entirely through a list of orders and breakages at the works;',
  'the way the engineer is allowed to be kind, so the book never becomes a simple fable about machines.',
];
const wDidnt = [
  j(
    'The middle sags. From May to September not a great deal happens, and a subplot about a disputed will feels as if it has',
    'wandered in from another novel. I also wanted more of Ida’s husband than the almanac gives us; he stays a silhouette, which',
    'may be the point, but it left the grief at the centre of the book feeling slightly abstract.',
  ),
];
const wVerdict = [
  j(
    'This is a quiet, demanding novel that rewards patience. If you loved the debut for its plot, you may find this one slow.',
    'If you loved it for its sentences, you will find a great deal here to underline. I gave it four stars and I have already',
    'lent my copy to my mother, which is the highest praise I have.',
  ),
  'Thank you to the publisher for the advance copy. All opinions are my own.',
];
const wMenu = ['Home', 'Reviews', 'Reading lists', 'Author Q&As', 'Review policy', 'Contact'];
const wShare = ['Facebook', 'X', 'Bluesky', 'Email', 'Print'];
const wRelated: readonly (readonly [string, string])[] = [
  ['Review: A Map of Quiet Rooms by Elspeth Carne', 'In "Reviews"'],
  ['My top ten historical novels of the year', 'In "Reading lists"'],
  ['Q&A with Rosamund Hale on her debut', 'In "Author Q&As"'],
];
const wTags = ['historical fiction', 'literary fiction', 'proof copies', 'northern novels'];
const wComments: readonly (readonly [string, string, string])[] = [
  ['Clementine Drury', 'March 15, 2026 at 9:12 am', 'Great review! I felt exactly the same about the middle section, but that March entry destroyed me.'],
  ['Page and Pint', 'March 15, 2026 at 11:40 am', 'Adding this to the list for our book club in June. Do you think it would work for a group?'],
];
const wRecent = ['Review: The Orchard at Low Tide', 'Five small-press books I loved in February', 'Reading slump cures that actually work'];
const wArchives = ['March 2026', 'February 2026', 'January 2026'];
const sect = (h: string, body: string): string => `<h2 class="wp-block-heading">${h}</h2>\n${body}`;
const wHtml = `<!doctype html>
<html lang="en-GB" class="respect-color-scheme-preference"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${wTitle} &#8211; The Dog-Eared Shelf</title><meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="The Dog-Eared Shelf &raquo; Feed" href="https://dogearedshelf.example/feed/" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}",
"author":{"name":"Hattie Pellow"},"datePublished":"2026-03-14T08:00:00+00:00","wordCount":612,"articleSection":["Reviews"]}]}</script>
<link rel='stylesheet' id='twenty-twenty-one-style-css' href='https://dogearedshelf.example/wp-content/themes/twentytwentyone/style.css?ver=2.4' media='all' />
<script id="jetpack-stats-js-before">_stq = window._stq || []; _stq.push([ "view", {"v":"ext","blog":"210448731","post":"5122"} ]);</script></head>
<body class="post-template-default single single-post postid-5122 single-format-standard wp-embed-responsive is-light-theme has-main-navigation">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu"><div class="site-branding"><p class="site-title"><a href="/" rel="home">The Dog-Eared
Shelf</a></p><p class="site-description">Book reviews, reading lists and the odd rant</p></div>
<nav id="site-navigation" class="primary-navigation" aria-label="Primary menu"><div class="primary-menu-container"><ul id="primary-menu-list"
class="menu-wrapper">${links(wMenu, 'menu-item menu-item-type-post_type')}</ul></div></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-5122" class="post-5122 post type-post status-publish format-standard has-post-thumbnail hentry category-reviews entry">
<header class="entry-header alignwide"><h1 class="entry-title">${wTitle}</h1><figure class="post-thumbnail"><img width="1568" height="1045"
src="https://dogearedshelf.example/wp-content/uploads/2026/03/glass-almanac.jpg" class="attachment-post-thumbnail wp-post-image" alt="" decoding="async">
<figcaption class="wp-caption aligncenter">My proof copy of The Glass Almanac, with far too many sticky tabs.</figcaption></figure></header>
<div class="entry-content">
${ps(wIntro)}
${sect('What it’s about', ps(wAbout))}
${sect(
  'What worked',
  `${ps(wWorked)}\n<blockquote class="wp-block-quote"><p>${wQuote}</p></blockquote>\n${ps(wWorked2)}\n<ul
class="wp-block-list">${lis(wList)}</ul>`,
)}
${sect('What didn’t', ps(wDidnt))}
${sect('The verdict', ps(wVerdict))}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul>${links(wShare, 'share-item')}</ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder
post-likes-widget-placeholder">
<span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items">
${wRelated
  .map(
    ([t, c]) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/${t.length}/">${t}</a></h4>
<p class="jp-relatedposts-post-context">${c.replace(/"/g, '&quot;')}</p></div>`,
  )
  .join('\n')}</div></div>
</div><footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated"
datetime="2026-03-14T08:00:00+00:00">March 14, 2026</time></span><span class="byline">By <a href="/author/hattie/" rel="author">Hattie Pellow</a></span></div>
<div class="post-taxonomies"><span class="cat-links">Categorized as <a href="/category/reviews/" rel="category tag">Reviews</a> </span><span
class="tags-links">Tagged ${wTags.map((t) => `<a href="/tag/${t.length}/" rel="tag">${t}</a>`).join(', ')}</span></div></footer></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/prev/" rel="prev"><p
class="meta-nav">Previous
post</p><p class="post-title">Five small-press books I loved in February</p></a></div><div class="nav-next"><a href="/next/" rel="next"><p
class="meta-nav">Next post</p><p class="post-title">Review: The Orchard at Low Tide</p></a></div></div></nav>
<div id="comments" class="comments-area default-max-width show-avatars"><h2 class="comments-title">2 comments</h2><ol class="comment-list">
${wComments
  .map(
    ([n, d, t], i) => `<li id="comment-${i + 90}" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><b class="fn">${n}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-${i + 90}"><time
datetime="2026-03-15">${d}</time></a></div></footer><div class="comment-content"><p>${t}</p></div><div class="reply"><a rel="nofollow"
class="comment-reply-link"
href="#respond">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Leave a comment</h2><form action="/wp-comments-post.php"
method="post"
id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are
marked
*</p><p class="comment-form-comment"><label for="comment">Comment *</label><textarea id="comment" name="comment"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</main></div></div>
<aside class="widget-area"><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent
Posts</h2><ul>${links(wRecent)}</ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>${links(wArchives)}</ul></section></aside>
<footer id="colophon" class="site-footer"><div class="site-info"><div class="site-name">The Dog-Eared Shelf</div><div class="powered-by">Proudly powered by <a
href="https://wordpress.example/">WordPress</a>.</div></div></footer></div>
<script src="https://dogearedshelf.example/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js" id="sharing-js-js"></script></body></html>`;

const wordpress: TestPage = {
  name: 'heldout337-wordpress-twentytwentyone-review-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: ['What it’s about', 'What worked', 'What didn’t', 'The verdict'],
  body: [...texts(wIntro), ...texts(wAbout), ...texts(wWorked), wQuote, ...texts(wWorked2), ...texts(wList), ...texts(wDidnt), ...texts(wVerdict)],
  bylines: ['Published March 14, 2026', 'By Hattie Pellow'],
  furniture: [
    'Skip to content',
    'Book reviews, reading lists and the odd rant',
    ...wMenu,
    'My proof copy of The Glass Almanac, with far too many sticky tabs.',
    'Share this:',
    ...wShare.filter((s) => s.length > 2),
    'Like this:',
    'Loading...',
    'Related',
    ...wRelated.flatMap(([t, c]) => [t, c]),
    'Categorized as',
    ...wTags,
    'Previous post',
    'Five small-press books I loved in February',
    'Next post',
    '2 comments',
    ...wComments.flatMap(([n, d, t]) => [n, d, t]),
    'Leave a comment',
    'Your email address will not be published.',
    'Recent Posts',
    ...wRecent,
    'Archives',
    ...wArchives,
    'The Dog-Eared Shelf',
    'Proudly powered by WordPress.',
  ],
};

export const HELDOUT337_B: readonly TestPage[] = [wordpress, bibliocommons];
