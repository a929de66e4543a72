import { links, type TestPage, texts } from './page-kit.js';
import { nbcStory } from './pages-heldout124-d2.js';

/**
 * Held-out batch 124, file d: an AP News story (Brightspot "Page-" template: skip link, header nav with "Newsletters",
 * "Donate" and "Search", the trending topics bar, the lead figure with its caption, "Page-headline", the all-caps byline with
 * "Updated" timestamp, the share tooltip with its menu, the "RichTextStoryBody" with "ADVERTISEMENT" slots, the "___" rule
 * and the italic contributor line, the author bios, the "Most Read" right rail, the newsletter sign-up and the footer with
 * its mission statement and link lists) and, from file d2, an NBC News story.
 */
const apTitle = 'Wildfire in Colorado foothills destroys dozens of homes, forces thousands to flee';
const apP = [
  'PINE HOLLOW, Colo. (AP) — A wind-driven wildfire tore through the foothills west of Pine Hollow on Monday night, destroying ' +
    'at least 43 homes and forcing about 6,500 people to leave as flames jumped a highway and raced toward the edge of town, ' +
    'officials said Tuesday.',
  'No deaths had been reported, but two firefighters were treated for burns and released, and the sheriff’s office said ' +
    'it was still trying to reach a handful of residents who did not answer calls to check on them.',
  'The Dunmore Gulch Fire had burned about 9 square miles (23 square kilometers) by Tuesday afternoon and was 5% contained, ' +
    'according to the state fire agency. Gusts of up to 70 mph (113 kph) pushed it more than 4 miles (6 kilometers) in three hours.',
  '“It came over the ridge like a freight train,” said Lonnie Baca, who grabbed his two dogs and a box of family photos before ' +
    'driving away with embers falling around his truck. “By the time I hit the main road, I could see our barn burning in the mirror.”',
  'Residents packed an evacuation center at Pine Hollow High School overnight, sleeping on cots in the gym while volunteers ' +
    'handed out water and blankets. The Red Hills County sheriff, Andrea Whitcomb, said deputies went door to door in some ' +
    'neighborhoods because power outages knocked out cellphone alerts.',
  'Gov. Raymond Ostrowski declared a disaster emergency Tuesday morning, freeing up state money and National Guard support. ' +
    'He toured the burned area by helicopter and said the damage was “heartbreaking in its randomness,” with some streets ' +
    'reduced to chimneys and others untouched.',
  'The cause of the fire was under investigation. Utility company Front Range Electric said it had shut off power to about ' +
    '12,000 customers in the area on Monday afternoon as a precaution because of the high winds, but did not say whether any ' +
    'of its lines were in the fire’s path.',
  'Fire officials said calmer winds expected Wednesday could give crews a chance to build containment lines along the ' +
    'fire’s northern edge, where it was burning toward a reservoir and a state park.',
  'Late-season fires have become more common along the Front Range, where a dry fall and a lack of snow have left grasses ' +
    'and brush primed to burn, said Celia Navarro, a fire scientist who studies the region’s grasslands.',
  '“We used to think of November as the end of fire season here,” she said. “That is just not true anymore.”',
];
const apContrib = 'Associated Press writer Hector Lundqvist in Denver contributed to this report.';
const apCaption = 'Smoke rises from the Dunmore Gulch Fire as it burns near homes west of Pine Hollow, Colo., Monday, Nov. 3, 2025. (AP Photo/Gareth Moyo)';
const apNav = ['World', 'U.S.', 'Politics', 'Sports', 'Entertainment', 'Business', 'Science', 'Fact Check', 'Oddities', 'Be Well', 'Photography'];
const apTrending = ['Government shutdown', 'College football', 'Election results', 'Weather'];
const apShare = ['Copy Link copied', 'Email', 'Facebook', 'X', 'LinkedIn', 'Bluesky', 'Flipboard', 'Pinterest', 'Reddit'];
const apBios = [
  'Jessica Tanner covers wildfires, water and public lands in the Mountain West for The Associated Press.',
  'Mark Oyelowo is a reporter based in Denver who covers Colorado and Wyoming.',
];
const apMost = [
  'Pilot reports near miss with drone over Rocky Mountain airport',
  'Snowstorm closes mountain passes as early winter arrives',
  'Former mayor sentenced for misusing city credit cards',
  'Rescuers free hiker trapped for two days in canyon',
  'How to prepare a go-bag before a wildfire reaches your town',
];
const apNews = ['The Afternoon Wire', 'The day’s top stories from AP, in your inbox every weekday afternoon.', 'Enter your email address', 'Subscribe'];
const apMission =
  'The Associated Press is an independent global news organization dedicated to factual reporting, trusted by newsrooms in every part of the world.';
