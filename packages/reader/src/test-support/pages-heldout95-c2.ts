import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 95, file c2: an AP News story as apnews.com (Brightspot) serves it (the page header with the navigation
 * items, "Newsletters", "Donate" and the search form, the trending strip, the headline, "By ... and ..." with the
 * `bsp-timestamp` updated time, the share menu with its copy and network links, the lead carousel with "(AP Photo/...)"
 * captions, the `RichTextStoryBody` with the "(AP) —" dateline, "ADVERTISEMENT" slots, an inline "Related Stories" list,
 * the "___" rule, the contributed-reporting line and the italic funding note, the "Most read" rail, the footer with the
 * AP description and link lists, and the OneTrust banner).
 */
const apTitle = 'Drought forces Montana ranchers to sell cattle early as hay prices double';
const apParas = [
  'HARLAN FORK, Mont. (AP) — Dale Rasmussen has sold cattle every October for 40 years. This year he sold half his herd in July.',
  '“There was nothing left to feed them,” Rasmussen said, looking over a pasture on his ranch east of Harlan Fork that by midsummer had turned ' +
    'the color of cardboard. “You can’t argue with a dry creek.”',
  'A second year of drought across eastern Montana has pushed hay prices to about $300 a ton, roughly double what ranchers paid two years ago, ' +
    'and forced many to sell animals months ahead of the usual fall market, when they would normally be heavier and fetch more money.',
  'Sales at the Harlan Fork livestock auction were up 60% in July and August compared with the same months last year, according to the auction ' +
    'yard’s manager, Becky Tolliver. Many of the animals sold were young cows that ranchers had planned to keep for breeding.',
  '“Those are the ones that hurt,” Tolliver said. “When you sell your young cows, you are selling your next five years.”',
  'The U.S. Drought Monitor lists most of Garnet and Teton Ridge counties in extreme drought, the second-worst category. Rainfall since April has ' +
    'been less than half of normal, and several stock ponds that ranchers rely on dried out by late June.',
  'Federal disaster programs can cover part of the cost of buying feed or selling livestock early, but ranchers say payments often arrive months ' +
    'after the losses. The state agriculture department said it had received more than 900 applications for emergency grazing on ' +
    'conservation land this summer, three times last year’s number.',
  'Economists say the early sales could also affect prices at the grocery store. With fewer young cows kept for breeding, the national herd — ' +
    'already at its smallest in more than 70 years — is likely to shrink further before it grows again.',
  '“It takes about two years to rebuild a herd even when the weather cooperates,” said Karen Holtz, an agricultural economist at Montana ' +
    'Northern University. “Beef prices will feel this into 2027.”',
  'Rasmussen said he hoped to buy some cattle back if the winter brings snow. His son, who runs the ranch with him, has taken a part-time job ' +
    'driving a school bus to help cover the cost of hay.',
  '“We’ve been through dry years before,” he said. “It is the ones back to back that get you.”',
];
const apContrib = 'Associated Press writer Leah Whitcomb in Helena contributed to this report.';
const apFund =
  'The Associated Press’ climate and environmental coverage receives financial support from several private foundations. AP is solely responsible ' +
  'for all content.';
// biome-ignore format: packed
const apNav = [
  'World', 'U.S.', 'Politics', 'Sports', 'Entertainment', 'Business', 'Science', 'Fact Check', 'Oddities', 'Be Well', 'Newsletters', 'Photography',
  'Video',
];
const apTrend = ['Government shutdown', 'College football', 'Hurricane season', 'AP Top 25 Poll'];
// biome-ignore format: packed
const apShare = ['Share', 'Copy', 'Link copied', 'Email', 'Facebook', 'X', 'LinkedIn', 'Bluesky', 'Flipboard', 'Pinterest', 'Reddit', 'Read in app'];
const apCaps = [
  'Dale Rasmussen checks a dry stock pond on his ranch near Harlan Fork, Mont., on Sept. 24, 2025. (AP Photo/Cody Brennan)',
  'Cattle wait to be sold at the Harlan Fork livestock auction, Aug. 14, 2025. (AP Photo/Cody Brennan)',
];
const apRel = [
  'Wildfire season stretches into October across the northern Rockies',
  'Beef prices hit record high as U.S. cattle herd shrinks',
  'USDA expands drought aid for ranchers in seven states',
];
// biome-ignore format: packed
const apMost = [
  'Storm knocks out power to 400,000 across the upper Midwest', 'What to know about the new Medicare enrollment rules',
  'Minor league team renames itself after a beloved stray cat', 'Appeals court hears arguments over river water rights',
];
const apAbout =
  'The Associated Press is an independent global news organization dedicated to factual reporting. Founded in 1846, AP today remains one of the ' +
  'most trusted sources of fast, accurate, unbiased news in all formats.';
