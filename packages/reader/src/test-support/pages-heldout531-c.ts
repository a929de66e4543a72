import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, except, j, lis } from './pages-heldout531-kit.js';

/**
 * Held-out batch 531, file c: a cookery school's blog post about its new bread course on WordPress (Astra theme) with
 * comments, and a sourdough course page on Webflow.
 */
const aTitle = 'What Happens on Our Weekend Bread Course (and What to Bring)';
const aBody = [
  j(
    'We get a lot of questions about the weekend bread course, mostly from people who are worried they will be the only beginner in the',
    'room. You will not be. About half of each group has never made a loaf from scratch, and the other half has made plenty of bricks.',
  ),
  'Saturday: yeasted breads',
  j(
    'The first morning starts with flour. We taste and compare a strong white, a wholemeal and a stoneground spelt, and talk about',
    'protein, water and why a recipe that worked last month suddenly does not. Then everyone mixes a basic white dough by hand.',
  ),
  j(
    'While that proves, Tomasz demonstrates shaping: a tin loaf, a bloomer and rolls. After lunch you shape your own dough, and the',
    'afternoon goes on enriched doughs, a milk loaf and a tray of cinnamon buns that rarely survive the journey home.',
  ),
  'Sunday: sourdough and flatbreads',
  j(
    'Sunday is about slow fermentation. Each of you gets a jar of our starter, which is now eleven years old, and we build a levain',
    'together first thing. The dough you mix in the morning is the one you take home to bake on Monday; the loaves we bake together',
    'on Sunday were mixed by the school the night before, so you can see the whole process in a single day.',
  ),
  j(
    'In the gaps we make flatbreads in the wood oven: pitta, a quick naan and a Sardinian-style crispbread. Lunch on Sunday is those',
    'flatbreads with whatever the kitchen garden is producing.',
  ),
  'What to bring',
  'an apron if you have a favourite (we have plenty)',
  'two large tubs or bags for taking bread home',
  'a clean jar with a lid for your starter',
  'flat, closed shoes: the kitchen floor is tiled',
  j(
    'Everything else, from scrapers to bannetons, is provided, and you can buy any of the tools at cost at the end of the course.',
    'If you have an allergy or intolerance, tell us when you book so that we can plan lunch around it.',
  ),
  'How much bread will I take home?',
  j(
    'Quite a lot. A typical haul is two tin loaves, a bloomer, six rolls, the buns, a sourdough loaf and a dough to bake yourself.',
    'Bring a freezer bag if you live alone.',
  ),
];
const aNav = ['Courses', 'Kids Classes', 'Corporate Events', 'Blog', 'Visit Us'];
const aSide = ['Five knives you actually need', 'Our summer menu for the supper club', 'Why we switched to induction'];
const aComments = [
  {
    who: 'Helen R.',
    when: 'April 9, 2027 at 8:14 pm',
    text: 'Did this in March and I have not bought a loaf since. The cinnamon buns are worth the fee alone.',
  },
  { who: 'Green Willow Cookery School', when: 'April 10, 2027 at 9:02 am', text: 'Thank you Helen! Send us a photo of your next bake.' },
];
const comment = (c: { who: string; when: string; text: string }, n: number): string => `<li class="comment even thread-even depth-1" id="li-comment-${n}">
<article id="comment-${n}" class="comment-body ast-comment"><header class="ast-comment-meta ast-row ast-comment-author vcard capitalize">
<div class="ast-comment-avatar-wrap"><img alt="" src="https://secure.gravatar.com/avatar/${n}?s=50" class="avatar avatar-50 photo" height="50" width="50"></div>
<div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap"><cite><b class="fn">${c.who}</b></cite><div class="ast-comment-time">
<span class="timendate"><a href="#comment-${n}"><time datetime="2027-04-09">${c.when}</time></a></span></div></div></div></header>
<section class="ast-comment-content comment"><p>${c.text}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></article></li>`;
const aHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aTitle} &#8211; Green Willow Cookery School</title><link rel="profile" href="https://gmpg.org/xfn/11">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${aTitle}",
"datePublished":"2027-04-07T09:00:00+00:00","author":{"name":"Tomasz Wierzbicki"}}]}</script>
<link rel='stylesheet' id='astra-theme-css-css' href='https://greenwillowcookery.com/wp-content/themes/astra/assets/css/minified/main.min.css' media='all' />
<style id='astra-theme-css-inline-css'>.ast-separate-container .ast-article-post{padding:3em;}:root{--ast-global-color-0:#3a6b35;}</style></head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-1284 single-format-standard
 ast-single-post ast-inherit-site-logo-transparent ast-right-sidebar astra-4.6.8 ast-separate-container">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a><div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon" id="masthead" itemscope="itemscope">
<div id="ast-desktop-header"><div class="ast-main-header-wrap main-header-bar-wrap">
<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="ast-builder-layout-element site-header-focus-item ast-header-logo">
<div class="site-branding ast-site-identity"><span class="site-logo-img"><a href="https://greenwillowcookery.com/" class="custom-logo-link" rel="home">
<img src="/wp-content/uploads/2023/01/gw-logo.png" class="custom-logo" alt="Green Willow Cookery School"></a></span></div></div>
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(aNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-1284 post type-post status-publish format-standard has-post-thumbnail hentry category-bread category-courses ast-article-single"
 id="post-1284" itemtype="https://schema.org/CreativeWork" itemscope="itemscope"><div class="ast-post-format- single-layout-1">
<header class="entry-header"><div class="post-thumb-img-content post-thumb"><img width="1024" height="683" src="/wp-content/uploads/2027/04/bread-course.jpg"
 class="attachment-large size-large wp-post-image" alt="Loaves cooling on a rack" itemprop="image"></div>
<h1 class="entry-title" itemprop="headline">${aTitle}</h1><div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person"
 itemscope="itemscope" itemprop="author"><a title="View all posts by Tomasz Wierzbicki" href="/author/tomasz/" rel="author" class="url fn n" itemprop="url">
<span class="author-name" itemprop="name">Tomasz Wierzbicki</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">
April 7, 2027</span></span> / <span class="cat-links"><a href="/category/bread/" rel="category tag">Bread</a>, <a href="/category/courses/"
 rel="category tag">Courses</a></span></div></header>
<div class="entry-content clear" itemprop="text">
${ps([at(aBody, 0)])}
<h2 class="wp-block-heading">${at(aBody, 1)}</h2>${ps(aBody.slice(2, 4))}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2027/04/shaping.jpg" alt="Shaping a bloomer"><figcaption class="wp-element-caption">
Tomasz shaping a bloomer in the main kitchen.</figcaption></figure>
<h2 class="wp-block-heading">${at(aBody, 4)}</h2>${ps(aBody.slice(5, 7))}
<h2 class="wp-block-heading">${at(aBody, 7)}</h2><ul class="wp-block-list">${lis(aBody.slice(8, 12))}</ul>${ps([at(aBody, 12)])}
<h3 class="wp-block-heading">${at(aBody, 13)}</h3>${ps([at(aBody, 14)])}
<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
 href="/courses/weekend-bread/">See the next course dates</a></div></div></div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/blog/five-knives/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div>
<div class="nav-next"><a href="/blog/supper-club-summer/" rel="next">Next Post <span class="ast-right-arrow">&rarr;</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">2 thoughts on
 &ldquo;${aTitle}&rdquo;</h3></div><ol class="ast-comment-list">${aComments.map((c, i) => comment(c, 311 + i)).join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post"
 id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span>
<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class="comment-form-legend"></legend>
<div class="comment-form-textarea ast-grid-common-col">
<label for="comment" class="screen-reader-text">Type here..</label><textarea id="comment" name="comment" placeholder="Type here.." cols="45" rows="8">
</textarea>
</div></fieldset></div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment &raquo;"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary" aria-label="Primary Sidebar"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://greenwillowcookery.com/">
<label for="search-field"><span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..."
 name="s"></label></form></aside><aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
<nav aria-label="Recent Posts"><ul>${links(aSide)}</ul></nav></aside>
<aside id="text-3" class="widget widget_text"><h2 class="widget-title">Gift a course</h2><div class="textwidget"><p>Vouchers never expire and can be used
 for any class.</p></div></aside></div></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter">
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item">
<div class="ast-builder-grid-row ast-builder-grid-row-full ast-grid-center-col-layout-only"><div class="site-footer-below-section-1 site-footer-section">
<div class="ast-footer-copyright"><p>Copyright &copy; 2027 Green Willow Cookery School | Powered by <a href="https://wpastra.com/" rel="nofollow noopener">Astra
 WordPress Theme</a></p></div></div></div></div></footer></div>
<script src='https://greenwillowcookery.com/wp-content/themes/astra/assets/js/minified/frontend.min.js' id='astra-theme-js-js'></script></body></html>`;
const astra: TestPage = {
  name: 'heldout531-astra-bread-course-post',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: [at(aBody, 1), at(aBody, 4), at(aBody, 7), at(aBody, 13)],
  body: texts(except(aBody, [1, 4, 7, 13])),
  bylines: ['Tomasz Wierzbicki', 'April 7, 2027', ...aComments.flatMap((c) => [c.who, c.when])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...aNav, 'Tomasz shaping a bloomer in the main kitchen.', 'See the next course dates',
    '← Previous Post', 'Next Post →', `2 thoughts on “${aTitle}”`, ...aComments.map((c) => c.text), 'Reply', 'Leave a Comment',
    'Your email address will not be published.', 'Required fields are marked *', 'Recent Posts', ...aSide, 'Gift a course',
    'Vouchers never expire and can be used for any class.', 'Copyright © 2027 Green Willow Cookery School | Powered by Astra WordPress Theme',
  ],
};

const fTitle = 'Sourdough From Scratch';
const fDek = 'A one-day course at the Granary Kitchen for anyone who has killed a starter or two.';
const fBody = [
  j(
    'Sourdough has a reputation for being difficult. Mostly it is just slow. In one day we take you through the full cycle, from feeding',
    'a starter to cutting into a loaf with an open, glossy crumb, and show you how to fit it around a working week.',
  ),
  'What you’ll learn',
  'How to keep a starter healthy and when it is ready to use',
  'Mixing, autolyse and stretch-and-fold, with timings you can adapt',
  'Shaping a boule and a batard with enough tension',
  'Scoring and baking in a home oven with a cast-iron pot',
  'The day',
  j(
    'We start at 9.30am with coffee and a tasting of three loaves at different stages of proof. The morning is hands-on mixing and',
    'folding; after lunch we shape and bake dough that was started the night before. You finish at about 4pm.',
  ),
  j('You go home with a loaf, a jar of starter, a dough to bake the next morning and a printed timetable for your own kitchen.'),
];
const fFacts = [
  ['Duration', 'One day, 9.30am–4pm'],
  ['Group size', 'Up to 8'],
  ['Price', '£145, lunch included'],
];
const fNav = ['Courses', 'Private Hire', 'Gift Vouchers', 'About'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Feb 08 2027 10:12:44 GMT+0000 -->
<html data-wf-domain="www.granarykitchen.co" data-wf-page="65c0a1f2b3" data-wf-site="65b9e0d1a2" lang="en"><head><meta charset="utf-8">
<title>Sourdough From Scratch | The Granary Kitchen</title><meta content="${fDek}" name="description"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65b9e0d1a2/css/granary-kitchen.webflow.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Course","name":"${fTitle}","provider":{"@type":"Organization",
"name":"The Granary Kitchen"}}</script>
</head><body><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand w--current">
<img src="https://assets-global.website-files.com/65b9e0d1a2/logo.svg" alt="" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((n) => `<a href="/${n.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${n}</a>`).join('')}
<a href="/book" class="button nav-button w-button">Book a course</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="section hero-course"><div class="container w-container"><div class="breadcrumb-wrap"><a href="/courses" class="breadcrumb-link">Courses</a>
<div class="breadcrumb-divider">/</div><div class="breadcrumb-current">Sourdough</div></div>
<h1 class="heading-hero">${fTitle}</h1><p class="paragraph-large">${fDek}</p>
<div class="course-facts w-layout-grid">${fFacts
  .map(
    ([k, v]) => `<div class="fact-card"><div class="fact-label">${k}</div>
<div class="fact-value">${v}</div></div>`,
  )
  .join('')}
</div><a href="#dates" class="button w-button">Check dates</a></div></section>
<section class="section"><div class="container w-container"><div class="w-layout-grid grid-course"><div class="course-rich-text w-richtext">
${ps([at(fBody, 0)])}<h2>${at(fBody, 1)}</h2><ul role="list">${lis(fBody.slice(2, 6))}</ul><h2>${at(fBody, 6)}</h2>${ps(fBody.slice(7, 9))}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets-global.website-files.com/65b9e0d1a2/crumb.jpg"
 loading="lazy" alt="Open crumb of a sourdough loaf"></div><figcaption>The crumb you are aiming for.</figcaption></figure></div>
<div id="dates" class="dates-sidebar"><h3 class="heading-small">Upcoming dates</h3><div class="w-dyn-list"><div role="list" class="w-dyn-items">
<div role="listitem" class="w-dyn-item"><a href="/book/sourdough-0313" class="date-link">Saturday 13 March</a></div>
<div role="listitem" class="w-dyn-item"><a href="/book/sourdough-0410" class="date-link">Saturday 10 April</a></div></div></div>
<div class="w-dyn-empty" style="display:none"><div>No items found.</div></div></div></div></div></section>
<section class="section cta-section"><div class="container w-container"><h2 class="heading-cta">Cooking with friends or colleagues?</h2>
<p>We run private versions of every course for groups of six or more.</p><a href="/private-hire" class="button w-button">Enquire about private hire</a>
</div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid w-layout-grid"><div class="footer-col"><div class="footer-heading">Visit</div>
<p class="footer-text">The Granary Kitchen, Stableyard Lane, Oxley Marsh</p></div><div class="footer-col"><div class="footer-heading">Newsletter</div>
<div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get"><input class="text-field w-input" maxlength="256" name="email"
 placeholder="Your email" type="email"><input type="submit" value="Subscribe" class="submit-button w-button"></form>
<div class="w-form-done" tabindex="-1" role="region"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></div>
<div class="footer-bottom">© 2027 The Granary Kitchen Ltd.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65b9e0d1a2/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout531-webflow-sourdough-course',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: [at(fBody, 1), at(fBody, 6)],
  body: texts([fDek, ...fFacts.flat(), ...except(fBody, [1, 6])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav.filter((n) => n !== 'About'), 'Book a course', '/', 'Check dates', 'The crumb you are aiming for.', 'Upcoming dates', 'Saturday 13 March',
    'Saturday 10 April', 'Cooking with friends or colleagues?', 'We run private versions of every course for groups of six or more.',
    'Enquire about private hire', 'Visit', 'The Granary Kitchen, Stableyard Lane, Oxley Marsh', 'Newsletter', '© 2027 The Granary Kitchen Ltd.',
  ],
};

export const HELDOUT531_C: readonly TestPage[] = [astra, webflow];
