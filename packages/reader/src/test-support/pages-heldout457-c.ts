import { links, type TestPage } from './page-kit.js';
import { bodyOf, headingsOf, j, type Part, render } from './pages-heldout457-kit.js';

/**
 * Held-out batch 457, file c: a homesteading blog post on WordPress (Kadence) with breadcrumbs, an author box, similar posts and
 * threaded comments, and a beekeeping course page on Squarespace 7.1 (Fluid Engine) with an FAQ accordion and a cookie banner.
 */
const kTitle = 'How we built a pallet hay feeder our goats can&#39;t waste';
const kParts: Part[] = [
  {
    p: j(
      'Our four Nigerian Dwarf does waste more hay than they eat if you let them. Anything that touches the ground is bedding as far as',
      'they&#39;re concerned, and at current prices that was costing us about a bale a week.',
    ),
  },
  {
    p: j(
      'After two shop-bought feeders were bent out of shape by the end of the first winter, we built our own from two pallets and a cattle',
      'panel offcut. It took an afternoon and has lasted three years.',
    ),
  },
  { h: 'What you need' },
  {
    ul: [
      'Two heat-treated pallets (look for the HT stamp)',
      'One piece of cattle panel, about 1.2 m by 0.9 m',
      'A box of 75 mm exterior screws',
      'Fence staples and a hammer',
      'A sheet of corrugated roofing for the top (optional)',
    ],
  },
  { h: 'Building it' },
  {
    ol: [
      'Stand the first pallet against a wall or fence post at the height your goats eat comfortably, with the slats facing out.',
      'Screw the second pallet to it at the bottom to form a V, about 40 cm apart at the top.',
      'Staple the cattle panel across the front so the goats pull hay through the squares instead of dragging out whole flakes.',
      'Fix the roofing over the top if the feeder stands outside.',
    ],
  },
  { h: 'What we&#39;d change' },
  {
    p: j(
      'The squares of a standard cattle panel are a little big for kids, who will climb right in given the chance. If you have young stock,',
      'use a goat panel with smaller openings for the lower half.',
    ),
  },
  {
    p: j(
      'We also wish we had put a tray underneath from the start. What falls through now lands on a rubber stall mat instead of the mud,',
      'and the chickens clear up the seed heads.',
    ),
  },
  { h: 'Has it paid for itself?' },
  {
    p: j(
      'Easily. We went from roughly 25 bales a month through the winter to 19, and the does no longer spend the afternoon picking through',
      'a trampled pile looking for the good bits.',
    ),
  },
];
const kNav = ['Start Here', 'Goats', 'Poultry', 'Garden', 'Recipes', 'Shop'];
const kCap = 'The finished feeder, with the cattle panel stapled across the front.';
const kPrev = 'Our first year with a milking stand';
const kNext = 'Deep litter in the goat shed: two winters in';
const kSim = ['Building a kidding pen from hurdles', 'The cheapest way to store bales without a barn'];
const kBio = 'Wren keeps goats, chickens and too many squash plants on three acres in the Welsh Marches.';
const kComments: [string, string, string, number][] = [
  ['Dale Pruett', 'February 12, 2027 at 6:48 am', 'We did almost exactly this but with a hog panel. Agree on the tray – game changer.', 1],
  ['Wren Haddock', 'February 12, 2027 at 9:15 am', 'Hog panel is a good shout, the squares are smaller. Thanks Dale!', 2],
  ['Marisol Keane', 'February 14, 2027 at 8:02 pm', 'Did you have any trouble with horns getting caught in the panel? One of our wethers is horned.', 1],
];
const kComment = ([who, when, text, depth]: [string, string, string, number], i: number): string =>
  `<li id="comment-${512 + i}" class="comment ${i % 2 ? 'odd' : 'even'} depth-${depth}${who === 'Wren Haddock' ? ' bypostauthor' : ''}">
<article id="div-comment-${512 + i}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt=""
src="https://secure.gravatar.com/avatar/${i}?s=60&amp;d=mm"
class="avatar avatar-60 photo" height="60" width="60" loading="lazy"><b class="fn">${who}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#comment-${512 + i}"><time datetime="2027-02-1${i}">${when}</time></a></div></footer>
<div class="comment-content"><p>${text}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom=${512 + i}#respond"
aria-label="Reply to ${who}">Reply</a></div></article>`;
const kHtml = `<!doctype html>
<html lang="en-US" class="no-js" itemtype="https://schema.org/Blog" itemscope><head><meta charset="UTF-8"><meta name="viewport"
content="width=device-width, initial-scale=1">
<title>How We Built a Pallet Hay Feeder Our Goats Can&#039;t Waste - The Bramble Patch Homestead</title>
<meta name="description" content="A DIY goat hay feeder from two pallets and a cattle panel that cut our hay waste by a quarter.">
<script type="application/ld+json"
class="rank-math-schema">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"How we built a pallet hay feeder",
"datePublished":"2027-02-11T08:00:00+00:00","author":{"@type":"Person","name":"Wren Haddock"}}]}</script>
<link rel="stylesheet" id="kadence-global-css" href="https://bramblepatchhomestead.com/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9"
media="all">
<style id="kadence-global-inline-css">:root{--global-palette1:#5b7f3a;--global-palette2:#3f5d27}
.content-width-narrow .content-container.site-container{max-width:842px}</style>
<script>window.adthrive = window.adthrive || {};adthrive.cmd = adthrive.cmd || [];</script></head>
<body class="post-template-default single single-post postid-2291 single-format-standard wp-custom-logo wp-embed-responsive footer-on-bottom hide-focus-outline
link-style-standard content-title-style-normal content-width-narrow content-style-unboxed content-vertical-padding-show non-transparent-header">
<div id="wrapper" class="site wp-site-blocks"><a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope><div id="main-header" class="site-header-wrap">
<div class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div class="site-header-upper-inner-wrap"><div
class="site-main-header-wrap site-header-row-container
site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_main"><div class="site-header-row-container-inner"><div
class="site-container">
<div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center"><div
class="site-header-main-section-left site-header-section
site-header-section-left"><div class="site-header-item site-header-focus-item" data-section="title_tagline"><div class="site-branding branding-layout-standard
site-brand-logo-only"><a class="brand has-logo-image" href="https://bramblepatchhomestead.com/" rel="home"><img width="300" height="90"
src="https://bramblepatchhomestead.com/wp-content/uploads/2024/01/bramble-logo.png" class="custom-logo" alt="The Bramble Patch Homestead"></a></div></div></div>
<div class="site-header-main-section-right site-header-section site-header-section-right"><div class="site-header-item site-header-focus-item
site-header-item-main-navigation header-navigation-layout-stretch-false" data-section="kadence_customizer_primary_navigation"><nav id="site-navigation"
class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard" role="navigation" aria-label="Primary Navigation">
<div class="primary-menu-container header-menu-container"><ul id="primary-menu"
class="menu">${links(kNav, 'menu-item menu-item-type-taxonomy')}</ul></div></nav></div>
<div class="site-header-item site-header-focus-item" data-section="kadence_customizer_header_search"><div class="search-toggle-open-container"><button
class="search-toggle-open drawer-toggle search-toggle-style-default" aria-label="View Search Form" data-toggle-target="#search-drawer"><span
class="kadence-svg-iconset">
<svg aria-hidden="true" class="kadence-svg-icon kadence-search-svg"></svg></span></button></div></div></div></div></div></div></div></div></div></div></header>
<div id="inner-wrap" class="wrap hfeed kt-clear"><div id="primary" class="content-area"><div class="content-container site-container"><main id="main"
class="site-main" role="main">
<div class="content-wrap"><article id="post-2291"
class="entry content-bg single-entry post-2291 post type-post status-publish format-standard has-post-thumbnail
category-goats tag-diy-projects"><div class="entry-content-wrap"><header class="entry-header post-title title-align-inherit title-tablet-align-inherit">
<nav id="kadence-breadcrumbs" aria-label="Breadcrumbs" class="kadence-breadcrumbs"><div class="kadence-breadcrumb-container"><span><a href="/" itemprop="url"
class="kadence-bc-home"><span>Home</span></a></span> <span class="bc-delimiter">/</span> <span><a href="/category/goats/"><span>Goats</span></a></span>
<span class="bc-delimiter">/</span> <span class="kadence-bread-current">${kTitle}</span></div></nav>
<div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a href="/category/goats/" rel="tag">Goats</a></span></div>
<h1 class="entry-title">${kTitle}</h1><div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span>
<span class="author vcard"><a class="url fn n" href="/author/wren/">Wren Haddock</a></span></span><span class="posted-on"><time class="entry-date published"
datetime="2027-02-11T08:00:00+00:00">February 11, 2027</time></span></div></header>
<div class="entry-content single-content">
${render(kParts.slice(0, 2))}
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="768" src="/wp-content/uploads/2027/02/pallet-feeder-1024x768.jpg"
alt="Pallet hay feeder">
<figcaption class="wp-element-caption">${kCap}</figcaption></figure>
<div class="adthrive-ad adthrive-content adthrive-content-1" data-google-query-id="CJbX8q" style="min-height:250px"></div>
${render(kParts.slice(2), { h: ' class="wp-block-heading"', list: ' class="wp-block-list"' })}
</div><footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Post Tags:</span>
<a href="/tag/diy-projects/" class="tag-link" rel="tag"><span class="tag-hash">#</span>DIY projects</a><a href="/tag/winter-feeding/" class="tag-link"
rel="tag">
<span class="tag-hash">#</span>winter feeding</a></span></div></footer></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous">
<a href="/milking-stand/" rel="prev"><div class="post-navigation-sub"><small>Previous</small></div>${kPrev}</a></div><div class="nav-next"><a
href="/deep-litter-goat-shed/"
rel="next"><div class="post-navigation-sub"><small>Next</small></div>${kNext}</a></div></div></nav>
<div class="entry-author entry-author-style-normal"><div class="entry-author-profile author-profile vcard"><div class="entry-author-avatar"><img alt=""
src="https://secure.gravatar.com/avatar/wren?s=80" class="avatar" height="80" width="80"></div><b class="entry-author-name author-name fn"><a
href="/author/wren/">Wren
Haddock</a></b><div class="entry-author-description author-bio"><p>${kBio}</p></div></div></div>
<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container"><div
class="entry-related-inner-content
alignwide"><h2 class="entry-related-title">Similar Posts</h2><div class="entry-related-carousel kadence-slide-init splide"><div class="splide__track"><ul
class="splide__list">
${kSim
  .map(
    (t) => `<li class="splide__slide"><article class="entry content-bg loop-entry post"><div class="entry-content-wrap"><header
