import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 28, file a2: a bioRxiv preprint page in its "Full Text" tab on the Highwire/Drupal template (logo, slogan
 * and menu, keyword search, the "New Results" label, citation block with author spans and the DOI, "Posted" date, the tools
 * bar, the not-peer-reviewed notice, the tabs, the abstract, competing-interest statement, sections with h3 subsections,
 * figures with "Download figure" / "Open in new tab", acknowledgements, references with CrossRef/PubMed/Google Scholar links,
 * the licence block, the Disqus comment box, the citation-manager modal, the subject-area rail and the footer).
 */
const bxTitle = 'A brainstem relay links gastric stretch to the rapid suppression of thirst in mice';
const ref = (n: number, t: string): string => `<a id="xref-ref-${n}-1" class="xref-bibr" href="#ref-${n}">${t}</a>`;
const fig = (t: string): string => `<a id="xref-fig-1-1" class="xref-fig" href="#F1">${t}</a>`;
const bxAbs =
  'Drinking stops long before water reaches the blood, which suggests that signals from the upper gut tell the brain how much has ' +
  'been swallowed. Here we identify a population of neurons in the caudal nucleus of the solitary tract (cNTS) that express the ' +
  'oxytocin receptor (Oxtr) and respond to stretch of the stomach within seconds. Using fiber photometry in freely drinking mice, we ' +
  'show that these neurons are activated by water or saline in the stomach, but not by the same volume delivered to the intestine. ' +
  'Silencing them prolonged drinking bouts by 46 %, whereas activating them stopped drinking in thirsty mice without changing food ' +
  'intake. Oxtr neurons project to the median preoptic nucleus, where their input inhibits thirst-promoting neurons. These results ' +
  'describe a fast gut-to-brain pathway that anticipates the effect of a drink on body fluids.';
const bxIntro = [
  'Thirst is satisfied in minutes, yet water takes roughly half an hour to be absorbed and to dilute the blood. Animals therefore need ' +
    'a fast signal that predicts the future effect of a drink, and thirst-promoting neurons in the forebrain are known to fall silent ' +
    `within seconds of drinking onset (${ref(1, 'Lindgren et al., 2018')}; ${ref(2, 'Okafor and Tan, 2020')}).`,
  'Part of this fast signal comes from the mouth and throat, but swallowing alone does not fully end drinking. Mice drink more when ' +
    'water is drained from the stomach through a fistula, which points to a second signal from the gut itself. Where that signal enters ' +
    'the brain, and how it reaches the forebrain, has remained unclear.',
];
const bxH = [
  'Introduction',
  'Results',
  'Stomach stretch activates Oxtr neurons in the caudal NTS',
  'Oxtr neurons limit drinking through the median preoptic nucleus',
  'Discussion',
] as const;
const bxRes1 = [
  'We first mapped Fos expression after infusing 0.5 ml of water into the stomach of anesthetized mice. Fos-positive cells were ' +
    `concentrated in the caudal NTS, and 71 % of them expressed Oxtr (${fig('Figure 1A–C')}). In awake mice, Oxtr neuron activity rose ` +
    'within 4 s of the start of drinking and tracked the volume consumed, not the number of licks.',
  'The response did not depend on what was in the stomach: water, isotonic saline and an inflated balloon produced similar signals. ' +
    'Infusing the same volumes into the duodenum produced no response, which places the signal at the stomach.',
];
const bxRes2 = [
  'Silencing Oxtr neurons with tetanus toxin lengthened drinking bouts by 46 % and nearly doubled water intake in the first 10 minutes ' +
    'after 24 h of deprivation. Optogenetic activation had the opposite effect, stopping drinking in thirsty mice within seconds, but ' +
    'left food intake after a fast unchanged.',
  'Anterograde tracing revealed dense Oxtr axons in the median preoptic nucleus (MnPO). Stimulating these terminals was enough to ' +
    'suppress drinking and reduced the activity of thirst-promoting MnPO neurons by 58 %.',
];
const bxDisc = [
  'Our results identify a gastric stretch signal that reaches the forebrain thirst circuit through a direct brainstem projection. ' +
    'Because the signal follows volume rather than content, it can act as an early estimate of how much has been drunk, while slower ' +
    'osmotic signals correct that estimate once water is absorbed.',
  'Many questions remain. We did not test whether the pathway is active during eating, when the stomach also stretches, or whether it ' +
    'changes with age, when thirst regulation is known to weaken.',
];
const bxCaps = [
  'Figure 1.',
  'Gastric distension activates Oxtr neurons in the caudal NTS.',
  '(A) Fos expression after intragastric water infusion. (B, C) Overlap of Fos and Oxtr in the cNTS. (D) Fiber photometry during drinking.',
  'Figure 2.',
  'Oxtr neurons suppress drinking through the MnPO.',
  '(A) Water intake after silencing. (B–D) Stimulation of Oxtr terminals in the MnPO and the response of thirst-promoting neurons.',
];
const bxAuthors = ['Priya Raman', 'Daniel K. Osei', 'Lucía Fernández-Bravo', 'Markus Thiel', 'Yuki Harada'];
const bxAff = [
  'Department of Physiology, Westbrook University School of Medicine, Portland, OR, USA',
  'Center for Neural Circuits, Instituto de Neurociencias del Norte, Oviedo, Spain',
];
const bxRefs = [
  'Lindgren, E., Park, J. & Moreau, S. Anticipatory silencing of thirst neurons during drinking. Neuron 98, 411–423 (2018).',
  'Okafor, C. & Tan, W. Oropharyngeal and gastric signals in the control of water intake. Curr. Biol. 30, 2201–2210 (2020).',
];
const bxNav = ['Home', 'About', 'Submit', 'ALERTS / RSS'];
const bxTools = ['Download PDF', 'Print/Save Options', 'Supplementary Material', 'Email', 'Share', 'Citation Tools'];
const bxTabs = ['Abstract', 'Full Text', 'Info/History', 'Metrics', 'Preview PDF'];
const bxCiteFmt = ['BibTeX', 'Bookends', 'EasyBib', 'EndNote (tagged)', 'EndNote 8 (xml)', 'Medlars', 'Mendeley', 'Papers', 'RefWorks Tagged', 'RIS', 'Zotero'];
// biome-ignore format: a long list of short subject names
const bxSubjects = [
  'Animal Behavior and Cognition', 'Biochemistry', 'Bioengineering', 'Bioinformatics', 'Biophysics', 'Cancer Biology', 'Cell Biology',
  'Clinical Trials', 'Developmental Biology', 'Ecology', 'Epidemiology', 'Evolutionary Biology', 'Genetics', 'Genomics', 'Immunology',
  'Microbiology', 'Molecular Biology', 'Neuroscience', 'Paleontology', 'Pathology', 'Pharmacology and Toxicology', 'Physiology',
  'Plant Biology', 'Scientific Communication and Education', 'Synthetic Biology', 'Systems Biology', 'Zoology',
];
const bxFoot = ['About bioRxiv', 'FAQ', 'Submission Guide', 'Editorial Policies', 'Privacy Policy', 'Contact', 'Copyright © 2025 openRxiv'];
const bxLicence =
  'The copyright holder for this preprint is the author/funder, who has granted bioRxiv a license to display the preprint in ' +
  'perpetuity. It is made available under a CC-BY-NC 4.0 International license.';
