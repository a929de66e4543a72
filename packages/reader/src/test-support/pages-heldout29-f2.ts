import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 29, file f2: an Associated Press story on an independent small daily's WordPress site on the Newspack theme
 * (body classes of a Newspack single post, the newsletter lightbox popup, top bar with "Subscribe" and "e-Edition", logo and
 * tagline, primary menu, the category link with its screen-reader "Posted in", headline, byline with avatar and "Associated
 * Press", date, featured image with "Credit:" label, an ad placement and an inline "support local journalism" prompt inside
 * the entry content, the AP contributor line and copyright notice, Jetpack "Share this:" buttons with screen-reader "(Opens in
 * new window)", Jetpack related posts with their "In" context, the WordPress comment form, a "Most Read" sidebar and the
 * footer with address and "Proudly powered by Newspack by Automattic").
 */
const apTitle = 'Crop-dusting pilots are retiring faster than they can be replaced. Farmers are turning to drones';
const apBody1 = [
  'DES MOINES, Iowa (AP) — For 37 summers, Lyle Brandvold flew a yellow crop duster low over the cornfields of central Iowa, ' +
    'spraying fungicide a few feet above the tassels. This year, at 71, he sold the plane.',
  '“My eyes are fine, my back is not,” Brandvold said. “And there’s nobody to sell the business to.”',
  'Across the Midwest, aerial applicators, as the industry calls them, are aging out faster than young pilots are coming in. ' +
    'Training is expensive, insurance is costly and the work is seasonal and dangerous. An industry survey this year found the ' +
    'average operator was 58 years old.',
  'Into the gap have come drones. Farmers and small spraying companies are buying agricultural drones that can carry 10 gallons ' +
    'or more of liquid and cover 40 acres an hour, guided by GPS and flown by an operator standing at the edge of the field.',
];
const apBody2 = [
  'Kayla Ostheimer, 27, started a drone spraying business near Ames two years ago with one machine and a borrowed pickup. She now ' +
    'runs four drones and has two employees, and she said she turned away more work this summer than she took on.',
  '“The phone doesn’t stop in July,” she said. “Everybody’s fungicide window is the same two weeks.”',
  'Drones have limits. They carry far less than a plane, so they need frequent refills, and they struggle in strong wind. Federal ' +
    'rules require operators to hold special waivers to fly heavy spraying drones, and the paperwork can take months.',
  'Some pilots worry drones will drive down prices without being able to cover the largest farms in time when disease hits. ' +
    '“A drone is a good tool for a 200-acre field,” said Rick Tollefsen, who still flies two planes out of a grass strip north of ' +
    'Ames. “When someone calls me with 3,000 acres of soybeans and rust coming in, a drone isn’t going to save him.”',
  'Researchers at several land-grant universities are testing how well drone spraying covers the lower leaves of tall crops, a ' +
    'key question for fungicide. Early results suggest coverage is comparable to ground rigs in corn but weaker in dense soybean ' +
    'canopies.',
  'For Brandvold, the question is settled. His last customer, a neighbor he had sprayed for since 1989, hired Ostheimer this ' +
    'year. “She did a good job,” he said. “I checked.”',
];
const apMenu = ['Local News', 'Sports', 'Obituaries', 'Opinion', 'Agriculture', 'Business', 'Public Notices', 'Classifieds', 'Weather'];
const apCaption = 'Kayla Ostheimer guides a spraying drone over a soybean field near Ames, Iowa, on Aug. 6, 2025.';
const apPrompt =
  'The Ledger is one of the last family-owned dailies in Iowa. If you value local reporting, please consider a subscription ' +
  'starting at $1 for the first month.';
