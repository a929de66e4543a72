import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 85, file c2: a press release on a GlobeNewswire-style wire page (wire brand invented): the header nav
 * with "Sign In" / "Sign Up", the headline, the published line with "Source:" and the issuer link, the "Follow" button,
 * the share links, the release body opening with the issuer's "FOR IMMEDIATE RELEASE" line and the dateline inside the
 * first paragraph, a subhead, a bulleted list, the "About" boilerplate, the media contact block, the "Tags" and "Related
 * Links" boxes, the "Contact Data" rail that repeats the contact, "More News From" cards, the footer and the cookie banner.
 */
const gwTitle = 'Brightwater Robotics Opens Second Assembly Plant in Ostrava Falls, Adding 320 Jobs';
const gwSub = 'New 14,000-square-metre facility will double production of the company’s Tessel warehouse robots by 2027';
const gwFir = 'FOR IMMEDIATE RELEASE';
const gwP1 = [
  '<span class="dateline">OSTRAVA FALLS, Nov. 04, 2025 (NEWSLINK WIRE) -- </span>Brightwater Robotics, Inc., a maker of autonomous mobile robots ' +
    'for warehouses and distribution centres, today announced the opening of its second assembly plant, in the Ostrava Falls Business Park. ' +
    'The plant will employ 320 people when it reaches full production in late 2026.',
  'The 14,000-square-metre facility will build the company’s Tessel picking robot and its new Tessel Lift model, which can carry loads ' +
    'of up to 600 kilograms. Together with the company’s original plant in Harlow Ridge, it will raise Brightwater’s annual capacity ' +
    'from about 4,000 to more than 9,000 robots.',
  '“Our customers have been waiting too long for robots,” said Dana Achterberg, chief executive of Brightwater Robotics. “This plant lets ' +
    'us cut lead times from nine months to under four, and it does so in a region with a deep pool of manufacturing skills.”',
];
const gwH1 = 'Investment and hiring';
const gwP2 = ['The company is investing $86 million in the plant, including equipment and training. Highlights include:'];
const gwList = [
  '320 full-time roles in assembly, testing, logistics and engineering, about half of them filled by the end of 2025;',
  'a paid 12-week training programme run with Ostrava Falls Technical College;',
  'rooftop solar panels expected to supply about 40 percent of the plant’s electricity;',
  'a customer test centre where buyers can trial robots in a mock warehouse before ordering.',
];
const gwP3 = [
  'Mayor Tomas Reinholt said the plant was the largest single investment in the business park since it opened in 2011. “These are skilled ' +
    'jobs that will stay in the city,” he said.',
  'Production of the Tessel Lift will begin at the new plant in the first quarter of 2026.',
];
const gwH2 = 'About Brightwater Robotics';
const gwAbout = [
  'Brightwater Robotics, Inc. designs and builds autonomous mobile robots that move goods inside warehouses, factories and hospitals. ' +
    'Founded in 2016 and based in Harlow Ridge, the company has deployed more than 11,000 robots with customers in 14 countries. ' +
    'Learn more at www.brightwaterrobotics.example.',
];
const gwContact = ['Media Contact:', 'Imogen Calloway', 'Brightwater Robotics', 'press@brightwaterrobotics.example', '+1 555 0142 7781'];
const gwNav = ['Newsroom', 'Search', 'Partners', 'Resource Center', 'Sign In', 'Sign Up'];
const gwTags = ['robotics', 'manufacturing', 'warehouse automation', 'jobs'];
const gwMore = [
  'Brightwater Robotics Reports Third Quarter 2025 Results',
  'Brightwater Robotics Names New Chief Technology Officer',
  'Brightwater Robotics Launches Tessel Lift for Heavy Loads',
];
const gwMoreDates = ['October 28, 2025 16:05 ET', 'September 09, 2025 08:00 ET', 'June 17, 2025 09:30 ET'];
const gwFoot = ['Newswire Distribution Network & Management', 'Home', 'Newsroom', 'RSS Feeds', 'Legal', 'Contact Us', 'About Us'];
const gwCookie = 'We use cookies to improve your experience on our website. By continuing to browse you accept our use of cookies.';
const gwHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Brightwater Robotics Opens Second Assembly Plant in Ostrava Falls, Adding 320 Jobs</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${gwSub}">
<meta property="og:title" content="${gwTitle}"><meta property="og:type" content="article"><meta name="dc.publisher" content="Newslink Wire">
<meta name="keywords" content="${gwTags.join(', ')}"><link rel="canonical"
href="https://www.newslinkwire.example/news-release/2025/11/04/3181199/0/en/brightwater.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${gwTitle}","datePublished":"2025-11-04T13:00:00Z",
"author":{"@type":"Organization","name":"Brightwater Robotics, Inc."},"publisher":{"@type":"Organization","name":"Newslink Wire"}}</script>
<link rel="stylesheet" href="/Content/css/news-release.min.css?v=3.18.2"><script src="/Scripts/bundles/newsrelease.min.js?v=3.18.2" defer></script></head>
<body class="news-release-page"><div class="layout-wrapper"><header class="main-header" role="banner"><a class="logo" href="/"><img alt="Newslink Wire"
src="/Content/logo.svg"></a><nav class="main-nav" aria-label="Main"><ul>${links(gwNav, 'main-nav__item')}</ul></nav></header>
<div class="main-container" id="main-container"><div class="main-container-content"><div class="main-header-container">
<h1 class="article-headline" data-section="article-headline">${gwTitle}</h1><h2 class="article-sub-headline"><i>${gwSub}</i></h2>
<div class="article-published-source"><p class="article-published"><time datetime="2025-11-04T13:00:00Z">November 04, 2025 08:00 ET</time></p>
<p class="article-source"> | Source: <a href="/search/organization/Brightwater%20Robotics" class="organization-link">Brightwater Robotics, Inc.</a></p>
<button class="follow-button" data-organization="Brightwater Robotics">Follow</button></div>
<div class="social-share"><span class="social-share__label">Share</span><a href="#" aria-label="Share on LinkedIn"><i class="icon-linkedin"></i></a>
<a href="#" aria-label="Share on X"><i class="icon-x"></i></a><a href="#" aria-label="Share on Facebook"><i class="icon-facebook"></i></a></div></div>
<div class="main-scroll-container" id="main-scroll-container"><div class="main-body-container article-body" id="main-body-container" itemprop="articleBody">
<p align="left"><strong>${gwFir}</strong></p>
${gwP1.map((t) => `<p align="justify">${t}</p>`).join('\n')}
<p align="justify"><strong>${gwH1}</strong></p>
${gwP2.map((t) => `<p align="justify">${t}</p>`).join('\n')}
<ul type="disc">${gwList.map((t) => `<li style="text-align:justify;">${t}</li>`).join('\n')}</ul>
${gwP3.map((t) => `<p align="justify">${t}</p>`).join('\n')}
<p align="justify"><strong>${gwH2}</strong></p>
${gwAbout.map((t) => `<p align="justify">${t}</p>`).join('\n')}
<p align="left">${gwContact.join('<br>')}</p>
<img class="__gnw_ext_track" src="https://ml.newslinkwire.example/media/tracking.gif" alt="" width="1" height="1">
</div></div>
<div class="tag-container"><h3 class="tags-title">Tags</h3><ul>${links(gwTags, 'tag-item')}</ul></div>
<div class="related-links"><h3>Related Links</h3><ul>${links(['Brightwater Robotics website', 'Tessel Lift product page'], 'related-link')}</ul></div></div>
<aside class="right-rail"><div class="contact-data"><h3>Contact Data</h3><p>${gwContact.slice(1).join('<br>')}</p></div>
<div class="more-news"><h3>More News From Brightwater Robotics, Inc.</h3><ul>${gwMore
  .map((t, i) => `<li><a href="/news-release/${i}">${t}</a><span class="date">${gwMoreDates[i]}</span></li>`)
  .join('\n')}</ul></div></aside></div>
