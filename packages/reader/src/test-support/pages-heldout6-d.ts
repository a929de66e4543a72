import { ps, texts, type TestPage } from './page-kit.js';

/**
 * Held-out batch 6 (essay and docs), written in session 10 without reading the reader's rules:
 * a research article on a Distill-like journal template (custom d-* elements, the byline grid
 * with its Authors/Affiliations/Published/DOI h3 labels, empty d-cite elements, figure
 * captions, a d-appendix), and a Docusaurus v3 docs page (announcement bar, sidebar, version
 * badge, admonitions, code block, "Edit this page", last-updated line, pagination, feedback).
 */
const avgIntro = [
  'If you want a single vector for a sentence and you already have vectors for its words, the obvious move is to average them. It is the first ' +
    'thing most people try, it takes one line of code, and on many tasks it is embarrassingly hard to beat<d-cite key="arora2017simple"></d-cite>. ' +
    'This article looks at why averaging works as well as it does, and at the specific ways it goes wrong.',
  'We use 300-dimensional GloVe vectors trained on Common Crawl throughout, but the effects we describe show up in every static embedding we tried.',
];
const avgShrink = [
  'The first thing to notice is that an average of vectors is shorter than the vectors it came from, unless they all point the same way. Two word ' +
    'vectors at right angles average to a vector about 0.71 times as long; ten unrelated words average to something closer to a third of the ' +
    'typical length.',
  'This matters because length carries information. In GloVe, rarer and more specific words tend to have longer vectors, so the length of an ' +
    'average partly tells you how many distinct ideas the sentence contains. Long, varied sentences produce short averages; short, focused ones ' +
    'produce long averages. Cosine similarity ignores length, which is usually what we want, but it also means that a rambling sentence and a ' +
    'tight one can look alike.',
];
const avgFrequent = [
  'Word vectors are not spread evenly around the origin. They share a common direction, and frequent words lean into it more than rare ones<d-cite ' +
    'key="mu2018allbutthetop"></d-cite>. When you average a sentence, every “the”, “of” and “and” pushes the result toward that shared direction, ' +
    'and the words that actually distinguish the sentence get diluted.',
  'The effect is easy to see with a toy example. The sentences “The cat sat on the mat” and “The report was sent to the board” share no content ' +
    'words, yet their averages have a cosine similarity of 0.78. Almost all of that similarity comes from the function words.',
  'Dropping stop words helps, but it is a blunt tool. A more careful fix weights each word by how surprising it is, so that common words count for ' +
    'little and rare words count for a lot.',
];
const avgRemove = [
  'The second fix is geometric. Compute the first principal component of a large sample of sentence averages, which is roughly the direction every ' +
    'average leans toward, and subtract each average’s projection onto it. After this step, the cat and the board sentences drop to a similarity ' +
    'of 0.21, while paraphrases stay close together.',
  'Weighting and removal together close most of the gap between plain averaging and trained sentence encoders on the similarity benchmarks we ' +
    'tried. They cost nothing at inference time beyond a dot product and a subtraction.',
];
const avgSummaries = [
  'Extractive summarizers often score each sentence by comparing its embedding to the embedding of the whole document. Both of these are averages, ' +
    'and both inherit the problems above. Without correction, the sentences that look most central are the ones heaviest with function words, ' +
    'which tend to be long, generic sentences that say little.',
  'With weighting and the common direction removed, the most central sentences shift toward ones that name the document’s actual subject. We think ' +
    'this is the main reason such simple corrections have such a large effect on summary quality, and it suggests checking any embedding-based ' +
    'selector for the same bias.',
];
const avgDesc =
  'Averaging word embeddings is the simplest way to embed a sentence. It works better than it should, and fails in ways that are easy to predict ' +
  'once you look at the geometry.';
const refs = [
  'Arora, S., Liang, Y. and Ma, T., 2017. A Simple but Tough-to-Beat Baseline for Sentence Embeddings. ICLR.',
  'Mu, J. and Viswanath, P., 2018. All-but-the-Top: Simple and Effective Postprocessing for Word Representations. ICLR.',
];
const fig = (n: number, caption: string): string =>
  `<figure class="l-body"><div class="figure-interactive" id="fig-${n}"><svg width="640" height="360"></svg></div>\n` +
  `<figcaption>${caption}</figcaption></figure>`;
