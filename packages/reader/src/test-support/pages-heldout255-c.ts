import { links, ps, type TestPage, texts } from './page-kit.js';
import { hyperkitty } from './pages-heldout255-c2.js';
import { j } from './pages-heldout255-kit.js';

/**
 * Held-out batch 255, file c: a governance RFC on a MkDocs Material site (announcement banner, header with the repository
 * source, tabs, primary navigation, table of contents, edit button, metadata table, abstract admonition, revision dates,
 * feedback widget, previous / next footer, copyright, cookie consent form) and, from file c2, a mailing-list message
 * in a HyperKitty (Mailman 3) archive.
 */
const mTitle = 'RFC 0014: A steering council elected by maintainers';
const mH = ['Motivation', 'Proposal', 'Elections', 'Alternatives considered', 'Unresolved questions'];
const mAbstract = j(
  'This RFC replaces the founding team’s informal decision making with a five-person steering council, elected every',
  'year by the project’s maintainers, with a narrow mandate and published minutes.',
);
const mP1 = [
  j(
    'Kestrel was started by four people who made decisions in a group chat. That worked while the project was small. Today',
    'there are thirty-two maintainers across nine repositories, and the founders are no longer the people doing most of the',
    'work. Decisions that affect everybody, such as changing the release cadence or accepting a new sub-project, still go',
    'through the same chat, which most maintainers cannot see.',
  ),
  'Newer maintainers have said, in the last two surveys, that they do not know how to get a cross-project decision made.',
];
const mP2 = [
  'We propose a steering council of five people. The council decides only the matters listed below; everything else stays',
  'with the maintainers of each repository, as today.',
];
const mL1 = [
  'accepting, archiving or transferring a repository;',
  'the release policy and the supported-versions table;',
  'spending from the project’s fund above 2,000 euros;',
  'appointing the security response team and the code of conduct committee;',
  'amending this document, which also needs a two-thirds vote of maintainers.',
];
const mP3 = [
  j(
    'The council meets every two weeks in public and publishes minutes within seven days. Votes need a simple majority of',
    'the full council. A council member who works for the same employer as two other members must abstain on any vote',
    'that affects that employer.',
  ),
];
const mP4 = [
  j(
    'Every maintainer listed in the <code>MAINTAINERS</code> file on 1 September may vote and may stand. The election uses a',
    'ranked ballot counted with the Schulze method, run by two volunteers who are not standing. Terms last one year, and',
    'nobody may serve more than three terms in a row.',
  ),
  j(
    'For the first election the founders will not stand, so that the council starts with people the maintainers chose.',
    'They remain maintainers of their own repositories.',
  ),
];
const mP5 = [
  j(
    'We looked at a benevolent-dictator model, which nobody wanted, and at a lazy-consensus model with no council. The',
    'second was close: it is how the Ferncliff project works. We rejected it because several decisions in the last year',
    'stalled for months when nobody felt entitled to call consensus.',
  ),
  'We also considered seven seats. Five keeps meetings short and is still enough to cover the main time zones.',
];
const mL2 = ['Should users who are not maintainers have a non-voting seat?', 'How should a council seat be filled if a member steps down mid-term?'];
const mTabs = ['Home', 'Governance', 'Contributing', 'Security', 'Community'];
const mNav = ['Overview', 'Charter', 'RFC process', 'RFC 0012: Release cadence', 'RFC 0013: Sub-project intake', 'RFC 0014: Steering council'];
const mConsent = j(
  'We use cookies to recognize your repeated visits and preferences, as well as to measure the effectiveness of our',
  'documentation and whether users find what they are searching for.',
);
const mHtml = `<!doctype html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="${mAbstract}"><meta name="author" content="The Kestrel maintainers">
<link rel="canonical" href="https://governance.kestrel.dev/rfcs/0014-steering-council/"><link rel="prev" href="../0013-sub-project-intake/">
<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.6.4"><title>${mTitle} - Kestrel governance</title>
<link rel="stylesheet" href="../../assets/stylesheets/main.8608ea7d.min.css">
<script>__md_scope=new URL("../..",location),__md_hash=e=>[...e].reduce((e,_)=>(e<<5)-e+_.charCodeAt(0),0),__md_get=(e,_=localStorage,t=__md_scope)=>
JSON.parse(_.getItem(t.pathname+"."+e))</script></head>
<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="teal" data-md-color-accent="teal">
<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
<label class="md-overlay" for="__drawer"></label><div data-md-component="skip"><a href="#motivation" class="md-skip">Skip to content</a></div>
<div data-md-component="announce"><aside class="md-banner"><div class="md-banner__inner md-grid md-typeset">Voting on RFC 0015 closes on 20 March.
<a href="../0015-trademark/">Read the proposal</a></div></aside></div>
<header class="md-header md-header--shadow" data-md-component="header"><nav class="md-header__inner md-grid" aria-label="Header">
<a href="../.." title="Kestrel governance" class="md-header__button md-logo" aria-label="Kestrel governance" data-md-component="logo"></a>
<div class="md-header__title" data-md-component="header-title"><div class="md-header__ellipsis"><div class="md-header__topic">
<span class="md-ellipsis">Kestrel governance</span></div><div class="md-header__topic" data-md-component="header-topic"><span class="md-ellipsis">
RFC 0014: Steering council</span></div></div></div>
<div class="md-search" data-md-component="search" role="dialog"><label class="md-search__overlay" for="__search"></label><div class="md-search__inner"
role="search"><form class="md-search__form" name="search"><input type="text" class="md-search__input" name="query" aria-label="Search"
placeholder="Search" autocomplete="off"></form></div></div>
<div class="md-header__source"><a href="https://github.example/kestrel/governance" title="Go to repository" class="md-source" data-md-component="source">
<div class="md-source__repository">kestrel/governance</div></a></div></nav>
<nav class="md-tabs" aria-label="Tabs" data-md-component="tabs"><div class="md-grid"><ul
class="md-tabs__list">${links(mTabs, 'md-tabs__item')}</ul></div></nav></header>
<div class="md-container" data-md-component="container"><main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><div class="md-sidebar__scrollwrap"><div
class="md-sidebar__inner">
<nav class="md-nav md-nav--primary" aria-label="Navigation" data-md-level="0"><label class="md-nav__title" for="__drawer">Kestrel governance</label>
<ul class="md-nav__list" data-md-scrollfix>${links(mNav, 'md-nav__item')}</ul></nav></div></div></div>
<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">
<nav class="md-nav md-nav--secondary" aria-label="Table of contents"><label class="md-nav__title" for="__toc">Table of contents</label>
<ul class="md-nav__list" data-md-component="toc" data-md-scrollfix>
${mH
  .map(
    (h) => `<li class="md-nav__item"><a href="#${h.toLowerCase().replace(/ /g, '-')}" class="md-nav__link">
