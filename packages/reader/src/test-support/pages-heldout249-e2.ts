import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout249-kit.js';

/**
 * Held-out batch 249, file e2: a medical journal's news summary on a HighWire-style Drupal platform (the journal header with
 * the society link and "Log in via institution", the article-type label, the cite line with DOI, author with affiliation and
 * dateline, the "Cite this as" line, "Article tools" sidebar, the Altmetric badge, the "Read the full paper" link, rapid
 * responses count, "Related content" and the footer).
 */
const bTitle = 'Daily walking cuts hospital readmission after heart failure, trial finds';
const bP = [
  j(
    'Patients discharged after a first admission for heart failure who followed a structured home walking programme were',
    'readmitted less often over the next year than those who received usual care, a randomised trial has found.',
  ),
  j(
    'The trial, published in the journal this week, enrolled 1,184 adults from 31 hospitals in four countries. Half were given',
    'a pedometer, a weekly step target that rose gradually over 12 weeks and a fortnightly phone call from a nurse. The',
    'other half received standard discharge advice.',
  ),
  j(
    'After 12 months, 27.4% of patients in the walking group had been readmitted for any cause, compared with 33.9% in the',
    'usual care group (hazard ratio 0.78, 95% confidence interval 0.66 to 0.93). There was no significant difference in deaths.',
  ),
  j(
    'The lead investigator, Tobias Arkwright of the Institute of Cardiovascular Science in Merriton, said the programme was',
    'cheap and could be delivered by existing community teams. “Many patients are frightened to exert themselves after',
    'leaving hospital. A clear, gradual target gave them permission to move,” he said.',
  ),
  j(
    'Patients in the walking group increased their daily steps from a median of 2,900 at discharge to 5,600 at 12 weeks,',
    'and most kept to at least 4,500 steps a day at one year. Adverse events, including falls, were similar in both groups.',
  ),
  j(
    'In a linked editorial, Noor Haddadin, a cardiologist at Westfield University, wrote that the findings were encouraging but',
    'that the trial excluded patients with severe frailty, who make up a large share of readmissions. She called for',
    'studies in older and more frail populations before the programme is adopted widely.',
  ),
];
const bTools = ['Download PDF', 'Citation tools', 'Request permissions', 'Share', 'Print'];
const bRelated = ['Research: Structured home walking after heart failure admission', 'Editorial: Moving after heart failure'];
const bFoot = ['About us', 'Editorial staff', 'Authors', 'Advertising', 'Subscribe', 'Contact', 'Privacy', 'Terms & conditions'];
const bHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${bTitle} | The Clinical Journal</title>
<meta name="citation_title" content="${bTitle}"><meta name="citation_author" content="Clare Whitlow"><meta name="citation_date" content="2026/03/04">
<meta name="citation_doi" content="10.5555/tcj.q512"><meta name="citation_journal_title" content="The Clinical Journal"><meta name="DC.type" content="News">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${bTitle}","datePublished":"2026-03-04",
"author":{"@type":"Person","name":"Clare Whitlow"}}</script><link rel="stylesheet" href="/sites/all/themes/tcj/css/style.css"></head>
<body class="html not-front page-node node-type-highwire-article hw-news"><div id="skip-link"><a href="#main-content">Skip to main content</a></div>
<div class="page"><header class="header" role="banner"><div class="header-top"><a href="https://society.example">Part of the Medical Society
Group</a><a href="/login">Log in via institution</a><a href="/subscribe">Subscribe</a></div><a href="/" class="logo">The Clinical Journal</a>
<nav class="main-menu"><ul class="menu">${links(['Latest', 'News', 'Research', 'Education', 'Opinion', 'Campaigns'], 'leaf')}</ul></nav></header>
<div class="main-container"><main id="main-content" class="region region-content"><div class="panel-pane pane-highwire-article-citation">
<div class="highwire-cite highwire-cite-highwire-article"><div class="highwire-cite-category">News</div>
<h1 class="highwire-cite-title" id="page-title">${bTitle}</h1>
<div class="highwire-cite-metadata"><span class="highwire-cite-metadata-journal">TCJ</span> <span class="highwire-cite-metadata-date">2026</span>;
<span class="highwire-cite-metadata-volume">392</span> doi: <span class="highwire-cite-metadata-doi">https://doi.example/10.5555/tcj.q512</span>
(Published 04 March 2026)</div>
<div class="highwire-cite-metadata">Cite this as: TCJ 2026;392:q512</div></div></div>
<div class="panel-pane pane-highwire-markup"><div class="highwire-markup"><div class="article fulltext-view">
<div class="contributors"><ol class="contributor-list"><li class="contributor">Clare Whitlow</li></ol><ol class="affiliation-list"><li
class="aff">The Clinical Journal</li></ol></div>
<div class="section" id="sec-1">
${ps(bP)}
<p class="read-paper"><a href="/content/392/tcj-2025-081134">Read the full paper: Structured home walking after heart failure admission</a></p>
</div><div class="fn-group"><p class="fn">Competing interests: none declared.</p></div></div></div></div>
<div class="pane-highwire-responses"><h2>Rapid responses (2)</h2><a href="/content/392/tcj.q512/rapid-responses">Read all rapid responses</a>
<a href="/content/392/tcj.q512/rr-submit">Submit a response to this article</a></div></main>
<aside class="region region-sidebar-second"><div class="pane-article-tools"><h2 class="pane-title">Article tools</h2>
<ul>${links(bTools, 'article-tool')}</ul></div><div class="altmetric-embed" data-doi="10.5555/tcj.q512"><span>Altmetric score: 212</span></div>
<div class="pane-related"><h2 class="pane-title">Related content</h2><ul>${links(bRelated)}</ul></div>
<div class="pane-ad"><p class="ad-label">Advertisement</p><div id="div-gpt-ad-sidebar"></div></div></aside></div>
<footer class="footer" role="contentinfo"><ul class="menu">${links(bFoot)}</ul><p>© 2026 The Clinical Journal Publishing Group Ltd</p></footer></div>
<script src="/sites/all/modules/highwire/highwire.js"></script></body></html>`;
export const journalNews: TestPage = {
  name: 'heldout249-highwire-journal-news',
  kind: 'news',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: texts(bP),
  bylines: ['Clare Whitlow', '(Published 04 March 2026)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Part of the Medical Society Group', 'Log in via institution', 'The Clinical Journal', 'Latest', 'Research', 'Education',
    'Opinion', 'Campaigns', 'doi: https://doi.example/10.5555/tcj.q512', 'Cite this as: TCJ 2026;392:q512',
    'Read the full paper: Structured home walking after heart failure admission', 'Competing interests: none declared.', 'Rapid responses (2)',
    'Read all rapid responses', 'Submit a response to this article', 'Article tools', ...bTools, 'Altmetric score: 212', 'Related content',
    ...bRelated, 'Advertisement', ...bFoot, '© 2026 The Clinical Journal Publishing Group Ltd',
  ],
};