class="entry-header"><h3 class="entry-title"><a href="/${t.length}/" rel="bookmark">${t}</a></h3></header></div></article></li>`,
  )
  .join('\n')}
</ul></div></div></div></div></div>
<div id="comments" class="comments-area"><h2 class="comments-title">3 Comments</h2><ol class="comment-list">
${kComment(kComments[0] ?? ['', '', '', 1], 0)}<ol class="children">${kComment(kComments[1] ?? ['', '', '', 2], 1)}</li></ol></li>
${kComment(kComments[2] ?? ['', '', '', 1], 2)}</li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link"
href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked
<span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label>
<textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="comment-form-author"><label for="author">Name <span
class="required">*</span>
</label><input id="author" name="author" type="text" required></p><p class="comment-form-email"><label for="email">Email <span class="required">*</span></label>
<input id="email" name="email" type="email" required></p><p class="comment-form-url"><label for="url">Website</label><input id="url" name="url" type="url"></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"><label
for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</div></main></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="site-bottom-footer-wrap site-footer-row-container
site-footer-focus-item site-footer-row-layout-standard" data-section="kadence_customizer_footer_bottom"><div class="site-footer-row-container-inner"><div
class="site-container">
<div class="site-bottom-footer-inner-wrap site-footer-row site-footer-row-columns-1"><div
class="site-footer-bottom-section-1 site-footer-section footer-section-inner-items-1">
<div class="footer-widget-area site-info site-footer-focus-item" data-section="kadence_customizer_footer_html"><div class="footer-html inner-link-style-normal">
<div class="footer-html-inner"><p>&copy; 2027 The Bramble Patch Homestead - WordPress Theme by <a href="https://www.kadencewp.com/" rel="nofollow noopener"
target="_blank">Kadence WP</a></p></div></div></div></div></div></div></div></div></div></footer></div>
<script src="https://bramblepatchhomestead.com/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.9" id="kadence-navigation-js"
async></script></body></html>`;
const kadence: TestPage = {
  name: 'heldout457-kadence-hay-feeder',
  kind: 'blog',
  html: kHtml,
  title: "How we built a pallet hay feeder our goats can't waste",
  headings: headingsOf(kParts),
  body: bodyOf(kParts),
  bylines: ['By Wren Haddock', 'February 11, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Start Here', 'Poultry', 'Garden', 'Recipes', 'Home', kCap, 'Post Tags:', '#DIY projects', '#winter feeding',
    'Post navigation', 'Previous', kPrev, 'Next', kNext, kBio, 'Similar Posts', ...kSim, '3 Comments', ...kComments.flatMap(([w, d, t]) => [w, d, t]),
    'says:', 'Reply', 'Leave a Reply', 'Your email address will not be published.', 'Required fields are marked *', 'Comment *', 'Name *', 'Email *',
    'Website', 'Save my name, email, and website in this browser for the next time I comment.',
    '© 2027 The Bramble Patch Homestead - WordPress Theme by Kadence WP',
  ].filter((t) => t !== 'Wren Haddock'),
};

export const HELDOUT457_C: readonly TestPage[] = [kadence];
