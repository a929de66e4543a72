import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 125, file d2: a Squarespace 7.1 blog post on a florist's site (the announcement bar, "Skip to Content", the
 * header with nav, a "Services" folder whose items sit in a hidden dropdown, the cart count and the mobile overlay menu, the
 * meta row with date and category above the title, HTML blocks with h3 headings, image blocks with captions, a line block and
 * a button block, the bottom meta with tags, the share links and the like count, the author profile, the native comments box
 * with one comment, the prev/next pagination, the footer newsletter block and address, and the v2 cookie banner).
 */
const sqTitle = 'Planning flowers for an autumn wedding: what’s in season and what it costs';
const sqP1 = [
  `Autumn is our favourite season for weddings, and not just because the light is kinder in photographs. From the end of August to the
first frosts, British growers have more variety than at any other time of year, and much of it is the kind of loose, textured material
that couples ask us for.`,
  `If you are getting married between September and early November, here is how we approach the flowers, and where your budget goes
furthest.`,
];
const sqH1 = 'What is in season';
const sqP2 = ['Almost everything we use for autumn weddings comes from within sixty miles of the studio. These are the flowers and foliage we rely on most:'];
const sqL1 = [
  'Dahlias, in every colour from cream to deep burgundy, until the first hard frost.',
  'Chrysanthemums, especially the spider and spoon types, which are nothing like the supermarket kind.',
  'Rose hips, crab apples and blackberries on the stem, for colour and texture.',
  'Copper beech, oak and bronze fennel as foliage.',
  'Late garden roses from a grower near Evesham, usually until the middle of October.',
];
const sqH2 = 'Where the money goes';
const sqP3 = [
  `Couples are often surprised that the flowers themselves are rarely the biggest cost. Labour is. A bridal bouquet uses perhaps forty
stems but takes two to three hours to make, and a large installation such as a hanging arch can take two of us most of a day before we
even get to the venue.`,
  `As a rough guide, our autumn weddings in 2025 have ranged from about £900 for a bouquet, buttonholes and a few jars for the tables, to
£6,000 and up for a whole venue with installations. Most couples spend between £1,800 and £2,500.`,
];
const sqH3 = 'Three ways to make it go further';
const sqP4 = [
  `First, move your ceremony flowers to the reception. Pedestal arrangements and aisle jars can be carried through while guests are having
drinks, and we can do this for you on the day.`,
  `Second, let us choose. If you give us a colour palette and a feeling rather than a list of specific flowers, we can buy whatever is best
that week, which is nearly always better value.`,
  `Third, think about the tables. Low arrangements in mismatched bottles and jars cost a fraction of tall centrepieces, and they let guests
see each other across the table.`,
];
const sqH4 = 'When to book';
const sqP5 = [
  `We take a limited number of weddings each weekend so that we can do each one properly. For autumn dates we usually recommend getting
in touch nine to twelve months ahead, although we do sometimes have space closer to the time.`,
];
const sqCaps = [
  'A bridal bouquet of cafe au lait dahlias, rose hips and copper beech, Stanway Barn, October 2024.',
  'Low table jars at a September wedding in Painswick.',
];
const sqNav = ['Weddings', 'Workshops', 'Shop', 'Journal', 'About', 'Contact'];
const sqFolder = ['Event Flowers', 'Funeral Tributes', 'Corporate'];
const sqTags = ['Autumn', 'Seasonal flowers', 'Budget'];
const sqShare = ['Facebook', 'Pinterest', 'LinkedIn'];
const sqBio = 'Bryony Keel founded Hedgerow & Vine in 2016. She grows about half of the studio’s flowers on a one-acre plot outside Stroud.';
const sqComment = ['Harriet Lowe', 'September 12, 2025', 'So helpful to see actual numbers. We are booked for next October and this has calmed me down a lot!'];
const sqNews = [
  'Seasonal notes from the studio',
  'Once a month: what’s growing, what’s on and the odd workshop date.',
  'Email Address',
  'Sign Up',
  'We respect your privacy.',
  'Thank you!',
];
const sqFooter = ['Hedgerow & Vine', 'Unit 4, Brimscombe Port, Stroud GL5 2QJ', 'Studio open by appointment, Tuesday to Saturday', 'Instagram'];
const sqCookie = 'We use cookies to understand how people find and use our website.';
const esc = (t: string): string => t.replace(/&/g, '&amp;');
const sqPs = (a: readonly string[]): string => a.map((p) => `<p class="" style="white-space:pre-wrap;">${p}</p>`).join('\n');
const sqBlock = (id: string, inner: string): string => `<div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2"
data-border-radii="&#123;&quot;topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;&#125;" id="block-${id}"><div
class="sqs-block-content">
<div class="sqs-html-content">${inner}</div></div></div>`;
const sqImage = (id: string, cap: string): string => `<div class="sqs-block image-block sqs-block-image sqs-text-ready" data-block-type="5" id="block-${id}">
<div class="sqs-block-content"><div class="image-block-outer-wrapper layout-caption-below design-layout-inline combination-animation-site-default
individual-animation-site-default individual-text-animation-site-default" data-test="image-block-inline-outer-wrapper"><figure
class="sqs-block-image-figure intrinsic"
style="max-width:1500px;"><div class="image-block-wrapper" data-animation-role="image"><div class="sqs-image-shape-container-element has-aspect-ratio"
style="position: relative; padding-bottom:133.3%; overflow: hidden;"><img data-stretch="false"
data-src="https://images.squarespace-cdn.example/content/v1/${id}.jpg"
data-image-dimensions="1500x2000" data-image-focal-point="0.5,0.5" alt="" data-load="false"
src="https://images.squarespace-cdn.example/content/v1/${id}.jpg?format=1000w"
width="1500" height="2000" sizes="(max-width: 640px) 100vw, 50vw" loading="lazy" decoding="async" data-loader="sqs"></div></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class=""
style="white-space:pre-wrap;">${cap}</p></div></figcaption></figure></div></div></div>`;
const sqNavItem = (t: string): string =>
  t === 'Weddings'
    ? `<div class="header-nav-item header-nav-item--folder"><a class="header-nav-folder-title" href="/weddings" tabindex="-1"
data-animation-role="header-element">
Services</a><div class="header-nav-folder-content">${sqFolder
        .map(
          (f) => `<div class="header-nav-folder-item"><a href="/${f.toLowerCase().replace(' ', '-')}">
