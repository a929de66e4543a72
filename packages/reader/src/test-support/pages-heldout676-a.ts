import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, trs } from './pages-heldout676-kit.js';

/**
 * Held-out batch 676, file a: a gymnastics club's recreational class page on Squarespace 7.1 (announcement bar, cookie banner,
 * timetable table, newsletter block), and a club championships results post on WordPress (GeneratePress) with comments.
 */
const sTitle = 'Recreational Classes';
const sIntro = j(
  'Our recreational programme is for children and teenagers who want to learn gymnastics for fun, fitness and confidence.',
  'No experience is needed. Every class is led by a qualified coach, with no more than eight gymnasts to each coach.',
);
const sTots = j(
  'A parent-and-child class on soft play shapes, mini trampolines and low beams. Tots learn to roll, jump and balance through',
  'songs and games, and a grown-up stays on the floor with them for the whole 45 minutes.',
);
const sJun = 'Juniors work through our eight-stage badge scheme at their own pace. Over a term they will learn to:';
const sJunList = [
  'forward and backward rolls, cartwheels and handstands',
  'straight jumps and tuck jumps on the trampette',
  'walking and turning on the low beam',
  'swings and casts on the low bar',
];
const sTeen = j(
  'A relaxed class for teenagers starting out or coming back to the sport. Sessions mix floor, vault and conditioning, and',
  'gymnasts can move into our development squad if they want to compete.',
);
const sRows = [
  ['Tumble Tots', 'Tuesday', '9.30–10.15am', 'Small hall'],
  ['Tumble Tots', 'Thursday', '1.30–2.15pm', 'Small hall'],
  ['Junior Recreational', 'Monday', '4.30–5.30pm', 'Main hall'],
  ['Junior Recreational', 'Saturday', '9.00–10.00am', 'Main hall'],
  ['Teen Gymnastics', 'Wednesday', '6.30–8.00pm', 'Main hall'],
];
const sFees = [
  j(
    'Classes are paid termly by direct debit. A 45-minute class costs £68 a term, an hour £84 and the teen class £105.',
    'Annual club membership is £22 and includes insurance.',
  ),
  j('Your child\u2019s first class is a free trial. Places are limited, so please book through our online portal rather than turning up on the day.'),
];
const sNav = ['Home', 'Classes', 'Squads', 'Holiday Camps', 'About', 'Contact'];
const sH = ['Tumble Tots (ages 2–4)', 'Junior Recreational (ages 5–11)', 'Teen Gymnastics (ages 12–17)', 'Weekly timetable', 'Fees and booking'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Recreational Classes &mdash; Harrowfield Gymnastics Club</title>
<link rel="canonical" href="https://www.harrowfieldgym.co.uk/classes"><meta property="og:site_name" content="Harrowfield Gymnastics Club">
<meta property="og:title" content="Recreational Classes &mdash; Harrowfield Gymnastics Club"><meta name="description"
content="Gymnastics classes for ages 2 to 17.">
<script type="application/ld+json">{"url":"https://www.harrowfieldgym.co.uk","name":"Harrowfield Gymnastics Club",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Harrowfield Gymnastics Club","address":"Unit 4, Millbrook Trading Estate",
"@context":"http://schema.org","@type":"LocalBusiness"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f2a9c","siteTitle":"Harrowfield Gymnastics Club"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//assets.squarespace.com/universal/styles-compressed/user-account-core-14a2c1b8.css" rel="stylesheet" type="text/css">
<link href="https://static1.squarespace.com/static/versioned-site-css/5f2a9c/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-61b0c2" class="primary-button-style-solid header-width-full tweak-fixed-header collection-type-page view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a href="/holiday-camps" class="sqs-announcement-bar-url"></a>
<div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text"><div class="sqs-announcement-bar-text-inner">
<p>Summer holiday camps are now open for booking – click here</p></div></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-logo"><a href="/" data-animation-role="header-element">
<img src="https://images.squarespace-cdn.com/content/v1/5f2a9c/logo.png" alt="Harrowfield Gymnastics Club"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection${t === 'Classes' ? ' header-nav-item--active' : ''}"><a
href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book Now</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="61b0c2">
<section data-test="page-section" data-section-theme="bright" class="page-section full-bleed-section layout-engine-section background-width--full-bleed">
<div class="content-wrapper"><div class="content"><div class="fe-block fe-block-yui_3_17_2_1_1650"><div class="sqs-block html-block sqs-block-html"
data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
<p class="sqsrte-large" style="white-space:pre-wrap;">${sIntro}</p></div></div></div></div>
<div class="fe-block"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure
class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/5f2a9c/juniors.jpg" alt="Juniors on the low beam"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Junior recreational gymnasts at the spring display</p></div></figcaption></figure></div>
</div></div>
</div></div></section>
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section"><div class="content-wrapper"><div class="content">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h2 style="white-space:pre-wrap;">${sH[0]}</h2>${ps([sTots], ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${sH[1]}</h2>${ps([sJun], ' class="" style="white-space:pre-wrap;"')}<ul data-rte-list="default">${lis(
  sJunList.map(
    (t) => `<p
class="" style="white-space:pre-wrap;">${t}</p>`,
  ),
)}</ul>
<h2 style="white-space:pre-wrap;">${sH[2]}</h2>${ps([sTeen], ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block code-block sqs-block-code" data-block-type="23"><div class="sqs-block-content"><h2>${sH[3]}</h2>
<table class="hgc-timetable"><thead><tr><th>Class</th><th>Day</th><th>Time</th><th>Hall</th></tr></thead><tbody>
${trs(sRows)}</tbody></table></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><h2 style="white-space:pre-wrap;">${sH[4]}</h2>
${ps(sFees, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div
class="sqs-block-button-container sqs-block-button-container--center">
<a href="https://harrowfieldgym.classmanager.example/trial" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book a
free trial</a>
</div></div></div></div></div></section>
<section class="page-section layout-engine-section" data-section-theme="light"><div class="content-wrapper"><div class="content">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div
class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat">
<form class="newsletter-form" data-form-id="62c4"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Join our mailing list</h2>
<div class="newsletter-form-header-description"><p>Sign up for class news and holiday camp dates.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div
class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17">Email Address</label><input class="newsletter-form-field-element field-element"
name="email" type="email"
placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button
class="newsletter-form-button sqs-editable-button sqs-button-element--primary"
type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div><div class="hidden form-submission-text">Thank you!</div></form></div></div></div>
</div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper"><div
class="content">
<div class="sqs-block html-block"><div class="sqs-block-content"><div class="sqs-html-content"><h3>Harrowfield Gymnastics Club</h3>
<p>Unit 4, Millbrook Trading Estate, Harrowfield HF3 8LQ</p><p><a href="mailto:info@harrowfieldgym.co.uk">info@harrowfieldgym.co.uk</a></p>
<p>Registered charity no. 1187342</p></div></div></div><div class="sqs-block socialaccountlinks-v2-block"><div class="sqs-block-content">
<nav class="sqs-svg-icon--list"><a href="https://www.instagram.com/harrowfieldgym" class="sqs-svg-icon--wrapper instagram-unauth" aria-label="Instagram"></a>
<a href="https://www.facebook.com/harrowfieldgym" class="sqs-svg-icon--wrapper facebook-unauth" aria-label="Facebook"></a></nav></div></div>
<div class="sqs-block html-block"><div class="sqs-block-content"><div class="sqs-html-content"><p><a href="/safeguarding">Safeguarding</a> · <a
href="/privacy">Privacy
Policy</a> · <a href="/terms">Terms &amp; Conditions</a></p><p>© 2026 Harrowfield Gymnastics Club</p></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 PRIMARY_BUTTON" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>We use cookies to give you the best experience on our website and to measure visits. You can accept or decline
non-essential cookies.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout676-squarespace-classes',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([sIntro, sTots, sJun, ...sJunList, sTeen, ...sRows.map(rowText), ...sFees]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Summer holiday camps are now open for booking – click here', 'Skip to Content', ...sNav.filter((t) => t !== 'Classes'), 'Book Now',
    'Junior recreational gymnasts at the spring display', 'Book a free trial', 'Join our mailing list', 'Sign up for class news and holiday camp dates.',
    'Email Address', 'Sign Up', 'We respect your privacy.', 'Harrowfield Gymnastics Club', 'Unit 4, Millbrook Trading Estate, Harrowfield HF3 8LQ',
    'info@harrowfieldgym.co.uk', 'Registered charity no. 1187342', 'Safeguarding', 'Privacy Policy', 'Terms & Conditions', '© 2026 Harrowfield Gymnastics Club',
    'We use cookies to give you the best experience on our website and to measure visits. You can accept or decline non-essential cookies.',
    'Accept', 'Decline',
  ],
};

const gTitle = 'Club Championships 2026: Results';
const gIntro = [
  j(
    'What a day! Seventy-four gymnasts from our recreational and development groups competed in the club championships at',
    'Northmoor Leisure Centre on Saturday, and the standard was the highest we have seen. For many it was their first competition',
    'in front of judges, and every one of them finished their routines.',
  ),
  j(
    'Each gymnast performed a floor routine and a vault, with scores added together for the all-around placings below.',
    'Medals went to the top three in each level, and every competitor took home a certificate and score sheet.',
  ),
];
const gHead = ['Place', 'Gymnast', 'Floor', 'Vault', 'Total'];
const gL1 = [
  ['1', 'Ava Kettering', '12.40', '12.85', '25.25'],
  ['2', 'Ruby Okonjo', '12.55', '12.30', '24.85'],
  ['3', 'Isla Fenwick', '12.10', '12.60', '24.70'],
];
const gL2 = [
  ['1', 'Maisie Darrow', '13.05', '13.20', '26.25'],
  ['2', 'Leo Whitcombe', '12.90', '13.00', '25.90'],
  ['3', 'Hana Begum', '12.75', '12.95', '25.70'],
];
const gL3 = [
  ['1', 'Chloe Adeyemi', '13.45', '13.10', '26.55'],
  ['2', 'Freya Lindqvist', '13.20', '12.90', '26.10'],
  ['3', 'Oscar Brightwell', '12.85', '13.05', '25.90'],
];
const gTrophies = ['Best Floor Routine: Chloe Adeyemi', 'Most Improved Gymnast: Tomasz Wilk', 'Spirit of the Club Award: Evie Marchbank'];
const gOutro = [
  j(
    'A huge thank you to our four judges, who gave up their Saturday, to the parents who ran the raffle and the tuck shop, and to',
    'the squad gymnasts who helped warm up the younger groups. The raffle raised £412 towards new crash mats.',
  ),
  j(
    'Photos from the day will be shared in the parents\u2019 group later this week. Level 3 medallists have been invited to trial for the',
    'regional team in September.',
  ),
];
const gH = ['Level 1 (under 9)', 'Level 2 (ages 9–11)', 'Level 3 (ages 12 and over)', 'Trophies'];
const gTable = (rows: string[][]): string =>
  `<figure class="wp-block-table is-style-stripes"><table><thead><tr>${gHead.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${trs(rows)}</tbody>
</table></figure>`;
const gNav = ['Home', 'Classes', 'Squads', 'News', 'Timetable', 'Contact'];
const gRecent = ['Summer holiday camp dates announced', 'New leotards for the development squad', 'Coach of the year: Priya Lal'];
const gCats = ['Club News', 'Competitions', 'Holiday Camps'];
const gComments: readonly (readonly [string, string, string])[] = [
  ['Sarah M', 'July 6, 2026 at 8:14 pm', 'Brilliant day, thank you to all the coaches. My daughter has not stopped talking about her medal!'],
  ['Dave Kettering', 'July 7, 2026 at 7:02 am', 'Well done everyone, and thanks to the judges for such kind feedback on the score sheets.'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gTitle} &#8211; Northmoor Gymnastics Club</title><meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="Northmoor Gymnastics Club &raquo; Feed" href="https://northmoorgym.org.uk/feed/" />
<link rel='stylesheet' id='generate-style-css' href='https://northmoorgym.org.uk/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all'
/>
<style id='generate-style-inline-css'>body{background-color:#f7f8f9;color:#222222;}.main-navigation,.main-navigation ul ul{background-color:#5b2a86;}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${gTitle}",
"datePublished":"2026-07-06T18:30:00+00:00","author":{"name":"Karen Oduya"}}]}</script></head>
<body class="post-template-default single single-post postid-1184 single-format-standard wp-embed-responsive right-sidebar nav-float-right separate-containers"
itemtype="https://schema.org/Blog" itemscope><a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope><div
class="inside-header grid-container">
<div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://northmoorgym.org.uk/" rel="home">Northmoor Gymnastics Club</a></p>
<p class="site-description" itemprop="description">Gymnastics for everyone since 1987</p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu
</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">${links(gNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul>
</div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary"><main class="site-main"
id="main">
<article id="post-1184" class="post-1184 post type-post status-publish format-standard hentry category-competitions" itemtype="https://schema.org/CreativeWork"
itemscope>
<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${gTitle}</h1><div class="entry-meta">
<span class="posted-on"><time class="entry-date published" datetime="2026-07-06T18:30:00+00:00" itemprop="datePublished">July 6, 2026</time></span>
<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n"
href="https://northmoorgym.org.uk/author/karen/"
title="View all posts by Karen Oduya" rel="author" itemprop="url"><span class="author-name" itemprop="name">Karen Oduya</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
${ps(gIntro)}
<h2 class="wp-block-heading">${gH[0]}</h2>${gTable(gL1)}
<h2 class="wp-block-heading">${gH[1]}</h2>${gTable(gL2)}
<h2 class="wp-block-heading">${gH[2]}</h2>${gTable(gL3)}
<h2 class="wp-block-heading">${gH[3]}</h2><ul class="wp-block-list">${lis(gTrophies)}</ul>
${ps(gOutro)}
<figure class="wp-block-image size-large"><img decoding="async" src="https://northmoorgym.org.uk/wp-content/uploads/2026/07/podium.jpg" alt="Level 3 podium"/>
<figcaption class="wp-element-caption">The Level 3 medallists with head coach Jo Hartley</figcaption></figure>
</div><footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>
<a href="https://northmoorgym.org.uk/category/competitions/" rel="category tag">Competitions</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="/summer-holiday-camp-dates/"
rel="prev">${gRecent[0]}</a></span></div>
</nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on &ldquo;${gTitle}&rdquo;</h3><ol class="comment-list">
${gComments
  .map(
    ([a, d, t], i) => `<li id="comment-${31 + i}" class="comment even thread-even depth-1"><article class="comment-body" id="div-comment-${31 + i}"
itemtype="https://schema.org/Comment" itemscope><footer class="comment-meta" aria-label="Comment meta"><div class="comment-author-info"><div
class="comment-author vcard"
itemprop="author"><cite itemprop="name" class="fn">${a}</cite></div><div class="entry-meta comment-metadata"><a href="#comment-${31 + i}"><time
datetime="2026-07-06" itemprop="datePublished">${d}</time></a></div></div></footer><div class="comment-content" itemprop="text"><p>${t}</p></div>
<span class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${31 + i}">Reply</a></span></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="/wp-comments-post.php"
method="post"
id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment"
name="comment" cols="45" rows="8" required></textarea></p><label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author"
name="author"
type="text"><label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email">
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside id="search-2"
class="widget inner-padding widget_search">
<form method="get" class="search-form" action="https://northmoorgym.org.uk/"><label><span class="screen-reader-text">Search for:</span><input type="search"
class="search-field" placeholder="Search &hellip;" name="s"></label><button class="search-submit" aria-label="Search"></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(gRecent)}</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(gCats, 'cat-item')}</ul></aside>
</div></div>
</div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div
class="inside-site-info grid-container">
<div class="copyright-bar">&copy; 2026 Northmoor Gymnastics Club &bull; Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div>
</div></footer></div>
<script id="generate-menu-js" src="https://northmoorgym.org.uk/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0"></script></body></html>`;
const generatePress: TestPage = {
  name: 'heldout676-generatepress-results',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([...gIntro, ...gL1.map(rowText), ...gL2.map(rowText), ...gL3.map(rowText), ...gTrophies, ...gOutro]),
  bylines: ['July 6, 2026', 'by Karen Oduya'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Northmoor Gymnastics Club', 'Gymnastics for everyone since 1987', 'Menu', ...gNav, 'The Level 3 medallists with head coach Jo Hartley',
    'Categories', 'Competitions', ...gRecent, `2 thoughts on “${gTitle}”`, ...gComments.flat(), 'Reply', 'Leave a Comment', 'Comment', 'Name', 'Email',
    'Search for:', 'Recent Posts', 'Club News', 'Holiday Camps', '© 2026 Northmoor Gymnastics Club • Built with GeneratePress',
  ],
};

export const HELDOUT676_A: readonly TestPage[] = [squarespace, generatePress];