// biome-ignore format: packed
const apFoot = [
  'ap.org', 'Careers', 'Advertise with us', 'Contact Us', 'Accessibility Statement', 'Terms of Use', 'Privacy Policy', 'Cookie Settings',
  'Do Not Sell or Share My Personal Information', 'Limit Use and Disclosure of Sensitive Personal Information', 'CA Notice of Collection',
  'More From AP News', 'About', 'AP News Values and Principles', 'AP’s Role in Elections', 'AP Leads', 'AP Stylebook',
];
const apCopy = 'Copyright 2025 The Associated Press. All Rights Reserved.';
const apCookie =
  'We use cookies to personalize content and ads, to provide social media features and to analyze our traffic. We also share information about ' +
  'your use of our site with our social media, advertising and analytics partners.';
const apP = (t: string): string => `<p>${t}</p>`;
const apAd = (n: number): string => `<div class="Advertisement" data-ad-slot="${n}"><div class="Advertisement-label">ADVERTISEMENT</div><div
class="htlad-fluid_${n}" data-unit="fluid${n}"></div></div>`;
const apSlide = (cap: string, i: number): string => `<div class="CarouselSlide" data-slide-index="${i}"><div class="CarouselSlide-media"><picture><img
class="Image" alt="${cap.split(' (AP')[0]}" src="https://dims.apnews.com/dims4/default/${i}f3a/2147483647/strip/true/crop/5000x3333/resize/980x653/quality/90/
format/webp" width="980" height="653" loading="${i ? 'lazy' : 'eager'}"></picture></div><div class="CarouselSlide-info"><div
class="CarouselSlide-infoDescription"><p>${cap}</p></div><bsp-read-more class="CarouselSlide-readMore" data-more-text="Read More"
data-less-text="Read Less"><button class="CarouselSlide-readMore-button">Read More</button></bsp-read-more></div></div>`;
const apHtml = `<!DOCTYPE html>
<html class="ArticlePage" lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Drought forces Montana ranchers to sell cattle early as hay prices double | AP News</title>
<meta name="description" content="A second year of drought across eastern Montana has pushed hay prices to about $300 a ton.">
<meta property="og:title" content="${apTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="AP News">
<meta property="article:published_time" content="2025-10-03T13:04:51"><meta property="article:section" content="U.S. News">
<link rel="canonical" href="https://apnews.com/article/montana-drought-ranchers-cattle-hay-2f8c1e0a9b"><script type="application/ld+json">
{"@context":"http://schema.org","@type":"NewsArticle","headline":"${apTitle}","author":[{"@type":"Person","name":"Maria Quintero"},{"@type":"Person",
"name":"Josh Kirkland"}],"datePublished":"2025-10-03T11:04:51Z","dateModified":"2025-10-03T14:12:33Z","publisher":{"@type":"Organization",
"name":"AP News"}}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"page_type":"article","page_section":"U.S. News","page_title":"${apTitle}"});</script>
<link rel="stylesheet" href="https://assets.apnews.com/resource/00000186-abc/styleguide/All.min.css"></head>
<body class="Page-body" data-named-page-type="Article"><bsp-header class="Page-header" data-has-sticky-nav><div class="Page-header-bar">
<div class="Page-header-bar-inner"><a class="Page-header-logo" href="https://apnews.com" aria-label="AP Logo"><svg viewBox="0 0 52 24"></svg></a>
<nav class="Page-header-navigation" aria-label="Main"><ul class="Navigation-items">${apNav
  .map(
    (t) => `<li class="Navigation-items-item"><div class="NavigationItem"><div class="NavigationItem-text"><a class="NavigationItem-text-link"
href="https://apnews.com/${t.toLowerCase().replace(/\W+/g, '-')}">${t}</a></div></div></li>`,
  )
  .join('\n')}</ul></nav><div class="Page-header-end"><bsp-search-overlay class="SearchOverlay"><button class="SearchOverlay-search-button"
aria-label="Show Search">Search</button><form class="SearchOverlay-search-form" action="https://apnews.com/search"><label class="sr-only" for="q">Search
Query</label><input id="q" name="q" type="text"><button class="SearchOverlay-search-submit" type="submit">Submit Search</button></form></bsp-search-overlay>
<a class="Page-header-donate" href="https://apnews.com/donate">Donate</a></div></div></div>
<div class="Page-header-trending-zone"><span class="Page-header-trending-label">Trending</span><ul>${apTrend
  .map((t) => `<li><a href="https://apnews.com/hub/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`)
  .join('')}</ul></div></bsp-header>
