import { type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout404-kit.js';

/**
 * Held-out batch 404, file f2: a ResearchGate-style publication page with a short main text (the abstract only), built
 * from "nova" design-system components: the header with search and join buttons, the item type badge, date, journal
 * and DOI line, license, author cards, the "Discover the world's research" promo, the full-text teaser, figure
 * thumbnails with captions, citations and references counts, recommended publications and the footer.
 */
const title = 'Hand hygiene compliance before and after the introduction of alcohol gel dispensers at bed ends in two surgical wards';
const abs = paras(`
Background: Placing alcohol hand rub at the point of care is recommended, but evidence on where exactly dispensers should be placed is limited.

Methods: We observed hand hygiene opportunities in two surgical wards of a teaching hospital in Torvaldsby for eight weeks before and eight weeks after
dispensers were moved from the ward entrances to the foot of each bed. Observers trained in a standard method recorded 2,912 opportunities in total.

Results: Compliance rose from 52% to 71% overall. The largest increase was before contact with the patient, from 41% to 68%, while compliance after
contact with body fluids changed little. Use of hand rub measured by volume increased by 58%, and no change in skin complaints among staff was
reported to occupational health.

Conclusions: Moving dispensers to the foot of the bed was a cheap change associated with a substantial rise in hand hygiene compliance, mainly at the
moments before patient contact that matter most for preventing infection.
`);
const authors = ['Astrid Holmgren', 'Nkechi Eze', 'Valtteri Koskinen'];
const nav = ['Home', 'Questions', 'Jobs', 'Search for publications, researchers, or questions', 'Log in', 'Join for free'];
const promo = ["Discover the world's research", '25+ million members', '160+ million publication pages', '2.3+ billion citations', 'Join for free'];
const figs = ['Compliance by moment of hand hygiene before and after the change', 'Plan of a ward showing old and new dispenser positions'];
const recs = [
  'Point-of-care hand rub and compliance in intensive care: a stepped-wedge study',
  'Observer effects in hand hygiene audits',
  'Electronic monitoring of dispenser use on medical wards',
];
const foot = [
  'Company',
  'About us',
  'News',
  'Careers',
  'Support',
  'Help Center',
  'Business solutions',
  'Advertising',
  'Recruiting',
  'Terms',
  'Privacy',
  'Copyright',
  'Imprint',
];
const n = 'nova-legacy-e-text nova-legacy-e-text--size-m nova-legacy-e-text--family-display nova-legacy-e-text--spacing-none';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>(PDF) ${title}</title><meta name="robots" content="noarchive">
<meta property="og:title" content="${title}"><meta property="og:type" content="article"><meta name="citation_title" content="${title}">
<meta name="citation_publication_date" content="2026/03"><meta name="citation_journal_title" content="Journal of Infection Control Practice">
<link rel="stylesheet" href="https://c5.sgcdn.example/m/4221789211312541/styles/modules/bundles/publicliterature.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ScholarlyArticle","headline":"${title}","datePublished":"2026-03"}</script>
<script>window.rgConfig = {"isLoggedIn":false,"publicationUid":390117245};</script></head>
<body class="logged-out"><div id="lite-page" class="lite-page"><header class="lite-page__header"><nav class="header-navigation"><a class="header-logo"
href="/">ScholarGate</a>
<ul class="header-navigation__list">${lis(nav, 'header-navigation__item')}</ul></nav></header>
<main class="lite-page__content"><div class="research-detail-header-section"><div class="research-detail-header-section__badge">
<span class="nova-legacy-e-badge nova-legacy-e-badge--color-green">Article</span><span class="nova-legacy-e-badge
nova-legacy-e-badge--color-grey">Full-text available</span></div>
<h1 class="${n} research-detail-header-section__title">${title}</h1>
<div class="research-detail-header-section__metadata"><ul class="nova-legacy-e-list nova-legacy-e-list--type-inline">
<li class="nova-legacy-e-list__item">March 2026</li><li class="nova-legacy-e-list__item">Journal of Infection Control Practice 19(3):144-151</li>
<li class="nova-legacy-e-list__item">DOI:10.4418/jicp.2026.0144</li><li class="nova-legacy-e-list__item">License CC BY 4.0</li></ul></div>
<div class="research-detail-author-list">${authors
  .map(
    (a, i) => `<div class="nova-legacy-v-person-list-item"><div class="nova-legacy-v-person-list-item__body">
<a class="nova-legacy-v-person-list-item__title" href="/profile/${a.replace(' ', '-')}">${a}</a><div
class="nova-legacy-v-person-list-item__meta">${['Karolinska Vale University', 'Torvaldsby University Hospital', 'University of Esko'][i]}</div></div></div>`,
  )
  .join('\n')}</div>
