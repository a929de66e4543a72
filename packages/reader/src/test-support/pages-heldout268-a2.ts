import { links, ps, type TestPage, texts } from './page-kit.js';
import { waybackBar, waybackHead, waybackTail, waybackTexts } from './pages-heldout268-kit.js';

/**
 * Held-out batch 268, file a2: a Wayback Machine capture of a WordPress blog post on the Twenty Seventeen theme (toolbar, site
 * branding, navigation, entry header with posted-on and byline, Jetpack's "Share this:" buttons and "Like" widget, Jetpack
 * related posts, the category and tag footer, post navigation, the comments with their reply form, widgets and site footer).
 */
const ts = '20170918224103';
const url = 'http://slowstitchnotes.com/2017/09/bringing-a-treadle-back/';
const w = (path: string): string => `/web/${ts}/http://slowstitchnotes.com${path}`;
const title = 'Bringing a 1920s treadle machine back to life';
const intro = [
  `Last spring a neighbour two doors down was clearing out her late aunt's house and asked whether I wanted "the old sewing table".
Under the folding lid was a treadle machine with most of its gold decals still intact, a seized handwheel and a belt that crumbled
when I touched it. This is the story of the four weekends it took to get it stitching again.`,
];
const s1 = [
  `Before touching a screwdriver I took photos of every side, because I knew I would forget how the bobbin winder went back
together. Then I let the machine soak. Not in water, of course, but with sewing machine oil dripped into every hole marked
on the bed and every joint I could see moving (or not moving).`,
  `After two days the handwheel turned a quarter turn. After four days it turned freely. Patience really is the main tool here.`,
];
const s2 = ['The list of what I actually replaced was shorter than I feared:'];
const s2l = [
  'A leather treadle belt, cut to length and joined with a staple',
  'The rubber tyre on the bobbin winder',
  'A handful of needles in the right system for this model',
  'One slotted screw on the face plate that someone had chewed up long ago',
];
const s2b = [
  `Everything else was cleaning. Decades of lint had packed around the feed dogs into something like felt, and I lifted it
out in one piece with a dental pick. I cleaned the bed with a soft cloth and a little machine oil, never anything stronger,
because the decals lift at the first sign of solvent.`,
];
const s3 = [
  `Treadling is a rhythm thing. For the first hour the machine ran backwards every time I stopped, and the thread snapped.
The trick is to start the wheel by hand, towards you, and only then let your feet take over. By the end of the afternoon I
could sew a straight seam along a strip of calico without looking down.`,
  `The stitch is beautiful: small, even and very tight. It only sews forwards, so I backstitch by turning the fabric around,
which feels clumsy at first and then becomes habit.`,
  `If you have one of these in a shed or an attic, my advice is simple. Oil it, wait, and do not force anything. Most of them
want to work again.`,
];
const heads = ['Freeing the handwheel', 'Parts and cleaning', 'Learning to treadle'];
const menu = ['Home', 'About', 'Projects', 'Patterns', 'Contact'];
const relatedT = ['Winding bobbins without the winder', 'Choosing needles for vintage machines', 'A shelf for the thread collection'];
const cats = ['Machines', 'Restoration'];
const tagsT = ['treadle-machines', 'vintage', 'oiling'];
const recent = ['Hemming by hand on the train', 'What I learned from a box of buttons', 'Bringing a 1920s treadle machine back to life'];
const archives = ['September 2017', 'August 2017', 'July 2017'];
const c1 = `This is so encouraging. Mine has been sitting in the garage for years because I was scared of breaking it. Oil and wait, got it!`;
const c2 = `Lovely write-up. A tip for the belt: a little beeswax on the staple stops it clicking on every turn.`;
const c3 = `Thank you, I'll try the beeswax this weekend.`;
const comment = (id: number, who: string, when: string, text: string, depth: number): string =>
  `<li id="comment-${id}" class="comment ${depth > 1 ? 'byuser comment-author-admin bypostauthor' : ''} depth-${depth}">
<article id="div-comment-${id}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<img alt="" src="/web/${ts}im_/http://gravatar.example/avatar/${id}?s=100" class="avatar avatar-100 photo" height="100" width="100">
<b class="fn">${who}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="${w(`/2017/09/bringing-a-treadle-back/#comment-${id}`)}">
<time datetime="2017-09-16T08:11:45+00:00">${when}</time></a></div></footer>
<div class="comment-content"><p>${text}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#">Reply</a></div></article>`;
const html = `<!DOCTYPE html>
<html lang="en-GB" class="no-js no-svg"><head>${waybackHead}
<meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} &#8211; Slow Stitch Notes</title>
<link rel="alternate" type="application/rss+xml" title="Slow Stitch Notes &raquo; Feed" href="${w('/feed/')}" />
<meta property="og:type" content="article" /><meta property="og:title" content="${title}" />
<meta property="article:published_time" content="2017-09-14T19:02:33+00:00" />
<link rel='stylesheet' id='twentyseventeen-style-css' href='/web/${ts}cs_/http://slowstitchnotes.com/wp-content/themes/twentyseventeen/style.css' />
<script type='text/javascript' src='/web/${ts}js_/http://slowstitchnotes.com/wp-includes/js/jquery/jquery.js?ver=1.12.4'></script>
<script type="text/javascript">window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/2.3\\/72x72\\/"};</script>
</head>
<body class="post-template-default single single-post postid-412 single-format-standard has-header-image has-sidebar colors-light">
${waybackBar('9', '18 Sep 2017 - 27 Nov 2021', 'Internet Archive', 'Wide Crawl Number 16', ts, url, ['AUG', 'SEP', 'OCT'])}
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner"><div class="custom-header"><div class="site-branding"><div class="wrap">
<div class="site-branding-text"><p class="site-title"><a href="${w('/')}" rel="home">Slow Stitch Notes</a></p>
<p class="site-description">Mending, making and old machines</p></div></div></div></div>
<div class="navigation-top"><div class="wrap"><nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Top Menu">
<button class="menu-toggle" aria-controls="top-menu" aria-expanded="false">Menu</button>
<div class="menu-main-container"><ul id="top-menu" class="menu">${links(menu, 'menu-item menu-item-type-custom')}</ul></div></nav></div></div></header>
<div class="site-content-contain"><div id="content" class="site-content"><div class="wrap"><div id="primary" class="content-area">
<main id="main" class="site-main" role="main">
<article id="post-412" class="post-412 post type-post status-publish format-standard hentry category-machines">
<header class="entry-header"><div class="entry-meta"><span class="posted-on"><span class="screen-reader-text">Posted on</span>
<a href="${w('/2017/09/bringing-a-treadle-back/')}" rel="bookmark">
<time class="entry-date published" datetime="2017-09-14T19:02:33+00:00">September 14, 2017</time>
</a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="${w('/author/maren/')}">Maren Toft</a></span></span></div>
<h1 class="entry-title">${title}</h1></header>
<div class="entry-content">
${ps(intro)}
<h2>${heads[0]}</h2>
${ps(s1)}
<h2>${heads[1]}</h2>
${ps(s2)}
<ul>${s2l.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(s2b)}
<figure id="attachment_418" class="wp-caption aligncenter">
<img class="size-large wp-image-418" src="/web/${ts}im_/http://slowstitchnotes.com/wp-content/uploads/2017/09/treadle.jpg" alt="">
<figcaption class="wp-caption-text">The machine after cleaning, decals intact.</figcaption></figure>
<h2>${heads[2]}</h2>
${ps(s3)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">
<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a class="share-twitter sd-button" href="#"><span>Twitter</span>
</a></li>
<li class="share-facebook"><a class="share-facebook sd-button" href="#"><span>Facebook</span></a></li>
<li class="share-pinterest"><a class="share-pinterest sd-button" href="#"><span>Pinterest</span></a></li><li class="share-end"></li></ul></div></div></div>
<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper'><h3 class="sd-title">Like this:</h3>
<div class='likes-widget-placeholder post-likes-widget-placeholder'><span class="loading">Loading...</span></div></div>
<div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items">${relatedT
  .map(
    (t) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="#">${t}</a></h4>
</div>`,
  )
  .join('\n')}</div></div>
