import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 144, file f2: a Kotlin documentation page on kotlinlang.org (Writerside output after its scripts ran:
 * the global Kotlin header with its menu, search and "Play" links, the release banner, the Writerside panel header with
 * its "Kotlin Help" h3, the left table of contents, the "Edit page" link, sections with h2s and anchor links, runnable
 * code blocks with "Open in Playground", "Target: JVM" and "Running on" labels, tip and note prompts, "Last modified",
 * the "Was this page helpful?" box with its hidden thank-you, the prev / next links, the "On this page" rail, the
 * JetBrains footer and the cookie banner).
 */
const ktTitle = 'Ranges and progressions';
const ktLead = [
  `Ranges and progressions describe sequences of values, most often numbers. Kotlin lets you create them with short operators,
test whether a value lies inside them, and loop over them without managing an index yourself.`,
];
const ktH1 = 'Ranges';
const ktP1 = [
  `To create a closed range, which includes both ends, use the <code>..</code> operator. The expression <code>1..4</code>
contains 1, 2, 3 and 4. To create an open-ended range, which leaves out the end value, use the <code>..&lt;</code>
operator: <code>1..&lt;4</code> contains 1, 2 and 3.`,
  `Use the <code>in</code> operator to check whether a value is inside a range, and <code>!in</code> to check that it is
not. This reads naturally in conditions, for example when you check that a score is between 0 and 100.`,
];
const ktTip = `Open-ended ranges are handy for loops over indexes, because the last index of a list is one less than its
size. Write <code>0 ..&lt; list.size</code> instead of <code>0..list.size - 1</code>.`;
const ktH2 = 'Iterating in reverse and with a step';
const ktP2 = [
  `A range built with <code>..</code> always counts upwards. If the start is larger than the end, the range is empty and a
loop over it does nothing. To count down, use the <code>downTo</code> function instead.`,
  `By default, a range over integers moves in steps of 1. To use a different step, call <code>step</code> on the range. The
step must be positive; to move downwards with a step, combine <code>downTo</code> and <code>step</code>.`,
];
const ktH3 = 'Progressions';
const ktP3 = [
  `Ranges of integral types, such as <code>Int</code>, <code>Long</code> and <code>Char</code>, are also progressions. A
progression is defined by its first element, its last element and a step that is not zero. The first element is always the
start you gave, but the last element is the largest value reachable with the step that does not pass the end.`,
  'For example, <code>1..10 step 4</code> contains 1, 5 and 9. Its last element is 9, not 10.',
];
const ktNote = `Progressions implement <code>Iterable</code>, so you can use collection functions such as <code>filter</code>,
<code>map</code> and <code>sum</code> on them directly.`;
const ktH4 = 'Ranges of other types';
const ktP4 = [
  `You can build a range from any type that is <code>Comparable</code>, such as dates or version numbers. Such a range lets
you test membership with <code>in</code>, but it is not a progression, so you cannot loop over it.`,
];
const ktCode1 = `fun main() {
    for (i in 1..4) print(i)
    println()
    for (i in 8 downTo 1 step 2) print(i)
}`;
const ktCode2 = `val releaseWindow = LocalDate.of(2025, 3, 1)..LocalDate.of(2025, 3, 31)
println(LocalDate.of(2025, 3, 14) in releaseWindow)`;
const ktBanner = 'Kotlin 2.2.20 is out. See what is new in this release.';
const ktTop = ['Solutions', 'Docs', 'API', 'Community', 'Teach', 'Play'];
const ktToc: [string, string[]][] = [
  ['Kotlin overview', []],
  ['Get started', []],
  ['Concepts', ['Types', 'Control flow', 'Packages and imports', 'Classes and objects']],
  ['Collections', ['Collections overview', 'Constructing collections', 'Iterators']],
];
const ktToc2 = ['Sequences', 'Collection operations overview'];
const ktFeedback = ['Was this page helpful?', 'Yes', 'No', 'Thank you for your feedback!'];
const ktFoot = ['Contributing to Kotlin', 'Releases', 'Press Kit', 'Security', 'Blog', 'Issue Tracker', 'Brand assets', 'Careers', 'Kotlin Merch'];
const ktFootNote = 'Kotlin™ is protected under the Kotlin Foundation and licensed under the Apache 2 license.';
const ktCookie = `Our website uses some cookies and records your IP address to keep the site secure and accessible and to manage your
access to the network. You can turn off data collection and cookies in your browser settings, but some parts of the site
may then not work.`;
const ktP = (a: readonly string[]): string => a.map((p, i) => `<p id="${ktTitle.length}-${i}">${p}</p>`).join('\n');
const ktH = (id: string, t: string): string => `<h2 id="${id}" data-toc="${id}">${t}<a href="#${id}" class="anchor-link" aria-label="Link to ${t}">
<svg class="anchor-link__icon" aria-hidden="true"></svg></a></h2>`;
const ktPrompt = (type: string, text: string): string => `<aside class="prompt" data-type="${type}" data-title=""><p>${text}</p></aside>`;
const ktRun = (code: string): string => `<div class="code-block" data-lang="kotlin"><div class="executable-fragment-wrapper"><div class="executable-fragment">
<pre><code class="language-kotlin">${code.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</code></pre></div><div class="compiler-info">
<span class="compiler-info__target">Target: JVM</span><span class="compiler-info__version">Running on v.2.2.20</span></div>
<div class="run-button" title="Run code"></div><a class="open-in-playground" href="https://play.kotlinlang.org/">Open in Playground →</a></div></div>`;
const ktIds = ['ranges', 'iterating-in-reverse-and-with-a-step', 'progressions', 'ranges-of-other-types'];
const ktHtml = `<!DOCTYPE html SYSTEM "about:legacy-compat">
<html lang="en-US" data-preset="contrast" data-primary-color="#307FFF"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta charset="UTF-8"><meta name="robots" content="all"><meta name="built-on" content="2025-09-30T11:12:23.918601311">
<title>Ranges and progressions | Kotlin Documentation</title>
<script type="application/json" id="virtual-toc-data">[{"id":"ranges","level":0,"title":"Ranges","anchor":"#ranges"}]</script>
<script type="application/json" id="topic-shortcuts"></script>
<link href="https://resources.jetbrains.com/writerside/apidoc/6.22.0-b776/app.css" rel="stylesheet">
<link href="/docs/static/v3/custom.css" rel="stylesheet"><meta property="og:title" content="Ranges and progressions | Kotlin">
<meta property="og:site_name" content="Kotlin Help"><meta property="og:type" content="website">
<meta property="og:url" content="https://kotlinlang.org/docs/ranges.html">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@kotlin">
<link rel="canonical" href="https://kotlinlang.org/docs/ranges.html">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebPage","@id":"https://kotlinlang.org/docs/ranges.html#webpage",
"url":"https://kotlinlang.org/docs/ranges.html","name":"Ranges and progressions | Kotlin","description":"","inLanguage":"en-US"}</script>
<script type="application/ld+json">{"@type":"WebSite","@id":"https://kotlinlang.org/docs/#website",
"url":"https://kotlinlang.org/docs/","name":"Kotlin Help"}</script>
</head>
<body data-id="ranges" data-main-title="Ranges and progressions" data-article-props="{&quot;seeAlsoStyle&quot;:&quot;links&quot;}" data-template="article">
<div id="kotlin-header" class="global-header-container"><header class="ktl-header" data-test="header"><a href="/" class="ktl-header__logo" aria-label="Kotlin">
<svg aria-hidden="true"></svg></a><nav class="ktl-header__menu"><ul>${ktTop
  .map(
    (t) => `<li>
