import { links, type TestPage, texts } from './page-kit.js';
import { bloombergStory } from './pages-heldout72-d2.js';

/**
 * Held-out batch 72, file d: an AP News story (the site header with its nav, "Newsletters", "Donate", search and "My Account",
 * the headline, "By" byline and updated timestamp, the share sheet with its network names, the lead carousel with "1 of 2"
 * counters and "FILE -" captions with AP Photo credits, the rich-text body with "Advertisement" slots and a "Related" promo,
 * the "Associated Press writer ... contributed to this report." line, the "___" rule, the "Follow ... on X" and "Follow AP’s
 * coverage" prompts and the funders note as the last paragraphs of the body, the author box, "Most read" and the footer);
 * and a Bloomberg story behind a paywall overlay (file d2).
 */
const apTitle = 'Desert marina packs up and moves as Lake Tamarack drops to a record low';
const apBody = [
  'MESQUITE FLATS, Nev. (AP) — For 41 years, the Tamarack Cove Marina floated in the same sheltered bay, its fuel dock and ' +
    'snack bar tied to the shore by a long steel walkway. On Monday, crews began towing it three miles down the lake to deeper water.',
  'The move, which will cost about $4.8 million, is the latest sign of how far Lake Tamarack has fallen. The reservoir, which ' +
    'supplies water to farms and about 600,000 people in southern Nevada and western Arizona, dropped to 31% of capacity last ' +
    'week, its lowest level since it filled in the 1950s.',
  '“We’ve been chasing the water for three years,” said marina manager Luis Ferreira, watching a tugboat strain against the ' +
    'main dock. “Every spring we add another section of walkway. This year we ran out of walkway.”',
  'Two of the lake’s four boat ramps have already closed, and a third is usable only by small boats. Park rangers have posted ' +
    'signs warning visitors about new sandbars and rock outcrops that did not exist a decade ago.',
  'The lake is fed mostly by snowmelt from mountains to the north, where snowpack this winter was about half of normal. Federal ' +
    'forecasters expect the lake to fall another 14 feet by November.',
  'Hydrologists say the decline reflects both drought and a long-term imbalance. Cities and farms downstream are entitled to ' +
    'more water than the river delivers in an average year, and rising temperatures mean more of the snow evaporates before it ' +
    'ever reaches the reservoir.',
  '“The lake is not coming back on its own,” said Renata Olmos, a water researcher at the Great Basin Institute in Reno. ' +
    '“Even a big snow year only buys a little time.”',
  'The seven agencies that draw from the lake are negotiating cuts for next year. A draft agreement released last month would ' +
    'reduce deliveries to farms by up to 20% and pay growers to leave some fields unplanted.',
  'Tourism has taken a hit as well. Visits to the Lake Tamarack National Recreation Area fell by nearly a quarter last year, and ' +
    'several houseboat rental companies have sold off part of their fleets.',
  'At the marina’s new site, workers were laying anchors in 90 feet of water on Tuesday. Ferreira said he hoped the marina could ' +
    'stay there for at least 20 years.',
  '“That’s what the engineers told us,” he said. “They told us that last time, too.”',
];
const apContrib = 'Associated Press writer Tomasz Wren in Denver contributed to this report.';
const apFollow = 'Follow Hallie Kerrigan on X: @hkerrigan_ap';
const apHub = 'Follow AP’s coverage of the drought in the West at https://apnews.com/hub/drought.';
const apFunders =
  'The Associated Press receives support from private foundations for its coverage of water and the environment in the West. AP ' +
  'is solely responsible for all content. Find AP’s standards for working with philanthropies at AP.org.';
