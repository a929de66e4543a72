import { type TestPage, texts } from './page-kit.js';
import { wrapSource } from './pages-heldout37-f2.js';
import { qBottom, qCats, qNav, qTop } from './pages-heldout37-f4.js';

/**
 * Held-out batch 37, file f3: an article on a research group's Quarto website (chrome in file f4): the title block with
 * subtitle, categories, author with ORCID icon, affiliation and the Published/Modified dates under their labels, level-2
 * sections with Pandoc's wrapped source lines, footnote references, a "Note" and a "Warning" callout, a folded R code cell with
 * its figure and caption, and the appendix with footnotes, reuse licence and citation; the TOC with its edit/issue actions in the
 * margin, the navbar, the page footer and "Back to top".
 */
const qTitle = 'Counting Swifts from Rooftops';
const qSub = 'What two summers of volunteer surveys show';
const qP1 = [
  'Common swifts spend almost their entire lives in the air, landing only to nest. In British towns they nest almost exclusively in ' +
    'buildings, squeezing into gaps under roof tiles and eaves, which makes them unusually vulnerable to renovation: a single ' +
    'reroofing job can remove a colony that has returned to the same street for decades.',
  'In 2023 we asked volunteers across Eastmoor to count swifts from rooftops, gardens and upstairs windows on summer evenings, when ' +
    'the birds gather in noisy, low-flying groups known as screaming parties. This post summarises what 212 volunteers recorded over ' +
    'two summers, and what the counts can and cannot tell us.',
];
const qH1 = 'How the survey worked';
const qP2 = [
  'Each volunteer adopted a fixed point and counted the largest screaming party they saw in a twenty-minute window, at least once a ' +
    'week between late May and the end of July. We asked for the single largest group rather than a running total, because swifts ' +
    'loop back past the same spot many times and a total would count the same birds over and over.',
];
const qNote =
  'Counts of screaming parties measure activity near nests, not the number of breeding pairs. A street with forty birds overhead ' +
  'might have ten nests or twenty; the ratio depends on how many non-breeding young birds join in.';
const qH2 = 'What the counts show';
const qP3 = [
  'Across the 64 sites counted in both years, the median peak count fell from 18 birds in 2023 to 14 in 2024 (<a href="#fig-counts" ' +
    'class="quarto-xref">Figure&nbsp;1</a>). The fall was not even. Sites in the older terraced streets to the north of the centre ' +
    'held steady, while sites in the redeveloped area around the station lost most of their birds.',
];
const qCaption = 'Figure 1: Peak evening counts per site, 2023 and 2024. Each line joins the same site in both years.';
const qP4 = [
  'The pattern fits what we know about nest sites. The terraces still have their original eaves and roof tiles, while a third of ' +
    'the buildings near the station were reroofed or clad between the two surveys, often with tight-fitting modern materials that ' +
    'leave no gaps.',
];
const qWarn =
  'Two summers is far too short to call this a trend. Weather alone can move swift counts by a quarter from one year to the next, ' +
  'and June 2024 was cool and wet.';
const qH3 = 'What happens next';
const qP5 = [
  'We are running the survey again this summer with the same sites, and adding a second evening count in July to catch ' +
    'late-arriving birds. We are also working with the council’s planning team on a simple guide for builders, showing where swift ' +
    'bricks can be fitted during renovation at little extra cost.',
  'If you would like to take part, the <a href="../../volunteer.html">sign-up form</a> opens on 1 May. No experience is needed; if ' +
    'you can count to fifty and sit still for twenty minutes, you can count swifts.',
];
const qFn = [
  'We tested this in 2023 with six volunteers counting at the same point; running totals were, on average, 3.4 times higher than the ' +
    'largest single group.',
  'Met Office regional summary for June 2024: rainfall 142 per cent of the long-term average.',
];
const qCite = 'Oyelaran, Hannah. 2025. “Counting Swifts from Rooftops.” March 4, 2025. https://uel.example/blog/2025-03-swift-survey/.';
const fnRef = (n: number): string => `<a href="#fn${n}" class="footnote-ref" id="fnref${n}" role="doc-noteref"><sup>${n}</sup></a>`;
const par = (h: string, fn = 0): string => `<p>${wrapSource(h, 72)}${fn > 0 ? fnRef(fn) : ''}</p>`;
const footnote = (f: string, i: number): string =>
  `<li id="fn${i + 1}"><p>${wrapSource(f, 72)}<a href="#fnref${i + 1}" class="footnote-back" role="doc-backlink">↩︎</a></p></li>`;
