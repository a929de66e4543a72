import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras, rows } from './pages-heldout436-kit.js';

/**
 * Held-out batch 436, file c2: a big firm's insights article with three authors on Adobe Experience Manager (core components:
 * cmp-title, cmp-text, cmp-image, cmp-teaser; an authors strip with titles, topics, share and download, a related
 * professionals rail, a subscription teaser, a TrustArc cookie banner).
 */
const fTitle = 'Generative AI in Discovery: Courts Begin to Set the Ground Rules';
const fH = [
  'Disclosure orders are spreading',
  'Privilege review remains the pressure point',
  'What the early orders have in common',
  'Practical recommendations',
];
const fIntro = paras(`
In the eighteen months since the first standing orders on artificial intelligence appeared, the question in litigation has
shifted from whether lawyers may use generative tools to how they must account for them. Trial courts in at least six states
and a growing number of federal districts now expect parties to say, in some form, when and how such tools touched their
discovery work.
`);
const fDisclose = paras(`
The early orders focused on briefs, after a handful of widely reported filings cited cases that did not exist. The newer wave
reaches further. Several judges now require parties to disclose in their discovery plans whether they will use machine
classification to identify responsive documents, and to describe how the results will be validated.

In a commercial dispute before the Northern District of Calder last autumn, the court adopted a protocol proposed jointly by the
parties, which reads in part:
`);
const fQuote = j(
  'A party that uses a large language model to classify documents for responsiveness shall disclose the model family, the prompts or',
  'instructions used at a level of generality sufficient to permit the opposing party to evaluate them, and the recall achieved on a',
  'validation sample of not fewer than two thousand documents.',
);
function j(...s: string[]): string {
  return s.join(' ');
}
const fPriv = paras(`
Courts have been more cautious about privilege review. A model that misses a privileged email during responsiveness review
produces an inconvenience; a model that releases it to the other side can produce a waiver fight. Most orders we have reviewed
leave privilege calls to human reviewers, or require a clawback agreement under the applicable evidence rule before any
automated privilege screening is used.
`);
const fCommon = rows(`
They treat generative tools as an extension of technology-assisted review rather than as something new.
They ask for transparency about the process, not disclosure of the underlying prompts word for word.
They put the burden of validation on the producing party, usually through recall and precision on a random sample.
They preserve the parties' ability to agree on a different protocol.
`);
const fRec = paras(`
Counsel should raise the use of generative tools at the first discovery conference rather than after production has begun.
Agreeing on a validation method early costs far less than defending a production after the fact.

Keep a written record of which tools were used, on which collections and with what instructions, and confirm that vendors'
terms bar them from training on client data. Finally, assume that any description you give the court will be read by the
other side's expert, and write it accordingly.
`);
const fAuthors = ['Beatrix Lund', 'Samuel Ngata-Reyes', 'Ines Carvalho'];
const fTitles = ['Partner, Litigation', 'Partner, eDiscovery and Information Governance', 'Associate, Litigation'];
const fNav = ['Our People', 'Practices', 'Industries', 'Insights', 'Locations', 'Careers'];
const fTopics = ['Litigation', 'eDiscovery', 'Artificial Intelligence'];
const fRelated = [
  'The Privilege Log Is Changing. Is Yours?',
  'Five Lessons From Our First AI-Assisted Trial Preparation',
  'Data Retention Policies After Remote Work',
];
const fFoot = ['Legal Notices', 'Privacy', 'Cookie Policy', 'Accessibility', 'Subscribe'];
const fHtml = `<!DOCTYPE HTML>
<html lang="en"><head><meta charset="UTF-8"><title>Generative AI in Discovery: Courts Begin to Set the Ground Rules | Pembrook Sallis</title>
<meta name="description" content="Courts are issuing orders on the use of generative AI in discovery. What the early orders have in common.">
<meta property="og:type" content="article"><meta name="template" content="insight-page">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Generative AI in Discovery","datePublished":"2026-01-22",
"author":[{"@type":"Person","name":"Beatrix Lund"},{"@type":"Person","name":"Samuel Ngata-Reyes"},{"@type":"Person","name":"Ines Carvalho"}]}</script>
<script>window.adobeDataLayer = window.adobeDataLayer || [];adobeDataLayer.push({"page":{"template":"insight-page","type":"Article"}});</script>
<link rel="stylesheet" href="/etc.clientlibs/pembrook/clientlibs/clientlib-site.lc-9f1b2e-lc.min.css" type="text/css">
</head>
<body class="page basicpage" id="page-4d1c0b2f3a"><div class="root container responsivegrid"><div id="container-1a2b" class="cmp-container">
<div class="aem-Grid aem-Grid--12 aem-Grid--default--12">
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div class="cmp-experiencefragment cmp-experiencefragment--header">
<header class="ps-header"><a class="ps-header__logo" href="/content/pembrook/en.html">Pembrook Sallis</a>
<nav class="cmp-navigation" role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement"><ul class="cmp-navigation__group">
${links(fNav, 'cmp-navigation__item cmp-navigation__item--level-0')}</ul></nav></header></div></div>
<div class="breadcrumb aem-GridColumn aem-GridColumn--default--12"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">
<li class="cmp-breadcrumb__item"><a href="/content/pembrook/en.html" class="cmp-breadcrumb__item-link"><span>Home</span></a></li>
<li class="cmp-breadcrumb__item"><a href="/content/pembrook/en/insights.html" class="cmp-breadcrumb__item-link"><span>Insights</span></a></li>
<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active"><span>Articles</span></li></ol></nav></div>
<div class="title aem-GridColumn aem-GridColumn--default--12"><div class="cmp-title__eyebrow">Article</div><div class="cmp-title">
<h1 class="cmp-title__text">${fTitle}</h1></div></div>
<div class="ps-authors aem-GridColumn aem-GridColumn--default--12"><div class="ps-insight-meta"><time datetime="2026-01-22">January 22, 2026</time>
<span class="ps-insight-meta__read">8 minute read</span></div><ul class="ps-authors__list">
${fAuthors
  .map(
    (a, i) => `<li class="ps-authors__item"><a href="/content/pembrook/en/people/${i}.html"
