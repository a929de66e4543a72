import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, tidy } from './pages-heldout664-kit.js';
import { HEX_BODY, HEX_CAPTIONS, HEX_HEADINGS, hexContent } from './pages-heldout664-b2.js';

/**
 * Held-out batch 664, file b: a long free crochet pattern post on a WordPress blog with the Kadence theme (hero title, sidebar,
 * similar posts, comments; its article text is in file b2), and a knitting group's event page on Meetup (Next.js).
 */
const kTitle = 'Moss Stitch Hexagon Cushion: Free Crochet Pattern';
const kNav = ['Free patterns', 'Tutorials', 'Shop', 'About', 'Contact'];
const kCrumbs = ['Home', 'Crochet patterns'];
const kSide = ['Linen stitch pencil case', 'How to read a crochet chart', 'Ten ways to use up DK scraps'];
const kSimilar = ['Sunburst Granny Coasters: Free Pattern', 'Chunky Ripple Throw in Three Colours', 'Crochet Plant Hanger with Wooden Beads'];
const kComments = [
  ['Ilse Marwick', 'February 11, 2026 at 8:14 am', 'Made two of these for my sister already. The join-as-you-go round is so satisfying!'],
  ['Nell Orrin', 'February 11, 2026 at 9:30 am', 'Thank you Ilse, so glad you enjoyed it. Would love to see a photo!'],
  ['Patrick Hume', 'February 14, 2026 at 6:02 pm', 'Is round 4 supposed to end with 60 stitches? I keep getting 58.'],
];
const kFoot = ['Privacy policy', 'Accessibility', 'Disclosure'];
const comment = ([n, d, t]: string[], depth: number): string => `<li id="comment-${depth}${(n ?? '').length}" class="comment even thread-even depth-${depth}">
<article id="div-comment-${depth}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt=''
src='https://secure.gravatar.com/avatar/1?s=60'
class='avatar avatar-60 photo' height='60' width='60'><b class="fn">${n}</b> <span class="says">says:</span></div><div class="comment-metadata">
<a href="#comment-1"><time datetime="2026-02-11T08:14:00+00:00">${d}</time></a></div></footer><div class="comment-content"><p>${t}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></article></li>`;
const kHtml = `<!doctype html>
<html lang="en-US" class="no-js" itemtype="https://schema.org/Blog" itemscope><head><meta charset="UTF-8"><meta name="viewport"
content="width=device-width, initial-scale=1, minimum-scale=1">
<title>${kTitle} - Orrin Hooks</title><meta name="description" content="A free crochet pattern for a moss stitch hexagon cushion, joined as you go.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-02-09T07:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${kTitle}",
"author":{"name":"Nell Orrin"},"datePublished":"2026-02-09T07:00:00+00:00","wordCount":1180}]}</script>
<link rel='stylesheet' id='kadence-global-css' href='https://orrinhooks.com/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9' media='all'>
<style id='kadence-global-inline-css'>:root{--global-palette1:#2B6CB0;--global-palette3:#1A202C;--global-content-width:1290px}
.entry-hero.post-hero-section{min-height:200px}</style>
<script>window.mediavineSettings={"site":"orrinhooks"};</script></head>
<body class="post-template-default single single-post postid-2231 single-format-standard wp-custom-logo footer-on-bottom hide-focus-outline link-style-standard
has-sidebar content-title-style-above content-width-normal content-style-boxed content-vertical-padding-show non-transparent-header
mobile-non-transparent-header">
<div id="wrapper" class="site wp-site-blocks"><a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope><div id="main-header" class="site-header-wrap">
<div class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div class="site-header-upper-inner-wrap"><div class="site-main-header-wrap
site-header-row-container
site-header-focus-item site-header-row-layout-standard"
data-section="kadence_customizer_header_main"><div class="site-header-row-container-inner"><div class="site-container">
<div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center"><div class="site-header-main-section-left
site-header-section
site-header-section-left"><div class="site-header-item site-header-focus-item" data-section="title_tagline"><div class="site-branding branding-layout-standard">
<a class="brand has-logo-image" href="https://orrinhooks.com/" rel="home"><img width="300" height="80" src="https://orrinhooks.com/wp-content/uploads/logo.png"
class="custom-logo" alt="Orrin Hooks"><div class="site-title-wrap"><p class="site-title">Orrin Hooks</p></div></a></div></div></div>
<div class="site-header-main-section-right site-header-section site-header-section-right"><div class="site-header-item site-header-focus-item
site-header-item-main-navigation header-navigation-layout-stretch-false" data-section="kadence_customizer_primary_navigation"><nav id="site-navigation"
class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard" role="navigation" aria-label="Primary Navigation">
<div class="primary-menu-container header-menu-container"><ul id="primary-menu"
class="menu">${links(kNav, 'menu-item menu-item-type-taxonomy')}</ul></div></nav></div>
<div class="site-header-item site-header-focus-item" data-section="kadence_customizer_header_search"><div class="search-toggle-open-container">
<button class="search-toggle-open drawer-toggle search-toggle-style-default" aria-label="View Search Form" data-toggle-target="#search-drawer"><span
class="search-toggle-icon"><span class="kadence-svg-iconset"><svg aria-hidden="true" class="kadence-svg-icon kadence-search-svg"></svg></span></span></button>
</div></div></div></div></div></div></div></div></div></div></div></header>
<div id="inner-wrap" class="wrap kt-clear"><section role="banner"
class="entry-hero post-hero-section entry-hero-layout-standard"><div class="entry-hero-container-inner">
<div class="hero-section-overlay"></div><div class="hero-container site-container"><header class="entry-header post-title title-align-inherit
title-tablet-align-inherit">
<nav id="kadence-breadcrumbs" aria-label="Breadcrumbs" class="kadence-breadcrumbs"><div class="kadence-breadcrumb-container">${kCrumbs
  .map((t) => `<span><a href="/" itemprop="url"><span>${t}</span></a></span> <span class="bc-delimiter">/</span>`)
  .join(' ')} <span class="kadence-bread-current">${kTitle}</span></div></nav>
<h1 class="entry-title">${kTitle}</h1><div class="entry-meta
entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span><span class="author vcard">
<a class="url fn n" href="https://orrinhooks.com/author/nell/">Nell Orrin</a></span></span><span class="posted-on"><time class="entry-date published"
datetime="2026-02-09T07:00:00+00:00">February 9, 2026</time></span></div></header></div></div></section>
<div id="primary" class="content-area"><div class="content-container site-container"><main id="main" class="site-main" role="main"><div class="content-wrap">
<article id="post-2231" class="entry content-bg single-entry post-2231 post type-post status-publish format-standard has-post-thumbnail hentry
category-crochet-patterns">
<div class="entry-content-wrap"><div class="entry-content single-content">
<p class="has-small-font-size disclosure"><em>This post contains affiliate links.
If you buy through them, I may earn a small commission at no cost to you.</em></p>
<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="#pattern">Jump to the pattern</a></div>
<div class="wp-block-button is-style-outline"><a class="wp-block-button__link wp-element-button"
href="https://orrinhooks.etsy.com">Buy the ad-free PDF</a></div></div>
${hexContent}
</div><footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">Post Tags:</span>
<a href="/tag/cushions/" title="cushions" class="tag-link tag-item-cushions" rel="tag"><span class="tag-hash">#</span>cushions</a><a href="/tag/hexagons/"
class="tag-link" rel="tag"><span class="tag-hash">#</span>hexagons</a></span></div></footer></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous">
<a href="/linen-stitch-pencil-case/" rel="prev"><div class="post-navigation-sub"><small>Previous</small></div>Linen stitch pencil case</a></div></div></nav>
<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container">
<div class="entry-related-inner-content alignwide">
<h2 class="entry-related-title">Similar Posts</h2><div class="entry-related-carousel kadence-slide-init splide">
${kSimilar
  .map(
    (t) => `<div class="carousel-item"><article class="entry content-bg loop-entry post type-post"><div class="entry-content-wrap"><header class="entry-header">
