import { links, type TestPage, texts } from './page-kit.js';
import { nbcPage } from './pages-heldout101-a2.js';

/**
 * Held-out batch 101, file a: a Fox News story (site header with the section nav, "Login" and "Watch TV", the eyebrow
 * link, headline and sub-headline, the author byline with the "Fox News" label and published time, the "Listen to this
 * article" player, the share bar, the lead image with its caption and credit, the article body with the all-caps
 * "CLICK HERE" and related-story link paragraphs in it, ad slots, the author bio, the newsletter box, the "Trending" rail
 * and the footer) and, from file a2, an NBC News story.
 */
const fxTitle = 'Ohio village revives volunteer fire company after county ends coverage deal';
const fxDek = 'Residents of Marlow Springs raised $212,000 in six weeks to buy a used engine and train 19 volunteers';
const fxP = [
  'A village in eastern Ohio has put its own fire engine back on the road for the first time in nine years after the county ended a ' +
    'coverage agreement that residents said left them waiting too long for help.',
  'Marlow Springs, a community of about 1,400 people in Calder County, voted in August to re-form the Marlow Springs Volunteer Fire ' +
    'Company after the county commission declined to renew a contract that had sent engines from the town of Benning, 14 miles away.',
  '“We had a kitchen fire in June and it took 26 minutes for the first truck to get here,” said Mayor Ellen Kovach. “The family got ' +
    'out, thank God, but the house was gone. People decided that night that it wasn’t going to happen again.”',
];
const fxP2 = [
  'The village raised $212,000 in six weeks through a pancake breakfast, a raffle and donations from local businesses, according to ' +
    'figures released by the village council. Most of the money went toward a 2009 pumper bought from a department in Pennsylvania ' +
    'that was upgrading its fleet.',
  'Nineteen residents, including a retired school bus driver and two high school seniors, completed the state’s 36-hour volunteer ' +
    'firefighter course this fall. The company answered its first call on Oct. 30, a brush fire behind the grain elevator on Route 9.',
];
const fxP3 = [
  'County Commissioner Rick Dalby told Fox News Digital the county ended the agreement because the cost of covering outlying villages ' +
    'had nearly doubled since 2020 and the Benning department could no longer staff a second crew.',
  '“Nobody on this commission wanted to leave anyone without protection,” Dalby said. “We offered to help Marlow Springs with grant ' +
    'paperwork, and we’re glad they got it done.”',
];
const fxP4 = [
  'Fire Chief Tom Reyes, 61, served in the old company before it disbanded in 2016 for lack of members. He said the new group has a ' +
    'waiting list of residents who want to join once the next training class begins in January.',
  '“The difference this time is the young people,” Reyes said. “Half of our crew is under 30. That didn’t happen last time.”',
  'The company still needs a new roof for the old station on Main Street and hopes to apply for a federal equipment grant next spring.',
];
const fxNav = ['U.S.', 'Politics', 'World', 'Opinion', 'Media', 'Entertainment', 'Sports', 'Lifestyle', 'Video', 'More'];
const fxShare = ['Facebook', 'Twitter', 'Flipboard', 'Comments', 'Print', 'Email'];
const fxCaption = 'Volunteers from the Marlow Springs Volunteer Fire Company with the refurbished 2009 pumper on Oct. 28, 2025.';
const fxCredit = '(Marlow Springs Volunteer Fire Company)';
const fxCaps = [
  'CLICK HERE FOR MORE US NEWS',
  'SMALL-TOWN POLICE DEPARTMENTS STRUGGLE TO HIRE AS VETERAN OFFICERS RETIRE',
  'CLICK HERE TO GET THE FOX NEWS APP',
];
const fxBio = 'Dana Whitcomb is a reporter for Fox News Digital. Story tips can be sent to dana.whitcomb@foxnews.example.';
const fxNews = [
  'Get the latest updates on the stories Americans are talking about, delivered to your inbox.',
  'Subscribe',
  'By entering your email and clicking the Subscribe button, you agree to the Fox News Privacy Policy and Terms of Use.',
  'You’ve successfully subscribed to this newsletter!',
];
const fxTrending = [
  'Trending',
  'Storm knocks out power to 80,000 across three Midwest states',
  'Retired Marine walks 500 miles to raise money for veterans’ housing',
  'School district reverses cellphone ban after parents pack board meeting',
  'Holiday travel expected to break records, airline group says',
];
const fxFoot = ['Crime', 'Military', 'Education', 'Terror', 'Immigration', 'Economy', 'Personal Freedoms', 'Fox News Investigates'];
const fxLegal = ['Terms of Use', 'Privacy Policy', 'Your Privacy Choices', 'Closed Caption Policy', 'Help', 'Contact Us', 'Accessibility Statement'];
const fxCopy = '©2025 FOX News Network, LLC. All rights reserved.';
const fxAd = '<div class="ad-container desktop"><div class="ad h-300" id="ad-slot-1"><span class="ad-label">Advertisement</span></div></div>';
const fxP_ = (a: readonly string[], cls = ''): string => a.map((p) => `<p${cls}>${p}</p>`).join('\n');
const fxCapsP = (t: string): string => `<p><strong><a href="https://www.foxnews.example/us/${t.length}" target="_blank" rel="noopener">${t}</a></strong></p>`;
const fxHtml = `<!DOCTYPE html>
<html lang="en-US" class="fn-desktop"><head><meta charset="utf-8">
<title>Ohio village revives volunteer fire company after county ends coverage deal | Fox News</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${fxDek}">
<meta name="dc.subject" content="Ohio"><meta name="classification-isArticle" content="true"><meta name="prism.section" content="us">
<meta property="og:title" content="${fxTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Fox News">
<link rel="canonical" href="https://www.foxnews.example/us/ohio-village-revives-volunteer-fire-company-after-county-ends-coverage-deal">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${fxTitle}",
"author":[{"@type":"Person","name":"Dana Whitcomb","url":"https://www.foxnews.example/person/w/dana-whitcomb"}],
"datePublished":"2025-11-12T05:42:00-05:00","dateModified":"2025-11-12T05:42:00-05:00",
"publisher":{"@type":"Organization","name":"Fox News","logo":{"@type":"ImageObject","url":"https://static.foxnews.example/logo.png"}}}</script>
<script>window.FNC = window.FNC || {}; FNC.meta = {"section":"us","pageType":"article","authors":"Dana Whitcomb"};</script>
<script async src="https://static.foxnews.example/static/isa/app/lib/VisitorAPI.js"></script>
<link rel="stylesheet" href="https://static.foxnews.example/static/orion/styles/css/fox-news/article-new.rs.css"></head>
<body class="fn article-page"><div id="wrapper" class="wrapper">
<header class="site-header" role="banner"><div class="inner"><div class="logo"><a href="https://www.foxnews.example/">
<img src="https://static.foxnews.example/static/orion/styles/img/fox-news/logos/fox-news-desktop.png" alt="Fox News"></a></div>
<nav id="main-nav" class="main-nav" aria-label="Main"><ul class="menu">${links(fxNav, 'menu-item')}</ul></nav>
<div class="meta"><div class="button login"><a href="#">Login</a></div><div class="button watch"><a
href="https://www.foxnews.example/video/5614615980001">Watch TV</a></div>
<div class="menu-toggle"><button aria-label="Menu"><span class="icon"></span></button></div></div></div></header>
<div class="page-content"><div class="row full"><main class="main-content main-content--article"><article class="article-wrap has-video">
<header class="article-header"><div class="eyebrow"><a href="https://www.foxnews.example/category/us/us-regions/midwest/ohio">Ohio</a></div>
<h1 class="headline speakable">${fxTitle}</h1><h2 class="sub-headline speakable">${fxDek}</h2>
<div class="article-meta article-meta-upper"><div class="author-byline"><span><span>By</span> <span><a
href="https://www.foxnews.example/person/w/dana-whitcomb">
Dana Whitcomb</a></span> <span class="article-source">Fox News</span></span></div>
<div class="article-date"><time>Published November 12, 2025 5:42am EST</time></div>
<div class="social-icons"><ul>${fxShare
  .map(
    (s) => `<li class="${s.toLowerCase()}"><a href="#"
