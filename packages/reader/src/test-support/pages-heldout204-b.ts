import { links, ps, type TestPage } from './page-kit.js';
import { cbcStory } from './pages-heldout204-b2.js';

/**
 * Held-out batch 204, file b: an NHK World-Japan news story (the global header with "Live", language selector and the
 * hidden drawer menu, the news category nav, the "p-article" block with the date line, lead image caption, the audio
 * "Listen" button, share links, the "Related News" rail with dates, the "Most Viewed" ranking, the "NHK WORLD-JAPAN App"
 * promo and the footer with "Japan's Public Broadcaster") and, from file b2, a CBC News story.
 */
const nhkTitle = 'Japan’s fishing cooperatives test drone patrols to spot illegal sea cucumber harvesting';
const nhkP = [
  'Fishing cooperatives in northern Japan have begun testing drones to catch poachers who take sea cucumbers from protected ' +
    'coastal waters at night, a problem that officials say has grown as prices for the delicacy have soared overseas.',
  'The trials started this month along a 12-kilometer stretch of coast near the town of Shirakawa in Hokkaido. Drones fitted with ' +
    'thermal cameras fly pre-set routes between 10 p.m. and 4 a.m. and send images to a monitoring room at the cooperative’s office.',
  'Members of the cooperative say poachers usually arrive in small boats or wade in from the shore wearing diving gear, and leave ' +
    'before dawn. Patrols by boat have been costly and dangerous, and the number of volunteers has fallen as fishers grow older.',
  'The head of the cooperative, Moriyama Kenta, said the drones could cover the area in under an hour. He said that in the first ' +
    'two weeks they had spotted three groups, and that the coast guard had been alerted each time.',
  'Moriyama said, “Sea cucumbers take years to grow. If they are taken before they can breed, there will be nothing left for the next generation.”',
  'Dried sea cucumber from Hokkaido is highly valued in East Asian markets. Prices paid to fishers have more than doubled over the ' +
    'past decade, and officials say that has made poaching more attractive to organized groups.',
  'Japan’s Fisheries Agency says around 60 people were arrested for illegally harvesting sea cucumbers last year, the highest ' +
    'number since the agency began keeping records. A revised law that took effect in 2020 raised the maximum fine for illegal ' +
    'harvesting to 30 million yen, or about 200,000 dollars.',
  'The agency plans to share the results of the Shirakawa trial with other coastal regions. An official said drones could ' +
    'become part of a wider system that also uses cameras on the shore and tracking of boats.',
  'Experts say the technology will only work if it is backed by enforcement. Professor Ueda Sayaka of Hokkaido Ocean University ' +
    'said detection must lead to arrests quickly, or poachers will simply change the times and places they operate.',
  'The cooperative plans to continue the trial until the end of the harvesting season in December and then decide whether to buy ' + 'its own drones.',
];
const nhkCaption = 'A drone with a thermal camera is launched from the shore near Shirakawa, Hokkaido.';
const nhkNav = ['Top', 'Japan', 'Asia', 'World', 'Biz/Tech', 'Science & Culture', 'Disaster', 'Weather', 'Feature', 'Videos'];
const nhkHead = ['Live', 'Programs', 'News', 'Learn Japanese', 'Radio', 'Language', 'Menu'];
const nhkDrawer = ['Live & Programs', 'On Demand', 'Schedule', 'Easy Japanese', 'Disaster Information', 'Apps', 'About NHK WORLD-JAPAN'];
const nhkRelated = [
  ['Hokkaido scallop exports recover as new buyers emerge', 'Sep 2, 2026 14:05 JST'],
  ['Coast guard steps up night patrols in Sea of Okhotsk', 'Aug 21, 2026 19:30 JST'],
  ['Fishing communities look to robots as workforce ages', 'Jul 30, 2026 09:12 JST'],
];
const nhkViewed = [
  'Typhoon forecast to approach western Japan by weekend',
  'Tokyo stocks close higher on chipmaker gains',
  'Record number of visitors to Japan in August',
  'Government to expand support for childcare workers',
];
const nhkApp = ['NHK WORLD-JAPAN App', 'Get the latest news and programs wherever you are.', 'Download'];
const nhkFoot = ['About NHK WORLD-JAPAN', 'Terms of Use', 'Privacy Policy', 'Contact Us', 'FAQ', 'Sitemap'];
const nhkHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Japan’s fishing cooperatives test drone patrols to spot illegal sea cucumber harvesting | NHK WORLD-JAPAN News</title>
<meta name="description" content="Fishing cooperatives in northern Japan have begun testing drones to catch poachers.">
<meta property="og:site_name" content="NHK WORLD"><meta property="og:type" content="article"><meta property="og:title" content="${nhkTitle}">
<link rel="canonical" href="https://www3.nhk.or.jp/nhkworld/en/news/20260911_14/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${nhkTitle}","datePublished":"2026-09-11T12:44:00+09:00",
"publisher":{"@type":"Organization","name":"NHK WORLD-JAPAN"}}</script>
<link rel="stylesheet" href="/nhkworld/common/assets/news/css/news.css"><script src="/nhkworld/common/js/common.js"></script></head>
<body class="p-news"><div id="nw_header" class="c-globalHeader"><div class="c-globalHeader__inner"><a class="c-globalHeader__logo" href="/nhkworld/en/">
<img src="/nhkworld/common/assets/img/logo_nhkworld.svg" alt="NHK WORLD-JAPAN"></a><ul class="c-globalHeader__nav">
${nhkHead.map((t) => `<li class="c-globalHeader__navItem"><a href="#">${t}</a></li>`).join('\n')}</ul></div>
<div class="c-drawer" aria-hidden="true" style="display:none"><ul class="c-drawer__list">${links(nhkDrawer, 'c-drawer__item')}</ul></div></div>
<nav class="p-newsNav" aria-label="News categories"><ul class="p-newsNav__list">${links(nhkNav, 'p-newsNav__item')}</ul></nav>
<main class="l-main"><div class="l-container"><div class="l-content">
<article class="p-article" id="p-article"><div class="p-article__header"><h1 class="p-article__title c-title">${nhkTitle}</h1>
<p class="p-article__date"><time datetime="2026-09-11T12:44:00+09:00">Sep 11, 2026 12:44 JST</time></p>
<div class="p-article__tools"><button class="c-audioButton" data-audio="/nhkworld/en/news/audio/20260911_14.mp3">Listen</button>
<ul class="c-share"><li><a class="c-share__fb" href="https://www.facebook.com/share.php">Facebook</a></li>
<li><a class="c-share__x" href="https://x.com/share">X</a></li><li><a class="c-share__line" href="https://line.me/R/msg/text/">LINE</a></li></ul></div></div>
<div class="p-article__image"><figure><img src="/nhkworld/en/news/20260911_14/images/drone.jpg" alt="">
<figcaption class="p-article__caption">${nhkCaption}</figcaption></figure></div>
<div class="p-article__body">
${ps(nhkP.slice(0, 5))}
<div class="c-ad" aria-hidden="true"></div>
${ps(nhkP.slice(5))}
</div></article>
<section class="p-related"><h2 class="p-related__title c-heading">Related News</h2><ul class="p-related__list">
${nhkRelated.map(([t, d]) => `<li class="p-related__item"><a href="#"><p class="p-related__headline">${t}</p><time>${d}</time></a></li>`).join('\n')}
</ul></section></div>
<aside class="l-side"><section class="p-ranking"><h2 class="c-heading">Most Viewed</h2><ol class="p-ranking__list">
${nhkViewed.map((t, i) => `<li class="p-ranking__item"><span class="p-ranking__num">${i + 1}</span><a href="#">${t}</a></li>`).join('\n')}</ol></section>
<div class="p-appPromo"><h2>${nhkApp[0]}</h2><p>${nhkApp[1]}</p><a href="/nhkworld/en/app/">${nhkApp[2]}</a></div></aside></div></main>
<footer id="nw_footer" class="c-globalFooter"><ul class="c-globalFooter__links">${links(nhkFoot)}</ul>
<p class="c-globalFooter__tagline">Japan’s Public Broadcaster</p>
<p class="c-globalFooter__copyright">Copyright NHK (Japan Broadcasting Corporation). All rights reserved.</p>
</footer><script src="/nhkworld/common/js/newsarticle.js"></script></body></html>`;
const nhk: TestPage = {
  html: nhkHtml,
  name: 'heldout204-nhk-world-news',
  kind: 'news',
  // the date line is a byline; the caption, audio and share links, Related News with dates, ranking numbers and titles,
  // app promo, header, hidden drawer, category nav and footer are furniture
  title: nhkTitle,
  headings: [],
  body: nhkP,
  bylines: ['Sep 11, 2026 12:44 JST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nhkHead, ...nhkDrawer, ...nhkNav, 'Listen', 'Facebook', 'LINE', nhkCaption, 'Related News', ...nhkRelated.flat(), 'Most Viewed', ...nhkViewed,
    ...nhkApp, ...nhkFoot, 'Japan’s Public Broadcaster', 'Copyright NHK (Japan Broadcasting Corporation). All rights reserved.',
  ],
};

export const HELDOUT204_B: readonly TestPage[] = [nhk, cbcStory];
