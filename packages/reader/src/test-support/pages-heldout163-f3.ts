import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 163, file f3: a W3C Working Draft as published on w3.org/TR (ReSpec output with the TR "fixup" script):
 * the W3C logo, the h1 and subtitle, the state and date line, the "More details about this document" block (versions,
 * history, editors, feedback), the copyright line, Abstract, Status of This Document, the sidebar table of contents with
 * "Jump to Table of Contents" / "Collapse Sidebar", numbered sections with "§" self-links, a note box, an example with its
 * marker, a WebIDL block, the references, the IDL index and the back-to-top link.
 */
const w3Title = 'Ambient Haptics API';
const w3Abstract = [
  'This specification defines an API that allows web applications to play short vibration patterns on devices with haptic actuators, ' +
    'such as phones, watches and game controllers, with control over intensity and sharpness as well as duration.',
];
const w3Sotd = [
  'This section describes the status of this document at the time of its publication. A list of current W3C publications and the ' +
    'latest revision of this technical report can be found in the W3C standards and drafts index.',
  'This document was published by the Devices and Sensors Working Group as a Working Draft using the Recommendation track.',
  'Publication as a Working Draft does not imply endorsement by W3C and its Members. This is a draft document and may be updated, ' +
    'replaced or obsoleted by other documents at any time.',
];
const w3H1 = '1. Introduction';
const w3P1 = [
  'The existing <a href="https://www.w3.org/TR/vibration/"><code>navigator.vibrate()</code></a> method accepts only a list of on and ' +
    'off durations. Modern actuators can vary the strength and the character of each pulse, which lets applications produce ' +
    'feedback that feels like a click, a bump or a soft buzz rather than a generic vibration.',
  'This specification exposes those capabilities through a small interface, <code>HapticPattern</code>, while keeping the same ' +
    'permission and visibility rules as the Vibration API, so that pages cannot vibrate a device while hidden or without user activation.',
];
const w3Note =
  'Implementations on hardware that cannot vary intensity are expected to approximate patterns by adjusting pulse duration instead. ' +
  'The algorithms below allow this.';