<h3 class="entry-title"><a href="/x/" rel="bookmark">${t}</a></h3></header></div></article></div>`,
  )
  .join('\n')}</div></div></div></div>
<div id="comments" class="comments-area"><h2 class="comments-title">3 Comments</h2><ol class="comment-list">
${comment(kComments[0] ?? [], 1)}<ol class="children">${comment(kComments[1] ?? [], 2)}</ol>${comment(kComments[2] ?? [], 1)}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="/wp-comments-post.php"
method="post" id="commentform"
class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked
<span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea id="comment" name="comment"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</div></main>
<aside id="secondary" role="complementary"
class="primary-sidebar widget-area sidebar-slug-sidebar-primary sidebar-link-style-normal"><div class="sidebar-inner-wrap">
<section id="block-4" class="widget widget_block"><h2 class="wp-block-heading">Hi, I'm Nell!</h2>
<p>I design simple, modern crochet for homes and small people.</p></section>
<section id="block-5" class="widget widget_block"><h2 class="wp-block-heading">Popular now</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">
${links(kSide)}</ul></section><section id="block-6" class="widget widget_block"><div class="mv-ad-box"
data-slotname="sidebar_1"><span class="mv-ad-box-label">Advertisement</span>
</div></section></div></aside></div></div></div>
<footer id="colophon" class="site-footer"
role="contentinfo"><div class="site-footer-wrap"><div class="site-bottom-footer-wrap site-footer-row-container"><div class="site-container">
<div class="site-bottom-footer-inner-wrap site-footer-row site-footer-row-columns-2"><div class="site-footer-bottom-section-1 site-footer-section
footer-section-inner-items-1">
<div class="footer-widget-area site-info site-footer-focus-item"><div class="footer-html inner-link-style-normal"><div class="footer-html-inner">
<p>&copy; 2026 Orrin Hooks
- WordPress Theme by <a href="https://www.kadencewp.com/" rel="nofollow noopener">Kadence WP</a></p></div></div></div></div>
<div class="site-footer-bottom-section-2 site-footer-section"><div class="footer-widget-area widget-area site-footer-focus-item footer-navigation-wrap">
<nav id="footer-navigation"
class="footer-navigation" role="navigation" aria-label="Footer Navigation"><div class="footer-menu-container"><ul id="footer-menu"
class="menu">${links(kFoot)}</ul></div></nav>
</div></div></div></div></div></div></footer></div>
<div id="search-drawer" class="popup-drawer popup-drawer-layout-fullwidth"
data-drawer-target-string="#search-drawer"><div class="drawer-inner"><div class="drawer-content">
<form role="search" method="get" class="search-form"
action="https://orrinhooks.com/"><label><span class="screen-reader-text">Search for:</span><input type="search"
class="search-field" placeholder="Search &hellip;" name="s"></label><input type="submit" class="search-submit" value="Search"></form></div></div></div>
<script id="kadence-navigation-js" src="https://orrinhooks.com/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.9" async></script></body></html>`;
const kadence: TestPage = {
  name: 'heldout664-kadence-hexagon-cushion',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: HEX_HEADINGS,
  body: HEX_BODY,
  bylines: ['By', 'Nell Orrin', 'February 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Orrin Hooks', ...kNav, ...kCrumbs, ...HEX_CAPTIONS,
    'This post contains affiliate links. If you buy through them, I may earn a small commission at no cost to you.', 'Jump to the pattern',
    'Buy the ad-free PDF', '#cushions', '#hexagons', 'Previous', ...kSide, 'Similar Posts', ...kSimilar, '3 Comments',
    ...kComments.flat().filter((t) => t !== 'Nell Orrin'), 'says:', 'Reply', 'Leave a Reply',
    'Your email address will not be published. Required fields are marked *',
    'Comment *', "Hi, I'm Nell!", 'I design simple, modern crochet for homes and small people.', 'Popular now', 'Advertisement',
    '© 2026 Orrin Hooks - WordPress Theme by Kadence WP', ...kFoot,
  ],
};