class="ps-authors__name">${a}</a><span class="ps-authors__title">${fTitles[i] ?? ''}</span></li>`,
  )
  .join('\n')}
</ul></div>
<div class="ps-share aem-GridColumn aem-GridColumn--default--12"><span class="ps-share__label">Share</span><a href="#">LinkedIn</a><a href="#">X</a>
<a href="#">Email</a>
<a class="ps-share__pdf" href="/content/dam/pembrook/insights/2026/genai-discovery.pdf">Download PDF</a></div>
<div class="image aem-GridColumn aem-GridColumn--default--12"><div class="cmp-image" itemscope itemtype="http://schema.org/ImageObject">
<img src="/content/dam/pembrook/images/insights/server-room.jpg" class="cmp-image__image" itemprop="contentUrl" alt="">
<span class="cmp-image__title" itemprop="caption">Courts increasingly ask how document review tools were validated. Image: Pembrook Sallis</span></div></div>
<div class="text aem-GridColumn aem-GridColumn--default--8"><div id="text-7c1e" class="cmp-text">
${ps(fIntro)}
<h2>${fH[0]}</h2>
${ps(fDisclose)}
<blockquote>${fQuote}</blockquote>
<h2>${fH[1]}</h2>
${ps(fPriv)}
</div></div>
<div class="teaser aem-GridColumn aem-GridColumn--default--8 ps-teaser--inline"><div class="cmp-teaser"><div class="cmp-teaser__content">
<p class="cmp-teaser__pretitle">Related reading</p><h3 class="cmp-teaser__title"><a class="cmp-teaser__title-link" href="/insights/tar-playbook.html">Our
technology-assisted review playbook, updated for 2026</a></h3></div></div></div>
<div class="text aem-GridColumn aem-GridColumn--default--8"><div id="text-8d2f" class="cmp-text">
<h2>${fH[2]}</h2>
<ul>${lis(fCommon)}</ul>
<h2>${fH[3]}</h2>
${ps(fRec)}
<p class="ps-disclaimer"><small>This article is for general information and does not constitute legal advice.</small></p>
</div></div>
<div class="ps-topics aem-GridColumn aem-GridColumn--default--8"><h2 class="ps-topics__title">Topics</h2><ul>${links(fTopics, 'ps-topics__tag')}</ul></div>
<div class="ps-related-people aem-GridColumn aem-GridColumn--default--4"><h2>Related Professionals</h2><ul>
${fAuthors
  .map(
    (a, i) => `<li><a href="/people/${i}.html">${a}</a><a href="mailto:p${i}@pembrook.example">Email ${a.split(' ')[0] ?? ''}</a>
