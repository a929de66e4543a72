import { links, ps, type TestPage, texts } from './page-kit.js';
import { furn, j, lis, rows, rowTexts } from './pages-heldout609-kit.js';

/**
 * Held-out batch 609, file a: an engraving price guide on a trophy shop's WordPress blog (GeneratePress, right sidebar,
 * Complianz cookie banner, comments), and a club awards order page on Shopify (Dawn) with a quote form.
 */
const gTitle = 'How Much Does Engraving Cost? Our 2026 Price Guide';
const gIntro = [
  j(
    'Every week somebody rings the shop and asks the same question: how much will it cost to engrave this? The honest answer is that it',
    'depends on the material, the method and how many letters you want, but that is not much help when you are planning a budget for a',
    'retirement gift or a season of club trophies. So here is the price list we actually use at the counter, with the reasons behind it.',
  ),
  j('All prices below are for work done in our Millbrook workshop and include cleaning and packing. They do not include the item itself', 'unless we say so.'),
];
const gLetterH = 'What we charge by the letter';
const gLetterP = j(
  'Most small jobs are priced per line or per block of characters. A character is any letter, number or punctuation mark; spaces are free.',
  'We round up to the next block, so 32 characters on a plate is charged as 40.',
);
const gTable = [
  ['Brass or aluminium plate, up to 30 characters', 'Rotary', '$6.50'],
  ['Each additional 10 characters', 'Rotary or laser', '$1.75'],
  ['Trophy cup, one side, up to 3 lines', 'Rotary', '$14.00'],
  ['Jewellery or pendant, up to 20 characters', 'Laser', '$18.00'],
  ['Pen, knife or tool handle', 'Laser', '$9.00'],
  ['Hip flask or tankard, one side', 'Rotary or laser', '$16.50'],
];
const gSetupH = 'Setup fees and artwork';
const gSetupP = j(
  'Plain text in one of our house fonts has no setup fee. Logos and crests are different: we have to clean up the artwork, convert it to',
  'vector paths and run a test piece, which takes time whether you order one plaque or a hundred.',
);
const gSetupList = [
  'Logo setup from a clean vector file (SVG, AI or PDF): $15, once',
  'Logo setup from a photo or scan: $35 to $60, depending on detail',
  'Signature or handwriting reproduction: $25',
  'Rush setup within 24 hours: add $20',
];
const gSetupP2 = 'We keep your artwork on file, so the setup fee is only charged the first time.';
const gGlassH = 'Glass and crystal';
const gGlassP = j(
  'Glass is priced by area rather than by character, because we sandblast or laser-etch the whole design at once. A wine glass or',
  'tumbler with a name and date is $12; a crystal award with a logo and four lines of text is usually between $30 and $45.',
  'Curved items cost more than flat ones because they have to be turned on the rotary attachment.',
);
const gClubH = 'Discounts for clubs and schools';
const gClubP = j(
  'Orders of 20 or more identical items get 15% off the engraving, and 50 or more get 25% off. Registered clubs, schools and charities',
  'get a further 10% if they send the list of names as a spreadsheet, because it saves us a lot of typing and checking.',
);
const gNotH = 'What is not included';
const gNotList = [
  'Removing old engraving before re-engraving (from $8 a plate)',
  'Postage and courier charges',
  'Gift wrapping and presentation boxes',
  'Corrections to spelling that was wrong on the order form you signed',
];
const gEnd = j(
  'If your job is not on this list, send us a photo of the item and what you want on it. We will reply with a fixed price within one',
  'working day, and that is the price you pay.',
);
const gNav = ['Home', 'Trophies', 'Engraving', 'Glass', 'Blog', 'Contact'];
const gRecent = ['Caring for Pewter Tankards', 'Why We Stopped Using Plastic Plates', 'Five Trophy Ideas for a Junior League'];
const gCats = ['Guides', 'Shop News', 'Workshop'];
const gComments = [
  ['Marcy Ellender', 'March 5, 2026 at 9:12 am', 'Really useful, thank you. Does the club discount apply to medals as well as trophies?'],
  ['Ashdown Engraving Co.', 'March 5, 2026 at 11:40 am', 'Hi Marcy, yes it does: any 20 identical items, medals included.'],
];
const gComHtml = gComments
  .map(([who, when, text], i) =>
    [
      `<li id="comment-${310 + i}" class="comment even thread-even depth-1"><article class="comment-body" id="div-comment-${310 + i}">`,
      `<footer class="comment-meta"><div class="comment-author-info"><div class="comment-author vcard"><cite itemprop="name" class="fn">${who}</cite></div>`,
      `<div class="entry-meta comment-metadata"><a href="#comment-${310 + i}"><time>${when}</time></a></div></div></footer>`,
      `<div class="comment-content" itemprop="text"><p>${text}</p><span class="reply"><a class="comment-reply-link" href="#respond">Reply</a></span></div>`,
      `</article></li>`,
    ].join(''),
  )
  .join('\n');
