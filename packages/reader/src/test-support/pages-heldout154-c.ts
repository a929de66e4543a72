import { links, type TestPage, texts } from './page-kit.js';
import { inquirerPage } from './pages-heldout154-c2.js';

/**
 * Held-out batch 154, file c: an Atlanta Journal-Constitution story on its Arc XP Fusion template (the masthead with
 * "ePaper", "Newsletters", "Subscribe" and "Sign In", the section nav, the overline, "By ..." and the date, the share bar,
 * a lead image with a "Caption" toggle and "Credit:" line, an inline image, ad slots, an "Editors' Picks" block after the
 * body, the "About the Author" box, "Explore" tags, the footer and the consent banner) and, from file c2, a Philadelphia
 * Inquirer story.
 */
const ajTitle = 'Gwinnett school board approves later start times for high schools';
const ajParas = [
  'Gwinnett County high school students will start class nearly an hour later beginning next fall after the school board voted ' +
    'Thursday night to overhaul bell schedules across Georgia’s largest school district.',
  'The 4-1 vote moves the start of the high school day from 7:10 a.m. to 8:05 a.m. for about 58,000 students at 24 high schools. ' +
    'To make the bus routes work, most elementary schools will start earlier, at 7:45 a.m., while middle school times will change ' +
    'by 10 minutes or less.',
  'Board Chair Renée Okonkwo-Hart said the decision followed more than a year of study and a survey that drew responses from ' +
    'about 41,000 parents, students and employees.',
  '“The research on adolescent sleep is clear, and our own students told us they are exhausted,” Okonkwo-Hart said. “This is ' +
    'not a perfect schedule for every family, but it is a better one for our kids.”',
  'The change brings Gwinnett in line with a growing number of districts nationwide that have pushed back high school start ' +
    'times in response to research linking early classes to poor sleep, lower grades and more car crashes among teen drivers.',
  'Not everyone was persuaded. More than 60 people signed up to speak before the vote, and many parents of younger children said ' +
    'the earlier elementary start would mean kindergartners waiting at bus stops in the dark during winter months.',
  '“You are solving one problem by creating another,” said Marcus Lindell, a father of three from Dacula. “My 6-year-old is ' +
    'going to be standing on the side of the road at 6:50 in the morning.”',
  'District transportation director Alicia Ferreira told the board that the district would add lighting at about 200 bus stops ' +
    'identified as high risk and would review routes over the summer to shorten the longest rides.',
  'Board member Dwayne Castellano, who cast the only vote against the plan, said he supported later high school times but ' +
    'wanted the district to find money for additional buses rather than shifting elementary schedules.',
  '“We heard loud and clear from working parents that the elementary change creates child care problems,” Castellano said. ' +
    '“I don’t think we have done enough to address that.”',
  'Superintendent Dr. Elaine Moorefield said the district would expand its before-school care program, which currently serves ' +
    'about 9,000 students, and would keep fees at current levels for the first year.',
  'High school athletic schedules will also have to shift. The district said it was working with the Georgia High School ' +
    'Association and neighboring districts to move some practices and games later in the afternoon.',
  'The new schedules take effect in August. The district plans to publish school-by-school bell times by the end of April.',
];
const ajNav = ['News', 'Politics', 'Business', 'Sports', 'Opinion', 'Things to Do', 'Food & Dining', 'Real Estate', 'Obituaries', 'Podcasts'];
const ajTop = ['ePaper', 'Newsletters', 'Subscribe', 'Sign In'];
const ajShare = ['Share on Facebook', 'Share on X', 'Share via Email', 'Copy Link'];
const ajCaption = 'Students arrive at Meadowcreek High School in Norcross before sunrise on Feb. 20, 2025.';
const ajCredit = 'Credit: Jason Getz/AJC';
const ajCaption2 = 'Gwinnett County school board members listen to public comment before the vote on Thursday, March 6, 2025.';
const ajCredit2 = 'Credit: Arvin Temkar/AJC';
const ajPicks = [
  'Cobb schools to ask voters for $1.2 billion in sales tax money',
  'Georgia lawmakers push cellphone ban for all public schools',
  'DeKalb schools superintendent finalist withdraws',
];
const ajAboutBio =
  'Natalie Pruitt covers education in Gwinnett County and metro Atlanta. She joined the AJC in 2021 after covering schools in ' + 'Macon and Savannah.';
