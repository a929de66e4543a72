import { links, type TestPage, texts } from './page-kit.js';
import { quoraSpacePost } from './pages-heldout55-f2.js';

/**
 * Held-out batch 55, file f: a post on a small WordPress blog (Twenty Sixteen theme) whose comments are Disqus (the skip link,
 * site title and description, "Menu" toggle and primary menu, the post with its two h2 sections and a list, Jetpack "Share
 * this:" buttons, "Like this:" with its loading placeholder and Jetpack related posts, the entry footer with screen-reader labels,
 * author, published and hidden updated dates, categories, tags and the Disqus comment count, the Disqus thread as the old plugin
 * writes it for crawlers (threaded `dsq-comment` items with `cite` names) with the embed script and its noscript line, post
 * navigation, the sidebar widgets (search, recent posts, archives, categories, meta), the footer and a cookie notice).
 */
const dqTitle = 'Why I stopped feeding fondant in January';
const dqIntro = [
  "For the first four winters I kept bees, I put a block of fondant on every hive on New Year's Day, whether they needed it or not. It felt like " +
    'the responsible thing to do. Everyone at the association seemed to, and the bees always took it.',
  "This winter I didn't, and both colonies came through February heavier than they have ever been. Here is what changed my mind.",
];
const dqH = ['What went wrong last winter', 'What I do now'];
const dqS1 = [
  'Last January the fondant went on as usual, and by early March the smaller colony had eaten almost all of it. When I opened the hive on the ' +
    'first warm day, there were still two full frames of stored honey at the far side of the box, untouched.',
  'The bees had simply clustered under the fondant and stayed there. A colony that lives on a block above its heads all winter has no reason to ' +
    'move across to its own stores, and in a cold snap that can be the difference between a cluster that survives and one that starves an inch away from food.',
];
const dqS2 = [
  'I heft both hives every two weeks from November, lifting the back of each one a few centimetres to judge the weight. I only add fondant if a ' +
    'hive feels noticeably light compared with the last check, and when I do, I put it directly over the cluster rather than in the middle of the crown board.',
];
const dqList = [
  'Heft every fortnight from November to March.',
  'Write the result down. Memory is not a scale.',
  'Feed only when a hive feels light, and feed over the cluster.',
];
const dqS3 = [
  "None of this is new advice. It is in most of the books. I just didn't listen to it until I had seen the honey left behind.",
  "If you are in the association's beginners' group this year, come and find me at the March meeting and I'll show you how to heft a hive " +
    'without putting your back out.',
];
interface DqComment {
  id: number;
  name: string;
  text: string;
  author?: boolean;
  children?: DqComment[];
}
const dqComments: DqComment[] = [
  {
    id: 1822,
    name: 'Dafydd Morgan',
    text:
      'Same experience here. I had a colony starve in 2022 with a full frame of honey two frames away, and the fondant block above them was gone. ' +
      'Hefting is the only way to know.',
    children: [
      { id: 1824, name: 'Ruth Abernethy', author: true, text: "Sorry to hear that, Dafydd. It's a horrible thing to find. I hope the others did well." },
    ],
  },
  { id: 1830, name: 'beekeeper_in_bristol', text: "Do you ever use a luggage scale instead of hefting by hand? I'm not very consistent on my own." },
  { id: 1841, name: 'Moira', text: "Lovely post. I'm printing the list for our beginners' group." },
];
const dqComment = (
  k: DqComment,
  depth: number,
): string => `<li class="comment ${depth === 1 ? 'even thread-even' : 'odd alt'} depth-${depth}${k.author ? ' byuser bypostauthor' : ''}"
 id="dsq-comment-${k.id}"><div id="dsq-comment-header-${k.id}" class="dsq-comment-header"><cite id="dsq-cite-${k.id}"><span
 id="dsq-author-user-${k.id}">${k.name}</span></cite>
</div><div id="dsq-comment-body-${k.id}" class="dsq-comment-body"><div id="dsq-comment-message-${k.id}" class="dsq-comment-message"><p>${k.text}</p></div></div>
${k.children ? `<ul class="children">${k.children.map((c) => dqComment(c, depth + 1)).join('')}</ul>` : ''}</li>`;
const dqNav = ['Home', 'About', 'The hives', 'Contact'];
const dqRelated = [
  ['Treating for varroa with oxalic acid: my first go', 'December 9, 2024'],
  ['A swarm in the plum tree', 'June 2, 2024'],
  ['Hive scales: worth the money?', 'October 14, 2024'],
];
const dqRecent = [dqTitle, 'Treating for varroa with oxalic acid: my first go', 'Taking the honey off, late as usual', 'A swarm in the plum tree'];
const dqArchives = ['March 2025', 'December 2024', 'October 2024', 'August 2024', 'June 2024'];
const dqCats = ['Beekeeping', 'Garden', 'Recipes'];
const dqMeta = ['Log in', 'Entries feed', 'Comments feed', 'WordPress.org'];
const dqCookie =
  'We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.';
