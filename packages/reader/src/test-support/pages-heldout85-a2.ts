import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 85, file a2: a regional daily on Arc XP (Fusion "Themes" blocks): the masthead with the section nav and
 * "Subscribe" / "Log In", the breadcrumb-like overline, the correction element that Arc renders at the top of the article
 * body ("Correction" heading and text), the byline with the author link, the published and updated dates, the lead image
 * with caption and credit, mid-article ad slots and a "Read more" inline link block, the share bar, tags, the "Most read"
 * rail, the newsletter sign-up block, the footer and the consent banner.
 */
const arTitle = 'Harwick school board approves $212 million budget after closing-hours fight over bus routes';
const arDek = 'The vote ends a two-month dispute over rural routes, but parents in the northern townships say the compromise falls short.';
const arCorrection =
  'An earlier version of this article misstated the number of bus routes that will be merged. It is 11, not 14. The article has been ' + 'updated.';
const arP1 = [
  'HARWICK — The Harwick Unified School District board approved a $212 million budget for next year shortly before midnight Monday, ' +
    'ending a two-month standoff over plans to cut school bus routes in the district’s rural northern townships.',
  'The budget passed 5-2 after board members agreed to keep two of the routes that administrators had proposed eliminating, at a cost of ' +
    'about $340,000 a year. Eleven other routes will still be merged, lengthening some students’ rides by as much as 25 minutes each way.',
  'Board president Alma Reyes-Whitcombe said the compromise was the best the district could do with a state funding increase that did ' +
    'not keep pace with rising fuel and insurance costs.',
  '“Nobody on this board wanted to make a child sit on a bus longer,” she said. “But we had to find $1.8 million somewhere, and every ' +
    'other place we looked meant fewer teachers in classrooms.”',
];
const arH1 = 'Parents pack the meeting';
const arP2 = [
  'More than 200 people attended Monday’s meeting at Harwick High School, many of them parents from Dunmore and Lisk townships, where ' +
    'most of the merged routes are. Public comment ran for nearly three hours.',
  'Tamsin Oakley, whose two children attend Lisk Elementary, said her son already leaves home at 6:40 a.m. and would now be picked up ' +
    'before 6:20. “He is eight,” she told the board. “He will be waiting at the end of a county road in the dark from November to March.”',
  'Several parents asked the district to stagger start times instead, so that the same buses could run more routes. Superintendent ' +
    'Grant Ellery said the district had studied that option but that it would push the high school’s start back to 9:15 a.m., which ' +
    'the teachers’ union opposed.',
];
const arH2 = 'What changes next year';
const arP3 = ['Under the approved budget, the district will:'];
const arList = [
  'merge 11 bus routes in the northern townships into five longer routes;',
  'keep the Dunmore Ridge and Lisk Creek routes, which board members said had the longest walks to stops;',
  'add one teaching position at each of the district’s three middle schools;',
  'raise the hourly pay of bus drivers by $1.10, to $22.85, in an effort to fill nine vacant positions.',
];
const arP4 = [
  'The two board members who voted no, Dennis Kaur and Lydia Ambrose, both represent the northern townships. Kaur said he would ask the ' +
    'board to review the bus routes again in January, once the district knows how many drivers it has hired.',
  'The district will send families new route maps and pickup times by Aug. 1, Ellery said.',
];
const arNav = ['News', 'Local', 'Education', 'Sports', 'Business', 'Opinion', 'Obituaries', 'E-Edition'];
const arCaption = 'Parents fill the Harwick High School auditorium during Monday’s school board meeting.';
const arCredit = 'Photo: Jonah Pike / Harwick Ledger';
const arBio = 'Celia Marrow covers schools and higher education for the Ledger. Reach her at cmarrow@harwickledger.example.';
const arReadMore = 'Harwick bus driver shortage leaves 300 students without a ride on first day';
const arTags = ['Harwick Unified School District', 'School Board', 'K-12', 'Transportation'];
const arMost = [
  'Lisk Township man charged after crash on Route 9',
  'New owners for the old Harwick mill building',
  'Friday night football: scores from across the county',
  'Weekend weather: first frost likely in the hills',
  'Dunmore library to reopen after roof repairs',
];
const arNews = ['Get the Morning Report', 'The day’s top local stories, delivered to your inbox at 6 a.m.', 'Enter your email', 'Sign up'];
const arFoot = ['About Us', 'Contact Us', 'Advertise', 'Careers', 'Terms of Service', 'Privacy Policy', 'Do Not Sell or Share My Personal Information'];
const arAd = (
  id: string,
): string => `<div class="b-ad-block" id="fusion-ad-${id}"><div class="arcad-feature" data-ad-name="${id}"><div class="advertisement-label
advertisement-label--display">ADVERTISEMENT</div><div id="arcad_${id}" class="arcad ad-300x250"></div></div></div>`;
const arP = (t: string): string => `<p class="c-paragraph">${t}</p>`;
const arHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>Harwick school board approves $212 million budget after fight over bus routes</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${arDek}">
<meta property="og:title" content="${arTitle}"><meta property="og:site_name" content="Harwick Ledger"><meta property="og:type" content="article">
<meta property="article:section" content="Education"><meta property="article:published_time" content="2025-06-10T05:31:00Z">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical"
href="https://www.harwickledger.example/news/education/2025/06/10/harwick-budget/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${arTitle}","datePublished":"2025-06-10T05:31:00Z",
"dateModified":"2025-06-10T16:48:00Z","author":[{"@type":"Person","name":"Celia Marrow"}],"publisher":{"@type":"Organization","name":"Harwick Ledger"},
"isAccessibleForFree":true}</script>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="harwick-ledger";
Fusion.contextPath="/pf";Fusion.deployment="812";Fusion.globalContent={"type":"story","_id":"4KQZ7Y2HFNC3JH"};</script>
<link id="fusion-template-styles" rel="stylesheet" href="/pf/dist/components/combinations/article.css?d=812">
<script defer src="/pf/dist/engine/react.js?d=812"></script></head>
<body><div id="fusion-app" class="b-application"><div class="b-right-rail-advanced"><a class="skip-main" href="#main">Skip to main content</a>
<header class="b-header-nav-chain" data-feature-name="header-nav-chain"><div class="b-header-nav-chain__top-layout"><nav class="b-header-nav-chain__nav"
aria-label="Sections Menu"><button class="c-button c-button--small b-header-nav-chain__nav-sections-button" aria-label="Sections">
<span>Sections</span></button><a class="b-header-nav-chain__logo" href="/"><img alt="Harwick Ledger" src="/pf/resources/images/logo.svg?d=812"></a>
<div class="b-header-nav-chain__right"><a class="c-button c-button--primary" href="/subscribe/">Subscribe</a>
<a class="c-button c-button--secondary" href="/account/login/">Log In</a></div></nav></div>
<nav class="b-header-nav-chain__links-list" aria-label="Top Links"><ul class="b-links-bar">${links(arNav, 'b-links-bar__item')}</ul></nav></header>
<main id="main" class="b-right-rail-advanced__main"><div class="b-right-rail-advanced__full-width-1">
<div class="b-overline"><a class="c-overline b-overline__link" href="/news/education/">Education</a></div>
<h1 class="b-headline c-heading">${arTitle}</h1><h2 class="b-subheadline c-heading">${arDek}</h2></div>
<div class="b-right-rail-advanced__left"><div class="b-byline"><span class="b-byline__by">By </span><a class="b-byline__names c-link"
href="/people/celia-marrow/">Celia Marrow</a><span class="b-byline__role">, Education reporter</span></div>
<div class="b-date"><time class="c-date" datetime="2025-06-10T05:31:00Z">June 10, 2025 at 1:31 a.m. EDT</time>
<span class="b-date__updated">Updated June 10, 2025 at 12:48 p.m. EDT</span></div>
<div class="b-share-bar"><button class="c-button b-share-bar__button" aria-label="Share on Facebook"><span class="visually-hidden">Facebook</span></button>
<button class="c-button b-share-bar__button" aria-label="Share on X"><span class="visually-hidden">X</span></button>
<button class="c-button b-share-bar__button" aria-label="Share via Email"><span class="visually-hidden">Email</span></button></div>
<figure class="b-lead-art c-media-item"><img class="c-image" alt="${arCaption}" src="/resizer/v2/H7OKQ3MNJJE.jpg?auth=4f2&amp;width=1200">
<figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">${arCaption}</span>
<span class="c-media-item__credit">${arCredit}</span></figcaption></figure>
<article class="b-article-body"><div class="b-article-body__correction c-stack" data-style-direction="vertical"><h2 class="c-heading">Correction</h2>
<p class="c-paragraph">${arCorrection}</p></div>
${arP1.map(arP).join('\n')}
${arAd('article-body-1')}
<h2 class="c-heading">${arH1}</h2>
${arP2.map(arP).join('\n')}
<div class="b-article-body__interstitial-link c-paragraph"><span>Read more: </span><a href="/news/education/2024/09/04/harwick-bus-drivers/">${arReadMore}</a>
</div><h2 class="c-heading">${arH2}</h2>
${arP3.map(arP).join('\n')}
<ul class="c-list">${arList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${arP4.map(arP).join('\n')}
${arAd('article-body-2')}
</article><div class="b-tag-list"><span class="b-tag-list__label">Tags</span>${arTags
  .map(
    (t) => `<a class="c-link b-tag-list__tag"
href="/tags/x/">${t}</a>`,
  )
  .join('')}</div>
<div class="b-author-bio"><p
class="b-author-bio__text">Celia Marrow covers schools and higher education for the Ledger. Reach her at cmarrow@harwickledger.example.</p>
</div></div><aside class="b-right-rail-advanced__right-rail">${arAd('right-rail-1')}<div class="b-top-table-list"><h2 class="c-heading">Most read</h2><ol>
${links(arMost, 'b-top-table-list__item')}</ol></div><div class="b-newsletter-signup"><h2 class="c-heading">${arNews[0]}</h2><p>${arNews[1]}</p>
<form><label for="nl-email">${arNews[2]}</label><input id="nl-email" type="email"><button type="submit">${arNews[3]}</button></form></div></aside></main>
<footer class="b-footer"><div class="b-footer__top-container"><img alt="Harwick Ledger" src="/pf/resources/images/logo-white.svg?d=812"></div>
<ul class="b-footer__links">${links(arFoot, 'b-footer__link')}</ul><p class="b-footer__copyright">© 2025 Harwick Ledger. All rights reserved.</p></footer>
</div></div><div id="sp_message_container_1183" class="sp_message_container" role="dialog" aria-label="Privacy notice"><div
class="message-component message-row">
<p>We and our partners use cookies to understand how you use our site and to show you relevant advertising.</p><button class="sp_choice_type_11">Accept</button>
<button class="sp_choice_type_12">Options</button></div></div>
<script id="fusion-engine-script" type="application/javascript" src="/pf/dist/engine/react.js?d=812"></script></body></html>`;
export const arcCorrection: TestPage = {
  html: arHtml,
  name: 'heldout85-arc-xp-news-correction',
  kind: 'news',
  // the subheadline (dek) is body; the correction element (its "Correction" heading and text) is a notice about the story,
  // not part of it: furniture; the "Read more:" interstitial link and the author bio are furniture
  title: arTitle,
  headings: [arH1, arH2],
  body: [arDek, ...texts(arP1), ...arP2, ...arP3, ...arList, ...arP4],
  bylines: ['By Celia Marrow, Education reporter', 'June 10, 2025 at 1:31 a.m. EDT', 'Updated June 10, 2025 at 12:48 p.m. EDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sections', 'Subscribe', 'Log In', ...arNav, 'Facebook', 'Email', arCaption, arCredit, 'Correction', arCorrection,
    'ADVERTISEMENT', 'Read more:', arReadMore, 'Tags', ...arTags, arBio,
    'Most read', ...arMost, ...arNews, ...arFoot, '© 2025 Harwick Ledger. All rights reserved.',
    'We and our partners use cookies to understand how you use our site and to show you relevant advertising.', 'Accept', 'Options',
  ],
};
