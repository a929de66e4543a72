import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout316-kit.js';

/**
 * Held-out batch 316, file e: an educational game's guide for parents in a Zendesk Guide help centre on the Copenhagen
 * theme (header with user nav, breadcrumbs and search, "Articles in this section" sidebar, article author and updated
 * time, Follow button, share list, votes, "Have more questions?", related and recently viewed articles, footer) and a
 * children's charity's story built with Elementor (theme-builder header with a nav-menu widget, heading, post-info,
 * image with caption, text-editor, blockquote, share-buttons and donate call-to-action widgets, posts widget,
 * theme-builder footer, Complianz cookie banner).
 */
const zTitle = 'A parent’s guide to Number Quest';
const zBody1 = [
  j(
    'Number Quest is a maths adventure game for children aged 5 to 9. Your child explores islands, solves puzzles and helps',
    'the island creatures, and every puzzle is matched to what they are learning at school. This guide explains the tools',
    'we give parents so you can stay in the loop.',
  ),
];
const zH1 = 'What your child learns';
const zBody2 = [
  j(
    'The game adapts to your child as they play. If they get several questions right in a row, the puzzles get a little',
    'harder; if they struggle, the game slows down and offers hints with pictures and counting blocks.',
  ),
  j(
    'Topics include counting, addition and subtraction, times tables, fractions, shapes and telling the time. You can see',
    'which topics your child has unlocked on the Parent Dashboard.',
  ),
];
const zH2 = 'Setting daily time limits';
const zBody3 = [
  'You can choose how long your child can play each day. To set a limit:',
  'Open the Parent Dashboard and sign in with your parent PIN.',
  'Select your child’s profile and choose Play Time.',
  'Pick a daily limit between 10 and 60 minutes, or choose different limits for school days and weekends.',
  'Tap Save. The new limit starts the next time your child opens the game.',
  j(
    'When time is nearly up, the game shows a friendly five-minute warning and lets your child finish the puzzle they are',
    'on, so they are not cut off halfway through.',
  ),
];
const zH3 = 'Reading the weekly progress report';
const zBody4 = [
  j(
    'Every Sunday we email a short report showing how long your child played, which topics they practised and where they',
    'might need a little help. A green star means a topic is secure; an orange circle means it is still being practised.',
  ),
  j(
    'The report also suggests one offline activity each week, such as counting stairs or sharing out snacks, so learning',
    'can carry on away from the screen.',
  ),
];
const zH4 = 'Safety and privacy';
const zBody5 = [
  j(
    'Number Quest has no chat, no adverts and no in-game purchases. Children pick a nickname from a list rather than typing',
    'their own name, and nobody else can see your child’s profile. You can download or delete your child’s data at any time',
    'from the Parent Dashboard.',
  ),
];
const zSection = ['Creating a child profile', 'Resetting your parent PIN', 'Using Number Quest on more than one device', zTitle];
const zRelated = ['How puzzles adapt to your child', 'Which school year is each island for?'];
const zHtml = `<!DOCTYPE html><html dir="ltr" lang="en-GB"><head><meta charset="utf-8">
<title>A parent’s guide to Number Quest – Number Quest Help Centre</title>
<meta content="width=device-width, initial-scale=1.0" name="viewport"><link rel="canonical" href="https://help.numberquest.example/hc/en-gb/articles/4412">
<meta content="Number Quest is a maths adventure game for children aged 5 to 9." name="description"><meta property="og:type" content="website">
<meta property="og:site_name" content="Number Quest Help Centre"><meta property="og:title" content="${zTitle}">
<link rel="stylesheet" href="//static.zdassets.example/hc/assets/application.css" media="all"><script>window.HelpCenter = {};
HelpCenter.account = {"subdomain":"numberquest","environment":"production"};HelpCenter.user = {"role":"anonymous"};</script>
<link rel="stylesheet" href="https://theme.zdassets.example/theme_assets/991/style.css"></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="https://theme.zdassets.example/logo.png" alt="Number Quest Help
Centre home page"></a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li><li><a class="sign-in" rel="nofollow" href="/hc/en-gb/signin">Sign
in</a></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location"><ol
class="breadcrumbs"><li title="Number Quest Help Centre"><a href="/hc/en-gb">Number Quest Help Centre</a></li><li title="For parents"><a
href="/hc/en-gb/categories/12">For parents</a></li><li title="Getting started"><a href="/hc/en-gb/sections/34">Getting started</a></li></ol></nav>
<div class="search-container"><form role="search" class="search" action="/hc/en-gb/search"><input type="search" name="query" placeholder="Search"
aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div
class="collapsible-sidebar"><h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div
class="collapsible-sidebar-body"><ul>${links(zSection, 'sidenav-item')}</ul><a href="/hc/en-gb/sections/34" class="article-sidebar-item">See more</a>
</div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://numberquest.zendesk.example/system/photos/kb.png" alt="" class="user-avatar">
</div><div class="article-meta"><a href="/hc/en-gb/profiles/77-Hannah-Okeke">Hannah Okeke</a><ul class="meta-group"><li class="meta-data"><time
datetime="2026-04-21T10:12:33Z" title="2026-04-21 10:12" data-datetime="relative">Updated 2 months ago</time></li></ul></div></div>
<a class="article-subscribe button" rel="nofollow" role="button" href="/hc/en-gb/articles/4412/subscription.html">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${ps(zBody1)}
<h2>${zH1}</h2>
${ps(zBody2)}
<h2>${zH2}</h2>
<p>${zBody3[0]}</p><ol>${lis(zBody3.slice(1, 5))}</ol><p>${zBody3[5]}</p>
<h2>${zH3}</h2>
${ps(zBody4)}
<h2>${zH4}</h2>
${ps(zBody5)}
</div><div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="#" class="share-facebook">Facebook</a></li><li><a
href="#" class="share-twitter">X Corp</a></li><li><a href="#" class="share-linkedin">LinkedIn</a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2><div class="article-votes-controls"
role="group"><button type="button" class="button article-vote article-vote-up" aria-label="This article was helpful">Yes</button><button type="button"
class="button article-vote article-vote-down" aria-label="This article was not helpful">No</button></div><small class="article-votes-count"><span
class="article-vote-label">41 out of 45 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<section class="article-relatives"><div data-recent-articles><section class="recent-articles"><h2>Recently viewed articles</h2><ul><li><a
href="/hc/en-gb/articles/4401">Resetting your parent PIN</a></li></ul></section></div><div data-related-articles><section class="related-articles">
<h2 class="related-articles-title">Related articles</h2><ul>${links(zRelated)}</ul></section></div></section></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Number Quest Help Centre</a><div class="footer-language-selector">
<button class="dropdown-toggle" aria-haspopup="true">English (GB)</button></div></div><div class="powered-by-zendesk"><a
href="https://www.zendesk.example/service/help-center/">Powered by Zendesk</a></div></footer>
<script src="//static.zdassets.example/hc/assets/en-gb.js"></script></body></html>`;
const zendesk: TestPage = {
  name: 'heldout316-zendesk-parent-guide-docs',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: [zH1, zH2, zH3, zH4],
  body: texts([...zBody1, ...zBody2, ...zBody3, ...zBody4, ...zBody5]),
  bylines: ['Hannah Okeke', 'Updated 2 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', 'Number Quest Help Centre', 'For parents', 'Getting started', 'Articles in this section',
    ...zSection.slice(0, 3), 'See more', 'Follow', 'Facebook', 'X Corp', 'LinkedIn', 'Was this article helpful?', '41 out of 45 found this helpful',
    'Have more questions? Submit a request', 'Return to top', 'Recently viewed articles', 'Related articles', ...zRelated, 'English (GB)',
    'Powered by Zendesk',
  ],
};

