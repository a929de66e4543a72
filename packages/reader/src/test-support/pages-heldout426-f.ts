import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout426-kit.js';

/**
 * Held-out batch 426, file f: a Canva design published as a website (page-builder markup: absolutely placed boxes with
 * hashed class names, a nav row built from text boxes, a photo credit, a donate button, the "Made with Canva" badge) and a
 * poster page on an F1000Research-style platform (journal header, cookie banner, poster title, authors with affiliations,
 * published date, metrics, poster PDF viewer, abstract and sections, keywords, "Cite this poster" box, related rail, footer).
 */
const cTitle = 'Goldhanger Community Garden: Our Year in Numbers';
const cH = ['What we grew', 'Who came', 'What it cost', 'Next year'];
const cIntro = [
  j(
    'This is our report to members and funders for the 2026 season, made to be shown at the annual meeting and then left here',
    'for anyone who could not come. Thank you to every volunteer who turned up in the rain.',
  ),
];
const c1 = [
  'Across our 38 beds and the new polytunnel we harvested 1.6 tonnes of fruit and vegetables, up from 1.1 tonnes last year.',
  j(
    'Potatoes and courgettes were the heavy hitters, as always. The surprise was the polytunnel: its tomatoes and peppers made up',
    'a fifth of the weight from a tenth of the space.',
  ),
];
const c2 = [
  '212 people volunteered at least once, and 47 came more than ten times',
  'Six school groups visited for planting days',
  'The Wednesday lunch club served 1,480 meals made partly from our own produce',
];
const c3 = [
  j(
    'Running costs came to 9,400 for the year. Seed, compost and tools were the largest item at 3,100, followed by water at',
    '1,700 and insurance at 1,250. Grants from the parish and the Blackwater Trust covered 70 per cent; plot fees and the',
    'autumn plant sale covered the rest.',
  ),
];
const c4 = [
  j(
    'We want to add a rainwater harvesting system to the shed roof, which could meet half our summer water use, and to open a',
    'second accessible bed so that members who use wheelchairs have a choice of spot.',
  ),
];
const cNav = ['Home', 'Our Year', 'Volunteer', 'Donate'];
const box = (inner: string, top: number): string =>
  `<div class="_5Yd0gA" style="transform: translate(96px, ${top}px) rotate(0deg); width: 1088px;"><div class="fbzKiw">${inner}</div></div>`;
