import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 232, file f: a local history society newsletter post on a small WordPress site (header, menu, "Newsletter"
 * category, issue and date line, the post, a "Members only" notice at the top, tags, previous/next links, widgets sidebar
 * with upcoming meetings and footer) and a university library special collections blog post on Blogger-style markup
 * (header, post with author and date, captioned image, labels, share links, comments count, blog archive sidebar, footer).
 */
const lhTitle = 'Spring newsletter: the lost lido of Ashby Mere';
const lhP = [
  `Few members will remember swimming at the Ashby Mere lido, which closed in 1959, but our appeal in the winter newsletter brought
   in more than forty photographs and a dozen letters about it.`,
  `The lido was opened in 1934 by the town council on the site of an old gravel pit. It had a diving stage, a café with a veranda
   and changing cabins painted in alternating blue and white. On hot Saturdays the queue stretched back to the railway bridge.`,
  `Mrs Joan Weatherall, now 94, wrote to tell us that she learned to swim there in 1938, “taught by my father with a rope tied round
   my middle”. Several letters mention the attendant, Mr Crabbe, and his whistle.`,
  `The lido’s decline was quick. The water was always cold, the pit was fed by springs, and after the war people began to take the
   train to the coast instead. The site was filled in and is now the car park of the leisure centre.`,
  `We plan a small exhibition of the photographs in the library this summer. If you have memories to add, please contact the
   secretary.`,
];
const lhNav = ['Home', 'About the Society', 'Meetings', 'Newsletter', 'Publications', 'Join'];
const lhSide = ['Upcoming meetings', '14 May: The Ashby turnpike, with Dr Ruth Tilly', '11 June: Summer walk round the old town'];
const lhFoot = ['Privacy', 'Contact', 'Registered charity 1057884'];
const lhHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>${lhTitle} – Ashby Local History Society</title>
<link rel="stylesheet" href="/wp-content/themes/twentytwentyone/style.css"><script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head><body class="post-template-default single"><div id="page" class="site"><header id="masthead" class="site-header">
<p class="site-title"><a href="/">Ashby Local History Society</a></p><p class="site-description">Researching our town since 1972</p>
<nav id="site-navigation" class="primary-navigation"><ul class="menu-wrapper">${links(lhNav, 'menu-item')}</ul></nav></header>
<main id="main" class="site-main"><article class="post type-post hentry category-newsletter"><header class="entry-header">
<h1 class="entry-title">${lhTitle}</h1></header><div class="entry-content">
<p class="has-background members-note">Members only: the full newsletter PDF is available after logging in.</p>
<p class="issue-line">Issue 147 · April 2025</p>${ps(lhP)}</div>
<footer class="entry-footer"><span class="posted-on">Published <time datetime="2025-04-02">2 April 2025</time></span>
<span class="byline">By Society Secretary</span><span class="cat-links">Categorized as <a href="#">Newsletter</a></span>
<span class="tags-links">Tagged <a href="#">lido</a>, <a href="#">swimming</a></span></footer></article>
<nav class="navigation post-navigation"><div class="nav-previous"><a href="#">Previous post: Winter newsletter: the flood of 1953</a></div>
<div class="nav-next"><a href="#">Next post: AGM minutes 2025</a></div></nav></main>
<aside class="widget-area"><section class="widget"><ul>${links(lhSide)}</ul></section></aside>
<footer id="colophon" class="site-footer"><ul>${links(lhFoot)}</ul><p class="powered-by">Proudly powered by WordPress</p></footer></div>
</body></html>`;

const scTitle = 'A cookbook with a secret: marginalia in MS Add. 412';
const scP = [
  `Manuscript cookbooks rarely reach us clean. This one, a small quarto of recipes copied by at least three hands between about 1740
   and 1800, is heavily annotated, and the notes in the margins turn out to be more interesting than the recipes themselves.`,
  `The main text gives the usual mix of the period: puddings, preserves, a pickle for walnuts, and cures for coughs and the
   toothache. But beside many recipes a later hand has added short comments. “Too much mace.” “Mr B. would not eat it.” “Good
   for a cold day.” Next to a recipe for orange wine someone has written simply, “Never again.”`,
  `Comparing the hand with letters elsewhere in our collections, our cataloguer believes the annotator was Elizabeth Rowell, who
   kept house for her brother, a country doctor, from 1781. If so, the notes give a rare view of how one household actually used
   a book it had inherited.`,
  `The manuscript has been newly catalogued and digitised, and can be viewed in full on our Digital Collections site. Students in
   the history department will transcribe the marginalia this term.`,
];
const scNav = ['Library home', 'Special Collections', 'Digital Collections', 'Visit the reading room'];
const scLabels = ['cookery', 'manuscripts', 'new acquisitions'];
const scArch = ['2025 (14)', 'March (4)', 'February (5)', '2024 (38)'];
const scHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Special Collections Blog: ${scTitle}</title>
<meta content="blogger" name="generator"><link href="https://www.blogger.com/static/v1/widgets/css/bundle.css" rel="stylesheet">
<script src="https://www.blogger.com/static/v1/widgets/widgets.js"></script></head><body class="version-1-3-3 variant-indie_light">
<div class="page"><header class="centered-top-container"><div class="Header widget"><h1><a href="/">Tolland University Special Collections</a></h1>
<p class="description">Stories from the rare book and manuscript stacks</p></div>
<nav class="PageList widget"><ul>${links(scNav)}</ul></nav></header>
<main class="centered" id="main" role="main"><div class="Blog widget" id="Blog1"><article class="post-outer-container">
<div class="post hentry"><div class="post-header"><span class="byline post-timestamp"><time class="published">March 18, 2025</time></span></div>
<h3 class="post-title entry-title">${scTitle}</h3><div class="post-body entry-content" id="post-body-88812">
<div class="separator"><img src="https://blogger.googleusercontent.com/img/b/add412.jpg"></div>
<p class="tr-caption">Folio 23v, with the note “Never again” beside the orange wine. MS Add. 412.</p>${ps(scP)}</div>
<div class="post-footer"><span class="byline post-author">Posted by <span class="fn">Declan Moorcroft</span></span>
<span class="byline post-labels">Labels: ${scLabels.map((l) => `<a href="#" rel="tag">${l}</a>`).join(', ')}</span>
<div class="byline post-share-buttons"><a href="#">Email This</a><a href="#">BlogThis!</a><a href="#">Share to X</a></div>
<a class="comment-link" href="#">2 comments</a></div></div></article>
<div class="blog-pager"><a href="#">Newer Post</a><a href="#">Older Post</a><a href="#">Home</a></div></div></main>
<aside class="sidebar-container"><div class="BlogArchive widget"><h3 class="title">Blog Archive</h3><ul>${links(scArch)}</ul></div>
<div class="Subscribe widget"><h3 class="title">Subscribe To</h3><a href="#">Posts</a><a href="#">Comments</a></div></aside>
<footer class="footer"><p>Powered by Blogger</p></footer></div></body></html>`;