const mTitle = 'Saturday Stitch-In at the Copper Kettle';
const mBody = [
  j(
    'Bring whatever you are working on and join us upstairs at the Copper Kettle for our monthly Saturday stitch-in. Knitters,',
    'crocheters, spinners, embroiderers and the simply curious are all welcome, whatever your level.',
  ),
  j(
    'This month Dilys will have her spindle with her and has offered to show anyone who wants to try how to spin a first length of',
    'yarn from a bag of Shetland fleece. There will be spare spindles to borrow.',
  ),
  'A few things to know:',
  'The café opens the upstairs room just for us, so please buy a drink or a slice of cake if you can.',
  'There is a lift at the back of the building for anyone who needs it.',
  'Our swap basket will be out as usual. Bring any yarn you no longer want and take home something new.',
  'If you are coming for the first time, look for the table with the knitted teapot on it and say hello!',
];
const mAttendees = ['Gwen Pardoe', 'Dilys M.', 'Hattie', 'Raj Kohli', 'Marta S.'];
const mFoot = [
  'Sign up',
  'Log in',
  'Help',
  'Groups',
  'Calendar',
  'Topics',
  'Cities',
  'About',
  'Blog',
  'Careers',
  'Terms of Service',
  'Privacy Policy',
  'Cookie Policy',
];
const mSimilar = ['Knit Night at The Lamb', 'Beginners Crochet Circle', 'Ashbridge Spinners and Weavers'];
const mNext = JSON.stringify({
  props: { pageProps: { event: { id: '304981117', title: mTitle, dateTime: '2027-01-16T10:30:00Z', going: 14 } } },
  page: '/[urlname]/events/[eventId]',
});
const mHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charSet="utf-8"><meta name="viewport"
content="width=device-width"><title>${mTitle}, Sat, Jan 16, 2027, 10:30 AM | Meetup</title>
<meta name="description" content="Bring whatever you are working on and join us upstairs at the Copper Kettle for our monthly Saturday stitch-in.">
<meta property="og:title" content="${mTitle}, Sat, Jan 16, 2027, 10:30 AM | Meetup"><link rel="preload" href="/_next/static/css/8c1e7f0b.css" as="style">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"${mTitle}","startDate":"2027-01-16T10:30:00+00:00",
"location":{"@type":"Place","name":"Copper Kettle Café","address":"14 Mill Lane, Ashbridge"},"organizer":{"@type":"Organization",
"name":"Riverside Hook and Needle Club"}}</script>
<link rel="stylesheet" href="/_next/static/css/8c1e7f0b.css" data-n-g=""></head>
<body><div id="__next"><div class="flex min-h-screen flex-col"><header class="z-10 bg-white shadow-sm"
id="header"><div class="mx-auto flex h-16 max-w-screen-xl items-center
justify-between px-4"><a href="https://www.meetup.com/" aria-label="Meetup home"><svg class="h-8 w-auto" aria-hidden="true"></svg></a>
<form class="hidden md:flex" role="search"><input type="search" aria-label="Search for keywords" placeholder="Search events"><button type="submit"
aria-label="Search"></button></form>
<div class="flex items-center gap-4"><a href="/login/" class="text-sm font-medium" data-event-label="header-login">Log in</a><a href="/register/"
class="rounded-lg bg-viridian px-4 py-2 text-sm font-medium text-white" data-event-label="header-signup">Sign up</a></div></div></header>
<main class="flex flex-col items-center justify-between bg-gray1 pb-20"><div data-event-label="top"
class="w-full border-b border-shadowColor bg-white px-5 py-2 lg:py-6">
<div class="md:max-w-screen mx-auto w-full lg:max-w-[1200px]"><time class="block mb-4 text-sm md:hidden"
datetime="2027-01-16T10:30:00Z">Saturday, January 16, 2027</time>
<h1 class="overflow-hidden overflow-ellipsis text-3xl font-bold leading-snug">${mTitle}</h1><div class="mt-1 flex items-center"><a href="/members/2210934/"
class="flex">
<img alt="Photo of the user Gwen Pardoe" class="rounded-full" src="https://secure.meetupstatic.com/photos/member/thumb_31.jpeg" width="48" height="48">
<div class="ml-4"><div class="text-sm">Hosted By</div><div><span class="font-medium">Gwen Pardoe</span></div></div></a></div></div></div>
<div class="md:max-w-screen w-full bg-gray1 lg:max-w-[1200px]"><div class="flex flex-col md:flex-row md:justify-between"><div class="flex flex-grow flex-col">
<picture data-testid="event-description-image"><img alt="${mTitle}" src="https://secure.meetupstatic.com/photos/event/highres_52.jpeg"></picture>
<div class="mt-5"><div class="flex items-center justify-between"><h2 class="text-xl font-semibold">Details</h2></div><div class="break-words"
id="event-details">
${ps(mBody.slice(0, 3))}<ul>${lis(mBody.slice(3))}</ul></div></div>
<div class="mt-6"><div class="flex justify-between"><h2 class="text-xl
font-semibold">Attendees (14)</h2><a href="/riverside-hook-and-needle/events/304981117/attendees/"
class="text-sm text-viridian">See all</a></div><div class="grid grid-cols-5 gap-3">${mAttendees
  .map(
    (n) => `<div class="flex flex-col items-center rounded-lg bg-white p-3"><img alt="Photo of the user ${n}" class="rounded-full" width="72" height="72"
src="https://secure.meetupstatic.com/photos/member/thumb_${n.length}.jpeg"><p class="mt-2 truncate text-xs font-medium">${n}</p></div>`,
  )
  .join('\n')}</div></div>