const cP = (t: string): string => `<p class="Gqsy0w" dir="auto"><span class="OYPEnA" style="color:#2f3b2a;">${t}</span></p>`;
const cHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${cTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${cTitle}">
<meta name="generator" content="Canva"><link rel="stylesheet" href="_assets/static/a8c3f1e2.css">
<script nonce="9Ab">window.bootstrap = JSON.parse('{"base":{"A?":"B","L":false},"page":{"A":"DAGq81xYz0","B":"WEBSITE"}}');</script></head>
<body><div id="root"><div class="_2Pm6aA"><div class="Z5EvKA" role="navigation"><div class="_9mQ1bg">
${cNav.map((t) => `<a class="z1wJ7w" href="#${t.toLowerCase().replace(/ /g, '-')}"><span class="OYPEnA">${t}</span></a>`).join('')}</div></div>
<main class="_0XyyGQ"><section class="H0bN3w" id="home" style="min-height: 720px;">
${box(`<h1 class="Gqsy0w" dir="auto"><span class="OYPEnA" style="font-weight:700;">${cTitle}</span></h1>`, 120)}
${box(cIntro.map(cP).join(''), 260)}
<div class="_5Yd0gA" style="transform: translate(96px, 420px);"><img class="_1aNdUQ" src="_assets/media/beds.jpg" alt="Raised beds in summer">
<p class="Gqsy0w"><span class="OYPEnA" style="font-size:12px;">Photo: Hettie Borrowdale</span></p></div></section>
<section class="H0bN3w" id="our-year">
${box(`<h2 class="Gqsy0w"><span class="OYPEnA">${cH[0]}</span></h2>${c1.map(cP).join('')}`, 80)}
${box(`<h2 class="Gqsy0w"><span class="OYPEnA">${cH[1]}</span></h2><ul class="_8qP1xA">${lis(c2, 'Gqsy0w')}</ul>`, 420)}
${box(`<h2 class="Gqsy0w"><span class="OYPEnA">${cH[2]}</span></h2>${c3.map(cP).join('')}`, 760)}
${box(`<h2 class="Gqsy0w"><span class="OYPEnA">${cH[3]}</span></h2>${c4.map(cP).join('')}`, 1040)}</section>
<section class="H0bN3w" id="volunteer">${box(cP('Sessions every Wednesday and Saturday, 10am to 1pm. No experience needed; gloves provided.'), 60)}
${box('<a class="_4bCqWg" href="https://donate.example/goldhanger" role="button"><span class="OYPEnA">Donate to the garden</span></a>', 160)}</section>
</main><footer class="_3zVf1Q">${box(cP('© 2026 Goldhanger Community Garden · Registered charity 1187420'), 0)}</footer>
<a class="tYDR3w" href="https://www.canva.example/?utm_source=website_footer" target="_blank" rel="noopener">Made with Canva</a></div></div>
<script nonce="9Ab" src="_assets/static/runtime.6d1f.js"></script></body></html>`;
const canva: TestPage = {
  name: 'heldout426-canva-site-design-page',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: cH,
  body: texts([...cIntro, ...c1, ...c2, ...c3, ...c4]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cNav, 'Photo: Hettie Borrowdale', 'Sessions every Wednesday and Saturday, 10am to 1pm. No experience needed; gloves provided.',
    'Donate to the garden', '© 2026 Goldhanger Community Garden · Registered charity 1187420', 'Made with Canva',
  ],
};

const fTitle = 'Hedgerow gaps and bat commuting routes: acoustic monitoring on three lowland farms';
const fH = ['Abstract', 'Background', 'Methods', 'Results', 'Conclusions'];
const fAbs = [
  j(
    'Bats that commute along hedgerows may turn back at gaps. We recorded bat passes either side of 27 hedgerow gaps on three',
    'farms over one summer and found that pipistrelle activity fell sharply beyond gaps wider than 10 metres.',
  ),
];
const fBg = [
  j(
    'Hedgerow removal has slowed, but field gateways have widened as farm machinery has grown. Earlier work suggests that some',
    'species avoid crossing open ground at night, which would make a single wide gateway a barrier for the whole hedge line.',
  ),
];
const fMeth = [
  j(
    'We placed paired passive acoustic detectors five metres either side of each gap, from June to August, on three arable farms',
    'near Wendle Cross. Gap widths ranged from 3 to 24 metres. Calls were classified automatically and checked by hand for a',
    'tenth of nights.',
  ),
  j(
    'For each gap we compared the number of passes on the far side with the number on the near side on the same night, so that',
    'weather and insect abundance affected both detectors alike. We fitted a mixed model with farm and night as random effects.',
  ),
];
const fRes = [
  'Common pipistrelle passes beyond gaps under 10 m were 88 per cent of those before the gap (median across gaps).',
  'Beyond gaps of 10 to 15 m this fell to 41 per cent, and beyond gaps over 15 m to 17 per cent.',
  'Noctule passes did not differ across gap widths, consistent with their open-air foraging.',
];
const fCon = [
  j('Gap width mattered more than gap surface: gateways of bare earth, gravel and grass showed the same pattern once width was', 'taken into account.'),
  j(
    'Keeping field gateways under 10 metres, or planting a standard tree either side of wider ones, may keep hedge lines usable',
    'for commuting pipistrelles. We are now testing temporary hurdle screens at four gaps.',
  ),
];
const fKeys = 'bats, hedgerows, connectivity, acoustic monitoring, farmland';
const fNav = ['Browse', 'Gateways & Collections', 'How to Publish', 'About', 'Blog', 'My Research'];
const fRel = ['Lighting near roosts: a five-year field study', 'Hedgerow planting schemes and farmland birds', 'Acoustic classifiers for UK bats compared'];
const fFoot = ['Contact', 'Privacy notice', 'Terms & Conditions', 'Accessibility', 'Cookies'];
const fHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${fTitle} | F1000Research</title>
<meta name="citation_title" content="${fTitle}"><meta name="citation_author" content="Adeyemi-Holt, Tobiah"><meta name="citation_date" content="2026/08/14">
<meta name="dc.type" content="poster"><script type="application/ld+json">{"@context":"https://schema.org","@type":"ScholarlyArticle","headline":"${fTitle}",
"datePublished":"2026-08-14","genre":"Poster"}</script><script>dataLayer=[{"pageType":"poster","articleId":"15-2281"}];</script></head>
<body class="f1r-article-page"><div id="cookie-consent" class="cookie-banner"><p>This website uses cookies to improve your experience and for analytics.</p>
<button class="cookie-accept">Accept all cookies</button><a href="/cookies">Cookie settings</a></div>
<header class="f1r-header"><a class="f1r-logo" href="/">F1000Research</a><nav class="f1r-nav"><ul>${links(fNav, 'f1r-nav-item')}</ul></nav>
<a class="f1r-submit button" href="/submit">Submit your research</a><a class="f1r-signin" href="/login">Sign In</a></header>
<div class="f1r-page"><main class="article-main"><div class="article-type-label">Poster</div>
<h1 class="js-article-title article-title">${fTitle}</h1>
<div class="authors"><span class="js-article-author">Tobiah Adeyemi-Holt</span>, <span class="js-article-author">Selin Marchetti</span>,
<span class="js-article-author">Ruairi Vance</span></div>
<ol class="affiliations"><li>Department of Ecology, University of Wendle, Wendle, UK</li><li>Marsh Lane Bat Group, Corby Fen, UK</li></ol>
<div class="article-meta"><span class="published-date">Published 14 Aug 2026</span>
<span class="presented-at">Presented at the Lowland Ecology Meeting 2026</span></div>
<div class="article-metrics"><span class="metric-views">318</span> <span class="metric-label">Views</span>
<span class="metric-downloads">74</span> <span class="metric-label">Downloads</span></div>
<div class="poster-viewer"><object data="/posters/15-2281/pdf" type="application/pdf" width="100%" height="600"></object>
<a class="button download-pdf" href="/posters/15-2281/pdf">Download PDF</a></div>
<section class="abstract-section"><h2 class="section-title">${fH[0]}</h2>${ps(fAbs, ' class="abstract-text"')}</section>
<section class="poster-body"><h2>${fH[1]}</h2>${ps(fBg)}<h2>${fH[2]}</h2>${ps(fMeth)}
<h2>${fH[3]}</h2><ul>${lis(fRes)}</ul><h2>${fH[4]}</h2>${ps(fCon)}</section>
<div class="keywords"><span class="keywords-label">Keywords</span><p>${fKeys}</p></div>
<div class="copyright-info"><p>Copyright: © 2026 Adeyemi-Holt T et al. This is an open access poster distributed under the terms of the Creative Commons
Attribution Licence.</p></div></main>
<aside class="article-sidebar"><div class="cite-box"><h3>Cite this poster</h3><p class="citation-text">Adeyemi-Holt T, Marchetti S and Vance R. Hedgerow
gaps and bat commuting routes [version 1; not peer reviewed]. F1000Research 2026, 15:2281 (poster)</p><button class="copy-citation">Copy Citation</button></div>
<div class="share-box"><h3>Share</h3><ul>${links(['Email', 'LinkedIn', 'Bluesky'])}</ul></div>
<div class="related-box"><h3>Related articles</h3><ul>${links(fRel)}</ul></div></aside></div>
<footer class="f1r-footer"><ul>${links(fFoot)}</ul><p>F1000Research is published by F1000 Research Ltd, part of an invented publishing group.</p></footer>
<script src="/js/article.bundle.js"></script></body></html>`;
const poster: TestPage = {
  name: 'heldout426-f1000-poster-page',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fH,
  body: texts([...fAbs, ...fBg, ...fMeth, ...fRes, ...fCon]),
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'Tobiah Adeyemi-Holt', 'Selin Marchetti', 'Ruairi Vance', 'Department of Ecology, University of Wendle, Wendle, UK', 'Marsh Lane Bat Group, Corby Fen, UK',
    'Published 14 Aug 2026',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website uses cookies to improve your experience and for analytics.', 'Accept all cookies', 'Cookie settings', 'F1000Research', ...fNav,
    'Submit your research', 'Sign In', 'Poster', 'Presented at the Lowland Ecology Meeting 2026', '318', 'Views', 'Downloads', 'Download PDF',
    'Keywords', fKeys,
    'Copyright: © 2026 Adeyemi-Holt T et al. This is an open access poster distributed under the terms of the Creative Commons Attribution Licence.',
    'Cite this poster', 'Adeyemi-Holt T, Marchetti S and Vance R. Hedgerow gaps and bat commuting routes [version 1; not peer reviewed].',
    'Copy Citation', 'Share', 'Email', 'LinkedIn', 'Bluesky', 'Related articles', ...fRel, ...fFoot,
    'F1000Research is published by F1000 Research Ltd, part of an invented publishing group.',
  ],
};

export const HELDOUT426_F: readonly TestPage[] = [canva, poster];
