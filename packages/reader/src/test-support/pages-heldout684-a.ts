import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout684-kit.js';

/**
 * Held-out batch 684, file a: a removal firm's quote guide on WordPress (Astra with an Elementor Pro theme-builder single
 * template), with a table of contents widget, share buttons, post navigation, related posts and a comment.
 */
const eTitle = 'How to Get an Accurate Removal Quote (and Avoid Surprises on Moving Day)';
const eIntro = [
  j(
    'Most of the calls we get from unhappy movers start the same way: the quote looked cheap, and then the bill did not. In almost',
    'every case the problem was not the firm being dishonest but the survey being rushed. A removal quote is only as good as the',
    'information it is built on.',
  ),
  j(
    'Here is how we survey a home at Pellbrook, what goes into the number we give you, and what you should ask any removal firm',
    'before you sign anything, whether it is us or somebody else.',
  ),
];
const eH1 = 'Video survey or home visit?';
const eSurvey = [
  j(
    'For a flat or a small house, a video survey is usually just as accurate as a visit. You walk one of our estimators through every',
    'room on your phone, opening cupboards and the loft hatch as you go. It takes about twenty minutes and you can book one for the',
    'same week.',
  ),
  j(
    'For anything over four bedrooms, for a move with piano, antiques or a garden full of pots, or where access is awkward, we still',
    'prefer to come round in person. Narrow stairs and a parking bay forty metres from the front door change the job more than an',
    'extra wardrobe does.',
  ),
];
const eH2 = 'What affects the price';
const ePrice = [
  '<strong>Volume.</strong> We quote by cubic feet, which decides the size of the van and how many crew you need.',
  '<strong>Access.</strong> Stairs, lifts, long carries and restricted parking at either end all add time.',
  '<strong>Distance.</strong> Mileage matters less than you think; an overnight stop matters a lot.',
  '<strong>Packing.</strong> Our packing service adds a day for a typical three-bedroom house.',
  '<strong>Date.</strong> Fridays and the last week of the month are the busiest days for completions and cost more.',
];
const eH3 = 'Questions to ask every removal firm';
const eAsk = [
  'Is the quote fixed, or an estimate that can change on the day?',
  'What is the goods in transit cover, and what does it exclude?',
  'Will the crew who arrive be your own staff, or subcontracted?',
  'What happens, and what does it cost, if my completion is delayed?',
];
const eH4 = 'Comparing quotes like for like';
const eCompare = [
  j(
    'Lay the quotes side by side and check they describe the same job: the same volume, the same number of crew, the same packing',
    'and the same insurance. A quote that is £300 cheaper and lists two porters instead of four is not the same move.',
  ),
  j(
    'Finally, be wary of any firm that asks for full payment up front or will not put the quote in writing. A deposit of ten to',
    'twenty per cent is normal; the balance should fall due a few days before the move, not weeks ahead.',
  ),
];
const eNav = ['Home Removals', 'Office Moves', 'Packing Service', 'Areas We Cover', 'Reviews', 'Contact Us'];
const eRel = ['Moving with Pets: A Week-by-Week Plan', 'Do You Need a Parking Suspension on Moving Day?', 'Packing a Kitchen Without Breaking Anything'];
const eQuick = ['About Us', 'Careers', 'Privacy Policy', 'Terms & Conditions'];
const eComment = j(
  'Wish I had read this before our last move. The firm we used quoted for one van and turned up with a second one on the day,',
  'then charged us for it.',
);
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} - Pellbrook Removals</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://www.pellbrookremovals.co.uk/blog/accurate-removal-quote/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-12T09:14:22+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${eTitle}",
"author":{"name":"Dan Whitcombe"},"datePublished":"2026-03-12T09:14:22+00:00",
"publisher":{"@id":"https://www.pellbrookremovals.co.uk/#organization"}}]}</script>
<link rel='stylesheet' id='astra-theme-css-css' href='https://www.pellbrookremovals.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4'
media='all' />
<link rel='stylesheet' id='elementor-frontend-css'
href='https://www.pellbrookremovals.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.20.1' media='all' />
<style id='astra-theme-css-inline-css'>.ast-container{max-width:1240px}.entry-content h2{font-size:1.75rem}</style>
<script src="https://www.pellbrookremovals.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-2231 ast-single-post
ast-inherit-site-logo-transparent ast-theme-transparent-header elementor-default elementor-template-full-width elementor-kit-7 elementor-page-1904">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page">
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-4b1c2e0 elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-25 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image">
<div class="elementor-widget-container"><a href="https://www.pellbrookremovals.co.uk">
<img width="220" height="64" src="/wp-content/uploads/2024/02/pellbrook-logo.svg" alt="Pellbrook Removals"></a></div></div></div></div>
<div class="elementor-column elementor-col-50 elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-nav-menu__align-center elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu"
data-widget_type="nav-menu.default">
<div class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-5a2e" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div></div></div></div></div>
<div class="elementor-column elementor-col-25 elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/free-quote/"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Get a Free Quote</span></span></a></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container"><ul class="elementor-icon-list-items">
<li class="elementor-icon-list-item"><a href="tel:01632960418"><span class="elementor-icon-list-text">01632 960418</span></a></li></ul></div></div>
</div></div></div></section></div>
<div id="content" class="site-content"><div class="ast-container">
<div data-elementor-type="single-post" data-elementor-id="1904"
class="elementor elementor-1904 elementor-location-single post-2231 post type-post status-publish
format-standard has-post-thumbnail hentry category-moving-tips" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-61c0f7d elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-breadcrumbs"><div class="elementor-widget-container"><p id="breadcrumbs"><span><span>
<a href="https://www.pellbrookremovals.co.uk/">Home</a></span> » <span><a href="https://www.pellbrookremovals.co.uk/blog/">Blog</a></span> »
<span class="breadcrumb_last" aria-current="page">${eTitle}</span></span></p></div></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading">
<div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-info"><div class="elementor-widget-container">
<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-1d2a77c elementor-inline-item" itemprop="author"><a href="/author/dan/">
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">Dan Whitcombe</span></a></li>
<li class="elementor-icon-list-item elementor-repeater-item-9b3c1e0 elementor-inline-item" itemprop="datePublished"><a href="/2026/03/12/">
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>March 12, 2026</time></span></a></li>
<li class="elementor-icon-list-item elementor-repeater-item-c33e5f1 elementor-inline-item" itemprop="about">
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms"><span class="elementor-post-info__terms-list">
<a href="/category/moving-tips/" class="elementor-post-info__terms-list-item">Moving Tips</a></span></span></li></ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-featured-image elementor-widget-image"><div class="elementor-widget-container">
<img width="1200" height="630" src="/wp-content/uploads/2026/03/estimator-video-survey.jpg" class="attachment-full size-full wp-image-2240"
alt="Estimator on a video call"></div></div>
<div class="elementor-element elementor-widget elementor-widget-table-of-contents" data-widget_type="table-of-contents.default">
<div class="elementor-widget-container">
<div class="elementor-toc__header"><h4 class="elementor-toc__header-title">Contents</h4></div>
<div id="elementor-toc__5e1f" class="elementor-toc__body"><ul class="elementor-toc__list-wrapper">
<li class="elementor-toc__list-item"><div class="elementor-toc__list-item-text-wrapper">
<a href="#elementor-toc__heading-anchor-0" class="elementor-toc__list-item-text">${eH1}</a></div></li>
<li class="elementor-toc__list-item"><div class="elementor-toc__list-item-text-wrapper">
<a href="#elementor-toc__heading-anchor-1" class="elementor-toc__list-item-text">${eH2}</a></div></li>
<li class="elementor-toc__list-item"><div class="elementor-toc__list-item-text-wrapper">
<a href="#elementor-toc__heading-anchor-2" class="elementor-toc__list-item-text">${eH3}</a></div></li>
<li class="elementor-toc__list-item"><div class="elementor-toc__list-item-text-wrapper">
<a href="#elementor-toc__heading-anchor-3" class="elementor-toc__list-item-text">${eH4}</a></div></li>
</ul></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-content" data-widget_type="theme-post-content.default">
<div class="elementor-widget-container">
${ps(eIntro)}
<h2 class="wp-block-heading" id="elementor-toc__heading-anchor-0">${eH1}</h2>
${ps(eSurvey)}
<h2 class="wp-block-heading" id="elementor-toc__heading-anchor-1">${eH2}</h2>
<ul class="wp-block-list">${lis(ePrice)}</ul>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/video-survey/">Book a video survey</a>
</div></div>
<h2 class="wp-block-heading" id="elementor-toc__heading-anchor-2">${eH3}</h2>
<ol class="wp-block-list">${lis(eAsk)}</ol>
<h2 class="wp-block-heading" id="elementor-toc__heading-anchor-3">${eH4}</h2>
${ps(eCompare)}
</div></div>
<div class="elementor-element elementor-share-buttons--view-icon elementor-widget elementor-widget-share-buttons"><div class="elementor-widget-container">
<div class="elementor-grid"><div class="elementor-grid-item">
<div class="elementor-share-btn elementor-share-btn_facebook" role="button" tabindex="0" aria-label="Share on facebook">
<span class="elementor-share-btn__icon"><i class="fab fa-facebook" aria-hidden="true"></i></span></div></div>
<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_whatsapp" role="button" tabindex="0" aria-label="Share on whatsapp">
<span class="elementor-share-btn__icon"><i class="fab fa-whatsapp" aria-hidden="true"></i></span></div></div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-navigation"><div class="elementor-widget-container"><div class="elementor-post-navigation">
<div class="elementor-post-navigation__prev elementor-post-navigation__link"><a href="/blog/moving-with-pets/" rel="prev">
<span class="elementor-post-navigation__link__prev"><span class="post-navigation__prev--label">Previous</span>
<span class="post-navigation__prev--title">Moving with Pets: A Week-by-Week Plan</span></span></a></div>
<div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="/blog/parking-suspension/" rel="next">
<span class="elementor-post-navigation__link__next"><span class="post-navigation__next--label">Next</span>
<span class="post-navigation__next--title">Do You Need a Parking Suspension on Moving Day?</span></span></a></div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">You Might Also Like</h2></div></div>
<div class="elementor-element elementor-grid-3 elementor-posts--thumbnail-top elementor-widget elementor-widget-posts"><div class="elementor-widget-container">
<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">
${eRel
  .map(
    (t) => `<article class="elementor-post elementor-grid-item post type-post status-publish"><div class="elementor-post__text">
<h3 class="elementor-post__title"><a href="/blog/">${t}</a></h3>
<a class="elementor-post__read-more" href="/blog/" aria-label="Read more about ${t}">Read More »</a></div></article>`,
  )
  .join('\n')}