<a class="ktl-header__menu-item" href="/${t.toLowerCase()}/">${t}</a></li>`,
  )
  .join('')}
</ul></nav><button class="ktl-header__search" type="button" aria-label="Search"><svg aria-hidden="true"></svg></button></header>
<div class="ktl-banner" role="region"><a href="/docs/whatsnew2220.html">${ktBanner}</a></div></div>
<div class="wrapper"><div class="app__sidebar"><div class="toc" data-test="toc"><ul class="toc__list">
${ktToc
  .map(
    ([h, items]) =>
      `<li class="toc-item"><a class="toc-item__link" href="#">${h}</a>${
        items.length
          ? `<ul>${links(items, 'toc-item')}
${
  h === 'Collections'
    ? `<li class="toc-item toc-item--selected"><a href="ranges.html" aria-current="page">${ktTitle}</a>
</li>${links(ktToc2, 'toc-item')}`
    : ''
}</ul>`
          : ''
      }</li>`,
  )
  .join('\n')}</ul></div></div>
<main class="panel _main"><header class="panel__header"><div class="container"><h3>Kotlin Help</h3><div class="panel-trigger"></div></div></header>
<section class="panel__content"><div class="container"><article class="article" data-shortcut-switcher="inactive"><div class="article__actions">
<a href="https://github.com/JetBrains/kotlin-web-site/edit/master/docs/topics/ranges.md" class="article__edit">Edit page</a></div>
<h1 data-toc="ranges" id="ranges.md">${ktTitle}</h1>
${ktP(ktLead)}
<section class="chapter">${ktH(ktIds[0] ?? '', ktH1)}
${ktP(ktP1)}
${ktRun(ktCode1)}
${ktPrompt('tip', ktTip)}</section>
<section class="chapter">${ktH(ktIds[1] ?? '', ktH2)}
${ktP(ktP2)}</section>
<section class="chapter">${ktH(ktIds[2] ?? '', ktH3)}
${ktP(ktP3)}
${ktPrompt('note', ktNote)}</section>
<section class="chapter">${ktH(ktIds[3] ?? '', ktH4)}
${ktP(ktP4)}
<div class="code-block" data-lang="kotlin"><pre><code class="language-kotlin">${ktCode2}</code></pre><button class="code-block__copy" aria-label="Copy code">
</button></div>
</section>
<div class="last-modified">Last modified: 25 September 2025</div><div class="feedback" data-feedback-placeholder="true">
<p class="feedback__title">${ktFeedback[0]}</p>
<button class="feedback__button">${ktFeedback[1]}</button><button class="feedback__button">${ktFeedback[2]}</button>
<p class="feedback__thanks" hidden>${ktFeedback[3]}</p></div>
<div class="navigation-links _bottom"><a href="iterators.html" class="navigation-links__prev">Iterators</a>
<a href="sequences.html" class="navigation-links__next">
Sequences</a></div></article></div></section></main>
<div class="app__aside"><div class="article-toc"><div class="article-toc__title">On this page</div><ul>
${[ktH1, ktH2, ktH3, ktH4].map((t, i) => `<li><a href="#${ktIds[i]}">${t}</a></li>`).join('\n')}</ul></div></div></div>
<footer class="ktl-footer"><ul class="ktl-footer__links">${links(ktFoot)}</ul><div class="ktl-footer__jb">Supported and developed by
<a href="https://www.jetbrains.com">JetBrains</a></div><p class="ktl-footer__note">${ktFootNote}</p></footer>
<div class="jetbrains-cookies-banner" role="dialog" aria-label="Cookie consent"><p class="jetbrains-cookies-banner__text">${ktCookie}
<a href="https://www.jetbrains.com/legal/docs/privacy/privacy/">Learn more</a></p><div class="jetbrains-cookies-banner__buttons">
<button class="jetbrains-cookies-banner__button">Accept All</button><button class="jetbrains-cookies-banner__button">Manage Settings</button></div></div>
<script src="https://resources.jetbrains.com/writerside/apidoc/6.22.0-b776/app.js"></script></body></html>`;
export const kotlinDocs: TestPage = {
  html: ktHtml,
  name: 'heldout144-kotlin-docs',
  kind: 'docs',
  // tip and note prompts are body; the runnable block's "Target" and "Running on" labels and "Open in Playground" are
  // furniture; the table-of-contents entry repeating the title, the "On this page" links and the entry "Types" (a word of
  // a heading) are left out
  title: ktTitle,
  headings: [ktH1, ktH2, ktH3, ktH4],
  body: texts([...ktLead, ...ktP1, ktTip, ...ktP2, ...ktP3, ktNote, ...ktP4]),
  bylines: ['Last modified: 25 September 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...ktTop, ktBanner, ...ktToc.flatMap(([h, items]) => [h, ...items]).filter((t) => t !== 'Types'), ...ktToc2, 'Kotlin Help', 'Edit page', 'Target: JVM',
    'Running on v.2.2.20',
    'Open in Playground →', ...ktFeedback, 'On this page', ...ktFoot, 'Supported and developed by JetBrains', ktFootNote, ktCookie, 'Learn more',
    'Accept All', 'Manage Settings',
  ],
};
