import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 186, file c2: a Distill.pub-style interactive article (the prerendered distill-header with "About",
 * "Prize" and "Submit", d-front-matter JSON, d-title with the subtitle and a teaser figure, the d-byline grid with
 * "Authors", "Affiliations", "Published" and "DOI", the d-article with interactive figures whose controls, axis labels
 * and captions sit inside the article, d-cite markers and d-footnote hover text, the d-appendix with acknowledgments,
 * author contributions, footnotes, references, "Updates and Corrections", "Reuse" and "Citation", and the distill-footer).
 */
const diTitle = 'Watching a Network Memorise Its Mistakes';
const diDek = 'An interactive look at how neural networks first learn the clean examples in a dataset and only later fit the mislabelled ones.';
const diP0 = [
  'Real datasets contain errors. A photo of a fox is labelled “dog”; a cheerful review is tagged as negative. Large networks are ' +
    'perfectly capable of fitting these wrong labels, and given enough training they will. Yet networks trained on noisy data often ' +
    'generalise surprisingly well, especially if training is stopped at the right moment.',
  'In this article we make that moment visible. We train a small network on a toy dataset where we control exactly which labels ' +
    'are wrong, and we watch, example by example, when each one is learned.',
];
const diH1 = 'A dataset with known mistakes';
const diP1 = [
  'Our toy dataset is a spiral of two classes in the plane, with 600 points. Before training, we flip the label of a random 20 ' +
    'percent of them. The figure below shows the points, with flipped labels drawn as hollow circles. Use the slider to change the ' +
    'noise rate and watch how the spiral becomes harder to see.',
  'A network that learned the true spiral would misclassify every hollow point, and that would be the right answer. A network ' +
    'that fits every point must bend its decision boundary into small islands around each mistake.',
];
const diH2 = 'Clean examples first';
const diP2 = [
  'When we train a two-layer network with 256 hidden units, something consistent happens. In the first few hundred steps the ' +
    'network learns the broad shape of the spiral, and nearly all the clean points are classified correctly. The mislabelled points ' +
    'are still “wrong” by their given labels, which is to say right by the truth.',
  'Only after the clean points are fitted does the loss on the noisy points begin to fall. Press play in the figure to see the ' +
    'boundary form. The islands around mislabelled points appear late and one at a time, often with a visible jump in the ' +
    'training loss as each is captured.',
  'This ordering has been observed in much larger networks on image and text data<d-cite key="harlan2024order"></d-cite>. Our toy ' +
    'version lets us see why: the clean points agree with each other, so a gradient step that helps one helps many. Each mislabelled ' +
    'point disagrees with its neighbours, so fitting it requires a change that helps only that point.',
];
const diH3 = 'What this means for training';
const diP3 = [
  'If clean examples are learned first, then stopping training early should keep most of the benefit of the clean data while ' +
    'avoiding the noise. In our toy setting, the best test accuracy comes at about step 900, long before the training accuracy on ' +
    'noisy labels reaches 100 percent.',
  'The same picture suggests some practical checks:',
];
const diNote = 'With a 40 percent noise rate the best step moves earlier, to about 600.';
const diList = [
  'Plot the loss of individual examples over time. Examples whose loss falls late are good candidates for label errors.',
  'Be suspicious of validation curves that keep improving while a small group of training examples is still being fitted.',
  'Use the time at which an example is learned as a cheap signal for data cleaning before relabelling by hand.',
];
const diP4 = [
  'None of this is a guarantee. Networks with strong regularisation or heavy data augmentation can behave differently, and in ' +
    'real data the line between a mislabelled example and a rare but genuine one is blurry. But watching the order in which a ' +
    'network learns is a simple habit, and it often reveals more about a dataset than its final accuracy does.',
];
const diAuthors = ['Noor Haddad', 'Felix Aumann', 'Chiara Benedetti'];
const diAffils = ['Kestrel AI Lab', 'University of Ostwald'];
const diCaption1 = 'Figure 1. The two-spiral dataset with a chosen fraction of labels flipped. Hollow circles are mislabelled points.';
const diCaption2 = 'Figure 2. The decision boundary during training. Drag the timeline or press play; click a point to see its loss curve.';
const diControls = ['Noise rate', 'Play', 'Reset', 'Training step', 'Loss on clean points', 'Loss on mislabelled points'];
const diAck = 'We are grateful to Isak Morrow and Dana Leclerc for comments on early drafts, and to the Distill editors for their careful review.';
const diContrib = 'Noor Haddad designed the experiments and wrote the article. Felix Aumann built the interactive figures. Chiara Benedetti advised.';
const diRef = 'Harlan, J. and Osei, M., 2024. The order of learning under label noise. Journal of Learning Dynamics, Vol 3, pp. 114-139.';
const diUpdates = 'If you see mistakes or want to suggest changes, please create an issue on GitHub.';
const diReuse = 'Diagrams and text are licensed under Creative Commons Attribution CC-BY 4.0 with the source available on GitHub, unless noted otherwise.';
const diFooter = 'Distill is dedicated to clear explanations of machine learning';
const diHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<script src="https://distill.pub/template.v2.js"></script><title>${diTitle}</title><meta property="description" itemprop="description" content="${diDek}">
<meta property="og:type" content="article"><meta property="og:title" content="${diTitle}"><meta property="article:published" content="2026-03-10">
${diAuthors.map((a) => `<meta property="article:author" content="${a}">`).join('')}<meta name="citation_title" content="${diTitle}">
<meta name="citation_doi" content="10.23915/distill.00044"><link rel="canonical" href="https://distill.pub/2026/memorising-mistakes">
<style>d-article .widget { margin: 1em 0; } d-article .slider label { font-size: 12px; }</style></head>
<body distill-prerendered="">
<distill-header distill-prerendered=""><div class="content"><a href="/" class="logo"><svg viewBox="-607 419 64 64"></svg>Distill</a>
<nav class="nav"><a href="/about/">About</a><a href="/prize/">Prize</a><a href="/journal/">Submit</a></nav></div></distill-header>
<d-front-matter><script type="text/json">{"title":"${diTitle}","description":"${diDek}","authors":[${diAuthors
  .map((a) => `{"author":"${a}"}`)
  .join(',')}]}</script></d-front-matter>
