import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 198, page 7: a Daily Star (Bangladesh) Drupal story (breadcrumb, byline and "Last update on", tags, more news). */
const title = 'Teesta char farmers count losses as early flash flood destroys maize';
const p1 = [
  'Farmers on at least 30 chars along the Teesta in Lalmonirhat and Rangpur are counting heavy losses after an unseasonal flash ' +
    'flood on Tuesday night submerged maize and groundnut fields just weeks before harvest.',
  'The water level at the Dalia point of the Teesta Barrage rose by nearly a metre in 12 hours following heavy rain upstream, local ' +
    'officials said. Though the river fell below the danger mark by Wednesday afternoon, standing crops on low-lying chars remained ' +
    'under water.',
  'According to the Department of Agricultural Extension (DAE) in Lalmonirhat, maize on around 2,300 hectares and groundnut on ' +
    '640 hectares were affected in Hatibandha, Kaliganj and Aditmari upazilas.',
  '“I borrowed Tk 60,000 from an NGO to grow maize on three bighas. The cobs were almost ready. Now everything is lying flat in the ' +
    'mud,” said Abdul Majid, 52, of Char Gobordhan in Hatibandha.',
  'Rashida Begum, a farmer from Char Kalmati, said many families had planned to repay their loans with this harvest. “If the maize ' +
    'rots, we will have to sell our cattle,” she said.',
  'Farmers said flash floods in March were once rare but had become more frequent over the past five years, leaving them with ' + 'little time to harvest.',
  'Md Shamsul Haque, deputy director of DAE Lalmonirhat, said field officials were assessing the damage. Crops that were not fully ' +
    'submerged might still be saved if the water receded quickly, he added.',
  '“We have advised farmers to harvest mature cobs as soon as the fields are accessible and to dry them properly so that they do not ' +
    'rot. A list of affected farmers will be sent to the ministry for assistance,” he said.',
  'Lalmonirhat Deputy Commissioner HM Rakib Hossain said 20 tonnes of rice and Tk 5 lakh had been allocated for the worst-affected ' +
    'families, and that seeds and fertiliser would be distributed for the next season.',
  'Experts have long warned that the loss of depth in the Teesta riverbed and the release of water from upstream without warning ' +
    'leave char communities exposed. Residents demanded that an early warning system be set up so they could move their cattle and ' +
    'harvest in time.',
];
const nav = ['Home', 'News', 'Bangladesh', 'Business', 'Opinion', 'Sports', 'Entertainment', 'Lifestyle', 'Youth', 'Tech & Startup', 'Environment'];
const crumbs = ['Bangladesh', 'Agriculture'];
const caption = 'A farmer in Char Gobordhan of Lalmonirhat’s Hatibandha upazila tries to save his maize from the flood water yesterday. Photo: Star';
const share = ['Share on Facebook', 'Share on X', 'Share on LinkedIn', 'Share on WhatsApp', 'Copy link'];
const topics = ['Teesta', 'flash flood', 'Lalmonirhat', 'crop loss', 'farmers'];
const more = [
  'Boro seedbeds damaged as cold spell lingers in north',
  'Potato prices fall, growers count losses in Munshiganj',
  'Hail destroys mango buds in Chapainawabganj',
  'Teesta master plan: Dhaka, Beijing to sign deal soon',
];
const foot = ['About us', 'Contact us', 'Privacy Policy', 'Advertisement', 'Sitemap', 'Newsletter', 'Apps', 'RSS'];
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${title} | The Daily Star</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description" content="Maize and groundnut on around 2,900 hectares affected.">
<meta property="og:site_name" content="The Daily Star"><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><link rel="canonical"
href="https://www.thedailystar.net/news/bangladesh/agriculture/news/teesta-char-farmers-3845121">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${title}",
"datePublished":"Thu, 03/13/2025 - 11:47",
"author":{"@type":"Person","name":"Our Correspondent, Lalmonirhat"},"publisher":{"@type":"Organization","name":"The Daily Star"}}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_D4kLm2pQ.css"><script src="/sites/default/files/js/js_aH2k8Qw.js"></script></head>
<body class="path-node page-node-type-news"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header class="header">
<div class="header-top"><span class="today">Thursday, March 13, 2025</span><a class="bangla" href="https://bangla.thedailystar.net">বাংলা</a>
<a class="epaper" href="https://epaper.thedailystar.net">E-paper</a></div><div class="logo"><a href="/"><img alt="The Daily Star" src="/logo.svg"></a></div>
<nav role="navigation" aria-label="Main"><ul class="menu">${links(nav, 'menu-item')}</ul></nav></header>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="ad-block text-center"><span class="ad-title">Advertisement</span></div>
<div class="detailed-page container"><div class="row"><div class="col-8 content-section">
<div class="breadcrumb"><ul>${crumbs.map((c) => `<li><a href="/${c.toLowerCase()}">${c}</a></li>`).join('')}</ul></div>
<article role="article" class="node node--type-news node--view-mode-full"><h1 class="fw-700 e-mb-16 article-title">${title}</h1>
<div class="byline-wrapper"><div class="byline"><span class="author">Our Correspondent, Lalmonirhat</span></div>
<div class="date text-14">Thu Mar 13, 2025 11:47 AM</div><div class="date text-14 lg-gap">Last update on: Thu Mar 13, 2025 01:02 PM</div></div>
<div class="social-share">${share.map((s) => `<a class="share" href="#" aria-label="${s}"><span class="visually-hidden">${s}</span></a>`).join('')}</div>
<div class="section-media"><span class="lg-img"><img alt="" src="/sites/default/files/styles/big_202/public/images/2025/03/13/teesta.jpg"></span>
<span class="caption text-14">${caption}</span></div>
<div class="pb-20 clearfix">
${ps(p1.slice(0, 5))}
<div class="ad-block ad-inline"><span class="ad-title">Advertisement</span><div id="div-gpt-ad-inline1"></div></div>
${ps(p1.slice(5))}
</div>
<div class="related-topics"><h3 class="text-16">Related topic</h3><ul>${links(topics)}</ul></div>
<div class="google-news"><a href="https://news.google.com/publications/thedailystar">Follow The Daily Star on Google News</a></div></article>
<section class="more-news"><h2 class="title">More News</h2><ul>${links(more)}</ul></section></div>
<aside class="col-4 sidebar"><div class="ad-block"><span class="ad-title">Advertisement</span></div><div class="block most-viewed"><h2>Most Viewed</h2>
<ol>${links(more.slice(0, 2))}</ol></div></aside></div></div></main>
<footer class="footer"><ul>${links(foot)}</ul><p>© 2025 thedailystar.net | Powered by: RSI LAB</p></footer></div>
<script src="/sites/default/files/js/js_x7Qp1rT.js"></script></body></html>`;
export const dailyStar: TestPage = {
  name: 'heldout198-daily-star-bd-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts(p1),
  bylines: ['Our Correspondent, Lalmonirhat', 'Thu Mar 13, 2025 11:47 AM', 'Last update on: Thu Mar 13, 2025 01:02 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Thursday, March 13, 2025', 'বাংলা', 'E-paper', ...nav, 'Advertisement', 'Agriculture', ...share, caption,
    'Related topic', ...topics, 'Follow The Daily Star on Google News', 'More News', ...more, 'Most Viewed', ...foot,
    '© 2025 thedailystar.net | Powered by: RSI LAB',
  ],
};
