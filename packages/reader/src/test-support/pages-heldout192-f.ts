import { links, ps, type TestPage, texts } from './page-kit.js';
import { pnasArticle } from './pages-heldout192-f2.js';

/**
 * Held-out batch 192, file f: a Cell Press (Cell Reports) article page on the Atypon "core" template (the OneTrust banner,
 * the Cell Press header with journal menu, "Submit", "Log in" and "Register", the article-type, "Open access" and issue
 * line, the title, authors with the "Show more" toggle and hidden footnotes, "Published" date and DOI, the toolbar of
 * "Download PDF", "Cite", "Share", "Set Alert", "Get Rights", "Reprints", the Highlights list, the Summary, the
 * Graphical abstract heading with its image, the keywords, the Introduction and the first Results subsection, a figure
 * with its caption and viewer links, the "Figures", "References" and "Related articles" rails, the "Article metrics"
 * box and the Elsevier footer) and, from file f2, a PNAS research article page.
 */
const title = 'Short day length reprograms brown adipose thermogenesis through a hypothalamic retinoid signal';
const hHigh = 'Highlights';
const high = [
  'Short days raise retinoic acid synthesis in tanycytes of the hamster hypothalamus',
  'Retinoid signaling in the arcuate nucleus increases sympathetic drive to brown fat',
  'Blocking retinoid synthesis prevents winter thermogenic remodeling',
  'The pathway acts independently of thyroid hormone signaling',
];
const hSum = 'Summary';
const pSum = [
  'Seasonal mammals prepare for winter by increasing their capacity for heat production long before temperatures fall. How ' +
    'day length is translated into changes in thermogenic tissue remains unclear. Here, we show that in Siberian hamsters, ' +
    'short photoperiods increase expression of the retinoic acid-synthesizing enzyme RALDH1 in hypothalamic tanycytes. The ' +
    'resulting retinoid signal acts on neurons of the arcuate nucleus to increase sympathetic outflow to brown adipose tissue, ' +
    'raising UCP1 levels and mitochondrial density. Genetic or pharmacological blockade of tanycytic retinoid synthesis ' +
    'abolishes these changes without altering body weight or thyroid hormone signaling. Our findings identify a hypothalamic ' +
    'retinoid pathway that links day length to the seasonal remodeling of thermogenic capacity.',
];
const hGa = 'Graphical abstract';
const keywords = ['photoperiod', 'brown adipose tissue', 'tanycytes', 'retinoic acid', 'thermogenesis', 'seasonality', 'hypothalamus'];
const hIntro = 'Introduction';
const pIntro = [
  'Animals living at high latitudes face large seasonal changes in temperature and food supply. Many anticipate these changes ' +
    'using day length, which provides a reliable calendar signal. In mammals, day length is encoded by the nightly duration of ' +
    'melatonin secretion, which acts on the pars tuberalis of the pituitary to regulate hypothalamic function.',
  'The best-studied output of this system is the seasonal control of reproduction, which depends on local conversion of ' +
    'thyroid hormone in tanycytes, specialized glial cells lining the third ventricle. Tanycytes also express enzymes of ' +
    'retinoid metabolism, and retinoic acid signaling in the hypothalamus has been linked to seasonal changes in growth and ' +
    'appetite. Whether retinoids contribute to seasonal thermoregulation has not been tested.',
  'Brown adipose tissue generates heat through uncoupling protein 1 (UCP1) and expands in winter in many small mammals. Here, we ' +
    'asked whether a tanycytic retinoid signal links photoperiod to this seasonal expansion.',
];
const hRes = 'Results';
const hR1 = 'Short photoperiod induces retinoid synthesis in tanycytes';
const pR1 = [
  'We first transferred adult male Siberian hamsters from long (16 h light) to short (8 h light) photoperiod and measured gene ' +
    'expression in the mediobasal hypothalamus at 2, 4, and 8 weeks. Expression of Aldh1a1, encoding RALDH1, rose 3.4-fold by ' +
    'week 4 and remained elevated at week 8 (Figure 1A). In situ hybridization localized the increase to β1 and β2 tanycytes ' +
    'lining the floor of the third ventricle (Figures 1B and 1C).',
];
const caption =
  'Figure 1. Short photoperiod induces Aldh1a1 expression in hypothalamic tanycytes. (A) Aldh1a1 mRNA in the mediobasal hypothalamus ' +
  'over time. (B and C) In situ hybridization in long-day (B) and short-day (C) hamsters. Scale bars, 100 μm.';
const authors = ['Katarzyna Wolin', 'Benedikt Aurich', 'Yuki Matsudaira', 'Oren Ben-Shimol', 'Astrid Lindqvist-Moe'];
const notes = ['Lead contact', 'These authors contributed equally'];
const journalNav = ['Home', 'Articles', 'Online now', 'Current issue', 'Archive', 'Journal information', 'For authors'];
const tools = ['Download PDF', 'Cite', 'Share', 'Set Alert', 'Get Rights', 'Reprints'];
const related = [
  'Tanycytes as seasonal gatekeepers of the hypothalamus',
  'Melatonin-independent control of torpor in Djungarian hamsters',
  'Sympathetic innervation of brown fat remodels with cold acclimation',
];
const cookie =
  'We use cookies that are necessary to make our site work. We may also use additional cookies to analyze, improve, and ' +
  'personalize our content and your digital experience.';
