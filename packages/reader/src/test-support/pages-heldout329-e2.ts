import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout329-kit.js';

/**
 * Held-out batch 329, file e2: a Council of the EU-style press release (for an invented Council of the Aurelian Union): header
 * with institution switcher and language menu, breadcrumb, "Press release" label with date and time, summary lead in bold,
 * "Main results" list of outcomes, a quote block with the minister's name, "Next steps", "Visit the meeting page" box,
 * "Download as pdf" link, press office contact card, related-topics tags, subscribe box, cookie banner and footer.
 */
const cTitle = 'Agriculture and Fisheries Council: ministers agree on drought reserve and fishing limits for the Varn Sea';
const cLead = j(
  'Today, agriculture and fisheries ministers reached agreement on a drought reserve for farmers, adopted conclusions on',
  'soil health and set catch limits for the main fish stocks of the Varn Sea for the rest of 2026.',
);
const cH1 = 'Main results';
const cRes = [
  'A drought reserve of €450 million a year, which member states can draw on when a dry season is officially declared.',
  'Conclusions on soil health calling for common monitoring methods by 2028.',
  'Catch limits for cod, herring and sprat in the Varn Sea, with cod kept at by-catch level only.',
  'An exchange of views on the situation of agricultural markets after the winter floods.',
];
const cP1 = [
  j(
    'The drought reserve will be financed from the existing agricultural budget and will allow member states to make',
    'advance payments to affected farmers within weeks rather than months. Ministers agreed that small farms should be',
    'served first.',
  ),
  j(
    'On fishing, the Council followed scientific advice for most stocks. Herring limits in the central basin rise by 8%,',
    'while sprat falls by 12%. The closure of directed cod fishing is maintained to allow the stock to recover.',
  ),
  j(
    'In their conclusions on soil health, ministers noted that a large share of farmland is affected by erosion, compaction',
    'or loss of organic matter, and invited the Commission to propose shared indicators so that progress can be compared',
    'across member states without adding to farmers’ paperwork.',
  ),
];
const cQuote = j(
  '“Our farmers and fishers need predictability. Today we gave farmers a safety net for dry years and gave fishers',
  'limits that protect the stocks their livelihoods depend on,” said Minister Radka Holmqvist, who chaired the meeting.',
);
const cH2 = 'Next steps';
const cP2 = [
  j(
    'The regulation on the drought reserve will now be negotiated with the Parliament. The fishing limits will be formally',
    'adopted by written procedure and will apply from 1 April 2026.',
  ),
];
const cInst = ['Aurelian Council', 'Council of the Aurelian Union'];
const cMenu = ['Meetings', 'Policies', 'Press', 'Documents', 'About us'];
const cCrumb = ['Home', 'Press', 'Press releases'];
const cTags = ['Agriculture', 'Fisheries', 'Climate'];
const cFoot = ['Contact', 'Cookies', 'Legal notice', 'Data protection', 'Accessibility', 'Jobs and traineeships'];
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${cTitle} - Consilium</title>
<meta name="description" content="Ministers reached agreement on a drought reserve for farmers and set catch limits for the Varn Sea.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Consilium"><meta name="twitter:site" content="@AUCouncil">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${cTitle}","datePublished":"2026-03-09T16:30"}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"pageType":"press-release","language":"en"});</script>
<link rel="stylesheet" href="/Assets/css/consilium.min.css"></head>
<body class="press-release"><div class="cookie-consent-banner"><p>This site uses cookies. Please let us know if you agree to analytics cookies.</p>
<button>I accept</button><button>I refuse</button></div>
<header class="header"><ul class="institution-switcher">${links(cInst)}</ul><div class="header__logo"><a href="/en/">Consilium</a></div>
<div class="language-menu"><button>English (en)</button></div><nav class="header__nav"><ul>${links(cMenu)}</ul></nav></header>
<main id="main" class="main"><nav class="breadcrumb" aria-label="Breadcrumb"><ol>${links(cCrumb, 'breadcrumb__item')}</ol></nav>
<div class="container press-release__container"><div class="col-md-8"><div class="press-release__header">
<span class="press-release__type">Press release</span><span class="press-release__date">9 March 2026</span>
<span class="press-release__time">16:30</span><h1 class="press-release__title">${cTitle}</h1></div>
<div class="press-release__body"><p class="lead"><strong>${cLead}</strong></p>
<h2>${cH1}</h2>
<ul>${lis(cRes)}</ul>
${ps(cP1)}
<blockquote class="quote"><p>${cQuote}</p><footer class="quote__author">Radka Holmqvist, Minister for Rural Affairs of Nordmark</footer></blockquote>
<h2>${cH2}</h2>
${ps(cP2)}
</div>
<div class="meeting-box"><p>Agriculture and Fisheries Council, 9 March 2026</p><a href="#">Visit the meeting page</a></div>
<a class="download-pdf" href="#">Download as pdf</a>
<div class="tags"><span>Related topics</span><ul>${links(cTags)}</ul></div></div>
<aside class="col-md-4"><div class="contact-card"><h3>Press office - General Secretariat of the Council</h3><p>Lina Baptiste</p>
<p>Press officer</p><p>+32 2 281 44 07</p></div>
<div class="subscribe-box"><h3>Get press releases by email</h3><a href="#">Subscribe</a></div></aside></div></main>
<footer class="footer"><ul>${links(cFoot)}</ul><p>© Council of the Aurelian Union</p></footer>
<script src="/Assets/js/consilium.min.js"></script></body></html>`;

export const councilPress: TestPage = {
  name: 'heldout329-consilium-council-press-release-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: [cH1, cH2],
  body: texts([cLead, ...cRes, ...cP1, cQuote, ...cP2]),
  bylines: ['9 March 2026', '16:30'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies. Please let us know if you agree to analytics cookies.', 'I accept', 'I refuse', 'Aurelian Council', 'Consilium',
    'English (en)', ...cMenu, 'Home', 'Press releases', 'Press release', 'Radka Holmqvist, Minister for Rural Affairs of Nordmark',
    'Agriculture and Fisheries Council, 9 March 2026', 'Visit the meeting page', 'Download as pdf', 'Related topics', ...cTags,
    'Press office - General Secretariat of the Council', 'Lina Baptiste', 'Press officer', '+32 2 281 44 07', 'Get press releases by email',
    'Subscribe', ...cFoot, '© Council of the Aurelian Union',
  ],
};