const fig1 = 'Figure 1: Length of the averaged vector against sentence length, for 10,000 sentences from news articles. Each dot is a sentence.';
const fig2 = 'Figure 2: Pairwise similarities before (left) and after (right) removing the first principal component. Paraphrase pairs are in orange.';
const distillHtml = `<!doctype html><html><head><meta charset="utf-8"><script src="https://pellucid.pub/template.v2.js"></script>
<title>The Geometry of Averaged Word Vectors</title><meta name="description" content="${avgDesc}">
<meta property="og:type" content="article"><meta name="citation_title" content="The Geometry of Averaged Word Vectors">
<meta name="citation_author" content="Lindqvist, Tomas"><meta name="citation_author" content="Mensah, Ada">
<meta name="citation_publication_date" content="2025/02/18"><meta name="citation_doi" content="10.5555/pellucid.00041">
<style id="distill-article-specific-styles">d-article .figure-interactive { min-height: 360px; }</style></head>
<body distill-prerendered=""><distill-header distill-prerendered=""><div class="content"><a href="/" class="logo">Pellucid</a>
<nav class="nav"><a href="/about/">About</a><a href="/prize/">Prize</a><a href="/journal/">Submit</a></nav></div></distill-header>
<d-front-matter><script type="text/json">{"title":"The Geometry of Averaged Word Vectors","authors":[{"author":"Tomas Lindqvist"},
{"author":"Ada Mensah"}]}</script></d-front-matter>
<d-title><h1>The Geometry of Averaged Word Vectors</h1><p>${avgDesc}</p></d-title>
<d-byline><div class="byline grid"><div class="authors-affiliations grid"><h3>Authors</h3><h3>Affiliations</h3>
<p class="author"><a class="name" href="https://tlindqvist.example">Tomas Lindqvist</a></p>
<p class="affiliation"><a class="affiliation" href="https://gu.example">University of Gothenburg</a></p>
<p class="author"><span class="name">Ada Mensah</span></p><p class="affiliation"><span class="affiliation">Independent researcher</span></p></div>
<div><h3>Published</h3><p>Feb. 18, 2025</p></div>
<div><h3>DOI</h3><p><a href="https://doi.org/10.5555/pellucid.00041">10.5555/pellucid.00041</a></p></div></div></d-byline>
<d-article><d-contents><nav class="l-text figcaption"><h3>Contents</h3><div><a href="#shrink">Averages shrink</a></div>
<div><a href="#frequent">Frequent words dominate</a></div><div><a href="#remove">Removing the common direction</a></div>
<div><a href="#summaries">What this means for summaries</a></div></nav></d-contents>
${ps(avgIntro)}
<h2 id="shrink">Averages shrink</h2>
${ps(avgShrink)}
${fig(1, fig1)}
<h2 id="frequent">Frequent words dominate</h2>
${ps(avgFrequent)}
<h2 id="remove">Removing the common direction</h2>
${ps(avgRemove.slice(0, 1))}
${fig(2, fig2)}
${ps(avgRemove.slice(1))}
<h2 id="summaries">What this means for summaries</h2>
${ps(avgSummaries)}
</d-article>
<d-appendix><h3>Acknowledgments</h3><p>We thank Jonas Berg and Farah Qureshi for comments on an early draft.</p>
<h3>Author Contributions</h3><p>Tomas ran the experiments. Ada wrote the interactive figures. Both authors wrote the text.</p>
<d-bibliography><h3 id="references">References</h3><ol>${refs.map((r) => `<li>${r}</li>`).join('\n')}</ol></d-bibliography>
<h3>Updates and Corrections</h3><p>If you see mistakes or want to suggest changes, please <a href="#">create an issue on GitHub</a>.</p>
<h3 id="citation">Citation</h3><p>For attribution in academic contexts, please cite this work as</p>
<pre class="citation short">Lindqvist &amp; Mensah, "The Geometry of Averaged Word Vectors", Pellucid, 2025.</pre></d-appendix>
<distill-footer><div class="container"><a href="/" class="logo">Pellucid</a> is an open journal of clear explanations.
<a href="/privacy/">Privacy</a></div></distill-footer></body></html>`;
const distill: TestPage = {
  name: 'heldout6-distill-article',
  kind: 'blog',
  // gold: title, the description under it (the dek), the four h2 sections and their paragraphs
  // (the empty d-cite elements add no text); the byline grid (its Authors/Affiliations/
  // Published/DOI h3 labels are furniture, the names and dates bylines), the contents box,
  // figure captions and the whole d-appendix (acknowledgments, references, citation) are not
  title: 'The Geometry of Averaged Word Vectors',
  headings: ['Averages shrink', 'Frequent words dominate', 'Removing the common direction', 'What this means for summaries'],
  body: [avgDesc, ...texts(avgIntro), ...texts(avgShrink), ...texts(avgFrequent), ...texts(avgRemove), ...texts(avgSummaries)],
  bylines: ['Tomas Lindqvist', 'University of Gothenburg', 'Ada Mensah', 'Independent researcher', 'Feb. 18, 2025', '10.5555/pellucid.00041'],
  furniture: [
    'Pellucid',
    'Prize',
    'Submit',
    'Authors',
    'Affiliations',
    'Published',
    'DOI',
    'Contents',
    fig1,
    fig2,
    'Acknowledgments',
    'We thank Jonas Berg and Farah Qureshi for comments on an early draft.',
    'Author Contributions',
    'Tomas ran the experiments. Ada wrote the interactive figures. Both authors wrote the text.',
    'References',
    ...refs,
    'Updates and Corrections',
    'If you see mistakes or want to suggest changes, please create an issue on GitHub.',
    'Citation',
    'For attribution in academic contexts, please cite this work as',
    'Lindqvist & Mensah, "The Geometry of Averaged Word Vectors", Pellucid, 2025.',
    'is an open journal of clear explanations.',
    'Privacy',
  ],
  html: distillHtml,
};

