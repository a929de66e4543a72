import { links, ps, type TestPage, texts } from './page-kit.js';
import { etsy } from './pages-heldout413-c2.js';
import { lis } from './pages-heldout413-kit.js';

/**
 * Held-out batch 413, file c: a crochet amigurumi pattern on a WordPress Kadence theme with Mediavine ads (header and
 * menu, breadcrumbs, category link, byline with published and updated dates, affiliate disclosure, "Jump to Pattern"
 * button, ad units with their labels between the paragraphs, an inline "You may also like" promo, Grow floating share bar,
 * a ConvertKit sign-up, comments and the footer) and, from file c2, an Etsy pattern listing.
 */
const kTitle = 'Pip the Puffin: Free Amigurumi Crochet Pattern';
const kIntro = [
  `Pip is a round little puffin about 11 cm tall, worked in continuous rounds with a bright orange beak that is crocheted
separately and sewn on. He is a quick make, two evenings at most, and uses scraps of worsted-weight cotton.`,
  `I designed Pip after a summer of watching the real birds on the cliffs, where they stand about looking important and then
fall off the edge into the sea. He is a beginner-friendly pattern if you can already make a magic ring.`,
];
const kMatH = 'Materials';
const kMat = [
  'Worsted-weight cotton in black, white and orange, about 40 m in total',
  '3.5 mm crochet hook',
  'Two 8 mm safety eyes',
  'Fibrefill stuffing, a stitch marker and a yarn needle',
];
const kAbbrH = 'Abbreviations (US terms)';
const kAbbr = ['MR: magic ring', 'sc: single crochet', 'inc: 2 sc in the same stitch', 'dec: invisible decrease', 'FLO: front loop only'];
const kBodyH = 'Body';
const kBody = [
  'Rnd 1: with black, 6 sc in MR (6)',
  'Rnd 2: inc in each st around (12)',
  'Rnd 3: *sc, inc* 6 times (18)',
  'Rnd 4: *2 sc, inc* 6 times (24)',
  'Rnds 5 to 9: sc around (24)',
  'Rnd 10: change to white for the front 10 stitches, black for the rest, and sc around (24)',
  'Rnds 11 to 15: sc around, keeping the colour split (24)',
  'Rnd 16: *2 sc, dec* 6 times (18). Insert the eyes between rounds 8 and 9, 5 stitches apart, and begin stuffing.',
  'Rnd 17: *sc, dec* 6 times (12)',
  'Rnd 18: dec around (6). Fasten off and close the hole.',
];
const kBeakH = 'Beak and feet';
const kBeak = [
  `With orange, make a chain of 4 and work 3 sc back along it, then turn and work 2 sc, 1 inc. Sew the beak between the eyes,
slightly below them, so that Pip looks a little surprised.`,
  `For each foot, ch 3 and work (sc, hdc, sc) into the second chain from the hook. Sew the feet to the bottom of the body so
that he stands up on a flat surface.`,
];
const kTerms = [
  `You are welcome to sell the puffins you make from this pattern; please credit me as the designer and link back here. Do
not share or sell the pattern text or photos.`,
];
const kNav = ['Free Patterns', 'Amigurumi', 'Tutorials', 'Shop', 'About'];
const kCrumbs = ['Home', 'Crochet Patterns'];
const kShare = ['Pin', 'Share', 'Tweet', 'Email'];
const ad = (slot: string): string => `<div class="adunitwrapper content_desktop_wrapper" data-wrapper="${slot}"><div id="${slot}" class="adunit"
data-adunit="${slot}" data-mv-ad-label="true"><div class="mv-ad-label">Advertisement</div><div id="${slot}_gpt" class="mv-ad-slot"></div></div></div>`;
const kCmts = [
  'My daughter claimed mine before I had even sewn the feet on. Round 10 colour change was clear, thanks!',
  'Could you do a version with a fish in his beak? Please?',
];
const kHtml = `<!doctype html>
<html lang="en-US" class="no-js" itemtype="https://schema.org/Blog" itemscope><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, minimum-scale=1"><title>Pip the Puffin: Free Amigurumi Crochet Pattern - Hooked on the Headland</title>
<meta name="description" content="A free crochet pattern for Pip, an 11 cm amigurumi puffin worked in rounds with cotton scraps.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-08-19T07:00:00+00:00">
<meta property="article:modified_time" content="2026-02-11T16:21:09+00:00"><meta name="author" content="Senna Valloway">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${kTitle}",
"author":{"@type":"Person","name":"Senna Valloway"},"datePublished":"2025-08-19","dateModified":"2026-02-11"}]}</script>
<script type="text/javascript" async="async" data-noptimize="1" data-cfasync="false" src="//scripts.mediavine.example/tags/hooked-on-the-headland.js"></script>
<link rel="stylesheet" id="kadence-global-css" href="https://hookedontheheadland.example/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9">
</head>
<body class="post-template-default single single-post postid-3310 wp-embed-responsive title-style-normal content-width-narrow grow-content-body">
<div id="wrapper" class="site wp-site-blocks"><a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope><div id="main-header" class="site-header-wrap">
<div class="site-branding branding-layout-standard"><a class="brand" href="/" rel="home"><p class="site-title">Hooked on the Headland</p></a></div>
<nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard" aria-label="Primary Navigation">
<div class="primary-menu-container header-menu-container"><ul id="primary-menu" class="menu">${links(kNav, 'menu-item menu-item-type-taxonomy')}</ul>
</div></nav></div></header>
<div id="inner-wrap" class="wrap hfeed kt-clear"><div id="primary" class="content-area"><div class="content-container site-container">
<main id="main" class="site-main" role="main"><div class="content-wrap">
<article id="post-3310" class="entry content-bg single-entry post-3310 post type-post status-publish format-standard category-amigurumi">
<div class="entry-content-wrap"><header class="entry-header post-title title-align-inherit title-tablet-align-inherit">
<nav id="kadence-breadcrumbs" aria-label="Breadcrumbs" class="kadence-breadcrumbs"><div class="kadence-breadcrumb-container">
<span><a href="/" itemprop="url" class="kadence-bc-home"><span>Home</span></a></span> <span class="bc-delimiter">/</span>
<span><a href="/category/crochet-patterns/"><span>Crochet Patterns</span></a></span></div></nav>
<div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a href="/category/amigurumi/" rel="tag">Amigurumi</a></span></div>
<h1 class="entry-title">${kTitle}</h1>
<div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span><span class="author vcard"><a class="url fn n"
href="/author/senna/">Senna Valloway</a></span></span><span class="posted-on"><time class="entry-date published" datetime="2025-08-19T07:00:00+00:00">August
19, 2025</time><time class="updated" datetime="2026-02-11T16:21:09+00:00">Updated February 11, 2026</time></span></div></header>
<div class="entry-content single-content">
<p class="affiliate-note"><em>Some links on this page are affiliate links; as an Amazon Associate I earn from qualifying purchases.</em></p>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="#pattern">Jump to Pattern</a></div></div>
${ps(kIntro)}
${ad('content_1')}
<figure class="wp-block-image size-full"><img src="https://hookedontheheadland.example/wp-content/uploads/2025/08/pip-puffin.jpg" alt="Crocheted puffin">
<figcaption class="wp-element-caption">Pip on the windowsill, made in Paintbox-style cotton scraps</figcaption></figure>
<h2 class="wp-block-heading" id="pattern">${kMatH}</h2>
<ul class="wp-block-list">${lis(kMat)}</ul>
${ad('content_2')}
<h2 class="wp-block-heading">${kAbbrH}</h2>
<ul class="wp-block-list">${lis(kAbbr)}</ul>
<div class="wp-block-kadence-infobox kt-info-box3310_6c1"><div class="kt-blocks-info-box-text"><span class="kt-blocks-info-box-title">You may also
like:</span> <a href="/seal-pup-pattern/">Mo the Seal Pup, a free pattern in chenille</a></div></div>
<h2 class="wp-block-heading">${kBodyH}</h2>
<ul class="wp-block-list">${lis(kBody)}</ul>
${ad('content_3')}
<h2 class="wp-block-heading">${kBeakH}</h2>
${ps(kBeak)}
${ps(kTerms)}
<div class="ck_form ck_vertical_subscription_form"><h3 class="formkit-header">Get new patterns first</h3><p class="formkit-subheader">One email a
month, no spam, and a free pattern when you join.</p><input type="email" placeholder="Your email"><button class="formkit-submit">Join the flock</button></div>
</div><footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Post Tags:</span>
<a href="/tag/birds/" rel="tag">#birds</a> <a href="/tag/cotton/" rel="tag">#cotton-yarn</a></span></div></footer></div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">2 Comments</h2><ol class="comment-list">
<li id="comment-771" class="comment even thread-even depth-1"><article id="div-comment-771" class="comment-body"><footer class="comment-meta"><div
class="comment-author vcard"><b class="fn">Ina Lowery</b></div><div class="comment-metadata"><time datetime="2025-09-02T10:12:00+00:00">September 2,
2025 at 10:12 am</time></div></footer><div class="comment-content"><p>${kCmts[0] ?? ''}</p></div></article></li>
<li id="comment-790" class="comment odd depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b
class="fn">Bertie</b></div><div class="comment-metadata"><time>October 14, 2025 at 9:40 pm</time></div></footer><div class="comment-content">
<p>${kCmts[1] ?? ''}</p>
</div></article></li></ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3></div></div>
</div></main></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="footer-html inner-link-style-normal">
<p>© 2026 Hooked on the Headland · <a href="/privacy/">Privacy</a> · <a href="/disclosure/">Disclosure</a></p></div></div></footer></div>
<div id="dpsp-floating-sidebar" class="dpsp-shape-rounded dpsp-size-medium dpsp-position-left dpsp-has-button-icon-animation"><ul
class="dpsp-networks-btns-wrapper dpsp-networks-btns-sidebar">${kShare
  .map(
    (s) => `<li><a class="dpsp-network-btn dpsp-${s.toLowerCase()}" href="#"><span
