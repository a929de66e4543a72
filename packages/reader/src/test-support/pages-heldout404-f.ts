import { type TestPage, texts } from './page-kit.js';
import { gatePage } from './pages-heldout404-f2.js';
import { lis, paras } from './pages-heldout404-kit.js';

/**
 * Held-out batch 404, file f: a Semantic Scholar-style paper page rendered by a React app (`data-test-id` attributes, a
 * root div and a JSON state script): the cookie banner, search header, the h1, authors, venue and date, field badges, the
 * TLDR box and a truncated abstract with its "Expand" button, the action bar, citation metrics, figures, the citing and
 * referenced paper lists, related papers and the footer; and, from file f2, a ResearchGate-style publication page.
 */
const title = 'Wearable cough monitoring as an early signal of exacerbation in chronic obstructive pulmonary disease';
const tldr = paras(`
A wrist-worn acoustic sensor detected a rise in night-time cough a median of four days before patients with COPD reported an exacerbation, suggesting a
simple signal for early treatment.
`);
const abs = paras(`
Exacerbations of chronic obstructive pulmonary disease (COPD) are often treated late because patients delay reporting worsening symptoms. We tested
whether continuous cough counts from a wrist-worn acoustic sensor could signal exacerbations early. In a prospective cohort of 184 patients in the
Lowmere region followed for six months, cough was counted automatically each night and exacerbations were identified from symptom diaries and
prescription records. Of 97 exacerbations, 71 were preceded by a rise in night-time cough above a personal threshold, a median of four days before
the patient reported symptoms. At a threshold giving one false alert per patient every two months, sensitivity was 73% and the positive predictive
value 41%. Adherence to wearing the sensor fell from 94% of nights in the first month to 78% in the sixth. Night-time cough monitoring is feasible
and could trigger earlier review, but false alerts would need to be managed within existing services. A randomised trial of alert-guided early
treatment is under way.
`);
const authors = ['Beatriz Lorenzo', 'Karim Haidari', 'Siobhan Malley', 'Ulrich Pfeffer', '+2 authors'];
const fields = ['Medicine', 'Engineering'];
const actions = ['Save to Library', 'Create Alert', 'Cite', 'Share', 'Semantic Reader', 'View via Publisher'];
const metrics = ['14 Citations', '2 Highly Influential Citations', '46 References'];
const figs = ['Figure 1: Nightly cough counts before and after an exacerbation', 'Table 2: Sensitivity and false alerts at three thresholds'];
const citing = ['Remote monitoring in COPD: a systematic review of digital biomarkers', 'Acoustic sensing of respiratory symptoms in care homes'];
const refsList = ['Cough frequency and health status in COPD', 'Patient delay in reporting exacerbations: a diary study'];
const relatedP = [
  'Smartphone cough detection for asthma control',
  'Night-time heart rate as a predictor of COPD exacerbation',
  'Home spirometry adherence over one year',
];
const foot = [
  'About Us',
  'Meet the Team',
  'Publishers',
  'Blog',
  'Careers',
  'Product Overview',
  'API Overview',
  'FAQ',
  'Contact',
  'Terms of Service',
  'Privacy Policy',
];
const card = (
  t: string,
  i: number,
): string => `<div class="cl-paper-row citation-list__paper-row" data-test-id="citation-paper-${i}"><a class="link-button--show-visited"
href="/paper/${i}"><h3 class="cl-paper-title">${t}</h3></a></div>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>[PDF] ${title} | Scholarly Lens</title><meta name="description" content="A wrist-worn acoustic sensor...">
<meta name="citation_title" content="${title}"><meta name="citation_publication_date" content="2026/02/18"><meta property="og:site_name"
content="Scholarly Lens">
<link rel="stylesheet" href="https://cdn.scholarlylens.example/s2/main.8f12.css">
<script type="application/ld+json">{"@context":"http://schema.org","@graph":[{"@type":"ScholarlyArticle",
"name":"${title}","datePublished":"2026-02-18"}]}</script>
<script>window.DATA = {"paperId":"7a3f0c91e2","isLoggedIn":false,"experiments":{"tldrAbove":true}};</script></head>
<body><div id="app"><div class="s2-page" data-reactroot="">
<div class="cookie-banner" role="dialog" data-test-id="cookie-banner"><p class="cookie-banner__message">Scholarly Lens uses cookies to provide the
best experience.
See our privacy policy.</p><button class="button button--primary" data-test-id="cookie-banner-accept">Accept &amp; Continue</button></div>
<header class="header-top" data-test-id="header"><a class="header-top__logo" href="/" aria-label="Scholarly Lens homepage">Scholarly Lens</a>
<form class="search-bar" role="search"><input type="search" aria-label="Search" placeholder="Search over 214 million papers"><button
class="search-bar__submit">Search</button></form>
<div class="header-top__links"><a href="/sign-in" class="button" data-test-id="sign-in">Sign In</a><a href="/sign-up" class="button
button--primary">Create Free Account</a></div></header>
<main id="main-content" class="paper-detail"><div class="paper-detail-page"><div class="fresh-paper-detail-page__header">
<h1 data-test-id="paper-detail-title" class="fresh-paper-detail-page__title">${title}</h1>
<div class="paper-meta" data-test-id="paper-meta-subhead"><span data-test-id="author-list" class="author-list">${authors
  .map((a) => `<span class="author-list__link author-list__author-name"><span>${a}</span></span>`)
  .join('<span class="author-list__separator">, </span>')}</span>
<span class="paper-meta-item" data-test-id="venue-metadata"><span class="cl-paper-venue">Respiratory Care Reports</span></span>
<span class="paper-meta-item" data-test-id="paper-year"><span class="cl-paper-pubdates">18 February 2026</span></span>
<span class="paper-meta-item paper-fields">${fields.map((f) => `<span class="cl-paper-fos">${f}</span>`).join('')}</span></div>
<div class="tldr-abstract-replacement paper-detail-page__tldr-abstract" data-test-id="tldr"><span class="tldr-abstract-replacement__label">TLDR</span>
<span class="tldr-abstract-replacement__text">${tldr[0]}</span><a class="tldr-abstract__pill" href="/faq/tldr">Learn more about TLDRs</a></div>
<div class="fresh-paper-detail-page__abstract" data-test-id="abstract-text"><div class="text-truncator abstract__text text--preline">${abs[0]}</div>
<button class="text-truncator__toggle" aria-expanded="false">Expand</button></div>
<div class="paper-actions" data-test-id="paper-actions"><ul class="flex-row">${lis(actions, 'paper-actions__button')}</ul></div></div>
<div class="paper-detail-page__nav"><ul class="flex-row">${metrics.map((m) => `<li><a href="#cited-papers" class="paper-nav__nav-link">${m}</a></li>`).join('')}
<li><a href="#related-papers" class="paper-nav__nav-link">Related Papers</a></li></ul></div>
<section class="paper-detail-page__figures" data-test-id="figures"><h2 class="paper-detail-content-card__title">Figures and Tables from this paper</h2>
<ul class="figure-list">${figs
  .map(
    (f) => `<li class="figure-list__figure"><img src="https://figures.scholarlylens.example/7a3f/${f.length}.png" alt="">
