import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout712-kit.js';

/**
 * Held-out batch 712, file c: a bath resealing how-to on a DIY blog running WordPress with the Kadence theme (breadcrumbs,
 * posted and updated meta, affiliate disclosure, Kadence Blocks table of contents and info box, two AAWP Amazon product boxes
 * inside the content, share buttons, tags, author box, post navigation, "Similar Posts", comments and the comment form),
 * and a renter's year of damp readings on a Bear Blog (date line, table, footnote, tags, the toast button and footer).
 */
const kTitle = 'How to Reseal a Bath (and Get a Neat Silicone Line First Time)';
const kIntro = [
  j(
    'There is no quicker way to make a bathroom look tired than a grey, peeling line of silicone around the bath. The good news is',
    'that resealing it is one of the cheapest jobs in the house. The bad news is that most people, me included the first time, end',
    'up with a lumpy bead and silicone on their fingers, the taps and somehow the cat.',
  ),
  j(
    'I have resealed six baths and two shower trays in the last few years, in our house and in my parents’. This is the method that',
    'finally works for me every time. Set aside an afternoon for the work and a full day for the silicone to cure.',
  ),
];
const kNeed = 'What You’ll Need';
const kNeeds = [
  'A tube of sanitary silicone with fungicide, in white or clear',
  'A sealant gun',
  'A silicone removal tool, or a sharp utility knife with a new blade',
  'Silicone remover gel, if the old bead is stubborn',
  'Low-tack masking tape',
  'A caulk finishing tool (a lolly stick works at a push)',
  'Methylated spirits and a lint-free cloth',
];
const kSteps: [string, string[]][] = [
  [
    'Step 1: Cut Out the Old Sealant',
    [
      j(
        'Run the knife or removal tool along both edges of the old bead, where it meets the tiles and the bath, then pull it away in',
        'long strips. Whatever stays behind, soften with remover gel for a couple of hours and scrape off with a plastic scraper. Do',
        'not use a metal scraper on an acrylic bath; it scratches far more easily than you would think.',
      ),
    ],
  ],
  [
    'Step 2: Clean and Dry the Joint',
    [
      j(
        'New silicone will not stick to soap, old silicone or damp. Wipe the joint with methylated spirits, let it dry, and then give',
        'it another hour. If there is black mould in the gap, treat it with a mould remover first and rinse well.',
      ),
    ],
  ],
];
const kBoxTitle = 'Fill the Bath Before You Start';
const kBoxText = j(
  'A bath drops slightly when it is full of water and a person. Fill it to the overflow before you seal and leave it full until the',
  'silicone has cured. Otherwise the bead gets stretched, and eventually torn, the first time someone gets in.',
);
const kSteps2: [string, string[]][] = [
  [
    'Step 3: Tape Both Sides',
    [
      j(
        'Run a line of masking tape along the tiles and another along the bath, leaving a gap of about 6mm. This is the secret to a',
        'straight line, and it takes ten minutes. Press the tape down firmly so the silicone cannot creep underneath.',
      ),
    ],
  ],
  [
    'Step 4: Apply the Silicone',
    [
      j(
        'Cut the nozzle at 45 degrees, slightly narrower than the gap. Push the gun along the joint rather than pulling it, at a',
        'steady speed, so the silicone is forced into the gap instead of being laid on top of it.',
      ),
      'Do one side of the bath at a time. Silicone starts to skin after about ten minutes, and you need to smooth it before it does.',
    ],
  ],
  [
    'Step 5: Smooth, Then Pull the Tape',
    [
      j(
        'Spray the bead lightly with water and a drop of washing-up liquid, then draw the finishing tool along it in one movement.',
        'Wipe the excess off the tool as you go. Pull the tape off straight away, away from the bead and at a low angle, while the',
        'silicone is still wet.',
      ),
    ],
  ],
  [
    'How Long Before I Can Use the Bath?',
    [
      j(
        'Most sanitary silicones are touch-dry in an hour but need 24 hours to cure fully. Leave the bath full and unused for that',
        'time, then drain it and enjoy the first bath in a bathroom that suddenly looks five years younger.',
      ),
    ],
  ],
];
type Aawp = { title: string; ribbon: string; reviews: string; desc: string[]; old: string; price: string };
const kProducts: Aawp[] = [
  {
    title: 'Duraseal Pro Sanitary Silicone Sealant, White, 310ml',
    ribbon: 'Bestseller No. 1',
    reviews: '2,314 Reviews',
    desc: ['Anti-mould formula for baths, showers and sinks', 'Touch-dry in 30 minutes'],
    old: '£12.99',
    price: '£9.49',
  },
  {
    title: 'Kestrel Caulk Finisher Tool Set, 3 Pieces',
    ribbon: 'Bestseller No. 2',
    reviews: '876 Reviews',
    desc: ['Three profiles for different joint widths', 'Flexible silicone edges'],
    old: '£8.99',
    price: '£6.79',
  },
];
const kDisclaimer = 'Last update on 2027-03-05 / Affiliate links / Images from Amazon Product Advertising API';
const aawp = (p: Aawp): string => `<div class="aawp"><div class="aawp-product aawp-product--horizontal aawp-product--ribbon aawp-product--bestseller"
data-aawp-product-asin="B0C${p.price.replace(/\D/g, '')}X" data-aawp-tracking-id="workbench-21" data-aawp-product-title="${p.title}">
<span class="aawp-product__ribbon aawp-product__ribbon--bestseller">${p.ribbon}</span>
<div class="aawp-product__thumb"><a class="aawp-product__image-link" href="https://www.amazon.co.uk/dp/B0C${p.price.replace(/\D/g, '')}X?tag=workbench-21"
title="${p.title}" rel="nofollow noopener sponsored" target="_blank"><img class="aawp-product__image" src="https://m.media-amazon.com/images/I/51x.jpg"
alt="${p.title}"></a><div class="aawp-product__rating"><div class="aawp-star-rating aawp-star-rating--small"><span style="width: 90%;"></span></div><span
class="aawp-product__reviews">${p.reviews}</span></div></div>
<div class="aawp-product__content"><a class="aawp-product__title" href="https://www.amazon.co.uk/dp/B0C${p.price.replace(/\D/g, '')}X?tag=workbench-21"
rel="nofollow noopener sponsored" target="_blank">${p.title}</a><div class="aawp-product__description"><ul>${lis(p.desc)}</ul></div></div>
<div class="aawp-product__footer"><div class="aawp-product__pricing"><span class="aawp-product__price aawp-product__price--old">${p.old}</span><span
class="aawp-product__price aawp-product__price--current">${p.price}</span></div><a class="aawp-button aawp-button--buy aawp-button aawp-button--amazon
aawp-button--icon aawp-button--icon-black" href="https://www.amazon.co.uk/dp/B0C${p.price.replace(/\D/g, '')}X?tag=workbench-21" title="Buy on Amazon"
target="_blank" rel="nofollow noopener sponsored">Buy on Amazon</a></div></div></div>
<p class="aawp-disclaimer">${kDisclaimer}</p>`;
const kNav = ['Bathroom', 'Kitchen', 'Decorating', 'Garden', 'Tools', 'About'];
const kSimilar: [string, string, string][] = [
  ['Bathroom', 'How to Regrout Tiles Without Removing Them', 'January 12, 2027'],
  ['Bathroom', 'Fixing a Dripping Mixer Tap in Twenty Minutes', 'October 3, 2026'],
  ['Tools', 'The Only Five Hand Tools a New Homeowner Needs', 'August 21, 2026'],
];
const kComments: [string, string, string][] = [
  ['Sandra P', 'March 8, 2027 at 7:14 pm', 'The tip about filling the bath first! Our last seal split within a month and now I know why. Thank you.'],
  ['Rob Haddon', 'March 8, 2027 at 9:02 pm', 'It catches everyone out, Sandra. Hope the new one lasts a lot longer.'],
];
const kFormLabels = [
  'Leave a Reply',
  'Cancel reply',
  'Your email address will not be published. Required fields are marked *',
  'Comment *',
  'Name *',
  'Email *',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
];
const kH = (t: string): string => `<h2 class="wp-block-heading" id="${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${t}</h2>`;
const kSec = ([h, p]: [string, string[]]): string => `${kH(h)}\n${ps(p)}`;
const kAllHeads = [kNeed, ...kSteps.map(([h]) => h), ...kSteps2.map(([h]) => h)];
const kMenu = (id: string): string => `<ul id="${id}" class="menu">${links(kNav, 'menu-item menu-item-type-taxonomy menu-item-object-category')}</ul>`;
const kHtml = `<!doctype html>
<html lang="en-GB" class="no-js" itemtype="https://schema.org/Blog" itemscope><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<title>How to Reseal a Bath (and Get a Neat Silicone Line First Time) - The Weekend Workbench</title>
<meta name="description" content="A step-by-step guide to resealing a bath with silicone.">
<link rel="canonical" href="https://weekendworkbench.co.uk/how-to-reseal-a-bath/"><meta property="og:locale" content="en_GB">
<meta property="og:type" content="article"><meta property="og:title" content="${kTitle}"><meta property="og:site_name" content="The Weekend Workbench">
<meta property="article:published_time" content="2026-05-18T07:00:00+00:00"><meta property="article:modified_time" content="2027-03-01T10:20:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${kTitle}",
"datePublished":"2026-05-18T07:00:00+00:00","dateModified":"2027-03-01T10:20:00+00:00","author":{"name":"Rob Haddon"}},{"@type":"BreadcrumbList"}]}</script>
<link rel='stylesheet' id='kadence-global-css' href='https://weekendworkbench.co.uk/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9' media='all'>
<link rel='stylesheet' id='kadence-blocks-tableofcontents-css'
href='https://weekendworkbench.co.uk/wp-content/plugins/kadence-blocks/dist/style-blocks-tableofcontents.css?ver=3.2.38' media='all'>
<link rel='stylesheet' id='aawp-css' href='https://weekendworkbench.co.uk/wp-content/plugins/aawp/assets/dist/css/main.css?ver=3.19.2' media='all'>
<script id="kadence-navigation-js-extra">var kadenceConfig = {"screenReader":{"expand":"Child menu","expandOf":"Child menu of","collapse":"Child menu",
"collapseOf":"Child menu of"},"breakPoints":{"desktop":"1024","tablet":768},"scrollOffset":"0"};</script>
<meta name="generator" content="WordPress 6.7.2"></head>
<body class="post-template-default single single-post postid-2210 single-format-standard wp-custom-logo wp-embed-responsive footer-on-bottom
hide-focus-outline link-style-standard content-title-style-normal content-width-narrow content-style-boxed content-vertical-padding-show
non-transparent-header mobile-non-transparent-header">
<div id="wrapper" class="site wp-site-blocks"><a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope><div id="main-header" class="site-header-wrap"><div
class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div class="site-header-upper-inner-wrap"><div class="site-main-header-wrap
site-header-row-container site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_main"><div
class="site-header-row-container-inner"><div class="site-container"><div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides
site-header-row-no-center"><div class="site-header-main-section-left site-header-section site-header-section-left"><div class="site-header-item
site-header-focus-item" data-section="title_tagline"><div class="site-branding branding-layout-standard"><a class="brand" href="https://weekendworkbench.co.uk/"
rel="home"><div class="site-title-wrap"><p class="site-title">The Weekend Workbench</p><p class="site-description">Honest DIY for people with day
jobs</p></div></a></div></div></div><div class="site-header-main-section-right site-header-section site-header-section-right"><div class="site-header-item
site-header-focus-item site-header-item-main-navigation header-navigation-layout-stretch-false header-navigation-layout-fill-stretch-false"
data-section="kadence_customizer_primary_navigation"><nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub
header-navigation-style-standard header-navigation-dropdown-animation-none" role="navigation" aria-label="Primary Navigation"><div class="primary-menu-container
header-menu-container">${kMenu('primary-menu')}</div></nav></div></div></div></div></div></div></div></div></div></div>
<div id="mobile-header" class="site-mobile-header-wrap"><div class="site-header-item site-header-focus-item site-header-item-navgation-popup-toggle"
data-section="kadence_customizer_mobile_trigger"><div class="mobile-toggle-open-container"><button id="mobile-toggle" class="menu-toggle-open drawer-toggle
menu-toggle-style-default" aria-label="Open menu" data-toggle-target="#mobile-drawer" data-toggle-body-class="showing-popup-drawer-from-right"
aria-expanded="false"><span class="menu-toggle-icon"><span class="kadence-svg-iconset"><svg aria-hidden="true" class="kadence-svg-icon
kadence-menu-svg"><title>Toggle Menu</title></svg></span></span></button></div></div></div></header>
<div id="inner-wrap" class="wrap kt-clear"><div id="primary" class="content-area"><div class="content-container site-container"><main id="main"
class="site-main" role="main"><div class="content-wrap"><article id="post-2210" class="entry content-bg single-entry post-2210 post type-post status-publish
format-standard has-post-thumbnail hentry category-bathroom tag-bathroom tag-silicone"><div class="entry-content-wrap">
<header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
<nav id="kadence-breadcrumbs" aria-label="Breadcrumbs" class="kadence-breadcrumbs"><div class="kadence-breadcrumb-container"><span><a
href="https://weekendworkbench.co.uk/" itemprop="url" class="kadence-bc-home"><span>Home</span></a></span> <span class="bc-delimiter">/</span> <span><a
href="https://weekendworkbench.co.uk/category/bathroom/"><span>Bathroom</span></a></span> <span class="bc-delimiter">/</span> <span
class="kadence-bread-current">${kTitle}</span></div></nav>
<div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a href="https://weekendworkbench.co.uk/category/bathroom/"
rel="tag">Bathroom</a></span></div>
<h1 class="entry-title">${kTitle}</h1>
<div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span><span class="author vcard"><a class="url fn n"
href="https://weekendworkbench.co.uk/author/rob/">Rob Haddon</a></span></span><span class="posted-on"><time class="entry-date published"
datetime="2026-05-18T07:00:00+00:00">May 18, 2026</time></span><span class="updated-on"><span class="meta-label">Updated On</span><time class="entry-date
updated" datetime="2027-03-01T10:20:00+00:00">March 1, 2027</time></span></div></header>
<div class="post-thumbnail article-post-thumbnail kadence-thumbnail-position-below kadence-thumbnail-ratio-2-3"><div class="post-thumbnail-inner"><img
width="1200" height="800" src="https://weekendworkbench.co.uk/wp-content/uploads/2026/05/reseal-bath-hero.jpg" class="post-top-featured wp-post-image"
alt="A fresh white silicone bead along the edge of a bath" decoding="async"></div></div>
<div class="entry-content single-content">
<p class="has-small-font-size"><em>This post contains affiliate links. As an Amazon Associate I earn from qualifying purchases, at no extra cost to
you.</em></p>
${ps(kIntro)}
<nav class="wp-block-kadence-tableofcontents kb-table-of-content-nav kb-table-of-content-id2210_7a1c-4e" role="navigation" aria-label="Table of Contents"><div
class="kb-table-of-content-wrap"><div class="kb-table-of-contents-title-wrap kb-toggle-icon-style-arrow"><span class="kb-table-of-contents-title">Table of
Contents</span><button class="kb-table-of-contents-icon-trigger kb-table-of-contents-toggle" aria-expanded="true" aria-label="Collapse Table of
Contents"></button></div><ul class="kb-table-of-content-list kb-table-of-content-list-columns-1 kb-table-of-content-list-style-disc
kb-table-of-content-link-style-plain">${kAllHeads
  .map((h) => `<li><a class="kb-table-of-contents__entry" href="#${h.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${h}</a></li>`)
  .join('\n')}</ul></div></nav>