const apNav = ['World', 'U.S.', 'Politics', 'Sports', 'Entertainment', 'Business', 'Science', 'Fact Check', 'Oddities', 'Be Well'];
const apTop = ['Newsletters', 'Donate', 'My Account'];
const apShare = ['Share', 'Copy', 'Link copied', 'Email', 'Facebook', 'X', 'LinkedIn', 'Bluesky', 'Flipboard', 'Pinterest', 'Reddit'];
const apCaps = [
  'Crews prepare to tow a section of the Tamarack Cove Marina to deeper water on Lake Tamarack near Mesquite Flats, Nev., ' +
    'on Monday, March 3, 2025. (AP Photo/Gina Castellano)',
  'FILE - A bathtub ring of mineral deposits marks the former waterline at Lake Tamarack, Aug. 12, 2024. (AP Photo/Gina Castellano, File)',
];
const apRelated = 'Western states near deal on river water cuts as deadline looms';
const apBio = 'Hallie Kerrigan covers water and the environment in the American West for The Associated Press.';
const apMost = [
  'Wildfire forces evacuations near Flagstaff as winds pick up',
  'Record egg prices push bakeries to change their recipes',
  'Man rescued after three days trapped in a slot canyon',
  'Ski resorts close early after driest winter in decades',
];
const apAbout =
  'The Associated Press is an independent global news organization dedicated to factual reporting. Founded in 1846, it reaches ' +
  'readers in every corner of the world.';
const apFoot = [
  'About',
  'Contact Us',
  'Customer Support',
  'Careers',
  'Terms of Use',
  'Privacy Policy',
  'Cookie Settings',
  'Do Not Sell or Share My Personal Information',
  'Limit Use and Disclosure of Sensitive Personal Information',
  'CA Notice of Collection',
  'More From AP News',
  'Accessibility Statement',
];
const apCopy = 'Copyright 2025 The Associated Press. All Rights Reserved.';
const apAd = '<div class="Advertisement" data-ad-slot="dfp-ad-mid"><div class="Advertisement-label">Advertisement</div><div id="ap-mid-ad"></div></div>';
const apP = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const apHtml = `<!DOCTYPE html>
<html class="Page" lang="en"><head><meta charset="UTF-8"><title>Desert marina moves as Lake Tamarack drops to record low | AP News</title>
<meta name="description" content="For 41 years, the Tamarack Cove Marina floated in the same bay. Now it is moving to deeper water.">
<meta property="og:title" content="${apTitle}"><meta property="og:site_name" content="AP News"><meta name="gtm-dataLayer" content="{&quot;author&quot;:
&quot;Hallie Kerrigan&quot;}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${apTitle}","datePublished":"2025-03-04T19:05:31Z",
"dateModified":"2025-03-04T21:12:08Z","author":[{"@type":"Person","name":"HALLIE KERRIGAN"}],
"publisher":{"@type":"Organization","name":"Associated Press"}}</script>
<link rel="stylesheet" href="https://assets.apnews.com/all.min.css"></head>
<body class="Page-body"><bsp-site-header class="Page-header" data-sticky-header><div class="Page-header-bar"><a class="Page-skip" href="#main">Skip to main
content</a><a href="https://apnews.com" aria-label="AP Logo" class="Page-header-logo"><svg></svg></a>
<nav class="Page-header-navigation"><ul class="Navigation-items">${links(apNav, 'Navigation-items-item')}</ul></nav>
<ul class="Page-header-end">${links(apTop, 'Page-header-end-item')}</ul><button class="SearchOverlay-search-button" aria-label="Show Search">
<span class="SearchOverlay-label">Search Query</span></button></div></bsp-site-header>
<main class="Page-main" id="main"><div class="Page-content"><div class="Page-above"><div class="Page-breakingNews"></div></div>
<bsp-story-page class="Page-storyBody"><div class="Page-headline-wrap"><h1 class="Page-headline">${apTitle}</h1></div>
<div class="Page-byline"><div class="Page-authors"><span class="Page-authors-by">By&nbsp;</span><a class="Link"
href="https://apnews.com/author/hallie-kerrigan">
HALLIE KERRIGAN</a></div><div class="Page-dateModified"><bsp-timestamp data-timestamp="1741122728000" data-type="updated">
<span>Updated 2:12 PM MST, March 4, 2025</span></bsp-timestamp></div></div>
<div class="Page-actions"><bsp-share-sheet class="ShareSheet"><button class="ShareSheet-button" aria-label="Share">${apShare[0]}</button>
<ul class="ShareSheet-items">${apShare
  .slice(1)
  .map((t) => `<li class="ShareSheet-item"><a href="#" class="ShareSheet-link" aria-label="${t}"><span class="ShareSheet-label">${t}</span></a></li>`)
  .join('\n')}</ul></bsp-share-sheet></div>
<div class="Page-lead"><bsp-carousel class="Carousel" data-slides="2">${apCaps
  .map(
    (c, i) => `<div class="Carousel-slide"><figure class="CarouselSlide"><div class="CarouselSlide-media"><picture><img class="Image"