<span class="figure-list__figure__caption">${f}</span></li>`,
  )
  .join('\n')}</ul></section>
<section class="card citation-list" id="cited-papers" data-test-id="cited-by"><h2 class="citation-list__label">14 Citations</h2>
<div class="citation-list__filters"><span>Citation Type</span><span>Has PDF</span><span>Publication Type</span><span>Date Range</span></div>
${citing.map(card).join('\n')}<a class="citation-pagination__link" href="#">View All 14 Citations</a></section>
<section class="card citation-list" id="references" data-test-id="reference"><h2 class="citation-list__label">46
References</h2>${refsList.map(card).join('\n')}</section>
<section class="card related-papers" id="related-papers" data-test-id="related-papers"><h2 class="related-papers__title">Related Papers</h2>
${relatedP.map(card).join('\n')}</section></div></main>
<footer class="footer" data-test-id="footer"><div class="footer__mission">Stop wasting time. A free, AI-powered research tool for scientific literature.</div>
<ul class="footer__links">${lis(foot)}</ul><p class="footer__built">Proudly built by the Allard Institute</p></footer></div></div>
<script id="__PRELOADED_STATE__" type="application/json">{"paper":{"id":"7a3f0c91e2","citationCount":14,"referenceCount":46}}</script>
<script src="https://cdn.scholarlylens.example/s2/main.8f12.js" async></script></body></html>`;
const lens: TestPage = {
  name: 'heldout404-semantic-scholar-style-paper-docs',
  kind: 'docs',
  html,
  title,
  headings: [],
  body: texts([...tldr, ...abs]),
  bylines: [...authors.slice(0, 4), '18 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Scholarly Lens uses cookies to provide the best experience. See our privacy policy.', 'Accept & Continue', 'Scholarly Lens',
    'Sign In', 'Create Free Account', '+2 authors', 'Respiratory Care Reports', ...fields, 'TLDR', 'Learn more about TLDRs',
    'Expand', ...actions, ...metrics, 'Related Papers', 'Figures and Tables from this paper', ...figs, 'Citation Type', 'Has PDF', 'Publication Type',
    'Date Range', ...citing, 'View All 14 Citations', ...refsList, ...relatedP,
'Stop wasting time. A free, AI-powered research tool for scientific literature.',
    ...foot, 'Proudly built by the Allard Institute',
  ],
};

export const HELDOUT404_F: readonly TestPage[] = [lens, gatePage];
