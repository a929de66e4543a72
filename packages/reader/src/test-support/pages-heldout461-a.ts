import { links, ps, type TestPage, texts } from './page-kit.js';
import { bodyOf, heads, j, type Sec, secs, specRows, specText } from './pages-heldout461-kit.js';

/**
 * Held-out batch 461, file a: a watch review on a WordPress blog with the GeneratePress theme (sidebar, comments); the
 * fountain pen brand history on Ghost is in file a2.
 */
const gTitle = 'Aldercroft Orrin 38 Field review: a quiet tool watch that earns its price';
const gIntro = [
  j(
    'Aldercroft has spent six years making dress watches in a converted dairy outside Kelsby, so a field watch was not the',
    'obvious next step. I wore the Orrin 38 Field for five weeks, through a house move, two hikes and a great deal of',
    'typing, and it has quietly become the watch I reach for without thinking.',
  ),
];
const gSecs: Sec[] = [
  {
    h: 'Case and dial',
    ps: [
      j(
        'The case is 38 mm across and 11.2 mm thick, brushed all over except for a thin polished bevel on the lugs. At',
        '46 mm lug to lug it sits flat on a 16.5 cm wrist, and the drilled lugs make strap changes a thirty-second job.',
      ),
      j(
        'The dial is a matte charcoal with printed Arabic numerals and a railroad minute track. Aldercroft calls the colour',
        '<em>slate</em>; under a grey sky it looks almost black, in sunshine it turns a soft blue-grey. The lume is a',
        'pale cream that glows green, bright for the first hour and readable at 4 a.m.',
      ),
    ],
  },
  {
    h: 'Movement and accuracy',
    ps: [
      j(
        'Inside is the Kessler 1120, a hand-wound calibre with a 62-hour reserve. Aldercroft regulates it in five positions',
        'and promises -4/+6 seconds a day. Mine ran at +3 seconds a day on the wrist and lost a second overnight dial-up,',
        'which is better than the promise.',
      ),
      j(
        "Winding is smooth with a faint click, and the crown, signed with the brand's alder leaf, is large enough to grip",
        'with cold fingers. There is no date, which I think is the right call on a watch this size.',
      ),
    ],
  },
  {
    h: 'What I would change',
    ps: ['Three small things kept this from being perfect:'],
    list: [
      'The supplied canvas strap is stiff for the first fortnight.',
      'The seconds hand misses the markers by a hair at 15 and 45.',
      'The 50 m water resistance is enough for rain, not for the sea.',
    ],
  },
  {
    h: 'Specifications',
    ps: [],
  },
  {
    h: 'Verdict',
    ps: [
      j(
        'At €1,180 the Orrin 38 Field is not cheap, but it is honestly made, sized for real wrists and finished better than',
        'its price suggests. If you want one watch that looks right with a jumper and survives a weekend in the hills, put',
        'this on the short list.',
      ),
    ],
  },
];
const gSpecs: [string, string][] = [
  ['Case', '38 mm, 316L steel, brushed'],
  ['Thickness', '11.2 mm'],
  ['Movement', 'Kessler 1120, hand-wound, 62 h reserve'],
  ['Water resistance', '50 m'],
  ['Price', '€1,180 on canvas strap'],
];
const gNav = ['Reviews', 'Guides', 'Brands', 'Straps', 'About'];
const gRecent = ['Five field watches under €800', 'Why I stopped buying date windows', 'Notes from the Kelsby watch fair'];
const gCats = ['Archives', 'November 2026', 'October 2026', 'September 2026'];
const gCom = [
  j('Great review. Did you try it on a bracelet? Aldercroft lists one on their site but I have not seen photos.'),
  j('I had the same stiff strap, a week of wear and some leather balm sorted it.'),
];
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gTitle} &#8211; The Balance Wheel</title><meta name='robots' content='index, follow, max-image-preview:large'>
<link rel='stylesheet' id='generate-style-css' href='https://thebalancewheel.example/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0'
media='all'>
<style id='generate-style-inline-css'>body{background-color:#f7f8f9;color:#222}.entry-content>*{margin-bottom:1.5em}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article",
"headline":"Aldercroft Orrin 38 Field review","author":{"name":"Tom Ferrand"},"datePublished":"2026-11-21T08:00:00+00:00"}]}</script>
</head>
<body class="post-template-default single single-post postid-2214 single-format-standard wp-embed-responsive right-sidebar nav-float-right
separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline">
<a href="https://thebalancewheel.example/" rel="home">The Balance Wheel</a></p>
<p class="site-description" itemprop="description">Honest watch reviews from a small desk</p></div>
<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle">
<button data-nav="site-navigation" class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="screen-reader-text">Menu</span>
</button></nav>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav">
<ul id="menu-main" class="menu sf-menu">${links(gNav, 'menu-item menu-item-type-taxonomy')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main">
<article id="post-2214" class="post-2214 post type-post status-publish format-standard has-post-thumbnail hentry category-reviews tag-aldercroft
tag-field-watches" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article"><div class="featured-image page-header-image-single grid-container grid-parent">
<img width="1200" height="800" src="https://thebalancewheel.example/wp-content/uploads/2026/11/orrin-38-field.jpg"
class="attachment-full size-full wp-post-image" alt="Aldercroft Orrin 38 Field on a canvas strap" itemprop="image" decoding="async"></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${gTitle}</h1>
<div class="entry-meta"><span class="posted-on">
<time class="entry-date published" datetime="2026-11-21T08:00:00+00:00" itemprop="datePublished">November 21, 2026</time></span>
<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>
<a class="url fn n" href="https://thebalancewheel.example/author/tom/" title="View all posts by Tom Ferrand" rel="author" itemprop="url">
<span class="author-name" itemprop="name">Tom Ferrand</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
${ps(gIntro)}
<figure class="wp-block-image size-large"><img src="https://thebalancewheel.example/wp-content/uploads/2026/11/orrin-dial.jpg" alt="">
<figcaption class="wp-element-caption">The slate dial turns blue-grey in direct sun.</figcaption></figure>
${secs(gSecs.slice(0, 3), 'h2', '', ' class="wp-block-list"').replaceAll('<h2>', '<h2 class="wp-block-heading">')}
<h2 class="wp-block-heading">${gSecs[3]?.h ?? ''}</h2>
<figure class="wp-block-table"><table class="has-fixed-layout"><tbody>${specRows(gSpecs)}</tbody></table></figure>
${secs(gSecs.slice(4)).replaceAll('<h2>', '<h2 class="wp-block-heading">')}
<p><em>Aldercroft lent me the watch for this review and it has gone back. Nobody saw this text before it was published.</em></p>
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>
<a href="/category/reviews/" rel="category tag">Reviews</a></span>
<span class="tags-links"><span class="screen-reader-text">Tags </span>
<a href="/tag/aldercroft/" rel="tag">Aldercroft</a>, <a href="/tag/field-watches/" rel="tag">field watches</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev">
<a href="/five-field-watches/" rel="prev">Five field watches under €800</a></span></div></nav></footer>
</div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on &ldquo;${gTitle}&rdquo;</h3><ol class="comment-list">
<li id="comment-311" class="comment even thread-even depth-1">
<article class="comment-body" id="div-comment-311" itemtype="https://schema.org/Comment" itemscope>
<footer class="comment-meta" aria-label="Comment meta"><div class="comment-author-info"><div class="comment-author vcard" itemprop="author">
<cite itemprop="name" class="fn">Marek S.</cite></div>
<div class="entry-meta comment-metadata"><a href="#comment-311">
<time datetime="2026-11-21T10:14:00+00:00" itemprop="datePublished">November 21, 2026 at 10:14 am</time></a></div></div>
<span class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-311">Reply</a></span></footer><div class="comment-content" itemprop="text">
<p>${gCom[0]}</p></div></article></li>
<li id="comment-314" class="comment odd alt thread-odd depth-1">
<article class="comment-body" id="div-comment-314" itemtype="https://schema.org/Comment" itemscope>
<footer class="comment-meta" aria-label="Comment meta"><div class="comment-author-info"><div class="comment-author vcard" itemprop="author">
<cite itemprop="name" class="fn">Ines Vautrin</cite></div>
<div class="entry-meta comment-metadata"><a href="#comment-314">
<time datetime="2026-11-22T18:40:00+00:00" itemprop="datePublished">November 22, 2026 at 6:40 pm</time></a></div></div>
<span class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-314">Reply</a></span></footer><div class="comment-content" itemprop="text">
<p>${gCom[1]}</p></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small>
<a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment">
<label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment" rows="8" required></textarea></p>
<label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text" required>
<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email" required>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox"
value="yes"> <label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="/"><label>
<span class="screen-reader-text">Search for:</span>
<input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s"></label><button class="search-submit" aria-label="Search"></button>
</form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(gRecent)}</ul></aside>
<aside id="archives-2" class="widget inner-padding widget_archive"><h2 class="widget-title">${gCats[0]}</h2><ul>${links(gCats.slice(1))}</ul></aside></div>
</div>
</div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container">
<div class="copyright-bar"><span class="copyright">&copy; 2026 The Balance Wheel</span> &bull; Built with <a href="https://generatepress.com"
itemprop="url">GeneratePress</a></div></div></footer></div>
<script id="generate-menu-js" src="/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0"></script></body></html>`;
const gpReview: TestPage = {
  name: 'heldout461-gp-watch-review',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: heads(gSecs),
  body: [
    ...texts(gIntro),
    ...bodyOf(gSecs.slice(0, 3)),
    ...specText(gSpecs),
    ...bodyOf(gSecs.slice(4)),
    'Aldercroft lent me the watch for this review and it has gone back. Nobody saw this text before it was published.',
  ],
  bylines: ['November 21, 2026', 'Tom Ferrand'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'The Balance Wheel', 'Honest watch reviews from a small desk', 'Menu', ...gNav.filter((t) => t !== 'Reviews'),
    'The slate dial turns blue-grey in direct sun.', 'Categories', 'Reviews', 'Tags', 'field watches', ...gRecent,
    `2 thoughts on “${gTitle}”`, 'Marek S.', 'November 21, 2026 at 10:14 am', 'Reply', ...gCom, 'Ines Vautrin', 'November 22, 2026 at 6:40 pm',
    'Leave a Comment', 'Cancel reply', 'Comment', 'Name', 'Email', 'Save my name, email, and website in this browser for the next time I comment.',
    'Search for:', 'Recent Posts', ...gCats, '© 2026 The Balance Wheel', 'Built with', 'GeneratePress',
  ],
};

export const HELDOUT461_A: readonly TestPage[] = [gpReview];