export const HELDOUT232_F: readonly TestPage[] = [
  {
    name: 'heldout232-local-history-society-newsletter-news',
    kind: 'news',
    html: lhHtml,
    title: lhTitle,
    headings: [],
    body: texts(lhP),
    bylines: ['Issue 147 · April 2025', 'Published 2 April 2025', 'By Society Secretary'],
    furniture: [
      'Ashby Local History Society',
      'Researching our town since 1972',
      ...lhNav,
      'Members only: the full newsletter PDF is available after logging in.',
      'Categorized as Newsletter',
      'Tagged lido, swimming',
      'Previous post: Winter newsletter: the flood of 1953',
      'Next post: AGM minutes 2025',
      ...lhSide,
      ...lhFoot,
      'Proudly powered by WordPress',
    ],
  },
  {
    name: 'heldout232-library-special-collections-blog',
    kind: 'blog',
    html: scHtml,
    title: scTitle,
    headings: [],
    body: texts(scP),
    bylines: ['March 18, 2025', 'Posted by Declan Moorcroft'],
    furniture: [
      'Tolland University Special Collections',
      'Stories from the rare book and manuscript stacks',
      ...scNav,
      'Folio 23v, with the note “Never again” beside the orange wine. MS Add. 412.',
      'Labels: cookery, manuscripts, new acquisitions',
      'Email This',
      'BlogThis!',
      'Share to X',
      '2 comments',
      'Newer Post',
      'Older Post',
      'Blog Archive',
      ...scArch,
      'Subscribe To',
      'Posts',
      'Powered by Blogger',
    ],
  },
];