${kH(kNeed)}
<ul class="wp-block-list">${lis(kNeeds)}</ul>
${kProducts.map(aawp).join('\n')}
${kSec(kSteps[0] ?? ['', []])}
${kSec(kSteps[1] ?? ['', []])}
<div class="wp-block-kadence-infobox kt-info-box2210_3b7e-0d"><span class="kt-blocks-info-box-link-wrap info-box-link kt-blocks-info-box-media-align-left
kt-info-halign-left"><div class="kt-blocks-info-box-media-container"><div class="kt-blocks-info-box-media kt-info-media-animate-none"><div
class="kadence-info-box-icon-container kt-info-icon-animate-none"><div class="kadence-info-box-icon-inner-container"><span class="kb-svg-icon-wrap
kb-svg-icon-fe_alertCircle kt-info-svg-icon"><svg viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="10"></circle></svg></span></div></div></div>
</div>
<div class="kt-infobox-textcontent"><h3 class="kt-blocks-info-box-title">${kBoxTitle}</h3><p class="kt-blocks-info-box-text">${kBoxText}</p></div></span></div>
${kSteps2.map(kSec).join('\n')}
<p>${j(
  'If you found this useful, my guide to <a href="https://weekendworkbench.co.uk/regrout-tiles/">regrouting tiles without removing',
  'them</a> is the natural next job.',
)}</p>
</div>
<footer class="entry-footer"><div class="dpsp-content-wrapper dpsp-shape-rounded dpsp-size-small dpsp-has-buttons-count"><p class="dpsp-share-text">Sharing
is caring!</p><ul class="dpsp-networks-btns-wrapper dpsp-networks-btns-share"><li class="dpsp-network-list-item dpsp-network-list-item-pinterest"><a
class="dpsp-network-btn dpsp-pinterest" href="#" rel="nofollow noopener" title="Save to Pinterest"><span class="dpsp-network-label">Pin</span><span
class="dpsp-network-count">287</span></a></li><li class="dpsp-network-list-item dpsp-network-list-item-facebook"><a class="dpsp-network-btn dpsp-facebook"
href="https://www.facebook.com/sharer/sharer.php?u=x" rel="nofollow noopener" title="Share on Facebook"><span class="dpsp-network-label">Share</span><span
class="dpsp-network-count">25</span></a></li></ul></div>
<div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Post Tags:</span><a
href="https://weekendworkbench.co.uk/tag/bathroom/" title="Bathroom" class="tag-link tag-item-bathroom" rel="tag"><span class="tag-hash">#</span>Bathroom</a><a
href="https://weekendworkbench.co.uk/tag/silicone/" title="Silicone" class="tag-link tag-item-silicone" rel="tag"><span
class="tag-hash">#</span>Silicone</a></span></div></footer>
</div></article>
<div class="entry-author entry-author-style-normal"><div class="entry-author-profile author-profile vcard"><div class="entry-author-avatar"><img alt=""
src="https://secure.gravatar.com/avatar/9b2e?s=160&amp;d=mm&amp;r=g" class="avatar avatar-80 photo" height="80" width="80"></div><b class="entry-author-name
author-name fn"><a href="https://weekendworkbench.co.uk/author/rob/" title="Posts by Rob Haddon" class="author url fn" rel="author">Rob Haddon</a></b><div
class="entry-author-description author-bio"><p>Rob is a secondary school physics teacher who spends his weekends slowly renovating a 1930s semi in
Kettering. He writes up every job, including the ones that went wrong.</p></div></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div
class="nav-previous"><a href="https://weekendworkbench.co.uk/fix-sticking-door/" rel="prev"><div class="post-navigation-sub"><small><span
class="kadence-svg-iconset svg-baseline"><svg aria-hidden="true" class="kadence-svg-icon kadence-arrow-left-alt-svg"><title>Previous</title></svg>
</span>Previous</small></div>How
to Fix a Door That Sticks in Winter</a></div><div class="nav-next"><a href="https://weekendworkbench.co.uk/regrout-tiles/" rel="next"><div
class="post-navigation-sub"><small>Next<span class="kadence-svg-iconset svg-baseline"><svg aria-hidden="true" class="kadence-svg-icon
kadence-arrow-right-alt-svg"><title>Continue</title></svg></span></small></div>How to Regrout Tiles Without Removing Them</a></div></div></nav>
<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container"><div
class="entry-related-inner-content alignwide"><h2 class="entry-related-title">Similar Posts</h2><div class="entry-related-carousel kadence-slide-init splide"
data-columns-xxl="3"><div class="splide__track"><ul class="splide__list">${kSimilar
  .map(
    ([c, t, d]) => `<li class="entry-list-item carousel-item splide__slide"><article class="entry content-bg loop-entry post type-post status-publish"><div
class="entry-content-wrap"><header class="entry-header"><div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a
href="https://weekendworkbench.co.uk/category/${c.toLowerCase()}/" rel="tag">${c}</a></span></div><h3 class="entry-title"><a
href="https://weekendworkbench.co.uk/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/" rel="bookmark">${t}</a></h3><div class="entry-meta
entry-meta-divider-dot"><span class="posted-on"><time class="entry-date published">${d}</time></span></div></header></div></article></li>`,
  )
  .join('\n')}</ul></div></div></div></div></div>
