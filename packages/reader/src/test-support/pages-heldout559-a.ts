import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout559-kit.js';

/**
 * Held-out batch 559, file a: a driving school's lesson prices page built with Wix (price boxes with Book Now buttons),
 * and a test-day tips post on WordPress with the GeneratePress theme (sidebar widgets, post navigation and comments).
 */
const wTitle = 'Lesson Prices';
const wIntro = [
  j(
    'All our lessons are one-to-one with a fully qualified instructor, and every lesson starts and ends at your home, college or',
    'workplace anywhere in Kelmsbury and the surrounding villages. Prices below are for 2025 and include fuel and dual-control cars.',
  ),
];
const wCards = [
  ['Single Lessons', '£38 per hour', '£55 for 90 minutes. Pay as you go, ideal for pupils who want to see how they get on first.'],
  ['Block Bookings', '£350 for 10 hours', 'Save £30 on the hourly rate. Hours can be used as 1, 1.5 or 2 hour lessons and never expire.'],
  ['Test Day Package', '£95', 'Use of the car for your practical test, with a one hour warm-up lesson beforehand. Test fee not included.'],
  ['Pass Plus', '£240', 'Six hours of motorway, night and rural driving after your test. May lower your first insurance premium.'],
] as const;
const wPay = [
  j(
    'We ask for 48 hours notice to cancel or move a lesson. Lessons cancelled with less notice are charged in full, unless you are',
    'ill and can show us a sick note.',
  ),
  'You can pay by card, bank transfer or cash on the day. Block bookings are paid in full before the first lesson.',
  j(
    'New pupils get their first two hours for <strong>£60</strong>. This offer is for pupils who have never had lessons with us',
    'before and must be booked as a single two hour lesson.',
  ),
];
const wNav = ['Home', 'Lessons', 'Our Instructors', 'Reviews', 'Contact'];
const wCardsHtml = wCards
  .map(
    ([name, price, text], i) => `<div id="comp-lx7${i}a" class="comp-lx7a wixui-box"><div data-mesh-id="comp-lx7inlineContent" data-testid="inline-content">
<div id="comp-lx7${i}b" class="wixui-rich-text" data-testid="richTextElement"><h2 class="font_2 wixui-rich-text__text">${name}</h2>
<p class="font_7 wixui-rich-text__text"><span style="font-weight:bold;" class="wixui-rich-text__text">${price}</span></p>
<p class="font_8 wixui-rich-text__text">${text}</p></div>
<div class="comp-lx7c wixui-button" data-testid="linkElement"><a data-testid="linkElement" href="https://www.ridgewaydriving.co.uk/book-online"
class="wixui-button StylableButton2545352419__root" aria-disabled="false"><span class="StylableButton2545352419__label wixui-button__label"
data-testid="stylablebutton-label">Book Now</span></a></div></div></div>`,
  )
  .join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Lesson Prices | Ridgeway Driving School</title>
