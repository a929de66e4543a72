import { ps, type TestPage, texts } from './page-kit.js';
import { lis, rows } from './pages-heldout403-kit.js';

/**
 * Held-out batch 403, file f2: a department's programme handbook page built with MkDocs and the Material theme (the md-header
 * with site name, page topic and search, md-tabs, the primary navigation drawer with nested sections, the secondary "Table of
 * contents" sidebar, the article in md-content__inner md-typeset with admonitions, a table and the git-revision-date "Last
 * update" line, the "Was this page helpful?" feedback widget, previous / next footer links and the "Made with" line).
 */
const title = 'Assessment and Progression';
const intro = `This section of the MPhys Physics handbook explains how your work is assessed, how marks are combined into your
degree classification, and what happens if you miss a deadline or fail a module. It applies to students who started the programme
in or after September 2024.`;
const marking = [
  `Every module is marked out of 100. The pass mark for modules at Levels 4 to 6 is 40, and for Level 7 modules it is 50.
Coursework is returned with written feedback within 15 working days of the submission deadline.`,
  `Laboratory reports are double-marked by a member of academic staff and a trained demonstrator. If the two marks differ by more than
10, a third marker reads the report and the module leader agrees a final mark.`,
];
const weights: [string, string][] = [
  ['Year 1', '0%'],
  ['Year 2', '20%'],
  ['Year 3', '35%'],
  ['Year 4', '45%'],
];
const weightIntro = 'Your final classification is calculated from the weighted average of your years of study:';
const late = `Work submitted late without an approved extension loses 5 marks for each working day, up to five working days, after
which it receives a mark of zero. Extensions are requested through the Student Hub before the deadline.`;
const tip = `If illness or personal circumstances affect your studies, submit a mitigating circumstances claim as soon as you can,
with supporting evidence. Do not wait until after the exam board meets.`;
const progIntro = 'To progress to the next year you must:';
const prog = [
  'pass modules worth at least 100 of your 120 credits,',
  'achieve a mark of at least 30 in any failed module, so that it can be compensated,',
  'for continuation on the MPhys, achieve an average of at least 55 in Year 2.',
];
const resit = `Students who do not meet these requirements are offered resits in the August period, capped at the pass mark. Students
who fall below 55 in Year 2 transfer to the BSc Physics and can still graduate with honours after Year 3.`;
const tabsNav = ['Home', 'Handbook', 'Modules', 'Labs', 'Support'];
const nav = ['Welcome', 'Key dates', 'Programme structure', 'Assessment and progression', 'Academic integrity', 'Placements and study abroad', 'Getting help'];
const toc = ['How work is marked', 'Degree classification', 'Late submission', 'Progression rules'];
const html = `<!doctype html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="MPhys Physics programme handbook, Department of Physics, Brackenfield University">
<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.5.44"><title>Assessment and Progression - MPhys Physics Handbook</title>
<link rel="stylesheet" href="../assets/stylesheets/main.0253249f.min.css"><link rel="stylesheet" href="../assets/stylesheets/palette.06af60db.min.css">
<script>__md_scope=new URL("..",location),__md_hash=e=>[...e].reduce((e,_)=>(e<<5)-e+_.charCodeAt(0),0)</script></head>
<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="indigo"><input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">
<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search"><label class="md-overlay" for="__drawer"></label>
<div data-md-component="skip"><a href="#how-work-is-marked" class="md-skip">Skip to content</a></div>
<header class="md-header md-header--shadow" data-md-component="header"><nav class="md-header__inner md-grid" aria-label="Header">
<a href="../" title="MPhys Physics Handbook" class="md-header__button md-logo" aria-label="MPhys Physics Handbook"></a>
<div class="md-header__title" data-md-component="header-title"><div class="md-header__ellipsis"><div class="md-header__topic"><span class="md-ellipsis">
MPhys Physics Handbook</span></div><div class="md-header__topic" data-md-component="header-topic"><span class="md-ellipsis">${title}</span></div></div></div>
<div class="md-search" data-md-component="search" role="dialog"><label class="md-search__overlay" for="__search"></label>
<div class="md-search__inner" role="search">
<form class="md-search__form" name="search"><input type="text" class="md-search__input" name="query" aria-label="Search" placeholder="Search"></form>
</div></div></nav></header>
<div class="md-container" data-md-component="container"><nav class="md-tabs" aria-label="Tabs" data-md-component="tabs"><div class="md-grid">
<ul class="md-tabs__list">${tabsNav
  .map(
    (t) => `<li class="md-tabs__item"><a href="../${t.toLowerCase()}/" class="md-tabs__link">${t}</a>