<span class="md-ellipsis">${h}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div>
<div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset">
<a href="https://github.example/kestrel/governance/edit/main/docs/rfcs/0014-steering-council.md" title="Edit this page" class="md-content__button md-icon">
<svg viewBox="0 0 24 24"><path d="M10 20H6V4h7v5h5v3.1l2-2V8l-6-6H6c-1.1 0-2 .9-2 2v16"></path></svg></a>
<h1 id="rfc-0014">${mTitle}</h1>
<table><thead><tr><th>Field</th><th>Value</th></tr></thead><tbody><tr><td>Status</td><td>Accepted</td></tr>
<tr><td>Authors</td><td>Ines Barroso-Whitlock, Tomasz Rydel</td></tr><tr><td>Created</td><td>2026-01-12</td></tr>
<tr><td>Discussion</td><td><a href="https://github.example/kestrel/governance/pull/88">kestrel/governance#88</a></td></tr></tbody></table>
<div class="admonition abstract"><p class="admonition-title">Summary</p><p>${mAbstract}</p></div>
<h2 id="motivation">${mH[0]}<a class="headerlink" href="#motivation" title="Permanent link">¶</a></h2>
${ps(mP1)}
<h2 id="proposal">${mH[1]}<a class="headerlink" href="#proposal" title="Permanent link">¶</a></h2>
<p>${mP2.join(' ')}</p>
<ol>
${mL1.map((t) => `<li>${t}</li>`).join('\n')}
</ol>
${ps(mP3)}
<h2 id="elections">${mH[2]}<a class="headerlink" href="#elections" title="Permanent link">¶</a></h2>
${ps(mP4)}
<h2 id="alternatives-considered">${mH[3]}<a class="headerlink" href="#alternatives-considered" title="Permanent link">¶</a></h2>
${ps(mP5)}
<h2 id="unresolved-questions">${mH[4]}<a class="headerlink" href="#unresolved-questions" title="Permanent link">¶</a></h2>
<ul>
${mL2.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<aside class="md-source-file"><span class="md-source-file__fact"><span class="md-icon" title="Last update"></span>
<span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">March 1, 2026</span></span>
<span class="md-source-file__fact"><span class="md-icon" title="Created"></span>
<span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">January 12, 2026</span></span></aside>
<form class="md-feedback" name="feedback" hidden><fieldset><legend class="md-feedback__title">Was this page helpful?</legend>
<div class="md-feedback__inner"><div class="md-feedback__list"><button class="md-feedback__icon md-icon" type="submit" title="This page was helpful"
data-md-value="1"></button><button class="md-feedback__icon md-icon" type="submit" title="This page could be improved" data-md-value="0"></button></div>
<div class="md-feedback__note"><div data-md-value="1" hidden>Thanks for your feedback!</div></div></div></fieldset></form>
</article></div></div></main>
<footer class="md-footer"><nav class="md-footer__inner md-grid" aria-label="Footer"><a href="../0013-sub-project-intake/" class="md-footer__link
md-footer__link--prev" aria-label="Previous: RFC 0013: Sub-project intake"><div class="md-footer__title"><span class="md-footer__direction">Previous</span>
<div class="md-ellipsis">RFC 0013: Sub-project intake</div></div></a></nav>
<div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner md-grid"><div class="md-copyright"><div class="md-copyright__highlight">
Copyright © 2026 The Kestrel maintainers. Text licensed CC BY 4.0.</div>Made with
<a href="https://squidfunk.github.io/mkdocs-material/" target="_blank" rel="noopener">Material for MkDocs</a></div></div></div></footer></div>
<div class="md-consent" data-md-component="consent" id="__consent" hidden><div class="md-consent__overlay"></div><aside class="md-consent__inner">
<form class="md-consent__form md-grid md-typeset" name="consent"><h4>Cookie consent</h4><p>${mConsent}</p>
<div class="md-consent__controls"><button class="md-button md-button--primary">Accept</button><button type="reset" class="md-button
md-button--primary">Reject</button><label class="md-button" for="__settings">Manage settings</label></div></form></aside></div>
<script id="__config"
type="application/json">{"base":"../..","features":["navigation.tabs","content.action.edit"],"search":"../../assets/javascripts/workers/search.js"}</script>
<script src="../../assets/javascripts/bundle.60a45f97.min.js"></script></body></html>`;
const mkdocs: TestPage = {
  name: 'heldout255-mkdocs-material-rfc',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts([mAbstract, ...mP1, mP2.join(' '), ...mL1, ...mP3, ...mP4, ...mP5, ...mL2]),
  bylines: ['Ines Barroso-Whitlock, Tomasz Rydel', '2026-01-12', 'March 1, 2026', 'January 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Voting on RFC 0015 closes on 20 March. Read the proposal', 'Kestrel governance', 'RFC 0014: Steering council',
    'kestrel/governance', ...mTabs, 'Overview', 'Charter', 'RFC process', 'RFC 0012: Release cadence', 'RFC 0013: Sub-project intake',
    'Table of contents', 'Status', 'Accepted', 'Authors', 'Created', 'Discussion', 'kestrel/governance#88', 'Summary', 'Was this page helpful?',
    'Thanks for your feedback!', 'Previous', 'Copyright © 2026 The Kestrel maintainers. Text licensed CC BY 4.0.', 'Made with Material for MkDocs',
    'Cookie consent', mConsent, 'Accept', 'Reject', 'Manage settings',
  ],
};

export const HELDOUT255_C: readonly TestPage[] = [mkdocs, hyperkitty];
