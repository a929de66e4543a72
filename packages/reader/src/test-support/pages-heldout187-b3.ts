import { type TestPage, texts } from './page-kit.js';
import * as b from './pages-heldout187-b2.js';

/**
 * Held-out batch 187, file b3: a WHATWG HTML Standard multipage page (the header with the logo, the "HTML" h1 and the
 * "Living Standard — Last Updated" line, the previous / contents / next nav at top and bottom, the page's small table of
 * contents, section headings with secno spans and self-links, a "For web developers (non-normative)" domintro box, algorithm
 * steps, a note, dfn elements and the MDN browser-support annotation panels in the margin).
 */
const ps = (xs: readonly string[]): string => xs.map((p) => `<p>${p}</p>`).join('\n');
const ol = (xs: readonly string[]): string => `<ol>${xs.map((p) => `<li><p>${p}</p></li>`).join('\n')}</ol>`;
const versions = [
  ['Firefox', '23+'],
  ['Safari', '7+'],
  ['Chrome', '24+'],
  ['Opera', '15+'],
  ['Edge', '79+'],
  ['Edge (Legacy)', '12+'],
  ['Internet Explorer', '10+'],
  ['Firefox Android', 'Yes'],
  ['Safari iOS', 'Yes'],
  ['Chrome Android', 'Yes'],
  ['WebView Android', '4.4+'],
  ['Samsung Internet', 'Yes'],
  ['Opera Android', 'Yes'],
];
const mdn = (feature: string): string => `<div class="mdn-anno wrapped"><button onclick="toggleStatus(this)" class="mdn-anno-btn">
<b title="Support in all current engines." class="all-engines-flag">✔</b><span>MDN</span></button><div class="feature">
<p><a href="https://developer.mozilla.org/en-US/docs/Web/API/${feature}" title="${feature}">${feature}</a></p>
<p class="all-engines-text">Support in all current engines.</p><div class="support">
${versions.map(([br, v]) => `<span class="${br!.toLowerCase().replace(/[^a-z]+/g, '_')} yes"><span>${br}</span><span>${v}</span></span>`).join('<hr>\n')}
</div></div></div>`;
const head = (tag: string, id: string, text: string): string => {
  const [num, ...rest] = text.split(' ');
  return `<${tag} id="${id}"><span class="secno">${num}</span> ${rest.join(' ')}<a href="#${id}" class="self-link"></a></${tag}>`;
};
const nav = `<nav><a href="imagebitmap-and-animations.html#images-2">← 8.10 Images</a> — <a href="index.html#contents">Table of Contents</a> —
<a href="dynamic-markup-insertion.html">8.4 Dynamic markup insertion →</a></nav>`;
const html = `<!DOCTYPE html><html lang="en-US-x-hixie" class="split chapter"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="color-scheme" content="light dark">
<title>HTML Standard</title><link rel="icon" href="https://resources.whatwg.org/logo.svg"><link rel="stylesheet" href="https://resources.whatwg.org/spec.css">
<link rel="stylesheet" href="https://resources.whatwg.org/standard.css"><link rel="stylesheet" href="https://resources.whatwg.org/standard-shared-with-dev.css">
<script>function toggleStatus(div) { div.parentNode.classList.toggle('wrapped'); }</script>
<script src="/link-fixup.js" defer></script><script src="/html-dfn.js" defer></script><link rel="stylesheet" href="/styles.css"></head>
<body><script async src="search.js"></script>
<header id="head" class="head with-buttons"><a href="https://whatwg.org/" class="logo"><img width="100" alt="WHATWG" crossorigin class="darkmode-aware"
src="https://resources.whatwg.org/logo.svg"></a><hgroup><h1 class="allcaps">HTML</h1><p id="living-standard">Living Standard — Last Updated
<span class="pubdate">12 June 2025</span></p></hgroup></header>
${nav}
<ol class="toc"><li id="toc-webappapis"><ol><li><a href="#animation-frames"><span class="secno">8.11</span> Animation frames</a><ol>
<li><a href="#the-callback-map"><span class="secno">8.11.1</span> The callback map</a></li>
<li><a href="#running-the-callbacks"><span class="secno">8.11.2</span> Running the callbacks</a></li></ol></li></ol></li></ol>
${head('h3', 'animation-frames', b.whTitle)}
${mdn('Window/requestAnimationFrame')}
${ps(b.whIntro)}
<pre><code class="idl"><c- b>typedef</c-> <c- b>undefined</c-> (<c- b>FrameRequestCallback</c->) (<a href="#"><c- n>DOMHighResTimeStamp</c-></a> <c-
g>time</c->);

<c- b>interface</c-> <c- b>mixin</c-> <a href="#animationframeprovider"><c- g>AnimationFrameProvider</c-></a> {
  <c- b>unsigned</c-> <c- b>long</c-> <a href="#dom-animationframeprovider-requestanimationframe"><c- g>requestAnimationFrame</c-></a>(<c-
n>FrameRequestCallback</c-> <c- g>callback</c->);
  <c- b>undefined</c-> <a href="#dom-animationframeprovider-cancelanimationframe"><c- g>cancelAnimationFrame</c-></a>(<c- b>unsigned</c-> <c- b>long</c-> <c-
g>handle</c->);
};
<a href="#"><c- g>Window</c-></a> <c- b>includes</c-> <a href="#animationframeprovider"><c- n>AnimationFrameProvider</c-></a>;</code></pre>
<dl class="domintro"><dt><code><var>handle</var> = self.<a
href="#dom-animationframeprovider-requestanimationframe">requestAnimationFrame</a>(<var>callback</var>)</code></dt>
<dd><p>${b.whDomintro[0]}</p></dd><dt><code>self.<a
href="#dom-animationframeprovider-cancelanimationframe">cancelAnimationFrame</a>(<var>handle</var>)</code></dt>
<dd><p>${b.whDomintro[1]}</p></dd></dl>
${head('h4', 'the-callback-map', b.whH[0]!)}
${ps(b.whMap)}
${ol(b.whMapSteps)}
${mdn('Window/cancelAnimationFrame')}
${ps(b.whCancel)}
<p class="note">${b.whNote[0]}</p>
${head('h4', 'running-the-callbacks', b.whH[1]!)}
${ps(b.whRun)}
${ol(b.whRunSteps)}
${ps(b.whRun2)}
${nav}
<script>window.addEventListener('load', () => { document.body.classList.add('loaded'); });</script></body></html>`;
export const whatwgPage: TestPage = {
  html,
  name: 'heldout187-whatwg-html-section',
  kind: 'docs',
  // the section headings keep their numbers as shown; the domintro descriptions, algorithm steps and the note are body;
  // the IDL block and the domintro terms are in neither list; the spec header ("HTML", the WHATWG logo text), the prev /
  // contents / next nav, the page table of contents (it repeats the headings, left out) and the MDN panels are furniture;
  // the "Last Updated" line is a byline
  title: b.whTitle,
  headings: b.whH,
  body: texts([...b.whIntro, ...b.whDomintro, ...b.whMap, ...b.whMapSteps, ...b.whCancel, ...b.whNote, ...b.whRun, ...b.whRunSteps, ...b.whRun2]),
  bylines: ['Living Standard — Last Updated 12 June 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'HTML', '← 8.10 Images', 'Table of Contents', '8.4 Dynamic markup insertion →', ...b.whMdn, 'Window/cancelAnimationFrame', '✔',
    ...versions.map(([, v]) => v!).filter((v, i, all) => all.indexOf(v) === i),
  ],
};
