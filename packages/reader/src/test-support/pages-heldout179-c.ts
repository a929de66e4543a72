import { links, ps, type TestPage } from './page-kit.js';
import { usgsRelease } from './pages-heldout179-c2.js';

/**
 * Held-out batch 179, file c: an IMF blog post on imf.org (the IMF header with its utility links, search and main nav, the
 * "IMF Blog" masthead, the language links, the date and author line, the share icons, the post with a chart figure and its
 * note and source lines, the "IMF Blog is a forum for the views of the IMF staff" disclaimer, the author bios, "Related
 * Links", "Latest Blogs", the subscribe box and the footer) and, from file c2, a USGS news release.
 */
const imTitle = 'Why Small Island Economies Need Bigger Fiscal Buffers';
const imP1 = [
  'Small island states have always lived with storms. What has changed is how often they strike and how much they cost. Over the past decade, ' +
    'the average damage from a single major cyclone in a small island economy has reached about 14 percent of gross domestic product.',
  'Such losses can wipe out years of growth in a few hours. They also leave governments facing higher spending on reconstruction just as tax ' +
    'revenue falls, because tourism and farming, the main sources of income, are often the sectors hit hardest.',
];
const imP2 = [
  'Our new research looks at 31 small island economies between 2000 and 2024. It finds that countries entering a disaster with lower debt and ' +
    'larger cash reserves recovered faster. Their output returned to its pre-disaster level in about two years on average, compared with nearly ' +
    'five years for countries that entered with little room in their budgets.',
];
const imH1 = 'Saving for a rainy day';
const imP3 = [
  'Building buffers is hard when needs are pressing every year. But several governments have shown it can be done. Some have set up ' +
    'contingency funds that receive a fixed share of revenue each year and may only be drawn on after a declared disaster. Others have ' +
    'combined modest reserves with insurance and pre-arranged credit lines that pay out quickly when a storm passes a set intensity.',
  'The mix matters. Reserves are best for frequent, smaller events. Insurance works better for rare, severe ones, where holding enough cash ' +
    'would be too costly. Contingent credit can fill the gap between the two.',
];
const imH2 = 'Investing in resilience pays';
const imP4 = [
  'Buffers are only part of the answer. Spending on sea walls, stronger building codes and more resilient power networks reduces the damage ' +
    'in the first place. Our estimates suggest that every dollar invested in such measures in small islands can avoid between two and four ' +
    'dollars of losses.',
  'The IMF supports these efforts through policy advice, capacity development and financing, including through the Resilience and ' +
    'Sustainability Trust. With the right plans in place, small island economies can turn a cycle of shock and debt into one of preparation ' +
    'and recovery.',
];
const imChart = 'Bouncing back faster';
const imChartSub = 'Countries with more fiscal space recovered from major storms in less than half the time.';
const imNote = 'Note: Sample covers 31 small island economies and 58 major disasters.';
const imSource = 'Source: IMF staff calculations.';
const imUtil = ['About', 'Research', 'Countries', 'Capacity Development', 'News', 'Videos', 'Data', 'Publications', 'Social Media Hub', 'Annual Report'];
const imBlogNav = ['IMF Blog', 'All Blogs', 'Chart of the Week', 'Podcasts', 'Subscribe'];
const imShare = ['Facebook', 'X', 'LinkedIn', 'Email', 'Print'];
const imBios = [
  'Noor Haddad-Wren is a Deputy Division Chief in the IMF’s Asia and Pacific Department.',
  'Teodor Vasquez-Ilunga is an Economist in the IMF’s Fiscal Affairs Department.',
];
const imDisclaimer =
  'IMF Blog is a forum for the views of the International Monetary Fund (IMF) staff and officials on pressing economic and policy issues of ' +
  'the day. The views expressed are those of the author(s) and do not necessarily represent the views of the IMF and its Executive Board.';
