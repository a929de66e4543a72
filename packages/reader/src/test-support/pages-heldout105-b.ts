import { links, ps, type TestPage, texts } from './page-kit.js';
import { gannettStory } from './pages-heldout105-b2.js';

/**
 * Held-out batch 105, file b: a wire-service story on an AP News-style Brightspot template ("Page-" and "RichTextStoryBody"
 * blocks: the hidden site menu, the header with "Sign in" and "Donate", the lead photo with caption and credit, the headline,
 * "By" authors, the "Updated" timestamp, the share and "Copy link" actions, in-body "Advertisement" slots and a "Related Stories"
 * embed, the contributor line, the funder note and "___" closing the body, the "Copyright" line, "Most read" and footer) and,
 * from file b2, a Gannett local paper story closed by a help-line box.
 */
const cpTitle = 'Glaciers in the Serrano range lost a fifth of their ice in 10 years, survey finds';
const cpP1 = [
  'DENVER (CP) — Glaciers in the Serrano range of the northern Rockies have lost about a fifth of their ice since 2015, a faster ' +
    'decline than scientists had projected, according to a survey released Tuesday by a consortium of university researchers.',
  'The team used aircraft-mounted lidar and ground-penetrating radar to measure 38 glaciers in 2015 and again last summer. Total ' +
    'ice volume fell by 21%, and four small glaciers on south-facing slopes have melted to the point where they no longer move and ' +
    'are now classified as stagnant ice fields.',
  '“We expected to see loss, but not at this pace,” said Marisol Achterberg, a glaciologist at Front Range State University who ' +
    'led the project. “Several of these glaciers will be gone within the lifetimes of people who are in school today.”',
  'The researchers tied the acceleration to a string of warm, dry winters and to dust from drought-stricken areas to the south ' +
    'settling on the snow, darkening it so it absorbs more sunlight and melts earlier in the spring.',
  'The Serrano glaciers are small by global standards, but they feed streams that supply irrigation water to farms in three ' +
    'counties and keep rivers cool enough for native trout in late summer, when rain is scarce.',
  'Tomas Reinholt, who manages a ditch company that serves about 120 ranches along the Cutbank River, said members have noticed ' +
    'the change. “In August the river used to hold steady,” he said. “Now it drops off a cliff after the Fourth of July.”',
  'State officials said the findings would be folded into the water plan now being revised. Environmental groups urged the state ' +
    'to move faster on storage and conservation, while some farm groups cautioned against rules that would limit existing rights.',
  'Achterberg said the team plans to repeat the survey every five years and to place year-round sensors on six glaciers to track ' + 'melt as it happens.',
];
const cpContrib = 'Associated writer Delia Forsythe in Cheyenne, Wyoming, contributed to this report.';
const cpFund =
  'The Continental Press’ climate and environmental coverage receives financial support from multiple private foundations. CP is ' +
  'solely responsible for all content. Find CP’s standards for working with philanthropies, a list of supporters and funded coverage ' +
  'areas at CPnews.org.';
