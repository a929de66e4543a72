import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 186, file a2: a Semantic Scholar paper page as saved from the browser (the React app's header with search,
 * "Sign In" / "Create Free Account", the paper title, authors with "+1" expander, venue and date, the "TLDR" summary with
 * its "AI-Generated" label, the abstract with "Collapse", the action bar, "Figures and Tables" with captions, "Topics",
 * the citations and references lists with their card titles, authors, venues and TLDRs, "Highly Influenced" badges, the
 * "Related Papers" rail and the Ai2 footer).
 */
const ssTitle = 'Sparse Retrieval Heads: Locating the Attention Units That Copy From Context in Small Language Models';
const ssAbstract = [
  'Language models often answer questions by copying a span from the text they have been given rather than generating it from ' +
    'their parameters. Which parts of the network do this copying, and whether they can be found cheaply, remains poorly understood ' +
    'for models below one billion parameters, which are widely deployed on phones and embedded devices.',
  'We study eleven open decoder-only models between 70 million and 900 million parameters. Using a needle-in-a-document probe, ' +
    'we measure for every attention head how often its highest-weighted position is the token that the model goes on to copy. ' +
    'We find that in every model a small set of heads, between 0.6 and 2.1 percent of the total, accounts for more than 80 percent ' +
    'of successful copies. We call these sparse retrieval heads. They appear in the middle third of the network, emerge abruptly ' +
    'early in pretraining, and keep their identity through instruction tuning.',
  'Masking the retrieval heads lowers exact-match accuracy on four extractive question-answering benchmarks by 31 to 58 points, ' +
    'while masking an equal number of randomly chosen heads lowers it by less than two points. The effect on perplexity over ' +
    'ordinary text is small, suggesting the heads are specialised rather than generally important.',
  'We also show that the heads can be identified with as few as 64 probe examples, in under a minute on a single consumer GPU, ' +
    'and that the ranking is stable across probe formats. As an application, we keep the key-value cache in full precision only for ' +
    'the retrieval heads and quantise the rest to four bits. This cuts cache memory by 71 percent with a loss of at most 1.4 points ' +
    'on long-document question answering, outperforming uniform quantisation at the same memory budget.',
  'Our results suggest that copying from context in small models is carried by a compact, early-forming circuit, and that knowing ' +
    'where it lives is useful for compression. Code and head rankings for all eleven models are released.',
];
const ssAuthors = ['Mireille Tanaka-Ross', 'Daniel Oyelaran', 'Sun-hee Park', 'Gregor Eklund'];
const ssTldr =
  'This work shows that a small set of attention heads in sub-billion-parameter language models accounts for most copying from ' +
  'context, and that keeping only these heads at full precision allows aggressive key-value cache compression.';