<main class="Page-main"><div class="Page-content"><bsp-story-page class="StoryPage" data-gtm-region="Article"><div class="Page-headline-wrapper">
<h1 class="Page-headline">${apTitle}</h1></div><div class="Page-below"><div class="Page-byline"><div class="Page-byline-info"><div class="Page-authors">
<span>By&nbsp;</span><a class="Link" href="https://apnews.com/author/maria-quintero">MARIA QUINTERO</a><span>&nbsp;and&nbsp;</span><a class="Link"
href="https://apnews.com/author/josh-kirkland">JOSH KIRKLAND</a></div><div class="Page-dateModified"><span>Updated </span><bsp-timestamp
data-timestamp="1759500753000" data-timestamp-format="h:mm A z, MMMM D, YYYY"><span>2:12 PM GMT+2, October 3, 2025</span></bsp-timestamp></div></div></div>
<div class="Page-actions"><bsp-social-share class="SocialShare"><button class="SocialShare-toggle" aria-expanded="false"><span>${apShare[0]}</span></button>
<div class="SocialShare-menu"><button class="SocialShare-copy" data-copied-text="${apShare[2]}"><span>${apShare[1]}</span><span class="SocialShare-copied"
hidden>${apShare[2]}</span></button><ul>${apShare
  .slice(3, 11)
  .map((t) => `<li class="SocialShare-item"><a href="https://apnews.com/share/${t.toLowerCase()}" rel="noopener">${t}</a></li>`)
  .join('')}</ul></div></bsp-social-share><a class="Page-actions-app" href="https://apnews.com/app">${apShare[11]}</a></div></div>
<div class="Page-lead"><figure class="Figure"><bsp-carousel class="Carousel" data-slides="2"><div class="Carousel-slides">
${apCaps.map(apSlide).join('\n')}</div><div class="Carousel-controls"><button class="Carousel-prev" aria-label="Previous"></button><span
class="Carousel-count">1 of 2</span><button class="Carousel-next" aria-label="Next"></button></div></bsp-carousel></figure></div>
<div class="RichTextStoryBody RichTextBody">
${apParas.slice(0, 3).map(apP).join('\n')}
${apAd(1)}
${apParas.slice(3, 6).map(apP).join('\n')}
<div class="Enhancement" data-align-center><div class="Enhancement-item"><bsp-list-loadmore class="PageListStandardE"><div class="PageList-header">
<h2 class="PageList-header-title">Related Stories</h2></div><div class="PageList-items">${apRel
  .map(
    (t, i) => `<div class="PageList-items-item"><div class="PagePromo"><div class="PagePromo-content"><div class="PagePromo-title"><a class="Link"
href="https://apnews.com/article/related-${i}"><span class="PagePromoContentIcons-text">${t}</span></a></div></div></div></div>`,
  )
  .join('\n')}</div></bsp-list-loadmore></div></div>
${apParas.slice(6, 9).map(apP).join('\n')}
${apAd(2)}
${apParas.slice(9).map(apP).join('\n')}
<p>___</p>
<p><em>${apContrib}</em></p>
<p><em>${apFund}</em></p>
</div></bsp-story-page></div>
<aside class="Page-rail"><div class="PageList-header"><h2 class="PageList-header-title">Most read</h2></div><ol>
${apMost.map((t, i) => `<li class="PageList-items-item"><a class="Link" href="https://apnews.com/article/most-${i}">${t}</a></li>`).join('\n')}</ol>
${apAd(3)}</aside></main>
<footer class="Page-footer"><div class="Page-footer-description"><p>${apAbout}</p></div><ul class="Page-footer-links">${apFoot
  .map((t) => `<li><a href="https://apnews.com/${t.toLowerCase().replace(/\W+/g, '-')}">${t}</a></li>`)
  .join('\n')}</ul><div class="Page-footer-disclaimer"><p>${apCopy}</p></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${apCookie}
</p><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">I Accept</button><button id="onetrust-pc-btn-handler">Cookie
Preferences</button></div></div></div>
<script src="https://assets.apnews.com/resource/00000186-abc/styleguide/All.min.js" async></script></body></html>`;
export const apStory: TestPage = {
  html: apHtml,
  name: 'heldout95-apnews-news',
  kind: 'news',
  // the "HARLAN FORK, Mont. (AP) —" dateline opens the first paragraph and stays in the body; the "___" rule is in neither
  // list; the contributed-reporting line is a byline, the funding note, captions, related list, ads and rails are furniture
  title: apTitle,
  headings: [],
  body: texts(apParas),
  bylines: ['By MARIA QUINTERO and JOSH KIRKLAND', 'Updated 2:12 PM GMT+2, October 3, 2025', apContrib],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...apNav, 'Search', 'Search Query', 'Submit Search', 'Donate', 'Trending', ...apTrend, ...apShare, ...apCaps, 'Read More', '1 of 2',
    'ADVERTISEMENT', 'Related Stories', ...apRel, apFund, 'Most read', ...apMost, apAbout, ...apFoot, apCopy, apCookie, 'I Accept', 'Cookie Preferences',
  ])],
};