const apFoot = [
  'AP.ORG',
  'Careers',
  'Advertise with us',
  'Contact Us',
  'Accessibility Statement',
  'Terms of Use',
  'Privacy Policy',
  'Cookie Settings',
  'Do Not Sell or Share My Personal Information',
  'Limit Use and Disclosure of Sensitive Personal Information',
  'CA Notice of Collection',
  'AP News Values and Principles',
  'AP Stylebook',
];
const apCopy = 'Copyright 2025 The Associated Press. All Rights Reserved.';
const apAd = (
  n: number,
): string => `<div class="Advertisement" data-ad-position="${n}" data-unit="apnews/article/middle"><div class="Advertisement-label">ADVERTISEMENT</div>
<div class="Advertisement-slot" id="ad-slot-${n}" style="min-height:250px"></div></div>`;
const apHtml = `<!DOCTYPE html>
<html class="ArticlePage" lang="en"><head><meta charset="UTF-8"><title>${apTitle} | AP News</title>
<meta name="description" content="A wind-driven wildfire tore through the foothills west of Pine Hollow, destroying at least 43 homes.">
<meta property="og:title" content="${apTitle}"><meta property="og:type" content="article"><meta property="article:section" content="U.S. News">
<meta property="article:published_time" content="2025-11-04T14:02:11Z"><meta name="gtm-dataLayer" content="{&quot;gtmAuthor&quot;:&quot;JESSICA TANNER&quot;}">
<link rel="canonical" href="https://apnews.com/article/colorado-wildfire-pine-hollow-evacuations-6b2f0e1d9a8c">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${apTitle}","datePublished":"2025-11-04T14:02:11Z",
"dateModified":"2025-11-04T20:41:55Z","author":[{"@type":"Person","name":"JESSICA TANNER"},{"@type":"Person","name":"MARK OYELOWO"}],
"publisher":{"@type":"Organization","name":"AP News"}}</script>
<link rel="stylesheet" href="https://assets.apnews.example/bundles/apnews-all.min.4b1d9.css"><script
src="https://assets.apnews.example/bundles/apnews-all.min.4b1d9.js" async></script>
</head><body class="Page-body" data-page-type="article"><a class="Page-skip" href="#main">Skip to main content</a>
<bsp-header class="Page-header"><div class="Page-header-bar"><a class="Page-header-logo" href="https://apnews.com/" aria-label="AP Logo"><svg></svg></a>
<nav class="Page-header-navigation"><ul class="Page-header-navigation-items">${links(apNav, 'Page-header-navigation-item')}</ul></nav>
<div class="Page-header-end"><a class="Link" href="https://apnews.com/newsletters">Newsletters</a><a class="Page-header-donate"
href="https://apnews.com/donate">Donate</a>
<button class="SearchOverlay-search-button" aria-label="Search"><span class="SearchOverlay-search-button-text">Search</span></button></div></div>
<div class="Page-header-trending-bar"><span
class="Page-header-trending-label">Trending</span><ul>${links(apTrending, 'Page-header-trending-item')}</ul></div></bsp-header>
<main class="Page-main" id="main"><div class="Page-content"><div class="Page-lead"><figure class="Figure"><picture><img class="Image"
alt="Smoke rises above a hillside"
src="https://dims.apnews.example/dims4/default/7c1e2f4/2147483647/strip/true/crop/5472x3648+0+0/resize/980x653!/quality/90/?url=fire.jpg" width="980"
height="653">
</picture><div class="Figure-caption"><div class="CarouselSlide-infoDescription"><p>${apCaption}</p></div></div></figure></div>
<div class="Page-headline"><h1 class="Page-headline">${apTitle}</h1></div>
<div class="Page-byline"><div class="Page-authors"><span class="Page-byline-info">By </span><a class="Link"
href="https://apnews.com/author/jessica-tanner">JESSICA TANNER</a>
<span> and </span><a class="Link" href="https://apnews.com/author/mark-oyelowo">MARK OYELOWO</a></div><div class="Page-dateModified">
<bsp-timestamp data-timestamp="1762288915000" data-recent="false"><span>Updated 3:41 PM EST, November 4, 2025</span></bsp-timestamp></div></div>
<bsp-share-tooltip class="Page-actions"><button class="Page-actions-share" aria-expanded="false"><span>Share</span></button><div
class="Page-actions-share-menu" hidden>
<ul>${apShare.map((t) => `<li class="Page-actions-share-item"><a class="Link">${t}</a></li>`).join('')}</ul></div></bsp-share-tooltip>
<div class="RichTextStoryBody RichTextBody">
${apP
  .slice(0, 3)
  .map((t) => `<p>${t}</p>`)
  .join('\n')}
${apAd(1)}
${apP
  .slice(3, 7)
  .map((t) => `<p>${t}</p>`)
  .join('\n')}
${apAd(2)}
${apP
  .slice(7)
  .map((t) => `<p>${t}</p>`)
  .join('\n')}
<p>___</p>
<p><i>${apContrib}</i></p>
</div>
<div class="Page-authors-bio">${apBios
  .map(
    (b, i) => `<div class="AuthorBio"><div class="AuthorBio-bio"><p>${b}</p></div><div class="AuthorBio-links">
