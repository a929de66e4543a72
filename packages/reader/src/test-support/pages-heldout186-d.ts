import { links, type TestPage, texts } from './page-kit.js';
import { departmentNews } from './pages-heldout186-d2.js';

/**
 * Held-out batch 186, file d: a Google Research blog post (the research.google header with its nav and the hidden mobile
 * menu that repeats it, the breadcrumb, the post date, the h1, the author line with roles, the "Quick links" share box
 * with "Paper" and "Share" / "Copy link", figures with captions, the "Acknowledgements" section, the label chips, the
 * "Other posts of interest" cards, the footer and the Google cookie bar) and, from file d2, a university department news
 * story.
 */
const grTitle = 'Forecasting river ice break-up with satellite radar and a small graph network';
const grAuthors = 'Ingrid Solberg, Research Scientist, and Kwame Asante, Software Engineer, Google Research';
const grP0 = [
  'Every spring, the ice on northern rivers breaks up and moves downstream. When the broken ice jams at a bend or a bridge, ' +
    'water can back up behind it within hours, flooding towns that were dry the day before. Communities along these rivers rely ' +
    'on local observers and a few gauges to decide when to move people and equipment to higher ground.',
  'Today we describe IceLine, a research model that forecasts the timing of ice break-up along a river up to ten days ahead, ' +
    'using freely available satellite radar images and weather forecasts. In tests on 14 rivers across three countries, IceLine ' +
    'predicted the break-up date at gauged sites within two days in 78 percent of cases, compared with 52 percent for the ' +
    'temperature-based methods commonly used today.',
];
const grH1 = 'Seeing ice through clouds';
const grP1 = [
  'Optical satellite images are often useless in early spring, when cloud cover is thick and days are short. Synthetic aperture ' +
    'radar (SAR) sees through clouds and darkness, and the texture of the radar return changes as ice thins, cracks and begins to ' +
    'move. We trained a lightweight image encoder to classify each river segment as solid ice, weakened ice, moving ice or open water ' +
    'from SAR images taken every six to twelve days.',
  'The classifier alone tells us what the river looks like now. To forecast what it will do next, we need to account for how ' +
    'conditions upstream affect conditions downstream.',
];
const grH2 = 'A river as a graph';
const grP2 = [
  'We represent each river as a chain of segments roughly two kilometres long, connected in the direction of flow, with ' +
    'tributaries joining as branches. Each segment carries its most recent ice state, the days since it was observed, and ' +
    'forecast air temperature, rainfall and snowmelt for the next ten days. A small graph neural network passes information along ' +
    'the chain, so that break-up upstream can raise the probability of break-up further down.',
  'The model has about 400,000 parameters and runs for a whole river in under a second on a laptop. This matters: the agencies ' +
    'we spoke to wanted a tool they could run themselves, without specialised hardware.',
];
const grH3 = 'Results';
const grP3 = [
  'We evaluated IceLine on seasons from 2019 to 2025 that were held out from training. Across all gauged sites, the median error ' +
    'in the predicted break-up date was 1.4 days at a five-day lead time and 2.6 days at ten days. The model was also better at ' +
    'flagging segments where jams later formed, identifying 11 of the 15 major jams in the test seasons at least three days ahead.',
  'IceLine struggles on rivers regulated by dams, where releases of water change the ice in ways that weather forecasts do not ' +
    'capture, and on very narrow rivers that are hard to resolve in radar images.',
];
const grH4 = 'What comes next';
const grP4 = [
  'We are working with the Northern Waters Forecasting Office and two regional agencies to test IceLine alongside their existing ' +
    'methods during the 2026 season. We are also releasing the segment labels for all 14 rivers to support further research. ' +
    'You can read the details in <a href="https://arxiv.example/abs/2602.11881">our paper</a>.',
];
const grH5 = 'Acknowledgements';
const grP5 = [
  'This work was a collaboration with Anneli Korhonen and the team at the Northern Waters Forecasting Office. We thank Sam Whitfield, ' +
    'Laila Nasser and Pedro Alves for feedback on this post.',
];
const grNav = ['Who we are', 'Research areas', 'Our work', 'Programs & events', 'Careers', 'Blog'];
const grCaps = [
  'SAR images of the same river bend a week apart, with the model’s ice-state labels overlaid.',
  'Forecast probability of break-up along the river over ten days. Darker segments are more likely to break up first.',
];
const grLabels = ['Climate & Sustainability', 'Machine Intelligence'];
const grOther = [
  ['Flood forecasting reaches new river basins', 'Climate & Sustainability · Generative AI'],
  ['Mapping glacial lakes from space', 'Climate & Sustainability'],
  ['Graph networks for weather at the kilometre scale', 'Machine Intelligence'],
];
const grFoot = ['Follow us', 'About Google', 'Google Products', 'Privacy', 'Terms', 'Help'];
const grCookie = 'research.google uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic.';
const grLi = (t: string): string => `<li class="glue-header__item"><a class="glue-header__link" href="/${t.length}/">${t.replace(/&/g, '&amp;')}</a></li>`;
const grHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${grTitle}</title><meta name="description" content="${(grP0[1] ?? '').slice(0, 140)}"><meta property="og:title" content="${grTitle}">
<meta property="og:type" content="article"><meta property="og:site_name" content="Google Research"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://research.google/blog/forecasting-river-ice-break-up-with-satellite-radar-and-a-small-graph-network/">
<link rel="stylesheet" href="https://www.gstatic.example/glue/v27_1/glue.min.css"><link rel="stylesheet" href="/static/css/main.min.css">
<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-K8QBZ7Q"></script></head>
<body class="blog-post-page"><div class="glue-header-wrapper"><header class="glue-header glue-header--single" role="banner">
<a class="glue-header__skip-content" href="#page-content">Jump to Content</a><div class="glue-header__bar">
<div class="glue-header__tier"><div class="glue-header__container"><a class="glue-header__logo-link" href="/" title="Google Research">
<span class="glue-header__logo--text">Research</span></a></div><nav class="glue-header__link-bar" aria-label="Main"><ul class="glue-header__list">
${grNav.map(grLi).join('\n')}</ul></nav><div class="search-toggle"><button aria-label="Search">Search</button></div></div></div>
<div class="glue-header__drawer" aria-hidden="true"><nav class="glue-header__drawer-nav"><ul>${grNav.map(grLi).join('\n')}</ul></nav></div></header></div>
<main id="page-content"><div class="blog-detail"><section class="basic-hero"><div class="glue-page">
<nav class="glue-breadcrumbs" aria-label="Breadcrumbs"><ol class="glue-breadcrumbs__list"><li class="glue-breadcrumbs__item"><a href="/">Home</a></li>
<li class="glue-breadcrumbs__item"><a href="/blog/">Blog</a></li></ol></nav>
<p class="glue-label">March 4, 2026</p><h1 class="headline-1">${grTitle}</h1><p class="basic-hero__byline glue-body">${grAuthors}</p>
</div></section>
<section class="blog-post-content glue-page"><div class="glue-grid"><div class="glue-grid__col glue-grid__col--span-3 blog-post-sidebar">
<div class="quick-links"><h2 class="quick-links__title">Quick links</h2><ul><li><a href="https://arxiv.example/abs/2602.11881">Paper</a></li>
<li><a href="https://github.example/google-research/iceline">Dataset</a></li></ul>
<div class="share-button" data-share><button class="share-button__toggle">Share</button><ul class="share-button__list" hidden>
${links(['Copy link', 'Email', 'Facebook', 'X', 'LinkedIn'], 'share-button__item')}</ul></div></div></div>
<div class="glue-grid__col glue-grid__col--span-9 rich-text">
${grP0.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${grH1}</h2>
${grP1.map((p) => `<p>${p}</p>`).join('\n')}
<figure class="figure-image"><img src="/blog/iceline/sar-pair.png" alt="Two radar images of a river bend"><figcaption><em>${grCaps[0]}</em></figcaption>
</figure>
<h2>${grH2}</h2>
${grP2.map((p) => `<p>${p}</p>`).join('\n')}
<figure class="figure-video"><video autoplay loop muted playsinline src="/blog/iceline/forecast.mp4"></video><figcaption><em>${grCaps[1]}</em></figcaption>
</figure>
<h2>${grH3}</h2>
${grP3.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${grH4}</h2>
${grP4.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${grH5}</h2>
${grP5.map((p) => `<p><em>${p}</em></p>`).join('\n')}
</div></div></section>
<section class="blog-post-labels glue-page"><p class="glue-label">Labels:</p><ul class="chip-list">${links(grLabels, 'glue-chip')}</ul></section>
<section class="related-posts glue-page"><h2 class="headline-5">Other posts of interest</h2><ul class="glue-grid">${grOther
  .map(
    ([t, l]) => `<li class="glue-grid__col glue-card"><a href="/blog/${(t as string).length}/"><p class="glue-label">February 2026</p>
<h3 class="headline-5">${t}</h3><p class="glue-card__labels">${(l as string).replace(/&/g, '&amp;')}</p></a></li>`,
  )
  .join('\n')}</ul></section></div></main>
<footer class="glue-footer"><section class="glue-footer__upper"><h3 class="glue-footer__social-title">Follow us</h3>
<ul class="glue-social">${links(['YouTube', 'X (Twitter)', 'LinkedIn', 'GitHub'])}</ul></section>
<section class="glue-footer__lower"><ul class="glue-footer__site-links">${links(grFoot.slice(1))}</ul></section></footer>
<div class="glue-cookie-notification-bar" role="region" aria-label="Cookie notification"><p class="glue-cookie-notification-bar__text">${grCookie}</p>
<a class="glue-cookie-notification-bar__more" href="https://policies.google.com/technologies/cookies">Learn more.</a>
<button class="glue-cookie-notification-bar__accept">OK, got it</button></div>
<script src="/static/js/main.min.js"></script></body></html>`;
const googleResearch: TestPage = {
  html: grHtml,
  name: 'heldout186-google-research-blog-post',
  kind: 'blog',
  // the "Acknowledgements" section is part of the post (heading and body); the date and the author line are bylines;
  // quick links, share menu, captions, labels, related cards, footer and cookie bar are furniture
  title: grTitle,
  headings: [grH1, grH2, grH3, grH4, grH5],
  body: [...grP0, ...grP1, ...grP2, ...grP3, ...texts(grP4), ...grP5],
  bylines: ['March 4, 2026', grAuthors],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to Content', 'Research', ...grNav, 'Search', 'Home', 'Quick links', 'Paper', 'Dataset', 'Share', 'Copy link', 'Email', 'Facebook', 'X',
    'LinkedIn', ...grCaps, 'Labels:', ...grLabels, 'Other posts of interest', 'February 2026', ...grOther.flatMap(([t, l]) => [t as string, l as string]),
    ...grFoot, 'YouTube', 'X (Twitter)', 'GitHub', grCookie, 'Learn more.', 'OK, got it',
  ],
};

export const HELDOUT186_D: readonly TestPage[] = [googleResearch, departmentNews];