<div class="mt-6"><h2 class="text-xl font-semibold">Photos (8)</h2><a href="/riverside-hook-and-needle/photos/"
class="text-sm text-viridian">See all</a></div></div>
<div class="sticky top-24 hidden md:block md:w-[360px]"><div class="rounded-2xl bg-white px-5 pb-3 pt-6"
data-testid="group-card"><a href="/riverside-hook-and-needle/"
class="flex"><img alt="" src="https://secure.meetupstatic.com/photos/event/group.jpeg"
class="h-14 w-14 rounded-lg"><div class="ml-4"><div class="font-semibold">Riverside Hook and
Needle Club</div><div class="text-sm text-gray6">Public group</div></div></a></div>
<div class="mt-5 rounded-2xl bg-white px-5 py-6"
data-testid="event-info"><div class="flex"><svg aria-hidden="true"></svg><div class="pl-4"><time datetime="1799490600000"
class="block">Saturday, January 16, 2027<br>10:30 AM to 1:00 PM GMT</time><a href="#" class="text-viridian text-sm">Add to calendar</a></div></div>
<div class="mt-5 flex"><svg aria-hidden="true"></svg><div class="pl-4"><a href="https://www.google.com/maps/search/?api=1&amp;query=51.2%2C-2.1"
class="font-medium"
data-testid="venue-name-link">Copper Kettle Café</a><div class="text-sm text-gray6"
data-testid="location-info">14 Mill Lane · Ashbridge</div></div></div></div></div></div>
<div class="mt-8 w-full"><h2 class="text-xl font-semibold">Similar events nearby</h2><ul class="grid grid-cols-3 gap-4">${mSimilar
  .map((t) => `<li><a href="/x/events/1/" class="block rounded-lg bg-white p-3"><p class="text-sm font-semibold">${t}</p></a></li>`)
  .join('')}</ul></div></div>