<meta name="description" content="Driving lesson prices in Kelmsbury: single lessons, block bookings, test day packages and Pass Plus.">
<link rel="canonical" href="https://www.ridgewaydriving.co.uk/lesson-prices"><meta property="og:title" content="Lesson Prices | Ridgeway Driving School">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"DrivingSchool","name":"Ridgeway Driving School",
"telephone":"01632 960418"}</script>
<script>window.viewerModel = {"siteFeatures":["cookieConsent","seo","tpaCommons"],"site":{"metaSiteId":"7f1e"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255}.font_0{font:normal normal bold 44px/1.3em montserrat}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="SKIP_TO_CONTENT_BTN" class="LHrbPP" tabindex="0" role="button">Skip to Main Content</div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="Tg9wS4"><a href="https://www.ridgewaydriving.co.uk" id="comp-logo" class="wixui-image"><img src="https://static.wixstatic.com/media/logo.png"
alt="Ridgeway Driving School logo"></a>
<div id="comp-kz1c" class="wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">Call us on 01632 960418</p></div>
<nav id="comp-nav" aria-label="Site" class="wixui-horizontal-menu"><ul class="ItemDepth0">${links(wNav, 'wixui-horizontal-menu__item')}</ul></nav>
</div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="lesson-prices" class="page">
<section id="comp-lx6s" class="wixui-section"><div data-testid="columns" class="comp-lx6s-columns">
<div id="comp-lx6t" class="wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text">${wTitle}</h1>
${ps(wIntro, ' class="font_8 wixui-rich-text__text"')}</div></div></section>
<section id="comp-lx7s" class="wixui-section"><div data-testid="columns" class="comp-lx7s-columns">
${wCardsHtml}</div></section>
<section id="comp-lx8s" class="wixui-section"><div id="comp-lx8t" class="wixui-rich-text" data-testid="richTextElement">
<h2 class="font_2 wixui-rich-text__text">Payment and cancellations</h2>
${ps(wPay, ' class="font_8 wixui-rich-text__text"')}</div>
<div id="comp-lx8img" class="wixui-image"><img src="https://static.wixstatic.com/media/car-side.jpg" alt="Our dual control Ford Fiesta"></div>
</section></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer" tabindex="-1"><div id="comp-ft1" class="wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">Ridgeway Driving School, 14 Mercer Road, Kelmsbury</p>
<p class="font_9 wixui-rich-text__text">© 2025 by Ridgeway Driving School. Proudly created with <a href="https://www.wix.com">Wix.com</a></p></div>
<ul class="wixui-social-bar" aria-label="Social Bar"><li><a href="https://www.facebook.com/ridgewaydriving"><img alt="Facebook"></a></li></ul></footer>
</div></div>
<div id="consent-banner-root" class="consent-banner-root"><div data-hook="consent-banner-root" class="ccsu-banner" role="region" aria-label="Cookie banner">
<p data-hook="ccsu-banner-text" class="ccsu-text">This website uses cookies. By continuing to browse you agree to our use of cookies.</p>
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline all</button>
<button data-hook="consent-banner-apply-button">Accept</button></div></div>
<div id="hidden-mobile-menu" style="display:none"><ul>${links(wNav)}</ul></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.js" async></script></body></html>`;
const wixPrices: TestPage = {
  name: 'heldout559-wix-lesson-prices',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [...wCards.map((c) => c[0]), 'Payment and cancellations'],
  body: texts([...wIntro, ...wCards.flatMap((c) => [c[1], c[2]]), ...wPay]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'Call us on 01632 960418', 'Our Instructors', 'Reviews', 'Contact', 'Book Now',
    'Ridgeway Driving School, 14 Mercer Road, Kelmsbury',
    '© 2025 by Ridgeway Driving School. Proudly created with Wix.com',
    'This website uses cookies. By continuing to browse you agree to our use of cookies.', 'Settings', 'Decline all', 'Accept',
  ],
};

const gTitle = 'What to Do on the Morning of Your Driving Test';
const gBody = [
  j(
    'Most of the pupils I take to test have driven well enough to pass for weeks. What catches them out is rarely the driving: it is',
    'a rushed breakfast, a forgotten licence or a head full of worst cases. Here is the routine I give every pupil the week before.',
  ),
  'The night before',
  j(
    'Put your provisional licence, your glasses if you need them for driving, and the email confirming your test in one place by the',
    'door. If your licence has expired or the photo is out of date, the examiner can refuse to take you out, and you will lose the fee.',
  ),
  'Go to bed at your normal time. An early night you are not used to usually means lying awake going over roundabouts.',
  'On the morning',
  'Eat something, even if it is only toast. Low blood sugar makes nerves worse and slows your reactions.',
  'Avoid extra coffee or energy drinks. You want to be alert, not shaky.',
  'Wear flat shoes you have driven in before. Test day is not the day to find out your new trainers catch on the pedals.',
  'Read through your show me, tell me questions once, then stop. Cramming at this stage only adds to the worry.',
  'The warm-up lesson',
  j(
    'I book an hour before every test. We drive around the roads near the test centre, do one manoeuvre and practise the pull up on',
    'the right. We do not try anything new. If something goes wrong in the warm-up, that is fine: better now than with the examiner.',
  ),
  'At the test centre',
  j(
    'Arrive about ten minutes early and use the toilet. The examiner will come out, call your name, check your licence and ask you to',
    'sign a declaration about your insurance and where you live. Then comes the eyesight check: reading a number plate from about',
    '20 metres. If you fail that, the test stops there.',
  ),
  j(
    'You can ask for your instructor to sit in the back, and I always recommend it. I will not say a word, but you will have a',
    'familiar face in the car, and I can help you understand any faults on the debrief afterwards.',
  ),
  'During the test',
  j(
    'If you make a mistake, keep driving. Pupils often fail because they spend the next five minutes thinking about a stall and then',
    'miss a speed limit sign. Most errors are minor faults, and you can have up to fifteen of them and still pass.',
  ),
  j('If you do not hear or understand an instruction, ask the examiner to repeat it. They would much rather say it twice than have', 'you guess.'),
  'If it does not go your way',
  j(
    'A fail is not the end of anything. Listen to the debrief, write the faults down before you forget them, and we will book a',
    'lesson that week to work on them while they are fresh. Plenty of my best drivers passed on their second or third go.',
  ),
];
const gHeads = [1, 4, 9, 11, 14, 17];
const gNav = ['Home', 'Lessons', 'Prices', 'Blog', 'Contact'];
const gRecent = ['Manual or automatic: which is right for you?', 'How many lessons will I need?', 'Five roundabouts in Ashby to practise on'];
const gCats = ['Lessons', 'News', 'Test Tips'];
const gComments = [
  ['Ellie R.', 'March 4, 2025 at 7:12 pm', 'Followed this to the letter and passed this morning with 3 minors! The warm-up lesson really helped.'],
  ['Marcus', 'March 6, 2025 at 9:40 am', 'Is it worth taking the test at a different centre if the waiting list is shorter?'],
] as const;
const gCommentsHtml = gComments
  .map(
    ([who, when, text], i) => `<li id="comment-${i + 41}" class="comment even thread-even depth-1"><article class="comment-body" id="div-comment-${i + 41}">
<footer class="comment-meta"><div class="comment-author-info"><div class="comment-author vcard author"><cite itemprop="name" class="fn">${who}</cite></div>
<div class="entry-meta comment-metadata"><a href="#comment-${i + 41}"><time datetime="2025-03-0${4 + i * 2}">${when}</time></a></div></div></footer>
<div class="comment-content" itemprop="text"><p>${text}</p></div>
<span class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${i + 41}">Reply</a></span></article></li>`,
  )
  .join('\n');
const gPara = (i: number): string => (gHeads.includes(i) ? `<h2 class="wp-block-heading">${gBody[i]}</h2>` : `<p>${gBody[i]}</p>`);
const gContent = gBody.map((_, i) => (i >= 5 && i <= 8 ? (i === 5 ? `<ul class="wp-block-list">${lis(gBody.slice(5, 9))}</ul>` : '') : gPara(i))).join('\n');
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gTitle} &#8211; Ashby Learner Drivers</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://ashbylearnerdrivers.co.uk/morning-of-your-driving-test/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-02T08:30:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${gTitle}",
"author":{"name":"Dan Whitcombe"},"datePublished":"2025-03-02T08:30:00+00:00"}]}</script>
<link rel="stylesheet" id="generate-style-css" href="https://ashbylearnerdrivers.co.uk/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0">
<style id="generate-style-inline-css">body{background-color:#f7f8f9;color:#222}.entry-title{font-size:34px}</style></head>
<body class="post-template-default single single-post postid-812 single-format-standard wp-embed-responsive right-sidebar nav-float-right
separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline">
<a href="https://ashbylearnerdrivers.co.uk/" rel="home">Ashby Learner Drivers</a></p><p class="site-description" itemprop="description">
Patient, friendly driving lessons in Ashby and Coldwell</p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
<span class="gp-icon icon-menu-bars"><svg viewBox="0 0 512 512" aria-hidden="true"></svg></span><span class="screen-reader-text">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu">${links(gNav, 'menu-item menu-item-type-post_type')}</ul></div></div></nav>
</div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-812" class="post-812 post type-post status-publish format-standard hentry category-test-tips" itemtype="https://schema.org/CreativeWork"
itemscope><div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${gTitle}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2025-03-02T08:30:00+00:00" itemprop="datePublished">
March 2, 2025</time></span> <span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>
<a class="url fn n" href="https://ashbylearnerdrivers.co.uk/author/dan/" title="View all posts by Dan Whitcombe" rel="author" itemprop="url">
<span class="author-name" itemprop="name">Dan Whitcombe</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
${gContent}
</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="gp-icon icon-categories"><svg aria-hidden="true"></svg></span>
<span class="screen-reader-text">Categories </span><a href="https://ashbylearnerdrivers.co.uk/category/test-tips/" rel="category tag">Test Tips</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="gp-icon icon-arrow-left"><svg aria-hidden="true"></svg>
</span><span class="prev"><a href="https://ashbylearnerdrivers.co.uk/how-many-lessons/" rel="prev">How many lessons will I need?</a></span></div>
<div class="nav-next"><span class="gp-icon icon-arrow-right"><svg aria-hidden="true"></svg></span><span class="next">
<a href="https://ashbylearnerdrivers.co.uk/manual-or-automatic/" rel="next">Manual or automatic: which is right for you?</a></span></div></nav>
</footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on &ldquo;${gTitle}&rdquo;</h3>
<ol class="comment-list">${gCommentsHtml}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="https://ashbylearnerdrivers.co.uk/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment" cols="45" rows="8">
</textarea></p>
<label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text" value="" size="30" required>
<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email" value="" size="30" required>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="https://ashbylearnerdrivers.co.uk/">
<label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label>
<button class="search-submit" aria-label="Search"><svg aria-hidden="true"></svg></button></form></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(gRecent)}</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(gCats, 'cat-item')}</ul></aside>
</div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container">
<div class="copyright-bar"><span class="copyright">&copy; 2025 Ashby Learner Drivers</span> &bull; Built with
<a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
<script id="generate-a11y">!function(){"use strict";if("querySelector"in document&&"addEventListener"in window){var e=document.body;}}();</script>
<script src="https://ashbylearnerdrivers.co.uk/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0" id="generate-menu-js"></script>
</body></html>`;
const gpTips: TestPage = {
  name: 'heldout559-generatepress-test-morning',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads.map((i) => gBody[i] ?? ''),
  body: texts(gBody.filter((_, i) => !gHeads.includes(i))),
  bylines: ['March 2, 2025', 'by Dan Whitcombe', ...gComments.flatMap((c) => [c[0], c[1]])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Ashby Learner Drivers', 'Patient, friendly driving lessons in Ashby and Coldwell', ...gNav,
    'Test Tips', ...gRecent, `2 thoughts on “${gTitle}”`, ...gComments.map((c) => c[2]), 'Reply', 'Leave a Comment',
    'Recent Posts', 'Categories', 'News', '© 2025 Ashby Learner Drivers • Built with GeneratePress',
  ],
};

export const HELDOUT559_A: readonly TestPage[] = [wixPrices, gpTips];