const ssFigures = [
  'Figure 1: Share of successful copies attributed to each head, sorted, for the 410M model.',
  'Table 2: Exact-match accuracy after masking retrieval heads or random heads.',
  'Figure 3: Layer position of retrieval heads across the eleven models.',
];
const ssTopics = ['Attention Heads', 'Key-value Cache', 'Extractive Question Answering', 'Quantization', 'Language Models'];
const ssCiting = [
  {
    title: 'Where Does In-Context Copying Happen? A Layer-Wise Study',
    authors: 'L. Brandt, K. Oduya',
    venue: 'ArXiv',
    year: '2026',
    tldr: 'Builds on retrieval-head probes to show copying circuits shift to later layers as models grow beyond ten billion parameters.',
  },
  {
    title: 'Head-Aware Cache Eviction for On-Device Assistants',
    authors: 'P. Villanueva, R. Sato, +2 authors',
    venue: 'MobiSys',
    year: '2026',
    tldr: 'Proposes evicting cache entries per head using a cheap importance score, reducing memory on phones by half.',
  },
];
const ssRefs = [
  { title: 'Copying Circuits in Two-Layer Transformers', authors: 'H. Lindgren, T. Abara, +3 authors', venue: 'ArXiv', year: '2023' },
  { title: 'Needle Probes for Long-Context Evaluation', authors: 'S. Marwick, Y. Idowu', venue: 'EMNLP', year: '2024' },
];
const ssRelated = ['Copy Suppression in Small Transformers', 'Mixed-Precision KV Caches Revisited', 'Probing Retrieval Behaviour with Synthetic Needles'];
const ssNav = ['Search', 'Sign In', 'Create Free Account'];
const ssActions = ['[PDF] arXiv.org', 'Save to Library', 'Create Alert', 'Cite', 'Share'];
const ssFoot = [
  'About Us',
  'Meet the Team',
  'Publishers',
  'Blog',
  'Ai2 Careers',
  'Product Overview',
  'Semantic Reader',
  'Scholar\u2019s Hub',
  'Beta Program',
  'Release Notes',
  'API Overview',
  'API Tutorials',
  'API Documentation',
  'API Gallery',
  'Research',
  'Publications',
  'Research Careers',
  'Contact Us',
  'FAQ',
  'Librarians',
  'Tutorials',
];
const ssLegal = ['Terms of Service', 'Privacy Policy', 'API License Agreement'];
const ssCard = (c: { title: string; authors: string; venue: string; year: string; tldr?: string }, i: number, kind: string): string =>
  `<div class="cl-paper-row citation-list__paper-row" data-paper-id="${kind}${i}"><a class="link-button--show-visited" data-heap-id="citation_title"
href="/paper/${kind}${i}"><h3 class="cl-paper-title">${c.title}</h3></a><div class="cl-paper-row__meta"><span class="cl-paper-authors">${c.authors}</span>
<span class="cl-paper-venue">${c.venue}</span><span class="cl-paper-pubdates">${c.year}</span></div>
${c.tldr ? `<div class="tldr-abstract-replacement"><span class="tldr-abstract__pill">TLDR</span><span>${c.tldr}</span></div>` : ''}
${i === 0 ? '<span class="cl-paper-stat cl-paper-stat--influential">Highly Influenced</span>' : ''}</div>`;
const ssHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>[2602.01873] ${ssTitle} | Semantic Scholar</title>
<meta name="description" content="${ssTldr}"><meta name="citation_title" content="${ssTitle}">
${ssAuthors.map((a) => `<meta name="citation_author" content="${a}">`).join('')}<meta name="citation_publication_date" content="2026/02/09">
<meta property="og:title" content="[PDF] ${ssTitle} | Semantic Scholar"><meta property="og:site_name" content="Semantic Scholar">
<link rel="canonical" href="https://www.semanticscholar.org/paper/Sparse-Retrieval-Heads-Tanaka-Ross-Oyelaran/4f1c9e">
<script type="application/ld+json">{"@context":"http://schema.org","@graph":[{"@type":"Dataset","name":"Sparse Retrieval Heads figures"},
{"@type":"ScholarlyArticle","headline":"${ssTitle}","author":[${ssAuthors.map((a) => `{"@type":"Person","name":"${a}"}`).join(',')}],
"datePublished":"2026-02-09"}]}</script>
<link rel="stylesheet" href="https://cdn.semanticscholar.example/8c2f1a/css/main.css"></head>
<body class="s2-page"><div id="app"><div class="s2-app">
<header class="site-header" role="banner"><div class="site-header__inner"><a class="site-header__logo" href="/" aria-label="Semantic Scholar">
<svg class="logo" viewBox="0 0 40 40"></svg></a><form class="site-header__search" role="search"><input type="search" name="q"
placeholder="Search 230,114,802 papers from all fields of science" aria-label="Search"><button type="submit" class="cl-button">${ssNav[0]}</button></form>
<div class="site-header__account"><a class="cl-button cl-button--secondary" href="/sign-in">${ssNav[1]}</a>
<a class="cl-button cl-button--primary" href="/sign-up">${ssNav[2]}</a></div></div></header>
<main class="fresh-paper-detail-page" id="main-content"><div class="fresh-paper-detail-page__header">
<h1 data-test-id="paper-detail-title">${ssTitle}</h1>
<div class="paper-meta"><span class="author-list" data-test-id="author-list">${ssAuthors
  .slice(0, 3)
  .map((a) => `<span data-heap-id="heap_author_list_item"><a class="author-list__link" href="/author/${a.replace(/ /g, '-')}">${a}</a></span>`)
  .join(', ')}<button class="author-list__expand" aria-expanded="false">+1 author</button></span>
<span data-test-id="venue-metadata" class="paper-meta-item">arXiv.org</span>
<span data-test-id="paper-year" class="paper-meta-item"><span>9 February 2026</span></span></div>
<div class="tldr-abstract-replacement paper-detail-page__tldr-abstract" data-test-id="paper-tldr"><span class="tldr-abstract__pill">TLDR</span>
<span class="tldr__ai-label" title="AI-Generated">AI-Generated</span><span>${ssTldr}</span></div>
<div class="fresh-paper-detail-page__abstract" data-test-id="abstract-text"><h2 class="abstract__title">Abstract</h2>
<div class="text-truncator abstract__text text--preline">${ssAbstract.map((p) => `<p>${p}</p>`).join('\n')}
<button class="text-truncator__toggle" aria-expanded="true">Collapse</button></div></div>
<div class="paper-actions">${ssActions.map((a) => `<button class="cl-button cl-button--tertiary">${a}</button>`).join('')}</div>
<div class="paper-stats"><span class="paper-badge">64 Citations</span><span class="paper-badge">3 Highly Influential Citations</span>
<span class="paper-badge">41 References</span></div></div>
<section class="paper-detail-page__figures" id="extracted"><h2 class="card-header__title">Figures and Tables from this paper</h2>
<ul class="figure-list">${ssFigures
  .map(
    (f, i) => `<li class="figure-list__figure"><img src="/figures/${i}.png" alt=""><p class="figure-caption">${f}</p>
</li>`,
  )
  .join('')}</ul>
