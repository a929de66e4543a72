import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 198, page 3: a Punch (Nigeria) news story on its WordPress theme, with an inline "Related News" box. */
const title = 'Ogun community cries out as erosion swallows 14 houses';
const p1 = [
  'Residents of Oke-Agbede, a farming community in the Ijebu-North Local Government Area of Ogun State, have appealed to the state ' +
    'and federal governments to come to their aid as a gully erosion site continues to widen, destroying homes and cutting off roads.',
  'Our correspondent, who visited the community on Wednesday, observed that at least 14 houses had collapsed into the gully, while ' +
    'several others, including a primary school and a mosque, were standing only a few metres from its edge.',
  'The community head, Chief Adebayo Ogunleye, said the problem began about six years ago as a small channel beside the main road ' +
    'but had grown rapidly during the last two rainy seasons.',
  '“When it started, children could jump across it. Today it is more than 20 feet deep in some places. We have written letters to ' +
    'the local government, the state ministry of environment and even our representatives in Abuja, but nothing has been done,” he said.',
];
const related = [
  'Flood: Ogun begins relocation of riverbank residents',
  'Erosion: FG releases N2bn for ecological projects in South-West',
  'Residents flee as gully threatens Anambra community',
];
const p2 = [
  'A trader, Mrs Folasade Adeniran, who lost her two-bedroom bungalow to the erosion in September, said she now lived with her ' +
    'four children in a single room rented from a neighbour.',
  '“I built that house with my late husband. We put everything we had into it. One night the rain was very heavy and in the morning ' +
    'the back wall was gone. Two weeks later the whole house fell in,” she said, fighting back tears.',
  'Another resident, Mr Kehinde Bakare, a farmer, said the gully had also cut the only road linking the community to the Ijebu-Ode ' +
    'market, forcing farmers to carry their produce on foot through a bush path.',
  'He said, “We lose a lot of our cassava and pepper because we cannot get them to market in time. Vehicles no longer come here. ' +
    'If the government does not act before the rains start in April, the school will be next.”',
  'When contacted, the Special Adviser to the Governor on Environment, Mr Tunde Osinowo, said the state government was aware of the ' +
    'situation and that engineers had visited the site in January.',
  'He explained that a design for a drainage channel and a reinforced concrete wall had been completed and submitted to the Nigeria ' +
    'Erosion and Watershed Management Project for funding.',
  '“We understand the fears of the people of Oke-Agbede. The state has already approved palliative work, including sandbagging and ' +
    'the diversion of runoff away from the school, which will begin within the next two weeks,” Osinowo said.',
  'He urged residents living close to the gully to relocate temporarily to safer areas while the work was carried out.',
];
const nav = ['News', 'Politics', 'Metro Plus', 'Business', 'Sports', 'Entertainment', 'Editorial', 'Columnists', 'Opinion', 'Punch Lite'];
const caption = 'A building on the edge of the gully in Oke-Agbede. Photo: Bola Akinyemi';
const share = ['Facebook', 'X', 'WhatsApp', 'Telegram', 'LinkedIn'];
const rights =
  'ALL RIGHTS RESERVED. This material, and other digital content on this website, may not be reproduced, published, broadcast, ' +
  'rewritten or redistributed in whole or in part without prior express written permission from PUNCH.';