</li>`,
  )
  .join('\n')}</ul>
</div></nav>
<main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><div class="md-sidebar__scrollwrap">
<div class="md-sidebar__inner">
<nav class="md-nav md-nav--primary" aria-label="Navigation" data-md-level="0"><label class="md-nav__title" for="__drawer">MPhys Physics Handbook</label>
<ul class="md-nav__list" data-md-scrollfix>${nav
  .map(
    (n) => `<li class="md-nav__item">
<a href="../${n.toLowerCase().replace(/ /g, '-')}/" class="md-nav__link"><span class="md-ellipsis">${n}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div>
<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">
<nav class="md-nav md-nav--secondary" aria-label="Table of contents"><label class="md-nav__title" for="__toc"><span class="md-nav__icon md-icon"></span>Table of
contents</label><ul class="md-nav__list" data-md-component="toc" data-md-scrollfix>${toc
  .map((t) => `<li class="md-nav__item"><a href="#${t.toLowerCase().replace(/ /g, '-')}" class="md-nav__link"><span class="md-ellipsis">${t}</span></a></li>`)
  .join('\n')}</ul></nav></div></div></div>
<div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset">
<a href="https://git.brackenfield.example/physics/handbook/edit/main/docs/assessment.md" title="Edit this page" class="md-content__button md-icon"></a>
<h1 id="assessment-and-progression">${title}</h1>
<p>${intro}</p>
<h2 id="how-work-is-marked">How work is marked<a class="headerlink" href="#how-work-is-marked" title="Permanent link">¶</a></h2>
${ps(marking)}
<h2 id="degree-classification">Degree classification<a class="headerlink" href="#degree-classification" title="Permanent link">¶</a></h2>
<p>${weightIntro}</p>
<table><thead><tr><th>Year</th><th>Weighting</th></tr></thead><tbody>${rows(weights)}</tbody></table>
<h2 id="late-submission">Late submission<a class="headerlink" href="#late-submission" title="Permanent link">¶</a></h2>
<p>${late}</p>
<div class="admonition tip"><p class="admonition-title">Tip</p><p>${tip}</p></div>
<h2 id="progression-rules">Progression rules<a class="headerlink" href="#progression-rules" title="Permanent link">¶</a></h2>
<p>${progIntro}</p><ol>${lis(prog)}</ol>
<p>${resit}</p>
<aside class="md-source-file"><span class="md-source-file__fact"><span class="md-icon" title="Last update"></span>
<span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">Last update: January 26, 2026</span></span></aside>
<form class="md-feedback" name="feedback"><fieldset><legend class="md-feedback__title">Was this page helpful?</legend><div class="md-feedback__inner">
<div class="md-feedback__list"><button class="md-feedback__icon md-icon" type="submit" title="This page was helpful" data-md-value="1"></button>
<button class="md-feedback__icon md-icon" type="submit" title="This page could be improved" data-md-value="0"></button></div></div></fieldset></form>
</article></div></div></main>
<footer class="md-footer"><nav class="md-footer__inner md-grid" aria-label="Footer">
<a href="../programme-structure/" class="md-footer__link md-footer__link--prev">
<div class="md-footer__title"><span class="md-footer__direction">Previous</span><div class="md-ellipsis">Programme structure</div></div></a>
<a href="../academic-integrity/" class="md-footer__link md-footer__link--next"><div class="md-footer__title"><span class="md-footer__direction">Next</span>
<div class="md-ellipsis">Academic integrity</div></div></a></nav>
<div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner md-grid"><div class="md-copyright"><div class="md-copyright__highlight">
© 2026 Department of Physics, Brackenfield University</div>Made with <a href="https://squidfunk.github.io/mkdocs-material/" target="_blank"
rel="noopener">Material for MkDocs</a></div></div></div></footer></div>
<script id="__config" type="application/json">{"base": "..", "features": ["navigation.tabs", "toc.follow"], "search":
"../assets/javascripts/workers/search.js"}</script>
<script src="../assets/javascripts/bundle.83f73b43.min.js"></script></body></html>`;

const handbook: TestPage = {
  name: 'heldout403-mkdocs-material-programme-handbook',
  kind: 'docs',
  html,
  title,
  headings: toc,
  body: texts([intro, ...marking, weightIntro, ...weights.flat(), late, tip, progIntro, ...prog, resit]),
  bylines: ['Last update: January 26, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'MPhys Physics Handbook', ...tabsNav, ...nav.filter((n) => n !== 'Assessment and progression'), 'Table of contents',
    'Tip', 'Was this page helpful?', 'Previous', 'Next', '© 2026 Department of Physics, Brackenfield University', 'Made with Material for MkDocs',
  ],
};

export const HELDOUT403_F2: readonly TestPage[] = [handbook];
