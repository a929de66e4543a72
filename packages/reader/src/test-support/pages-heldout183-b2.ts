import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 183, file b2: an ar5iv (arXiv as HTML, LaTeXML) paper page (the ar5iv header with the arXiv link and
 * dark-mode toggle, the LaTeXML title, authors with affiliations and emails, the h6 "Abstract", numbered sections with
 * tag spans, a footnote, a display equation table, a figure with its caption, a results table, the bibliography and the
 * ar5iv footer with "Feeling lucky?", "Conversion report" and the LaTeXML generator line).
 */
const axTitle = 'Sparse Retrieval Heads: Locating the Attention Heads That Copy From Context';
const axAbstract = [
  'Large language models often answer questions by copying spans from their context window, but it is not clear which parts of ' +
    'the network do the copying. We introduce a simple ablation probe that scores every attention head by how much a model’s ' +
    'exact-match accuracy falls when that head alone is removed. Across four open models from 1 to 13 billion parameters, fewer ' +
    'than 3% of heads account for over 80% of the drop. These retrieval heads are stable across tasks and appear early in training.',
];
const axH1 = '1 Introduction';
const axP1 = [
  'Retrieval from context underlies many uses of language models, from reading comprehension to tool use. Earlier work has ' +
    'identified induction heads in small transformers, heads that find a previous occurrence of the current token and copy what ' +
    'followed it. Whether the same mechanism scales to the long, noisy contexts of modern models is an open question.',
  'We ask a narrower question: if we remove one head at a time, which removals hurt retrieval the most? This gives a ranking of ' +
    'heads that is cheap to compute and easy to interpret, and it lets us compare models of different sizes on the same footing.',
];
const axH2 = '2 Method';
const axP2 = [
  'For each head we replace its output with the mean output over a reference corpus and measure exact-match accuracy on a ' +
    'synthetic key–value retrieval task with 2,000 distractor pairs. The retrieval score of a head is the relative fall in ' +
    'accuracy, as in Equation 1.',
  'We run the probe on 500 prompts per model, placing the target pair at random positions in a context of 4,096 tokens. Each ' +
    'model is evaluated with greedy decoding.',
];
const axH3 = '3 Results';
const axP3 = [
  'Retrieval scores are heavily skewed. In every model a handful of heads in the middle third of the layers dominate, and removing ' +
    'the top ten heads together reduces exact-match accuracy to near chance, while removing ten random heads has no measurable effect.',
  'The same heads score highly on a second task, multi-document question answering, with a rank correlation of 0.87. Checkpoints ' +
    'saved during training show that the retrieval heads emerge within the first 5% of training steps and change little afterwards.',
];
const axH4 = '4 Conclusion';
const axP4 = [
  'A small, stable set of attention heads carries most of the work of copying from context. Knowing where they are should make it ' +
    'easier to study failures of long-context retrieval and to design cheaper attention for the rest of the network.',
];
const axFig = 'Figure 1: Retrieval score of every attention head in the 7B model, by layer. The ten highest-scoring heads are circled.';
const axTable = 'Table 1: Exact-match accuracy after ablating the top-k retrieval heads versus k random heads.';
const axRefs = [
  'Olsson, C., Elhage, N., and others. In-context learning and induction heads. Transformer Circuits Thread, 2022.',
  'Marrow, T. and Iyer, P. Long context without long attention. In Proceedings of the Workshop on Efficient Models, 2024.',
];
const axAuthors = ['Ingrid Salvesen', 'Kwame Boateng', 'Yui Nakahara'];
const axAff = 'Department of Computer Science, University of Eastmere';
const axHtml = `<!DOCTYPE html><html lang="en">
<head><meta content="text/html; charset=utf-8" http-equiv="content-type"><title>[2403.18823] ${axTitle}</title>
<meta content="width=device-width, initial-scale=1, shrink-to-fit=no" name="viewport">
<link rel="stylesheet" href="/assets/ar5iv-fonts.0.8.0.min.css"><link rel="stylesheet" href="/assets/ar5iv.0.8.0.min.css">
<link rel="stylesheet" href="/assets/ar5iv-site.0.2.2.css"><meta name="twitter:card" content="summary">
<meta property="og:title" content="${axTitle}"><meta property="og:url" content="https://ar5iv.labs.arxiv.org/html/2403.18823">
<meta property="og:site_name" content="ar5iv"><meta property="og:description" content="${axAbstract[0]?.slice(0, 120)}">
<script>function detectColorScheme(){var theme="light";var current_theme=localStorage.getItem("ar5iv_theme");
if(current_theme){if(current_theme=="dark"){theme="dark";}}document.documentElement.setAttribute("data-theme",theme);}detectColorScheme();</script>
</head><body>
<div class="ltx_page_main"><div class="ltx_page_content">
<article class="ltx_document ltx_authors_1line">
<h1 class="ltx_title ltx_title_document">${axTitle}</h1>
<div class="ltx_authors">${axAuthors
  .map(
    (a, i) => `<span class="ltx_creator ltx_role_author"><span class="ltx_personname">${a}</span><span class="ltx_author_notes">