const retryIntro =
  'When a job throws, Tessera does not give up on it straight away. By default it retries the job up to three times, waiting a little longer ' +
  'before each attempt, and only then moves it to the dead-letter queue. This page explains how that schedule is worked out and how to change it ' +
  'for a queue or for a single job.';
const retryHow = [
  'Each job carries an attempt counter that starts at 1. When the handler throws or its promise rejects, the worker records the error on the job, ' +
    'increments the counter and schedules the job to run again after a delay. The job keeps its ID, its payload and its position in any flow it ' +
    'belongs to.',
  'Retries are scheduled by the broker, not by the worker that failed, so a retry may run on a different machine. Handlers should therefore not ' +
    'rely on local state from an earlier attempt.',
];
const noteTimeout =
  'A job that times out counts as a failed attempt, even if the handler later finishes. Set <code>timeout</code> on the queue to make sure slow ' +
  'jobs are retried rather than left running.';
const retryBackoff = [
  'The delay between attempts is set by the <code>backoff</code> option. Tessera ships two strategies: <code>fixed</code>, which waits the same ' +
    'time before every retry, and <code>exponential</code>, which doubles the wait each time, starting from the delay you give it.',
];
const retryCode = "queue.add('send-invoice', payload, { attempts: 5, backoff: { type: 'exponential', delay: 2000 } });";
const retryBackoff2 =
  'With the settings above, a job that keeps failing waits 2, 4, 8 and 16 seconds before its second to fifth attempts. Exponential backoff also ' +
  'adds a random jitter of up to 10% so that many jobs failing at the same moment do not all retry together.';
const tipDefaults =
  'Set defaults once with <code>defaultJobOptions</code> when you create the queue, and override them only for the jobs that need something different.';
const retrySome =
  'Not every error is worth retrying. A payment the bank has declined will be declined again in four seconds. Throw an ' +
  '<code>UnrecoverableError</code> from the handler to fail the job at once, whatever its remaining attempts.';