const site = 'https://smallapiary.example';
const dqHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<script>(function(html){html.className = html.className.replace(/\\bno-js\\b/,'js')})(document.documentElement);</script>
<title>${dqTitle} – Notes from a Small Apiary</title>
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="${site}/2025/03/03/why-i-stopped-feeding-fondant-in-january/">
<meta property="og:type" content="article"><meta property="og:title" content="${dqTitle}"><meta property="article:published_time"
 content="2025-03-03T19:20:11+00:00">
<script type="application/ld+json"
 class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article",
"@id":"${site}/2025/03/03/why-i-stopped-feeding-fondant-in-january/#article",
"author":{"name":"Ruth Abernethy","@id":"${site}/#/schema/person/5b1f"},
"headline":"${dqTitle}","datePublished":"2025-03-03T19:20:11+00:00","dateModified":"2025-03-05T08:12:40+00:00",
"commentCount":4,"articleSection":["Beekeeping"],"inLanguage":"en-GB"},
{"@type":"WebSite","@id":"${site}/#website","url":"${site}/","name":"Notes from a Small Apiary"}]}</script>
<link rel="stylesheet" id="twentysixteen-style-css" href="${site}/wp-content/themes/twentysixteen/style.css?ver=20241112" media="all">
<link rel="stylesheet" id="jetpack_css-css" href="${site}/wp-content/plugins/jetpack/css/jetpack.css?ver=14.1" media="all">
<style id="wp-custom-css">.site-title a { color: #7a5c00; } .entry-content ul li { margin-bottom: .4em; }</style></head>
<body class="post-template-default single single-post postid-412 single-format-standard wp-embed-responsive">
<div id="page" class="site"><div class="site-inner"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-header-main"><div class="site-branding"><p class="site-title"><a href="${site}/"
 rel="home">Notes from a Small Apiary</a></p>
<p class="site-description">Two hives, one garden and a lot of mistakes</p></div>
<button id="menu-toggle" class="menu-toggle">Menu</button><div id="site-header-menu" class="site-header-menu"><nav id="site-navigation" class="main-navigation"
 aria-label="Primary Menu"><div class="menu-main-container"><ul id="menu-main"
 class="primary-menu">${links(dqNav, 'menu-item menu-item-type-post_type')}</ul></div></nav></div></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-412" class="post-412 post type-post status-publish format-standard hentry category-beekeeping tag-fondant tag-winter-feeding">
<header class="entry-header"><h1 class="entry-title">${dqTitle}</h1></header>
<div class="entry-content">
${dqIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="wp-block-heading">${dqH[0]}</h2>
${dqS1.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="wp-block-heading">${dqH[1]}</h2>
${dqS2.map((p) => `<p>${p}</p>`).join('\n')}
<ul class="wp-block-list">${dqList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${dqS3.map((p) => `<p>${p}</p>`).join('\n')}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3
 class="sd-title">Share this:</h3><div
 class="sd-content"><ul>${['Facebook', 'X', 'Email', 'Print']
   .map(
     (s) => `<li class="share-${s.toLowerCase()}"><a rel="nofollow noopener noreferrer"
 class="share-${s.toLowerCase()} sd-button share-icon"
 href="${site}/2025/03/03/why-i-stopped-feeding-fondant-in-january/?share=${s.toLowerCase()}" target="_blank"
 title="Click to share on ${s}"><span>${s}</span></a></li>`,
   )
   .join('')}
<li class="share-end"></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" id="like-post-wrapper-20431877-412-67c60a1b"
 data-name="like-post-frame-20431877-412"
 data-title="Like or Reblog"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder" style="height: 55px;"><span
 class="button"><span>Like</span></span>
 <span class="loading">Loading...</span></div><span class="sd-text-color"></span><a class="sd-link-color"></a></div>
<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div
 class="jp-relatedposts-items jp-relatedposts-items-minimal">
${dqRelated
  .map(
    ([t, d]) => `<p class="jp-relatedposts-post"><span class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a"
 href="${site}/?p=1">${t}</a></span><span class="jp-relatedposts-post-date">${d}</span><span
 class="jp-relatedposts-post-context">In "Beekeeping"</span></p>`,
  )
  .join('\n')}
</div></div></div>
<footer class="entry-footer"><span class="byline"><span class="author vcard"><img alt="" src="https://secure.gravatar.com/avatar/5b1f?s=49&amp;d=mm&amp;r=g"
 class="avatar avatar-49 photo"
 height="49" width="49"><span class="screen-reader-text">Author </span> <a class="url fn n" href="${site}/author/ruth/">Ruth Abernethy</a></span></span><span
 class="posted-on"><span
 class="screen-reader-text">Posted on </span><a href="${site}/2025/03/03/why-i-stopped-feeding-fondant-in-january/" rel="bookmark"><time
 class="entry-date published"
 datetime="2025-03-03T19:20:11+00:00">March 3, 2025</time><time class="updated" datetime="2025-03-05T08:12:40+00:00">March 5, 2025</time></a></span><span
 class="cat-links"><span
 class="screen-reader-text">Categories </span><a href="${site}/category/beekeeping/" rel="category tag">Beekeeping</a></span><span class="tags-links"><span
 class="screen-reader-text">Tags
 </span><a href="${site}/tag/fondant/" rel="tag">fondant</a>, <a href="${site}/tag/winter-feeding/" rel="tag">winter feeding</a></span><span
 class="comments-link"><a
 href="${site}/2025/03/03/why-i-stopped-feeding-fondant-in-january/#comments"><span class="dsq-postid" data-dsqidentifier="412 ${site}/?p=412">4 Comments<span
 class="screen-reader-text"> on ${dqTitle}</span></span></a></span></footer></article>
<div id="disqus_thread"><div id="dsq-content"><ul id="dsq-comments">
${dqComments.map((k) => dqComment(k, 1)).join('\n')}
</ul></div></div>
<script type="text/javascript">var disqus_config = function () { this.page.url = '${site}/2025/03/03/why-i-stopped-feeding-fondant-in-january/';
 this.page.identifier = '412 ${site}/?p=412'; this.page.title = '${dqTitle}'; };
(function() { var d = document, s = d.createElement('script'); s.src = 'https://smallapiary.disqus.com/embed.js'; s.setAttribute('data-timestamp', +new Date());
 (d.head || d.body).appendChild(s); })();</script>
<noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript" rel="nofollow">comments powered by Disqus.</a></noscript>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div
 class="nav-previous"><a
 href="${site}/2024/12/09/treating-for-varroa-with-oxalic-acid/" rel="prev"><span class="meta-nav" aria-hidden="true">Previous</span> <span
 class="screen-reader-text">Previous
 post:</span> <span class="post-title">Treating for varroa with oxalic acid: my first go</span></a></div></div></nav>
</main></div>
<aside id="secondary" class="sidebar widget-area"><section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form"
 action="${site}/">
<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search …" value="" name="s"></label><button
 type="submit"
 class="search-submit"><span class="screen-reader-text">Search</span></button></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav
 aria-label="Recent Posts"><ul>${links(dqRecent)}</ul></nav></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><nav
 aria-label="Archives"><ul>${links(dqArchives)}</ul></nav></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav
 aria-label="Categories"><ul>${links(dqCats, 'cat-item')}</ul></nav></section>
<section id="meta-2" class="widget widget_meta"><h2 class="widget-title">Meta</h2><nav aria-label="Meta"><ul>${links(dqMeta)}</ul></nav></section></aside>
</div>
<footer id="colophon" class="site-footer"><nav class="main-navigation" aria-label="Footer Primary Menu"><div class="menu-main-container"><ul id="menu-main-1"
 class="primary-menu">${links(dqNav, 'menu-item')}</ul></div></nav><div class="site-info"><span class="site-title"><a href="${site}/"
 rel="home">Notes from a Small Apiary</a></span>
<a href="https://wordpress.org/" class="imprint">Proudly powered by WordPress</a></div></footer></div></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"
 style="background-color: rgba(50,50,58,1);"><div
 class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">${dqCookie}</span><span id="cn-notice-buttons"
 class="cn-buttons-container"><a href="#"
 id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Ok">Ok</a></span><span id="cn-close-notice" data-cookie-set="accept"
 class="cn-close-icon"
 title="No"></span></div></div>
<script src="${site}/wp-content/themes/twentysixteen/js/functions.js?ver=20230629" id="twentysixteen-script-js"></script>
<script id="dsq_count_script" src="https://smallapiary.disqus.com/count.js" async></script>
</body></html>`;
const allComments = (list: DqComment[]): DqComment[] => list.flatMap((k) => [k, ...allComments(k.children ?? [])]);
export const disqusBlogPost: TestPage = {
  html: dqHtml,
  name: 'heldout55-disqus-blog-post',
  kind: 'blog',
  // the post is the article: its paragraphs and list items are body, its two h2s the headings; the Disqus comments are reader comments
  // on a blog: their texts are furniture, their names bylines (a comment's author line; the post author's own reply shares her name);
  // the author, published and hidden updated dates are bylines ("Author" and "Posted on" labels in neither); the screen-reader
  // "Categories" and "Tags" labels, categories and tags, "4 Comments", Share this/Like this/Related with their dates and contexts,
  // the Disqus noscript line, post navigation, menu, sidebar widgets (the recent-posts list repeats the title and two related
  // posts), footer and cookie notice are furniture; the tag "fondant" and the likes button "Like" are words of the body: left out
  title: dqTitle,
  headings: dqH,
  body: texts([...dqIntro, ...dqS1, ...dqS2, ...dqList, ...dqS3]),
  bylines: ['Ruth Abernethy', 'March 3, 2025', 'March 5, 2025', 'Dafydd Morgan', 'beekeeper_in_bristol', 'Moira'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Notes from a Small Apiary', 'Two hives, one garden and a lot of mistakes', 'Menu', ...dqNav, 'Share this:', 'Facebook', 'X', 'Email',
    'Print', 'Like this:', 'Loading...', 'Related', ...dqRelated.flat(), 'In "Beekeeping"', 'Categories', 'Beekeeping', 'Tags', 'winter feeding', '4 Comments',
    ...allComments(dqComments).map((k) => k.text), 'Please enable JavaScript to view the comments powered by Disqus.', 'Post navigation', 'Previous',
    'Previous post:', 'Search for:', 'Search', 'Recent Posts', dqRecent[2]!, 'Archives', ...dqArchives, ...dqCats.slice(1), 'Meta', ...dqMeta,
    'Proudly powered by WordPress', dqCookie, 'Ok',
  ],
};

export const HELDOUT55_F: readonly TestPage[] = [disqusBlogPost, quoraSpacePost];