<a href="/paper/4f1c9e/figure/0">View All 6 Figures &amp; Tables</a></section>
<section class="paper-detail-page__topics" id="topics"><h2 class="card-header__title">Topics</h2><span class="tldr__ai-label">AI-Generated</span>
<ul class="topics-list">${links(ssTopics, 'topic-pill')}</ul></section>
<section class="paper-detail-page__citations" id="cited-by"><h2 class="card-header__title">64 Citations</h2>
<div class="citation-list__filters"><button>Highly Influential Citations</button><button>Background Citations</button><button>Methods Citations</button></div>
${ssCiting.map((c, i) => ssCard(c, i, 'c')).join('\n')}<a class="citation-list__more" href="?sort=relevance">View All</a></section>
<section class="paper-detail-page__references" id="references"><h2 class="card-header__title">41 References</h2>
${ssRefs.map((c, i) => ssCard(c, i + 5, 'r')).join('\n')}<a class="citation-list__more" href="?tab=references">View All</a></section>
<section class="paper-detail-page__related" id="related-papers"><h2 class="card-header__title">Related Papers</h2>
<p class="related-papers__explain">Showing 1 through 3 of 3 Related Papers</p><ul>${links(ssRelated)}</ul></section></main>
<footer class="site-footer"><div class="site-footer__mission"><p>Stay Connected With Semantic Scholar</p>
<form><input type="email" aria-label="Your E-mail Address" placeholder="Your E-mail Address"><button>Sign Up</button></form>
<p>Semantic Scholar is a free, AI-powered research tool for scientific literature, based at Ai2.</p></div>
<ul class="site-footer__links">${links(ssFoot)}</ul>
<div class="site-footer__legal"><p>Proudly built by Ai2</p><ul>${links(ssLegal)}</ul>
<p>By clicking accept or continuing to use the site, you agree to the terms outlined in our Privacy Policy, Terms of Service, and Dataset License</p>
<button class="cookie-banner__accept">ACCEPT &amp; CONTINUE</button></div></footer></div></div>
<script>window.DATA='{"paper":{"id":"4f1c9e","citationCount":64}}';</script><script src="https://cdn.semanticscholar.example/8c2f1a/js/main.js" defer></script>
</body></html>`;
export const semanticScholarPaper: TestPage = {
  html: ssHtml,
  name: 'heldout186-semantic-scholar-paper',
  kind: 'docs',
  // the abstract is the article ("Abstract" its one heading); the machine TLDR, topics, figure captions, citation and
  // reference cards and the related papers are furniture; authors, the venue and the date are bylines
  title: ssTitle,
  headings: ['Abstract'],
  body: ssAbstract,
  bylines: [...ssAuthors.slice(0, 3), 'arXiv.org', '9 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...ssNav, '+1 author', 'TLDR', 'AI-Generated', ssTldr, 'Collapse', ...ssActions,
    '64 Citations', '3 Highly Influential Citations', '41 References', 'Figures and Tables from this paper', ...ssFigures,
    'View All 6 Figures & Tables', 'Topics', ...ssTopics, 'Highly Influential Citations', 'Background Citations', 'Methods Citations',
    ...ssCiting.flatMap((c) => [c.title, c.authors, c.venue, c.tldr]), 'Highly Influenced', 'View All',
    ...ssRefs.flatMap((c) => [c.title, c.authors, c.venue, c.year]), 'Related Papers', 'Showing 1 through 3 of 3 Related Papers', ...ssRelated,
    'Stay Connected With Semantic Scholar', 'Sign Up', 'Semantic Scholar is a free, AI-powered research tool for scientific literature, based at Ai2.',
    ...ssFoot, 'Proudly built by Ai2', ...ssLegal,
    'By clicking accept or continuing to use the site, you agree to the terms outlined in our Privacy Policy, Terms of Service, and Dataset License',
    'ACCEPT & CONTINUE',
  ],
};
