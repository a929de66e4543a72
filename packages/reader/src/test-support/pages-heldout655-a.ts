import { links, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout655-kit.js';

/**
 * Held-out batch 655, file a: a dog grooming salon's price list on Wix (rich text boxes, a free-plan Wix banner), and a breed
 * grooming guide on WordPress with the Astra theme, an author box, related posts and comments.
 */
const wTitle = 'Grooming Prices';
const wIntro = j(
  'All prices include a warm bath, blow dry, nail trim, ear clean and a spritz of our own oatmeal cologne.',
  'Prices are a guide: the final price depends on size, coat condition and how your dog copes on the table.',
);
const wSections: [string, string[]][] = [
  [
    'Full Groom',
    [
      'Small breeds (Yorkie, Shih Tzu, Bichon) – from £42',
      'Medium breeds (Cocker, Schnauzer, Cavapoo) – from £52',
      'Large breeds (Labradoodle, Goldendoodle, Standard Poodle) – from £68',
      'Giant breeds (Newfoundland, Bernese) – from £85',
    ],
  ],
  ['Bath & Tidy', ['Small – £30', 'Medium – £36', 'Large – £45', 'Includes feet, face and hygiene trim, but no body clip.']],
  ['Extras', ['De-shedding treatment – £10 to £20', 'Teeth brushing – £5', 'Flea bath – £8', 'Matted coat – £10 per 15 minutes']],
  [
    'Puppy Introduction',
    [
      j(
        'Puppies under six months: £25. A short, gentle first visit with a bath, a face and feet tidy and lots of treats,',
        'so your puppy learns that the salon is a happy place.',
      ),
    ],
  ],
];
const wOutro = j(
  'Appointments missed without 24 hours notice are charged at half price. We take card and cash.',
  'Please walk your dog before the appointment and let us know about any lumps, sore spots or allergies.',
);
const wNav = ['Home', 'About', 'Prices', 'Gallery', 'Reviews', 'Contact'];
const wRt = (inner: string, id: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wP = (t: string): string =>
  `<p class="font_8 wixui-rich-text__text"><span style="color:#3F3F3F;" class="wixui-rich-text__text">${t.replace(/&/g, '&amp;')}</span></p>`;
const wBlocks = wSections
  .map(([h, items], n) =>
    wRt(
      `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${h.replace(/&/g, '&amp;')}</span></h2>\n${items.map(wP).join('\n')}`,
      `lq9${n}x2`,
    ),
  )
  .join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Grooming Prices | The Muddy Paw Parlour</title>
<meta name="description" content="Dog grooming prices in Hollinsfield: full grooms, bath and tidy, puppy visits.">
<meta property="og:title" content="Grooming Prices | The Muddy Paw Parlour"><meta property="og:site_name" content="The Muddy Paw Parlour">
<link rel="canonical" href="https://www.muddypawparlour.co.uk/prices">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"The Muddy Paw Parlour",
"address":{"@type":"PostalAddress","addressLocality":"Hollinsfield"},"telephone":"01632 960 418"}</script>
<script type="application/json" id="wix-essential-viewer-model">{"site":{"isResponsive":false},"fleetConfig":{"type":"GA"}}</script>
<style id="css_masterPage">#SITE_CONTAINER{background:#fff}.font_0{font:normal normal normal 48px/1.4em georgia}.font_8{font:16px/1.6em avenir}</style>
<script>window.viewerModel = {"experiments":{},"requestUrl":"https://www.muddypawparlour.co.uk/prices"};</script></head>
<body class="responsive"><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" tabindex="0" aria-label="skip to main content">Skip to Main Content</button>
<div id="WIX_ADS" class="MW5IWV ku3DBC"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral" class="Oc1OIx">
<span class="Ts1F0d">This site was designed with the <strong>Wix</strong>.com website builder. Create your website today.</span>
<span class="dp0kH8">Start Now</span></a></div>
<div id="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="wixui-header__inner">${wRt('<p class="font_0 wixui-rich-text__text">The Muddy Paw Parlour</p>', 'kb1h2x3')}
<nav id="comp-kb1menu" aria-label="Site" class="StylableHorizontalMenu3372578893 wixui-horizontal-menu"><ul class="itemDepth02233374943">
${links(wNav, 'wixui-horizontal-menu__item')}</ul></nav>
<a data-testid="linkElement" href="https://www.muddypawparlour.co.uk/book-online" class="uDW_Qe wixui-button"><span
class="l7_2fn wixui-button__label">Book Now</span></a>
</div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dBAkHi">
<section id="comp-lq8z1" class="comp-lq8z1 wixui-section"><div data-testid="columns" class="V5AUxf">
<div id="comp-lq8z2" class="comp-lq8z2 wixui-column-strip__column"><div data-mesh-id="comp-lq8z2inlineContent" data-testid="inline-content">
${wRt(`<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`, 'lq8z3')}
${wRt(wP(wIntro), 'lq8z4')}
<wow-image id="img_comp-lq8z5" class="HlRz5e BI8PVQ" data-image-info='{"alt":"Cockapoo after a full groom"}'>
<img src="https://static.wixstatic.com/media/8d1f2a_groom.jpg/v1/fill/w_480,h_320/groom.jpg" alt="Cockapoo after a full groom"></wow-image>
${wBlocks}
${wRt(wP(wOutro), 'lq8z9')}
<a data-testid="linkElement" href="https://www.muddypawparlour.co.uk/book-online" class="uDW_Qe wixui-button"><span
class="l7_2fn wixui-button__label">Book Now</span></a>
</div></div></div></section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div class="wixui-footer__inner">
${wRt(`${wP('Unit 4, Tanner’s Yard, Hollinsfield HX7 2RB')}\n${wP('Tel: 01632 960 418')}\n${wP('Open Tuesday to Saturday, 8.30am – 5pm')}`, 'kb1f1')}
${wRt(wP('© 2025 by The Muddy Paw Parlour. Proudly created with Wix.com'), 'kb1f2')}
<ul class="social-bar wixui-social-bar"><li><a href="https://www.facebook.com/muddypawparlour" aria-label="Facebook"><img alt="Facebook" src="x.png"></a></li>
</ul>
</div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout655-wix-price-list',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wSections.map(([h]) => h),
  body: [wIntro, ...wSections.flatMap(([, items]) => items), wOutro],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now',
    'The Muddy Paw Parlour', ...wNav.filter((t) => t !== 'Prices' && t !== 'About'), 'Book Now', 'Unit 4, Tanner’s Yard, Hollinsfield HX7 2RB',
    'Tel: 01632 960 418', 'Open Tuesday to Saturday, 8.30am – 5pm', '© 2025 by The Muddy Paw Parlour. Proudly created with Wix.com',
  ],
};