const retryOut =
  'After the last attempt fails, the job moves to the <code>failed</code> state and, if the queue has one configured, to its dead-letter queue. ' +
  'The stack traces from every attempt are kept, so you can see whether the job failed the same way each time.';
const warnKept = 'Failed jobs are kept for 7 days by default and then deleted. Use <code>removeOnFail</code> to keep them longer if you need them for audits.';
const admonition = (kind: string, alert: string, text: string): string =>
  `<div class="theme-admonition theme-admonition-${kind} admonition_xJq3 alert alert--${alert}"><div class="admonitionHeading_Gvgb">` +
  `<span class="admonitionIcon_Rf37"><svg viewBox="0 0 14 16"><path d="M6.3 5.69a.942.942 0 0 1-.28-.7"></path></svg></span>${kind}</div>\n` +
  `<div class="admonitionContent_BuS1"><p>${text}</p></div></div>`;
const h2 = (id: string, t: string): string =>
  `<h2 class="anchor anchorWithStickyNavbar_LWe7" id="${id}">${t}<a href="#${id}" class="hash-link" aria-label="Direct link to ${t}">\u200b</a></h2>`;
const sidebar = ['Getting started', 'Queues', 'Workers', 'Job priorities', 'Retries and backoff', 'Dead-letter queues', 'Flows'];
const docsHtml = `<!doctype html><html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page"
 data-has-hydrated="true"><head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.7.0">
<title data-rh="true">Retries and backoff | Tessera</title><meta data-rh="true" name="docusaurus_version" content="current">
<meta data-rh="true" property="og:title" content="Retries and backoff | Tessera"><link rel="stylesheet" href="/assets/css/styles.4e1b2c.css">
</head><body class="navigation-with-keyboard"><div id="__docusaurus"><div role="region" aria-label="Skip to main content">
<a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div>
<div class="theme-announcement-bar announcementBar_mb4j" role="banner"><div class="announcementBarContent_xLdY">⭐️ If you like Tessera,
 give it a star on <a href="https://github.com/tessera-queue/tessera">GitHub</a>! ⭐️</div></div>
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items">
<a class="navbar__brand" href="/"><b class="navbar__title text--truncate">Tessera</b></a>
<a class="navbar__item navbar__link navbar__link--active" href="/docs/intro">Docs</a><a class="navbar__item navbar__link" href="/api">API</a>
<a class="navbar__item navbar__link" href="/blog">Blog</a></div><div class="navbar__items navbar__items--right">
<a class="navbar__item navbar__link" href="/docs/3.x/retries">3.x</a><a href="https://github.com/tessera-queue/tessera" class="navbar__item">GitHub</a>
<button type="button" class="DocSearch DocSearch-Button"><span class="DocSearch-Button-Placeholder">Search</span></button></div></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG">
<ul class="theme-doc-sidebar-menu menu__list">
${sidebar.map((s) => `<li class="theme-doc-sidebar-item-link menu__list-item"><a class="menu__link" href="#">${s}</a></li>`).join('\n')}
</ul></nav></aside><main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row">
<div class="col docItemCol_VOVn"><div class="docItemContainer_Djhp"><article>
<nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs">
<li class="breadcrumbs__item"><a aria-label="Home page" class="breadcrumbs__link" href="/">🏠</a></li>
<li class="breadcrumbs__item"><span class="breadcrumbs__link">Guides</span></li>
<li class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link">Retries and backoff</span></li></ul></nav>
<span class="theme-doc-version-badge badge badge--secondary">Version: 3.x</span>
<div class="tocCollapsible_ETCw theme-doc-toc-mobile"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">On this page</button></div>
<div class="theme-doc-markdown markdown"><header><h1>Retries and backoff</h1></header>
<p>${retryIntro}</p>
${h2('how-retries-work', 'How retries work')}
${ps(retryHow)}
${admonition('note', 'secondary', noteTimeout)}
${h2('configuring-backoff', 'Configuring backoff')}
${ps(retryBackoff)}
<div class="language-ts codeBlockContainer_Ckt0 theme-code-block"><div class="codeBlockContent_biex">
<pre tabindex="0" class="prism-code language-ts codeBlock_bY9V thin-scrollbar"><code class="codeBlockLines_e6Vv"><span class="token-line">${retryCode}</span>
</code></pre><div class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn"></button></div></div></div>
<p>${retryBackoff2}</p>
${admonition('tip', 'success', tipDefaults)}
${h2('retrying-only-some-errors', 'Retrying only some errors')}
<p>${retrySome}</p>
${h2('when-a-job-runs-out-of-attempts', 'When a job runs out of attempts')}
<p>${retryOut}</p>
${admonition('warning', 'warning', warnKept)}
</div>
<footer class="theme-doc-footer docusaurus-mt-lg"><div class="row margin-top--sm theme-doc-footer-edit-meta-row">
<div class="col"><a href="https://github.com/tessera-queue/tessera/edit/main/website/docs/retries.md" target="_blank"
 rel="noopener noreferrer" class="theme-edit-this-page">Edit this page</a></div>
<div class="col lastUpdated_JAkA"><span class="theme-last-updated">Last updated<!-- --> on <b><time datetime="2025-02-03T00:00:00.000Z"
 itemprop="dateModified">Feb 3, 2025</time></b> by <b>Oskar Lind</b></span></div></div></footer></article>
<div class="feedback-widget"><p>Was this page helpful?</p><button>Yes</button><button>No</button></div>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev" href="#">
<div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">Job priorities</div></a>
<a class="pagination-nav__link pagination-nav__link--next" href="#"><div class="pagination-nav__sublabel">Next</div>
<div class="pagination-nav__label">Dead-letter queues</div></a></nav></div></div>
<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents">
<li><a href="#how-retries-work" class="table-of-contents__link">How retries work</a></li>
<li><a href="#configuring-backoff" class="table-of-contents__link">Configuring backoff</a></li>
<li><a href="#retrying-only-some-errors" class="table-of-contents__link">Retrying only some errors</a></li>
<li><a href="#when-a-job-runs-out-of-attempts" class="table-of-contents__link">When a job runs out of attempts</a></li></ul></div></div>
</div></div></main></div></div></div>
<footer class="footer footer--dark"><div class="footer__links"><div class="footer__title">Community</div>
<a class="footer__link-item" href="#">Discord</a><a class="footer__link-item" href="#">Stack Overflow</a></div>
<div class="footer__copyright">Copyright © 2025 Tessera contributors. Built with Docusaurus.</div></footer></div></body></html>`;
const docusaurus: TestPage = {
  name: 'heldout6-docusaurus-docs',
  kind: 'docs',
  // gold: title, the four h2 sections, their paragraphs, the code block and the text of the
  // three admonitions (they are part of the page); the admonition labels ("note", "tip",
  // "warning"), breadcrumbs, version badge, TOC, edit link, last-updated line (a byline),
  // feedback widget and pagination are not
  title: 'Retries and backoff',
  headings: ['How retries work', 'Configuring backoff', 'Retrying only some errors', 'When a job runs out of attempts'],
  // code out of the gold (session 10): every earlier batch counts code as neither gold nor furniture, as the README's contract does
  body: texts([retryIntro, ...retryHow, noteTimeout, ...retryBackoff, retryBackoff2, tipDefaults, retrySome, retryOut, warnKept]),
  bylines: ['Last updated on Feb 3, 2025 by Oskar Lind'],
  furniture: [
    'Skip to main content',
    '⭐️ If you like Tessera, give it a star on GitHub! ⭐️',
    'Tessera',
    'Docs',
    'API',
    'Blog',
    '3.x',
    'Search',
    ...sidebar.filter((s) => s !== 'Retries and backoff'),
    'Guides',
    'Version: 3.x',
    'On this page',
    'note',
    'tip',
    'warning',
    'Edit this page',
    'Was this page helpful?',
    'Previous',
    'Next',
    'Community',
    'Discord',
    'Stack Overflow',
    'Copyright © 2025 Tessera contributors. Built with Docusaurus.',
  ],
  html: docsHtml,
};

export const HELDOUT6_D: readonly TestPage[] = [distill, docusaurus];
