import { links, ps, type TestPage, texts } from './page-kit.js';
import { gulfNews } from './pages-heldout160-a2.js';

/**
 * Held-out batch 160, file a: a Stars and Stripes news story (top utility bar with "Subscribe" and "Log In", the section nav,
 * the breadcrumb section label, the byline with "Stars and Stripes" and the date, the lead photo with caption and credit,
 * a mid-article ad slot, the "Stars and Stripes delivered to your inbox" newsletter box, tags, the "Related" rail and the
 * footer) and, from file a2, a Gulf News story.
 */
const ssTitle = 'Army reopens Camp Rendell barracks after mold cleanup that displaced 300 soldiers';
const ssP = [
  'CAMP RENDELL, South Korea — Soldiers began moving back into two barracks buildings here this week, nearly five months after ' +
    'mold found in the air-handling systems forced the Army to relocate about 300 troops to temporary quarters across the post.',
  'The 2nd Sustainment Battalion’s buildings 1407 and 1409 reopened Monday following a cleanup that replaced ductwork, ceiling ' +
    'tiles and carpets on all four floors, garrison spokesman Maj. Dorian Ellsworth said in an email Tuesday.',
  '“We owed these soldiers a clean, safe place to live, and we were not going to rush them back in before the air tests came back ' +
    'clear,” Ellsworth said. Independent testing in late October found spore counts below the Army’s threshold in every room, he added.',
  'The problem surfaced in May, when several soldiers reported musty odors and black spots around ceiling vents. An inspection ' +
    'found mold growing inside the air-handling units on the upper floors, where condensation had collected during the humid spring.',
  'Displaced soldiers were housed in a renovated transient lodging facility and in rooms freed up by a unit rotation. Some junior ' +
    'enlisted troops told Stars and Stripes in August that the move added 20 minutes each way to their commute to the motor pool.',
  '“It wasn’t ideal, but leadership kept us in the loop,” said Spc. Marisol Quintana, 22, a wheeled-vehicle mechanic who moved back ' +
    'into her room Tuesday. “The new carpet still smells like glue, but I’ll take that over the old smell.”',
  'The repairs cost about $4.1 million and were carried out by a South Korean contractor under the garrison’s facility sustainment ' +
    'budget, Ellsworth said. Work included installing dehumidifiers in each stairwell and sensors that alert the housing office when ' +
    'humidity in a room stays above 60% for more than a day.',
  'The Army has faced scrutiny over barracks conditions for several years. A Government Accountability Office review published in ' +
    '2023 found mold, pests and broken heating or cooling systems at many installations and said the service lacked reliable data ' +
    'on the condition of its housing.',
  'Garrison officials said they plan to inspect the air-handling units in every barracks on Camp Rendell before the start of next ' +
    'year’s rainy season. Soldiers who find mold or water leaks in their rooms should submit a work order and notify their chain of ' +
    'command, Ellsworth said.',
  'Command Sgt. Maj. Alana Boyce, the garrison’s senior enlisted leader, said she would walk through every reopened room with unit ' +
    'leaders before the end of the month. “If anything is not right, I want to hear about it from the soldiers first,” she said.',
];
const ssNav = ['News', 'Military', 'Veterans', 'Opinion', 'Sports', 'Special Reports', 'Podcasts', 'Photos', 'Videos', 'Newsletters'];
const ssCaption = 'Soldiers carry boxes into a barracks building at Camp Rendell, South Korea, on Monday, Nov. 17, 2025, after repairs for mold damage.';
const ssNews = ['Stars and Stripes delivered to your inbox', 'Sign up for our newsletters to get the latest news sent to your email.', 'Sign Up'];
const ssTags = ['asia-pacific', 'army', 'korea', 'barracks', 'military housing'];
const ssRelated = [
  'Pentagon orders review of barracks inspections after watchdog report',
  'Soldiers at Fort Kessler get new mold hotline as complaints pile up',
  'USFK housing office adds weekend hours for work orders',
];
const ssFoot = ['About Us', 'Contact Us', 'Careers', 'Advertise', 'Terms of Use', 'Privacy Policy', 'Help Center', 'Accessibility'];
const ssHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${ssTitle} | Stars and Stripes</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Soldiers began moving back into two barracks buildings.">
<meta property="og:site_name" content="Stars and Stripes"><meta property="og:type" content="article"><meta property="og:title" content="${ssTitle}">
<meta name="author" content="Hana Seo"><meta property="article:section" content="Asia-Pacific">
<link rel="canonical" href="https://www.stripes.com/theaters/asia_pacific/2025-11-18/camp-rendell-barracks-mold-reopen-18834912.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ssTitle}",
"datePublished":"2025-11-18T06:12:00Z","author":[{"@type":"Person","name":"Hana Seo"}],"publisher":{"@type":"Organization",
"name":"Stars and Stripes"}}</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<link rel="stylesheet" href="/resource/00000170-2b3a-d5b4-a178-bfbb3f5c0000/styleguide/All.min.css"></head>
<body class="ArticlePage" data-section="asia-pacific">
<div class="Page-above"><div class="utility-bar"><a class="utility-bar-subscribe" href="/subscribe">Subscribe</a>
<a class="utility-bar-login" href="/login">Log In</a></div></div>
<header class="Page-header" role="banner"><div class="Page-header-bar"><button class="Page-header-menu-trigger" aria-label="Menu"></button>
<a class="Page-header-logo" href="/"><img src="/logo.svg" alt="Stars and Stripes"></a></div>
<nav class="Page-header-navigation" aria-label="Main"><ul class="Navigation-items">${links(ssNav, 'Navigation-items-item')}</ul></nav></header>
<div class="Page-content"><main class="Page-main"><article class="ArticlePage-mainContent">
<div class="ArticlePage-breadcrumbs"><a class="Link" href="/theaters/asia_pacific">Asia-Pacific</a></div>
<div class="ArticlePage-headline"><h1 class="ArticlePage-headline-text">${ssTitle}</h1></div>
<div class="ArticlePage-byline"><div class="ArticlePage-authors"><span class="ArticlePage-authorBy">By </span>
<a class="ArticlePage-authorName" href="/authors/hana-seo">Hana Seo</a><span class="ArticlePage-authorOrg">Stars and Stripes</span></div>
<div class="ArticlePage-datePublished">November 18, 2025</div></div>
<div class="ArticlePage-share"><ul class="SocialBar"><li><a class="SocialLink" data-social-service="facebook" href="#">Facebook</a></li>
<li><a class="SocialLink" data-social-service="x" href="#">X</a></li><li><a class="SocialLink" data-social-service="email" href="#">Email</a></li></ul></div>
<div class="ArticlePage-lead"><figure class="Figure"><img src="/dims4/default/7ac1/2147483647/barracks.jpg" alt="Soldiers carry boxes">
<figcaption class="Figure-caption"><span class="Figure-caption-text">${ssCaption}</span>
<span class="Figure-credit">(Hana Seo/Stars and Stripes)</span></figcaption></figure></div>
<div class="ArticlePage-articleBody"><div class="RichTextArticleBody RichTextBody">
${ps(ssP.slice(0, 4))}
<div class="GoogleDfpAd-wrapper"><div class="GoogleDfpAd-label">Advertisement</div><div id="dfp-ad-incontent-1" class="GoogleDfpAd"></div></div>
${ps(ssP.slice(4, 7))}
<div class="Enhancement"><div class="NewsletterModule"><h3 class="NewsletterModule-title">${ssNews[0]}</h3>
<p class="NewsletterModule-description">${ssNews[1]}</p><form><label class="sr-only" for="nl-email">Email address</label><input id="nl-email" type="email">
<button type="submit">${ssNews[2]}</button></form></div></div>
${ps(ssP.slice(7))}
</div></div>
<div class="ArticlePage-authorInfo"><div class="AuthorInfo-name">Hana Seo</div>
<div class="AuthorInfo-bio">Hana Seo covers U.S. Forces Korea and the Army in the Pacific for Stars and Stripes from Camp Humphreys.</div></div>
<div class="ArticlePage-tags"><span class="ArticlePage-tags-label">Tags</span><ul class="TagList">${links(ssTags, 'TagList-item')}</ul></div>
</article>
<aside class="Page-aside"><div class="List"><h2 class="List-title">Related</h2><ul class="List-items">${links(ssRelated, 'List-items-item')}</ul></div>
<div class="GoogleDfpAd-wrapper"><div class="GoogleDfpAd-label">Advertisement</div><div id="dfp-ad-rail-1"></div></div></aside></main></div>
<footer class="Page-footer"><ul class="Page-footer-links">${links(ssFoot)}</ul>
<p class="Page-footer-disclaimer">Stars and Stripes is an editorially independent source of news for the U.S. military community.</p>
<p class="Page-footer-copyright">© 2025 Stars and Stripes. All rights reserved.</p></footer>
<script src="/resource/00000170-2b3a-d5b4-a178-bfbb3f5c0000/styleguide/All.min.js" async></script></body></html>`;
const starsStripes: TestPage = {
  name: 'heldout160-stripes-news',
  kind: 'news',
  html: ssHtml,
  title: ssTitle,
  headings: [],
  body: texts(ssP),
  bylines: ['By Hana Seo', 'Stars and Stripes', 'November 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Log In', ...ssNav, 'Asia-Pacific', 'Facebook', 'X', 'Email', ssCaption, '(Hana Seo/Stars and Stripes)', 'Advertisement', ...ssNews,
    'Email address', 'Hana Seo covers U.S. Forces Korea and the Army in the Pacific for Stars and Stripes from Camp Humphreys.', 'Tags', ...ssTags,
    'Related', ...ssRelated, ...ssFoot, 'Stars and Stripes is an editorially independent source of news for the U.S. military community.',
    '© 2025 Stars and Stripes. All rights reserved.',
  ],
};

export const HELDOUT160_A: readonly TestPage[] = [starsStripes, gulfNews];
