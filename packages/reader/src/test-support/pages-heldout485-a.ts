import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout485-kit.js';

/** Held-out batch 485, file a: a choral society's concert programme note on WordPress (Astra theme) with a sidebar and comments. */
const aTitle = 'Programme notes: A Winter Requiem and the Fenwick Carols';
const aIntro = [
  j(
    'Our December concert brings together three works that have never shared a programme before, although their composers',
    'knew one another and, for a few years, sang in the same cathedral choir. What follows are the notes printed in the',
    'programme booklet, lightly expanded for those who like to read ahead.',
  ),
  j(
    'The concert begins at 7.30pm on Saturday 12 December in St Oswin&rsquo;s Church, Alderbrook. The first half lasts about',
    'fifty minutes, the second about forty, and there will be mulled wine in the north aisle during the interval.',
  ),
];
const aH1 = 'Tobias Rendle: Winter Requiem (1908)';
const aS1 = [
  j(
    'Rendle wrote his Requiem in the winter after his younger brother drowned off the Saltmarsh coast, and the grief is never far',
    'from the surface. Yet it is not a dark piece. He chose to leave out the Dies irae altogether, as several of his',
    'contemporaries did, and gave the longest movement to the Lux aeterna, which rises from a single held note in the tenors to',
    'a full eight-part chord that the choir must sustain for almost a minute.',
  ),
  j(
    'The organ part was written for the small two-manual instrument at Fenwick Minster, where Rendle was assistant organist, and it',
    'is full of quiet pedal points rather than grand gestures. Our accompanist, Daniel Okoro-Hale, will play it on the restored',
    'Holdich organ at St Oswin&rsquo;s, which is of almost exactly the same size and date.',
  ),
  j(
    'Listen out for the Pie Jesu, sung by a solo treble. Rendle marked it to be sung “from a distance, as if from another',
    'room”, and we will place the soloist in the tower gallery so that the sound reaches the nave indirectly.',
  ),
];
const aH2 = 'Clara Voss: Three Fenwick Carols';
const aS2 = [
  j(
    'Clara Voss was the only woman in the Fenwick Minster choir school&rsquo;s composition class of 1903, and her three carols',
    'were first sung by the choristers at the Christmas Eve service of 1911. They were printed privately and forgotten until a',
    'set of parts turned up in a box of hymn books sold at a church fête in 1987.',
  ),
  'The three carols are:',
];
const aCarols = [
  '<em>The shepherds&rsquo; fire</em>, a lilting carol in six-eight time for upper voices',
  '<em>Lullay, my little one</em>, for unaccompanied choir, with a soprano descant in the last verse',
  '<em>Ring out, ye bells of Fenwick</em>, for full choir and organ, which ends with a peal imitated by the whole choir',
];
const aS2b = [j('The words of the second carol are Voss&rsquo;s own. The first verse is printed in the booklet and reads, in her', 'spelling:')];
const aQuote = 'Lullay, my little one, the snow lies on the hill; the cattle in the byre are warm, the bells of Fenwick still.';
const aH3 = 'Harold Penbury: Magnificat in D';
const aS3 = [
  j(
    'Penbury was the choirmaster at Fenwick for thirty-one years and taught both Rendle and Voss. His Magnificat is the most',
    'extrovert piece of the evening, written for the reopening of the Minster after its roof was rebuilt in 1899. The brass',
    'parts, which we will play from a new edition prepared by our own member Ruth Calloway, were long thought lost.',
  ),
  j(
    'The Gloria at the end returns to the opening theme in the basses, then hands it to each voice in turn before the',
    'trumpets bring it home. It is great fun to sing and, we hope, to hear.',
  ),
];
const aH4 = 'The performers';
const aS4 = [
  j(
    'Alderbrook Choral Society has around seventy members and rehearses on Tuesday evenings at the Old Grammar School. It is',
    'conducted by Imogen Farrant, who has been our musical director since 2019. We are joined for this concert by the',
    'Alderbrook Brass Ensemble and by the trebles of St Oswin&rsquo;s Church Choir.',
  ),
  j(
    'Tickets are £14 (£6 for students and under-18s) from the Alderbrook Bookshop or at the door. The church is step-free',
    'from the west entrance, and a hearing loop covers the nave.',
  ),
];
const aRecent = ['Spring term rehearsal dates', 'Come and Sing day: a report', 'Welcome to our new accompanist', 'Summer concert in pictures'];
const aCats = ['Concerts', 'News', 'Programme notes', 'Rehearsals'];
const aNav = ['Home', 'About us', 'Concerts', 'Join the choir', 'Members', 'Contact'];
const aComments = [
  'Thank you for these, very helpful to read before Saturday. Is there parking at the church?',
  'Hi Pauline, there is a small car park behind the church hall and free parking on Mill Lane after 6pm.',
];
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aTitle} &#8211; Alderbrook Choral Society</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="astra-theme-css-css" href="https://alderbrookchoral.org.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4"
media="all">
<style id="astra-theme-css-inline-css">.ast-separate-container .ast-article-single{padding:3em 4em}.site-title a{color:#2b3a67}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${aTitle}",
"datePublished":"2026-11-28T18:02:11+00:00","author":{"name":"Margaret Ellery"}}]}</script>
<script src="https://alderbrookchoral.org.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype="https://schema.org/Blog" itemscope class="post-template-default single single-post postid-1184 single-format-standard
ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4 ast-blog-single-style-1 ast-single-post ast-inherit-site-logo-transparent">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile"
id="masthead" itemtype="https://schema.org/WPHeader" itemscope><div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-grid-row">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element site-branding">
<div class="ast-site-title-wrap"><span class="site-title" itemprop="name">
<a href="https://alderbrookchoral.org.uk/" rel="home" itemprop="url">Alderbrook Choral Society</a>
</span><p class="site-description" itemprop="description">Singing in Alderbrook since 1921</p></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation"
itemtype="https://schema.org/SiteNavigationElement" itemscope><div class="main-navigation ast-inline-flex">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow
ast-nav-menu ast-flex submenu-with-border stack-on-mobile">${links(aNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div>
</div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-1184 post type-post status-publish format-standard has-post-thumbnail hentry category-programme-notes ast-article-single" id="post-1184"
itemtype="https://schema.org/CreativeWork" itemscope><div class="ast-post-format- single-layout-1"><header class="entry-header">
<h1 class="entry-title" itemprop="headline">${aTitle}</h1><div class="entry-meta">By <span class="posted-by vcard author" itemtype="https://schema.org/Person"
itemscope itemprop="author"><a title="View all posts by Margaret Ellery" href="/author/mellery/" rel="author" class="url fn n" itemprop="url">
<span class="author-name" itemprop="name">Margaret Ellery</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">
November 28, 2026</span></span></div></header>
<div class="post-thumb-img-content post-thumb"><img width="1024" height="576" src="/wp-content/uploads/2026/11/st-oswins-nave-1024x576.jpg"
class="attachment-large size-large wp-post-image" alt="The nave of St Oswin's Church" itemprop="image"></div>
<div class="entry-content clear" itemprop="text">
${ps(aIntro)}
<h2 class="wp-block-heading">${aH1}</h2>
${ps(aS1)}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/11/rendle-score.jpg" alt="">
<figcaption class="wp-element-caption">Rendle&rsquo;s autograph score of the Lux aeterna, Fenwick Minster Library</figcaption></figure>
<h2 class="wp-block-heading">${aH2}</h2>
${ps(aS2)}
<ul class="wp-block-list">${lis(aCarols)}</ul>
${ps(aS2b)}
<blockquote class="wp-block-quote"><p>${aQuote}</p></blockquote>
<h2 class="wp-block-heading">${aH3}</h2>
${ps(aS3)}
<h2 class="wp-block-heading">${aH4}</h2>
${ps(aS4)}
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a title="Come and Sing day: a report"
href="/come-and-sing-day-a-report/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div>
<div class="nav-next">
<a title="Spring term rehearsal dates" href="/spring-term-rehearsal-dates/" rel="next">Next Post <span class="ast-right-arrow">&rarr;</span></a>
</div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">2 thoughts on
“${aTitle}”</h3></div><ol class="ast-comment-list">
<li class="comment even thread-even depth-1" id="li-comment-311"><article id="comment-311" class="ast-comment"><div class="ast-comment-info">
<header class="ast-comment-meta
ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">Pauline Grice</b></cite></div>
<div class="ast-comment-time"><span class="timendate"><a href="#comment-311"><time datetime="2026-11-29T09:14:00+00:00">November 29, 2026 at 9:14 am</time>
</a></span>
</div></header></div><section class="ast-comment-content comment"><p>${aComments[0]}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>
<li class="comment byuser bypostauthor odd alt thread-odd depth-1" id="li-comment-312"><article id="comment-312" class="ast-comment">
<div class="ast-comment-info">
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">Margaret Ellery</b>
<span class="ast-highlight-text ast-cmt-post-author">Post author</span></cite></div><div class="ast-comment-time"><span class="timendate">
<a href="#comment-312">
<time datetime="2026-11-29T10:02:00+00:00">November 29, 2026 at 10:02 am</time></a></span></div></header></div>
<section class="ast-comment-content comment"><p>${aComments[1]}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">Your email address will not be
published. Required fields are marked *</p><div class="ast-row comment-textarea"><fieldset class="comment-form-comment">
<legend class="comment-form-legend"></legend>
<div class="comment-form-textarea ast-grid-common-col"><label for="comment" class="screen-reader-text">Type here..</label><textarea id="comment" name="comment"
placeholder="Type here.." cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label for="search-field">
<span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..." name="s"></label>
<button class="search-submit ast-search-submit" aria-label="Search Submit"><span hidden>Search</span></button></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts">
<ul>${links(aRecent)}</ul>
</nav></aside>
<aside id="text-3" class="widget widget_text"><h2 class="widget-title">Next concert</h2><div class="textwidget"><p>Saturday 12 December, 7.30pm<br>
St Oswin&rsquo;s Church, Alderbrook</p><p><a href="/concerts/">Book tickets</a></p></div></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories">
<ul>${links(aCats, 'cat-item')}</ul>
</nav></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope><div class="site-below-footer-wrap ast-builder-grid-row-container">
<div class="ast-builder-grid-row-container-inner"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1">
<div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder">
<div class="ast-footer-copyright">
<p>Copyright &copy; 2026 Alderbrook Choral Society | Registered charity no. 1048812 | Powered by <a href="https://wpastra.com/" rel="nofollow noopener">Astra
WordPress Theme</a></p></div></div></div></div></div></footer></div>
<div id="ast-scroll-top" tabindex="0" class="ast-scroll-top-icon ast-scroll-to-top-right" data-on-devices="both">
<span class="screen-reader-text">Scroll to Top</span>
</div><script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script></body></html>`;
const astra: TestPage = finish({
  name: 'heldout485-astra-programme-note',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: [aH1, aH2, aH3, aH4],
  body: texts([...aIntro, ...aS1, ...aS2, ...aCarols, ...aS2b, aQuote, ...aS3, ...aS4]),
  bylines: ['Margaret Ellery', 'November 28, 2026', 'Pauline Grice', 'November 29, 2026 at 9:14 am', 'November 29, 2026 at 10:02 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Alderbrook Choral Society', 'Singing in Alderbrook since 1921', ...aNav,
    'Rendle’s autograph score of the Lux aeterna, Fenwick Minster Library', '← Previous Post', 'Next Post →',
    `2 thoughts on “${aTitle}”`, ...aComments, 'Post author', 'Reply', 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', 'Search for:', 'Recent Posts', ...aRecent, 'Next concert',
    'Saturday 12 December, 7.30pm', 'St Oswin’s Church, Alderbrook', 'Book tickets', 'Categories', ...aCats.filter((c) => c !== 'Concerts'),
    'Copyright © 2026 Alderbrook Choral Society | Registered charity no. 1048812 | Powered by Astra WordPress Theme', 'Scroll to Top',
  ],
});

export const HELDOUT485_A: readonly TestPage[] = [astra];
