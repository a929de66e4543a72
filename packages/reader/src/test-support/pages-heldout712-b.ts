import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout712-kit.js';

/**
 * Held-out batch 712, file b: a council vote story on a hyperlocal news network built like Patch (Next.js, community bar,
 * dek, staff badge, posted and updated lines, "Also on" list and newsletter prompt inside the body, thank / reply / share
 * bar, reader replies, "More from" list), and a sweet pea sowing post on a gardener's Squarespace 7.1 blog (cookie
 * banner, mobile menu overlay, image and newsletter blocks between the text blocks, author profile, previous / next, comments).
 */
const pTitle = 'Maple Hollow Council Approves Backyard Cottages, With Limits';
const pDek = 'Homeowners on lots of at least 7,500 square feet will be able to add one accessory apartment, starting in June.';
const pIntro = [
  j(
    'MAPLE HOLLOW, NJ — Homeowners in Maple Hollow will be allowed to build small cottages in their backyards or turn garages into',
    'apartments under an ordinance the Township Council approved 4-1 on Monday night.',
  ),
  j(
    'The vote followed nearly three hours of public comment, with more than 40 residents speaking. Supporters said the change',
    'would let older residents stay in town and give grown children a place to live; opponents worried about parking and the',
    'character of older streets.',
  ),
  j(
    '"We have teachers and firefighters who cannot afford to live in the town they serve," said Councilwoman Renata Vasquez-Hale,',
    'who sponsored the ordinance. "This is not going to fix that on its own, but it is a start."',
  ),
  j(
    'Councilman Gerald Pruitt cast the only no vote. He said he supported the idea but wanted a cap on the number of permits issued',
    'each year. "I\'d rather we go slowly and see what happens on the ground," he said.',
  ),
];
const pH1 = 'What the ordinance allows';
const pRulesIntro = 'Under the new rules, which take effect June 1:';
const pRules = [
  'One accessory dwelling unit is allowed per single-family lot of at least 7,500 square feet.',
  'Units can be up to 800 square feet, or half the size of the main house, whichever is smaller.',
  'Detached cottages must be at least 5 feet from side and rear property lines and no taller than 20 feet.',
  'The owner must live in either the main house or the accessory unit.',
  'Short-term rentals of less than 30 days are not allowed.',
  'One off-street parking space is required, unless the lot is within half a mile of the Maple Hollow train station.',
];
const pH2 = 'Fees and next steps';
const pEnd = [
  j(
    'Permit fees will be $450 for a garage or basement conversion and $900 for a new detached building, plus the usual',
    "construction permit fees. The township's planning office expects 15 to 25 applications in the first year, based on the",
    'experience of nearby Larchmont Heights, which adopted a similar ordinance in 2024 and has approved 31 units since.',
  ),
  j(
    'Zoning officer Calvin Oduya said the township will publish a short guide and application checklist on its website in May.',
    'Residents can also book a free pre-application meeting with the planning office starting April 15.',
  ),
  j(
    'The Maple Hollow Planning Board recommended the ordinance in January after a year of study. Two residents who spoke Monday',
    'said they would consider a legal challenge, though neither said on what grounds.',
  ),
];
const pAlso = [
  'Maple Hollow Schools Budget Adds Two Teachers, Cuts Late Bus',
  'Route 31 Lane Closures Start Next Week: What To Know',
  'Spring Cleanup Days Set For Maple Hollow Parks',
];
const pComNav = ['News Feed', 'Events', 'Classifieds', 'Real Estate', 'Local Businesses', 'Nearby Communities'];
const pMore = ['Police Blotter: Catalytic Converter Stolen On Birch Lane', 'Maple Hollow Library Extends Saturday Hours', 'Free Tax Help For Seniors In March'];
const pFoot = [
  'About Townline',
  'Careers',
  'Advertise',
  'Community Guidelines',
  'Terms of Use',
  'Privacy Policy',
  'Do Not Sell or Share My Personal Information',
];
const pReplies: [string, string, string][] = [
  [
    'Lorraine Kaszuba',
    '2h',
    'Finally. My mother has been living with us in a spare bedroom for four years. A cottage out back would give all of us some space.',
  ],
  ['Dev Mehta', '5h', 'Where are all these cars supposed to park? Birch Lane is already one lane when both sides are full.'],
];
const pHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Maple Hollow Council Approves Backyard Cottages, With Limits | Maple Hollow, NJ Townline</title>
<meta name="description" content="${pDek}"><meta property="og:title" content="${pTitle}"><meta property="og:type" content="article">
<meta property="og:site_name" content="Townline"><meta property="og:image" content="https://img.townline.com/i/maple-hollow-council-0301.jpg">
<link rel="canonical" href="https://townline.com/new-jersey/maplehollow/maple-hollow-council-approves-backyard-cottages-limits">
<link rel="stylesheet" href="/_next/static/css/4b8c2f1e9a0d7e35.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${pTitle}","datePublished":"2027-03-02T16:12:00-05:00",
"dateModified":"2027-03-03T09:05:00-05:00","author":{"@type":"Person","name":"Dana Whitcomb"},"publisher":{"@type":"Organization","name":"Townline"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"patchId":"maplehollow","articleType":"news","primaryCategory":"politics-government"});</script>
</head><body><div id="__next">
<a class="styles_SkipLink__r2Hq9" href="#main">Skip to main content</a>
<header class="styles_GlobalNav__p4Qx1"><a class="styles_GlobalNav__logo__8kLmz" href="https://townline.com/"><span class="visually-hidden">Townline
home</span></a>
<div class="styles_CommunityName__fJ3w0"><a href="/new-jersey/maplehollow">Maple Hollow, NJ</a><button class="styles_FollowButton__Vq8sa"
type="button">Follow</button></div>
<div class="styles_GlobalNav__actions__1mPzc"><button class="styles_SearchButton__y9Tb2" type="button" aria-label="Search"></button><a href="/login">Log in</a>
<a class="styles_Button--primary__6cDkh" href="/join">Sign up</a></div></header>
<nav class="styles_CommunityNav__Ue5rT" aria-label="Community"><ul>${links(pComNav, 'styles_CommunityNav__item__bq0Lw')}</ul></nav>
<div class="styles_AdSlot__xT3p0 styles_AdSlot--leaderboard__cc21Q" data-ad-slot="top"><span class="styles_AdSlot__label__7Vn8u">Advertisement</span></div>
<main id="main" class="styles_Main__gW1nR"><article class="styles_Article__w8UjG" data-article-id="31925447">
<header class="styles_ArticleHeader__Yq5s3"><a class="styles_Category__m2VbD" href="/new-jersey/maplehollow/politics">Politics &amp; Government</a>
<h1 class="styles_Title__s3Zq1">${pTitle}</h1><h6 class="styles_Dek__Ll9k0">${pDek}</h6>
<div class="styles_Byline__Gd5cX"><img class="styles_Byline__avatar__zK2V0" alt="" src="https://img.townline.com/users/dana-whitcomb-80.jpg">
<div><div class="styles_Byline__author__4qHvE"><a href="/users/dana-whitcomb">Dana Whitcomb</a>,
<span class="styles_Byline__role__Bm1L5">Townline Staff</span><img alt="Verified Townline Staff Badge" src="/img/verified-badge.svg" width="14"
height="14"></div>
<div class="styles_Byline__timestamps__X8oPq"><h6>Posted Tue, Mar 2, 2027 at 4:12 pm ET</h6><h6>Updated Wed, Mar 3, 2027 at 9:05 am ET</h6></div>
</div></div>
<div class="styles_ActionBar__F6hNt"><button class="styles_ActionBar__button__r0YcJ" type="button">Reply <span>(12)</span></button><button
class="styles_ActionBar__button__r0YcJ" type="button">Share</button></div></header>
<figure class="styles_Figure__mL0dR"><img alt="Council members at a dais during a public meeting" src="https://img.townline.com/i/maple-hollow-council-0301.jpg"
width="1200" height="675"><figcaption class="styles_Figure__caption__hV9nQ">The Maple Hollow Township Council heard from more than 40 residents before
Monday's vote. (Dana Whitcomb/Townline)</figcaption></figure>
<div class="styles_HTMLContent__LDS_4">
${ps(pIntro.slice(0, 2))}
<div class="styles_AlsoOn__Q0vNw"><strong>Also on Townline:</strong><ul>${links(pAlso)}</ul></div>
${ps(pIntro.slice(2))}
<h2>${pH1}</h2>
<p>${pRulesIntro}</p>
<ul>${lis(pRules)}</ul>
<div class="styles_InlineSubscribe__aV3mC"><p class="styles_InlineSubscribe__text__p1Nc4">Get more local news delivered straight to your inbox. Sign up for
free Townline newsletters and alerts.</p><button class="styles_Button--primary__6cDkh" type="button">Subscribe</button></div>
<h2>${pH2}</h2>
${ps(pEnd)}
</div>
<div class="styles_ArticleFooter__b1wE7"><button class="styles_ThankButton__oM2yZ" type="button">Thank <span>14</span></button><button
class="styles_ActionBar__button__r0YcJ" type="button">Reply <span>(12)</span></button><button class="styles_ActionBar__button__r0YcJ"
type="button">Share</button></div>
<p class="styles_Disclaimer__Hk2mS">The views expressed in this post are the author's own. Want to post on Townline? <a href="/post">Register for a user
account.</a></p>
<section class="styles_Replies__k8Cwo" aria-label="Replies"><h2 class="styles_Replies__title__Gf4xZ">Replies (12)</h2>
${pReplies
  .map(
    ([n, t, c]) => `<div class="styles_Reply__Wq1pE"><div class="styles_Reply__header__t7Kzd"><a href="/users/${n.toLowerCase().replace(/[^a-z]+/g, '-')}"
class="styles_Reply__author__Zy5rN">${n}</a><span class="styles_Reply__time__oU2c8">${t}</span></div><p class="styles_Reply__body__Cj3nR">${c}</p>
<div class="styles_Reply__actions__h0Lsx"><button type="button">Thank</button><button type="button">Reply</button></div></div>`,
  )
  .join('\n')}
