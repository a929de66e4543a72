import { links, type TestPage, texts } from './page-kit.js';
import { jcmaPage } from './pages-heldout404-c2.js';
import { lis, paras } from './pages-heldout404-kit.js';

/**
 * Held-out batch 404, file c: a Lancet-style Comment on an Elsevier journal template, whose paragraphs are
 * `<div class="section-paragraph">` elements (cookie banner, journal header and menus, article type, author list with
 * affiliations, publication line and DOI, the tool bar, references, declaration of interests, article info, related
 * articles and the footer) and, from file c2, a JAMA-style research letter on a Silverchair template.
 */
const title = 'Measles elimination is slipping: lessons from the Kessenburg outbreak';
const body = paras(`
Between November, 2025, and February, 2026, the province of Kessenburg reported 611 cases of measles, more than in the previous 12 years combined.<sup>
<a href="#bib1">1</a></sup> Most cases were in children younger than 5 years, and two-thirds of them had received no dose of vaccine. In
<i>The Scalpel</i>, Anneke Vroom and colleagues<sup><a href="#bib2">2</a></sup> describe how the virus spread from a single imported case through
three childcare centres and two hospital waiting rooms before the first diagnosis was confirmed.

The report makes uncomfortable reading for a country that was declared free of endemic measles in 2017. National coverage with the first dose has
stayed above 93%, which looks reassuring until it is broken down. Vroom and colleagues show that in 14 of Kessenburg’s 80 municipalities, coverage
among children aged 2 years was below 80%, and that these municipalities accounted for nearly nine in ten cases. National averages hid gaps that the
virus found within weeks.

Three lessons stand out. The first is that coverage must be monitored at the level at which it matters, which for measles is the neighbourhood and the
childcare centre rather than the province. The second concerns health-care settings. A quarter of cases in this outbreak were infected in waiting rooms,
where sick children sat for hours beside infants too young to be vaccinated. Triage that separates children with fever and rash should be standard, not
a measure introduced once an outbreak is declared.

The third lesson is about trust. Interviews with parents in the affected municipalities found few who opposed vaccination outright; more had missed
appointments during the years of disrupted services and had not been contacted again. Catch-up campaigns that went door to door, run by nurses from the
local clinics, reached more children in 6 weeks than reminder letters had reached in 2 years.

Kessenburg’s outbreak is now over, but its conditions are present in many other places. Elimination status is not a permanent award; it has to be earned
again every year, one municipality at a time.
`);
const authors = ['Tomasz Wierzbicki', 'Hana Okonjo'];
const crumbs = ['Home', 'Journals', 'The Scalpel', 'Comment'];
const menu = ['Journals', 'Publish', 'Clinical', 'Global health', 'Multimedia', 'Events', 'About'];
const tools = ['PDF [142 KB]', 'Figures', 'Save', 'Share', 'Reprints', 'Request permissions'];
const refs = [
  'Kessenburg Provincial Health Office. Measles situation report 14. Feb 27, 2026.',
  'Vroom A, Dijkhuis M, Saleh R, et al. A measles outbreak in a highly vaccinated country: a descriptive study. Scalpel 2026; published online March 12.',
];
const related = ['A measles outbreak in a highly vaccinated country: a descriptive study', 'Catch-up vaccination after the pandemic: where are we?'];
const foot = ['About us', 'Contact', 'Careers', 'Advertising', 'Privacy policy', 'Terms and conditions', 'Accessibility', 'Cookie settings'];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} - The Scalpel</title>
<meta name="citation_title" content="${title}"><meta name="citation_journal_title" content="The Scalpel"><meta name="citation_article_type" content="Comment">
<meta name="citation_online_date" content="2026/03/12"><meta name="citation_doi" content="10.1016/S0140-6736(26)00488-1">
<meta property="og:type" content="article"><link rel="stylesheet" href="/pb-assets/journals/scalpel/css/main.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ScholarlyArticle","headline":"${title}","datePublished":"2026-03-12"}</script>
<script>window.adobeDataLayer = window.adobeDataLayer || []; adobeDataLayer.push({"page":{"type":"CPS:Article","journal":"scalpel"}});</script></head>
<body class="pb-ui"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies that are
necessary to make our
site work. We may also use additional cookies to analyze, improve, and personalize our content and your digital experience.</p>
<button id="onetrust-accept-btn-handler">Accept all cookies</button><button id="onetrust-reject-all-handler">Reject all</button></div>
<header class="header base"><div class="header__logo"><a href="/" title="The Scalpel">The Scalpel</a></div><div class="header__actions"><a
href="/action/showLogin">Log in</a>
<a href="/action/registration">Register</a><a href="/action/subscribe">Subscribe</a></div>
<form class="quick-search" action="/action/doSearch"><input type="search" placeholder="Search for..."></form>
<nav class="main-nav"><ul class="rlist menubar">${links(menu, 'menu-item')}</ul></nav></header>
<main class="article-page"><nav class="breadcrumbs" aria-label="breadcrumbs"><ol class="rlist--inline">${lis(crumbs)}</ol></nav>
<div class="article-header"><div class="article-header__journal">Comment</div><div class="article-header__vol"><a
href="/journals/scalpel/issue/current">Volume 407, Issue
10532</a><span>p1011-1013</span><span class="article-header__date">March 14, 2026</span></div>
<h1 class="article-header__title">${title}</h1>
<div class="article-header__middle"><ul class="rlist--inline loa">${authors
  .map(
    (a) => `<li class="loa__item"><a class="loa__item__name"
href="#">${a}</a></li>`,
  )
  .join('\n')}
