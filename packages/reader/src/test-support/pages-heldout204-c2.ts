import { links, ps, type TestPage } from './page-kit.js';

/**
 * Held-out batch 204, file c2: a TRT World story (the header with "Live" and the section nav, the category label, the
 * summary, the "Source:" line and date, the share bar, the lead image caption, the in-text "RELATED" links between
 * paragraphs, the "Tags" list, "Recommended" cards, the "Follow TRT World" box, the cookie notice and the footer).
 */
const trtTitle = 'Türkiye and Georgia agree to build second rail link across the Black Sea coast';
const trtSum = 'The new line would cut freight journey times between the two countries by a third, officials say.';
const trtP = [
  'Türkiye and Georgia have agreed to build a second railway line connecting the two countries along the Black Sea coast, ' +
    'in a project that officials say could carry up to 8 million tonnes of freight a year.',
  'The agreement was signed in Trabzon on Tuesday by the transport ministers of both countries, following two years of technical studies.',
  'The planned line would run for about 140 kilometres from the Turkish port city of Hopa to Batumi in Georgia, crossing the ' +
    'border at Sarpi. Construction is expected to begin in 2027 and take around five years.',
  'Turkish Transport Minister Levent Kaya said the link would strengthen the so-called Middle Corridor, the trade route that ' +
    'connects China and Central Asia with Europe through the Caucasus and Türkiye.',
  '“Demand on this corridor has grown every year. This line will give traders a faster and more reliable route to European markets,” Kaya said.',
  'The existing rail connection between the two countries runs through the Baku-Tbilisi-Kars line further inland, which has ' +
    'struggled with capacity as freight volumes have risen.',
  'Georgian Minister of Economy Nino Kapanadze said the project would also help tourism, with passenger services planned between ' +
    'Trabzon and Batumi once the line opens.',
  'The cost of the project has been estimated at around 2.3 billion dollars. Both governments said they were in talks with ' +
    'international lenders, including development banks, on financing.',
  'Environmental groups in the region have called for a full assessment of the route, which passes close to protected wetlands ' +
    'near the mouth of the Chorokhi river.',
  'Officials said an environmental study would be completed before construction starts.',
  'Freight operators in both countries welcomed the agreement. A spokesperson for a logistics association in Trabzon said ' +
    'exporters had waited years for a faster route to Georgian ports and that the line could bring new warehouses and jobs to the region.',
];
const trtNav = ['Türkiye', 'World', 'Middle East', 'Africa', 'Asia', 'Europe', 'Americas', 'Business', 'Sport', 'Video', 'Opinion'];
const trtCaption = 'A freight train on the Baku-Tbilisi-Kars line near Kars, eastern Türkiye.';
const trtRelated = ['Middle Corridor trade volumes hit record high', 'Georgia opens new deep-sea port terminal in Poti'];
const trtTags = ['Türkiye', 'Georgia', 'Railway', 'Middle Corridor', 'Trade'];
const trtRec = [
  'Istanbul Airport named busiest in Europe for third month',
  'Central Asian leaders meet in Astana on energy cooperation',
  'Turkish exports rise 9 percent in August',
];
const trtCookie = 'We use cookies to improve your experience. By continuing to browse the site, you agree to our use of cookies.';
const trtFoot = ['About Us', 'Contact', 'Privacy Policy', 'Terms of Use', 'Cookie Policy', 'TRT World Research Centre', 'Careers'];
const trtHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Türkiye and Georgia agree to build second rail link across the Black Sea coast</title>
<meta name="description" content="${trtSum}"><meta property="og:site_name" content="TRT World"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.trtworld.com/turkiye/turkiye-and-georgia-agree-second-rail-link-18211042">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${trtTitle}","description":"${trtSum}",
"datePublished":"2026-09-15T11:20:00+03:00","author":{"@type":"Organization","name":"TRT World"}}</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-TRTW"></script></head>
<body><div id="__next"><header class="header"><a href="/" class="header-logo" aria-label="TRT World"></a>
<nav class="main-nav"><ul>${links(trtNav, 'main-nav-item')}</ul></nav><a class="live-button" href="/live">Live</a>
<button class="search-button" aria-label="Search">Search</button></header>
<main class="article-page"><article class="article-container">
<div class="article-category"><a href="/turkiye">Türkiye</a></div>
<h1 class="article-title">${trtTitle}</h1><h2 class="article-summary">${trtSum}</h2>
<div class="article-meta"><span class="article-source">Source: TRT World and Agencies</span>
<time class="article-date" datetime="2026-09-15T11:20:00+03:00">15 September 2026</time></div>
<div class="share-bar"><a href="#" class="share-x">Share on X</a><a href="#" class="share-fb">Share on Facebook</a>
<a href="#" class="share-wa">Share on WhatsApp</a><button class="share-copy">Copy link</button></div>
<figure class="article-image"><img src="https://cdn-i.trtworld.com/rail-kars.jpg" alt="">
<figcaption class="article-image-caption">${trtCaption}</figcaption></figure>
<div class="article-content contentBox">
${ps(trtP.slice(0, 4))}
<p class="related-link"><strong>RELATED - </strong><a href="/business/middle-corridor-record">${trtRelated[0]}</a></p>
${ps(trtP.slice(4, 7))}
<p class="related-link"><strong>RELATED - </strong><a href="/europe/georgia-poti-terminal">${trtRelated[1]}</a></p>
${ps(trtP.slice(7))}
</div>
<div class="article-tags"><span class="article-tags-title">Tags</span><ul>${links(trtTags, 'article-tag')}</ul></div></article>
<section class="recommended"><h2>Recommended</h2><ul>${trtRec.map((t, i) => `<li><a href="/r/${i}"><h3>${t}</h3></a></li>`).join('\n')}</ul></section>
<div class="follow-box"><h3>Follow TRT World</h3><p>Stay up to date with the latest news on our channels.</p></div></main>
<footer class="footer"><ul>${links(trtFoot, 'footer-item')}</ul><p>© 2026 TRT World. All rights reserved.</p></footer>
<div class="cookie-notice" role="dialog"><p>${trtCookie}</p><button>Accept</button></div></div>
<script src="/_next/static/chunks/main-trtw.js" defer></script></body></html>`;
export const trtStory: TestPage = {
  html: trtHtml,
  name: 'heldout204-trtworld-news',
  kind: 'news',
  // the summary is body; the in-text "RELATED -" links are furniture, as are the category, share bar, caption, tags,
  // Recommended cards, follow box, nav, footer and cookie notice; the source line and date are bylines
  title: trtTitle,
  headings: [],
  body: [trtSum, ...trtP],
  bylines: ['Source: TRT World and Agencies', '15 September 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...trtNav, 'Live', 'Search', 'Share on X', 'Share on Facebook', 'Share on WhatsApp', 'Copy link', trtCaption, 'RELATED -', ...trtRelated, 'Tags', 'Georgia',
    'Railway', 'Middle Corridor', 'Trade', 'Recommended', ...trtRec, 'Follow TRT World', 'Stay up to date with the latest news on our channels.', ...trtFoot,
    '© 2026 TRT World. All rights reserved.', trtCookie, 'Accept',
  ],
};