<a class="Link" href="mailto:author${i}@ap.example">Mailto</a></div></div>`,
  )
  .join('\n')}</div></div>
<div class="Page-aside"><div class="PageListRightRailA"><h2 class="PageList-header-title">Most Read</h2><ul class="PageList-items">
${apMost
  .map(
    (t) => `<li class="PageList-items-item"><div class="PagePromo"><h3 class="PagePromo-title"><a class="Link"><span
class="PagePromoContentIcons-text">${t}</span></a></h3>
</div></li>`,
  )
  .join('\n')}</ul></div>
<div class="NewsletterModule"><h2 class="NewsletterModule-title">${apNews[0]}</h2><p class="NewsletterModule-description">${apNews[1]}</p>
<form class="NewsletterModule-form"><label for="nl-email" class="NewsletterModule-label">${apNews[2]}</label><input id="nl-email" type="email">
<button type="submit" class="NewsletterModule-button">${apNews[3]}</button></form></div></div></main>
<footer class="Page-footer"><div class="Page-footer-logo"><svg></svg></div><p class="Page-footer-description">${apMission}</p>
<ul class="Page-footer-links">${links(apFoot, 'Page-footer-link')}</ul><div class="Page-footer-disclaimer">${apCopy}</div></footer>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"pageType":"article","aiModel":"none"});</script></body></html>`;
const apStory: TestPage = {
  name: 'heldout124-apnews-news',
  kind: 'news',
  html: apHtml,
  // the "PINE HOLLOW, Colo. (AP) —" dateline is running text of the first paragraph (body); the "___" rule is in neither list;
  // the italic contributor line is a byline; caption, share menu, ad labels, author bios and rails are furniture
  title: apTitle,
  headings: [],
  body: texts(apP),
  bylines: ['By JESSICA TANNER and MARK OYELOWO', 'Updated 3:41 PM EST, November 4, 2025', apContrib],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', ...apNav, 'Newsletters', 'Donate', 'Search', 'Trending', ...apTrending, apCaption, 'Share', ...apShare, 'ADVERTISEMENT',
    ...apBios, 'Mailto', 'Most Read', ...apMost, ...apNews, apMission, ...apFoot, apCopy,
  ])],
};

export const HELDOUT124_D: readonly TestPage[] = [apStory, nbcStory];