</div></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-comments"><div class="elementor-widget-container">
<div id="comments" class="comments-area"><h3 class="comments-title">1 thought on “${eTitle}”</h3>
<ol class="ast-comment-list"><li class="comment even thread-even depth-1" id="li-comment-412"><article id="comment-412" class="ast-comment">
<div class="ast-comment-info"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap">
<cite><b class="fn">Ruth Okonedo</b></cite></div><div class="ast-comment-time"><span class="timendate"><a href="#comment-412">
<time datetime="2026-03-14T18:02:11+00:00">March 14, 2026 at 6:02 pm</time></a></span></div></header></div>
<section class="ast-comment-content comment"><p>${eComment}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel='nofollow' class='comment-reply-link' href='#comment-412'>Reply</a></span></div></section></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">
<span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span
class="required">*</span></span></p>
<textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8"></textarea>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment »"></p></form></div></div></div></div>
</div></div></div></section></div></div></div>
<div data-elementor-type="footer" data-elementor-id="94" class="elementor elementor-94 elementor-location-footer" data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed" data-element_type="section"><div class="elementor-container">
<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap"><div class="elementor-widget elementor-widget-text-editor">
<div class="elementor-widget-container">
<p>Family-run removals and storage in Ashcombe and across the South West since 1987.</p></div></div></div></div>
<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap"><div class="elementor-widget elementor-widget-heading">
<div class="elementor-widget-container">
<h4 class="elementor-heading-title">Quick Links</h4></div></div><div class="elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container">
<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu sm-vertical">${links(eQuick, 'menu-item')}</ul></nav></div></div></div></div>
<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap"><div class="elementor-widget elementor-widget-text-editor">
<div class="elementor-widget-container">
<p>Unit 4, Coldharbour Trading Estate, Ashcombe AS3 9PL</p><p>British Association of Removers member No. 5521</p></div></div></div></div>
</div></section><section class="elementor-section elementor-element elementor-section-boxed"><div class="elementor-container">
<div class="elementor-widget elementor-widget-text-editor">
<div class="elementor-widget-container"><p>© 2026 Pellbrook Removals Ltd. Registered in England No. 04417720.</p></div></div></div></section></div>
<div id="cookie-law-info-bar" class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar"><div class="cky-notice">
<p class="cky-title">We value your privacy</p><div class="cky-notice-des"><p>We use cookies to enhance your browsing experience and analyse our traffic.
By clicking "Accept All", you consent to our use of cookies.</p></div><div class="cky-notice-btn-wrapper">
<button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div>
<a href="https://wa.me/441632960418" class="wa-float" aria-label="Chat on WhatsApp"><span class="wa-float__text">Chat with us</span></a>
<script src="https://www.pellbrookremovals.co.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.20.0" id="elementor-pro-frontend-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout684-elementor-quote-guide',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: [eH1, eH2, eH3, eH4],
  body: texts([...eIntro, ...eSurvey, ...ePrice, ...eAsk, ...eCompare]),
  bylines: ['Dan Whitcombe', 'March 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== 'Packing Service'), 'Get a Free Quote', '01632 960418', 'Blog', 'Moving Tips', 'Contents',
    'Book a video survey', 'Previous', 'Next',
    ...eRel, 'You Might Also Like', 'Read More »', `1 thought on “${eTitle}”`, 'Ruth Okonedo', 'March 14, 2026 at 6:02 pm', eComment, 'Reply',
    'Leave a Comment', 'Your email address will not be published.', 'Required fields are marked *',
    'Family-run removals and storage in Ashcombe and across the South West since 1987.', 'Quick Links', ...eQuick,
    'Unit 4, Coldharbour Trading Estate, Ashcombe AS3 9PL', 'British Association of Removers member No. 5521',
    '© 2026 Pellbrook Removals Ltd. Registered in England No. 04417720.', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All', 'Chat with us',
  ],
};

export const HELDOUT684_A: readonly TestPage[] = [elementor];