</div>
<footer class="entry-footer"><span class="cat-tags-links"><span class="cat-links"><span class="screen-reader-text">Categories</span>
${cats.map((c) => `<a href="${w(`/category/${c.toLowerCase()}/`)}" rel="category tag">${c}</a>`).join(', ')}</span>
<span class="tags-links"><span class="screen-reader-text">Tags</span>${tagsT.map((t) => `<a href="#" rel="tag">${t}</a>`).join(', ')}</span></span></footer>
</article>
<nav class="navigation post-navigation" role="navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="#" rel="prev"><span class="screen-reader-text">Previous Post</span>
<span class="nav-title">What I learned from a box of buttons</span></a></div></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">3 Replies to “${title}”</h2><ol class="comment-list">
${comment(31, 'Bea Lindqvist', 'September 15, 2017 at 8:11 am', c1, 1)}</li>
${comment(32, 'Colm', 'September 16, 2017 at 6:40 pm', c2, 1)}<ol class="children">
${comment(33, 'Maren Toft', 'September 16, 2017 at 9:02 pm', c3, 2)}</li></ol></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="${w('/wp-comments-post.php')}" method="post" id="commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">Comment</label> <textarea id="comment" name="comment"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /></p></form></div></div>
</main></div>
<aside id="secondary" class="widget-area" role="complementary"><section id="search-2" class="widget widget_search">
<form role="search" method="get" class="search-form"><label for="s"><span class="screen-reader-text">Search for:</span></label>
<input type="search" id="s" class="search-field" placeholder="Search &hellip;" value="" name="s" /></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(recent)}</ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>${links(archives)}</ul></section>
<section id="meta-2" class="widget widget_meta"><h2 class="widget-title">Meta</h2><ul>${links(['Log in', 'Entries RSS', 'Comments RSS', 'WordPress.org'])}</ul>
</section></aside></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="wrap"><div class="site-info">
<a href="https://wordpress.org/" class="imprint">Proudly powered by WordPress</a></div></div></footer></div></div>
<script type='text/javascript' src='/web/${ts}js_/http://slowstitchnotes.com/wp-content/plugins/jetpack/_inc/build/likes/queuehandler.min.js'></script>
</body></html>${waybackTail('22:41:03 Sep 18, 2017')}`;
export const wpBlog: TestPage = {
  name: 'heldout268-wayback-wordpress-blog',
  kind: 'blog',
  html,
  title,
  headings: heads,
  body: texts([...intro, ...s1, ...s2, ...s2l, ...s2b, ...s3]),
  bylines: [
    'September 14, 2017',
    'Maren Toft',
    'Bea Lindqvist',
    'September 15, 2017 at 8:11 am',
    'Colm',
    'September 16, 2017 at 6:40 pm',
    'September 16, 2017 at 9:02 pm',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...waybackTexts('9', '18 Sep 2017 - 27 Nov 2021', 'Internet Archive', 'Wide Crawl Number 16', ts, url, ['AUG', 'SEP', 'OCT']),
    'Skip to content', 'Slow Stitch Notes', 'Mending, making and old machines', 'Menu', ...menu, 'Posted on',
    'The machine after cleaning, decals intact.', 'Share this:', 'Twitter', 'Facebook', 'Pinterest', 'Like this:', 'Loading...', 'Related',
    ...relatedT, 'Categories', ...cats, 'Tags', ...tagsT, 'Post navigation', 'Previous Post', 'What I learned from a box of buttons',
    `3 Replies to “${title}”`, 'says:', c1, c2, c3, 'Reply', 'Leave a Reply', 'Your email address will not be published.', 'Comment', 'Search for:',
    'Recent Posts', 'Hemming by hand on the train', 'Archives', ...archives, 'Meta', 'Log in', 'Entries RSS', 'Comments RSS', 'WordPress.org',
    'Proudly powered by WordPress',
  ],
};
