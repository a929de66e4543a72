import { links, ps, type TestPage, texts } from './page-kit.js';
import { bandcampDaily } from './pages-heldout223-b2.js';

/**
 * Held-out batch 223, file b: a synth maker's online manual page built with Material for MkDocs (header with site name and
 * search, navigation tabs, the left navigation tree with the current page's table of contents repeated, the "Table of
 * contents" sidebar, an "Edit this page" link, admonitions, a parameter table, a code block, the "Last update" date, the
 * Previous / Next footer, the consent dialog and "Made with Material for MkDocs") and, from file b2, a Bandcamp Daily feature.
 */
const mdTitle = 'Wavetable Oscillator';
const mdP1 = [
  'The Tidal 2 has two wavetable oscillators per voice. Each one scans through a table of up to 64 single-cycle waveforms, and ' +
    'the position within the table can be set by hand, modulated or swept by the oscillator’s own envelope.',
  'This page describes the controls of the oscillator section, how wavetables are loaded, and how to make your own.',
];
const mdH1 = 'Oscillator controls';
const mdP2 = ['Press OSC 1 or OSC 2 to show the oscillator page. The four encoders below the screen set the following parameters:'];
const mdTable = [
  ['Table', 'Selects the wavetable. Tables are grouped into banks A to H.', '1 to 128'],
  ['Position', 'Sets the position in the table. Between two waves the oscillator morphs smoothly.', '0 to 100'],
  ['Tune', 'Coarse tuning in semitones. Hold SHIFT for fine tuning in cents.', '−24 to +24'],
  ['Level', 'Output level of the oscillator into the mixer.', '0 to 127'],
];
const mdTip = 'Turning Position while holding SHIFT moves in whole steps, so that the oscillator plays one wave exactly without morphing.';
const mdH2 = 'Loading wavetables';
const mdP3 = [
  'Wavetables are stored on the microSD card in the folder TABLES. The Tidal 2 reads standard WAV files with a frame size of 2048 ' +
    'samples, mono, 16 or 24 bit. Files with other frame sizes are resampled when they are loaded, which can take a few seconds.',
  'To load a new table:',
];
const mdSteps = [
  'Copy the WAV file into one of the bank folders on the card, for example TABLES/BANK_E.',
  'Insert the card and hold SHIFT while pressing OSC 1 to open the table browser.',
  'Choose the file with the DATA encoder and press ENTER.',
  'Select a free slot and press ENTER again to confirm.',
];
const mdWarn = 'Do not remove the microSD card while the LED next to the slot is blinking. The table being written can be damaged.';
const mdH3 = 'Making your own tables';
const mdP4 = [
  'Any audio editor that can export WAV files can make a wavetable. The simplest method is to draw or record a series of single ' +
    'cycles of exactly 2048 samples each and join them end to end. A table with 16 frames is therefore 32,768 samples long.',
  'The file name is shown on the screen, so keep it to 12 characters. If the file includes a clm chunk, as files made by some ' +
    'software synths do, the Tidal 2 reads the frame size from it instead.',
  'The example below shows the folder layout on a card with two user tables:',
];
const mdCode = `TABLES/
├── BANK_A/ … BANK_D/   (factory)
└── BANK_E/
    ├── GLASS.WAV
    └── VOWELS.WAV`;
const mdH4 = 'Modulating position';
const mdP5 = [
  'Position is available as a destination in the modulation matrix for both oscillators. A slow LFO on Position gives a gentle, ' +
    'evolving movement, while the filter envelope routed to Position at a high amount gives a plucked, percussive attack.',
  'See Modulation Matrix for the full list of sources.',
];
const mdTabs = ['Home', 'Getting started', 'Manual', 'Firmware', 'Support'];
const mdNav = ['Overview', 'Panel layout', 'Voice architecture', 'Modulation Matrix', 'Filters', 'Effects', 'Sequencer', 'MIDI implementation'];
const mdToc = [mdH1, mdH2, mdH3, mdH4];
const mdAdm = (kind: string, title: string, text: string): string =>
  `<div class="admonition ${kind}"><p class="admonition-title">${title}</p><p>${text}</p></div>`;
const mdTocHtml = (cls: string): string =>
  `<ul class="md-nav__list" data-md-component="toc" data-md-scrollfix>${mdToc
    .map((t) => `<li class="md-nav__item"><a href="#${t.toLowerCase().replace(/ /g, '-')}" class="${cls}"><span class="md-ellipsis">${t}</span></a></li>`)
    .join('')}</ul>`;
