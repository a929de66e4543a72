import { plain, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 66, file a2: a WordPress post on the Twenty Twenty-Five block theme (block markup throughout: the header
 * template part with the site title and the responsive navigation overlay, the post title, featured image and date, the post
 * content with image, quote and list blocks, Jetpack "Share this:" and "Like this:" boxes, Jetpack related posts, the post
 * terms, the "Written by … in …" pattern, post navigation, the comment form with Jetpack's notify box, the "More posts" query
 * loop, the footer template part and Jetpack's "Discover more from" subscribe modal).
 */
const ttSite = 'Ink &amp; Ribbon';
const ttTitle = 'Bringing a 1962 Olympia SM9 Back to Life';
const ttIntro = [
  'The Olympia came from a house clearance in Stockport, wrapped in a bin bag inside its own case, and for &#163;15 I expected very ' +
    'little. The carriage would not move, the ribbon vibrator was bent flat against the platen, and most of the keys stuck halfway ' +
    'down, which usually means sixty years of dust and dried oil rather than anything broken.',
  'This is the long version of how it went from that to a machine I now use every day for letters. If you only want the short ' +
    'version: be patient with solvent, do not force anything, and photograph every spring before you touch it.',
];
const ttH1 = 'Cleaning without taking everything apart';
const ttClean = [
  'I removed the body panels, the platen and the carriage end caps, and stopped there. A full strip-down of a segment-shift machine ' +
    'is a weekend job for someone who has done it before, and I had not.',
  'Everything else was done in place with naphtha, a set of cheap paintbrushes and a great deal of time. I flushed the segment ' +
    'slots with solvent, worked each key up and down fifty times, and repeated the whole thing three evenings running until every ' +
    'typebar fell back under its own weight.',
];
const ttQuote = 'Never oil the segment. Oil is what got it into this state in the first place.';
const ttCite = 'Harriet Lowe, who has mended office machines in Salford since 1979';
const ttH2 = 'The carriage and the drawband';
const ttCarriage = [
  'The carriage problem turned out to be a snapped drawband, the cord that pulls the carriage along as you type. I replaced it with ' +
    'braided fishing line, which is what most repairers use now, tied off at the mainspring with the spring wound three turns.',
  'Getting the tension right took four attempts. Too little and the carriage stalls near the right margin; too much and it slams ' +
    'across the moment you hit the return lever.',
];
const ttCaption = 'The mainspring drum with the new drawband hooked on. Three turns of tension was enough for this machine.';
const ttH3 = 'What it cost';
const ttCosts = [
  'Typewriter, case included: &#163;15',
  'Naphtha and brushes: &#163;11',
  'Braided line and a new ribbon: &#163;9',
  'Rubber feet from a parts supplier: &#163;6',
];
const ttEnd = [
  'Forty-one pounds in all, and perhaps twenty hours of work. The platen is still hard and a little loud, and one day I will send ' +
    'it away to be recovered, but the machine types cleanly, the margins hold, and the bell still rings at the end of every line.',
];
const ttNav = ['Blog', 'Machines', 'Letters', 'About'];
const ttFootNav = ['Contact', 'Mastodon', 'RSS'];
const ttShare = ['Facebook', 'X', 'Email', 'Print'];
const ttRelated = [
  { t: 'Choosing a First Typewriter Without Getting Burned', d: 'January 12, 2025', c: 'In "Buying"' },
  { t: 'A Ribbon Spool Adapter You Can Print at Home', d: 'December 2, 2024', c: 'In "Repairs"' },
  { t: 'The Letters Project, Six Months In', d: 'November 18, 2024', c: 'In "Letters"' },
];
const ttMore = [
  { t: 'Typing in the Cold: A Winter Letter Club', d: 'March 9, 2025' },
  { t: 'Why I Gave Up on Correction Tape', d: 'February 21, 2025' },
  { t: 'Choosing a First Typewriter Without Getting Burned', d: 'January 12, 2025' },
];
const ttTags = ['Olympia', 'restoration', 'typewriters'];
const navItem = (t: string): string =>
  `<li class=" wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="https://inkandribbon.example/` +
  `${t.toLowerCase()}/"><span class="wp-block-navigation-item__label">${t}</span></a></li>`;
const shareItem = (t: string): string =>
  `<li class="share-${t.toLowerCase()}"><a rel="nofollow noopener noreferrer" data-shared="sharing-${t.toLowerCase()}-1187"
 class="share-${t.toLowerCase()} sd-button share-icon" href="https://inkandribbon.example/2025/02/03/olympia-sm9/?share=${t.toLowerCase()}" target="_blank"
 aria-labelledby="sharing-${t.toLowerCase()}-1187"><span id="sharing-${t.toLowerCase()}-1187" hidden>Click to share on ${t} (Opens in new window)</span>
<span>${t}</span></a></li>`;
const ttHtml = `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="max-image-preview:large">
<title>${ttTitle} &#8211; ${ttSite}</title>
<link rel="alternate" type="application/rss+xml" title="${ttSite} &raquo; Feed" href="https://inkandribbon.example/feed/">
<style id="wp-block-library-inline-css">:root{--wp-admin-theme-color:#007cba;}.wp-block-quote{box-sizing:border-box;overflow-wrap:break-word}</style>
<style id="global-styles-inline-css">:root{--wp--preset--aspect-ratio--square: 1;--wp--preset--color--base: #FFFFFF;--wp--preset--color--contrast: #111111;
--wp--preset--spacing--60: clamp(30px, 7vw, 70px);--wp--preset--font-family--manrope: Manrope, sans-serif;}</style>
<style id="core-block-supports-inline-css">.wp-container-core-group-is-layout-fc4fd283{justify-content:space-between;}
.wp-container-core-navigation-is-layout-fdcfc74e{justify-content:flex-end;}</style>
<link rel="stylesheet" id="jetpack_likes-css" href="https://inkandribbon.example/wp-content/plugins/jetpack/modules/likes/style.css?ver=14.3" media="all">
<meta property="og:type" content="article"><meta property="og:title" content="${ttTitle}">
<meta property="article:published_time" content="2025-02-03T19:20:44+00:00">
</head>
<body class="wp-singular post-template-default single single-post postid-1187 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part">
<div class="wp-block-group alignfull is-layout-flow wp-block-group-is-layout-flow"><div class="wp-block-group has-global-padding is-layout-constrained
 wp-block-group-is-layout-constrained"><div class="wp-block-group alignwide is-content-justification-space-between is-nowrap is-layout-flex
 wp-container-core-group-is-layout-fc4fd283 wp-block-group-is-layout-flex"
 style="padding-top:var(--wp--preset--spacing--30);padding-bottom:var(--wp--preset--spacing--30)">
<p class="wp-block-site-title"><a href="https://inkandribbon.example" target="_self" rel="home">${ttSite}</a></p>
<div class="wp-block-group is-content-justification-right is-nowrap is-layout-flex wp-block-group-is-layout-flex">
<nav class="is-responsive items-justified-right wp-block-navigation is-horizontal is-content-justification-right is-layout-flex
 wp-container-core-navigation-is-layout-fdcfc74e wp-block-navigation-is-layout-flex" aria-label="Header navigation"
 data-wp-interactive="core/navigation" data-wp-context='{"overlayOpenedBy":{"click":false,"hover":false,"focus":false},"type":"overlay","roleAttribute":""}'>
<button aria-haspopup="dialog" aria-label="Open menu" class="wp-block-navigation__responsive-container-open" data-wp-on-async--click="actions.openMenuOnClick"
 data-wp-on--keydown="actions.handleMenuKeydown"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true"
 focusable="false"><path d="M4 7.5h16v1.5H4z"></path></svg></button>
<div class="wp-block-navigation__responsive-container" id="modal-1" data-wp-class--has-modal-open="state.isMenuOpen"
 data-wp-class--is-menu-open="state.isMenuOpen">
<div class="wp-block-navigation__responsive-close" tabindex="-1"><div class="wp-block-navigation__responsive-dialog" data-wp-bind--aria-modal="state.ariaModal">
<button aria-label="Close menu" class="wp-block-navigation__responsive-container-close" data-wp-on-async--click="actions.closeMenuOnClick"><svg
 xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="m13.06 12 6.47-6.47"></path></svg>
</button><div class="wp-block-navigation__responsive-container-content" id="modal-1-content"><ul class="wp-block-navigation__container is-responsive
 items-justified-right wp-block-navigation">${ttNav.map(navItem).join('')}</ul></div></div></div></div></nav></div></div></div></div></header>
<main class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--60)">
<div class="wp-block-group alignfull has-global-padding is-layout-constrained wp-block-group-is-layout-constrained"
 style="padding-top:var(--wp--preset--spacing--60);padding-bottom:var(--wp--preset--spacing--60)">
<h1 class="wp-block-post-title">${ttTitle}</h1>
<figure style="aspect-ratio:3/2;" class="wp-block-post-featured-image"><img width="1536" height="1024"
 src="https://inkandribbon.example/wp-content/uploads/2025/02/olympia-sm9-1536x1024.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image"
 alt="" style="width:100%;height:100%;object-fit:cover;" decoding="async" fetchpriority="high"></figure>
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-post-date has-small-font-size">
<time datetime="2025-02-03T19:20:44+00:00">February 3, 2025</time></div></div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
${ttIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2 class="wp-block-heading">${ttH1}</h2>
${ttClean.map((p) => `<p>${p}</p>`).join('\n')}
<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow"><p>${ttQuote}</p><cite>${ttCite}</cite></blockquote>
<h2 class="wp-block-heading">${ttH2}</h2>
<p>${ttCarriage[0]}</p>
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="768"
 src="https://inkandribbon.example/wp-content/uploads/2025/02/drawband.jpg"
 alt="" class="wp-image-1192"><figcaption class="wp-element-caption">${ttCaption}</figcaption></figure>
<p>${ttCarriage[1]}</p>
<h2 class="wp-block-heading">${ttH3}</h2>
<ul class="wp-block-list">
${ttCosts.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<hr class="wp-block-separator has-alpha-channel-opacity">
${ttEnd.map((p) => `<p>${p}</p>`).join('\n')}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul>${ttShare.map(shareItem).join('\n')}<li class="share-end"></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" id="like-post-wrapper-218877-1187-67a1"
 data-src="https://widgets.wp.com/likes/?ver=14.3#blog_id=218877&amp;post_id=1187" data-name="like-post-frame-218877-1187-67a1" data-title="Like or Reblog">
<h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder" style="height: 55px;"><span class="button">
<span>Like</span></span> <span class="loading">Loading...</span></div><span class="sd-text-color"></span><a class="sd-link-color"></a></div>
<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">
${ttRelated
  .map(
    (r, i) => `<div class="jp-relatedposts-post jp-relatedposts-post${i} jp-relatedposts-post-thumbs" data-post-id="${1100 + i}" data-post-format="false">
<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="https://inkandribbon.example/?p=${1100 + i}" title="${r.t}"
 data-origin="1187" data-position="${i}">${r.t}</a></h4><p class="jp-relatedposts-post-date" style="display: block;">${r.d}</p>
<p class="jp-relatedposts-post-context">${r.c}</p></div>`,
  )
  .join('\n')}
</div></div></div>
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--60)">
<div class="taxonomy-post_tag is-style-post-terms-1 wp-block-post-terms">${ttTags
  .map((t) => `<a href="https://inkandribbon.example/tag/${t.toLowerCase()}/" rel="tag">${t}</a>`)
  .join('<span class="wp-block-post-terms__separator">  </span>')}</div></div>
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><p>Written by</p><div class="wp-block-post-author-name">
<a href="https://inkandribbon.example/author/tomasz/" target="_self" class="wp-block-post-author-name__link">Tomasz Wilk</a></div><p>in</p>
<div class="taxonomy-category wp-block-post-terms"><a href="https://inkandribbon.example/category/repairs/" rel="tag">Repairs</a></div></div>
<nav class="wp-block-group alignwide is-content-justification-space-between is-nowrap is-layout-flex wp-block-group-is-layout-flex" aria-label="Post navigation"
 style="border-top-color:var(--wp--preset--color--accent-6);border-top-width:1px;padding-top:var(--wp--preset--spacing--40)">
<div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow"
 aria-hidden="true">←</span><a href="https://inkandribbon.example/2025/01/12/first-typewriter/" rel="prev">${ttMore[2]!.t}</a></div>
<div class="post-navigation-link-next has-text-align-right wp-block-post-navigation-link"><a href="https://inkandribbon.example/2025/02/21/correction-tape/"
 rel="next">${ttMore[1]!.t}</a><span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div></nav>
<div class="wp-block-comments wp-block-comments-query-loop"><div id="respond" class="comment-respond wp-block-post-comments-form">
<h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond"
 style="display:none;">Cancel reply</a></small></h3><form action="https://inkandribbon.example/wp-comments-post.php" method="post" id="commentform"
 class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span
 class="required-field-message">Required
 fields are marked <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Comment <span
 class="required">*</span></label>
<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">Name
 <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value=""
 size="30"></p>
<p class="comment-form-url"><label for="url">Website</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url"></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label
 for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="comment-subscription-form"><input type="checkbox" name="subscribe_blog" id="subscribe_blog" value="subscribe" style="width: auto;">
<label class="subscribe-label" id="subscribe-blog-label" for="subscribe_blog">Notify me of new posts by email.</label></p>
<p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button" value="Post Comment">
<input type="hidden" name="comment_post_ID" value="1187" id="comment_post_ID"></p></form></div></div></div>
<div class="wp-block-group alignwide has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<h2 class="wp-block-heading alignwide has-small-font-size" style="font-style:normal;font-weight:700;letter-spacing:1.4px;text-transform:uppercase">More
 posts</h2>
<div class="wp-block-query alignwide is-layout-flow wp-block-query-is-layout-flow"><ul class="alignfull wp-block-post-template is-layout-flow
 wp-block-post-template-is-layout-flow">${ttMore
   .map(
     (m, i) => `<li class="wp-block-post post-${1200 - i} post type-post status-publish format-standard hentry category-letters">
<div class="wp-block-group alignfull is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex"><h3 class="wp-block-post-title
 has-large-font-size"><a href="https://inkandribbon.example/?p=${1200 - i}" target="_self">${m.t}</a></h3><div class="has-text-align-right wp-block-post-date">
<time datetime="2025">${m.d}</time></div></div></li>`,
   )
   .join('\n')}</ul></div></div>
</main>
<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<div class="wp-block-group alignwide is-layout-flow wp-block-group-is-layout-flow" style="padding-top:var(--wp--preset--spacing--60)">
<div class="wp-block-group alignfull is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-group
 is-layout-flow wp-block-group-is-layout-flow"><h2 class="wp-block-site-title"><a href="https://inkandribbon.example" target="_self"
 rel="home">${ttSite}</a></h2>
<p class="wp-block-site-tagline">Notes from a typewriter desk in Stockport</p></div>
<nav class="is-vertical wp-block-navigation is-layout-flex" aria-label="Footer navigation"><ul class="wp-block-navigation__container is-vertical
 wp-block-navigation">${[...ttNav.slice(0, 1), ...ttNav.slice(3), ...ttFootNav].map(navItem).join('')}</ul></nav></div>
<div class="wp-block-spacer" style="height:var(--wp--preset--spacing--70)" aria-hidden="true"></div>
<div class="wp-block-group alignfull is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex">
<p class="has-small-font-size">${ttSite}</p><p class="has-small-font-size">Designed with <a href="https://wordpress.org" rel="nofollow">WordPress</a></p>
</div></div></div></footer></div>
<div class="jetpack-subscribe-modal"><div class="jetpack-subscribe-modal__modal-content"><div class="wp-block-group has-border-color is-layout-constrained">
<h2 class="wp-block-heading has-text-align-center" style="margin-top:4px;margin-bottom:10px;font-size:26px;font-style:normal;font-weight:600">Discover more
 from ${ttSite}</h2><p class="has-text-align-center" style="margin-top:4px;margin-bottom:0px;font-size:15px">Subscribe now to keep reading and get access to the
 full archive.</p><div class="wp-block-jetpack-subscriptions__container is-not-subscriber"><form action="https://wordpress.com/email-subscriptions"
 method="post"
 accept-charset="utf-8" data-blog="218877" data-post_access_level="everybody" id="subscribe-blog"><p id="subscribe-email"><label id="subscribe-field-label"
 for="subscribe-field" class="screen-reader-text">Type your email…</label><input type="email" name="email" class="no-border-radius"
 placeholder="Type your email…"
 value="" id="subscribe-field" required></p><p id="subscribe-submit"><button type="submit" class="wp-block-button__link no-border-radius"
 name="jetpack_subscriptions_widget">
Subscribe</button></p></form></div><p class="has-text-align-center jetpack-subscribe-modal__close"><a href="#">Continue reading</a></p></div></div></div>
<script type="speculationrules">{"prefetch":[{"source":"document","where":{"and":[{"href_matches":"\\/*"},{"not":{"href_matches":["\\/wp-*.php",
"\\/wp-admin\\/*"]}}]},"eagerness":"conservative"}]}</script>
<script type="module" src="https://inkandribbon.example/wp-includes/js/dist/script-modules/block-library/navigation/view.min.js?ver=61572d447d60c0aa5240"
 id="@wordpress/block-library/navigation/view-js-module"></script>
</body>
</html>`;
export const twentyTwentyFivePost: TestPage = {
  html: ttHtml,
  name: 'heldout66-wordpress-twenty-twenty-five',
  kind: 'blog',
  // the post content's paragraphs, the quote block and the cost list are body, the three h2s the headings; the quote's cite
  // line is the post writer's own attribution of the quote, a sentence of the post: body; the image caption is furniture;
  // the post date and "Tomasz Wilk" of the "Written by … in …" pattern are bylines ("Written by" and "in" in neither);
  // Jetpack's share and like boxes (though inside .entry-content), its related posts with their dates and contexts, the post
  // terms, category, post navigation, comment form, "More posts" with their dates, header, footer and the subscribe modal
  // are furniture; the dates of other posts are part of the related lists, not this post's datelines; the prev/next links
  // repeat two "More posts" titles (listed once); the tag "Olympia" is a word of the title and the menu's "Machines"
  // and "Letters" words of the body: left out
  title: ttTitle,
  headings: [ttH1, ttH2, ttH3],
  body: [...texts(ttIntro), ...texts(ttClean), ttQuote, ttCite, ...texts(ttCarriage), ...texts(ttCosts), ...texts(ttEnd)],
  bylines: ['February 3, 2025', 'Tomasz Wilk'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    plain(ttSite), 'Blog', 'About', ttCaption, 'Share this:', ...ttShare.map((t) => `Click to share on ${t} (Opens in new window)`), ...ttShare,
    'Like this:', 'Like', 'Loading...', 'Related', ...ttRelated.flatMap((r) => [r.t, r.d, r.c]), ...ttTags.slice(1), 'Repairs',
    'Leave a Reply', 'Cancel reply', 'Your email address will not be published.', 'Required fields are marked *', 'Comment', 'Name', 'Website',
    'Save my name, email, and website in this browser for the next time I comment.', 'Notify me of new posts by email.', 'More posts',
    ...ttMore.slice(0, 2).flatMap((m) => [m.t, m.d]), 'Notes from a typewriter desk in Stockport', ...ttFootNav, 'Designed with WordPress',
    `Discover more from ${plain(ttSite)}`, 'Subscribe now to keep reading and get access to the full archive.', 'Type your email…', 'Subscribe',
    'Continue reading',
  ],
};