const apContrib = 'Associated Press writer Luis Cardenas in Fresno, California, contributed to this report.';
const apCopy = 'Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.';
const apShare = ['Facebook', 'X', 'Email', 'Print'];
const apRelated = [
  ['County fair livestock show draws record 412 entries', 'In "Agriculture"'],
  ['Harlan Falls co-op approves new grain dryer', 'In "Local News"'],
  ['Farm income forecast to fall for third straight year', 'In "National"'],
];
const apForm = [
  'Leave a Reply',
  'Cancel reply',
  'Your email address will not be published. Required fields are marked *',
  'Comment *',
  'Name *',
  'Email *',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
];
const apMost = ['Harlan Falls council delays vote on water rates', 'Wapsi Valley girls advance to state semifinal', 'Obituary: Doris M. Halvorsen, 91'];
const apFoot = ['About Us', 'Contact', 'Advertise', 'Submit a Letter', 'Submit an Obituary', 'Privacy Policy'];
const apHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>${apTitle} &#8211; Tri-County Ledger</title>
<meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="newspack-style-css" href="/wp-content/themes/newspack-theme/style.css?ver=2.9.1">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${apTitle}",
"datePublished":"2025-11-21T06:12:00-06:00",
"author":{"@type":"Person","name":"Margaret Kohl"},"publisher":{"@type":"Organization","name":"Tri-County Ledger"}}]}</script>
<style id="newspack-theme-colors">:root{--newspack-theme-color-primary:#1c4b82}</style></head>
<body class="post-template-default single single-post postid-88213 single-format-standard wp-custom-logo wp-embed-responsive theme-newspack-theme
h-nsub h-db h-ll h-dh single-featured-image-default has-sidebar cat-national tag-associated-press newspack--font-loading">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div class="newspack-popup-container newspack-lightbox newspack-lightbox-placement-center" role="dialog" aria-modal="true" data-segments="anonymous">
<div class="newspack-popup-wrapper"><h2 class="wp-block-heading">Get the Ledger in your inbox</h2><p>Our free morning newsletter brings you the
day’s local headlines at 6 a.m.</p><form class="newspack-newsletters-subscribe"><input type="email" placeholder="Email address">
<button type="submit">Sign up</button></form><button class="newspack-lightbox__close" aria-label="Close Pop-up">No thanks</button></div></div>
<div id="page" class="site"><header id="masthead" class="site-header hide-header-search"><div class="top-header-contain desktop-only">
<div class="wrapper"><nav class="secondary-menu" aria-label="Secondary Menu"><ul>${links(['Subscribe', 'e-Edition', 'Contact Us'], 'menu-item')}</ul></nav>
<a class="button account-link" href="/my-account/"><span class="account-link__text">Sign In</span></a></div></div>
<div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img class="custom-logo"
src="/wp-content/uploads/2023/04/ledger-logo.png" alt="Tri-County Ledger"></a>
<p class="site-description">Serving Harlan Falls and the Wapsi Valley since 1884</p>
</div></div></div><div class="bottom-header-contain desktop-only"><nav id="site-navigation" class="main-navigation nav1" aria-label="Top Menu">
<ul id="menu-primary" class="main-menu">${links(apMenu, 'menu-item menu-item-type-taxonomy menu-item-object-category')}</ul></nav></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-88213" class="post-88213 post type-post status-publish format-standard has-post-thumbnail hentry category-national tag-associated-press">
<header class="entry-header"><span class="cat-links"><span class="screen-reader-text">Posted in</span>
<a href="/category/national/" rel="category tag">National</a></span>
<h1 class="entry-title">${apTitle}</h1><div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img alt="" class="avatar avatar-80"
src="https://secure.gravatar.example/avatar/ap?s=80&amp;d=mm"></span><span class="byline"><span>by</span> <span class="author vcard"><a class="url fn n"
href="/author/margaret-kohl/">Margaret Kohl</a></span><span class="author-affiliation"> | Associated Press</span></span>
<span class="posted-on"><time class="entry-date published" datetime="2025-11-21T06:12:00-06:00">November 21, 2025</time></span></div></div></header>
<figure class="post-thumbnail"><img width="1200" height="800" src="/wp-content/uploads/2025/11/AP25324512345678.jpg" class="attachment-newspack-featured-image
size-newspack-featured-image wp-post-image" alt="" decoding="async"><figcaption><span class="image-caption">${apCaption}</span>
<span class="image-credit"><span class="credit-label-wrapper">Credit: </span>AP Photo/Dana Ekstrom</span></figcaption></figure>
<div class="entry-content">
${apBody1.map((t) => `<p>${t}</p>`).join('\n')}
<div class="newspack_global_ad newspack_ad_inline scaip scaip-1"><div class="newspack-ad-label">Advertisement</div><div id="div-gpt-ad-inline-1"></div></div>
${apBody2
  .slice(0, 3)
  .map((t) => `<p>${t}</p>`)
  .join('\n')}
<div class="newspack-popup newspack-inline-popup" role="dialog" aria-label="Support local journalism"><h3 class="wp-block-heading">Support local journalism</h3>
<p>${apPrompt}</p><div class="wp-block-buttons"><a class="wp-block-button__link" href="/subscribe/">Subscribe now</a></div></div>
${apBody2
  .slice(3)
  .map((t) => `<p>${t}</p>`)
  .join('\n')}
<p>___</p>
<p><em>${apContrib}</em></p>
<p class="ap-copyright">${apCopy}</p>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul>${apShare
  .map(
    (t) =>
      `<li class="share-${t.toLowerCase()}"><a rel="nofollow noopener noreferrer" class="share-${t.toLowerCase()} sd-button share-icon" ` +
      `href="?share=${t.toLowerCase()}" ` +
      `target="_blank" title="Click to share on ${t}"><span>${t}</span><span class="sharing-screen-reader-text">(Opens in new window)</span></a></li>`,
  )
  .join('')}</ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
${apRelated
  .map(
    ([t, c]) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="#">${t}</a></h4>
<p class="jp-relatedposts-post-context">${c}</p></div>`,
  )
  .join('\n')}
</div></div></article>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply
<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
<form id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span>
<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea id="comment"></textarea></p>
<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label><input id="author"></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label><input id="email"></p>
<p class="comment-form-url"><label for="url">Website</label><input id="url"></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" type="checkbox"><label for="wp-comment-cookies-consent">Save my name, email,
and website in this browser for the next time I comment.</label></p><p class="form-submit"><input type="submit" class="submit" value="Post Comment"></p>
</form></div></div></main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_newspack-popular-posts"><h2 class="widget-title">Most Read</h2>
<ul>${links(apMost)}</ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="footer-branding"><p class="footer-name">Tri-County Ledger</p>
<p class="footer-address">112 W. Main St., Harlan Falls, Iowa · (555) 013-2280</p></div><nav class="footer-menu"><ul>${links(apFoot)}</ul></nav>
<div class="site-info"><span class="copyright">© 2025 Tri-County Ledger.</span> <a class="imprint" href="https://newspack.example/">Proudly powered by
Newspack by Automattic</a></div></footer></div>
<script id="newspack-popups-view-js" src="/wp-content/plugins/newspack-popups/dist/view.js?ver=3.4.0" defer></script></body></html>`;
export const apDaily: TestPage = {
  html: apHtml,
  name: 'heldout29-ap-small-daily',
  kind: 'news',
  // the dateline "DES MOINES, Iowa (AP) —" opens the first paragraph: body; the story has no headings; "Margaret Kohl", the
  // "| Associated Press" affiliation and the date are bylines ("by" in neither); inside the entry content, the ad label, the
  // inline "Support local journalism" prompt, the "___" rule (in neither), the italic AP contributor line (as batch 19's
  // contributor note) and the AP copyright notice are furniture, as are the Jetpack share buttons with their screen-reader
  // text, "Related" posts with their "In" context lines, the comment form, the newsletter lightbox, category link, caption and
  // credit, top bar, logo tagline, menu, "Most Read" and the footer; the menu's "Business" is a word of the body: left out
  title: apTitle,
  headings: [],
  body: [...texts(apBody1), ...texts(apBody2)],
  bylines: ['Margaret Kohl', '| Associated Press', 'November 21, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Get the Ledger in your inbox', 'Our free morning newsletter brings you the day’s local headlines at 6 a.m.', 'Sign up',
    'No thanks', 'Subscribe', 'e-Edition', 'Contact Us', 'Sign In', 'Serving Harlan Falls and the Wapsi Valley since 1884',
    ...apMenu.filter((t) => t !== 'Business'),
    'Posted in', 'National', apCaption, 'Credit:', 'AP Photo/Dana Ekstrom', 'Advertisement', 'Support local journalism', apPrompt, 'Subscribe now',
    apContrib, apCopy, 'Share this:', ...apShare, '(Opens in new window)', 'Related', ...apRelated.flat(), ...apForm, 'Most Read', ...apMost,
    'Tri-County Ledger', '112 W. Main St., Harlan Falls, Iowa · (555) 013-2280', ...apFoot, '© 2025 Tri-County Ledger.',
    'Proudly powered by Newspack by Automattic',
  ],
};