const sec = (id: string, t: string): string => `<section id="${id}" class="level2">\n<h2 class="anchored" data-anchor-id="${id}">${t}</h2>`;
const callout = (kind: string, label: string, body: string, fn = 0): string => `<div class="callout callout-style-default \
callout-${kind} callout-titled">
<div class="callout-header d-flex align-content-center">
<div class="callout-icon-container">
<i class="callout-icon"></i>
</div>
<div class="callout-title-container flex-fill">
${label}
</div>
</div>
<div class="callout-body-container callout-body">
${par(body, fn)}
</div>
</div>`;
const cell = `<div class="cell">
<details class="code-fold">
<summary>Code</summary>
<div class="sourceCode cell-code" id="cb1"><pre class="sourceCode r code-with-copy"><code class="sourceCode r"><span id="cb1-1"><a \
href="#cb1-1" aria-hidden="true" tabindex="-1"></a>counts <span class="ot">&lt;-</span> <span class="fu">read_csv</span>(<span \
class="st">"data/peak-counts.csv"</span>)</span>
<span id="cb1-2"><a href="#cb1-2" aria-hidden="true" tabindex="-1"></a><span class="fu">ggplot</span>(counts, <span \
class="fu">aes</span>(year, peak, <span class="at">group =</span> site)) <span class="sc">+</span> <span \
class="fu">geom_line</span>(<span class="at">alpha =</span> <span class="fl">0.4</span>)</span></code><button title="Copy to Clipboard" \
class="code-copy-button"><i class="bi"></i></button></pre></div>
</details>
<div class="cell-output-display">
<div id="fig-counts" class="quarto-float quarto-figure quarto-figure-center anchored">
<figure class="quarto-float quarto-float-fig figure">
<div aria-describedby="fig-counts-caption-0ceaefa1-69ba-4598-a22c-09a6ac19f8ca">
<img src="index_files/figure-html/fig-counts-1.png" class="img-fluid figure-img" width="672">
</div>
<figcaption class="quarto-float-caption-bottom quarto-float-caption quarto-float-fig" \
id="fig-counts-caption-0ceaefa1-69ba-4598-a22c-09a6ac19f8ca">
${qCaption.replace('Figure 1', 'Figure&nbsp;1')}
</figcaption>
</figure>
</div>
</div>
</div>`;
const qHtml = `${qTop(qTitle, qSub, [
  ['how-the-survey-worked', qH1],
  ['what-the-counts-show', qH2],
  ['what-happens-next', qH3],
])}
${par(qP1[0]!)}
${par(qP1[1]!)}
${sec('how-the-survey-worked', qH1)}
${par(qP2[0]!, 1)}
${callout('note', 'Note', qNote)}
</section>
${sec('what-the-counts-show', qH2)}
${par(qP3[0]!)}
${cell}
${par(qP4[0]!)}
${callout('warning', 'Warning', qWarn, 2)}
</section>
${sec('what-happens-next', qH3)}
${qP5.map((h) => par(h)).join('\n')}


</section>

<div id="quarto-appendix" class="default"><section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><h2 \
class="anchored quarto-appendix-heading">Footnotes</h2>

<ol>
${qFn.map(footnote).join('\n')}
</ol>
</section><section class="quarto-appendix-contents" id="quarto-reuse"><h2 class="anchored quarto-appendix-heading">Reuse</h2><div \
class="quarto-appendix-contents"><div><a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a></div></div></section>\
<section class="quarto-appendix-contents" id="quarto-citation"><h2 class="anchored quarto-appendix-heading">Citation</h2><div><div \
class="quarto-appendix-secondary-label">BibTeX citation:</div><pre class="sourceCode code-with-copy quarto-appendix-bibtex"><code \
class="sourceCode bibtex">@online{oyelaran2025,
  author = {Oyelaran, Hannah},
  title = {Counting {Swifts} from {Rooftops}},
  date = {2025-03-04},
  url = {https://uel.example/blog/2025-03-swift-survey/},
  langid = {en}
}
</code><button title="Copy to Clipboard" class="code-copy-button"><i class="bi"></i></button></pre><div \
class="quarto-appendix-secondary-label">For attribution, please cite this work as:</div><div id="ref-oyelaran2025" class="csl-entry \
quarto-appendix-citeas" role="listitem">
${qCite.replace('https://uel.example/blog/2025-03-swift-survey/', '<a href="https://uel.example/blog/2025-03-swift-survey/">$&</a>')}
</div></div></section></div>${qBottom}`;
export const quartoArticle: TestPage = {
  html: qHtml,
  name: 'heldout37-quarto-article',
  kind: 'blog',
  // the subtitle is the article's dek (body); paragraphs and both callouts are body (their "Note" / "Warning" labels in
  // neither), the footnote marks sit at paragraph ends and are in neither; the folded code cell ("Code" and the R source) is
  // in neither, the figure caption furniture; author, affiliation and the two dates are bylines, their labels ("Author",
  // "Affiliation", "Published", "Modified") furniture; categories, the TOC (entries are the headings again: in neither) and its
  // actions, the appendix (footnotes with "Footnotes", "Reuse", the licence, "Citation", its labels and the cite-as line; the
  // BibTeX block in neither), navbar, footer and "Back to top" are furniture; the categories "birds" and "surveys" are words of
  // the body: left out
  title: qTitle,
  headings: [qH1, qH2, qH3],
  body: [qSub, ...texts(qP1), ...texts(qP2), qNote, ...texts(qP3), ...texts(qP4), qWarn, ...texts(qP5)],
  bylines: ['Hannah Oyelaran', 'University of Eastmoor', 'March 4, 2025', 'March 10, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...qNav, 'Urban Ecology Lab', ...qCats.filter((c) => c === 'citizen science'), 'Author', 'Affiliation', 'Published', 'Modified', qCaption,
    'Footnotes', ...qFn, 'Reuse', 'CC BY 4.0', 'Citation', 'BibTeX citation:', 'For attribution, please cite this work as:', qCite,
    'On this page', 'Edit this page', 'Report an issue', 'Back to top', 'Built with Quarto',
  ],
};
