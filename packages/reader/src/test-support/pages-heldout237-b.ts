import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out 237 B: a hyperlocal nonprofit newsroom on Newspack (news) and a university student paper on SNO (news). */

const C1 = [
  `For the third winter in a row, the Eastgate Community Pantry is running short of the items families ask for
  most: cooking oil, rice and diapers.`,
  `Director Marisol Ebanks said visits rose 22 percent from last year, while donations from grocery partners
  have fallen as stores sell more near-date stock at discount.`,
  `"We used to get pallets. Now we get a few boxes," she said.`,
];
const C2 = [
  `The pantry has added a Thursday evening shift for working parents and started a text line so families can
  check what is on the shelves before they take the bus.`,
  `Volunteers are also needed. The pantry asks for:`,
];
const C3 = ['Drivers for Saturday grocery pickups', 'Spanish and Haitian Creole speakers at intake', 'Help sorting donations on weekday mornings'];
const C4 = [
  `City Councilor Abe Lindqvist said he will ask the council to move $40,000 in unspent relief money to
  neighborhood pantries before the fiscal year closes.`,
  `Eastgate Ledger is a nonprofit newsroom. This story was produced with support from the Tri-River Foundation,
  which has no say over our coverage.`,
  `Ebanks said the pantry's freezer space is also a problem. A walk-in unit donated in 2018 failed in October, and the pantry has been
 storing meat at a church two blocks away until it can raise about $15,000 for a replacement.`,
  `Families who need food can visit Tuesdays and Saturdays from 9 a.m. to noon, and Thursdays from 4 to 7 p.m. No identification is required.`,
];
const NAV3 = ['Housing', 'Education', 'City Hall', 'Health', 'Environment', 'About', 'Donate'];
const html3 = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>Eastgate pantry faces third winter of shortages – Eastgate Ledger</title>
<meta name="generator" content="WordPress 6.6; Newspack">
<link rel="stylesheet" id="newspack-theme-css" href="https://eastgateledger.org/wp-content/themes/newspack-theme/style.css">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
"headline":"Eastgate pantry faces third winter of shortages","author":{"name":"Priya Oduya"}}]}</script>
</head>
<body class="post-template-default single single-post has-sidebar newspack-single-column-template">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div class="newspack-ui newspack-reader__account-link"><a href="/my-account">Sign In</a></div>
<header id="masthead" class="site-header hide-header-search"><div class="site-branding"><p class="site-title"><a href="/">Eastgate Ledger</a></p>
<p class="site-description">Independent news for Eastgate and the river towns</p></div>
<nav id="site-navigation" class="main-navigation nav1" aria-label="Top Menu"><ul id="menu-primary">${links(NAV3, 'menu-item')}</ul></nav>
<a class="button donate" href="/donate">Support our work</a></header>
<div id="content" class="site-content"><section id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-4812" class="post-4812 post type-post status-publish entry">
<header class="entry-header"><span class="cat-links"><a href="/category/health/" rel="category tag">Health</a></span>
<h1 class="entry-title">Eastgate pantry faces third winter of shortages</h1>
<div class="newspack-post-subtitle">Demand is up by a fifth while grocery donations shrink.</div>
<div class="entry-subhead"><div class="entry-meta"><span class="author-avatars"></span><span class="byline"><span>by</span>
<span class="author vcard"><a class="url fn n" href="/author/poduya/">Priya Oduya</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2026-11-30T06:00:00-05:00">November 30, 2026</time></span></div>
<div class="newspack-sharing"><a class="share-facebook">Share on Facebook</a><a class="share-twitter">Share on X</a>
<a class="share-email">Email</a></div></div></header>
<figure class="post-thumbnail"><img src="/wp-content/uploads/2026/11/pantry.jpg" alt="">
<figcaption><span class="image-caption">Volunteers stock shelves at the Eastgate Community Pantry on Nov. 24.</span>
<span class="image-credit">Credit: Jonah Petrak / Eastgate Ledger</span></figcaption></figure>
<div class="entry-content">
${ps(C1)}
<div class="wp-block-newspack-blocks-donate newspack-inline-popup"><p>Eastgate Ledger is free to read because readers like you chip in.
Give today.</p><a class="wp-block-button__link">Donate now</a></div>
<h2 class="wp-block-heading">New hours, new needs</h2>
${ps(C2)}<ul class="wp-block-list">${C3.map((t) => `<li>${t}</li>`).join('')}</ul>
<h2 class="wp-block-heading">Help from City Hall?</h2>
${ps(C4)}
<div class="wp-block-jetpack-repeat-visitor"><p><em>Republish this story for free under Creative Commons.</em></p></div>
</div>
<footer class="entry-footer"><span class="tags-links"><span>Tags: </span><a rel="tag">food insecurity</a>, <a rel="tag">Eastgate</a></span></footer>
<div class="author-bio"><div class="author-bio-text"><h2 class="accent-header">Priya Oduya</h2>
<p>Priya covers health and social services for the Ledger.</p><a class="author-link">More by Priya Oduya</a></div></div>
</article>
<div class="newspack-newsletters-signup"><h2>Get the Ledger in your inbox</h2><p>Free, every weekday morning.</p><label>Email address</label>
<button>Sign up</button></div>
</main></section>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Most read</h2>
<ul>${links(['School board delays bus contract vote', 'What the new rent rules mean for you'])}</ul></section></aside></div>
<footer id="colophon" class="site-footer"><ul>${links(['Ethics Policy', 'Corrections', 'Our Funders', 'Contact'])}</ul>
<p class="site-info">© 2026 Eastgate Ledger. Proudly powered by Newspack by Automattic</p></footer>
</body></html>`;

const D1 = [
  `Graduate teaching assistants at Pell State University will hold a strike authorization vote next week after
  contract talks stalled over stipend increases, union leaders said Monday.`,
  `The Graduate Workers of Pell State, which represents about 1,100 students, is seeking a minimum stipend of
  $28,500. The university has offered $24,000, up from the current $22,300.`,
  `"People are choosing between rent and groceries," said union co-chair Nadia Ferreira-Holt, a fourth-year
  chemistry student. "That is not a sustainable way to run a research university."`,
  `University spokesperson Clement Oyelowo said in an email that the administration "values the contributions of
  graduate workers" and remains committed to bargaining in good faith.`,
  `Voting will run online from Dec. 8 to 11. A strike would need approval from two-thirds of those voting, and
  union leaders said no walkout would begin before the spring semester.`,
  `Several undergraduates said they worried about finals. Provost Helen Marchetti wrote to faculty Friday that
  grading plans should be in place for every course by Dec. 15.`,
  `Graduate workers at Pell State voted to unionize in 2024, and this is their first contract. Talks began in February and have included 19
 bargaining sessions, according to the union.`,
  `Besides pay, the two sides remain apart on health insurance for dependents and on how many hours a week teaching assistants can be asked
 to work. A state mediator has been assigned to the talks and is expected to join the next session on Dec. 17.`,
];
const NAV4 = ['News', 'Sports', 'Opinion', 'Arts & Culture', 'Multimedia', 'About'];
const html4 = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>Grad workers to vote on strike authorization &#8211; The Pell State Lantern</title>
<link rel="stylesheet" href="https://pellstatelantern.com/wp-content/themes/snoflex/style.css">
<script src="https://pellstatelantern.com/wp-content/plugins/sno-story-elements/js/sno.js"></script>
</head><body class="single sno-story">
<div id="sno-header"><div class="sno-header-wrap"><div class="sno-top-bar"><span>Student newspaper of Pell State University</span></div>
<a href="/"><img src="/wp-content/uploads/banner.png" alt="The Pell State Lantern"></a></div>
<nav id="sno-main-nav" class="sno-nav"><ul class="sf-menu">${links(NAV4, 'menu-item')}</ul></nav></div>
<div id="sno-main-content"><div class="sno-story-container">
<div id="sno-breadcrumbs"><span>Filed under <a href="/category/news/">News</a>, <a href="/category/campus/">Campus</a></span></div>
<article class="sno-story-body"><div class="sno-story-headline"><h1 class="sno-headline">Grad workers to vote on strike authorization</h1>
<h2 class="sno-story-deck">Union says stipends have not kept pace with rent in Pell</h2></div>
<div class="sno-story-byline"><span class="byline-name"><a href="/staff_name/luca-brennan/">Luca Brennan</a>, Staff Reporter</span>
<span class="time-wrapper">December 1, 2026</span></div>
<div class="sno-story-photo-area"><figure><img src="/wp-content/uploads/2026/12/rally.jpg" alt="">
<span class="photocreditinline"><a href="/staff_name/ana-ruiz/">Ana Ruiz</a>, Photo Editor</span>
<figcaption class="photocaption">Graduate workers rally outside Harmon Hall on Nov. 18.</figcaption></figure></div>
<div class="sno-story-body-content">${ps(D1)}</div>
<div class="sno-story-social"><a>Facebook</a><a>X</a><a>Email</a><a>Print</a></div>
<div class="sno-comments"><h3>Leave a Comment</h3><p>Comments are moderated before they appear.</p></div>
</article></div>
<div id="sno-sidebar"><div class="widget"><h3 class="sno-widget-title">Donate to The Pell State Lantern</h3>
<p>Your donation will support the student journalists of Pell State University.</p><a>Donate</a></div>
<div class="widget"><h3 class="sno-widget-title">More in News</h3>
<ul>${links(['Dining hall adds late-night hours', 'SGA passes textbook resolution'])}</ul></div></div></div>
<footer id="sno-footer"><p>© 2026 The Pell State Lantern • Privacy Policy • FLEX Pro WordPress Theme by SNO • Log in</p></footer>
</body></html>`;

export const HELDOUT237_B: readonly TestPage[] = [
  {
    name: 'heldout237-newspack-nonprofit-news',
    kind: 'news',
    html: html3,
    title: 'Eastgate pantry faces third winter of shortages',
    headings: ['New hours, new needs', 'Help from City Hall?'],
    body: texts(['Demand is up by a fifth while grocery donations shrink.', ...C1, ...C2, ...C3, ...C4]),
    bylines: ['Priya Oduya', 'November 30, 2026'],
    furniture: [
      ...NAV3,
      'Skip to content',
      'Sign In',
      'Independent news for Eastgate and the river towns',
      'Support our work',
      'Share on Facebook',
      'Share on X',
      'Email',
      'Volunteers stock shelves at the Eastgate Community Pantry on Nov. 24.',
      'Credit: Jonah Petrak / Eastgate Ledger',
      'Eastgate Ledger is free to read because readers like you chip in. Give today.',
      'Donate now',
      'Republish this story for free under Creative Commons.',
      'food insecurity',
      'Priya covers health and social services for the Ledger.',
      'More by Priya Oduya',
      'Get the Ledger in your inbox',
      'Free, every weekday morning.',
      'Email address',
      'Sign up',
      'Most read',
      'School board delays bus contract vote',
      'What the new rent rules mean for you',
      'Ethics Policy',
      'Corrections',
      'Our Funders',
      'Contact',
      '© 2026 Eastgate Ledger. Proudly powered by Newspack by Automattic',
    ],
  },
  {
    name: 'heldout237-sno-student-newspaper-news',
    kind: 'news',
    html: html4,
    title: 'Grad workers to vote on strike authorization',
    headings: [],
    body: texts(['Union says stipends have not kept pace with rent in Pell', ...D1]),
    bylines: ['Luca Brennan', 'Staff Reporter', 'December 1, 2026'],
    furniture: [
      ...NAV4,
      'Student newspaper of Pell State University',
      'Campus',
      'Ana Ruiz, Photo Editor',
      'Graduate workers rally outside Harmon Hall on Nov. 18.',
      'Facebook',
      'Email',
      'Print',
      'Leave a Comment',
      'Comments are moderated before they appear.',
      'Donate to The Pell State Lantern',
      'Your donation will support the student journalists of Pell State University.',
      'Donate',
      'More in News',
      'Dining hall adds late-night hours',
      'SGA passes textbook resolution',
      'FLEX Pro WordPress Theme by SNO',
    ],
  },
];
