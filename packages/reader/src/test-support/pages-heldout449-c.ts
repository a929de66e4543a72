import { ps, type TestPage, texts } from './page-kit.js';
import { webflow } from './pages-heldout449-c2.js';
import { j, lis } from './pages-heldout449-kit.js';

/**
 * Held-out batch 449, file c: a résumé rendered with a JSON Resume theme in the style of "even" (one self-contained HTML
 * file with its inline stylesheet, a masthead with the label and the contact icon list, sections of stacked articles with
 * h4 entry names, meta lines with position and dates, highlights and keyword tags, and a "Built with JSON Resume" footer)
 * and, from file c2, a freelancer's profile on Webflow.
 */
const title = 'Leontine Sarr-Havel';
const h = ['Work', 'Quillmark', 'Brightpine Studio', 'Projects', 'tilecast', 'Education', 'Skills'];
const summary = [
  j(
    'Front-end engineer who likes maps, accessibility audits and design systems that designers actually use. Eight years of',
    'shipping interfaces for newsrooms and civic tech teams, most recently the election results maps of a national broadcaster.',
  ),
];
const work1 = [
  'Senior Front-end Engineer',
  'Apr 2021 — Present',
  j('Quillmark builds publishing tools for regional newsrooms. I lead the interactive graphics team and own the component', 'library used by 140 journalists.'),
];
const work1Hi = [
  'Rebuilt the election map so it renders 9,000 polling districts in under a second on a mid-range phone.',
  'Ran the first full accessibility audit of the editor and fixed 212 of the 230 issues found.',
  'Set up visual regression tests for the component library, catching about twenty breaking changes a quarter.',
];
const work2 = [
  'Front-end Developer',
  'Sep 2017 — Mar 2021',
  j(
    'A small agency working for city councils and charities. I built public consultation sites, a bin collection finder used',
    'by 60,000 households, and the agency’s first design system.',
  ),
];
const work2Hi = ['Introduced automated accessibility checks into every project’s build.', 'Trained four junior developers.'];
const project = [
  j(
    'An open-source library that turns vector tiles into lightweight SVG for print and for readers with slow connections. Used',
    'by three newsrooms; about 1,100 stars.',
  ),
];
const edu = ['BA Geography', 'University of Ostrava-Lind', '2013 — 2016', 'Dissertation on flood map legibility for the public.'];
const skillNames = ['Front-end', 'Maps', 'Accessibility'];
const skillKw = [
  ['TypeScript', 'Svelte', 'React', 'CSS architecture'],
  ['MapLibre', 'D3', 'PostGIS', 'vector tiles'],
  ['WCAG 2.2', 'screen reader testing', 'audits'],
];
const contact = ['leontine@sarrhavel.example', '+44 7700 900417', 'sarrhavel.example', 'Bristowe, UK', 'GitHub', 'Mastodon'];
const tags = (kw: readonly string[]): string => `<ul class="tag-list">${kw.map((k) => `<li>${k}</li>`).join('')}</ul>`;
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<meta name="description" content="Front-end engineer: maps, accessibility, design systems.">
<style>:root{--color-primary:#2a6f97;--color-secondary:#555;--scale-ratio:1.25}html{font-family:system-ui,sans-serif;line-height:1.5}body{margin:0 auto;
max-width:50rem;padding:2rem}.masthead{display:grid;gap:1rem}.icon-list{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}.stack>*+*{
margin-top:1.5rem}.meta{color:var(--color-secondary)}.tag-list{display:flex;flex-wrap:wrap;list-style:none;padding:0;gap:.5rem}.tag-list>li{border:1px solid;
border-radius:.25rem;padding:0 .5rem}@media print{a{color:inherit;text-decoration:none}}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Leontine Sarr-Havel","jobTitle":"Front-end Engineer"}</script>
</head><body>
<header class="masthead"><h1>${title}</h1><h2>Front-end engineer, maps and accessibility</h2>
<article>${ps(summary)}</article>
<ul class="icon-list">
<li><svg aria-hidden="true" class="icon"><use href="#mail"></use></svg><a href="mailto:${contact[0]}">${contact[0]}</a></li>
<li><svg aria-hidden="true" class="icon"><use href="#phone"></use></svg><a href="tel:+447700900417">${contact[1]}</a></li>
<li><svg aria-hidden="true" class="icon"><use href="#link"></use></svg><a href="https://${contact[2]}">${contact[2]}</a></li>
<li><svg aria-hidden="true" class="icon"><use href="#map-pin"></use></svg>${contact[3]}</li>
<li><svg aria-hidden="true" class="icon"><use href="#github"></use></svg><a href="https://github.com/lsarrhavel">${contact[4]}</a></li>
<li><svg aria-hidden="true" class="icon"><use href="#mastodon"></use></svg><a href="https://maps.social.example/@leontine">${contact[5]}</a></li>
</ul></header>
<section id="work"><h3>${h[0]}</h3><div class="stack">
<article><header><h4><a href="https://quillmark.example">${h[1]}</a></h4><div class="meta"><div><strong>${work1[0]}</strong></div>
<div><time datetime="2021-04">${work1[1]}</time></div></div></header>
<p>${work1[2]}</p>
<ul>
${lis(work1Hi)}
</ul></article>
<article><header><h4><a href="https://brightpine.example">${h[2]}</a></h4><div class="meta"><div><strong>${work2[0]}</strong></div>
<div><time datetime="2017-09">${work2[1]}</time></div></div></header>
<p>${work2[2]}</p>
<ul>
${lis(work2Hi)}
</ul></article></div></section>
<section id="projects"><h3>${h[3]}</h3><div class="stack"><article><header><h4><a href="https://github.com/lsarrhavel/tilecast">${h[4]}</a></h4></header>
${ps(project)}
${tags(['SVG', 'vector tiles', 'print'])}</article></div></section>
<section id="education"><h3>${h[5]}</h3><div class="stack"><article><header><h4>${edu[0]}</h4><div class="meta"><div><strong>${edu[1]}</strong></div>
<div><time datetime="2013-09">${edu[2]}</time></div></div></header>
<p>${edu[3]}</p></article></div></section>
<section id="skills"><h3>${h[6]}</h3><div class="grid-list">
${skillNames.map((n, i) => `<div><h5>${n}</h5>${tags(skillKw[i] ?? [])}</div>`).join('\n')}
</div></section>
<footer class="credits"><p>Built with <a href="https://jsonresume.example">JSON Resume</a> · theme: even · last built from resume.json on 2026-02-02</p>
</footer>
<svg xmlns="http://www.w3.org/2000/svg" style="display:none"><symbol id="mail" viewBox="0 0 24 24"><path d="M4 4h16v16H4z"/></symbol></svg>
</body></html>`;
const jsonResume: TestPage = {
  name: 'heldout449-jsonresume-docs',
  kind: 'docs',
  html,
  title,
  headings: [...h.slice(0, 6), edu[0] ?? '', h[6] ?? '', ...skillNames],
  body: texts([
    'Front-end engineer, maps and accessibility',
    ...summary,
    ...work1,
    ...work1Hi,
    ...work2,
    ...work2Hi,
    ...project,
    'SVG',
    'vector tiles',
    'print',
    ...edu.slice(1),
    ...skillKw.flat(),
  ]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...contact, 'Built with JSON Resume · theme: even · last built from resume.json on 2026-02-02'],
};

export const HELDOUT449_C: readonly TestPage[] = [jsonResume, webflow];