<span class="ltx_contact ltx_role_affiliation">${axAff}</span><span class="ltx_contact ltx_role_email"><a
href="mailto:a${i}@eastmere.example">a${i}@eastmere.example</a></span></span></span>`,
  )
  .join('\n<span class="ltx_author_before">, </span>')}</div>
<div class="ltx_abstract"><h6 class="ltx_title ltx_title_abstract">Abstract</h6>
${axAbstract.map((p) => `<p id="id1.id1" class="ltx_p">${p}</p>`).join('\n')}</div>
<section id="S1" class="ltx_section"><h2 class="ltx_title ltx_title_section"><span class="ltx_tag ltx_tag_section">1 </span>Introduction</h2>
${axP1.map((p, i) => `<div id="S1.p${i + 1}" class="ltx_para"><p class="ltx_p">${p}</p></div>`).join('\n')}
<div class="ltx_para"><p class="ltx_p">Our code and probe results are public.<span class="ltx_note ltx_role_footnote"><sup class="ltx_note_mark">1</sup>
<span class="ltx_note_outer"><span class="ltx_note_content"><sup class="ltx_note_mark">1</sup><span class="ltx_tag ltx_tag_note">1</span>
https://github.example/eastmere-nlp/retrieval-heads</span></span></span></p></div></section>
<section id="S2" class="ltx_section"><h2 class="ltx_title ltx_title_section"><span class="ltx_tag ltx_tag_section">2 </span>Method</h2>
${axP2.map((p, i) => `<div id="S2.p${i + 1}" class="ltx_para"><p class="ltx_p">${p}</p></div>`).join('\n')}
<table id="S2.E1" class="ltx_equation ltx_eqn_table"><tbody><tr class="ltx_equation ltx_eqn_row ltx_align_baseline">
<td class="ltx_eqn_cell ltx_align_center"><math id="S2.E1.m1" class="ltx_Math" alttext="s_{h}=1-\\mathrm{acc}_{-h}/\\mathrm{acc}" display="block">
<semantics><annotation encoding="application/x-tex">s_{h}=1-\\mathrm{acc}_{-h}/\\mathrm{acc}</annotation></semantics></math></td>
<td class="ltx_eqn_cell ltx_eqn_eqno ltx_align_right"><span class="ltx_tag ltx_tag_equation">(1)</span></td></tr></tbody></table></section>
<section id="S3" class="ltx_section"><h2 class="ltx_title ltx_title_section"><span class="ltx_tag ltx_tag_section">3 </span>Results</h2>
<figure id="S3.F1" class="ltx_figure"><img src="/html/2403.18823/assets/x1.png" id="S3.F1.g1" class="ltx_graphics" width="598" height="311"
alt="Refer to caption">
<figcaption class="ltx_caption ltx_centering"><span class="ltx_tag ltx_tag_figure">Figure 1: </span>${axFig.slice(10)}</figcaption></figure>
${axP3.map((p, i) => `<div id="S3.p${i + 1}" class="ltx_para"><p class="ltx_p">${p}</p></div>`).join('\n')}
<figure id="S3.T1" class="ltx_table"><figcaption class="ltx_caption"><span class="ltx_tag ltx_tag_table">Table 1: </span>${axTable.slice(9)}</figcaption>
<table class="ltx_tabular"><thead><tr><th class="ltx_th">Model</th><th class="ltx_th">Top-10 ablated</th><th class="ltx_th">Random-10 ablated</th></tr></thead>
<tbody><tr><td class="ltx_td">1B</td><td class="ltx_td">0.04</td><td class="ltx_td">0.91</td></tr><tr><td class="ltx_td">7B</td><td class="ltx_td">0.06</td>
<td class="ltx_td">0.95</td></tr></tbody></table></figure></section>
<section id="S4" class="ltx_section"><h2 class="ltx_title ltx_title_section"><span class="ltx_tag ltx_tag_section">4 </span>Conclusion</h2>
${axP4.map((p) => `<div id="S4.p1" class="ltx_para"><p class="ltx_p">${p}</p></div>`).join('\n')}</section>
<section id="bib" class="ltx_bibliography"><h2 class="ltx_title ltx_title_bibliography">References</h2><ul class="ltx_biblist">
${axRefs.map((r, i) => `<li id="bib.bib${i + 1}" class="ltx_bibitem"><span class="ltx_bibblock">${r}</span></li>`).join('\n')}</ul></section>
</article></div>
<footer class="ltx_page_footer"><div class="ltx_page_logo">Generated on Thu Mar 28 14:02:11 2024 by <a
href="http://dlmf.nist.gov/LaTeXML/">LaTeXML</a></div></footer></div>
<div class="ar5iv-footer"><a href="/" class="ar5iv-home-button">◄</a><a
class="ar5iv-text-button ar5iv-severity-ok" href="/log/2403.18823">Conversion report</a>
<a class="ar5iv-text-button" target="_blank" href="https://github.com/dginev/ar5iv/issues/new">Report an issue</a>
<a class="ar5iv-text-button arxiv-ui-theme" href="https://arxiv.org/abs/2403.18823">View original on arXiv</a><a class="ar5iv-text-button"
href="/feeling_lucky">Feeling lucky?</a>
<a class="ar5iv-toggle-color-scheme" href="javascript:toggleColorScheme()" title="Toggle ar5iv color scheme"><span class="color-scheme-icon"></span></a>
<a href="/html/2403.18824" class="ar5iv-next-button">►</a></div>
<script>var canMathML = typeof(MathMLElement) == "function";</script></body></html>`;
export const ar5ivPaper: TestPage = {
  html: axHtml,
  name: 'heldout183-ar5iv-paper',
  kind: 'docs',
  // the h6 "Abstract" and the numbered section titles are headings; the footnote sentence is body, its URL, the equation,
  // the table cells and the bibliography are in neither list; captions, affiliations, emails and the ar5iv/LaTeXML
  // footer are furniture; the author names are bylines
  title: axTitle,
  headings: ['Abstract', axH1, axH2, axH3, axH4],
  body: texts([...axAbstract, ...axP1, 'Our code and probe results are public.', ...axP2, ...axP3, ...axP4]),
  bylines: axAuthors,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    axAff, 'a0@eastmere.example', 'a1@eastmere.example', 'a2@eastmere.example', axFig, axTable, 'Generated on Thu Mar 28 14:02:11 2024 by LaTeXML',
    'Conversion report', 'Report an issue', 'View original on arXiv', 'Feeling lucky?', '◄', '►',
  ],
};