aria-label="${s}"><span>${s}</span></a></li>`,
  )
  .join('')}</ul></div></div>
<div class="fnc-audio-player"><button class="play-btn" aria-label="Play">NEW</button><span class="label">You can now listen to Fox News articles!</span>
<span class="duration">4 min</span></div></header>
<div class="article-content"><div class="article-body">
${fxP_(fxP.slice(0, 2), ' class="speakable"')}
${fxP_(fxP.slice(2))}
${fxCapsP(fxCaps[0] ?? '')}
${fxAd}
${fxP_(fxP2)}
<div baseimage="https://a57.foxnews.example/static.foxnews.example/2025/11/fire.jpg" class="image-ct inline">
<div class="m"><picture><img src="https://a57.foxnews.example/static.foxnews.example/2025/11/fire.jpg" alt="Marlow Springs fire engine"
loading="lazy"></picture></div>
<div class="caption"><p><span>${fxCaption}</span> <span class="copyright">${fxCredit}</span></p></div></div>
${fxP_(fxP3)}
${fxCapsP(fxCaps[1] ?? '')}
${fxP_(fxP4)}
${fxCapsP(fxCaps[2] ?? '')}
</div>
<div class="author-bio"><p><span>${fxBio}</span></p></div></div>
<div class="newsletter-signup"><div class="title"><h3>Fox News Flash Top Headlines</h3></div><p class="dek">${fxNews[0]}</p>
<form><input type="email" placeholder="Enter email address"><button type="submit">${fxNews[1]}</button></form>
<p class="legal">${fxNews[2]}</p><div class="success hide" style="display:none"><p>${fxNews[3]}</p></div></div>
</article></main>
<aside class="sidebar sidebar-primary"><section class="collection collection-trending"><header class="heading"><h3 class="title">${fxTrending[0]}</h3></header>
<div class="content"><ol>${fxTrending
  .slice(1)
  .map(
    (t, i) =>
      `<li><article class="article"><div class="info"><header class="info-header"><h3 class="title"><a