</li>`,
  )
  .join('\n')}</ul></div>
<div class="list aem-GridColumn aem-GridColumn--default--12"><h2 class="cmp-list__heading">More Insights</h2><ul class="cmp-list">
${links(fRelated, 'cmp-list__item')}</ul></div>
<div class="teaser aem-GridColumn aem-GridColumn--default--12 ps-teaser--subscribe"><div class="cmp-teaser">
<h3 class="cmp-teaser__title">Get insights in your inbox</h3>
<div class="cmp-teaser__description"><p>Choose the topics you care about and we will send you updates.</p></div>
<div class="cmp-teaser__action-container"><a class="cmp-teaser__action-link" href="/subscribe.html">Subscribe to Insights</a></div></div></div>
<div class="experiencefragment aem-GridColumn aem-GridColumn--default--12"><div class="cmp-experiencefragment cmp-experiencefragment--footer">
<footer class="ps-footer">
<ul>${links(fFoot)}</ul><p>Attorney Advertising. © 2026 Pembrook Sallis LLP. Prior results do not guarantee a similar outcome.</p></footer></div></div>
</div></div></div>
<div id="consent_blackbar"><div id="truste-consent-track" class="truste-banner"><div id="truste-consent-content">
<p id="truste-consent-text">We use cookies to make our
site work and to understand how it is used.</p><div id="truste-consent-buttons"><button id="truste-consent-button">Agree and Proceed</button>
<button id="truste-show-consent">Cookie Preferences</button></div></div></div></div>
<script src="/etc.clientlibs/pembrook/clientlibs/clientlib-site.lc-4e7a1c-lc.min.js"></script>
</body></html>`;
export const insights: TestPage = {
  name: 'heldout436-aem-big-firm-insights-news',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: fH,
  body: texts([...fIntro, ...fDisclose, fQuote, ...fPriv, ...fCommon, ...fRec]),
  bylines: ['January 22, 2026', ...fAuthors],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pembrook Sallis', ...fNav, 'Home', 'Articles', 'Article', '8 minute read', ...fTitles, 'Share', 'LinkedIn', 'Email', 'Download PDF',
    'Courts increasingly ask how document review tools were validated. Image: Pembrook Sallis', 'Related reading',
    'Our technology-assisted review playbook, updated for 2026', 'This article is for general information and does not constitute legal advice.',
    'Topics', ...fTopics, 'Related Professionals', 'Email Beatrix', 'Email Samuel', 'Email Ines', 'More Insights', ...fRelated, 'Get insights in your inbox',
    'Choose the topics you care about and we will send you updates.', 'Subscribe to Insights', ...fFoot,
    'Attorney Advertising. © 2026 Pembrook Sallis LLP. Prior results do not guarantee a similar outcome.',
    'We use cookies to make our site work and to understand how it is used.', 'Agree and Proceed', 'Cookie Preferences',
  ],
};