<button class="styles_Replies__more__3nVgq" type="button">View all 12 replies</button></section></article>
<aside class="styles_Sidebar__Pa2xE"><div class="styles_AdSlot__xT3p0" data-ad-slot="rail"><span class="styles_AdSlot__label__7Vn8u">Advertisement</span></div>
<section class="styles_MoreFrom__Vy7cD"><h2>More from Maple Hollow</h2><ul>${links(pMore)}</ul></section></aside></main>
<footer class="styles_Footer__Zj4qS"><ul>${links(pFoot)}</ul><p>© 2027 Townline Media. All Rights Reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":31925447,"title":"${pTitle}","patch":"maplehollow"}}},
"page":"/[state]/[patch]/[slug]","buildId":"Tg0w2_qk1p"}</script></body></html>`;
const townline: TestPage = gold({
  name: 'heldout712-patch-backyard-cottages',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: [pH1, pH2],
  body: texts([pDek, ...pIntro, pRulesIntro, ...pRules, ...pEnd]),
  bylines: [
    'Dana Whitcomb',
    'Townline Staff',
    'Posted Tue, Mar 2, 2027 at 4:12 pm ET',
    'Updated Wed, Mar 3, 2027 at 9:05 am ET',
    ...pReplies.flatMap((r) => r.slice(0, 2)),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Townline home', 'Maple Hollow, NJ', 'Follow', 'Log in', 'Sign up', ...pComNav, 'Advertisement', 'Politics & Government',
    'Reply (12)', 'Share', "The Maple Hollow Township Council heard from more than 40 residents before Monday's vote. (Dana Whitcomb/Townline)",
    'Also on Townline:', ...pAlso, 'Get more local news delivered straight to your inbox. Sign up for free Townline newsletters and alerts.', 'Subscribe',
    'Thank 14', 'Thank', 'Reply', "The views expressed in this post are the author's own. Want to post on Townline?", 'Register for a user account.',
    'Replies (12)',
    ...pReplies.map(([, , c]) => c), 'View all 12 replies', 'More from Maple Hollow', ...pMore, ...pFoot, '© 2027 Townline Media. All Rights Reserved.',
  ],
});

const sTitle = 'Sowing Sweet Peas in Autumn: My Root Trainer Method';
const sIntro = [
  j(
    'Every October, when the dahlias have been blackened by the first frost and the beds look at their most tired, I sit down at',
    'the potting bench and sow next summer’s sweet peas. It feels a little like cheating time. By the time spring arrives, I have',
    'sturdy plants with roots down to the bottom of their cells, ready to go out as soon as the soil warms.',
  ),
  j(
    'I have grown sweet peas at Fernbank for eleven years now, and for the first five I sowed in spring like everyone told me to.',
    'The plants were fine. They just never flowered as early or as long as the autumn-sown ones at my friend Agnes’s nursery down',
    'the lane, so one October I asked her what I was doing wrong.',
  ),
];
const sSecs: [string, string[]][] = [
  [
    'Why sow in autumn?',
    [
      j(
        'Autumn-sown sweet peas spend the winter building roots rather than leaves. When they are planted out in March or April, they',
        'have a head start of six to eight weeks on spring-sown plants and usually begin flowering in late May. In my garden they keep',
        'going until the middle of August, as long as I pick them every other day.',
      ),
    ],
  ],
  ['What you need', []],
  [
    'Sowing',
    [
      j(
        'Fill the root trainers with damp compost and firm it lightly. Sow two seeds per cell, about 2cm deep, and close the trainers.',
        'I no longer soak or chip the seeds; in my experience it makes no difference to the dark-seeded varieties and can make the',
        'paler ones rot.',
      ),
      j(
        'Put the trainers in the cold frame and leave the lid closed until the first shoots appear, usually after ten to fourteen',
        'days. After that, open the lid on every dry day, even in winter. Sweet peas are hardy and want to be kept cool and airy, not',
        'cosy.',
      ),
    ],
  ],
  [
    'Overwintering and pinching out',
    [
      j(
        'When the plants have three or four pairs of leaves, pinch out the growing tip just above a pair of leaves. This encourages',
        'side shoots, and those side shoots will carry most of your flowers. Then leave them alone. They will look as if they are doing',
        'nothing all winter. Underneath, the roots are busy.',
      ),
      j(
        'Only close the cold frame on nights below about minus 5°C, and watch out for mice, which love the seeds and the young',
        'shoots. I lost an entire tray to them in 2021.',
      ),
    ],
  ],
  [
    'What I am sowing this year',
    [
      j(
        'The old favourites ‘Lark Ascending’ and ‘Miss Pennard’, plus a new deep maroon called ‘Cardinal’s Cloak’ from a small grower',
        'in Shropshire, which I have not tried before. I will report back in June.',
      ),
    ],
  ],
];
const sNeeds = [
  'Root trainers or deep modules, at least 12cm deep',
  'Peat-free seed compost mixed with a handful of grit',
  'Fresh seed (I buy from two small growers and save a little of my own)',
  'A cold frame or an unheated greenhouse',
  'Mouse traps, sadly',
];
const sNav = ['Blog', 'Seeds', 'Workshops', 'Cut Flower Subscriptions', 'About'];
const sComments: [string, string, string][] = [
  [
    'Agnes Thorburn',
    'October 13, 2026',
    'I am claiming full credit for this post! A little chilli powder sprinkled on the compost keeps the mice off mine, worth a try.',
  ],
  ['Tom R.', 'October 14, 2026', 'Do you sow one variety per root trainer or mix them? Mine always end up hopelessly muddled by spring.'],
];
const sBlock = (html: string, id: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}"><div
class="sqs-block-content"><div class="sqs-html-content">
${html}
</div></div></div>`;
const sP = (t: string): string => `<p class="" style="white-space:pre-wrap;">${t}</p>`;
const sH = (t: string): string => `<h3>${t}</h3>`;
const sSec = (i: number): string => {
  const [h, paras] = sSecs[i] ?? ['', []];
  return [sH(h), ...paras.map(sP)].join('\n');
};
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Sowing Sweet Peas in Autumn: My Root Trainer Method — Fernbank Plot</title>
<link rel="canonical" href="https://www.fernbankplot.co.uk/blog/sowing-sweet-peas-in-autumn"><meta property="og:site_name" content="Fernbank Plot">
<meta property="og:title" content="${sTitle} — Fernbank Plot"><meta property="og:type" content="article">
<meta itemprop="author" content="Fernbank Plot"><meta itemprop="datePublished" content="2026-10-12T08:45:00+0100">
<script type="application/ld+json">{"url":"https://www.fernbankplot.co.uk","name":"Fernbank Plot","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BlogPosting","headline":"${sTitle}","author":{"@type":"Person",
"name":"Hattie Crane"},"datePublished":"2026-10-12T08:45:00+0100"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/64a1e7/22/5c5a519771c10ba3470d8101/site.css">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"64a1e7c3f0b2","siteTitle":"Fernbank Plot"},
"item":{"id":"6529be55a1","title":"${sTitle}","recordType":1},"templateId":"5c5a519771c10ba3470d8101","pageType":50};</script>
<script defer src="https://assets.squarespace.com/universal/scripts-compressed/website-component-definition-6b2a1f.js"></script></head>
<body id="item-6529be55a1" class="primary-button-style-solid tweak-blog-item-width-narrow tweak-blog-item-show-author-profile collection-type-blog-basic
view-item">
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2" role="region" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-text">
<p>This site uses cookies to give you the best experience. By using this website, you accept our use of cookies.</p></div><div
class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept</button><button
class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/"
id="site-title">Fernbank Plot</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === 'Blog' ? ' header-nav-item--active' : ''}"><a href="/${t
      .toLowerCase()
      .replace(/ /g, '-')}"