href="/us/t${i}">${t}</a></h3></header></div></article></li>`,
  )
  .join('\n')}</ol></div></section>${fxAd}</aside></div></div>
<footer id="footer" class="site-footer"><div class="footer-upper"><nav class="footer-nav"><section class="nav-column"><h4 class="nav-title">U.S.</h4>
<ul>${links(fxFoot, 'nav-item')}</ul></section></nav></div>
<div class="footer-lower"><nav class="legal"><ul>${links(fxLegal)}</ul></nav><div class="copyright"><p>${fxCopy}</p></div></div></footer></div>
<script async src="https://static.foxnews.example/static/strike/scripts/libs/fn-web.js"></script></body></html>`;
const foxPage: TestPage = {
  html: fxHtml,
  name: 'heldout101-foxnews-news',
  kind: 'news',
  // the sub-headline is body; the all-caps link paragraphs inside the article body are furniture
  title: fxTitle,
  headings: [],
  body: texts([fxDek, ...fxP, ...fxP2, ...fxP3, ...fxP4]),
  bylines: ['Dana Whitcomb', 'Published November 12, 2025 5:42am EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fxNav, 'Login', 'Watch TV', 'Ohio', 'NEW', 'You can now listen to Fox News articles!', '4 min', ...fxShare, ...fxCaps, 'Advertisement',
    fxCaption, fxCredit, fxBio, 'Fox News Flash Top Headlines', ...fxNews, ...fxTrending, ...fxFoot, ...fxLegal, fxCopy,
  ],
};
export const HELDOUT101_A: readonly TestPage[] = [foxPage, nbcPage];
