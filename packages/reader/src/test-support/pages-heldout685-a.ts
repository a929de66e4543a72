import { links, type TestPage } from './page-kit.js';
import { bodyOf, heads, j, lis, render, type Sec } from './pages-heldout685-kit.js';

/**
 * Held-out batch 685, file a: a pest control firm's wasp nest guide on WordPress (Astra theme, Elementor, Yoast breadcrumbs,
 * CookieYes banner); the window cleaner's Wix service area page is in file a2.
 */
const wTitle = 'Wasp Nests: How to Spot One, When to Leave It and When to Call Us';
const wIntro = j(
  'Every summer our phones ring off the hook with the same question: there are wasps going in and out of a hole by the back door,',
  'is it a nest and what should I do? This guide explains what our technicians look for and what you can safely do yourself.',
);
const wSecs: Sec[] = [
  ['', [wIntro]],
  [
    'Is it really a wasp nest?',
    [
      j(
        'The common wasp and the German wasp both build nests from chewed wood pulp, which gives the outside a papery, grey-brown',
        'shell with a scalloped pattern. A nest starts the size of a golf ball in April and can be bigger than a football by August.',
      ),
      j(
        'The surest sign is traffic. Stand a few metres away on a warm afternoon and watch: if wasps fly in a steady line to the same',
        'gap in a soffit, an airbrick, a hedge or a hole in the lawn, there is a nest behind it. A single wasp hunting around a bin is',
        'not a nest.',
      ),
      j(
        'Bees are often mistaken for wasps. Honeybees and bumblebees are hairy and brown or striped with orange, and they nest in',
        'wax, not paper. We do not treat bees; if you have a swarm we will put you in touch with a local beekeeper.',
      ),
    ],
  ],
  [
    'Where wasps like to build',
    [
      'Wasps choose dry, sheltered places close to a supply of wood. In Brackwater and the villages around it we find most nests in:',
      [
        'lofts, especially under the eaves where the felt meets the wall plate',
        'gaps behind fascias, soffits and barge boards',
        'wall cavities, reached through a missing brick or an airbrick',
        'sheds, summer houses and the underside of garden furniture',
        'old rodent burrows in lawns and banks, where ground-nesting wasps are easy to stand on',
      ],
      j(
        'A loft nest is often only noticed when wasps start appearing in a bedroom. They chew through the plasterboard around a',
        'ceiling light or come down the gap beside a loft hatch, and by then the nest is usually well established.',
      ),
    ],
  ],
  [
    'When you can leave it alone',
    [
      j(
        'Wasps are useful in the garden: a large colony eats thousands of caterpillars and aphids in early summer. If a nest is',
        'high up, away from doors and windows, and nobody in the house is allergic to stings, leaving it alone is a reasonable choice.',
      ),
      j(
        'Nests are used for one season only. The workers die off with the first hard frosts in October or November and the new queens',
        'leave to hibernate elsewhere. An empty nest is never reused, so there is no need to remove it unless you want the space back.',
      ),
    ],
  ],
  [
    'When to call a professional',
    [
      'We would always recommend treatment when:',
      [
        'the nest is near a door, a window, a path or a play area',
        'someone in the household has had a bad reaction to a sting',
        'wasps are getting into the living space',
        'the nest is in the ground where children, pets or a mower could disturb it',
      ],
      j(
        'Please do not block the entrance hole with filler or foam. The wasps will simply chew another way out, and that way may',
        'be into your house. Spraying a nest with a shop-bought aerosol at close range is the quickest way to get stung.',
      ),
    ],
  ],
  [
    'What happens during a treatment',
    [
      j(
        'Our technician will find the entrance, put on a bee suit and puff an insecticide dust into the hole with a hand duster or a',
        'telescopic lance. The returning wasps carry the dust into the nest and the colony is usually dead within a few hours.',
      ),
      j(
        'You will see some activity for the rest of the day, so keep windows on that side of the house closed until the following',
        'morning. We do not remove the nest itself unless it is easy to reach and you ask us to; a treated nest is harmless.',
      ),
      j('A standard treatment takes around 30 minutes. If the colony is still active after 48 hours we come back and treat it again at', 'no extra cost.'),
    ],
  ],
  [
    'Stings: what to do',
    [
      j(
        'Wash the area with soap and water, hold a cold compress on it and take an antihistamine if you have one. Swelling and',
        'itching can last a few days. Call 999 straight away if someone has difficulty breathing, swelling of the lips or throat,',
        'or feels faint after a sting.',
      ),
    ],
  ],
];
const wNav = ['Home', 'Services', 'Wasps & Hornets', 'Rats & Mice', 'Commercial', 'Areas We Cover', 'Blog', 'Contact'];
const wCrumbs = ['Home', 'Blog', 'Wasps'];
const wRel = ['Hornets or wasps? How to tell them apart', 'Why you are seeing more wasps in September', 'Mice in the loft: the first signs'];
const wFoot = ['Privacy Policy', 'Cookie Policy', 'Terms & Conditions', 'Sitemap'];
const wShape = {
  h: (t: string) =>
    `</div></div><div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default">
<div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">${t}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">`,
  p: (t: string) => `<p>${t}</p>`,
  ul: (items: readonly string[]) => `<ul>${lis(items)}</ul>`,
};
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Wasp Nests: How to Spot One, When to Leave It and When to Call Us - Halden Pest Solutions</title>
<meta name="description" content="How to tell if you have a wasp nest, when it is safe to leave it and what a professional treatment involves.">
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://haldenpest.co.uk/blog/wasp-nests-guide/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-06-11T08:14:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}",
"author":{"name":"Dean Fairclough"},"datePublished":"2026-06-11T08:14:00+00:00"},{"@type":"BreadcrumbList","itemListElement":[]}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://haldenpest.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="https://haldenpest.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.5">
<style id="astra-theme-css-inline-css">.ast-separate-container #primary{padding:3em 0}.site-title{font-size:26px}</style>
<script src="https://haldenpest.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-2187 ast-desktop ast-separate-container ast-right-sidebar elementor-page elementor-page-2187">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page"><div class="ast-above-header-wrap"><div class="ast-above-header-bar"><div class="ast-builder-html-element">
<p>Call now: 01632 960 418 &middot; Same-day callouts 7 days a week</p></div></div></div>
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead" itemtype="https://schema.org/WPHeader">
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="site-branding ast-site-identity">
<span class="site-logo-img"><a href="https://haldenpest.co.uk/" class="custom-logo-link" rel="home"><img width="220" height="64"
src="https://haldenpest.co.uk/wp-content/uploads/2024/02/halden-logo.png" class="custom-logo" alt="Halden Pest Solutions"></a></span></div>
<nav class="main-header-bar-navigation" aria-label="Site Navigation"><div class="main-navigation"><ul id="primary-menu" class="main-header-menu ast-nav-menu">
${links(wNav, 'menu-item menu-item-type-post_type')}</ul></div></nav>
<div class="ast-header-button-1"><a class="ast-custom-button-link" href="/contact/"><div class="ast-custom-button">Book a Visit</div></a></div>
</div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<nav aria-label="Breadcrumbs" class="ast-breadcrumbs-wrapper"><span><span><a href="https://haldenpest.co.uk/">Home</a></span> &raquo;
<span><a href="https://haldenpest.co.uk/blog/">Blog</a></span> &raquo; <span><a href="https://haldenpest.co.uk/category/wasps/">Wasps</a></span> &raquo;
<span class="breadcrumb_last" aria-current="page">${wTitle}</span></span></nav>
<article class="post-2187 post type-post status-publish format-standard has-post-thumbnail hentry category-wasps ast-article-single" id="post-2187">
<div class="ast-post-format- single-layout-1"><header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1024" height="576"
src="https://haldenpest.co.uk/wp-content/uploads/2026/06/wasp-nest-soffit.jpg" class="attachment-large wp-post-image" alt="Wasp nest under a soffit"></div>
<h1 class="entry-title" itemprop="headline">${wTitle}</h1>
<div class="entry-meta"><span class="posted-by vcard author"><a class="url fn n" href="/author/dean/" rel="author"><span
class="author-name">Dean Fairclough</span></a></span>
/ <span class="posted-on"><span class="published" itemprop="datePublished">June 11, 2026</span></span> / <span class="cat-links"><a href="/category/wasps/"
rel="category tag">Wasps</a></span></div></header>
<div class="entry-content clear" itemprop="text"><div data-elementor-type="wp-post" data-elementor-id="2187" class="elementor elementor-2187">
<div class="elementor-element e-con-full e-flex e-con e-parent" data-element_type="container">
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
${render(wSecs, wShape)}
</div></div>
<div class="elementor-element elementor-widget elementor-widget-call-to-action"><div class="elementor-widget-container"><div class="elementor-cta">
<h3 class="elementor-cta__title">Wasps by the back door?</h3><div
class="elementor-cta__description">Treatment from £65, guaranteed. Same-day slots most weekdays.</div>
<a class="elementor-cta__button elementor-button" href="/contact/">Get a Quote</a></div></div></div>
</div></div></div>
<div class="ast-single-author-box"><div class="ast-author-meta"><h2 class="author-title">About Dean Fairclough</h2>
<p class="ast-author-bio">Dean has been a BPCA-certified technician for fourteen years and looks after our north Brackwater round.</p></div></div>
</div></article>
<div class="ast-single-related-posts-container"><div class="ast-related-posts-title-section"><h2 class="ast-related-posts-title">Related Posts</h2></div>
<div class="ast-related-posts-wrapper"><ul>${links(wRel, 'ast-related-post')}</ul></div></div>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.
Required fields are marked *</p><label for="comment">Comment *</label><textarea id="comment" name="comment"></textarea>
<input name="submit" type="submit" id="submit" class="submit" value="Post Comment »"></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search
for:</span><input type="search" class="search-field" placeholder="Search …" name="s"></label></form></aside>
<aside id="text-3" class="widget widget_text"><h2 class="widget-title">Fixed-Price Wasp Treatment</h2><div class="textwidget">
<p>One nest, any height, £65. Additional nests at the same address £20 each.</p></div></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2>
<ul>${links(['Rats', 'Mice', 'Bed Bugs', 'Birds'], 'cat-item')}</ul></aside>
</div></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-primary-footer-wrap"><div class="ast-builder-footer-grid-columns">
<section class="footer-widget-area widget-area"><h2 class="widget-title">Halden Pest Solutions</h2>
<p>Unit 4, Copse Lane Trading Estate, Brackwater BW3 7QT</p></section>
<nav class="site-footer-primary-section-1"><ul class="ast-nav-menu">${links(wFoot, 'menu-item')}</ul></nav></div></div>
<div class="site-below-footer-wrap"><div class="ast-footer-copyright"><p>Copyright © 2026 Halden Pest Solutions | Powered by Halden Pest Solutions</p></div>
</div></footer></div>
<div id="cookie-law-info-bar" class="cky-consent-container cky-banner-bottom" role="region" aria-label="We value your privacy"><div class="cky-consent-bar">
<p class="cky-title">We value your privacy</p><div class="cky-notice-des"><p>We use cookies to enhance your browsing experience and analyse our traffic.
By clicking "Accept All", you consent to our use of cookies.</p></div><div class="cky-notice-btn-wrapper"><button
class="cky-btn cky-btn-customize">Customise</button>
<button class="cky-btn cky-btn-reject">Reject All</button><button class="cky-btn cky-btn-accept">Accept All</button></div></div></div>
<script src="https://haldenpest.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.5" id="elementor-frontend-js"></script>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":""};</script></body></html>`;
const wasps: TestPage = {
  name: 'heldout685-wasp-nest-guide',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: heads(wSecs),
  body: bodyOf(wSecs),
  bylines: ['Dean Fairclough', 'June 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Call now: 01632 960 418 · Same-day callouts 7 days a week', ...wNav, 'Book a Visit',
    'Wasps by the back door?', 'Treatment from £65, guaranteed. Same-day slots most weekdays.', 'Get a Quote', 'About Dean Fairclough',
    'Dean has been a BPCA-certified technician for fourteen years and looks after our north Brackwater round.', 'Related Posts', ...wRel,
    'Leave a Comment', 'Your email address will not be published. Required fields are marked *', 'Comment *', 'Search for:', 'Fixed-Price Wasp Treatment',
    'One nest, any height, £65. Additional nests at the same address £20 each.', 'Categories', 'Rats', 'Mice', 'Bed Bugs', 'Birds',
    'Halden Pest Solutions', 'Unit 4, Copse Lane Trading Estate, Brackwater BW3 7QT',
    ...wFoot, 'Copyright © 2026 Halden Pest Solutions | Powered by Halden Pest Solutions',
    'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT685_A: readonly TestPage[] = [wasps];