const w3H2 = '2. Conformance';
const w3P2 = [
  'As well as sections marked as non-normative, all authoring guidelines, diagrams, examples, and notes in this specification are ' +
    'non-normative. Everything else in this specification is normative.',
  'The key words MAY, MUST, and SHOULD in this document are to be interpreted as described in BCP 14 [RFC2119] [RFC8174] when, and ' +
    'only when, they appear in all capitals, as shown here.',
];
const w3H3 = '3. The HapticPattern interface';
const w3P3 = [
  'A <dfn>HapticPattern</dfn> represents a sequence of pulses. Each pulse has a duration in milliseconds, an intensity between 0 and 1, ' +
    'and a sharpness between 0 and 1, where higher sharpness produces a crisper, more click-like sensation.',
  'When the <code>play()</code> method is invoked, the user agent MUST run the following steps:',
];
const w3Steps = [
  'If the current settings object\u2019s relevant global object does not have transient activation, return a promise rejected with a ' +
    '"NotAllowedError" DOMException.',
  'If the document is not visible, return a promise rejected with a "NotAllowedError" DOMException.',
  'Let pulses be the result of clamping each pulse\u2019s intensity and sharpness to the range the device supports.',
  'Queue pulses on the device\u2019s haptic actuator, replacing any pattern that is currently playing, and resolve the returned promise ' +
    'when the last pulse has finished.',
];
const w3H4 = '4. Privacy and security considerations';
const w3P4 = [
  'Haptic capabilities differ between devices, so the ranges reported by the API could add to a fingerprint. User agents SHOULD ' +
    'report capabilities in a small number of coarse buckets rather than exact hardware values.',
  'Vibration can also be used to leak information across devices that share a surface, for example a phone lying on a desk next to ' +
    'a laptop. Requiring transient activation limits this to pages the user is actively interacting with.',
];
const w3Details = [
  'More details about this document',
  'This version:',
  'https://www.w3.org/TR/2026/WD-ambient-haptics-20260212/',
  'Latest published version:',
  'https://www.w3.org/TR/ambient-haptics/',
  'Latest editor\u2019s draft:',
  'https://w3c.github.io/ambient-haptics/',
  'History:',
  'Commit history',
  'Editors:',
  'Feedback:',
  'GitHub w3c/ambient-haptics (pull requests, new issue, open issues)',
];
const w3Editors = ['Hanna Lindqvist (Orbital Devices)', 'Sefu Mwangi (Kestrel Browser Project)'];
const w3Copy = 'Copyright © 2026 World Wide Web Consortium. W3C® liability, trademark and permissive document license rules apply.';
const w3Toc = ['Abstract', 'Status of This Document', w3H1, w3H2, w3H3, w3H4, 'A. IDL Index', 'B. References'];
const sectionHead = (id: string, h: string): string => `<div class="header-wrapper"><h2 id="x${id}"><bdi class="secno">${h.split(' ')[0]} </bdi>
${h.split(' ').slice(1).join(' ')}</h2><a class="self-link" href="#${id}" aria-label="Permalink for Section ${h.split(' ')[0]}"></a></div>`;
const w3Ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const w3Html = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="generator" content="ReSpec 35.3.1"><meta name="viewport"
content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>Ambient Haptics API</title><meta name="description"
content="This specification defines an API that allows web applications to play short vibration patterns.">
<link rel="canonical" href="https://www.w3.org/TR/ambient-haptics/"><link rel="stylesheet" href="https://www.w3.org/StyleSheets/TR/2021/W3C-WD">
<script type="application/ld+json">{"@context":["http://schema.org",{"@vocab":"http://schema.org/","w3p":"http://www.w3.org/2001/02pd/rec54#"}],"id":
"https://www.w3.org/TR/2026/WD-ambient-haptics-20260212/","type":["TechArticle"],"name":"Ambient Haptics API","inLanguage":"en-us","license":
"https://www.w3.org/copyright/software-license-2023/","datePublished":"2026-02-12","editor":[{"type":"Person","name":"Hanna Lindqvist"},{"type":"Person",
"name":"Sefu Mwangi"}]}</script></head>
<body class="h-entry toc-sidebar"><div class="head"><p class="logos"><a class="logo" href="https://www.w3.org/"><img crossorigin="" alt="W3C" height="48"
width="72"
src="https://www.w3.org/StyleSheets/TR/2021/logos/W3C"></a></p><h1 id="title" class="title">${w3Title}</h1>
<p id="w3c-state"><a href="https://www.w3.org/standards/types#WD">W3C Working Draft</a> <time class="dt-published"
datetime="2026-02-12">12 February 2026</time></p>
<details open=""><summary>${w3Details[0]}</summary><dl><dt>${w3Details[1]}</dt><dd><a class="u-url" href="${w3Details[2]}">${w3Details[2]}</a></dd>
<dt>${w3Details[3]}</dt><dd><a href="${w3Details[4]}">${w3Details[4]}</a></dd><dt>${w3Details[5]}</dt><dd><a href="${w3Details[6]}">${w3Details[6]}</a></dd>
<dt>${w3Details[7]}</dt><dd><a href="https://github.com/w3c/ambient-haptics/commits/">${w3Details[8]}</a></dd><dt>${w3Details[9]}</dt>
${w3Editors
  .map(
    (e) => `<dd class="editor p-author h-card vcard"><span class="p-name fn">${e.split(' (')[0]}</span> (<span
class="p-org org h-org">${e.split(' (')[1]?.replace(')', '')}</span>)</dd>`,
  )
  .join('\n')}
<dt>${w3Details[10]}</dt><dd><a href="https://github.com/w3c/ambient-haptics/">GitHub w3c/ambient-haptics</a> (<a
href="https://github.com/w3c/ambient-haptics/pulls/">pull
requests</a>, <a href="https://github.com/w3c/ambient-haptics/issues/new/choose">new issue</a>, <a
href="https://github.com/w3c/ambient-haptics/issues/">open issues</a>)</dd>
</dl></details><p class="copyright">Copyright © 2026 <a href="https://www.w3.org/">World Wide Web Consortium</a>. <abbr
title="World Wide Web Consortium">W3C</abbr><sup>®</sup>
<a href="https://www.w3.org/policies/#disclaimers">liability</a>, <a href="https://www.w3.org/policies/#trademarks">trademark</a> and
<a rel="license" href="https://www.w3.org/copyright/software-license-2023/"
title="W3C Software and Document Notice and License">permissive document license</a> rules apply.</p>
<hr title="Separator for header"></div>
<section id="abstract" class="introductory"><h2>Abstract</h2>${w3Ps(w3Abstract)}</section>
<section id="sotd" class="introductory"><h2>Status of This Document</h2>${w3Ps(w3Sotd.map((p) => `<em>${p}</em>`))}</section>
<nav id="toc"><h2 class="introductory" id="table-of-contents">Table of Contents</h2><ol class="toc">${w3Toc
  .map((t) => `<li class="tocline"><a class="tocxref" href="#x">${t}</a></li>`)
  .join('')}</ol></nav>