<span class="header-nav-folder-item-content">${f}</span></a></div>`,
        )
        .join('')}</div></div>
<div class="header-nav-item header-nav-item--collection"><a href="/weddings" data-animation-role="header-element">${t}</a></div>`
    : `<div class="header-nav-item header-nav-item--collection${t === 'Journal' ? ' header-nav-item--active' : ''}"><a href="/${t.toLowerCase()}"
data-animation-role="header-element"${t === 'Journal' ? ' aria-current="page"' : ''}>${t}</a></div>`;
const sqPager = (dir: string, label: string, title: string): string => `<a href="/journal/${dir}" class="item-pagination-link item-pagination-link--${dir}">
<div class="item-pagination-icon icon icon--stroke"><svg class="caret-${dir === 'prev' ? 'left' : 'right'}-icon--small" viewBox="0 0 9 16"></svg></div>
<div class="pagination-title-wrapper"><div class="item-pagination-prev-next">${label}</div><h2 class="item-pagination-title">${title}</h2></div></a>`;
const sqHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Planning flowers for an autumn wedding: what’s in season and what it costs — Hedgerow &amp; Vine</title>
<link rel="canonical" href="https://www.hedgerowandvine.example/journal/autumn-wedding-flowers"><meta property="og:site_name" content="Hedgerow &amp; Vine">
<meta property="og:title" content="${sqTitle} — Hedgerow &amp; Vine"><meta property="og:type" content="article">
<meta itemprop="author" content="Hedgerow &amp; Vine"><meta itemprop="datePublished" content="2025-09-09T08:00:00+0100">
<script type="text/javascript" src="//assets.squarespace.example/universal/scripts-compressed/extract-css-runtime-8c1b2d3f4a-min.en-US.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","templateId":"5c5a519771c10ba3470d8101","showAnnouncementBar":true,"pageType":50,
"collectionId":"61b2e","itemId":"66de1","websiteSettings":{"storeSettings":{"currencyCode":"GBP"}}};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sqTitle}","author":"Bryony Keel",
"datePublished":"2025-09-09T08:00:00+0100","publisher":{"@type":"Organization","name":"Hedgerow &amp; Vine"}}</script>
<link href="//static1.squarespace.example/static/versioned-site-css/66de1/22/5c5a5197/66de2/1524/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-66de1f0a7b2c3d4e5f601234" class="header-overlay-alignment-center tweak-blog-item-width-medium tweak-blog-item-alignment-center
tweak-blog-item-meta-position-above-title tweak-blog-item-show-categories tweak-blog-item-show-date tweak-blog-item-show-author-name
tweak-blog-item-show-author-profile tweak-blog-item-pagination-show-title collection-type-blog-basic-grid view-item sqs-seven-one" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper"><div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a
class="sqs-announcement-bar-url"
href="/weddings"><div class="sqs-announcement-bar-content"><p>Now booking weddings for autumn 2026.</p></div></a><span class="sqs-announcement-bar-close"
tabindex="0"
role="button" aria-label="Close Announcement"></span></div></div>
<header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white" data-controller="Header">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout-nav-center"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a id="site-title"
href="/" data-animation-role="header-element">Hedgerow &amp; Vine</a></div></div><div class="header-nav"><div class="header-nav-wrapper">
<nav class="header-nav-list">${sqNav.map(sqNavItem).join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cart">
<a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><svg class="icon icon--cart"
viewBox="0 0 31 24"></svg>
<div class="legacy-cart icon-cart-quantity"><span class="sqs-cart-quantity">0</span></div></span></a></div></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element"><button class="header-burger-btn burger"
data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden class="js-header-burger-close-title
visually-hidden">Close Menu</span><div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"><div class="top-bun"></div>
<div class="patty"></div><div class="bottom-bun"></div></div></div></button></div></div></div>
<div class="header-menu header-menu--folder-list" data-section-theme="white"><div class="header-menu-bg theme-bg--primary"></div><div class="header-menu-nav">
<nav class="header-menu-nav-list"><div data-folder="root" class="header-menu-nav-folder"><div class="header-menu-nav-folder-content"><div
class="header-menu-nav-wrapper">
${sqNav
  .map(
    (
      t,
    ) => `<div class="container header-menu-nav-item header-menu-nav-item--collection"><a href="/${t.toLowerCase()}"><div class="header-menu-nav-item-content">
${t}</div></a></div>`,
  )
  .join('\n')}</div></div></div></nav></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="66de1">
<section data-test="page-section" class="page-section content-collection full-bleed-section collection-type-blog-basic-grid background-width--full-bleed
section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="66de1"><div class="content-wrapper"><div
class="content">
<div class="blog-basic-grid collection-content-wrapper"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-bryony-keel post-type-text
article-index-1 tag-autumn tag-seasonal-flowers tag-budget category-weddings" data-item-id="66de1f0a7b2c3d4e5f601234"><div class="blog-item-top-wrapper">
<div class="blog-item-meta-wrapper blog-item-meta-wrapper--top"><div class="blog-meta-section"><span class="blog-meta-primary"><time
class="dt-published blog-meta-item
blog-meta-item--date" datetime="2025-09-09">9 September 2025</time></span><span class="blog-meta-delimiter"></span><span class="blog-meta-secondary"><span
class="blog-categories-list"><a href="/journal?category=Weddings" class="blog-categories">Weddings</a></span></span></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sqTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"
id="item-66de1f0a7b2c3d4e5f601234"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${sqBlock('yui_3_17_2_1_1725866400_2110', sqPs(sqP1))}
${sqImage('yui_3_17_2_1_1725866400_3304', sqCaps[0] ?? '')}
${sqBlock(
  'yui_3_17_2_1_1725866400_4415',
  `<h3>${sqH1}</h3>\n${sqPs(sqP2)}\n<ul data-rte-list="default">
${sqL1.map((t) => `<li><p class="" style="white-space:pre-wrap;">${t}</p></li>`).join('\n')}</ul>\n<h3>${sqH2}</h3>\n${sqPs(sqP3)}`,
)}
<div class="sqs-block horizontalrule-block sqs-block-horizontalrule" data-block-type="47" id="block-yui_3_17_2_1_1725866400_5590"><div
class="sqs-block-content">
<hr /></div></div>
${sqBlock('yui_3_17_2_1_1725866400_6621', `<h3>${sqH3}</h3>\n${sqPs(sqP4)}`)}
${sqImage('yui_3_17_2_1_1725866400_7708', sqCaps[1] ?? '')}
${sqBlock('yui_3_17_2_1_1725866400_8812', `<h3>${sqH4}</h3>\n${sqPs(sqP5)}`)}
<div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_1725866400_9930"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center" data-button-size="medium"
data-button-type="primary"><a href="/enquire"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Enquire about your date</a>
</div></div></div>
</div></div></div></div></div>
<div class="blog-item-meta-wrapper blog-item-meta-wrapper--bottom"><div class="blog-meta-item blog-meta-item--tags">${sqTags
  .map((t) => `<a href="/journal?tag=${t.replace(' ', '+')}" class="blog-item-tag">${t}</a>`)
  .join('\n')}</div><div class="blog-item-share-wrapper"><span class="blog-item-share-label">Share</span><div class="blog-item-share">${sqShare
  .map((t) => `<a class="blog-item-share-link blog-item-share-link--${t.toLowerCase()}" href="https://share.${t.toLowerCase()}.example/?u=autumn">${t}</a>`)
  .join(
    '',
  )}</div><span class="sqs-simple-like" data-item-id="66de1f0a7b2c3d4e5f601234" data-like-count="12"><span class="like-icon"></span><span class="like-count">12
</span></span></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/journal?author=61b2e" class="author-avatar content-fill"><img
data-src="//images.squarespace-cdn.example/bryony.jpg"
alt="" data-load="false"></a><div class="author-profile-content"><a href="/journal?author=61b2e" class="author-name">Bryony Keel</a><div
class="author-bio"><p>${esc(sqBio)}
</p></div></div></div>
<div class="blog-item-comments"><div class="squarespace-comments" id="comments-66de1"><div class="comments-content"><div class="header-controls"><span
class="comment-count">
1 Comment</span><span class="sort-by">Newest First</span></div><div class="new-comment-area"><div class="new-comment-area-click-target"><div
class="empty-message">
Post Comment…</div></div></div><div class="comment-list"><div class="comment"><div class="comment-header"><span class="name">${sqComment[0]}</span><span
class="date">
${sqComment[1]}</span></div><div class="comment-body"><p>${sqComment[2]}</p></div><div class="comment-footer"><a class="reply">Reply</a><a
class="like">Like</a></div></div>
</div></div></div></div></article>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid">
${sqPager('prev', 'Previous', 'Drying flowers from your bouquet')}
${sqPager('next', 'Next', 'A morning on the cutting patch in August')}
</section></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" data-section-theme="dark" class="page-section
layout-engine-section background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle dark">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-66de3"><div class="fe-block fe-block-yui_3_17_2_1_1701">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-yui_3_17_2_1_1701"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form"
data-form-id="66de30"
autocomplete="on" method="POST" novalidate><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">${sqNews[0]}</h2>
<div class="newsletter-form-header-description"><p>${sqNews[1]}</p></div></header><div class="newsletter-form-body"><div
class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required" id="66de30-email"><label class="newsletter-form-field-label title"
for="66de30-email-field">${sqNews[2]}</label><input id="66de30-email-field" class="newsletter-form-field-element field-element" name="email" type="email"
placeholder="Email Address" aria-required="true"></div></div><div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">${sqNews[3]}</span></button></div></div>
<footer class="newsletter-form-footer"><p class="newsletter-form-footnote">${sqNews[4]}</p></footer><div class="hidden form-submission-text">${sqNews[5]}</div>
</form></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1702"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1702">
<div class="sqs-block-content"><div class="sqs-html-content">${sqFooter.map((t) => `<p class="" style="white-space:pre-wrap;">${esc(t)}</p>`).join('\n')}</div>
</div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 BOTTOM_BAR" role="region" aria-label="Cookie banner"><div
class="sqs-cookie-banner-v2-content">
<div class="sqs-cookie-banner-v2-text"><p>${sqCookie}</p></div><div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept
sqs-button-element--primary">Accept all</button><button class="sqs-cookie-banner-v2-deny sqs-button-element--secondary">Reject all</button>
<button class="sqs-cookie-banner-v2-manage sqs-button-element--tertiary">Manage preferences</button></div></div></div></div>
<script defer src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.7c1e2a9b0d.js"></script></body></html>`;
export const squarespacePost: TestPage = {
  html: sqHtml,
  name: 'heldout125-squarespace-blog',
  kind: 'blog',
  // the date above the title is a byline and the category next to it furniture; Squarespace shows the author only in the
  // profile box under the post, whose name is a byline and bio furniture; captions, the button block, tags, share links,
  // the like count, the comment box, pagination titles, the nav (with the hidden folder items and the mobile copy), the
  // newsletter block, footer and cookie banner are furniture
  title: sqTitle,
  headings: [sqH1, sqH2, sqH3, sqH4],
  body: texts([...sqP1, ...sqP2, ...sqL1, ...sqP3, ...sqP4, ...sqP5]),
  bylines: ['9 September 2025', 'Bryony Keel'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Now booking weddings for autumn 2026.', 'Skip to Content', 'Hedgerow & Vine', 'Services', ...sqFolder, ...sqNav, '0', 'Open Menu', 'Close Menu', ...sqCaps,
    'Enquire about your date', ...sqTags, 'Share', ...sqShare, '12', sqBio, '1 Comment', 'Newest First', 'Post Comment…', ...sqComment, 'Reply', 'Like',
    'Previous', 'Drying flowers from your bouquet', 'Next', 'A morning on the cutting patch in August', ...sqNews, ...sqFooter.slice(1), sqCookie, 'Accept all',
    'Reject all', 'Manage preferences',
  ],
};
