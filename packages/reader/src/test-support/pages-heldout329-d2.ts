import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout329-kit.js';

/**
 * Held-out batch 329, file d2: a NATO-style news item on the alliance's older CMS template (title with "- News:" prefix,
 * `div.content` table-free layout with `h1.fs-huge`, date line with "Last updated", photo with caption and "Photo gallery"
 * link, "Related News" and "Related Topics" lists, "Share this" links, top navigation with the "NATO Summit" promo, cookie
 * notice and footer).
 */
const nTitle = 'Allied defence ministers agree new plan to protect undersea cables';
const nP = [
  j(
    'Defence ministers of the Alliance agreed on Thursday (5 March 2026) a new plan to strengthen the',
    'protection of undersea cables and pipelines in the North Sea and the Baltic approaches, following a series of',
    'incidents in which data cables were damaged by ships dragging their anchors.',
  ),
  j(
    'Under the plan, Allies will pool information from maritime patrol aircraft, naval vessels and commercial operators in a',
    'shared picture of activity around critical seabed infrastructure. A new coordination cell at the Alliance’s maritime',
    'command will be able to direct patrols to areas of concern within hours.',
  ),
  j(
    '“The cables on our seabed carry almost all of our internet traffic and a large share of our energy. An attack on them',
    'is an attack on our daily lives,” said Secretary General Elin Marstrand after the meeting. “Today we have agreed to',
    'watch them more closely, and to respond faster when something goes wrong.”',
  ),
  j(
    'Ministers also agreed to test new uncrewed surface vessels and underwater sensors during an exercise planned for the',
    'autumn, and to work with cable owners on faster repair arrangements. Several Allies announced that they would',
    'contribute ships to a standing patrol group from the summer.',
  ),
  j(
    'The meeting was the first of two ministerial meetings before the Alliance summit in Lisvik in July, where leaders are',
    'expected to endorse a broader package on the resilience of critical infrastructure.',
  ),
  j(
    'Ministers also discussed support for partner nations, progress on defence production and the Alliance’s budget for',
    'the coming year. The Secretary General will hold a press conference at 17:00 local time.',
  ),
  j(
    'Since the start of last year, at least nine cables and two gas pipelines in the region have been damaged. Investigations',
    'into several of the incidents are still under way, and Allies have agreed to share their findings through the new cell.',
  ),
];
const nMenu = ['Home', 'News', 'Photos', 'Videos', 'Audio', 'Topics', 'Structure', 'Documents', 'Allies and partners'];
const nRelated = [
  'Alliance maritime command hosts seabed security workshop',
  'Secretary General visits cable repair ship in Bergvik',
  'Pre-ministerial press conference by the Secretary General',
];
const nTopics = ['Critical infrastructure', 'Maritime security', 'Resilience'];
const nFoot = ['Contact', 'Terms of use', 'Privacy', 'Jobs', 'Follow us'];
const nHtml = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>ACA - News: ${nTitle}, 05-Mar.-2026</title>
<meta name="description" content="Defence ministers agreed on Thursday (5 March 2026) a new plan to strengthen the protection of undersea cables.">
<meta name="keywords" content="Critical infrastructure, Maritime security"><meta property="og:type" content="article">
<meta property="og:image" content="https://www.aca.example/nato_static_fl2014/assets/pictures/2026_03_260305a-defmin/20260305_260305a-001.jpg">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-03-05"}</script>
<script>var _paq = window._paq = window._paq || []; _paq.push(['trackPageView']);</script>
<link rel="stylesheet" href="/nato_static_fl2014/assets/css/style.css"></head>
<body><div id="cookie-notice"><p>This website uses cookies to analyse traffic. By continuing to use it, you accept our use of cookies.</p>
<button id="cookie-ok">OK</button><a href="/privacy">Read more about cookies</a></div>
<div class="skip"><a href="#content">Skip to main content</a></div>
<header id="header"><div class="logo"><a href="/cps/en/acahq/index.htm">Atlantic Compact Alliance</a></div>
<ul class="lang">${links(['English', 'Français'])}</ul>
<nav id="nav-main"><ul>${links(nMenu)}</ul></nav><div class="promo-summit"><a href="#">ACA Summit Lisvik 2026</a></div></header>
<div id="content" class="content"><div class="content-wrapper"><div class="col-left">
<h1 class="fs-huge">${nTitle}</h1>
<p class="date"><span class="dt">05 Mar. 2026</span> - <span class="updated">Last updated: 05 Mar. 2026 16:42</span></p>
<div class="image-main"><img src="/nato_static_fl2014/assets/pictures/2026_03_260305a-defmin/20260305_260305a-001.jpg" alt="">
<p class="caption">Meeting of Defence Ministers at Alliance Headquarters in Brusselton</p>
<a class="gallery-link" href="#">Photo gallery</a></div>
${ps(nP)}
</div>
<div class="col-right"><div class="box related"><h3>Related News</h3><ul>${links(nRelated)}</ul></div>
<div class="box"><h3>Related Topics</h3><ul>${links(nTopics)}</ul></div>
<div class="box share"><h3>Share this</h3><ul>${links(['Facebook', 'X (Twitter)', 'LinkedIn', 'Email'])}</ul></div></div></div></div>
<footer id="footer"><ul>${links(nFoot)}</ul><p>© ACA - Atlantic Compact Alliance</p></footer>
<script src="/nato_static_fl2014/assets/js/main.js"></script></body></html>`;

export const natoNews: TestPage = {
  name: 'heldout329-aca-nato-news-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts(nP),
  bylines: ['05 Mar. 2026', 'Last updated: 05 Mar. 2026 16:42'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website uses cookies to analyse traffic. By continuing to use it, you accept our use of cookies.', 'Read more about cookies',
    'Skip to main content', 'Atlantic Compact Alliance', 'English', 'Français', ...nMenu, 'ACA Summit Lisvik 2026',
    'Meeting of Defence Ministers at Alliance Headquarters in Brusselton', 'Photo gallery', 'Related News', ...nRelated, 'Related Topics',
    ...nTopics, 'Share this', 'Facebook', 'X (Twitter)', 'LinkedIn', 'Email', ...nFoot, '© ACA - Atlantic Compact Alliance',
  ],
};
