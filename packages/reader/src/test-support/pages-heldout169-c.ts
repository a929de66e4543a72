import { ps, type TestPage, texts } from './page-kit.js';
import { nixosWiki } from './pages-heldout169-c2.js';
import { mwH, type Shell } from './pages-heldout169-skin.js';
import { vectorLegacy, vectorLegacyFurniture } from './pages-heldout169-skin2.js';

/**
 * Held-out batch 169, file c: an Esolang wiki article on an (invented) two-dimensional language (the language infobox at
 * the top, the TOC box, a command list with code, example programs in pre blocks, the computational class section, the
 * external resources list, categories and the legacy Vector chrome) and, from file c2, a NixOS Wiki page.
 */
const page = 'Gravelpit';
const title = 'Gravelpit';
const intro = [
  'Gravelpit is a two-dimensional esoteric programming language created by the user Pelle Varga in 2019. Programs are drawn ' +
    'on a grid like a quarry seen from above, and data is held as piles of pebbles that a single digger moves around. The only ' +
    'way to do arithmetic is to move pebbles from one pile to another.',
  'The language was written for the 2019 Esolang summer jam, where the theme was “things that fall”, and it is named after the ' +
    'gravel pit near the author’s home.',
];
const h1 = 'Overview';
const p1 = [
  'The grid may be any size. The digger starts in the top left cell, facing right, carrying nothing. Each cell holds either a ' +
    'command or a pile, written as a digit from 0 to 9. When the digger is on a pile it can pick up or drop one pebble at a time, ' +
    'but it can carry at most one pebble, so copying a number needs a loop and an empty pile to work in.',
  'Piles that grow past 9 collapse: the pile is set to 0 and a pebble rolls one cell down the grid, where it is added to ' +
    'whatever pile is there. This rule is the source of most of the language’s difficulty and all of its carry arithmetic.',
];
const h2 = 'Commands';
const cmds = [
  '> < ^ v turn the digger to face right, left, up or down.',
  '+ pick up one pebble from the pile the digger faces, if it is not empty.',
  '- drop the carried pebble onto the pile the digger faces.',
  '? if the digger carries a pebble, turn right; otherwise turn left.',
  '# print the pile the digger faces as a character, using its value plus 48.',
  '@ stop the program.',
];
const h3 = 'Examples';
const h3a = 'Print 3';
const ex1 = '>+-+-+-v\n0      3\n       #\n       @';
const p3 = [
  'The digger moves each pebble from the left pile to the right one and prints the result, which is the character 3. Longer ' +
    'programs usually run the digger round a loop, using ? to stop when a pile is empty.',
];
const h3b = 'Truth-machine';
const ex2 = '>,?v\n  >#@\n  ^#<';
const h4 = 'Computational class';
const p4 = [
  'Gravelpit is Turing-complete. User Orsolya Dent showed in 2021 that an unbounded grid can simulate a two-counter Minsky ' +
    'machine, with each counter kept as a column of piles and the collapse rule used to carry between them. With a fixed grid the ' +
    'language is a finite-state machine, since every pile is bounded.',
];
const h5 = 'External resources';
const ext = ['Reference interpreter in Python, by Pelle Varga', 'Online Gravelpit visualiser', 'Proof of Turing-completeness (2021)'];
const infobox = [
  'Paradigm(s)',
  'imperative',
  'Designed by',
  'User:Pelle Varga',
  'Appeared in',
  '2019',
  'Memory system',
  'Cell-based',
  'Dimensions',
  'two-dimensional',
  'Computational class',
  'Turing complete',
  'Reference implementation',
  'gravelpit.py',
  'File extension(s)',
  '.gpit',
];
const li = (a: readonly string[]): string =>
  a.map((t) => `<li><code>${t.split(' ')[0]?.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</code>${t.slice(t.indexOf(' '))}</li>`).join('\n');
const cmdsHtml = `<ul>${cmds
  .map((t, i) =>
    i === 0 ? '<li><code>&gt;</code> <code>&lt;</code> <code>^</code> <code>v</code> turn the digger to face right, left, up or down.</li>' : li([t]),
  )
  .join('\n')}</ul>`;
const toc = [h1, h2, h3, h4, h5];
const content = `<table class="infobox" style="width:30em;font-size:90%;"><tbody><tr><th colspan="2" style="font-size:130%">${title}</th></tr>
${infobox.flatMap((t, i) => (i % 2 === 0 ? [`<tr><th>${t}</th><td>${infobox[i + 1]}</td></tr>`] : [])).join('\n')}</tbody></table>
${ps(intro)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2>
<span class="toctogglespan"><label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>
${toc
  .map(
    (t, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${t.replace(/ /g, '_')}">
<span class="tocnumber">${i + 1}</span> <span class="toctext">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
${mwH(2, h1, page, 1)}
${ps(p1)}
${mwH(2, h2, page, 2)}
${cmdsHtml}
${mwH(2, h3, page, 3)}
${mwH(3, h3a, page, 4)}
<pre>${ex1.replace(/>/g, '&gt;')}</pre>
${ps(p3)}
${mwH(3, h3b, page, 5)}
<pre>${ex2.replace(/>/g, '&gt;').replace(/</g, '&lt;')}</pre>
${mwH(2, h4, page, 6)}
${ps(p4)}
${mwH(2, h5, page, 7)}
<ul>${ext.map((t, i) => `<li><a rel="nofollow" class="external text" href="https://example.org/gravelpit/${i}">${t}</a></li>`).join('\n')}</ul>`;
const shell: Shell = {
  lang: 'en',
  site: 'Esolang',
  page: title,
  headExtra: `<link rel="canonical" href="https://esolangs.org/wiki/${page}"><link rel="license" href="https://creativecommons.org/publicdomain/zero/1.0/">`,
  bodyClass: `page-${page} rootpage-${page}`,
  h1: `<span class="mw-page-title-main">${title}</span>`,
  tagline: 'From Esolang',
  notice: '',
  personal: ['Create account', 'Log in'],
  tabsLeft: ['Page', 'Discussion'],
  tabsRight: ['Read', 'Edit', 'View history'],
  portlets: [
    { id: 'p-navigation', label: 'Navigation', items: ['Main page', 'Language list', 'Recent changes', 'Random page', 'Help'] },
    { id: 'p-tb', label: 'Tools', items: ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'] },
  ],
  content,
  cats: ['Languages', 'Two-dimensional languages', 'Turing complete', 'Cell-based', 'Implemented', '2019'],
  lastmod: 'This page was last edited on 21 July 2025, at 03:17.',
  copyright: 'Content is available under <a href="/wiki/Esolang:Copyrights">CC0 public domain dedication</a> unless otherwise noted.',
  places: ['Privacy policy', 'About Esolang', 'Disclaimers'],
  tail: '',
};
const esolang: TestPage = {
  name: 'heldout169-esolang-language',
  kind: 'wiki',
  html: vectorLegacy(shell),
  title,
  headings: [h1, h2, h3, h3a, h3b, h4, h5],
  // the infobox is furniture (its values are not repeated as category names here except "2019", which is left out); the
  // example programs are code (neither list); the external resources list is part of the article (body)
  body: [...texts(intro), ...texts(p1), ...cmds, ...texts(p3), ...texts(p4), ...ext],
  bylines: [shell.lastmod],
  furniture: [...vectorLegacyFurniture(shell).filter((t) => t !== '2019'), ...infobox.filter((t) => t !== '2019' && t !== h4), 'Contents', 'edit'],
};

export const HELDOUT169_C: readonly TestPage[] = [esolang, nixosWiki];