const kTitle = 'Amara’s first full week back at school';
const kBody1 = [
  j(
    'For most of last year, Amara’s classroom was a hospital bed. The eight-year-old from Dunmore spent more than five months',
    'on a children’s ward being treated for a rare kidney condition, and missed almost all of Year 3.',
  ),
  j(
    'This spring, with support from our Back to Class service, she completed her first full week at school since she became',
    'ill. “She came home on Friday and said, ‘Mum, I did it’,” says her mum, Folake. “I had to go into the kitchen so she',
    'wouldn’t see me cry.”',
  ),
];
const kH1 = 'Learning on the ward';
const kBody2 = [
  j(
    'While Amara was in hospital, one of our learning mentors, Gareth, visited her three times a week. He brought reading',
    'books, times tables games and a tablet loaded with lessons from her own class, so she could keep up with her friends.',
  ),
  j(
    'Gareth also helped her class record short video messages. “Hearing her friends say they missed her made such a',
    'difference,” Folake says. “It stopped her feeling forgotten.”',
  ),
];
const kH2 = 'A gentle return';
const kBody3 = [
  j(
    'Going back to school after a long illness can be frightening. Children worry about falling behind, about getting',
    'tired, and about what their classmates will ask. Our team worked with Amara’s school to plan a return step by step:',
  ),
  'two mornings a week to start, with a quiet room she could use whenever she felt tired',
  'a “buddy” from her class to help her find her way around the new timetable',
  'a short talk to her class, which Amara helped write, about why she had been away',
  'weekly catch-ups between her teacher, her mum and Gareth',
];
const kQuote = '“I thought everyone would have forgotten me. But they made me a banner.”';
const kBody4 = [
  j(
    'Last year, our Back to Class service supported 640 children in hospital or recovering at home. Every one of them had',
    'their own plan, built around what they needed. We can only do this work because of people who give.',
  ),
];
const kNav = ['Who we help', 'Our services', 'Stories', 'Get involved', 'About us'];
const kFoot = ['Privacy policy', 'Safeguarding', 'Contact us'];
const kMore = ['Jacob’s story: finding his voice again', 'Why hospital school matters', 'Meet our learning mentors'];
const ewid = (type: string, inner: string, id: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">
${inner}</div></div>`;
const kHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Amara’s first full week back at school - Little Lanterns</title>
<meta name="description" content="How our Back to Class service helped Amara return to school.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Little Lanterns">
<meta property="article:published_time" content="2026-04-28T09:00:00+00:00">
<link rel='stylesheet' id='elementor-frontend-css' href='https://littlelanterns.example/wp-content/plugins/elementor/assets/css/frontend.min.css' media='all'>
<link rel='stylesheet' id='elementor-post-1207-css' href='https://littlelanterns.example/wp-content/uploads/elementor/css/post-1207.css' media='all'>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${kTitle}","datePublished":"2026-04-28",
"author":{"@type":"Person","name":"Rosa Delacourt"},"publisher":{"@type":"Organization","name":"Little Lanterns"}}</script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig={"environmentMode":{"edit":false},"version":"3.24.0","post":{"id":1207}};</script>
</head><body class="post-template-default single single-post postid-1207 elementor-default elementor-kit-6 elementor-page-1180">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="22" class="elementor elementor-22 elementor-location-header"><section class="elementor-section
elementor-top-section elementor-element elementor-element-4c1d2e0 elementor-section-boxed" data-id="4c1d2e0" data-element_type="section"><div
class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column"><div
class="elementor-widget-wrap elementor-element-populated">
${ewid('theme-site-logo', '<a href="/"><img src="/wp-content/uploads/logo.svg" alt="Little Lanterns"></a>', 'a1b2c3d')}
${ewid(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container" aria-label="Menu">
<ul class="elementor-nav-menu">${links(kNav, 'menu-item')}</ul></nav>`,
  'b2c3d4e',
)}
${ewid(
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="/donate"><span
class="elementor-button-text">Donate</span></a>`,
  'c3d4e5f',
)}
</div></div></div></section></div>
<div data-elementor-type="single-post" data-elementor-id="1180" class="elementor elementor-1180 elementor-location-single post-1207 post type-post">
<section class="elementor-section elementor-top-section elementor-element elementor-element-7e8f9a0 elementor-section-boxed" data-id="7e8f9a0"
data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100
elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">
${ewid('heading', `<h1 class="elementor-heading-title elementor-size-default">${kTitle}</h1>`, 'd4e5f60')}
${ewid(
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item elementor-repeater-item-a1"><span
class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">By Rosa Delacourt</span></li><li
class="elementor-icon-list-item elementor-repeater-item-a2"><span class="elementor-icon-list-text elementor-post-info__item
elementor-post-info__item--type-date">28 April 2026</span></li><li class="elementor-icon-list-item"><span class="elementor-icon-list-text
elementor-post-info__item--type-terms"><a href="/category/stories/" class="elementor-post-info__terms-list-item">Stories</a></span></li></ul>`,
  'e5f6071',
)}
${ewid(
  'image',
  `<figure class="wp-caption"><img src="/wp-content/uploads/2026/04/amara.jpg" alt="Amara smiling at her desk"><figcaption
class="widget-image-caption wp-caption-text">Amara at her desk on her first Monday back. Photo: Little Lanterns</figcaption></figure>`,
  'f607182',
)}
${ewid('text-editor', ps(kBody1), '0718293')}
${ewid('heading', `<h2 class="elementor-heading-title elementor-size-default">${kH1}</h2>`, '18293a4')}
${ewid('text-editor', ps(kBody2), '293a4b5')}
${ewid('heading', `<h2 class="elementor-heading-title elementor-size-default">${kH2}</h2>`, '3a4b5c6')}
${ewid('text-editor', `<p>${kBody3[0]}</p><ul>${lis(kBody3.slice(1))}</ul>`, '4b5c6d7')}
${ewid(
  'blockquote',
  `<blockquote class="elementor-blockquote"><p class="elementor-blockquote__content">${kQuote}</p><footer><cite
class="elementor-blockquote__author">Amara, aged 8</cite></footer></blockquote>`,
  '5c6d7e8',
)}
${ewid('text-editor', ps(kBody4), '6d7e8f9')}
${ewid(
  'share-buttons',
  `<div class="elementor-grid"><div class="elementor-share-btn elementor-share-btn_facebook" role="button"><span
class="elementor-share-btn__title">Share</span></div><div class="elementor-share-btn elementor-share-btn_whatsapp" role="button"><span
class="elementor-share-btn__title">WhatsApp</span></div></div>`,
  '7e8f9a1',
)}
${ewid(
  'call-to-action',
  `<div class="elementor-cta__content"><h2 class="elementor-cta__title">Help another child get back to class</h2><div
class="elementor-cta__description">£25 pays for a mentor’s visit to a child in hospital.</div><a class="elementor-cta__button elementor-button"
href="/donate">Donate now</a></div>`,
  '8f9a1b2',
)}
</div></div></div></section>
<section class="elementor-section elementor-element elementor-element-9a1b2c3" data-id="9a1b2c3" data-element_type="section"><div class="elementor-container">
${ewid('heading', '<h2 class="elementor-heading-title elementor-size-default">More stories</h2>', 'a1b2c34')}
${ewid(
  'posts',
  `<div class="elementor-posts-container elementor-posts elementor-grid">${kMore
    .map(
      (t) => `<article class="elementor-post elementor-grid-item"><div
class="elementor-post__text"><h3 class="elementor-post__title"><a href="/stories/">${t}</a></h3><a class="elementor-post__read-more" href="/stories/">Read
more »</a></div></article>`,
    )
    .join('\n')}</div>`,
  'b2c3d45',
)}
</div></section></div>
<div data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer"><section class="elementor-section">
${ewid('text-editor', '<p>Little Lanterns is a registered charity in England and Wales (no. 1190422).</p>', 'c3d4e56')}
${ewid('icon-list', `<ul class="elementor-icon-list-items">${links(kFoot, 'elementor-icon-list-item')}</ul>`, 'd4e5f67')}
</section></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin" role="dialog" aria-labelledby="cmplz-header-1-optin"><div
class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div><div class="cmplz-body"><div
class="cmplz-message">We use cookies to understand how supporters use our site and to improve it.</div></div><div class="cmplz-buttons"><button
class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View
preferences</button></div></div></div>
<script src="https://littlelanterns.example/wp-content/plugins/elementor-pro/assets/js/frontend.min.js" id="elementor-pro-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout316-elementor-charity-blog',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: [kH1, kH2],
  body: texts([...kBody1, ...kBody2, ...kBody3, kQuote, ...kBody4]),
  bylines: ['By Rosa Delacourt', '28 April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...kNav, 'Donate', 'Amara at her desk on her first Monday back. Photo: Little Lanterns', 'Amara, aged 8', 'Share', 'WhatsApp',
    'Help another child get back to class', '£25 pays for a mentor’s visit to a child in hospital.', 'Donate now', 'More stories', ...kMore,
    'Read more »', 'Little Lanterns is a registered charity in England and Wales (no. 1190422).', 'Privacy policy', 'Safeguarding', 'Contact us',
    'Manage Cookie Consent', 'We use cookies to understand how supporters use our site and to improve it.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT316_E: readonly TestPage[] = [zendesk, elementor];