const latest = [
  'Police arrest suspected kidnappers in Ekiti forest',
  'NNPC denies fuel scarcity, says depots have stock',
  'Senate passes bill on state police for second reading',
  'Super Eagles arrive in Uyo for World Cup qualifier',
  'Lagos okada ban: Riders protest at Alausa',
];
const trending = ['Tinubu names new service chiefs', 'Court jails ex-bank manager for N48m fraud', 'Naira gains against dollar at official window'];
const foot = ['About Us', 'Contact Us', 'Privacy Policy', 'Advertise', 'Careers', 'Terms of Use', 'Corrections'];
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - Punch Newspapers</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:locale" content="en_US"><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<meta property="og:site_name" content="Punch Newspapers"><meta property="article:published_time" content="2025-03-13T21:05:11+00:00">
<meta name="author" content="Bola Akinyemi"><link rel="canonical" href="https://punchng.com/ogun-community-cries-out-as-erosion-swallows-14-houses/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${title}",
"datePublished":"2025-03-13T21:05:11+00:00","author":{"name":"Bola Akinyemi"},"articleSection":["News"]}]}</script>
<link rel="stylesheet" id="punch-style-css" href="https://cdn.punchng.com/wp-content/themes/punchng/dist/css/app.css?ver=3.8.1" media="all">
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script></head>
<body class="post-template-default single single-post postid-1581204 single-format-standard">
<header class="site-header"><div class="header-top"><a class="logo" href="https://punchng.com/"><img alt="Punch Newspapers" src="/logo.svg"></a>
<div class="header-date">Friday, March 14, 2025</div><a class="e-copy" href="https://punchng.com/e-copy/">Download e-Copy</a></div>
<nav class="main-nav" id="site-navigation"><ul id="primary-menu" class="menu">${links(nav, 'menu-item menu-item-type-taxonomy')}</ul></nav></header>
<div class="ad-container ad-leaderboard"><p class="ad-label">Advertisement</p><ins class="adsbygoogle" data-ad-slot="4413209811"></ins></div>
<main id="main" class="site-main"><div class="container"><div class="row"><div class="col-lg-8">
<article id="post-1581204" class="single-article post-1581204 post type-post status-publish category-news">
<header class="post-header"><span class="post-category"><a href="https://punchng.com/topics/news/">News</a></span>
<h1 class="post-title">${title}</h1><div class="post-meta"><span class="post-author">By&nbsp;<a
href="https://punchng.com/author/bakinyemi/">Bola Akinyemi</a></span>
<span class="post-date">13th March 2025</span></div></header>
<div class="post-image-wrapper"><figure class="post-image"><img alt="" src="https://cdn.punchng.com/wp-content/uploads/2025/03/13210122/Erosion-site.jpg">
<figcaption class="caption">${caption}</figcaption></figure></div>
<div class="post-share-top"><span>Kindly share this story:</span><ul>${share
  .map(
    (s) => `<li><a class="share-${s.toLowerCase()}"
href="#">${s}</a></li>`,
  )
  .join('')}</ul></div>
<div class="post-content">
${ps(p1)}
<div class="related-news-inline"><h4 class="related-title">Related News</h4><ul>${links(related)}</ul></div>
${ps(p2.slice(0, 4))}
<div class="ad-container ad-in-article"><p class="ad-label">Advertisement</p><ins class="adsbygoogle" data-ad-slot="8712045563"></ins></div>
${ps(p2.slice(4))}
</div>
<div class="post-share-bottom"><span>Kindly share this story:</span><ul>${share.map((s) => `<li><a href="#">${s}</a></li>`).join('')}</ul></div>
<div class="post-rights"><p>${rights}</p><p>Contact: <a href="mailto:theeditor@punchng.com">theeditor@punchng.com</a></p></div>
<div class="whatsapp-channel"><a href="https://whatsapp.com/channel/0029VaPunch">Join Punch’s WhatsApp channel for breaking news</a></div>
</article></div>
<aside class="col-lg-4 sidebar"><section class="widget latest-news"><h3 class="widget-title">Latest News</h3><ul>${links(latest)}</ul></section>
<div class="ad-container ad-sidebar"><p class="ad-label">Advertisement</p></div>
<section class="widget trending"><h3 class="widget-title">Trending</h3><ol>${links(trending)}</ol></section></aside></div></div></main>
<footer class="site-footer"><ul class="footer-menu">${links(foot)}</ul><p class="copyright">© 2025 Punch Nigeria Limited</p></footer>
<script src="https://cdn.punchng.com/wp-content/themes/punchng/dist/js/app.js?ver=3.8.1" id="punch-app-js"></script></body></html>`;
export const punch: TestPage = {
  name: 'heldout198-punch-ng-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts([...p1, ...p2]),
  bylines: ['By Bola Akinyemi', '13th March 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Friday, March 14, 2025', 'Download e-Copy', ...nav, 'Advertisement', caption, 'Kindly share this story:', ...share, 'Related News', ...related,
    rights, 'Contact: theeditor@punchng.com', 'Join Punch’s WhatsApp channel for breaking news', 'Latest News', ...latest, 'Trending', ...trending,
    ...foot, '© 2025 Punch Nigeria Limited',
  ],
};