const aTitle = 'How to Groom a Border Terrier at Home: Hand Stripping Made Simple';
const aBody = [
  j(
    'Border terriers have a wiry double coat that was bred to shed rain and bracken. Clip it and the coat goes soft, fluffy and',
    'pale, and it loses its weather proofing. The answer is hand stripping: pulling out the dead outer hairs so a new jacket can',
    'grow through. It sounds harsh, but on a coat that is ready the hair comes away as easily as loose fur on a cat.',
  ),
  'When is the coat ready?',
  j(
    'A ready coat looks open and a little scruffy, and it parts along the back. Take a few hairs between finger and thumb and',
    'give a gentle pull in the direction of growth. If they come out without your dog flinching, the coat is ready. Most Borders',
    'need a full strip twice a year, with a little rolling every few weeks in between.',
  ),
  'What you need',
  'A stripping stone or a pumice block for grip',
  'A fine and a medium stripping knife (blunt, not cutting)',
  'A slicker brush and a metal comb',
  'Thinning scissors for the feet and the tail tip',
  'A non-slip mat on a sturdy table',
  'Step by step',
  j(
    'Start at the neck, where the coat is usually ready first, and work back along the spine in short sessions of ten to fifteen',
    'minutes. Hold the skin taut with your free hand and pull small tufts at a time. Do the sides, then the rump and thighs, and',
    'leave the legs and head for last.',
  ),
  j(
    'Tidy the feet with thinning scissors so they look round and neat, and take the hair on the ears back with finger and thumb',
    'so the ears look velvety. The furnishings on the face should be tidied, not removed: a Border should keep its otter head.',
  ),
  'Aftercare',
  j(
    'A freshly stripped dog can feel the cold for a week or two, so a light coat on winter walks is a kindness. Avoid a bath for',
    'two days, as the open follicles can get itchy. If the skin looks red anywhere, leave that patch and come back to it later.',
  ),
  j(
    'If it all feels like too much, book a strip with a groomer who hand strips: ask before you book, because many salons will',
    'clip a wire coat unless you tell them not to.',
  ),
];
const aH = [1, 3, 9, 12];
const aNav = ['Home', 'Grooming Tips', 'Breed Guides', 'Our Salon', 'Contact'];
const aRel = ['Five Signs Your Dog’s Coat Is Matting', 'Schnauzer Grooming: Clip or Strip?', 'Nail Trimming Without the Drama'];
const aComments: [string, string, string][] = [
  ['Heather M.', 'March 9, 2025 at 8:14 pm', 'Great guide, thank you. Our Border Rosie hates the feet part but the little and often tip works.'],
  ['Dougie', 'March 11, 2025 at 7:02 am', 'Do you strip the tail as well or just scissor it?'],
  ['Fern Holloway', 'March 11, 2025 at 9:40 am', 'Strip the tail, Dougie, and only scissor the very tip so it looks like a carrot.'],
];
const aCm = aComments
  .map(
    ([who, when, text], n) => `<li id="comment-${31 + n}" class="comment even thread-even depth-1"><article class="ast-comment">
<div class="ast-comment-info"><div class="ast-comment-cite-wrap"><cite><b class="fn">${who}</b></cite></div>
<div class="ast-comment-time"><a href="#comment-${31 + n}"><time datetime="2025-03-1${n}">${when}</time></a></div></div>
<section class="ast-comment-content comment"><p>${text}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>`,
  )
  .join('\n');