<div id="comments" class="comments-area"><h2 class="comments-title">2 Comments</h2><ol class="comment-list">${kComments
  .map(
    (
      [a, d, c],
      i,
    ) => `<li id="comment-10${i}" class="comment ${i === 1 ? 'byuser comment-author-rob bypostauthor odd alt depth-2' : 'even thread-even depth-1'}">
<article id="div-comment-10${i}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt=""
src="https://secure.gravatar.com/avatar/${i}?s=60" class="avatar avatar-60 photo" height="60" width="60"><b class="fn">${a}</b> <span
class="says">says:</span></div><div class="comment-metadata"><a href="https://weekendworkbench.co.uk/how-to-reseal-a-bath/#comment-10${i}"><time
datetime="2027-03-08T19:14:00+00:00">${d}</time></a></div></footer><div class="comment-content"><p>${c}</p></div><div class="reply"><a rel="nofollow"
class="comment-reply-link" href="#comment-10${i}" aria-label="Reply to ${a}">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">${at(kFormLabels, 0)} <small><a rel="nofollow"
id="cancel-comment-reply-link" href="/how-to-reseal-a-bath/#respond" style="display:none;">${at(kFormLabels, 1)}</a></small></h3><form
action="https://weekendworkbench.co.uk/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span
id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span
class="required">*</span></span></p><p class="comment-form-comment comment-form-float-label"><textarea id="comment" name="comment"
required></textarea><label class="float-label" for="comment">Comment <span class="required">*</span></label></p><div
class="comment-input-wrap has-url-field"><p class="comment-form-author"><input id="author" name="author" type="text" required><label class="float-label"
for="author">Name <span class="required">*</span></label></p><p class="comment-form-email"><input id="email" name="email" type="email" required><label
class="float-label" for="email">Email <span class="required">*</span></label></p><p class="comment-form-url"><input id="url" name="url" type="url"><label
class="float-label" for="url">Website</label></p></div><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent"
name="wp-comment-cookies-consent" type="checkbox" value="yes"><label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the
next time I comment.</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</div></div></main></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="site-bottom-footer-wrap site-footer-row-container
site-footer-focus-item site-footer-row-layout-standard site-footer-row-tablet-layout-default site-footer-row-mobile-layout-default"
data-section="kadence_customizer_footer_bottom"><div class="site-footer-row-container-inner"><div class="site-container"><div
class="site-bottom-footer-inner-wrap
site-footer-row site-footer-row-columns-1 site-footer-row-column-layout-row site-footer-row-tablet-column-layout-default
site-footer-row-mobile-column-layout-row ft-ro-dir-row ft-ro-collapse-normal ft-ro-t-dir-default ft-ro-m-dir-default ft-ro-lstyle-plain"><div
class="site-footer-bottom-section-1 site-footer-section footer-section-inner-items-1"><div class="footer-widget-area site-info site-footer-focus-item
content-align-default content-tablet-align-default content-mobile-align-default content-valign-default content-tablet-valign-default
content-mobile-valign-default" data-section="kadence_customizer_footer_html"><div class="footer-widget-area-inner site-info-inner"><div class="footer-html
inner-link-style-normal"><div class="footer-html-inner"><p>&copy; 2027 The Weekend Workbench - WordPress Theme by <a href="https://www.kadencewp.com/"
rel="nofollow noopener" target="_blank">Kadence WP</a></p></div></div></div></div></div></div></div></div></div></div></footer></div>
<div id="mobile-drawer" class="popup-drawer popup-drawer-layout-sidepanel popup-drawer-animation-fade popup-drawer-side-right"
data-drawer-target-string="#mobile-drawer">
<div class="drawer-overlay" data-drawer-target-string="#mobile-drawer"></div><div class="drawer-inner"><div class="drawer-header"><button
class="menu-toggle-close
drawer-toggle" aria-label="Close menu" data-toggle-target="#mobile-drawer" data-toggle-body-class="showing-popup-drawer-from-right" aria-expanded="false"><span
class="toggle-close-bar"></span><span class="toggle-close-bar"></span></button></div><div class="drawer-content mobile-drawer-content content-align-left
content-valign-top"><div class="site-header-item site-header-focus-item site-header-item-mobile-navigation mobile-navigation-layout-stretch-false"
data-section="kadence_customizer_mobile_navigation"><nav id="mobile-site-navigation" class="mobile-navigation drawer-navigation
drawer-navigation-parent-toggle-false"
role="navigation" aria-label="Primary Mobile Navigation"><div class="mobile-menu-container drawer-menu-container">${kMenu('mobile-menu')}</div></nav></div>
</div></div></div>
<script id="kadence-navigation-js" src="https://weekendworkbench.co.uk/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.9" async></script>
</body></html>`;
const kadence: TestPage = gold({
  name: 'heldout712-kadence-reseal-bath',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: [kNeed, ...kSteps.map(([h]) => h), kBoxTitle, ...kSteps2.map(([h]) => h)],
  body: texts([
    ...kIntro,
    ...kNeeds,
    ...kSteps.flatMap(([, p]) => p),
    kBoxText,
    ...kSteps2.flatMap(([, p]) => p),
    'If you found this useful, my guide to regrouting tiles without removing them is the natural next job.',
  ]),
  bylines: ['By', 'Rob Haddon', 'May 18, 2026', 'Updated On', 'March 1, 2027', ...kComments.flatMap((c) => c.slice(0, 2))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'The Weekend Workbench', 'Honest DIY for people with day jobs', ...kNav, 'Home', 'Bathroom',
    'This post contains affiliate links. As an Amazon Associate I earn from qualifying purchases, at no extra cost to you.', 'Table of Contents',
    ...kProducts.flatMap((p) => [p.ribbon, p.reviews, p.title, ...p.desc, p.old, p.price]), 'Buy on Amazon', kDisclaimer, 'Sharing is caring!', 'Pin', '287',
    'Share', '25', 'Post Tags:', 'Silicone',
    'Rob is a secondary school physics teacher who spends his weekends slowly renovating a 1930s semi in Kettering. He writes up every job, including the '
      + 'ones that went wrong.',
    'Post navigation', 'Previous', 'How to Fix a Door That Sticks in Winter', 'Next', 'How to Regrout Tiles Without Removing Them', 'Similar Posts',
    ...kSimilar.flat(), '2 Comments', 'says:', ...kComments.map(([, , c]) => c), 'Reply', 'Leave a Reply',
    'Your email address will not be published. Required fields are marked *', 'Comment *', 'Name *', 'Email *', 'Website',
    'Save my name, email, and website in this browser for the next time I comment.', '© 2027 The Weekend Workbench - WordPress Theme by Kadence WP',
  ],
});

const bTitle = 'A year of damp readings in a rented flat';
const bIntro = [
  j(
    'Last February I bought a £14 hygrometer, put it on the bookshelf in the bedroom and started writing down the humidity every',
    'evening. I wanted to know whether the mould that comes back above our bedroom window every winter was our fault, as the',
    'letting agent kept hinting, or the flat’s.',
  ),
  'A year later I have 351 readings (I missed a fortnight in August), a spreadsheet, and an answer of sorts. This is what I found.',
];
const bH = ['The numbers', 'What made a difference', 'What didn’t', 'What happens now'];
const bNumbers = 'Here are the monthly averages for the bedroom, taken at about 10pm, for every other month:';
const bTable = [
  ['Month', 'Average humidity', 'Highest'],
  ['February', '68%', '79%'],
  ['April', '61%', '70%'],
  ['June', '55%', '63%'],
  ['August', '57%', '66%'],
  ['October', '64%', '75%'],
  ['December', '71%', '83%'],
];
const bAfter = j(
  'Anything above about 65% for long stretches is where mould starts to enjoy itself, and from October to March the bedroom was',
  'above that on most nights.',
);
const bHelped = [
  j(
    'Drying washing indoors raised the evening reading by 8 to 10 points. Moving the airer into the bathroom with the door shut',
    'and the fan on cut that to about 3.',
  ),
  'Opening the bedroom window for ten minutes in the morning lowered that evening’s reading by 4 points on average.',
  'Keeping the heating at a steady 17°C instead of blasting it for two hours a night helped more than I expected.',
  'The dehumidifier we borrowed from my sister pulled out almost a litre a day in December.',
];
const bDidnt = [
  j(
    'Anti-mould paint. We painted the wall above the window in November, with the agent’s permission, and by the end of January',
    'the spots were back, just a little lighter.',
  ),
  j(
    'The reason turned out to be the window itself. The frame has no trickle vents, and the wall around it is solid brick with no',
    'insulation. When a surveyor friend pointed a thermal camera at it, the corner above the window was 6°C colder than the rest of',
    'the wall.<sup class="footnote-ref" id="fnref-1"><a href="#fn-1">1</a></sup> No amount of airing in the evening changes that.',
  ),
];
const bNow = [
  j(
    'I sent the landlord the spreadsheet, the photos and the thermal image in January, along with a polite letter. To their credit,',
    'they have agreed to fit trickle vents and to line the wall with insulated plasterboard in the spring. I will keep the',
    'hygrometer where it is and write a follow-up next winter.',
  ),
  'If you rent and have the same argument every year, get a hygrometer. It is very hard to argue with a year of numbers.',
];
const bNote = 'He was careful to say that a thermal camera on a cold evening is a hint, not a diagnosis. But it is a very strong hint.';
const bTags = ['#renting', '#home', '#damp'];
const bHtml = `<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="shortcut icon" href="data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 100 100%22><text y=%22.9em%22
font-size=%2290%22>🐻</text></svg>">
<title>A year of damp readings in a rented flat | Wren's notes</title>
<meta name="slug" content="damp-readings">
<meta name="description" content="Last February I bought a £14 hygrometer, put it on the bookshelf in the bedroom and started writing down the humidity">
<meta property="og:title" content="${bTitle}"><meta property="og:type" content="article"><meta property="og:url"
content="https://wren.bearblog.dev/damp-readings/">
<meta property="og:site_name" content="Wren's notes"><meta name="twitter:card" content="summary">
<meta name="robots" content="index, follow"><link rel="canonical" href="https://wren.bearblog.dev/damp-readings/">
<style>
:root { --width: 720px; --font-main: Verdana, sans-serif; --background-color: #fff; --text-color: #444; }
body { font-family: var(--font-main); margin: auto; padding: 20px; max-width: var(--width); text-align: left; background-color: var(--background-color);
word-wrap: break-word; overflow-wrap: break-word; line-height: 1.5; color: var(--text-color); }
table { width: 100%; } .footnotes { font-size: 0.85em; }
</style>
</head>
<body>
<header>
<a class="title" href="/">
<h2>Wren's notes</h2>
</a>
<nav><p>
<a href="/">Home</a> <a href="/now/">Now</a> <a href="/blog/">Blog</a>
</p>
</nav>
</header>
<main>
<h1>${bTitle}</h1>
<p>
<i>
<time datetime="2027-02-21T09:14Z" style="color: gray;">21 Feb, 2027</time>
</i>
</p>
<content>
${ps(bIntro)}
<h2>${at(bH, 0)}</h2>
<p>${bNumbers}</p>
<table>
<thead>
<tr>
${(bTable[0] ?? []).map((c) => `<th>${c}</th>`).join('\n')}
</tr>
</thead>
<tbody>
${bTable
  .slice(1)
  .map((r) => `<tr>\n${r.map((c) => `<td>${c}</td>`).join('\n')}\n</tr>`)
  .join('\n')}
</tbody>
</table>
<p>${bAfter}</p>
<h2>${at(bH, 1)}</h2>
<ul>
${lis(bHelped)}
</ul>
<h2>${at(bH, 2)}</h2>
${ps(bDidnt)}
<h2>${at(bH, 3)}</h2>
${ps(bNow)}
<section class="footnotes">
<ol>
<li id="fn-1"><p>${bNote}<a href="#fnref-1" class="footnote">&#8617;</a></p></li>
</ol>
</section>
</content>
<p class="tags">
${bTags.map((t) => `<a href="https://wren.bearblog.dev/blog/?q=${t.slice(1)}">${t}</a>`).join('\n')}
</p>
<form id="upvote-form" action="/upvote/" method="post" style="display: inline">
<small>
<input hidden="" name="uid" value="Qk3vTzL8mH2pN9xR">
<input hidden="" name="title" value="${bTitle}">
<button class="upvote-button" title="Toast this post">
<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"
stroke-linecap="round" stroke-linejoin="round" class="css-i6dzq1"><polyline points="17 11 12 6 7 11"></polyline><polyline points="17 18 12 13 7
18"></polyline></svg>
<small class="upvote-count">41</small>
</button>
</small>
</form>
</main>
<footer>
<span><a href="mailto:wren.notes@fastmail.example?subject=A%20year%20of%20damp%20readings">Reply by email</a></span> ·
<span>Powered by <a href="https://bearblog.dev">Bear ʕ•ᴥ•ʔ</a></span>
</footer>
<script src="https://bearblog.dev/static/upvote.js"></script>
</body>
</html>`;
const bear: TestPage = gold({
  name: 'heldout712-bearblog-damp-readings',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: bH,
  body: texts([...bIntro, bNumbers, ...bTable.map((r) => r.join(' ')), bAfter, ...bHelped, ...bDidnt, ...bNow]),
  bylines: ['21 Feb, 2027'],
  furniture: ["Wren's notes", 'Home', 'Now', 'Blog', bNote, ...bTags, '41', 'Reply by email', 'Powered by Bear ʕ•ᴥ•ʔ'],
});

export const HELDOUT712_C: readonly TestPage[] = [kadence, bear];
