import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout370-kit.js';

/**
 * Held-out batch 370, file a: a student newspaper on SNO Sites (FLEX Pro theme: header, main menu, story card with
 * category, deck, byline and date, photo with credit and caption, share buttons, related stories, comment form,
 * sidebar with Most Popular and newsletter widget, footer) and a university daily on an Arc XP Fusion-style site
 * (OneTrust banner, header nav chain, breadcrumb section label, subheadline, byline, share bar, inline "Read more"
 * promo, tags, "More from News" results list, footer).
 */
const sTitle = 'Dining contract talks stall as students push for later weekend hours';
const sDeck = 'The college’s food service agreement expires in June, and the student senate wants a late-night option written into the next one.';
const sBody = [
  j(
    'Negotiations over Halvorsen College’s next dining services contract have slowed after the student senate asked that any new',
    'agreement require at least one dining location to stay open until midnight on Fridays and Saturdays.',
  ),
  j(
    'The current contract with Brightfield Campus Foods runs through June 30. Under it, Larkin Commons closes at 8 p.m. on',
    'weekends and the snack counter in the library basement closes at 10 p.m. Students who live on the north side of campus say',
    'that leaves them with vending machines or a twenty-minute walk into town.',
  ),
  j(
    '“We are not asking for a five-course dinner at 11:30,” said senate vice president Orla Brennick, a junior studying',
    'chemistry. “We are asking for a hot meal that is already paid for by our meal plans.”',
  ),
  j(
    'Auxiliary services director Tom Haskett said the college supports the idea in principle but is worried about staffing.',
    'Brightfield currently employs 46 people on campus, and about a third of its weekend shifts went unfilled last semester.',
  ),
  j(
    '“If we write midnight hours into the contract and then cannot staff them, we have made a promise we cannot keep,” Haskett',
    'said. He added that the college has asked Brightfield to price two options before spring break.',
  ),
  j(
    'The two proposals under discussion would each add roughly $180,000 a year to the contract, according to figures shared',
    'with the senate’s finance committee:',
  ),
];
const sList = [
  'Keeping the Larkin Commons grill open until midnight on Fridays and Saturdays, with a reduced menu after 9 p.m.',
  'Moving the late-night service to the student union café and adding a delivery window to the north residence halls.',
  'A third, cheaper idea, extending the library snack counter’s hours, was dropped after students said it would not help.',
];
const sBody2 = [
  j(
    'Brennick said the senate would prefer the grill option because the commons is closer to most residence halls. A survey the',
    'senate ran in February drew 612 responses, and 71 percent of respondents said they had skipped a weekend evening meal at',
    'least once this semester because nothing on campus was open.',
  ),
  j(
    'Meal plan prices are also on the table. The college raised the cost of the standard plan by 4 percent last fall, and some',
    'senators worry that longer hours would be paid for with another increase. Haskett said no decision on prices would be made',
    'until the contract terms are settled.',
  ),
  j(
    'The dining committee, which includes two student members, meets next on March 18. Brennick said the senate would hold an open',
    'forum in the union the week before so that students can comment on both proposals.',
  ),
];
const sMenu = ['News', 'Campus Life', 'Opinion', 'Sports', 'Arts', 'Multimedia', 'Print Editions', 'About Us'];
const sRelated = [
  'Student senate passes resolution on textbook costs',
  'Library basement renovation delayed until fall',
  'Brightfield adds plant-based station',
];
const sPopular = ['Parking permit prices rise for commuters', 'Review: spring musical fills the Hale Theater', 'Women’s rowing opens season with a win'];
const sFoot = ['Privacy Policy', 'Staff', 'Advertise', 'Contact'];
const sHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${sTitle} &#8211; The Riverbend Ledger</title>
<meta name="description" content="${sDeck}"><meta property="og:type" content="article"><meta property="og:site_name" content="The Riverbend Ledger">
<meta property="og:title" content="${sTitle}"><meta property="article:section" content="News">
<link rel="stylesheet" id="sno-flex-style-css" href="https://riverbendledger.example/wp-content/themes/flex-pro/style.css" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${sTitle}",
"datePublished":"2026-03-04T09:12:00-05:00","author":[{"@type":"Person","name":"Maya Lindqvist"}],
"publisher":{"@type":"Organization","name":"The Riverbend Ledger"}}</script>
<script>var snoFlexSettings = {"ajaxurl":"https:\\/\\/riverbendledger.example\\/wp-admin\\/admin-ajax.php","storyID":"41822"};</script>
</head>
<body class="post-template-default single single-post postid-41822 single-format-standard sno-story-page">
<div id="sno-header-wrap" class="sno-header-wrap"><div class="sno-header-inner">
<div class="sno-header-sitename"><a href="/">The Riverbend Ledger</a></div>
<div class="sno-header-tagline">The student newspaper of Halvorsen College since 1931</div></div>
<nav id="sno-main-nav" class="sno-main-nav" aria-label="Main Menu"><ul id="menu-main-menu" class="sno-menu">
${links(sMenu, 'menu-item menu-item-type-taxonomy')}
</ul></nav></div>
<div id="sno-main-content" class="sno-main-content"><div class="sno-story-wrap"><div id="sno-story-card" class="sno-story-card">
<div class="sno-story-category"><a href="/category/news/" class="sno-category-link">News</a></div>
<h1 class="sno-story-headline">${sTitle}</h1>
<div class="sno-story-deck">${sDeck}</div>
<div class="sno-story-byline"><span class="byline-name"><a href="/staff_name/maya-lindqvist/">Maya Lindqvist</a></span>,
<span class="byline-title">Staff Reporter</span></div>
<div class="sno-story-date"><span class="time-wrapper">March 4, 2026</span></div>
<div class="sno-story-photo-area"><figure class="sno-story-photo"><img src="https://riverbendledger.example/wp-content/uploads/2026/03/larkin.jpg"
alt="Students in line at Larkin Commons" width="1200" height="800">
<div class="photocreditwrap"><p class="photocredit"><a href="/staff_name/jonah-reyes/">Jonah Reyes</a></p></div>
<figcaption class="sno-story-photo-caption">Students wait for dinner at Larkin Commons on a Thursday evening.
The commons closes at 8 p.m. on weekends.</figcaption>
</figure></div>
<div class="sno-share-buttons"><span class="sno-share-label">Share this story</span>
<a class="sno-share-facebook" href="#">Facebook</a> <a class="sno-share-x" href="#">Share on X</a> <a class="sno-share-email" href="#">Email</a>
<a class="sno-share-print" href="#">Print</a></div>
<div id="sno-story-body-content" class="sno-story-body-content">
${ps(sBody)}
<ul>
${lis(sList)}
</ul>
${ps(sBody2)}
</div>
<div class="sno-story-tags"><span class="tags-label">Tags:</span> <a href="/tag/dining/">food on campus</a>, <a href="/tag/senate/">campus governance</a></div>
</div>
<div class="sno-related-posts"><h2 class="related-header">Related Stories</h2><ul class="related-list">
${links(sRelated, 'related-item')}
</ul></div>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<p class="comment-policy">The Riverbend Ledger welcomes civil comments. Comments are reviewed by an editor before they appear.</p>
<form action="/wp-comments-post.php" method="post" id="commentform"><textarea id="comment" name="comment"></textarea>
<input name="submit" type="submit" id="submit" class="submit" value="Submit"></form></div></div>
<aside id="sno-sidebar" class="sno-sidebar"><div class="widget sno-popular-widget"><h3 class="widgettitle">Most Popular</h3>
<ol>${links(sPopular, 'popular-item')}</ol></div>
<div class="widget sno-newsletter-widget"><h3 class="widgettitle">Get the Ledger in your inbox</h3>
<p>Our weekly newsletter arrives every Monday morning during the semester.</p>
<form><input type="email" placeholder="Email address"><button type="submit">Sign up</button></form></div></aside></div>
<footer id="sno-footer" class="sno-footer"><ul class="footer-menu">${links(sFoot)}</ul>
<p class="sno-footer-credit">© 2026 The Riverbend Ledger • FLEX Pro WordPress Theme by SNO • <a href="/wp-login.php">Log in</a></p></footer>
<script src="https://riverbendledger.example/wp-content/themes/flex-pro/js/sno-flex.js?ver=9.1"></script>
</body></html>`;
const sno: TestPage = {
  name: 'heldout370-snosites-news',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts([sDeck, ...sBody, ...sList, ...sBody2]),
  bylines: ['Maya Lindqvist', 'Staff Reporter', 'March 4, 2026'],
  furniture: [
    'The Riverbend Ledger',
    'The student newspaper of Halvorsen College since 1931',
    ...sMenu,
    'Jonah Reyes',
    'Students wait for dinner at Larkin Commons on a Thursday evening. The commons closes at 8 p.m. on weekends.',
    'Share this story',
    'Facebook',
    'Share on X',
    'Email',
    'Print',
    'Tags:',
    'food on campus',
    'campus governance',
    'Related Stories',
    ...sRelated,
    'Leave a Comment',
    'The Riverbend Ledger welcomes civil comments. Comments are reviewed by an editor before they appear.',
    'Most Popular',
    ...sPopular,
    'Get the Ledger in your inbox',
    'Our weekly newsletter arrives every Monday morning during the semester.',
    'Sign up',
    ...sFoot,
    '© 2026 The Riverbend Ledger • FLEX Pro WordPress Theme by SNO •',
    'Log in',
  ],
};

const aTitle = 'Graduate workers and university head to mediation after 14 months of talks';
const aSub = 'Both sides say they are close on health coverage but far apart on stipends.';
const aBody1 = [
  j(
    'The union representing about 2,300 teaching and research assistants at the University of Westbrook and the university’s',
    'labor relations office have agreed to bring in a state mediator, ending a bargaining stretch that began in January of last year.',
  ),
  j(
    'The Westbrook Graduate Workers Union announced the move in an email to members on Tuesday night. A university spokesperson,',
    'Dana Ferrow, confirmed it on Wednesday and said the first mediated session is scheduled for March 12.',
  ),
];
const aH1 = 'Where the two sides stand';
const aBody2 = [
  j(
    'According to the union’s bargaining updates, tentative agreements have been signed on 19 of the contract’s 27 articles,',
    'including grievance procedures, workplace safety and parental leave. The largest remaining gap is the minimum stipend for a',
    'half-time appointment.',
  ),
  j(
    'The union is asking for a minimum of $34,500 for the academic year, up from $24,800. The university’s most recent offer, made',
    'in February, would raise the minimum to $27,900 next fall and to $29,100 the year after.',
  ),
  j(
    '“We have moved a long way on almost everything else,” said Priyanka Solberg, a fifth-year sociology student on the union’s',
    'bargaining team. “But a stipend that does not cover rent in this city is the reason people joined the union in the first place.”',
  ),
  j(
    'Ferrow said the university’s offer reflects what it can afford without cutting the number of graduate appointments. “Every',
    'dollar added to the minimum has to be funded across hundreds of departmental budgets,” she said.',
  ),
];
const aH2 = 'What mediation means';
const aBody3 = [
  j(
    'A mediator has no power to impose a contract. The mediator meets with both teams, often separately, and tries to find',
    'language each side can accept. Under state law, either side may ask for fact-finding if mediation fails after 30 days.',
  ),
  j(
    'Union members voted last spring to authorize a strike if talks broke down, but the union’s leadership said on Tuesday that',
    'it has no plans to call one while mediation is under way.',
  ),
  j(
    'Undergraduates may notice little change for now. Teaching assistants will continue to lead sections and grade work through the',
    'end of the semester, Solberg said, and the union will share a summary of each mediated session with its members.',
  ),
];
const aNav = ['News', 'Sports', 'Opinion', 'Arts', 'Science', 'Podcasts', 'Special Projects'];
const aTags = ['Labor', 'Graduate students', 'University administration'];
const aMore = [
  'Faculty senate asks for review of summer course pay',
  'Housing office opens waitlist for graduate apartments',
  'Westbrook enrollment tops 31,000 for the first time',
];
const aFoot = ['About Us', 'Contact', 'Corrections', 'Advertise', 'Donate', 'Privacy Policy'];
const aHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${aTitle} | The Westbrook Daily Meridian</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${aSub}">
<meta property="og:title" content="${aTitle}"><meta property="og:type" content="article">
<meta name="article:published_time" content="2026-03-05T16:40:00Z"><link rel="canonical"
href="https://dailymeridian.example/news/2026/03/05/graduate-mediation/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${aTitle}",
"author":{"@type":"Person","name":"Elias Thornquist"},"datePublished":"2026-03-05T16:40:00Z","dateModified":"2026-03-05T21:05:00Z"}</script>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="meridian";
Fusion.deployment="412";Fusion.globalContent={"_id":"GRADMED5","type":"story","canonical_url":"/news/2026/03/05/graduate-mediation/"};</script>
<link rel="stylesheet" href="/pf/dist/components/combinations/default.css?d=412&amp;mxId=00000000"></head>
<body><div id="fusion-app" class="fusion-app | layout-section wrap-bottom">
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<p id="onetrust-policy-text">We use cookies to measure readership and keep the site running. You can choose which cookies we use.</p>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div>
<header class="b-header-nav-chain"><div class="b-header-nav-chain__top-layout">
<a class="b-header-nav-chain__logo" href="/" aria-label="The Westbrook Daily Meridian"><img src="/pf/resources/logo.svg" alt="The Westbrook Daily Meridian"></a>
<button class="c-button b-header-nav-chain__sections-button" aria-label="Sections">Sections</button></div>
<nav class="b-links-bar" aria-label="Top Links"><ul class="b-links-bar__list">
${links(aNav, 'b-links-bar__item')}
</ul></nav></header>
<main class="b-single-chain"><div class="b-overline"><a class="b-overline__link" href="/news/">News</a></div>
<h1 class="b-headline">${aTitle}</h1>
<p class="b-subheadline">${aSub}</p>
<div class="b-byline"><span class="c-attribution">By <a class="c-link" href="/people/elias-thornquist/">Elias Thornquist</a></span></div>
<div class="b-date"><time class="c-date" datetime="2026-03-05T16:40:00Z">March 5, 2026 at 11:40 a.m. EST</time>
<span class="b-date__updated">Updated March 5, 2026 at 4:05 p.m. EST</span></div>
<div class="b-share-bar"><button class="c-button" aria-label="Share on Facebook">Facebook</button>
<button class="c-button" aria-label="Share on X">X</button><button class="c-button" aria-label="Copy link">Copy link</button></div>
<figure class="c-media-item b-lead-art"><img src="/resizer/v2/GRADMED5.jpg" alt="Union members outside Carrow Hall">
<figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">Union members gather outside Carrow Hall before a bargaining
session in February.</span> <span class="c-media-item__credit">(Photo by Nadia Osei | The Daily Meridian)</span></figcaption></figure>
<article class="b-article-body">
${ps(aBody1, ' class="c-paragraph"')}
<h2 class="c-heading">${aH1}</h2>
${ps(aBody2, ' class="c-paragraph"')}
<div class="b-interstitial-link"><p class="c-paragraph"><strong>Read more:</strong>
<a href="/news/2025/04/22/strike-vote/">Graduate union members authorize strike by 87 percent</a></p></div>
<h2 class="c-heading">${aH2}</h2>
${ps(aBody3, ' class="c-paragraph"')}
</article>
<div class="b-tag-list"><span class="b-tag-list__title">Tags</span><ul>${links(aTags, 'b-tag-list__item')}</ul></div>
<section class="b-results-list"><h2 class="b-results-list__header">More from News</h2><ul>${links(aMore, 'b-results-list__item')}</ul></section>
<div class="b-ad-block"><span class="b-ad-block__label">Advertisement</span><div id="arcad_feature-f0f"></div></div></main>
<footer class="b-footer"><ul class="b-footer__links">${links(aFoot)}</ul>
<p class="b-footer__copyright">© 2026 The Westbrook Daily Meridian. Editorially independent since 1974.</p></footer>
</div><script id="fusion-engine-script" type="application/javascript" src="/pf/dist/engine/react.js?d=412" defer></script></body></html>`;
const arc: TestPage = {
  name: 'heldout370-arcxp-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: [aH1, aH2],
  body: texts([aSub, ...aBody1, ...aBody2, ...aBody3]),
  bylines: ['Elias Thornquist', 'March 5, 2026 at 11:40 a.m. EST', 'Updated March 5, 2026 at 4:05 p.m. EST'],
  furniture: [
    'We use cookies to measure readership and keep the site running. You can choose which cookies we use.',
    'Accept All Cookies',
    'Cookie Settings',
    'Sections',
    ...aNav,
    'Facebook',
    'Copy link',
    'Union members gather outside Carrow Hall before a bargaining session in February.',
    '(Photo by Nadia Osei | The Daily Meridian)',
    'Read more:',
    'Graduate union members authorize strike by 87 percent',
    'Tags',
    ...aTags,
    'More from News',
    ...aMore,
    'Advertisement',
    ...aFoot,
    '© 2026 The Westbrook Daily Meridian. Editorially independent since 1974.',
  ],
};

export const HELDOUT370_A: readonly TestPage[] = [sno, arc];