const gFurnComments = gComments.flatMap((c) => c);
const gHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gTitle} - Ashdown Engraving Co.</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://ashdownengraving.com/engraving-price-guide/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${gTitle}",
"author":{"name":"Dana Whitcombe"},"datePublished":"2026-03-03T08:00:00+00:00"}]}</script>
<link rel='stylesheet' id='generate-style-css' href='https://ashdownengraving.com/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0'
media='all'>
<style id='generate-style-inline-css'>body{background-color:#f7f8f9;color:#222}.entry-title{font-size:34px}</style>
<link rel='stylesheet' id='cmplz-general-css' href='https://ashdownengraving.com/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css'
media='all'>
</head>
<body class="post-template-default single single-post postid-1184 single-format-standard wp-embed-responsive right-sidebar nav-float-right
separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline">
<a href="https://ashdownengraving.com/" rel="home">Ashdown Engraving Co.</a></p><p class="site-description" itemprop="description">Trophies, plaques and
engraving since 1987</p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
<span class="gp-icon icon-menu-bars"><svg viewBox="0 0 512 512" aria-hidden="true"></svg></span><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-primary" class="menu sf-menu">${links(gNav, 'menu-item menu-item-type-post_type')}</ul></div></div></nav>
</div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-1184" class="post-1184 post type-post status-publish format-standard has-post-thumbnail hentry category-guides"
itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${gTitle}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-03-03T08:00:00+00:00" itemprop="datePublished">March 3,
2026</time></span>
<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n"
href="https://ashdownengraving.com/author/dana/" rel="author" itemprop="url"><span class="author-name" itemprop="name">Dana
Whitcombe</span></a></span></span></div>
</header>
<div class="entry-content" itemprop="text">
${ps(gIntro)}
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683"
src="https://ashdownengraving.com/wp-content/uploads/2026/03/laser-bed.jpg"
alt="Laser engraving a walnut plaque" class="wp-image-1190"><figcaption class="wp-element-caption">Our fibre laser at work on a walnut
plaque.</figcaption></figure>
<h2 class="wp-block-heading">${gLetterH}</h2>
${ps([gLetterP])}
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>Item</th><th>Method</th><th>Price</th></tr></thead><tbody>
${rows(gTable)}
</tbody></table></figure>
<h2 class="wp-block-heading">${gSetupH}</h2>
${ps([gSetupP])}
<ul class="wp-block-list">${lis(gSetupList)}</ul>
${ps([gSetupP2])}
<h2 class="wp-block-heading">${gGlassH}</h2>
${ps([gGlassP])}
<h2 class="wp-block-heading">${gClubH}</h2>
${ps([gClubP])}
<h2 class="wp-block-heading">${gNotH}</h2>
<ul class="wp-block-list">${lis(gNotList)}</ul>
${ps([gEnd])}
<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="https://ashdownengraving.com/contact/">Get a fixed quote</a></div></div>
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>
<a href="https://ashdownengraving.com/category/guides/" rel="category tag">Guides</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev">
<a href="https://ashdownengraving.com/caring-for-pewter-tankards/" rel="prev">${gRecent[0]}</a></span></div></nav></footer>
</div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on “${gTitle}”</h3>
<ol class="comment-list">${gComHtml}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment
<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="https://ashdownengraving.com/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment" rows="8"></textarea></p>
<label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text">
<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email">
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://ashdownengraving.com/">
<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search …" name="s"></label>
<button class="search-submit" aria-label="Search">Search</button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(gRecent)}</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(gCats, 'cat-item')}</ul></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container"><div class="copyright-bar">© 2026 Ashdown Engraving Co. • 14 Quarry Lane, Millbrook</div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin" role="dialog" aria-labelledby="cmplz-header-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div>
<div class="cmplz-links cmplz-documents"><ul><li><a class="cmplz-link cookie-statement" href="/cookie-policy/">Cookie Policy</a></li></ul></div></div></div>
<script id="generate-menu-js" src="https://ashdownengraving.com/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0"></script>
<script id="cmplz-cookiebanner-js" src="https://ashdownengraving.com/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js"></script>
</body></html>`;
const gHeads = [gLetterH, gSetupH, gGlassH, gClubH, gNotH];
const gBody = texts([...gIntro, gLetterP, ...rowTexts(gTable), gSetupP, ...gSetupList, gSetupP2, gGlassP, gClubP, ...gNotList, gEnd]);
const generatePress: TestPage = {
  name: 'heldout609-generatepress-price-guide',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: gBody,
  bylines: ['March 3, 2026', 'by Dana Whitcombe'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: furn([gTitle, ...gHeads, ...gBody], [
    'Skip to content', 'Ashdown Engraving Co.', 'Trophies, plaques and engraving since 1987', 'Menu', ...gNav,
    'Our fibre laser at work on a walnut plaque.', 'Get a fixed quote', 'Categories', ...gRecent, `2 thoughts on “${gTitle}”`, ...gFurnComments, 'Reply',
    'Leave a Comment', 'Cancel reply', 'Comment', 'Name', 'Email', 'Search for:', 'Search', 'Recent Posts', ...gCats,
    '© 2026 Ashdown Engraving Co. • 14 Quarry Lane, Millbrook', 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.',
    'Accept', 'Deny', 'View preferences', 'Cookie Policy',
  ]),
};

export const HELDOUT609_A: readonly TestPage[] = [generatePress];