</ul><a class="article-header__affiliations" href="#affiliations">Show all authors</a></div>
<div class="article-header__publish-date"><span class="article-header__publish-date__label">Published: </span><span
class="article-header__publish-date__value">March 12,
2026</span></div><div class="article-header__doi"><span class="article-header__doi__label">DOI: </span><a class="article-header__doi__value"
href="https://doi.example/10.1016/S0140-6736(26)00488-1">https://doi.org/10.1016/S0140-6736(26)00488-1</a></div></div>
<div class="article-tools"><ul class="rlist--inline">${lis(tools, 'article-tools__item')}</ul></div>
<div class="article__body"><div class="article__sections"><section id="secst0010">
${body.map((p) => `<div class="section-paragraph">${p}</div>`).join('\n')}
</section>
<section class="declaration-of-interests"><h2 class="section-title">Declaration of interests</h2><div class="section-paragraph">TW reports grants from
the Kessenburg
Public Health Fund. HO declares no competing interests.</div></section>
<section class="references"><h2 class="section-title">References</h2><ol class="ref__list">${lis(refs, 'ref')}</ol></section>
<section class="article-info"><h2 class="section-title">Article info</h2><h3>Publication history</h3><div>Published: March 12, 2026</div>
<h3>Identification</h3><div>DOI: https://doi.org/10.1016/S0140-6736(26)00488-1</div><h3>Copyright</h3><div>© 2026 Elsewhere Ltd. All rights reserved.</div>
<h3 id="affiliations">Affiliations</h3><div>Institute of Public Health, University of Halsgrave, Halsgrave (TW); Department of Paediatrics, Lindqvist
Children’s Hospital,
Orbeck (HO)</div></section></div></div>
<aside class="article__aside"><section class="related-articles"><h2>Linked Articles</h2><ul>${links(related)}</ul></section>
<div class="ad-box"><span class="ad-label">Advertisement</span><div id="ad-right-1"></div></div></aside></main>
<footer class="footer"><ul class="footer__links">${links(foot)}</ul><p class="footer__copy">The content on this site is intended for healthcare
professionals.</p>
<p class="footer__copy">Copyright © 2026 Elsewhere Ltd., its licensors, and contributors. All rights are reserved.</p></footer>
<script src="/products/photon/releasedAssets/js/main.bundle.js"></script></body></html>`;
const scalpel: TestPage = {
  name: 'heldout404-lancet-style-comment-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts(body),
  bylines: [...authors, 'March 14, 2026', 'Published: March 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies that are necessary to make our site work.', 'Accept all cookies', 'Reject all', 'Log in', 'Register', 'Subscribe',
    ...menu, ...crumbs.filter((c) => c !== 'Journals' && c !== 'The Scalpel'), 'Volume 407, Issue 10532', 'p1011-1013', 'Show all authors',
    'DOI: https://doi.org/10.1016/S0140-6736(26)00488-1', ...tools, 'Declaration of interests',
    'TW reports grants from the Kessenburg Public Health Fund. HO declares no competing interests.', 'References', ...refs, 'Article info',
    'Publication history', 'Identification', 'Copyright', '© 2026 Elsewhere Ltd. All rights reserved.',
    'Institute of Public Health, University of Halsgrave, Halsgrave (TW); Department of Paediatrics, Lindqvist Children’s Hospital, Orbeck (HO)',
    'Linked Articles', ...related, 'Advertisement', ...foot, 'The content on this site is intended for healthcare professionals.',
    'Copyright © 2026 Elsewhere Ltd., its licensors, and contributors. All rights are reserved.',
  ],
};

export const HELDOUT404_C: readonly TestPage[] = [scalpel, jcmaPage];