const imRelated = ['Small States’ Resilience to Natural Disasters and Climate Change', 'Resilience and Sustainability Trust (RST)', 'Pacific Islands'];
const imLatest = [
  'Global Trade Is Shifting. Here’s What It Means for Growth',
  'How Central Banks Can Communicate Better',
  'Chart of the Week: Remittances Hold Up',
];
const imSub = ['Subscribe to IMF Blog', 'Receive email alerts when new blogs are posted.', 'Sign Up'];
const imFoot = ['IMF.org', 'Copyright and Usage', 'Privacy Policy', 'How to Contact Us', 'Scam Alert', 'Languages', 'Careers', 'Site Index'];
const imHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${imTitle}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Countries that enter a disaster with lower debt and larger reserves recover faster."><meta name="DC.Type" content="Blog">
<meta name="DC.Date.Create" content="March 18, 2025"><meta property="og:title" content="${imTitle}"><meta property="og:type" content="article">
<meta name="Authors" content="Noor Haddad-Wren, Teodor Vasquez-Ilunga">
<link rel="canonical" href="https://www.imf.org/en/Blogs/Articles/2025/03/18/small-island-buffers">
<link href="/-/media/Files/css/imf-main.css" rel="stylesheet"><script src="/-/media/Files/js/jquery.min.js"></script>
<script>var _sf_async_config = { uid: 65432, domain: 'imf.org', useCanonical: true };</script></head>
<body class="blog"><a href="#content" class="skip">Skip to main content</a>
<header class="header"><div class="utility"><ul class="utility-links">${links(['IMF Home', 'Languages', 'Contact Us'])}</ul></div>
<div class="header-main"><a class="logo" href="/en/Home"><img src="/-/media/Images/IMF/logo.svg" alt="International Monetary Fund"></a>
<form class="search" role="search"><input type="text" aria-label="Search" placeholder="Search IMF.org"><button type="submit">Search</button></form>
<nav class="main-nav" aria-label="Main Navigation"><ul>${links(imUtil)}</ul></nav></div></header>
<div class="blog-masthead"><ul class="blog-nav">${links(imBlogNav)}</ul></div>
<main id="content"><div class="content-wrapper"><section class="hero"><ul class="lang-links"><li><a href="/zh/Blogs">中文</a></li><li><a
href="/es/Blogs">Español</a></li><li><a href="/fr/Blogs">Français</a></li></ul><h1>${imTitle}</h1>
<p class="date">March 18, 2025</p><div class="author-line">By <a href="#bio1">Noor Haddad-Wren</a>, <a href="#bio2">Teodor Vasquez-Ilunga</a></div>
<div class="share"><span class="share-label">Share</span><ul>${imShare
  .map(
    (s) => `<li><a href="#" title="${s}"><span class="sr-only">${s}</span></a>
</li>`,
  )
  .join('')}</ul>
</div></section><article class="blog-article">
${ps(imP1)}
${ps(imP2)}
<div class="chart"><h4 class="chart-title">${imChart}</h4><p class="chart-subtitle">${imChartSub}</p>
<img src="/-/media/Images/IMF/Blogs/Articles/2025/031825-chart.ashx" alt="Chart showing years to recovery by level of fiscal space">
<p class="chart-note">${imNote}<br>${imSource}</p></div>
<h3>${imH1}</h3>
${ps(imP3)}
<h3>${imH2}</h3>
${ps(imP4)}
<p class="disclaimer"><em>${imDisclaimer}</em></p>
<div class="bios"><p id="bio1"><strong>${imBios[0]}</strong></p><p id="bio2"><strong>${imBios[1]}</strong></p></div></article>
<aside class="sidebar"><div class="related"><h4>Related Links</h4><ul>${links(imRelated)}</ul></div>
<div class="latest"><h4>Latest Blogs</h4><ul>${links(imLatest)}</ul></div>
<div class="subscribe-box"><h4>${imSub[0]}</h4><p>${imSub[1]}</p><a class="btn" href="/en/News/subscribe">${imSub[2]}</a></div></aside></div></main>
<footer class="footer"><ul>${links(imFoot)}</ul><p>© 2025 International Monetary Fund. All rights reserved.</p></footer>
<script src="/-/media/Files/js/imf-main.js"></script></body></html>`;
const imfBlog: TestPage = {
  html: imHtml,
  name: 'heldout179-imf-blog',
  kind: 'blog',
  // the date and the "By" line are bylines; the chart block (title, subtitle, note, source), the staff disclaimer and the
  // author bios at the end of the article element, the language links, share bar, sidebar and footer are furniture
  title: imTitle,
  headings: [imH1, imH2],
  body: [...imP1, ...imP2, ...imP3, ...imP4],
  bylines: ['March 18, 2025', 'By Noor Haddad-Wren, Teodor Vasquez-Ilunga'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'IMF Home', 'Languages', 'Contact Us', 'Search', ...imUtil, ...imBlogNav, '中文', 'Español', 'Français', 'Share', ...imShare,
    imChart, imChartSub, imNote, imSource, imDisclaimer, ...imBios, 'Related Links', ...imRelated, 'Latest Blogs', ...imLatest, ...imSub, ...imFoot,
    '© 2025 International Monetary Fund. All rights reserved.',
  ],
};

export const HELDOUT179_C: readonly TestPage[] = [imfBlog, usgsRelease];