<footer class="main-footer"><ul>${links(gwFoot, 'footer-item')}</ul><p>© 2025 Newslink Wire Inc. All rights reserved.</p></footer></div>
<div id="cookie-consent" class="cookie-consent" role="dialog"><p>${gwCookie}</p><button class="btn-accept">Accept</button><a
href="/privacy">Learn more</a></div>
</body></html>`;
export const globeRelease: TestPage = {
  html: gwHtml,
  name: 'heldout85-globenewswire-style-press-release',
  kind: 'news',
  // the subheadline, the dateline at the start of the first paragraph, the bold run-in subheads' sections and the "About"
  // boilerplate are the release: body (the bold subheads are headings); "FOR IMMEDIATE RELEASE" is a notice: furniture; the
  // media contact block and its copy in the "Contact Data" rail are in neither list; the wire time line is a byline
  title: gwTitle,
  headings: [gwH1, gwH2],
  body: [gwSub, ...texts(gwP1), ...gwP2, ...gwList, ...gwP3, ...gwAbout],
  bylines: ['November 04, 2025 08:00 ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gwNav, '| Source: Brightwater Robotics, Inc.', 'Follow', 'Share', gwFir, 'Tags', ...gwTags, 'Related Links', 'Brightwater Robotics website',
    'Tessel Lift product page', 'Contact Data', 'More News From Brightwater Robotics, Inc.', ...gwMore, ...gwMoreDates,
    ...gwFoot.filter((t) => t !== 'Newsroom'), '© 2025 Newslink Wire Inc. All rights reserved.', gwCookie, 'Accept', 'Learn more',
  ],
};
