import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, ld } from './pages-heldout290-kit.js';

/**
 * Held-out batch 290, file f: a Verywell Health article on the Dotdash Meredith "mntl" template (medically reviewed line,
 * table of contents, a reader poll widget, the "Was this page helpful?" feedback box, sources list, "Related Articles" and
 * the Dotdash footer); and an AMP web story made with the Web Stories for WordPress plugin (amp-story pages whose text
 * layers are the article, the cover's byline, page attachment "Read the full story" CTAs and the publisher logo).
 */
const vwTitle = 'Is It Safe to Exercise With a Cold? What Doctors Recommend';
const vwBody = [
  j(
    'A mild cold does not always mean you have to skip your workout. Many people can keep moving safely while they recover, as long as',
    'they adjust how hard they push and pay attention to where their symptoms are.',
  ),
  j(
    'Doctors often use a simple guide called the “neck check.” If your symptoms are above the neck, such as a runny nose, sneezing or a',
    'mild sore throat, light to moderate exercise is usually fine. If symptoms are below the neck, such as chest congestion, a hacking',
    'cough or an upset stomach, it is better to rest.',
  ),
  'You should skip exercise entirely if you have any of the following:',
  'A fever of 100.4 degrees Fahrenheit or higher',
  'Body aches or chills',
  'Shortness of breath or wheezing',
  'Dizziness or unusual fatigue',
  j(
    'If you do decide to work out, lower the intensity. A brisk walk, gentle cycling or a yoga session is a better choice than interval',
    'training or heavy lifting. Cut the length of your usual session by about half and stop if you feel worse.',
  ),
  j(
    'Pay attention to how you feel the next morning as well. A session that leaves you more congested or tired than the day before was',
    'too much, and a day or two of complete rest will usually help you recover faster than pushing through.',
  ),
  j(
    'Drink more fluids than usual, because a cold and exercise both increase fluid loss. If you exercise at a gym, wipe down equipment',
    'and consider working out at home to avoid passing the virus to others.',
  ),
  j(
    'Most colds clear up within seven to ten days. Ease back into your normal routine over a few days once symptoms have gone, and see',
    'a healthcare provider if your symptoms last longer than ten days, get worse after improving, or include a high fever.',
  ),
];
const vwHeads = ['The “Neck Check” Rule', 'When to Skip Exercise', 'How to Exercise Safely With a Cold', 'When to See a Healthcare Provider'];
const vwToc = ['The “Neck Check” Rule', 'When to Skip Exercise', 'How to Exercise Safely', 'When to See a Provider'];
const vwSources = [
  'Ostrander P, Melnyk J. Exercise during upper respiratory infection: a review. J Sports Med Prim Care. 2024;12(3):88-97.',
  'National Council on Sports Health. Training while ill: guidance for recreational athletes. Published 2025.',
];
const vwNav = ['Conditions A-Z', 'Health &amp; Wellness', 'Prevention &amp; Treatment', 'Tools', 'About Us'];
const vwHtml = `<!DOCTYPE html><html lang="en" class="comp no-js mntl-html"><head><meta charset="utf-8"><title>${vwTitle}</title>
<meta name="description" content="The neck check rule explained."><meta property="og:site_name" content="Verywell Health">
${ld('MedicalWebPage', vwTitle, 'Tamsin Holloway', '2026-01-20T08:00:00-05:00', 'Verywell Health')}
<script>Mntl = window.Mntl || {}; Mntl.DDM = {"docId":6184422,"templateType":"STRUCTUREDCONTENT"};</script></head>
<body class="mntl-body"><div id="onetrust-banner-sdk"><p>By clicking “Accept All Cookies”, you agree to the storing of cookies on your device.</p>
<button>Accept All Cookies</button><button>Cookies Settings</button></div>
<header class="header mntl-header"><a class="header__logo" href="/">Verywell Health</a><nav class="fullscreen-nav"><ul>${links(
  vwNav.map((t) => t.replace(/&amp;/g, '&')),
  'fullscreen-nav__list-item',
)}</ul></nav><button class="header__search">Search</button></header>
<main id="main" class="loc main"><article class="article mntl-article"><div class="mntl-breadcrumbs"><a href="/cold-flu">Cold &amp; Flu</a></div>
<h1 class="article-heading">${vwTitle}</h1><div class="mntl-attribution__content"><div class="mntl-attribution__item">By
<a class="mntl-attribution__item-name" href="/tamsin-holloway">Tamsin Holloway</a></div>
<div class="mntl-attribution__item"><span class="mntl-attribution__item-descriptor">Medically reviewed by</span>
<a class="mntl-attribution__item-name" href="/dr-anwen-ross">Anwen Ross, MD</a></div>
<div class="mntl-attribution__item-date">Updated on January 20, 2026</div></div>
<div class="mntl-sc-page-toc"><p class="toc-title">Table of Contents</p><ul>${links(vwToc, 'toc-item')}</ul></div>
<div id="article-content" class="article-content mntl-sc-page">${ps(vwBody.slice(0, 1), ' class="comp mntl-sc-block"')}
<h2 class="comp mntl-sc-block-heading">${vwHeads[0]}</h2>${ps(vwBody.slice(1, 2), ' class="comp mntl-sc-block"')}
<div class="comp opinion-stage-poll"><div class="os-poll"><p class="os-poll__title">Reader Poll</p><p class="os-poll__question">Do you usually work out when you
have a cold?</p><ul><li><button>Yes, I keep going</button></li><li><button>Only light exercise</button></li><li><button>No, I rest</button></li></ul>
<p class="os-poll__votes">2,114 votes</p><a class="os-poll__brand">Poll by Opinion Stage</a></div></div>
<h2 class="comp mntl-sc-block-heading">${vwHeads[1]}</h2>${ps(vwBody.slice(2, 3), ' class="comp mntl-sc-block"')}
<ul class="comp mntl-sc-block mntl-sc-block-html">${vwBody
  .slice(3, 7)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
<div class="comp mntl-sc-block-callout"><p class="callout-title">Related</p><p><a href="/flu-vs-cold">Flu vs. Cold: How to Tell the Difference</a></p></div>
<h2 class="comp mntl-sc-block-heading">${vwHeads[2]}</h2>${ps(vwBody.slice(7, 10), ' class="comp mntl-sc-block"')}
<h2 class="comp mntl-sc-block-heading">${vwHeads[3]}</h2>${ps(vwBody.slice(10), ' class="comp mntl-sc-block"')}</div>
<div class="mntl-article-feedback"><p class="feedback-title">Was this page helpful?</p><button>Yes</button><button>No</button>
<p class="feedback-thanks" hidden>Thanks for your feedback!</p></div>
<div class="mntl-sources"><p class="sources-title">2 Sources</p><p>Verywell Health uses only high-quality sources, including peer-reviewed studies, to
support the facts within our articles.</p><ol>${vwSources.map((t) => `<li>${t}</li>`).join('')}</ol></div>
<section class="mntl-related-articles"><h3>Related Articles</h3><ul>${links(['Flu vs. Cold: How to Tell the Difference', 'Best Foods to Eat When Sick'])}
</ul></section></article></main>
<footer class="footer mntl-footer"><p>Verywell Health's content is for informational and educational purposes only.</p><ul>${links([
  'About Us',
  'Editorial Process',
  'Privacy Policy',
  'Careers',
  'Contact',
])}</ul><p>Verywell Health is part of the People Inc. publishing family.</p></footer></body></html>`;
const vw: TestPage = {
  name: 'heldout290-verywell-health-poll-helpful-news',
  kind: 'news',
  html: vwHtml,
  title: vwTitle,
  headings: vwHeads,
  body: texts(vwBody),
  bylines: ['Tamsin Holloway', 'Medically reviewed by', 'Anwen Ross, MD', 'Updated on January 20, 2026'],
  // biome-ignore format: packed furniture
  furniture: [
    'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device.', 'Accept All Cookies', 'Cookies Settings',
    'Conditions A-Z', 'Health & Wellness', 'Prevention & Treatment', 'Tools', 'About Us', 'Search', 'Cold & Flu', 'Table of Contents',
    'How to Exercise Safely', 'When to See a Provider', 'Reader Poll', 'Do you usually work out when you have a cold?', 'Yes, I keep going',
    'Only light exercise', 'No, I rest', '2,114 votes', 'Poll by Opinion Stage', 'Related', 'Flu vs. Cold: How to Tell the Difference',
    'Was this page helpful?', 'Thanks for your feedback!', '2 Sources',
    'Verywell Health uses only high-quality sources, including peer-reviewed studies, to support the facts within our articles.', ...vwSources,
    'Related Articles', 'Best Foods to Eat When Sick', "Verywell Health's content is for informational and educational purposes only.",
    'Editorial Process', 'Privacy Policy', 'Careers', 'Contact', 'Verywell Health is part of the People Inc. publishing family.',
  ],
};

