import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, trs } from './pages-heldout327-kit.js';

/**
 * Held-out batch 327, file a2: a grammar explanation page with example tables on Material for MkDocs (md-header with the
 * search box and repository link, md-tabs, the primary navigation of chapters, the "Table of contents" sidebar that repeats the
 * section headings, an admonition, the "Last update" line, the previous / next footer links and the Material cookie consent form).
 */
const gTitle = 'Two-way prepositions: accusative or dative?';
const gIntro = [
  j(
    'Nine German prepositions can take either the accusative or the dative case. Grammars call them two-way prepositions',
    '(<em>Wechselpräpositionen</em>). The preposition alone does not tell you the case; the meaning of the whole sentence does.',
  ),
  'The nine are: an, auf, hinter, in, neben, über, unter, vor and zwischen.',
];
const gRule = [
  j(
    'Ask whether the verb describes a movement towards a new place or a position in a place. Movement towards a destination takes the',
    'accusative and answers the question <em>wohin?</em> (where to?). A location, or movement within one place, takes the dative and',
    'answers <em>wo?</em> (where?).',
  ),
  'The verbs often come in pairs, one for the movement and one for the resulting position:',
];
const gPairs: readonly (readonly string[])[] = [
  ['legen (to lay)', 'liegen (to lie)'],
  ['stellen (to stand something up)', 'stehen (to stand)'],
  ['setzen (to set, seat)', 'sitzen (to sit)'],
  ['hängen, weak (to hang something)', 'hängen, strong (to be hanging)'],
];
const gExIntro = ['In each pair below, the first sentence answers wohin? and the second wo?'];
const gExamples: readonly (readonly string[])[] = [
  ['Ich lege das Buch auf den Tisch.', 'Accusative', 'I put the book on the table.'],
  ['Das Buch liegt auf dem Tisch.', 'Dative', 'The book is lying on the table.'],
  ['Wir gehen in die Bibliothek.', 'Accusative', 'We are going into the library.'],
  ['Wir lernen in der Bibliothek.', 'Dative', 'We study in the library.'],
  ['Sie hängt die Karte an die Wand.', 'Accusative', 'She hangs the map on the wall.'],
  ['Die Karte hängt an der Wand.', 'Dative', 'The map is hanging on the wall.'],
];
const gTip = [
  j(
    'Movement alone is not enough for the accusative. <em>Er läuft im Park</em> (he runs in the park) takes the dative, because the',
    'running happens inside one place and never crosses into a new one.',
  ),
];
const gContr = ['Several of the prepositions merge with the definite article in everyday writing. The contracted forms are standard, not slang:'];
const gContrRows: readonly (readonly string[])[] = [
  ['an + dem', 'am', 'Dative'],
  ['an + das', 'ans', 'Accusative'],
  ['in + dem', 'im', 'Dative'],
  ['in + das', 'ins', 'Accusative'],
];
const gMist = [
  j(
    'Learners most often choose the dative after verbs of arriving, such as <em>ankommen</em>, and expect the accusative. Arriving is',
    'treated as being at the end point, so it takes the dative: <em>Wir kommen am Bahnhof an.</em>',
  ),
  j(
    'The opposite slip happens with <em>sich setzen</em> and <em>sich legen</em>, where the reflexive pronoun hides the movement. Sitting',
    'down is still a change of place: <em>Er setzt sich auf die Bank.</em>',
  ),
];
const gNav = ['Cases overview', 'Accusative prepositions', 'Dative prepositions', 'Two-way prepositions', 'Genitive prepositions', 'Verb prefixes'];
const gTabs = ['Home', 'Grammar guide', 'Vocabulary', 'Exercises', 'About'];
const gHtml = `<!doctype html><html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="When German two-way prepositions take the accusative and when the dative, with example tables.">
<meta name="author" content="Grammatikhaus contributors"><link rel="canonical" href="https://docs.grammatikhaus.example/grammar/two-way-prepositions/">
<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.5.44"><title>Two-way prepositions - Grammatikhaus Docs</title>
<link rel="stylesheet" href="../../assets/stylesheets/main.0253249f.min.css"><link rel="stylesheet" href="../../assets/stylesheets/palette.06af60db.min.css">
<script>__md_scope=new URL("../..",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),
__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e))</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${gTitle}","inLanguage":"en"}</script></head>
<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="teal" data-md-color-accent="amber">
<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">
<label class="md-overlay" for="__drawer"></label><div data-md-component="skip"><a href="#two-way-prepositions" class="md-skip">Skip to content</a></div>
<header class="md-header md-header--shadow md-header--lifted" data-md-component="header"><nav class="md-header__inner md-grid" aria-label="Header">
<a href="../.." title="Grammatikhaus Docs" class="md-header__button md-logo" aria-label="Grammatikhaus Docs"><svg viewBox="0 0 24 24"></svg></a>
<div class="md-header__title" data-md-component="header-title"><div class="md-header__ellipsis"><div class="md-header__topic"><span
class="md-ellipsis">Grammatikhaus Docs</span></div>
<div class="md-header__topic" data-md-component="header-topic"><span class="md-ellipsis">Two-way prepositions</span></div></div></div>
<div class="md-search" data-md-component="search" role="dialog"><div class="md-search__inner" role="search"><form class="md-search__form" name="search">
<input type="text" class="md-search__input" name="query" aria-label="Search" placeholder="Search"></form></div></div>
<div class="md-header__source"><a href="https://git.grammatikhaus.example/docs" title="Go to repository" class="md-source" data-md-component="source">
<div class="md-source__repository">grammatikhaus/docs</div></a></div></nav>
<nav class="md-tabs" aria-label="Tabs" data-md-component="tabs"><div class="md-grid"><ul class="md-tabs__list">${links(gTabs, 'md-tabs__item')}</ul></div></nav>
</header>
<div class="md-container" data-md-component="container"><main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar"
data-md-type="navigation"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">
<nav class="md-nav md-nav--primary md-nav--lifted" aria-label="Navigation" data-md-level="0"><label class="md-nav__title" for="__drawer">Prepositions</label>
<ul class="md-nav__list" data-md-scrollfix>${links(gNav, 'md-nav__item')}</ul></nav></div></div></div>
<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">
<nav class="md-nav md-nav--secondary" aria-label="Table of contents"><label class="md-nav__title" for="__toc">Table of contents</label>
<ul class="md-nav__list" data-md-component="toc" data-md-scrollfix><li class="md-nav__item"><a href="#the-rule" class="md-nav__link">The rule</a></li>
<li class="md-nav__item"><a href="#examples" class="md-nav__link">Examples</a></li><li class="md-nav__item"><a href="#contractions"
class="md-nav__link">Contractions</a></li>
<li class="md-nav__item"><a href="#common-mistakes" class="md-nav__link">Common mistakes</a></li></ul></nav></div></div></div>
<div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset">
<a href="https://git.grammatikhaus.example/docs/edit/main/docs/grammar/two-way-prepositions.md" title="Edit this page" class="md-content__button md-icon"><svg
viewBox="0 0 24 24"></svg></a>
<h1 id="two-way-prepositions">${gTitle}</h1>
${ps(gIntro)}
<h2 id="the-rule">The rule<a class="headerlink" href="#the-rule" title="Permanent link">¶</a></h2>
${ps(gRule)}
<table><thead><tr><th>Movement (accusative)</th><th>Position (dative)</th></tr></thead><tbody>
${trs(gPairs)}
</tbody></table>
<h2 id="examples">Examples<a class="headerlink" href="#examples" title="Permanent link">¶</a></h2>
${ps(gExIntro)}
<table><thead><tr><th>German</th><th>Case</th><th>English</th></tr></thead><tbody>
${trs(gExamples)}
</tbody></table>
<div class="admonition tip"><p class="admonition-title">Tip</p>
${ps(gTip)}
</div>
<h2 id="contractions">Contractions<a class="headerlink" href="#contractions" title="Permanent link">¶</a></h2>
${ps(gContr)}
<table><thead><tr><th>Full form</th><th>Contraction</th><th>Case</th></tr></thead><tbody>
${trs(gContrRows)}
</tbody></table>
<h2 id="common-mistakes">Common mistakes<a class="headerlink" href="#common-mistakes" title="Permanent link">¶</a></h2>
${ps(gMist)}
<aside class="md-source-file"><span class="md-source-file__fact"><span class="md-icon" title="Last update"></span><span
class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">Last update: February 9, 2026</span></span>
<span class="md-source-file__fact"><span class="md-icon" title="Contributors"></span>Contributors: Henrike Aalto, Jonas Pflaum</span></aside>
</article></div></div>
<button type="button" class="md-top md-icon" data-md-component="top" hidden>Back to top</button></main>
<footer class="md-footer"><nav class="md-footer__inner md-grid" aria-label="Footer"><a href="../dative-prepositions/"
class="md-footer__link md-footer__link--prev"
aria-label="Previous: Dative prepositions"><div class="md-footer__title"><span class="md-footer__direction">Previous</span><div class="md-ellipsis">Dative
prepositions</div></div></a>
<a href="../genitive-prepositions/" class="md-footer__link md-footer__link--next" aria-label="Next: Genitive prepositions"><div class="md-footer__title"><span
class="md-footer__direction">Next</span><div class="md-ellipsis">Genitive prepositions</div></div></a></nav>
<div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner md-grid"><div class="md-copyright"><div class="md-copyright__highlight">Copyright ©
2021–2026 Grammatikhaus e.V.</div>
Made with <a href="https://squidfunk.github.io/mkdocs-material/" target="_blank" rel="noopener">Material for MkDocs</a></div></div></div></footer></div>
<div class="md-dialog" data-md-component="dialog"><div class="md-dialog__inner md-typeset"></div></div>
<div class="md-consent" data-md-component="consent" id="__consent" hidden><div class="md-consent__overlay"></div><aside class="md-consent__inner">
<form class="md-consent__form md-grid md-typeset" name="consent"><h4>Cookie consent</h4><p>We use cookies to recognize your repeated visits and preferences,
as well as to measure the effectiveness of our documentation.</p>
<div class="md-consent__controls"><button class="md-button md-button--primary">Accept</button><label class="md-button" for="__settings">Manage settings</label>
</div></form></aside></div>
<script id="__config"
type="application/json">{"base":"../..","features":["navigation.tabs","toc.follow","content.action.edit"],
"search":"../../assets/javascripts/workers/search.6ce7567c.min.js"}</script>
<script src="../../assets/javascripts/bundle.83f73b43.min.js"></script></body></html>`;
export const grammarDocs: TestPage = {
  name: 'heldout327-mkdocs-material-grammar-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['The rule', 'Examples', 'Contractions', 'Common mistakes'],
  body: texts([...gIntro, ...gRule, ...gPairs.flat(), ...gExIntro, ...gExamples.flat(), ...gTip, ...gContr, ...gContrRows.flat(), ...gMist]),
  bylines: ['Last update: February 9, 2026', 'Contributors: Henrike Aalto, Jonas Pflaum'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Grammatikhaus Docs', 'grammatikhaus/docs', ...gTabs, 'Prepositions', ...gNav.filter((n) => n !== 'Two-way prepositions'),
    'Table of contents', 'Back to top', 'Previous', 'Next', 'Copyright © 2021–2026 Grammatikhaus e.V.', 'Made with Material for MkDocs',
    'Cookie consent', 'We use cookies to recognize your repeated visits and preferences, as well as to measure the effectiveness of our documentation.',
    'Accept', 'Manage settings',
  ],
};