const bxAck = 'We thank the staff of the Westbrook animal facility and R. Ocampo for help with surgeries. Supported by NIH grant R01DK139204 to Y.H.';
const sec = (id: string, h: string, inner: string): string => `<div class="section" id="${id}"><h2 class="">${h}</h2>${inner}</div>`;
const sub = (id: string, h: string, paras: readonly string[]): string =>
  `<div id="${id}" class="subsection"><h3>${h}</h3>${paras.map((p, i) => `<p id="${id}-p${i}">${p}</p>`).join('\n')}</div>`;
const figure = (n: number): string => `<div id="F${n}" class="fig pos-float odd"><div class="highwire-figure"><div class="fig-inline-img-wrapper">
<div class="fig-inline-img"><a href="https://www.biorxiv.example/content/biorxiv/early/2025/05/09/2025.05.06.652318/F${n}.large.jpg" class="highwire-fragment
fragment-images colorbox-load" data-icon-position="" data-hide-link-title="0"><span class="hw-responsive-img"><img class="highwire-fragment fragment-image"
alt="Figure ${n}." src="#"></span></a></div></div><ul class="highwire-figure-links inline"><li class="download-fig first"><a href="#"
class="highwire-figure-link highwire-figure-link-download" title="Download Figure ${n}.">Download figure</a></li>
<li class="new-tab last"><a href="#" class="highwire-figure-link highwire-figure-link-newtab" target="_blank">Open in new tab</a></li></ul></div>
<div class="fig-caption"><span class="fig-label">${bxCaps[n * 3 - 3]}</span> <span class="caption-title">${bxCaps[n * 3 - 2]}</span>
<p id="p-f${n}" class="first-child">${bxCaps[n * 3 - 1]}</p><div class="sb-div caption-clear"></div></div></div>`;
const bxHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${bxTitle} | bioRxiv</title>
<meta name="citation_title" content="${bxTitle}"><meta name="citation_doi" content="10.1101/2025.05.06.652318">
<meta name="citation_publication_date" content="2025/05/09">${bxAuthors.map((a) => `<meta name="citation_author" content="${a}">`).join('')}
<script>jQuery.extend(Drupal.settings, {"basePath":"\\/","highwire":{"markup":[{"requested":"full-text","variant":"full-text"}],
"ajaxPath":"\\/highwire\\/markup"}});</script>
</head><body class="html not-front not-logged-in page-node page-node-2394410 node-type-highwire-article context-content hw-default-jcode-biorxiv">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div class="page clearfix" id="page"><header id="section-header" class="section section-header"><div id="zone-branding" class="zone zone-branding">
<div class="logo-img"><a href="/" rel="home" title="Home"><img src="/sites/default/files/biorxiv_logo_homepage.png" alt="bioRxiv"></a></div>
<h2 class="site-slogan">THE PREPRINT SERVER FOR BIOLOGY</h2><nav id="block-menu-block-2"><ul class="menu">${links(bxNav, 'leaf')}</ul></nav>
<form class="search-form" action="/search"><input type="text" placeholder="Search for this keyword" title="Search for this keyword">
<button type="submit">Search</button>
<a href="/search" class="advanced-search">Advanced Search</a></form></div></header>
<div id="section-content" class="section section-content"><div id="zone-content" class="zone zone-content"><a id="main-content"></a>
<div class="panel-display panel-2col-stacked clearfix"><div class="panel-col-first panel-panel"><div class="inside">
<div class="panel-pane pane-custom pane-1"><div class="pane-content"><p class="article-type">New Results</p></div></div>
<div class="panel-pane pane-highwire-article-citation"><div class="pane-content"><div class="highwire-article-citation highwire-citation-type-highwire-article">
<div class="highwire-cite highwire-cite-highwire-article highwire-citation-biorxiv-article-top clearfix">
<h1 class="highwire-cite-title" id="page-title">${bxTitle}</h1><div class="highwire-cite-authors"><span class="highwire-citation-authors">
${bxAuthors
  .map((a, i) => {
    const [g, s] = [a.slice(0, a.lastIndexOf(' ')), a.slice(a.lastIndexOf(' ') + 1)];
    return `<span class="highwire-citation-author${i === 0 ? ' first' : ''}" data-delta="${i}">
<span class="nlm-given-names">${g}</span> <span class="nlm-surname">${s}</span></span>`;
  })
  .join(', ')}</span></div>