src="https://dims.apnews.com/dims4/default/tamarack${i}.jpg" alt="" width="1440" height="960" loading="${i ? 'lazy' : 'eager'}"></picture></div>
<div class="CarouselSlide-info"><span class="CarouselSlide-infoCount">${i + 1} of 2</span><div class="CarouselSlide-infoDescription"><p>${c}</p></div></div>
</figure></div>`,
  )
  .join('\n')}</bsp-carousel></div>
<div class="RichTextStoryBody RichTextBody">
${apP(apBody.slice(0, 4))}
${apAd}
${apP(apBody.slice(4, 7))}
<div class="Enhancement" data-align-center=""><div class="PagePromo"><div class="PagePromo-content"><span class="PagePromo-category">Related</span>
<h3 class="PagePromo-title"><a class="Link" href="https://apnews.com/article/river-water-cuts-deal">${apRelated}</a></h3></div></div></div>
${apP(apBody.slice(7))}
${apAd}
<p>${apContrib}</p>
<p>___</p>
<p><em>${apFollow}</em></p>
<p><em>${apHub}</em></p>
<p><em>${apFunders}</em></p>
</div>
<div class="Page-authorInfo"><div class="AuthorInfo"><a class="AuthorInfo-name" href="https://apnews.com/author/hallie-kerrigan">HALLIE KERRIGAN</a>
<p class="AuthorInfo-bio">${apBio}</p><ul class="AuthorInfo-social"><li><a href="https://x.com/hkerrigan_ap" aria-label="twitter">twitter</a></li>
<li><a href="mailto:hkerrigan@ap.org" aria-label="mailto">mailto</a></li></ul></div></div></bsp-story-page>
<aside class="Page-aside"><div class="PageList-header"><h2 class="PageList-header-title">Most read</h2></div><ol
class="PageList-items">${links(apMost, 'PageList-items-item')}
</ol></aside></div></main>
<footer class="Page-footer"><div class="Page-footer-info"><p class="Page-footer-description">${apAbout}</p></div>
<ul class="Page-footer-navigation">${links(apFoot, 'Page-footer-navigation-item')}</ul><div class="Page-footer-disclaimer">${apCopy}</div></footer>
<script src="https://assets.apnews.com/all.min.js" async></script></body></html>`;
const apStory: TestPage = {
  html: apHtml,
  name: 'heldout72-apnews-news',
  kind: 'news',
  // the "MESQUITE FLATS, Nev. (AP) —" dateline opens the first paragraph and stays body; the "contributed to this report" line
  // is a byline; the "___" rule, the "Follow ... on X" and "Follow AP’s coverage" prompts and the funders note, though
  // paragraphs of the rich-text body, are furniture, as are the "Related" promo and "Advertisement" labels inside it
  title: apTitle,
  headings: [],
  body: texts(apBody),
  bylines: ['HALLIE KERRIGAN', 'Updated 2:12 PM MST, March 4, 2025', apContrib],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...apNav, ...apTop, 'Search Query', ...apShare, '1 of 2', '2 of 2', ...apCaps, 'Advertisement', 'Related', apRelated, '___',
    apFollow, apHub, apFunders, apBio, 'twitter', 'mailto', 'Most read', ...apMost, apAbout, ...apFoot, apCopy,
  ],
};

export const HELDOUT72_D: readonly TestPage[] = [apStory, bloombergStory];