const aP = (i: number): string => `<p>${at(aBody, i)}</p>`;
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aTitle} – Fern &amp; Fox Grooming</title><meta name="robots" content="index, follow, max-image-preview:large">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting",
"headline":"${aTitle}","datePublished":"2025-03-08T09:00:00+00:00","author":{"@type":"Person","name":"Fern Holloway"}}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://fernandfox.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css" media="all">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px}.entry-title{font-size:2.2rem}</style></head>
<body class="post-template-default single single-post postid-412 ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a><div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead"><div class="main-header-bar-wrap"><div class="main-header-bar">
<div class="ast-container"><div class="ast-flex main-header-container"><div class="site-branding"><div class="ast-site-identity">
<span class="site-title"><a href="https://fernandfox.co.uk/" rel="home">Fern &amp; Fox Grooming</a></span>
<p class="site-description">Hand stripping and breed trims in the Cheviot foothills</p></div></div>
<nav id="primary-site-navigation" class="site-navigation ast-flex-grow-1 navigation-accessibility" aria-label="Site Navigation">
<ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex">${links(aNav, 'menu-item menu-item-type-post_type')}</ul></nav>
</div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-412 post type-post status-publish format-standard has-post-thumbnail hentry category-breed-guides ast-article-single" id="post-412">
<div class="ast-post-format- single-layout-1"><header class="entry-header"><div class="post-thumb-img-content post-thumb">
<img width="1024" height="683" src="https://fernandfox.co.uk/wp-content/uploads/2025/03/border-strip.jpg" class="attachment-large wp-post-image"
alt="Border terrier"></div>
<h1 class="entry-title" itemprop="headline">${aTitle}</h1><div class="entry-meta">
<span class="posted-on"><span class="published" itemprop="datePublished">March 8, 2025</span></span> /
<span class="posted-by vcard author" itemprop="author"><a class="url fn n" href="/author/fern/" rel="author"><span
class="author-name">Fern Holloway</span></a></span>
</div></header>
<div class="entry-content clear" itemprop="text">
${aP(0)}<h2 class="wp-block-heading">${at(aBody, 1)}</h2>${aP(2)}
<h2 class="wp-block-heading">${at(aBody, 3)}</h2><ul class="wp-block-list">${aBody
  .slice(4, 9)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
<h2 class="wp-block-heading">${at(aBody, 9)}</h2>${aP(10)}
<figure class="wp-block-image size-large"><img src="https://fernandfox.co.uk/wp-content/uploads/2025/03/strip-knife.jpg" alt="">
<figcaption class="wp-element-caption">Pull small tufts in the direction of growth, keeping the skin taut.</figcaption></figure>
${aP(11)}<h2 class="wp-block-heading">${at(aBody, 12)}</h2>${aP(13)}${aP(14)}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/breed-guides/" rel="category tag">Breed Guides</a></span></footer>
<div class="ast-single-author-box"><div class="ast-author-meta"><h4 class="author-title">Fern Holloway</h4>
<p class="ast-author-details">Fern has groomed terriers for fourteen years and runs Fern &amp; Fox from a converted byre outside Wooler.</p></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/cockapoo-coat-care/" rel="prev"><span class="ast-left-arrow">←</span> Previous Post</a></div>
<div class="nav-next"><a href="/nail-trimming/" rel="next">Next Post <span class="ast-right-arrow">→</span></a></div></div></nav>
<div class="ast-single-related-posts-container"><div class="ast-related-posts-title-section"><h2 class="ast-related-posts-title">Related Posts</h2></div>
<ul class="ast-related-posts-wrapper">${links(aRel, 'ast-related-post')}</ul></div>
</div></article>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper">
<h3 class="comments-title">3 thoughts on “${aTitle}”</h3></div><ol class="ast-comment-list">${aCm}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.
Required fields are marked *</p><textarea id="comment" name="comment"></textarea>
<input name="submit" type="submit" id="submit" class="submit" value="Post Comment »">
</form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main"><aside id="search-2" class="widget widget_search">
<form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span>
<input type="search" class="search-field" placeholder="Search …" name="s"></label></form></aside>
<aside id="text-3" class="widget widget_text"><h2 class="widget-title">Book a Strip</h2><div class="textwidget"><p>Full hand strip for a Border from £55.
Call 01632 960 772 or message us on Facebook.</p></div></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-footer-copyright">
<p>Copyright © 2025 Fern &amp; Fox Grooming | Powered by <a href="https://wpastra.com/">Astra WordPress Theme</a></p></div></div></footer></div>
<script src="https://fernandfox.co.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js" id="astra-theme-js-js"></script></body></html>`;
const astra: TestPage = {
  name: 'heldout655-astra-border-terrier',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: aH.map((i) => at(aBody, i)),
  body: aBody.filter((_, i) => !aH.includes(i)),
  bylines: ['March 8, 2025', 'Fern Holloway', ...aComments.flatMap(([who, when]) => [who, when]).filter((t) => t !== 'Fern Holloway')],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Fern & Fox Grooming', 'Hand stripping and breed trims in the Cheviot foothills', ...aNav.slice(1),
    'Pull small tufts in the direction of growth, keeping the skin taut.', 'Posted in Breed Guides',
    'Fern has groomed terriers for fourteen years and runs Fern & Fox from a converted byre outside Wooler.', '← Previous Post', 'Next Post →',
    'Related Posts', ...aRel, `3 thoughts on “${aTitle}”`, ...texts(aComments.map(([, , t]) => t)), 'Reply', 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', 'Search for:', 'Book a Strip',
    'Full hand strip for a Border from £55. Call 01632 960 772 or message us on Facebook.',
    'Copyright © 2025 Fern & Fox Grooming | Powered by Astra WordPress Theme',
  ],
};

export const HELDOUT655_A: readonly TestPage[] = [wix, astra];