<div class="research-detail-header-cta"><a class="nova-legacy-c-button" href="#">Download full-text PDF</a><a class="nova-legacy-c-button"
href="#">Read full-text</a>
<a class="nova-legacy-c-button" href="#">Download citation</a><a class="nova-legacy-c-button" href="#">Copy link</a></div></div>
<div class="research-detail-middle-section"><div class="nova-legacy-c-card"><div class="nova-legacy-c-card__header"><h2 class="${n}">Abstract</h2></div>
<div class="nova-legacy-c-card__body research-detail-middle-section__abstract">
${abs.map((p) => `<div class="nova-legacy-e-text nova-legacy-e-text--size-m">${p}</div>`).join('\n')}
</div></div>
<div class="discover-promo"><div class="discover-promo__title">${promo[0]}</div><ul>${lis(promo.slice(1, 4))}</ul><a class="nova-legacy-c-button"
href="/signup">${promo[4]}</a></div>
<div class="research-detail-middle-section__figures"><h2 class="${n}">Figures - uploaded by Astrid Holmgren</h2><ul>${figs
  .map(
    (f) => `<li><img src="#" alt="">
<div class="figure-caption">${f}</div></li>`,
  )
  .join('\n')}</ul><div class="figure-meta">Content may be subject to copyright.</div></div>
<div class="fulltext-teaser"><h2 class="${n}">Public Full-text 1</h2><p>Content uploaded by Astrid Holmgren</p><p>Author content</p>
<a href="#" class="nova-legacy-c-button">Download</a></div>
<div class="research-detail-tabs"><ul>${lis(['Citations (4)', 'References (27)'])}</ul></div>
<div class="recommended-publications"><h2 class="${n}">Recommended publications</h2><ul>${lis(recs, 'nova-legacy-v-publication-item')}</ul>
<a href="#" class="nova-legacy-c-button">Discover more</a></div></div></main>
<footer class="lite-page__footer"><ul>${lis(foot)}</ul><p>© 2008-2026 ScholarGate GmbH. All rights reserved.</p></footer></div>
<script src="https://c5.sgcdn.example/m/4221789211312541/javascript/bundles/publicliterature.js"></script></body></html>`;
export const gatePage: TestPage = {
  name: 'heldout404-researchgate-style-publication-docs',
  kind: 'docs',
  html,
  title,
  headings: ['Abstract'],
  body: texts(abs),
  bylines: [...authors, 'March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'ScholarGate', ...nav, 'Article', 'Full-text available', 'Journal of Infection Control Practice 19(3):144-151', 'DOI:10.4418/jicp.2026.0144',
    'License CC BY 4.0', 'Karolinska Vale University', 'Torvaldsby University Hospital', 'University of Esko', 'Download full-text PDF', 'Read full-text',
    'Download citation', 'Copy link', ...promo.slice(0, 4), 'Figures - uploaded by Astrid Holmgren', ...figs, 'Content may be subject to copyright.',
    'Public Full-text 1', 'Content uploaded by Astrid Holmgren', 'Author content', 'Download', 'Citations (4)', 'References (27)', 'Recommended publications',
    ...recs, 'Discover more', ...foot, '© 2008-2026 ScholarGate GmbH. All rights reserved.',
  ],
};