data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}</nav></div></div></div></div>
<div class="header-display-mobile"><div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger"
data-test="header-burger"><span class="js-header-burger-open-title visually-hidden">Open Menu</span><span class="js-header-burger-close-title
visually-hidden" hidden>Close Menu</span><div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"><div
class="top-bun"></div><div class="patty"></div><div class="bottom-bun"></div></div></div></button></div></div></div></div></header>
<div class="header-menu header-menu--folder-list" data-section-theme="white"><div class="header-menu-bg theme-bg--primary"></div><div class="header-menu-nav">
<nav class="header-menu-nav-list"><div class="header-menu-nav-folder header-menu-nav-folder--active"><div class="header-menu-nav-folder-content">
<div class="header-menu-nav-wrapper">${sNav
  .map(
    (t) => `<div class="container header-menu-nav-item header-menu-nav-item--collection"><a
href="/${t.toLowerCase().replace(/ /g, '-')}"><div class="header-menu-nav-item-content">${t}</div></a></div>`,
  )
  .join('\n')}</div></div></div></nav></div></div>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6529be55a1"><section data-test="page-section"
data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide
horizontal-alignment--center vertical-alignment--middle white"><div class="content-wrapper"><div class="content"><div class="blog-basic-grid
collection-content-wrapper"
data-controller="BlogImageLoader"><article class="entry h-entry hentry author-hattie-crane post-type-text article-index-1 tag-sweet-peas tag-sowing
category-cut-flowers" id="article-6529be55a1" data-item-id="6529be55a1"><div class="blog-item-wrapper"><div class="blog-item-inner-wrapper">
<div class="blog-item-top-wrapper"><div class="blog-meta-section"><span class="blog-meta-primary"><span class="blog-categories-list"><a
href="/blog?category=Cut+Flowers" class="blog-categories">Cut Flowers</a></span><time class="dt-published blog-meta-item blog-meta-item--date"
datetime="2026-10-12" pubdate data-content-field="published-on">Oct 12, 2026</time></span>
<span class="blog-meta-delimiter"></span><span class="blog-meta-secondary"><span class="blog-author">Written By <a href="/blog?author=5f2c"
class="blog-author-link">Hattie Crane</a></span></span></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="item" data-updated-on="1697100300211" id="item-6529be55a1"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${sBlock(sIntro.map(sP).join('\n'), 'a1f2')}
<div class="sqs-block image-block sqs-block-image sqs-text-ready" data-block-type="5" id="block-b7c3"><div class="sqs-block-content"><div
class="image-block-outer-wrapper layout-caption-below design-layout-inline combination-animation-none individual-animation-none"><figure
class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper" data-animation-role="image"><div class="sqs-image-shape-container-element
has-aspect-ratio" style="position: relative; padding-bottom: 66.7%;"><img data-stretch="false" data-src="https://images.squarespace-cdn.com/content/v1/64a1e7/
root-trainers.jpg" alt="Open root trainers with young sweet pea seedlings in a cold frame"
src="https://images.squarespace-cdn.com/content/v1/64a1e7/root-trainers.jpg?format=1000w"></div></div><figcaption class="image-caption-wrapper"><div
class="image-caption"><p class="" style="white-space:pre-wrap;">Last year’s seedlings in early December, pinched out and sulking happily in the cold
frame.</p></div></figcaption></figure></div></div></div>
${sBlock(
  [
    sSec(0),
    sH(
      at(
        sSecs.map(([h]) => h),
        1,
      ),
    ),
    `<ul data-rte-list="default">${lis(sNeeds.map(sP))}</ul>`,
    sSec(2),
  ].join('\n'),
  'c4d8',
)}
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-d2e9"><div class="sqs-block-content"><div
class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form"
data-form-id="64a1e7c3f0b2nl" autocomplete="on" method="POST" novalidate><header class="newsletter-form-header"><h2
class="newsletter-form-header-title">Notes from the Plot</h2><div class="newsletter-form-header-description"><p>A short letter from the garden once a
month: what I am sowing, picking and failing at.</p></div></header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper
form-fields"><div class="newsletter-form-field-wrapper form-item field email required" id="email-yui_3_17_2_1_1697100"><label
class="newsletter-form-field-label title" for="email-yui_3_17_2_1_1697100-field">Email Address</label><input class="newsletter-form-field-element
field-element" name="email" type="email" spellcheck="false" placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper
submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape
sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-spinner sqs-spin light large"></span><span
class="newsletter-form-button-label">Sign Up</span></button></div><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div><div
class="hidden form-submission-text">Thank you!</div></form></div></div></div>
${sBlock([sSec(3), sSec(4)].join('\n'), 'e5f0')}
</div></div></div></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/blog?author=5f2c" class="author-avatar content-fill"><img alt=""
src="https://images.squarespace-cdn.com/content/v1/64a1e7/hattie.jpg?format=300w"></a><div><a class="author-name" href="/blog?author=5f2c">Hattie
Crane</a><div class="author-bio"><p>Hattie grows cut flowers on an acre of clay in the Leadon valley and teaches the odd workshop when the weather is
bad.</p></div></div></div>
<section class="item-pagination item-pagination--prev-next" data-item-pagination><a class="item-pagination-link item-pagination-link--prev"
href="/blog/lifting-and-storing-dahlia-tubers"><div class="item-pagination-icon icon icon--stroke"><svg class="caret-left-icon--small" viewBox="0 0 9 16">
<polyline
fill="none" stroke-miterlimit="10" points="7.3,14.7 2.5,8 7.3,1.2"></polyline></svg></div><div class="pagination-title-wrapper"><div
class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Lifting and Storing Dahlia Tubers Without Losing Half of Them</h2></div></a><a
class="item-pagination-link item-pagination-link--next" href="/blog/a-wet-september-in-the-cutting-garden"><div class="pagination-title-wrapper"><div
class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">A Wet September in the Cutting Garden</h2></div><div class="item-pagination-icon
icon icon--stroke"><svg class="caret-right-icon--small" viewBox="0 0 9 16"><polyline fill="none" stroke-miterlimit="10"
points="1.6,1.2 6.5,7.9 1.6,14.7"></polyline></svg></div></a></section>
<div class="blog-item-comments"><div class="squarespace-comments" id="squarespace-comments"><div class="comment-count">2 Comments</div>
${sComments
  .map(
    ([a, d, c]) => `<div class="comment"><div class="comment-header"><span class="comment-author">${a}</span> <span class="comment-date">${d}</span></div>
<div class="comment-body"><p>${c}</p></div><div class="comment-actions"><a href="#" class="comment-reply">Reply</a> <a href="#" class="comment-like">Like</a>
</div></div>`,
  )
  .join('\n')}</div></div>
