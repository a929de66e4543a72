import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 230, file f2: a feature in an engineering society's member magazine, on the society's Sitecore site. */
const title = 'The Quiet Rebuild of America’s Water Pumps';
const dek =
  'Thousands of municipal pumping stations were installed in the 1970s. Replacing them with efficient, connected machines is ' +
  'one of the least glamorous and most important jobs in mechanical engineering.';
const p1 = [
  'On a cold morning in February, Darnell Okafor climbed down a steel ladder into the dry well of the Ridgeway Avenue pumping ' +
    'station in Toledo, Ohio, and put his hand on a motor that had been running almost without a break since 1974. “You can ' +
    'feel it,” he said. “There is a wobble in the bearing you would never accept in a new machine.”',
  'Okafor, a senior mechanical engineer with the city’s water department, is in the middle of a ten-year program to replace ' +
    'or rebuild 38 pumping stations. The Ridgeway unit is next. Its replacement, a variable-speed pump with a permanent-magnet ' +
    'motor, is expected to use about 30 percent less electricity to move the same volume of water.',
];
const h1 = 'An invisible energy hog';
const p2 = [
  'Water and wastewater systems account for roughly 2 percent of U.S. electricity use, and most of that energy goes into ' +
    'pumps. Many of the pumps still in service were sized for peak demand decades ago and run at a fixed speed, throttled by ' +
    'valves for most of the day. Throttling a pump is a little like driving with one foot on the brake.',
  'Variable-frequency drives change that by slowing the motor when demand is low. Because the power a centrifugal pump draws ' +
    'rises roughly with the cube of its speed, even a modest reduction in speed produces a large drop in energy use.',
];
const pull = 'Throttling a pump is a little like driving with one foot on the brake.';
const h2 = 'Data before steel';
const p3 = [
  'The temptation, engineers say, is to replace old pumps like for like. Okafor’s team instead spent two years logging flow, ' +
    'pressure and power at every station before choosing new equipment. In a third of the stations, the data showed that the ' +
    'original pumps were far larger than needed, so the replacements could be smaller as well as more efficient.',
  'Alicia Brandt, who chairs the society’s fluids engineering committee on pump systems, says that kind of groundwork is still ' +
    'rare. “Utilities often have the budget for new pumps but not for the study that tells them which pumps to buy,” she said. ' +
    '“That is backward. The study is the cheap part.”',
];
const h3 = 'Skills in short supply';
const p4 = [
  'The bigger constraint may be people. Many of the technicians who know the old stations best are close to retirement, and ' +
    'the new equipment demands skills in controls and networking that were never part of a pump mechanic’s job. Toledo now ' +
    'pairs each retiring technician with an apprentice for a full year before the handover.',
  'Back at Ridgeway Avenue, the old motor will come out in April. Okafor plans to keep one of its bearings on his desk. “It did ' +
    'fifty years of work,” he said. “Somebody designed that well. We should be so lucky with ours.”',
];
const bio = 'Kendra Vasquez is a freelance writer in Columbus, Ohio, who covers infrastructure and energy.';
const top = ['Join', 'Renew', 'Sign In', 'Cart'];
const nav = ['Topics & Resources', 'Codes & Standards', 'Conferences & Events', 'Learning & Development', 'Publications & Submissions', 'Membership'];
const crumbs = ['Home', 'Topics & Resources', 'Content'];
const caption = 'A 1970s pump and motor in the dry well of a municipal pumping station.';
const credit = 'Photo: City of Toledo Division of Water';
const tags = ['Fluids Engineering', 'Energy', 'Infrastructure', 'Pumps'];
const related = ['How Digital Twins Are Changing Pump Maintenance', 'The Engineer Shortage in Public Utilities', 'Five Questions for a Water Systems Engineer'];
const memberPromo = 'Members get full access to the digital edition of the magazine and the archive back to 2005.';
const foot = ['About the Society', 'Contact Us', 'Careers', 'Privacy Policy', 'Terms of Use', 'Sitemap'];
const copy = 'Copyright © 2025 The Society of Mechanical Practitioners. All rights reserved.';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The Quiet Rebuild of America’s Water Pumps - SMP</title>
<meta name="description" content="${dek}"><meta property="og:title" content="${title}"><meta property="og:type" content="article">
<meta name="CODE_LANGUAGE" content="C#"><link rel="canonical"
href="https://www.smp.example/topics-resources/content/the-quiet-rebuild-of-america-s-water-pumps">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${title}","author":{"@type":"Person","name":"Kendra Vasquez"},
"datePublished":"2025-03-12","publisher":{"@type":"Organization","name":"The Society of Mechanical Practitioners"}}</script>
<link rel="stylesheet" href="/-/media/themes/smp/styles/main.css"><script src="/-/media/themes/smp/scripts/vendor.js"></script></head>
<body class="content-page"><div id="main-container"><header id="header"><div class="utility-bar"><ul class="utility-links">${links(top)}</ul></div>
<div class="component logo"><a href="/"><img src="/-/media/smp-logo.svg" alt="The Society of Mechanical Practitioners"></a></div>
<nav class="component navigation main-nav"><ul>${links(nav, 'level1')}</ul></nav>
<div class="component search-box"><input type="text" placeholder="Search SMP" aria-label="Search SMP"></div></header>
<main id="content"><div class="component breadcrumb"><ol>${links(crumbs, 'breadcrumb-item')}</ol></div>
<div class="row"><div class="col-md-8"><article class="component article-detail">
<div class="article-detail__eyebrow"><span class="content-type">Feature</span> <span class="magazine-issue">Mechanical Practice, April 2025</span></div>
<h1 class="article-detail__title field-title">${title}</h1>
<div class="article-detail__summary field-summary"><p>${dek}</p></div>
<div class="article-detail__meta"><span class="field-author">by Kendra Vasquez</span><span class="field-date">Mar 12, 2025</span></div>
<div class="component social-share"><span>Share</span><a href="#" aria-label="LinkedIn">LinkedIn</a><a href="#" aria-label="Facebook">Facebook</a><a href="#"
aria-label="Email">Email</a></div>
<figure class="component image article-detail__image"><img src="/-/media/images/magazine/2025/april/pump-dry-well.jpg" alt="">
<figcaption class="image-caption field-imagecaption">${caption} <span class="image-credit">${credit}</span></figcaption></figure>
<div class="article-detail__body field-content">
${ps(p1)}
<h2>${h1}</h2>
${ps(p2)}
<blockquote class="pull-quote"><p class="pull-quote__text">${pull}</p></blockquote>
<h2>${h2}</h2>
${ps(p3)}
<div class="component promo member-only-promo"><p>${memberPromo}</p><a href="/membership">Become a Member</a></div>
<h2>${h3}</h2>
${ps(p4)}
<p class="author-bio"><em>${bio}</em></p>
</div>
<div class="component tag-list"><h3>Related Topics</h3><ul>${links(tags)}</ul></div></article></div>
<aside class="col-md-4"><div class="component promo magazine-cover"><img src="/-/media/magazine/april-2025-cover.jpg" alt="April 2025 cover">
<h3>Mechanical Practice Magazine</h3><a href="/publications/magazine">Read the Latest Issue</a></div>
<div class="component related-content"><h3>Related Content</h3><ul>${links(related)}</ul></div>
<div class="component ad"><span class="ad-label">Advertisement</span><div id="gpt-ad-sidebar"></div></div></aside></div></main>
<footer id="footer"><ul class="footer-links">${links(foot)}</ul><p class="copyright">${copy}</p></footer></div>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">This website uses cookies to enhance user experience and
to analyze performance.</p>
<button id="onetrust-accept-btn-handler">Accept Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
<script src="/-/media/themes/smp/scripts/main.js"></script></body></html>`;

export const societyFeature: TestPage = {
  name: 'heldout230-society-magazine-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([dek, ...p1, ...p2, ...p3, ...p4]),
  bylines: ['by Kendra Vasquez', 'Mar 12, 2025'],
  // the pull quote repeats a sentence of the body, so it is in neither list; the author's italic bio line is furniture
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...top, ...nav, 'Home', 'Content', 'Feature', 'Mechanical Practice, April 2025', 'Share', 'LinkedIn', 'Facebook', 'Email', caption, credit,
    memberPromo, 'Become a Member', bio, 'Related Topics', 'Fluids Engineering', 'Infrastructure', 'Mechanical Practice Magazine', 'Read the Latest Issue',
    'Related Content', ...related,
    'Advertisement', ...foot, copy, 'This website uses cookies to enhance user experience and to analyze performance.', 'Accept Cookies', 'Cookie Settings',
  ],
};