<div data-testid="action-bar" class="fixed bottom-0 z-10 w-full border-t bg-white px-5 py-4"><div class="mx-auto flex max-w-[1200px] items-center
justify-between">
<div class="hidden lg:block"><p class="text-sm uppercase">Sat, Jan 16 · 10:30 AM GMT</p><p class="font-semibold">${mTitle}</p></div><div class="flex
items-center gap-4">
<div class="font-semibold">FREE</div><div class="text-sm">12 spots left</div><button data-testid="attend-irl-btn"
class="rounded-md bg-red px-8 py-3 text-white">Attend</button>
</div></div></div></main>
<footer class="bg-gray7 px-5 py-12 text-white"><div class="mx-auto max-w-[1200px]"><div class="border-b border-gray6
pb-6"><span class="font-semibold">Create your own Meetup group.</span>
<a href="/start/" class="ml-4 rounded-lg border px-4 py-2">Get Started</a></div><ul class="mt-6 grid grid-cols-3">${links(mFoot)}</ul>
<p class="mt-6 text-sm">&copy; 2027 Meetup</p></div></footer></div></div>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region"
aria-label="Cookie banner"><div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies
and similar technologies to improve your experience and to show you personalised content.</p></div><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookie
Settings</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div>
<script id="__NEXT_DATA__" type="application/json">${mNext}</script></body></html>`;
const meetup: TestPage = {
  name: 'heldout664-meetup-stitch-in',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: ['Details'],
  body: texts(mBody),
  bylines: ['Saturday, January 16, 2027', 'Hosted By', 'Gwen Pardoe', '10:30 AM to 1:00 PM GMT', 'Sat, Jan 16 · 10:30 AM GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log in', 'Sign up', 'Attendees (14)', 'See all', ...mAttendees.filter((n) => n !== 'Gwen Pardoe'), 'Photos (8)', 'Riverside Hook and Needle Club',
    'Public group', 'Add to calendar', 'Copper Kettle Café', '14 Mill Lane · Ashbridge', 'Similar events nearby', ...mSimilar, 'FREE', '12 spots left',
    'Attend',
    'Create your own Meetup group.', 'Get Started', ...mFoot.filter((t) => t !== 'Log in' && t !== 'Sign up'), '© 2027 Meetup',
    'We use cookies and similar technologies to improve your experience and to show you personalised content.', 'Cookie Settings', 'Accept All Cookies',
  ],
};

export const HELDOUT664_B: readonly TestPage[] = [kadence, meetup].map(tidy);