</div></div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper">
<div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">Fernbank Plot · Leadon Lane, Ashwell Green, Herefordshire</p>
<p class="" style="white-space:pre-wrap;"><a href="https://instagram.com/fernbankplot">Instagram</a> · <a href="/privacy">Privacy</a></p></div></div></section>
</footer>
</div><script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body>
</html>`;
const squarespace: TestPage = gold({
  name: 'heldout712-squarespace-sweet-peas',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sSecs.map(([h]) => h),
  body: texts([...sIntro, ...(sSecs[0]?.[1] ?? []), ...sNeeds, ...sSecs.slice(2).flatMap(([, p]) => p)]),
  bylines: ['Oct 12, 2026', 'Written By Hattie Crane', 'Hattie Crane', ...sComments.flatMap((c) => c.slice(0, 2))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies to give you the best experience. By using this website, you accept our use of cookies.', 'Accept', 'Decline',
    'Skip to Content', 'Fernbank Plot', ...sNav, 'Open Menu', 'Cut Flowers',
    'Last year’s seedlings in early December, pinched out and sulking happily in the cold frame.', 'Notes from the Plot',
    'A short letter from the garden once a month: what I am sowing, picking and failing at.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    'Hattie grows cut flowers on an acre of clay in the Leadon valley and teaches the odd workshop when the weather is bad.', 'Previous',
    'Lifting and Storing Dahlia Tubers Without Losing Half of Them', 'Next', 'A Wet September in the Cutting Garden', '2 Comments',
    ...sComments.map(([, , c]) => c), 'Reply', 'Like', 'Fernbank Plot · Leadon Lane, Ashwell Green, Herefordshire', 'Instagram', 'Privacy',
  ],
});

export const HELDOUT712_B: readonly TestPage[] = [townline, squarespace];