<div class="highwire-cite-metadata"><span class="highwire-cite-metadata-doi highwire-cite-metadata"><span class="label">doi:</span>
https://doi.org/10.1101/2025.05.06.652318 </span></div></div></div></div></div>
<div class="panel-pane pane-custom pane-2"><div class="pane-content">Posted&nbsp;May 09, 2025.</div></div>
<div class="panel-pane pane-biorxiv-art-tools"><ul class="inline">${links(bxTools)}</ul></div>
<div class="panel-pane pane-biorxiv-art-info"><div class="pane-content"><p>This article is a preprint and has not been certified by peer review
<a href="/about/FAQ#unrefereed">[what does this mean?]</a>.</p></div></div>
<ul class="tabs inline panels-ajax-tab">${bxTabs.map((t, i) => `<li class="${i === 1 ? 'active' : ''}"><a href="#tab-${i}">${t}</a></li>`).join('')}</ul>
<div class="panel-pane pane-highwire-markup"><div class="pane-content"><div class="highwire-markup"><div id="content-block-markup">
<div class="article fulltext-view "><span class="highwire-journal-article-marker-start"></span>
<div class="section abstract" id="abstract-1"><h2 class="">Abstract</h2><p id="p-2">${bxAbs}</p></div>
<div class="section" id="sec-coi"><h2>Competing Interest Statement</h2><p id="p-3">The authors have declared no competing interest.</p></div>
${sec('sec-1', bxH[0], bxIntro.map((p, i) => `<p id="p-${i + 4}">${p}</p>`).join('\n'))}
${sec('sec-2', bxH[1], `${sub('sec-3', bxH[2], bxRes1)}${figure(1)}${sub('sec-4', bxH[3], bxRes2)}${figure(2)}`)}
${sec('sec-5', bxH[4], bxDisc.map((p, i) => `<p id="p-${i + 12}">${p}</p>`).join('\n'))}
<div class="section ack" id="ack-1"><h2>Acknowledgements</h2><p id="p-14">${bxAck}</p></div>
<div class="section ref-list" id="ref-list-1"><h2>References</h2><ol class="cit-list ref-use-labels">
${bxRefs
  .map(
    (r, i) => `<li><a class="rev-xref-ref" href="#xref-ref-${i + 1}-1" title="View reference ${i + 1} in text" id="ref-${i + 1}">↵</a>
<div class="cit ref-cit ref-journal"><div class="cit-metadata"><cite>${r}</cite></div><div class="cit-extra">
<a href="#" class="cit-ref-sprinkles cit-ref-sprinkles-doi"><span>CrossRef</span></a> <a href="#" class="cit-ref-sprinkles cit-ref-sprinkles-medline">
<span>PubMed</span></a>
<a href="#" class="cit-ref-sprinkles cit-ref-sprinkles-google-scholar"><span>Google Scholar</span></a></div></div></li>`,
  )
  .join('\n')}</ol></div>