const cpCopy = 'Copyright 2025 The Continental Press. All Rights Reserved.';
const cpMenu = ['World', 'U.S.', 'Politics', 'Sports', 'Entertainment', 'Business', 'Science', 'Climate', 'Health', 'Fact Check'];
const cpHead = ['Sign in', 'Donate', 'Search Query'];
const cpCaption = 'The Tamsen Glacier sits below Corbett Peak in the Serrano range, Aug. 19, 2025. (CP Photo/Ruben Castellanos)';
const cpBylines = ['By ELLIS MARROW', 'Updated 2:41 PM MST, November 18, 2025'];
const cpShare = ['Share', 'Copy', 'Link copied', 'Email', 'Facebook', 'X', 'LinkedIn', 'Bluesky', 'Reddit', 'Print'];
const cpRelated = ['Related Stories', 'Ski towns brace for another short season as snowpack lags', 'Drought pushes western farmers to fallow more land'];
const cpMost = [
  'Most read',
  'Storm system brings record snow to the upper Midwest',
  'Federal court pauses mine expansion near tribal land',
  'What to know about the new passport rules',
];
const cpFoot = [
  'About',
  'Contact Us',
  'Accessibility Statement',
  'Terms of Use',
  'Privacy Policy',
  'Cookie Settings',
  'Do Not Sell or Share My Personal Information',
];
const cpAd = `<div class="Advertisement Advertisement--story" data-ad-unit="story"><div class="Advertisement-label">Advertisement</div>
<div class="htlad-cp-story" data-unit="htlunit-cp-story"></div></div>`;
const cpHtml = `<!DOCTYPE html>
<html class="StoryPage" lang="en" data-hd-browser="false"><head><meta charset="UTF-8">
<title>Glaciers in the Serrano range lost a fifth of their ice in 10 years, survey finds | CP News</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${cpTitle}">
<meta property="og:site_name" content="CP News"><meta property="article:section" content="Climate">
<meta name="description" content="Glaciers in the Serrano range of the northern Rockies have lost about a fifth of their ice since 2015.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${cpTitle}",
"author":[{"@type":"Person","name":"ELLIS MARROW"}],"datePublished":"2025-11-18T18:02:11Z","dateModified":"2025-11-18T21:41:37Z",
"publisher":{"@type":"Organization","name":"The Continental Press"},"isAccessibleForFree":true}</script>
<script>window.googletag=window.googletag||{cmd:[]};</script><link rel="stylesheet" href="https://cpnews.example/resource/0000/styles/All.min.css"></head>
<body class="Page-body"><bsp-site-header class="Page-header"><div class="Page-header-bar">
<button class="Page-header-hamburger" aria-label="Menu"></button><a class="Page-header-logo" href="/"><img alt="CP Logo" src="/logo.svg"></a>
<div class="Page-header-navigation"><ul class="Navigation-items">${links(cpMenu, 'Navigation-items-item')}</ul></div>
<div class="Page-header-end"><a class="Page-header-login" href="/login">${cpHead[0]}</a><a class="Page-header-donate Button" href="/donate">${cpHead[1]}</a>
<form class="SearchOverlay" hidden><label class="sr-only" for="q">${cpHead[2]}</label><input id="q" name="q"></form></div></div></bsp-site-header>
<main class="Page-main"><bsp-story-page class="Page-storyBody"><div class="Page-lead"><figure class="Figure"><picture>
<img class="Image" alt="The Tamsen Glacier" src="https://dims.cpnews.example/dims4/default/abc123/2147483647/strip/true/resize/1440x960"></picture>
<figcaption class="Figure-caption"><div class="CarouselSlide-infoDescription"><p>${cpCaption}</p></div></figcaption></figure></div>
<div class="Page-headline"><h1 class="Page-headline">${cpTitle}</h1></div>
<div class="Page-byline"><div class="Page-authors"><span>By&nbsp;</span><a class="Link" href="/author/ellis-marrow">ELLIS MARROW</a></div>
<div class="Page-dateModified"><bsp-timestamp data-timestamp="1763502097000"><span>Updated 2:41 PM MST, November 18, 2025</span></bsp-timestamp></div></div>
<div class="Page-actions"><bsp-share-links class="ActionBar"><button class="ActionBar-trigger">Share</button><ul class="ActionBar-items">
${cpShare
  .slice(3)
  .map((t) => `<li class="ActionLink"><a class="ActionLink-${t}" href="#">${t}</a></li>`)
  .join('')}</ul>
<button class="ActionLink CopyLink"><span>${cpShare[1]}</span><span class="CopyLink-copied" hidden>${cpShare[2]}</span></button></bsp-share-links></div>
<div class="RichTextStoryBody RichTextBody">
${ps(cpP1.slice(0, 3))}
${cpAd}
${ps(cpP1.slice(3, 5))}
<div class="Enhancement"><bsp-list-loadmore class="PageListStandardB"><div class="PageList-header"><h2 class="PageList-header-title">${cpRelated[0]}</h2></div>
<ul class="PageList-items">${links(cpRelated.slice(1), 'PageList-items-item')}</ul></bsp-list-loadmore></div>
${ps(cpP1.slice(5))}
${cpAd}
<p>___</p>
<p>${cpContrib}</p>
<p>___</p>
<p><i>${cpFund}</i></p>
</div><div class="Page-storyBody-footer"><p class="Page-copyright">${cpCopy}</p></div></bsp-story-page>
<aside class="Page-aside"><div class="PageList-header"><h2>${cpMost[0]}</h2></div><ul>${links(cpMost.slice(1))}</ul></aside></main>
<footer class="Page-footer"><ul class="Page-footer-links">${links(cpFoot)}</ul><p class="Page-footer-disclaimer">${cpCopy}</p></footer>
<script src="https://cpnews.example/resource/0000/scripts/All.min.js" async></script></body></html>`;
const cpStory: TestPage = {
  html: cpHtml,
  name: 'heldout105-brightspot-news-funder-note',
  kind: 'news',
  // the dateline is part of the first paragraph (body); the contributor line is a byline; "___" rules are in neither list;
  // the italic funder note at the end of the body and the copyright line are furniture
  title: cpTitle,
  headings: [],
  body: texts(cpP1),
  bylines: [...cpBylines, cpContrib],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cpMenu, ...cpHead, cpCaption, ...cpShare, 'Advertisement', ...cpRelated, cpFund, cpCopy, ...cpMost, ...cpFoot,
  ],
};

export const HELDOUT105_B: readonly TestPage[] = [cpStory, gannettStory];