const ajExplore = ['Gwinnett County', 'Education', 'Schools'];
const ajFoot = ['About Us', 'Contact Us', 'Careers', 'Help Center', 'Terms of Use', 'Privacy Policy', 'Your Privacy Choices', 'Visitor Agreement'];
const ajCopy = '© 2025 The Atlanta Journal-Constitution. All Rights Reserved.';
const ajConsent = 'This site uses cookies to improve your experience and to deliver personalized advertising.';
const ajP = (a: readonly string[]): string => a.map((p, i) => `<p class="c-paragraph" data-index="${i}">${p}</p>`).join('\n');
const ajAd = (n: number): string => `<div class="arc-ad arc-ad--inline" id="arcad_feature-${n}"><div class="arcad-label">Advertisement</div></div>`;
const ajFig = (src: string, cap: string, credit: string): string => `<figure class="c-image-component"><img class="c-image" src="/resizer/${src}.jpg"
alt="" width="1200" height="800"><button class="c-image-caption-toggle" type="button">Caption</button><figcaption class="c-image-caption">
<span class="c-image-caption-text">${cap}</span><span class="c-image-credit">${credit}</span></figcaption></figure>`;
const ajLd = `{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ajTitle}","datePublished":"2025-03-07T02:41:19.512Z",
"dateModified":"2025-03-07T14:02:33.108Z","author":[{"@type":"Person","name":"Natalie Pruitt"}],"publisher":{"@type":"Organization",
"name":"The Atlanta Journal-Constitution"},"isAccessibleForFree":false}`;
const ajHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gwinnett school board approves later start times for high schools</title><meta name="description" content="The 4-1 vote moves the start.">
<meta property="og:title" content="${ajTitle}"><meta property="og:site_name" content="ajc"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.ajc.example/news/gwinnett-school-board-approves-later-start-times/QX4ZB7JH5RBN3M2KLDV6PF2TYE/">
<script type="application/ld+json">${ajLd}</script>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="ajc";Fusion.deployment="812";</script>
<link id="fusion-template-styles" rel="stylesheet" href="/pf/dist/components/combinations/default.css?d=812"></head>
<body><div id="fusion-app" class="layout-section"><a class="skip-main" href="#main">Skip to main content</a>
<header class="c-nav-header"><div class="c-nav-top"><button class="nav-menu-toggle" aria-label="Open Menu"></button>
<a class="c-logo" href="/"><img alt="The Atlanta Journal-Constitution" src="/pf/resources/images/ajc-logo.svg"></a>
<ul class="c-nav-top-links">${links(ajTop, 'c-nav-top-link')}</ul></div>
<nav class="c-section-nav" aria-label="Sections"><ul>${links(ajNav, 'c-section-nav-item')}</ul></nav></header>
${ajAd(0)}
<main id="main" class="c-main"><article class="b-article">
<div class="c-articleHeader"><div class="c-overline"><a href="/news/gwinnett/">Gwinnett</a></div>
<h1 class="c-headline">${ajTitle}</h1>
<div class="c-articleMeta"><div class="c-byline"><span class="byline-by">By </span><a href="/staff/natalie-pruitt/" class="byline-name">Natalie Pruitt</a></div>
<div class="c-timestamp"><time datetime="2025-03-07T14:02:33.108Z">Updated March 7, 2025</time></div>
<div class="c-shareBar">
${ajShare.map((s) => `<button class="c-shareBar-btn" type="button" aria-label="${s}"><span class="sr-only">${s}</span></button>`).join('')}</div></div></div>
${ajFig('meadowcreek-arrival', ajCaption, ajCredit)}
<div class="b-article-body c-articleBody">
${ajP(ajParas.slice(0, 4))}
${ajAd(1)}
${ajP(ajParas.slice(4, 7))}
${ajFig('gwinnett-board', ajCaption2, ajCredit2)}
${ajP(ajParas.slice(7, 10))}
${ajAd(2)}
${ajP(ajParas.slice(10))}
</div>
<section class="c-editorsPicks"><h2 class="c-editorsPicks-title">Editors' Picks</h2><ul>${links(ajPicks, 'c-editorsPicks-item')}</ul></section>
<section class="c-aboutAuthor"><h2 class="c-aboutAuthor-title">About the Author</h2><div class="c-aboutAuthor-card">
<img src="/resizer/authors/natalie-pruitt.jpg" alt="" width="80" height="80"><p class="c-aboutAuthor-name">Natalie Pruitt</p>
<p class="c-aboutAuthor-bio">${ajAboutBio}</p></div></section>
<div class="c-explore"><span class="c-explore-title">Explore</span><ul>${links(ajExplore, 'c-explore-tag')}</ul></div>
</article></main>
<footer class="c-footer"><ul class="c-footer-links">${links(ajFoot, 'c-footer-link')}</ul><p class="c-footer-copyright">${ajCopy}</p></footer>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p>${ajConsent}</p>
<button id="onetrust-accept-btn-handler">I Accept</button><button id="onetrust-reject-all-handler">Reject All</button></div></div>
<script src="/pf/dist/engine/react.js?d=812" defer></script><script src="/pf/dist/components/combinations/default.js?d=812" defer></script></body></html>`;
const ajc: TestPage = {
  html: ajHtml,
  name: 'heldout154-ajc-news',
  kind: 'news',
  title: ajTitle,
  headings: [],
  body: texts(ajParas),
  bylines: ['By Natalie Pruitt', 'Updated March 7, 2025', 'Natalie Pruitt'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...ajTop, ...ajNav, 'Advertisement', 'Gwinnett', ...ajShare, 'Caption', ajCaption, ajCredit, ajCaption2, ajCredit2,
    "Editors' Picks", ...ajPicks, 'About the Author', ajAboutBio, 'Explore', ...ajExplore, ...ajFoot, ajCopy, ajConsent, 'I Accept', 'Reject All',
  ],
};

export const HELDOUT154_C: readonly TestPage[] = [ajc, inquirerPage];