class="dpsp-network-label">${s}</span></a></li>`,
  )
  .join('\n')}</ul><span class="dpsp-total-share-wrapper"><span class="dpsp-icon-total-share"></span><span
class="dpsp-total-share-count">1.2k</span><span>shares</span></span></div>
<div id="mv-sticky-footer" class="adhesion_wrapper"><div class="mv-ad-label">Advertisement</div><div id="adhesion_mobile" class="adunit"></div>
<button class="adhesion_close">Close</button></div></body></html>`;
const kadence: TestPage = {
  name: 'heldout413-kadence-mediavine-blog',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: [kMatH, kAbbrH, kBodyH, kBeakH],
  body: texts([...kIntro, ...kMat, ...kAbbr, ...kBody, ...kBeak, ...kTerms]),
  bylines: ['Senna Valloway', 'August 19, 2025', 'Updated February 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Hooked on the Headland', ...kNav, ...kCrumbs,
    'Some links on this page are affiliate links; as an Amazon Associate I earn from qualifying purchases.',
    'Jump to Pattern', 'Advertisement', 'Pip on the windowsill, made in Paintbox-style cotton scraps', 'You may also like:',
    'Mo the Seal Pup, a free pattern in chenille', 'Get new patterns first', 'One email a month, no spam, and a free pattern when you join.',
    'Join the flock', 'Post Tags:', '#birds', '#cotton-yarn', '2 Comments', 'Ina Lowery', 'September 2, 2025 at 10:12 am', ...kCmts, 'Bertie',
    'October 14, 2025 at 9:40 pm', 'Leave a Comment', '© 2026 Hooked on the Headland ·', 'Privacy', 'Disclosure', ...kShare, '1.2k', 'shares', 'Close',
  ],
};

export const HELDOUT413_C: readonly TestPage[] = [kadence, etsy];