const foot = ['About Cell Press', 'Careers', 'Contact', 'Help & Support', 'Newsroom', 'Publishing Alliances', 'Privacy Policy', 'Terms and Conditions'];
const footNote = 'The content on this site is intended for healthcare professionals and researchers across all fields of science.';
const copy = 'All content on this site: Copyright © 2025 Elsevier Inc., its licensors, and contributors.';
const h2 = (t: string, inner: string, id: string): string => `<section id="${id}"><h2 property="name">${t}</h2>${inner}</section>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}: Cell Reports</title>
<meta name="citation_title" content="${title}"><meta name="citation_journal_title" content="Cell Reports">
<meta name="citation_doi" content="10.1016/j.celrep.2025.115321">
<meta name="citation_publication_date" content="2025/02/27"><meta name="citation_author" content="Katarzyna Wolin"><meta property="og:title" content="${title}">
<meta property="og:site_name" content="Cell Press"><link rel="stylesheet" href="/products/marlin/cell/releasedAssets/css/build.bundle.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ScholarlyArticle","headline":"${title}","datePublished":"2025-02-27",
"isAccessibleForFree":true,"isPartOf":{"@type":"Periodical","name":"Cell Reports","issn":"2211-1247"}}</script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="8c7b7b60-cell"></script></head>
<body class="pb-ui cell"><a class="skip-link" href="#main-content">Skip to Main Content</a>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${cookie}</p>
<button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-accept-btn-handler">Accept all cookies</button></div>
<header class="header"><div class="header__top"><a class="header__logo" href="/"><span class="sr-only">Cell Press</span></a>
<a class="header__journal" href="/cell-reports/home">Cell Reports</a><ul class="header__user"><li><a href="/cell-reports/submit">Submit</a></li>
<li><a href="/action/showLogin">Log in</a></li><li><a href="/action/registration">Register</a></li></ul></div>
<nav class="header__nav" aria-label="Journal menu"><ul>${links(journalNav, 'menu__item')}</ul></nav></header>
<main id="main-content"><div class="container"><div class="row"><article class="col-lg-8" data-article-type="research-article">
<header class="core-container article-header"><div class="article-header__meta"><span class="article-header__type">Article</span>
<span class="article-header__access">Open access</span><span class="article-header__journal-info">Volume 44, Issue 3, 115321</span>
<span class="article-header__date-issue">March 25, 2025</span></div>
<h1 property="name">${title}</h1>
<div class="contributors">${authors.map((a, i) => `<span class="author"><a href="#">${a}</a>${i === 4 ? '<sup>3</sup>' : ''}</span>`).join(', ')}
<button class="loa__toggle">Show more</button><div class="loa-info hidden" aria-hidden="true">${ps(notes, ' class="footnote"')}</div></div>
<div class="article-header__dates">Published: February 27, 2025</div>
<div class="article-header__doi"><span>DOI:</span> <a href="https://doi.org/10.1016/j.celrep.2025.115321">https://doi.org/10.1016/j.celrep.2025.115321</a></div>
<div class="article-tools" role="toolbar">${tools.map((t) => `<button class="article-tools__item">${t}</button>`).join('')}</div></header>
${h2(hHigh, `<ul class="highlights">${high.map((t) => `<li>${t}</li>`).join('\n')}</ul>`, 'highlights')}
${h2(hSum, `<div role="paragraph">${ps(pSum)}</div>`, 'author-abstract')}
${h2(hGa, '<figure><img alt="" src="/cms/attachment/fx1.jpg"></figure>', 'graphical-abstract')}
<section id="keywords" class="keywords"><h2>Keywords</h2><ul>${keywords.map((k) => `<li><a href="#">${k}</a></li>`).join('')}</ul></section>
<section id="bodymatter" property="articleBody">${h2(hIntro, ps(pIntro), 'sec1')}
${h2(
  hRes,
  `<section id="sec2.1"><h3>${hR1}</h3>${ps(pR1)}<figure class="figure"><img alt="" src="/cms/attachment/gr1.jpg">
<figcaption>${caption}<div class="figure__links"><a href="#">View Large Image</a><a href="#">Download Hi-res image</a><a href="#">Download .PPT</a></div>
</figcaption></figure></section>`,
  'sec2',
)}</section></article>
<aside class="col-lg-4 article-rail"><section><h2>Figures</h2><p>Figure 1</p><a href="#">View all figures</a></section>
<section><h2>References</h2><a href="#">View all references (64)</a></section>
<section><h2>Related articles</h2><ul>${links(related)}</ul></section><section><h2>Article metrics</h2><div class="altmetric-embed"></div></section></aside>
</div></div></main>
<footer class="footer"><ul>${links(foot)}</ul><p>${footNote}</p><p>${copy}</p></footer>
<script src="/products/marlin/cell/releasedAssets/js/build.bundle.js"></script></body></html>`;
const cellPress: TestPage = {
  html,
  name: 'heldout192-cell-press-article',
  kind: 'docs',
  // the Highlights items are body and "Graphical abstract" a heading; keywords, footnotes, the figure caption and the
  // "Keywords" box title are furniture
  title,
  headings: [hHigh, hSum, hGa, hIntro, hRes, hR1],
  body: texts([...high, ...pSum, ...pIntro, ...pR1]),
  bylines: [...authors, 'Published: February 27, 2025', 'March 25, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', cookie, 'Cookie Settings', 'Accept all cookies', 'Cell Press', 'Cell Reports', 'Submit', 'Log in', 'Register',
    ...journalNav, 'Article', 'Open access', 'Volume 44, Issue 3, 115321', 'Show more', ...notes, 'https://doi.org/10.1016/j.celrep.2025.115321',
    ...tools, 'Keywords', ...keywords, caption, 'View Large Image', 'Download Hi-res image', 'Download .PPT', 'Figures', 'Figure 1',
    'View all figures', 'References', 'View all references (64)', 'Related articles', ...related, 'Article metrics', ...foot, footNote, copy,
  ],
};

export const HELDOUT192_F: readonly TestPage[] = [cellPress, pnasArticle];