<d-title><h1>${diTitle}</h1><p>${diDek}</p>
<figure class="l-page"><img src="images/teaser.svg" alt="A spiral dataset with hollow mislabelled points"></figure></d-title>
<d-byline><div class="byline grid"><div class="authors-affiliations grid"><h3>Authors</h3><h3>Affiliations</h3>
${diAuthors
  .map(
    (a, i) => `<p class="author"><a class="name" href="https://example.org/${i}">${a}</a></p>
<p class="affiliation"><a class="affiliation" href="https://example.org/aff">${diAffils[i === 1 ? 1 : 0]}</a></p>`,
  )
  .join(
    '\n',
  )}</div><div><h3>Published</h3><p>March 10, 2026</p></div><div><h3>DOI</h3><p><a href="https://doi.org/10.23915/distill.00044">10.23915/distill.00044</a></p>
</div></div></d-byline>
<d-article><a class="marker" href="#section-1" id="section-1"><span>1</span></a>
${diP0.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="dataset">${diH1}</h2>
${diP1.map((p) => `<p>${p}</p>`).join('\n')}
<d-figure id="fig-noise" class="l-body"><figure><div class="widget slider"><label for="noise">${diControls[0]}</label>
<input id="noise" type="range" min="0" max="0.5" step="0.05" value="0.2"><span class="value">20%</span></div>
<svg class="spiral" width="480" height="480"><g class="axis"><text>x₁</text><text>x₂</text></g></svg>
<figcaption>${diCaption1}</figcaption></figure></d-figure>
<h2 id="clean-first">${diH2}</h2>
${diP2.map((p) => `<p>${p}</p>`).join('\n')}
<d-figure id="fig-train" class="l-page"><figure><div class="widget controls"><button class="play">${diControls[1]}</button>
<button class="reset">${diControls[2]}</button><label for="step">${diControls[3]}</label><input id="step" type="range" min="0" max="3000" value="0">
<span class="value">0</span></div><svg class="boundary" width="900" height="420"><g class="legend"><text>${diControls[4]}</text>
<text>${diControls[5]}</text></g></svg><figcaption>${diCaption2}</figcaption></figure></d-figure>
<h2 id="training">${diH3}</h2>
<p>${diP3[0]}<d-footnote>${diNote}</d-footnote></p>
<p>${diP3[1]}</p>
<ul>${diList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${diP4.map((p) => `<p>${p}</p>`).join('\n')}
</d-article>
<d-appendix><h3>Acknowledgments</h3><p>${diAck}</p><h3>Author Contributions</h3><p>${diContrib}</p>
<d-footnote-list><h3>Footnotes</h3><ol><li>With a 40 percent noise rate the best step moves earlier, to about 600.</li></ol></d-footnote-list>
<d-citation-list><h3 class="references">References</h3><ol class="references"><li>${diRef}</li></ol></d-citation-list>
<h3 id="updates-and-corrections">Updates and Corrections</h3><p>If you see mistakes or want to suggest changes, please
<a href="https://github.com/distillpub/post--memorising-mistakes/issues/new">create an issue on GitHub</a>.</p>
<h3 id="reuse">Reuse</h3><p>${diReuse}</p>
<h3 id="citation">Citation</h3><p>For attribution in academic contexts, please cite this work as</p>
<pre class="citation short">Haddad, et al., "Watching a Network Memorise Its Mistakes", Distill, 2026.</pre><p>BibTeX citation</p>
<pre class="citation long">@article{haddad2026watching, author = {Haddad, Noor and Aumann, Felix and Benedetti, Chiara}, journal = {Distill}, year =
{2026}}</pre>
</d-appendix>
<d-bibliography><script type="text/bibtex">@article{harlan2024order, title={The order of learning under label noise}, author={Harlan, J. and Osei, M.}}</script>
</d-bibliography>
<distill-footer distill-prerendered=""><div class="container"><a href="/" class="logo">Distill</a><p>${diFooter}</p>
<div class="nav"><a href="https://distill.pub/about/">About</a><a href="https://distill.pub/journal/">Submit</a><a href="https://distill.pub/prize/">Prize</a>
<a href="https://distill.pub/archive/">Archive</a><a href="https://distill.pub/rss.xml">RSS</a><a href="https://github.com/distillpub">GitHub</a>
<a href="https://twitter.com/distillpub">Twitter</a> ISSN 2476-0757</div></div></distill-footer>
<script src="index.bundle.js"></script></body></html>`;
export const distillArticle: TestPage = {
  html: diHtml,
  name: 'heldout186-distill-interactive-article',
  kind: 'blog',
  // the d-title subtitle is a dek: body; the footnote text (in the d-footnote hover box and the footnote list) is
  // furniture, the citation marker in neither list; the widgets' controls, labels and captions, the byline grid labels, the affiliations and the
  // whole d-appendix (acknowledgments, contributions, references, reuse, citation) are furniture; authors and the date
  // are bylines
  title: diTitle,
  headings: [diH1, diH2, diH3],
  body: [diDek, ...diP0, ...diP1, ...texts(diP2), ...diP3, ...diList, ...diP4],
  bylines: [...diAuthors, 'March 10, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Distill', 'About', 'Prize', 'Submit', 'Authors', 'Affiliations', ...diAffils, 'Published', 'DOI', '10.23915/distill.00044', ...diControls, '20%',
    diCaption1, diCaption2, 'Acknowledgments', diAck, diNote, 'Author Contributions', diContrib, 'Footnotes', 'References', diRef, 'Updates and Corrections',
    diUpdates, 'Reuse', diReuse, 'Citation', 'For attribution in academic contexts, please cite this work as', 'BibTeX citation', diFooter, 'Archive',
    'RSS', 'GitHub', 'Twitter', 'ISSN 2476-0757',
  ],
};