<span class="highwire-journal-article-marker-end"></span></div></div></div></div></div>
<div class="panel-pane pane-biorxiv-copyright"><div class="pane-content"><div class="field field-name-field-license">${bxLicence}</div></div></div>
<div class="panel-pane pane-biorxiv-article-nav"><a href="#" class="pager-previous">Previous</a> <a href="#" class="pager-next">Next</a>
<a href="#page" class="back-to-top">Back to top</a></div>
<div class="panel-pane pane-disqus-comments"><h2 class="pane-title">Comments</h2><div id="disqus_thread"></div>
<noscript>Please enable JavaScript to view the comments powered by Disqus.</noscript></div>
<div class="author-affiliations" style="display:none"><ol class="affiliation-list">${bxAff.map((a, i) => `<li><sup>${i + 1}</sup>${a}</li>`).join('')}</ol>
<p class="corresp">For correspondence: yharada@westbrook.example</p></div></div></div>
<div class="panel-col-last panel-panel"><div class="inside"><div class="panel-pane pane-biorxiv-subject-area"><h2 class="pane-title">Subject Area</h2>
<ul><li><a href="/collection/neuroscience">Neuroscience</a></li></ul></div>
<div class="panel-pane pane-biorxiv-subject-collections"><h2 class="pane-title">Subject Areas</h2><p><a href="/collection">All Articles</a></p>
<ul class="collection-list">${links(bxSubjects, 'leaf')}</ul></div></div></div></div></div></div>
<div id="citation-tools-modal" class="modal" aria-hidden="true" style="display:none"><h3>Citation Manager Formats</h3><ul>${links(bxCiteFmt)}</ul></div>
<footer id="section-footer" class="section section-footer"><ul class="menu">${links(bxFoot)}</ul></footer></div></body></html>`;
export const biorxiv: TestPage = {
  html: bxHtml,
  name: 'heldout28-biorxiv-preprint',
  kind: 'docs',
  // the abstract and the sections are the preprint's text: body, with the author-year citations kept as words of their
  // sentences; "Abstract", the three h2s and the two results h3s are the headings; the competing-interest statement and the
  // acknowledgements are form statements and credits: furniture with their headings, as the references are; the five author
  // names, the hidden affiliations, the correspondence line and the "Posted" date are bylines (the DOI line under the names is
  // the preprint's identifier, not an author line: furniture); the "New Results" label, tools bar, tabs (the tab "Abstract" is
  // the heading word: left out), the peer-review notice, figure labels, titles and legends, figure links (twice, once), licence,
  // pager, comments box, citation modal, subject rail ("Neuroscience" twice, once), header and footer are furniture
  title: bxTitle,
  headings: ['Abstract', ...bxH],
  body: [bxAbs, ...texts(bxIntro), ...texts(bxRes1), ...texts(bxRes2), ...texts(bxDisc)],
  bylines: [...bxAuthors, ...bxAff, 'For correspondence: yharada@westbrook.example', 'Posted May 09, 2025.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'THE PREPRINT SERVER FOR BIOLOGY', ...bxNav, 'Search', 'Advanced Search', 'New Results',
    'doi: https://doi.org/10.1101/2025.05.06.652318', ...bxTools,
    'This article is a preprint and has not been certified by peer review [what does this mean?].', ...bxTabs.slice(1),
    'Competing Interest Statement', 'The authors have declared no competing interest.', ...bxCaps, 'Download figure', 'Open in new tab',
    'Acknowledgements', bxAck, 'References', ...bxRefs, 'CrossRef', 'PubMed', 'Google Scholar', bxLicence, 'Previous', 'Next', 'Back to top',
    'Comments', 'Please enable JavaScript to view the comments powered by Disqus.', 'Subject Area', 'Subject Areas', 'All Articles',
    ...bxSubjects, 'Citation Manager Formats', ...bxCiteFmt, ...bxFoot,
  ],
};