const wsTitle = 'Ten Hours on the Night Ferry to Skerrin';
const wsPages = [
  j(
    'The last boat to the outer islands leaves Port Anstey at 9:40 p.m. It carries freight, a few cars, and anyone willing to sleep in a',
    'reclining seat until the engines slow at dawn.',
  ),
  j(
    'Most passengers are islanders heading home: a nurse finishing a mainland shift, two teenagers back from a football tournament, a',
    'farmer with a trailer of fence posts chained to the car deck.',
  ),
  j(
    'The cafeteria closes at eleven. Before it does, the crew serve the only hot meal on board, a fish stew that regulars insist is',
    'better than anything in the harbour restaurants.',
  ),
  j(
    'After midnight the lounge goes quiet. People stretch out across three seats, wrap themselves in coats and set alarms for the first',
    'stop at Holm, where the ferry calls for twenty minutes at 4 a.m.',
  ),
  j(
    'At first light the coast of Skerrin appears, low and green, with the lighthouse still turning. The ramp comes down at 7:35 and the',
    'island’s only taxi is waiting, as it is every morning.',
  ),
  j('A return ticket costs 46 pounds for a foot passenger. Reclining seats are free; cabins, of which there are six, must be booked weeks', 'ahead in summer.'),
];
const wsHeads = ['Who takes the night boat', 'The long middle', 'Arrival', 'If you go'];
const wsPage = (id: string, inner: string, extra = ''): string => `<amp-story-page id="${id}"><amp-story-grid-layer template="fill">
<amp-img src="https://harbourlines.example/wp-content/uploads/2026/03/${id}.jpg" width="720" height="1280" layout="responsive" alt=""></amp-img>
</amp-story-grid-layer><amp-story-grid-layer template="vertical" class="grid-layer"><div class="page-fullbleed-area"><div class="page-safe-area">
${inner}</div></div></amp-story-grid-layer>${extra}</amp-story-page>`;
const wsHtml = `<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>${wsTitle} - Harbour Lines</title>
<link rel="canonical" href="https://harbourlines.example/web-stories/night-ferry-skerrin/"><meta name="viewport" content="width=device-width,minimum-scale=1">
<script async src="https://cdn.ampproject.example/v0.js"></script><script async custom-element="amp-story"
src="https://cdn.ampproject.example/v0/amp-story-1.0.js"></script><style amp-boilerplate>body{visibility:hidden}</style>
<meta name="web-stories-replace-head-start"><meta property="og:type" content="article"><meta property="og:site_name" content="Harbour Lines">
${ld('Article', wsTitle, 'Esme Tolland', '2026-03-14T18:00:00+00:00', 'Harbour Lines')}<meta name="generator" content="Web Stories 1.38.0"></head>
<body><amp-story standalone publisher="Harbour Lines" publisher-logo-src="https://harbourlines.example/logo.png" title="${wsTitle}"
poster-portrait-src="https://harbourlines.example/cover.jpg" class="i-amphtml-story-desktop">
${wsPage(
  'cover',
  `<h1 class="fill text-wrapper">${wsTitle}</h1><p class="text-wrapper byline-text">Story and photos by Esme Tolland</p>
