import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout373-kit.js';
import { whatwg } from './pages-heldout373-a2.js';

/**
 * Held-out batch 373, file a: a W3C Recommendation rendered by ReSpec (logo, W3C state line, "More details about this
 * document" editors block, copyright, inline table of contents, jump-to-toc link, note box, references appendix) and, from
 * file a2, a WHATWG living standard section rendered by Bikeshed.
 */
const wTitle = 'Tactile Pattern Descriptions 1.0';
const wAbstract = [
  j(
    'This specification defines a declarative format for describing vibration patterns on handheld and wearable devices, so that',
    'a web application can ask for a short tactile cue without knowing the motor hardware of the device that plays it.',
  ),
];
const wStatus = [
  j(
    'This section describes the status of this document at the time of its publication. A list of current publications and the',
    'latest revision of this technical report can be found in the index of technical reports.',
  ),
  j(
    'This document was published by the Haptic Interfaces Working Group as a Recommendation using the Recommendation track. The',
    'group does not expect to add features to this version; new capabilities will be considered for a later level.',
  ),
];
const wIntro = [
  j(
    'Vibration on the web has long meant a list of millisecond durations passed to a single function. That model works for a',
    'buzzing phone but says nothing about intensity, sharpness or the shape of a pulse, and it behaves very differently on a',
    'linear resonant actuator than on the eccentric motors found in older devices.',
  ),
  j(
    'A tactile pattern description instead names the feeling an author wants, such as a soft tap or a rising ramp, and leaves',
    'the translation into motor commands to the user agent. The same description can then be rendered faithfully on a watch,',
    'a game controller or a phone, and can be scaled down or refused when the user has asked for reduced motion.',
  ),
];
const wModelIntro = [
  j(
    'A pattern is an ordered list of segments. Each segment has a duration in milliseconds and exactly one of the following',
    'kinds, which together cover the cues that usability studies found people could tell apart reliably:',
  ),
];
const wModelList = [
  'A <dfn>tap</dfn>, a single short pulse whose sharpness is given as a number between 0 and 1.',
  'A <dfn>ramp</dfn>, a change of intensity from a start value to an end value over the segment.',
  'A <dfn>rest</dfn>, a pause during which the actuator must be idle.',
];
const wModelAfter = [
  j(
    'User agents must clamp every intensity to the range the device supports and must not extend a pattern beyond five seconds',
    'in total. A pattern that would exceed that limit is truncated at the end of the last segment that fits.',
  ),
];
const wPrivacy = [
  j(
    'Playing a pattern reveals little on its own, but the time a device takes to start a pattern could, in principle, hint at',
    'the kind of actuator it carries. User agents should therefore start every pattern on the next animation frame, whatever',
    'the hardware, rather than as soon as the motor is ready.',
  ),
  j(
    'Patterns may only be played in response to a user activation or while the document has focus, so that a background tab',
    'cannot use vibration to draw attention to itself.',
  ),
];
const wNote = [
  j(
    'Authors are encouraged to pair every tactile cue with a visible or audible one, since many users switch vibration off',
    'entirely and some devices have no actuator at all.',
  ),
];
const wToc = ['Abstract', 'Status of This Document', '1. Introduction', '2. Pattern model', '3. Privacy considerations', 'A. References'];
const wRefs = [
  'HTML Standard. Anne Ferrow; et al. WHATWG. Living Standard.',
  'Key words for use in RFCs to Indicate Requirement Levels. S. Bradner. IETF. March 1997. Best Current Practice.',
];
const sec = (id: string, no: string, title: string, inner: string): string => `<section id="${id}"><div class="header-wrapper">
<h2 id="x${id}"><bdi class="secno">${no} </bdi>${title}</h2><a class="self-link" href="#${id}" aria-label="Permalink for Section ${no}"></a></div>
${inner}</section>`;
const wHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head>
<meta charset="utf-8"><meta name="generator" content="ReSpec 35.4.1"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>${wTitle}</title><meta name="description" content="${plainAbstract()}">
<link rel="canonical" href="https://www.w3.org/TR/tactile-patterns-1/">
<style id="respec-mainstyle">.issue-label{text-transform:initial}.warning>p:first-child{margin-top:0}</style>
<script type="application/ld+json">{"@context":["http://schema.org",{"@vocab":"http://schema.org/"}],"id":"https://www.w3.org/TR/tactile-patterns-1/",
"type":["TechArticle"],"name":"${wTitle}","inLanguage":"en","license":"https://www.w3.org/copyright/software-license-2023/",
"datePublished":"2026-03-12","copyrightHolder":{"name":"World Wide Web Consortium","url":"https://www.w3.org/"},
"editor":[{"type":"Person","name":"Maren Oyelaran"},{"type":"Person","name":"Tobiah Quist"}]}</script>
<link rel="stylesheet" href="https://www.w3.org/StyleSheets/TR/2021/W3C-REC"></head>
<body class="h-entry informative toc-inline"><div class="head">
<p class="logos"><a class="logo" href="https://www.w3.org/"><img crossorigin="" alt="W3C" height="48" width="72"
src="https://www.w3.org/StyleSheets/TR/2021/logos/W3C"></a></p>
<h1 id="title" class="title p-name">${wTitle}</h1>
<p id="w3c-state"><a href="https://www.w3.org/standards/types#REC">W3C Recommendation</a>
<time class="dt-published" datetime="2026-03-12">12 March 2026</time></p>
<details open=""><summary>More details about this document</summary><dl>
<dt>This version:</dt>
<dd><a class="u-url" href="https://www.w3.org/TR/2026/REC-tactile-patterns-1-20260312/">https://www.w3.org/TR/2026/REC-tactile-patterns-1-20260312/</a></dd>
<dt>Latest published version:</dt><dd><a href="https://www.w3.org/TR/tactile-patterns-1/">https://www.w3.org/TR/tactile-patterns-1/</a></dd>
<dt>Implementation report:</dt><dd><a href="https://wpt.fyi/results/tactile-patterns">https://wpt.fyi/results/tactile-patterns</a></dd>
<dt>Editors:</dt>
<dd class="editor p-author h-card vcard" data-editor-id="140211"><span class="p-name fn">Maren Oyelaran</span>
(<a class="p-org org h-org" href="https://quillmoor.example/">Quillmoor Devices</a>)</dd>
<dd class="editor p-author h-card vcard" data-editor-id="151876"><span class="p-name fn">Tobiah Quist</span>
(<a class="p-org org h-org" href="https://larchfield.example/">Larchfield Systems</a>)</dd>
<dt>Feedback:</dt><dd><a href="https://github.com/w3c/tactile-patterns/">GitHub w3c/tactile-patterns</a>
(<a href="https://github.com/w3c/tactile-patterns/pulls/">pull requests</a>, <a href="https://github.com/w3c/tactile-patterns/issues/new/choose">new issue</a>,
<a href="https://github.com/w3c/tactile-patterns/issues/">open issues</a>)</dd>
<dt>Errata:</dt><dd><a href="https://w3c.github.io/tactile-patterns/errata.html">Errata exists</a>.</dd></dl></details>
<p class="copyright"><a href="https://www.w3.org/policies/#copyright">Copyright</a> © 2026 <a href="https://www.w3.org/">World Wide Web Consortium</a>.
<abbr title="World Wide Web Consortium">W3C</abbr><sup>®</sup> <a href="https://www.w3.org/policies/#Legal_Disclaimer">liability</a>,
<a href="https://www.w3.org/policies/#W3C_Trademarks">trademark</a> and <a href="https://www.w3.org/copyright/software-license-2023/">permissive document
license</a> rules apply.</p><hr title="Separator for header"></div>
<section id="abstract" class="introductory"><h2>Abstract</h2>${ps(wAbstract)}</section>
<section id="sotd" class="introductory"><h2>Status of This Document</h2>${ps(wStatus)}</section>
<nav id="toc"><h2 class="introductory" id="table-of-contents">Table of Contents</h2><ol class="toc">${links(wToc, 'tocline')}</ol></nav>
${sec('introduction', '1.', 'Introduction', ps(wIntro))}
${sec('model', '2.', 'Pattern model', `${ps(wModelIntro)}<ul>${wModelList.map((l) => `<li>${l}</li>`).join('\n')}</ul>${ps(wModelAfter)}`)}
${sec(
  'privacy',
  '3.',
  'Privacy considerations',
  `${ps(wPrivacy)}<div class="note" role="note" id="issue-container-generatedID-0"><div role="heading" class="note-title marker" id="h-note-0"
aria-level="3"><span>Note</span></div>${ps(wNote, ' class=""')}</div>`,
)}
<section id="references" class="appendix"><div class="header-wrapper"><h2 id="a-references"><bdi class="secno">A. </bdi>References</h2></div>
<section id="normative-references"><h3 id="a-1-normative-references">A.1 Normative references</h3><dl class="bibliography">
<dt id="bib-html">[HTML]</dt><dd><a href="https://html.spec.whatwg.org/multipage/"><cite>HTML Standard</cite></a>. Anne Ferrow; et al. WHATWG.
Living Standard.</dd>
<dt id="bib-rfc2119">[RFC2119]</dt><dd><a href="https://www.rfc-editor.org/rfc/rfc2119"><cite>Key words for use in RFCs to Indicate Requirement
Levels</cite></a>. S. Bradner. IETF. March 1997. Best Current Practice.</dd></dl></section></section>
<p role="navigation" id="back-to-top"><a href="#title"><abbr title="Back to Top">↑</abbr></a></p>
<p id="toc-nav"><a id="toc-jump" href="#toc"><span aria-hidden="true">↑</span> <span>jump to toc</span></a></p>
<script id="respec-dfn-panel">(() => { document.querySelectorAll("dfn").forEach((d) => d.setAttribute("tabindex", "0")); })();</script>
<script src="https://www.w3.org/scripts/TR/2021/fixup.js"></script></body></html>`;
function plainAbstract(): string {
  return 'A declarative format for describing vibration patterns on handheld and wearable devices.';
}
const w3c: TestPage = {
  name: 'heldout373-w3c-respec-recommendation',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['Abstract', 'Status of This Document', '1. Introduction', '2. Pattern model', '3. Privacy considerations'],
  body: texts([...wAbstract, ...wStatus, ...wIntro, ...wModelIntro, ...wModelList, ...wModelAfter, ...wPrivacy, ...wNote]),
  bylines: ['12 March 2026', 'Maren Oyelaran', 'Tobiah Quist'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'W3C Recommendation', 'More details about this document', 'This version:', 'https://www.w3.org/TR/2026/REC-tactile-patterns-1-20260312/',
    'Latest published version:', 'https://www.w3.org/TR/tactile-patterns-1/', 'Implementation report:', 'https://wpt.fyi/results/tactile-patterns',
    'Editors:', 'Quillmoor Devices', 'Larchfield Systems', 'Feedback:', 'GitHub w3c/tactile-patterns', 'pull requests', 'new issue', 'open issues',
    'Errata:', 'Errata exists', 'Copyright © 2026 World Wide Web Consortium. W3C® liability, trademark and permissive document license rules apply.',
    'Table of Contents', 'A. References', 'A.1 Normative references', '[HTML]', ...wRefs, '[RFC2119]', 'jump to toc', 'Note',
  ],
};

export const HELDOUT373_A: readonly TestPage[] = [w3c, whatwg];
