import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout400-kit.js';

/** Held-out batch 400, file a2: the second page of file a (see there). */
const cTitle = 'Spring business survey: confidence steadies but hiring plans cool';
const cBody = [
  j(
    'Confidence among firms in the Vale of Ostry has steadied after a difficult winter, according to the Chamber’s spring',
    'quarterly survey, but fewer businesses now expect to take on staff in the next three months.',
  ),
  j(
    'The survey was completed by 412 member businesses between 2 and 20 March. Just over half (52 per cent) expect turnover to',
    'rise over the coming year, up from 47 per cent in the winter survey. Only 23 per cent plan to increase headcount, the lowest',
    'figure since the survey began in 2017.',
  ),
  j(
    'Manufacturers reported the sharpest improvement, helped by stronger export orders to the Netherlands and Ireland. Retail and',
    'hospitality remained the most cautious sectors, with many owners citing energy contracts that are due for renewal this summer.',
  ),
];
const cTable = [
  ['Expect turnover to rise', '47%', '52%'],
  ['Plan to increase headcount', '29%', '23%'],
  ['Expect to raise prices', '58%', '49%'],
  ['Report difficulty recruiting', '61%', '55%'],
] as const;
const cBody2 = [
  j(
    'Recruitment remains a concern even as hiring plans soften. More than half of the firms that tried to recruit this quarter',
    'said they struggled, most often for skilled trades, HGV drivers and qualified accountants.',
  ),
  j(
    'Chief executive Moira Falconbridge said the figures showed resilience rather than recovery. “Our members have done the',
    'hard work of cutting costs and finding new customers. What they need now is certainty on business rates and help to train',
    'the people they cannot find.”',
  ),
  'The Chamber will present the full results to the county’s economic partnership board in April and is asking for:',
  'a two-year freeze on the local business rates supplement;',
  'funding for a shared apprenticeship scheme for small employers;',
  'faster decisions on planning applications for industrial units.',
  j(
    'Members who took part will receive the detailed sector breakdown by email. The summer survey opens on 1 June, and every',
    'member business is encouraged to respond, as the results are used in the Chamber’s submissions to government.',
  ),
];
const cNav = ['About', 'Membership', 'Events', 'International Trade', 'News', 'Contact'];
const cFoot = ['Privacy Policy', 'Terms of Use', 'Member Directory'];
const row = (r: readonly string[]): string => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const cHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href="">
<title>${cTitle} — Ostry Vale Chamber of Commerce</title><meta property="og:site_name" content="Ostry Vale Chamber of Commerce">
<meta property="og:title" content="${cTitle} — Ostry Vale Chamber of Commerce"><meta property="og:type" content="article">
<meta itemprop="author" content="Ostry Vale Chamber"><meta itemprop="datePublished" content="2026-03-27T10:15:00+0000">
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/versioned-site-css/65f1/site.css">
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"65f1a2","siteTitle":"Ostry Vale Chamber of Commerce"},"collection":{"typeName":"blog"},
"item":{"title":"Spring business survey","publishOn":1774606500000},"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.ostrychamber.example","name":"Ostry Vale Chamber of Commerce","@context":"http://schema.org",
"@type":"WebSite"}</script>
</head>
<body id="item-6603b1" class="primary-button-style-solid tweak-blog-item-width-medium tweak-blog-item-show-author-profile header-overlay-alignment-center">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-inner container--fluid"><div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title">
<div class="header-title-text"><a href="/" data-animation-role="header-element">Ostry Vale Chamber</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${cNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${n.toLowerCase()}" data-animation-role="header-element">${n}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/join">Become a Member</a></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6603b1">
<section data-test="page-section" class="page-section layout-engine-section"><div class="content-wrapper"><div class="content">
<div class="blog-item-wrapper"><article class="entry h-entry hentry author-ostry-vale-chamber post-type-text article-index-1 category-economy">
<div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-author">
<a href="/news?author=5d11" class="blog-meta-item blog-meta-item--author">Ostry Vale Chamber</a></span>
<time class="dt-published blog-meta-item blog-meta-item--date" datetime="2026-03-27">27 March 2026</time></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${cTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"
id="item-6603b1"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(cBody, ' class="" style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.example/content/survey-chart.png" alt="" loading="lazy">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Chart: share of respondents, winter and spring surveys.</p></div></figcaption>
</figure></div></div>
<div class="sqs-block code-block sqs-block-code" data-block-type="23"><div class="sqs-block-content"><table class="survey-table">
<thead><tr><th>Indicator</th><th>Winter</th><th>Spring</th></tr></thead><tbody>${cTable.map(row).join('\n')}</tbody></table></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h3 style="white-space:pre-wrap;">Skills shortages persist</h3>
${ps(cBody2.slice(0, 3), ' style="white-space:pre-wrap;"')}
<ul data-rte-list="default">${cBody2
  .slice(3, 6)
  .map((t) => `<li><p style="white-space:pre-wrap;">${t}</p></li>`)
  .join('\n')}</ul>
${ps(cBody2.slice(6), ' style="white-space:pre-wrap;"')}
</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<form class="newsletter-form"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Chamber Briefing</h2>
<div class="newsletter-form-header-description"><p>Survey results, events and policy news, every fortnight.</p></div></header>
<div class="newsletter-form-body"><input class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-editable-button" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div>
</div></div></div></div></div>
<div class="blog-item-comments"></div><section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic">
<a class="item-pagination-link item-pagination-link--prev" href="/news/export-clinic"><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">Export clinic returns to Dunmere library</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/news/new-board"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Three new directors join the Chamber board</h2></a></section>
</article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="content"><div class="sqs-html-content">
<p>Ostry Vale Chamber of Commerce, Unit 4, Mill Yard, Dunmere OV2 7TA</p><p>${cFoot.map((f) => `<a href="/${f.length}">${f}</a>`).join(' · ')}</p>
</div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience and to analyse traffic.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer src="https://static1.squarespace.example/static/vta/5c5a519771c/scripts/site-bundle.js"></script></body></html>`;
export const chamber: TestPage = {
  name: 'heldout400-squarespace-chamber-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: ['Skills shortages persist'],
  body: texts([...cBody, ...cTable.flat(), ...cBody2]),
  bylines: ['Ostry Vale Chamber', '27 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cNav, 'Become a Member', 'Chart: share of respondents, winter and spring surveys.', 'Chamber Briefing',
    'Survey results, events and policy news, every fortnight.', 'Sign Up', 'We respect your privacy.', 'Previous',
    'Export clinic returns to Dunmere library', 'Three new directors join the Chamber board',
    'Ostry Vale Chamber of Commerce, Unit 4, Mill Yard, Dunmere OV2 7TA', ...cFoot,
    'This website uses cookies to improve your experience and to analyse traffic.', 'Accept', 'Decline',
  ],
};