<p class="text-wrapper">March 14, 2026</p><p class="text-wrapper publisher-name">Harbour Lines</p>`,
)}
${wsPage('departure', `<p class="text-wrapper">${wsPages[0]}</p>`)}
${wsPage('passengers', `<h2 class="text-wrapper">${wsHeads[0]}</h2><p class="text-wrapper">${wsPages[1]}</p>`)}
${wsPage('cafeteria', `<p class="text-wrapper">${wsPages[2]}</p><p class="text-wrapper credit">Photo: Esme Tolland</p>`)}
${wsPage('lounge', `<h2 class="text-wrapper">${wsHeads[1]}</h2><p class="text-wrapper">${wsPages[3]}</p>`)}
${wsPage('dawn', `<h2 class="text-wrapper">${wsHeads[2]}</h2><p class="text-wrapper">${wsPages[4]}</p>`)}
${wsPage(
  'tickets',
  `<h2 class="text-wrapper">${wsHeads[3]}</h2><p class="text-wrapper">${wsPages[5]}</p>`,
  `<amp-story-page-outlink layout="nodisplay" cta-image="none"><a href="https://harbourlines.example/night-ferry-guide/">Read the full story</a>
</amp-story-page-outlink>`,
)}
<amp-story-page id="share-end"><amp-story-grid-layer template="vertical"><p class="text-wrapper">More stories from Harbour Lines</p>
<p class="text-wrapper"><a href="https://harbourlines.example/web-stories/island-bakeries/">The island bakeries that open at 4 a.m.</a></p>
</amp-story-grid-layer></amp-story-page>
<amp-story-bookend layout="nodisplay"></amp-story-bookend>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{"vars":{"gtag_id":"G-HL2026"}}</script></amp-analytics>
</amp-story></body></html>`;
const ws: TestPage = {
  name: 'heldout290-amp-web-story-news',
  kind: 'news',
  html: wsHtml,
  title: wsTitle,
  headings: wsHeads,
  body: texts(wsPages),
  bylines: ['Story and photos by Esme Tolland', 'March 14, 2026'],
  furniture: ['Harbour Lines', 'Photo: Esme Tolland', 'Read the full story', 'More stories from Harbour Lines', 'The island bakeries that open at 4 a.m.'],
};

export const HELDOUT290_F: readonly TestPage[] = [vw, ws];
