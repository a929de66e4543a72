import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 198, page 10: a Jamaica Gleaner Drupal story ("Gleaner Writer" byline, "Published:" line, bureau dateline, e-mail line). */
const title = 'St James farmers turn to drip irrigation as drought bites';
const p1 = [
  'WESTERN BUREAU: With rainfall in St James at less than half the usual level since December, a group of small farmers in the ' +
    'hills above Montego Bay have turned to drip irrigation and rainwater tanks to keep their crops alive.',
  'Twenty-six farmers in Cambridge and Catadupa have installed low-cost drip lines under a pilot project run by the Rural ' +
    'Agricultural Development Authority (RADA) and a local farmers’ cooperative, which provided the pipes, timers and 1,000-gallon ' +
    'storage tanks at a subsidised price.',
  'Sweet pepper farmer Damion Whyte said the system had cut the amount of water he needed by more than half compared with using a ' + 'hose.',
  '“Last year this time, mi did have to buy water from a truck every week, and even so, half the field dry up,” Whyte said as he ' +
    'walked between rows of green plants on his two-acre plot. “Now the water go straight to the root. I can leave it on the timer ' +
    'and go do other work.”',
  'The Meteorological Service of Jamaica has said that most parishes received below-normal rainfall between December and February, ' +
    'with western parishes among the worst affected. The National Water Commission has introduced scheduled supply in parts of St ' +
    'James and Hanover.',
  'RADA parish manager Sharon Campbell-Brown said the pilot had been designed with small farmers in mind, many of whom work on ' +
    'sloping land without access to piped water.',
  '“These are farmers who depend on the rain. When the rain doesn’t come, they lose everything. The drip kits are simple enough for ' +
    'one person to install and maintain, and they work with gravity from a tank on higher ground,” she said.',
  'Campbell-Brown said each kit cost about $95,000, of which farmers paid $30,000, with the rest covered by a grant from an ' +
    'international development fund.',
  'Yam farmer Marcia Daley, 58, said she had doubted the system at first but was now harvesting enough to supply two supermarkets ' +
    'in Montego Bay. She said more farmers in the area wanted to join, but the grant was limited.',
  'RADA said it hoped to extend the project to another 100 farmers in St James, Trelawny and Westmoreland later this year, subject ' + 'to funding.',
];
const email = 'damion.mclean@gleanerjm.com';
const nav = ['News', 'Lead Stories', 'Business', 'Sports', 'Entertainment', 'Commentary', 'Letters', 'Lifestyle', 'Health', 'Rural Xpress', 'Classifieds'];
const caption = 'Damion Whyte checks the drip lines on his sweet pepper plot in Cambridge, St James. - Contributed';
const share = ['Facebook', 'Twitter', 'WhatsApp', 'Email', 'Print'];
const related = ['Water lock-offs for sections of St James, Hanover', 'Drought: Farmers in St Elizabeth count losses', 'Met Service warns of dry March'];
const popular = [
  'Man killed, another injured in Mount Salem shooting',
  'Cop charged with murder in Clarendon',
  'Gov’t to raise minimum wage from June',
  'Westmoreland cane farmers protest late payments',
];
const news = ['Subscribe to The Gleaner’s Newsletter', 'Get the top stories of the day delivered to your inbox.', 'Email Address', 'Subscribe'];
const comments = [
  'Comments',
  'We welcome your comments. Comments are moderated and will appear once approved. Please keep your comments relevant to the story.',
];
const foot = ['About Us', 'Contact Us', 'Advertise', 'Terms of Use', 'Privacy Policy', 'E-Paper', 'Archives', 'Careers'];
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${title} | News | Jamaica Gleaner</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description" content="Small farmers in St James turn to drip irrigation.">
<meta property="og:site_name" content="Jamaica Gleaner"><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)"><link rel="canonical"
href="https://jamaica-gleaner.com/article/news/20250313/st-james-farmers-turn-drip-irrigation">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-03-13T00:07:00-05:00",
"author":{"@type":"Person","name":"Damion McLean"},"publisher":{"@type":"Organization","name":"Jamaica Gleaner"}}</script>
<link rel="stylesheet" href="/themes/custom/gleaner/css/style.css?sq4k2p"><script
src="https://securepubads.g.doubleclick.net/tag/js/gpt.js" async></script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable">Skip to main content</a>
<div class="ad-leaderboard"><span class="ad-label">ADVERTISEMENT</span><div id="div-gpt-ad-leader"></div></div>
<header class="site-header"><div class="top-bar"><span class="date">Thursday | March 13, 2025</span><a href="/epaper">E-Paper</a><a
href="/user/login">Log In</a></div>
<a class="logo" href="/"><img alt="Jamaica Gleaner" src="/themes/custom/gleaner/logo.svg"></a><nav class="main-menu"
role="navigation"><ul>${links(nav)}</ul></nav></header>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-container"><div class="region-content">
<article role="article" class="node node--type-article node--view-mode-full"><div class="article-category"><a href="/news">News</a></div>
<h1 class="article-title">${title}</h1>
<div class="article-meta"><div class="article-date">Published: <span>Thursday | March 13, 2025 | 12:07 AM</span></div>
<div class="article-author">Damion McLean/Gleaner Writer</div></div>
<div class="article-share">${share
  .map(
    (s) => `<a class="share-${s.toLowerCase()}" href="#"><i class="fa"></i><span
class="sr-only">${s}</span></a>`,
  )
  .join('')}</div>
<div class="article-image"><img alt="" src="/sites/default/files/styles/jg_article_image/public/media/article_images/2025/03/13/drip.jpg">
<div class="image-caption">${caption}</div></div>
<div class="article-content field--name-body">
${ps(p1.slice(0, 4))}
<div class="ad-inline"><span class="ad-label">ADVERTISEMENT</span><div id="div-gpt-ad-inline"></div></div>
${ps(p1.slice(4))}
<p>${email}</p></div>
<div class="related-articles"><h3>Related Stories</h3><ul>${links(related)}</ul></div>
<section class="comments-section"><h3>${comments[0]}</h3><p>${comments[1]}</p><div id="disqus_thread"></div></section></article></div>
<aside class="region-sidebar"><div class="block-newsletter"><h3>${news[0]}</h3><p>${news[1]}</p><label for="nl">${news[2]}</label><input id="nl" type="email">
<button>${news[3]}</button></div><div class="block-popular"><h3>Most Popular</h3><ol>${links(popular)}</ol></div>
<div class="ad-box"><span class="ad-label">ADVERTISEMENT</span></div></aside></div></main>
<footer class="site-footer"><ul>${links(foot)}</ul><p>© 2025 Gleaner Company (Media) Limited. All rights reserved.</p></footer>
<script src="/themes/custom/gleaner/js/main.js?sq4k2p"></script></body></html>`;
export const gleaner: TestPage = {
  name: 'heldout198-jamaica-gleaner-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts(p1),
  // the reporter's e-mail line that closes the story is a byline
  bylines: ['Published: Thursday | March 13, 2025 | 12:07 AM', 'Damion McLean/Gleaner Writer', email],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'ADVERTISEMENT', 'Thursday | March 13, 2025', 'Log In', ...nav, ...share, caption, 'Related Stories', ...related,
    ...comments, ...news, 'Most Popular', ...popular, ...foot, '© 2025 Gleaner Company (Media) Limited. All rights reserved.',
  ],
};