const mdHtml = `<!doctype html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="Tidal 2 user manual: the wavetable oscillator"><meta name="author" content="Brackwater Instruments">
<link rel="canonical" href="https://docs.brackwater.example/tidal2/manual/wavetable-oscillator/"><link rel="prev" href="../voice-architecture/">
<link rel="next" href="../modulation-matrix/"><meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.6.14">
<title>Wavetable Oscillator - Tidal 2 Manual</title><link rel="stylesheet" href="../../assets/stylesheets/main.342714a4.min.css">
<script>__md_scope=new URL("../..",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0)</script></head>
<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="indigo" data-md-color-accent="indigo">
<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off"><label class="md-overlay" for="__drawer"></label>
<div data-md-component="skip"><a href="#wavetable-oscillator" class="md-skip">Skip to content</a></div>
<header class="md-header md-header--shadow md-header--lifted" data-md-component="header"><nav class="md-header__inner md-grid" aria-label="Header">
<a href="../.." title="Tidal 2 Manual" class="md-header__button md-logo" aria-label="Tidal 2 Manual" data-md-component="logo">
<img src="../../assets/logo.svg" alt="logo"></a>
<div class="md-header__title" data-md-component="header-title"><div class="md-header__ellipsis"><div class="md-header__topic"><span class="md-ellipsis">
Tidal 2 Manual</span></div><div class="md-header__topic" data-md-component="header-topic"><span class="md-ellipsis">${mdTitle}</span></div></div></div>
<div class="md-search" data-md-component="search" role="dialog"><label class="md-search__overlay" for="__search"></label>
<div class="md-search__inner" role="search">
<form class="md-search__form" name="search"><input type="text" class="md-search__input" name="query" aria-label="Search" placeholder="Search"></form>
<div class="md-search__output"><div class="md-search-result" data-md-component="search-result"><div class="md-search-result__meta">Initializing search</div>
</div></div></div></div><div class="md-header__source"><a href="https://git.brackwater.example/tidal2-docs" title="Go to repository" class="md-source">
<div class="md-source__repository">brackwater/tidal2-docs</div></a></div></nav>
<nav class="md-tabs" aria-label="Tabs" data-md-component="tabs"><div class="md-grid"><ul class="md-tabs__list">${links(mdTabs, 'md-tabs__item')}</ul></div>
</nav>
</header>
<div class="md-container" data-md-component="container"><main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><div class="md-sidebar__scrollwrap">
<div class="md-sidebar__inner">
<nav class="md-nav md-nav--primary md-nav--lifted" aria-label="Navigation" data-md-level="0"><label class="md-nav__title" for="__drawer">Tidal 2 Manual</label>
<ul class="md-nav__list" data-md-scrollfix>${links(mdNav.slice(0, 3), 'md-nav__item')}
<li class="md-nav__item md-nav__item--active"><input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">
<label class="md-nav__link md-nav__link--active"
for="__toc"><span class="md-ellipsis">${mdTitle}</span></label><a href="./" class="md-nav__link md-nav__link--active">
<span class="md-ellipsis">${mdTitle}</span></a>
<nav class="md-nav md-nav--secondary" aria-label="Table of contents">
<label class="md-nav__title" for="__toc">Table of contents</label>${mdTocHtml('md-nav__link')}
</nav></li>${links(mdNav.slice(3), 'md-nav__item')}</ul></nav></div></div></div>
<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">
<nav class="md-nav md-nav--secondary" aria-label="Table of contents">
<label class="md-nav__title" for="__toc">Table of contents</label>${mdTocHtml('md-nav__link')}
</nav></div></div></div>
<div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset">
<a href="https://git.brackwater.example/tidal2-docs/edit/main/docs/manual/wavetable-oscillator.md" title="Edit this page" class="md-content__button md-icon">
Edit this page</a>
<h1 id="wavetable-oscillator">${mdTitle}</h1>
${ps(mdP1)}
<h2 id="oscillator-controls">${mdH1}<a class="headerlink" href="#oscillator-controls" title="Permanent link">¶</a></h2>
${ps(mdP2)}
<table><thead><tr><th>Parameter</th><th>Function</th><th>Range</th></tr></thead><tbody>
${mdTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${mdAdm('tip', 'Tip', mdTip)}
<h2 id="loading-wavetables">${mdH2}<a class="headerlink" href="#loading-wavetables" title="Permanent link">¶</a></h2>
${ps(mdP3)}
<ol>${mdSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${mdAdm('warning', 'Warning', mdWarn)}
<h2 id="making-your-own-tables">${mdH3}<a class="headerlink" href="#making-your-own-tables" title="Permanent link">¶</a></h2>
${ps(mdP4)}
<pre><span></span><code>${mdCode}</code></pre>
<h2 id="modulating-position">${mdH4}<a class="headerlink" href="#modulating-position" title="Permanent link">¶</a></h2>
${ps(mdP5.slice(0, 1))}
<p>See <a href="../modulation-matrix/">Modulation Matrix</a> for the full list of sources.</p>
<aside class="md-source-file"><span class="md-source-file__fact"><span class="md-icon" title="Last update"></span>
<span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">October 28, 2025</span></span></aside>
</article></div></div>
<button type="button" class="md-top md-icon" data-md-component="top" hidden>Back to top</button></main>
<footer class="md-footer"><nav class="md-footer__inner md-grid" aria-label="Footer">
<a href="../voice-architecture/" class="md-footer__link md-footer__link--prev" aria-label="Previous: Voice architecture"><div class="md-footer__title">
<span class="md-footer__direction">Previous</span><div class="md-ellipsis">Voice architecture</div></div></a>
<a href="../modulation-matrix/" class="md-footer__link md-footer__link--next" aria-label="Next: Modulation Matrix"><div class="md-footer__title">
<span class="md-footer__direction">Next</span><div class="md-ellipsis">Modulation Matrix</div></div></a></nav>
<div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner md-grid"><div class="md-copyright"><div class="md-copyright__highlight">
Copyright © 2025 Brackwater Instruments Ltd.</div>Made with <a href="https://squidfunk.github.io/mkdocs-material/" target="_blank" rel="noopener">
Material for MkDocs</a></div></div></div></footer></div>
<div class="md-dialog" data-md-component="dialog"><div class="md-dialog__inner md-typeset"></div></div>
<div class="md-consent" data-md-component="consent" id="__consent" hidden><div class="md-consent__overlay"></div><aside class="md-consent__inner">
<form class="md-consent__form md-grid md-typeset" name="consent"><h4>Cookie consent</h4>
<p>We use cookies to recognize your repeated visits and preferences, as well as to measure the effectiveness of our documentation.</p>
<div class="md-consent__controls"><button class="md-button md-button--primary">Accept</button><button type="reset" class="md-button">Reject</button></div>
</form></aside></div>
<script id="__config" type="application/json">{"base":"../..","features":["navigation.tabs","content.action.edit","navigation.footer"],
"search":"../../assets/javascripts/workers/search.973d3a69.min.js"}</script>
<script src="../../assets/javascripts/bundle.13a4f30d.min.js"></script></body></html>`;
const mkdocsManual: TestPage = {
  html: mdHtml,
  name: 'heldout223-mkdocs-synth-manual',
  kind: 'docs',
  // table data cells and the admonitions' text are body (their "Tip" / "Warning" titles furniture); the code block and the
  // table header cells are in neither list; "Last update" date is a byline; the tables of contents repeat the headings and
  // are left out, as are the nav entries that equal the title
  title: mdTitle,
  headings: [mdH1, mdH2, mdH3, mdH4],
  body: [...texts(mdP1), ...mdP2, ...mdTable.flat(), mdTip, ...mdP3, ...mdSteps, mdWarn, ...mdP4, ...mdP5],
  bylines: ['October 28, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Tidal 2 Manual', 'Initializing search', 'brackwater/tidal2-docs', ...mdTabs, ...mdNav, 'Table of contents', 'Edit this page',
    'Tip', 'Warning', 'Back to top', 'Previous', 'Next', 'Voice architecture', 'Copyright © 2025 Brackwater Instruments Ltd.', 'Material for MkDocs',
    'Cookie consent', 'We use cookies to recognize your repeated visits and preferences, as well as to measure the effectiveness of our documentation.',
    'Accept', 'Reject',
  ],
};

export const HELDOUT223_B: readonly TestPage[] = [mkdocsManual, bandcampDaily];