<section id="introduction" class="informative">${sectionHead('introduction', w3H1)}<p><em>This section is non-normative.</em></p>
${w3Ps(w3P1)}
<div class="note" role="note" id="issue-container-generatedID-0"><div role="heading" class="ednote-title marker" id="h-note-0"
aria-level="3"><span>Note</span></div>
<p class="">${w3Note}</p></div>
<div class="example" id="example-1"><div class="marker"><a class="self-link" href="#example-1">Example<bdi> 1</bdi></a><span
class="example-title">: A short click on tap</span></div>
<pre aria-busy="false"><code class="hljs js">button.<span class="hljs-title function_">addEventListener</span>(<span
class="hljs-string">"click"</span>, () =&gt; {
  <span class="hljs-keyword">new</span> <span class="hljs-title class_">HapticPattern</span>([{ <span class="hljs-attr">duration</span>: <span
class="hljs-number">20</span>, <span class="hljs-attr">intensity</span>: <span class="hljs-number">0.8</span> }]).<span
class="hljs-title function_">play</span>();
});</code></pre></div></section>
<section id="conformance">${sectionHead('conformance', w3H2)}
${w3Ps(w3P2)}</section>
<section id="the-hapticpattern-interface">${sectionHead('the-hapticpattern-interface', w3H3)}
<pre class="idl def" id="webidl-1"><span class="idlHeader"><a class="self-link" href="#webidl-1">WebIDL</a></span><code>[<a href="#">Exposed</a>=Window, <a
href="#">SecureContext</a>]
interface <a href="#dom-hapticpattern">HapticPattern</a> {
  <a href="#">constructor</a>(sequence&lt;HapticPulse&gt; pulses);
  Promise&lt;undefined&gt; <a href="#dom-hapticpattern-play">play</a>();
};</code></pre>
${w3Ps(w3P3)}
<ol class="algorithm">${w3Steps.map((t) => `<li>${t}</li>`).join('\n')}</ol></section>
<section id="privacy-and-security">${sectionHead('privacy-and-security', w3H4)}
${w3Ps(w3P4)}</section>
<section id="idl-index" class="appendix">${sectionHead('idl-index', 'A. IDL Index')}<pre
class="idl def">interface HapticPattern { /* see above */ };</pre></section>
<section id="references" class="appendix">${sectionHead('references', 'B. References')}<section id="normative-references"><h3>B.1 Normative references</h3>
<dl class="bibliography"><dt id="bib-rfc2119">[RFC2119]</dt><dd><a href="https://www.rfc-editor.org/rfc/rfc2119"><cite>Key words for use in RFCs to Indicate
Requirement Levels</cite></a>. S. Bradner. IETF. March 1997. Best Current Practice.</dd></dl></section></section>
<p role="navigation" id="back-to-top"><a href="#title"><abbr title="Back to Top">↑</abbr></a></p>
<p id="toc-nav"><a id="toc-jump" href="#toc"><span aria-hidden="true">↑</span> <span>Jump to Table of Contents</span></a><a id="toc-toggle" href="#toc">
<span aria-hidden="true">←</span> <span>Collapse Sidebar</span></a></p>
<script src="https://www.w3.org/scripts/TR/2021/fixup.js"></script></body></html>`;

export const w3cSpecPage: TestPage = {
  name: 'heldout163-w3c-working-draft',
  kind: 'docs',
  html: w3Html,
  // the Status of This Document section, the IDL index and the references (headings and text), the WebIDL and example code
  // are in neither list; "This section is non-normative." is furniture; the note's text is body, its "Note" label furniture;
  // the conformance boilerplate is body (it is a numbered section of the spec); the state-and-date line is a byline
  title: w3Title,
  headings: ['Abstract', w3H1, w3H2, w3H3, w3H4],
  body: texts([...w3Abstract, ...w3P1, w3Note, ...w3P2, ...w3P3, ...w3Steps, ...w3P4]),
  bylines: ['W3C Working Draft 12 February 2026', ...w3Editors],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...w3Details, w3Copy, 'Table of Contents',
    'This section is non-normative.', 'Note', 'Example 1: A short click on tap', 'WebIDL', '↑', 'Jump to Table of Contents', 'Collapse Sidebar',
  ],
};
