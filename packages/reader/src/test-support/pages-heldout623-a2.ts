import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout623-kit.js';

/**
 * Held-out batch 623, file a2: a meadery's how-we-make-it post on WordPress (Hello Elementor theme with an Elementor Pro
 * single-post template: post-info, share-buttons and post-navigation widgets), with a captioned image, comments and a CookieYes banner.
 */
const mTitle = 'How we make our mead, from hive to bottle';
const mIntro = [
  j(
    'People who visit the meadery often ask the same question at the end of the tour: is it really just honey and water? The short answer',
    'is yes. The long answer takes about nine months, and this post is our attempt to write it down.',
  ),
  j(
    'We make around 11,000 bottles a year from honey collected by four beekeepers on the Larkspur Downs, including our own forty hives',
    'above the old quarry. Nothing goes into our traditional meads except honey, water and yeast.',
  ),
];
const mH = ['Choosing the honey', 'Mixing the must', 'A slow, cool fermentation', 'Ageing and bottling', 'What we leave out'] as const;
const mHoney = [
  j(
    'Honey changes from month to month as different flowers come into bloom. Early honey from hawthorn and blackthorn is pale and',
    'delicate; the late summer honey, mostly heather and bramble, is dark and almost savoury. We keep each harvest separate and taste',
    'every bucket before deciding which mead it will become.',
  ),
  j(
    'For our Downland Dry we want the light spring honey. For Heather Sack, a strong sweet mead, we wait for the heather honey in',
    'late August, which is so thick it has to be stirred with a paddle before it will leave the drum.',
  ),
];
const mMust = [
  j(
    'The honey is warmed to about 30°C, never more, so that it flows without losing its aroma, then mixed with our own spring water in',
    'a stainless steel tank. The mixture is called the must. For a dry mead we use about 300 grams of honey for every litre of water;',
    'for a sack mead it is closer to 450 grams.',
  ),
  'The steps on mixing day are always the same:',
];
const mSteps = [
  'Measure the sugar with a hydrometer and adjust with honey or water until it reads where we want it.',
  'Aerate the must by pumping it over itself for twenty minutes.',
  'Add a little yeast nutrient, because honey on its own is too poor in nitrogen for the yeast to stay healthy.',
  'Pitch the yeast, which we rehydrate in warm water half an hour before.',
];
const mFerment = [
  j(
    'Mead is famously slow. Where a beer ferments in a week, our meads take six to ten weeks, and we keep the tanks at 16°C to stop',
    'the yeast from making harsh, hot flavours. Twice a day for the first fortnight someone stirs each tank to let the gas out.',
  ),
  j(
    'We taste every tank at least once a week. A healthy fermentation smells of bread and flowers; a struggling one smells of struck',
    'matches, and usually needs more nutrient.',
  ),
];
const mQuote = '"You cannot hurry honey. Every time we have tried, we have ended up pouring it away." – Ned Farrow, head mead maker';
const mAge = [
  j(
    'When fermentation has finished, the mead is racked off its sediment into clean tanks and left to settle for at least four months.',
    'Heather Sack spends a year in old oak barrels that once held Madeira, which gives it a nutty edge.',
  ),
  j(
    'We do not filter our meads heavily, so you may see a faint haze in a bottle that has been kept cold. It is harmless and disappears',
    'as the mead warms up. Bottling happens twice a year, in April and October, on a small filler we share with the cider farm next door.',
  ),
];
const mOut = [
  j(
    'We add no sugar after fermentation, no flavourings and no sulphites to our traditional range. Our fruit meads, or melomels, are made',
    'the same way with blackcurrants or damsons added to the must, and they are labelled as such.',
  ),
  'If you would like to see all of this for yourself, tours run every Saturday from May to September.',
];
const mCaption = 'Heather honey being stirred in the drum before mixing. Photo: Larkspur Meadery';
const mNav = ['Home', 'Our Meads', 'Shop', 'Tours', 'Journal', 'Contact'];
const mShare = ['Facebook', 'X', 'Pinterest', 'Email'];
type Comment = { who: string; when: string; text: string };
const mComments: Comment[] = [
  {
    who: 'Ruth Ellery',
    when: 'March 13, 2026 at 8:41 am',
    text: 'Thank you for writing this up. We did the tour last summer and I had forgotten half of it. Do you sell the heather honey on its own?',
  },
  {
    who: 'Larkspur Meadery',
    when: 'March 13, 2026 at 10:02 am',
    text: 'Hi Ruth, we do when there is enough of it. It usually goes on sale in the shop in October.',
  },
  { who: 'Colm', when: 'March 15, 2026 at 7:19 pm', text: 'Great read. 16°C seems cool for a mead yeast, do you find it gets stuck?' },
];
const commentHtml = (c: Comment, i: number): string => `<li id="comment-${410 + i}" class="comment even thread-even depth-1">
<article id="div-comment-${410 + i}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">
<img alt="" src="https://secure.gravatar.com/avatar/${i}?s=42&amp;d=mm&amp;r=g" class="avatar avatar-42 photo" height="42" width="42">
<b class="fn">${c.who}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-${410 + i}">
<time datetime="2026-03-13T08:41:00+00:00">${c.when}</time></a></div></footer>
<div class="comment-content"><p>${c.text}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div>
</article></li>`;
const mFoot = ['Privacy Policy', 'Terms and Conditions', 'Delivery'];
const mHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${mTitle} &#8211; Larkspur Meadery</title><meta name='robots' content='index, follow, max-image-preview:large'>
<link rel="canonical" href="https://larkspurmeadery.co.uk/how-we-make-our-mead/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${mTitle}",
"datePublished":"2026-03-12T09:00:00+00:00","author":{"name":"Tamsin Arrowood"}}]}</script>
<link rel='stylesheet' id='hello-elementor-css' href='https://larkspurmeadery.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.1.0' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://larkspurmeadery.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4'>
<style id='wp-block-library-inline-css'>.wp-block-image img{box-sizing:border-box;height:auto;max-width:100%}</style></head>
<body class="post-template-default single single-post postid-2217 single-format-standard elementor-default elementor-kit-6 elementor-page-1884">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"><div class="elementor-widget-container">
<a href="https://larkspurmeadery.co.uk"><img width="200" height="80" src="/wp-content/uploads/2024/02/larkspur-logo.png" alt="Larkspur Meadery"></a>
</div></div></div></div><div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-nav-menu__align-end elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container">
<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">
<ul id="menu-1-5c1d2e" class="elementor-nav-menu">${links(mNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
</div></div></div></div></div></section></div>
<div data-elementor-type="single-post" data-elementor-id="1884" class="elementor elementor-1884 elementor-location-single post-2217 post type-post">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed"><div class="elementor-container">
<div class="elementor-column elementor-col-100 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading">
<div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">${mTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-info"><div class="elementor-widget-container">
<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-8a1 elementor-inline-item" itemprop="author"><a href="/author/tamsin/">
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">Tamsin Arrowood</span></a></li>
<li class="elementor-icon-list-item elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-text elementor-post-info__item
elementor-post-info__item--type-date"><time>March 12, 2026</time></span></li>
<li class="elementor-icon-list-item elementor-inline-item" itemprop="commentCount"><a href="#comments"><span class="elementor-icon-list-text
elementor-post-info__item elementor-post-info__item--type-comments">3 Comments</span></a></li></ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">
${ps(mIntro)}
<h2 class="wp-block-heading">${mH[0]}</h2>
${ps(mHoney)}
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="/wp-content/uploads/2026/03/heather-honey-1024x683.jpg" alt=""
class="wp-image-2219"><figcaption class="wp-element-caption">${mCaption}</figcaption></figure>
<h2 class="wp-block-heading">${mH[1]}</h2>
${ps(mMust)}
<ol class="wp-block-list">${lis(mSteps)}</ol>
<h2 class="wp-block-heading">${mH[2]}</h2>
${ps(mFerment)}
<blockquote class="wp-block-quote"><p>${mQuote}</p></blockquote>
<h2 class="wp-block-heading">${mH[3]}</h2>
${ps(mAge)}
<h2 class="wp-block-heading">${mH[4]}</h2>
${ps(mOut)}
</div></div>
<div class="elementor-element elementor-share-buttons--view-icon-text elementor-widget elementor-widget-share-buttons"><div class="elementor-widget-container">
<div class="elementor-grid">${mShare
  .map(
    (s) => `<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_${s.toLowerCase()}" role="button" tabindex="0">
<span class="elementor-share-btn__text"><span class="elementor-share-btn__title">${s}</span></span></div></div>`,
  )
  .join('\n')}</div></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-navigation"><div class="elementor-widget-container">
<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link">
<a href="/damson-melomel-release/" rel="prev">
<span class="post-navigation__prev--label">Previous</span><span class="post-navigation__prev--title">Damson melomel: the 2025 release</span></a></div>
<div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="/bees-in-winter/" rel="next">
<span class="post-navigation__next--label">Next</span><span class="post-navigation__next--title">What our bees do in winter</span></a></div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-comments"><div class="elementor-widget-container">
<section id="comments" class="comments-area"><h2 class="title-comments">3 Responses</h2><ol class="comment-list">
${mComments.map(commentHtml).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address
will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea id="comment" name="comment"></textarea></p>
<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label><input id="author" name="author" type="text"></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label><input id="email" name="email" type="email"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></section>
</div></div></div></div></div></section></div>
<div data-elementor-type="footer" data-elementor-id="45" class="elementor elementor-45 elementor-location-footer">
<section class="elementor-section elementor-top-section elementor-element"><div class="elementor-container"><div class="elementor-column elementor-col-50">
<div class="elementor-widget-wrap"><div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>Larkspur Meadery, Quarry Barn, Larkspur Downs. Shop and tasting room open Friday to Sunday, 11am to 5pm.</p></div></div></div></div>
<div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap"><div class="elementor-widget elementor-widget-nav-menu">
<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(mFoot, 'menu-item')}</ul></nav></div>
<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>© 2026 Larkspur Meadery. Please drink responsibly.</p>
</div></div></div></div></div></section></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description"><p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All",
you consent to our use of cookies.</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
<button class="cky-btn cky-btn-customize" data-cky-tag="settings-button">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script src='https://larkspurmeadery.co.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2' id='elementor-pro-frontend-js'></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout623-elementor-meadery-process',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: [...mH],
  body: texts([...mIntro, ...mHoney, ...mMust, ...mSteps, ...mFerment, mQuote, ...mAge, ...mOut]),
  bylines: ['Tamsin Arrowood', 'March 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...mNav, '3 Comments', mCaption, ...mShare, 'Previous', 'Damson melomel: the 2025 release', 'Next',
    'What our bees do in winter', '3 Responses', ...mComments.flatMap((c) => [c.who, c.when, c.text]), 'says:', 'Reply', 'Leave a Reply',
    'Your email address will not be published. Required fields are marked *', 'Comment *', 'Name *', 'Email *',
    'Larkspur Meadery, Quarry Barn, Larkspur Downs. Shop and tasting room open Friday to Sunday, 11am to 5pm.', ...mFoot,
    '© 2026 Larkspur Meadery. Please drink responsibly.', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT623_A2: readonly TestPage[] = [finish(elementor)];
