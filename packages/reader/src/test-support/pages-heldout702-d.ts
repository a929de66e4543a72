import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout702-kit.js';

/**
 * Held-out batch 702, file d: a guide page of a SQL linter's documentation on MkDocs with the Material theme (announcement
 * banner, header with repository link, navigation tabs, primary and secondary sidebars, edit and view-source buttons, admonitions,
 * a closed collapsible block, code blocks with file names, git revision dates, feedback widget, footer prev / next), and an API
 * reference page of a Python client library on Sphinx with the Read the Docs theme (autodoc signatures with [source] links,
 * field lists, a doctest block, version notes, breadcrumbs with "Edit on GitHub", ethical ad, footer buttons, versions flyout).
 */
const mTitle = 'Writing custom rules';
const mHeads = ['The rule interface', 'A complete example', 'Registering the rule', 'Testing a rule', 'Performance'];
const mIntro = j(
  'Sparrowlint ships with 84 built-in rules, but every team has conventions of its own. A custom rule is a Python class that',
  'receives the parsed SQL tree of each statement and reports violations. This guide walks through a complete rule, from the',
  'class to the tests.',
);
const mNote = j(
  'Custom rules need Sparrowlint 2.0 or later. Rules written for 1.x use a different interface; see',
  '<a href="../migrating/">Migrating from 1.x</a>.',
);
const mIface = 'Every rule subclasses <code>sparrowlint.Rule</code> and sets three class attributes:';
const mIfaceList = [
  '<code>code</code>: a unique identifier such as <code>ACME001</code>. Built-in rules use the prefixes <code>SL</code> and <code>SP</code>, so pick' +
    ' something else.',
  '<code>description</code>: one sentence, shown in the linter output and by <code>sparrowlint rules</code>.',
  '<code>targets</code>: the node types the rule wants to see, for example <code>Select</code> or <code>Join</code>.',
];
const mIface2 = 'The linter calls the rule’s <code>check()</code> method once for each matching node and collects whatever it yields.';
const mExample = j(
  'The rule below flags <code>SELECT *</code> in any query that is not part of a view definition. Our analytics team adopted it',
  'after a column was added to a source table and silently doubled the size of a nightly export.',
);
/** A Material code block: a file name bar, then Pygments lines with their line anchors. */
const mCode = (n: number, lines: readonly string[], filename: string): string => `<div class="language-${
  filename.endsWith('.toml') ? 'toml' : 'python'
} highlight"><span class="filename">${filename}</span><pre id="__code_${n}"><span></span><button class="md-clipboard md-icon" title="Copy to clipboard"
data-clipboard-target="#__code_${n} > code"></button><code>${lines
  .map((l, i) => `<a id="__codelineno-${n}-${i + 1}" name="__codelineno-${n}-${i + 1}" href="#__codelineno-${n}-${i + 1}"></a>${l}`)
  .join('\n')}
</code></pre></div>`;
const mRule = [
  '<span class="kn">from</span> <span class="nn">sparrowlint</span> <span class="kn">import</span> <span class="n">Rule</span>, <span' +
    ' class="n">Violation</span>',
  '<span class="kn">from</span> <span class="nn">sparrowlint.nodes</span> <span class="kn">import</span> <span class="n">Select</span>, <span' +
    ' class="n">Star</span>',
  '',
  '',
  '<span class="k">class</span> <span class="nc">NoSelectStar</span>(<span class="n">Rule</span>):',
  '    <span class="n">code</span> <span class="o">=</span> <span class="s2">"ACME001"</span>',
  '    <span class="n">description</span> <span class="o">=</span> <span class="s2">"Avoid SELECT * outside view definitions."</span>',
  '    <span class="n">targets</span> <span class="o">=</span> (<span class="n">Select</span>,)',
  '',
  '    <span class="k">def</span> <span class="nf">check</span>(<span class="bp">self</span>, <span class="n">node</span>, <span class="n">context</span>):',
  '        <span class="k">if</span> <span class="n">context</span><span class="o">.</span><span class="n">inside</span>(<span' +
    ' class="s2">"CreateView"</span>):',
  '            <span class="k">return</span>',
  '        <span class="k">for</span> <span class="n">item</span> <span class="ow">in</span> <span class="n">node</span><span class="o">.</span><span' +
    ' class="n">columns</span>:',
  '            <span class="k">if</span> <span class="nb">isinstance</span>(<span class="n">item</span>, <span class="n">Star</span>):',
  '                <span class="k">yield</span> <span class="n">Violation</span>(<span class="n">item</span>, <span class="s2">"List the columns you need' +
    ' instead of *."</span>)',
];
const mRegister = 'Point Sparrowlint at the module that holds your rules in the project configuration:';
const mToml = [
  '<span class="k">[tool.sparrowlint]</span>',
  '<span class="n">dialect</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="s2">"postgres"</span>',
  '<span class="n">plugins</span><span class="w"> </span><span class="o">=</span><span class="w"> </span>[<span class="s2">"rules.no_select_star"</span>]',
];
const mRegister2 = j(
  'Run <code>sparrowlint rules</code> to check that the rule was picked up. It is listed with its code and description, marked',
  'as custom.',
);
const mWarn = j('Plugins are ordinary Python modules and run with the same permissions as the linter. Only load rules from repositories you', 'trust.');
const mTest = j(
  'Sparrowlint includes a small pytest helper, <code>assert_violations</code>, that lints a SQL string with one rule and compares',
  'the violations it finds with markers in the string:',
);
const mTestCode = [
  '<span class="kn">from</span> <span class="nn">sparrowlint.testing</span> <span class="kn">import</span> <span class="n">assert_violations</span>',
  '<span class="kn">from</span> <span class="nn">rules.no_select_star</span> <span class="kn">import</span> <span class="n">NoSelectStar</span>',
  '',
  '',
  '<span class="k">def</span> <span class="nf">test_flags_star_in_select</span>():',
  '    <span class="n">assert_violations</span>(<span class="n">NoSelectStar</span>, <span class="s2">"SELECT /*!ACME001*/* FROM orders"</span>)',
  '',
  '',
  '<span class="k">def</span> <span class="nf">test_allows_star_in_view</span>():',
  '    <span class="n">assert_violations</span>(<span class="n">NoSelectStar</span>, <span class="s2">"CREATE VIEW v AS SELECT * FROM orders"</span>)',
];
const mDetailsTitle = 'Testing rules without pytest';
const mDetails = j(
  'If your project does not use pytest, call <code>sparrowlint.testing.lint_string()</code> directly. It returns a list of',
  '<code>Violation</code> objects with line and column numbers, which you can compare in any test framework.',
);
const mPerf = j(
  'Rules run once per matching node, so a rule that targets <code>Select</code> runs many times in a large file. Keep',
  '<code>check()</code> free of I/O, and do expensive set-up once in <code>__init__</code>. On our benchmark of 4,000 dbt models',
  'the built-in rules take 3.1 seconds in total; a custom rule that adds more than a few hundred milliseconds is worth profiling',
  'with <code>sparrowlint lint --profile</code>.',
);
const mTabs = ['Home', 'Getting started', 'Guides', 'Rules reference', 'Changelog'];
const mSide = ['Configuration', 'Running in CI', 'Editor integration', 'Migrating from 1.x'];
const mH = (h: string, level = 2): string => {
  const id = h.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `<h${level} id="${id}">${h}<a class="headerlink" href="#${id}" title="Permanent link">&para;</a></h${level}>`;
};
const mHtml = `<!doctype html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="Documentation for Sparrowlint, a linter for SQL"><link rel="canonical" href="https://sparrowlint.dev/guides/custom-rules/">
<link rel="prev" href="../configuration/"><link rel="next" href="../ci/"><link rel="icon" href="../../assets/favicon.png">
<meta name="generator" content="mkdocs-1.6.0, mkdocs-material-9.5.27"><title>Writing custom rules - Sparrowlint</title>
<link rel="stylesheet" href="../../assets/stylesheets/main.6543a935.min.css"><link rel="stylesheet" href="../../assets/stylesheets/palette.06af60db.min.css">
<script>__md_scope=new URL("../..",location),__md_hash=e=>[...e].reduce((e,_)=>(e<<5)-e+_.charCodeAt(0),0),__md_get=(e,_=localStorage,t=__md_scope)=>
JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{_.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}</script>
</head><body dir="ltr" data-md-color-scheme="default" data-md-color-primary="teal" data-md-color-accent="teal">
<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off"><label class="md-overlay" for="__drawer"></label>
<div data-md-component="skip"><a href="#writing-custom-rules" class="md-skip">Skip to content</a></div>
<div data-md-component="announce"><aside class="md-banner"><div class="md-banner__inner md-grid md-typeset">
Sparrowlint 2.0 is out, with custom rules and a faster parser. <a href="../../changelog/#200">Read the release notes</a></div></aside></div>
<div data-md-color-scheme="default" data-md-component="outdated" hidden></div>
<header class="md-header md-header--shadow md-header--lifted" data-md-component="header"><nav class="md-header__inner md-grid" aria-label="Header">
<a href="../.." title="Sparrowlint" class="md-header__button md-logo" aria-label="Sparrowlint" data-md-component="logo"><img src="../../assets/logo.svg"
alt="logo"></a><label class="md-header__button md-icon" for="__drawer"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">
<path d="M3 6h18v2H3V6m0 5h18v2H3v-2m0 5h18v2H3v-2Z"/></svg></label>
<div class="md-header__title" data-md-component="header-title"><div class="md-header__ellipsis"><div class="md-header__topic"><span class="md-ellipsis">
Sparrowlint</span></div><div class="md-header__topic" data-md-component="header-topic"><span class="md-ellipsis">${mTitle}</span></div></div></div>
<label class="md-header__button md-icon" for="__search"><svg viewBox="0 0 24 24"><path d="M9.5 3A6.5 6.5 0 0 1 16 9.5"/></svg></label>
<div class="md-search" data-md-component="search" role="dialog"><label class="md-search__overlay" for="__search"></label><div class="md-search__inner"
role="search"><form class="md-search__form" name="search"><input type="text" class="md-search__input" name="query" aria-label="Search"
placeholder="Search" autocapitalize="off" autocorrect="off" autocomplete="off" spellcheck="false" data-md-component="search-query" required>
<nav class="md-search__options" aria-label="Search"><button type="reset" class="md-search__icon md-icon" title="Clear" aria-label="Clear" tabindex="-1">
<svg viewBox="0 0 24 24"><path d="M19 6.41 17.59 5 12 10.59"/></svg></button></nav></form><div class="md-search__output"><div class="md-search__scrollwrap"
tabindex="0" data-md-scrollfix><div class="md-search-result" data-md-component="search-result"><div class="md-search-result__meta">Initializing search</div>
<ol class="md-search-result__list" role="presentation"></ol></div></div></div></div></div>
<div class="md-header__source"><a href="https://github.com/sparrowlint/sparrowlint" title="Go to repository" class="md-source" data-md-component="source">
<div class="md-source__icon md-icon"><svg viewBox="0 0 448 512"><path d="M439.55 236.05 244 40.45"/></svg></div>
<div class="md-source__repository">sparrowlint/sparrowlint<ul class="md-source__facts"><li class="md-source__fact md-source__fact--version">v2.0.3</li>
<li class="md-source__fact md-source__fact--stars">1.4k</li><li class="md-source__fact md-source__fact--forks">96</li></ul></div></a></div></nav>
<nav class="md-tabs" aria-label="Tabs" data-md-component="tabs"><div class="md-grid"><ul class="md-tabs__list">${mTabs
  .map(
    (t) => `<li class="md-tabs__item${t === 'Guides' ? ' md-tabs__item--active' : ''}"><a href="../../${t.toLowerCase().replace(/ /g, '-')}/"
class="md-tabs__link">${t}</a></li>`,
  )
  .join('\n')}</ul></div></nav></header>
<div class="md-container" data-md-component="container"><main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><div class="md-sidebar__scrollwrap">
<div class="md-sidebar__inner"><nav class="md-nav md-nav--primary md-nav--lifted" aria-label="Navigation" data-md-level="0">
<label class="md-nav__title" for="__drawer"><a href="../.." title="Sparrowlint" class="md-nav__button md-logo" aria-label="Sparrowlint">
<img src="../../assets/logo.svg" alt="logo"></a>Sparrowlint</label><ul class="md-nav__list" data-md-scrollfix>
<li class="md-nav__item md-nav__item--active md-nav__item--section md-nav__item--nested"><input class="md-nav__toggle md-toggle" type="checkbox"
id="__nav_3" checked><label class="md-nav__link" for="__nav_3" id="__nav_3_label" tabindex=""><span class="md-ellipsis">Guides</span>
<span class="md-nav__icon md-icon"></span></label><nav class="md-nav" data-md-level="1" aria-labelledby="__nav_3_label" aria-expanded="true">
<label class="md-nav__title" for="__nav_3"><span class="md-nav__icon md-icon"></span>Guides</label><ul class="md-nav__list" data-md-scrollfix>
<li class="md-nav__item"><a href="../configuration/" class="md-nav__link"><span class="md-ellipsis">${at(mSide, 0)}</span></a></li>
<li class="md-nav__item md-nav__item--active"><input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">
<a href="./" class="md-nav__link md-nav__link--active"><span class="md-ellipsis">${mTitle}</span></a></li>
${mSide
  .slice(1)
  .map((t) => `<li class="md-nav__item"><a href="../x/" class="md-nav__link"><span class="md-ellipsis">${t}</span></a></li>`)
  .join('\n')}</ul></nav></li></ul></nav></div></div></div>
<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">
<nav class="md-nav md-nav--secondary" aria-label="Table of contents"><label class="md-nav__title" for="__toc"><span class="md-nav__icon md-icon"></span>
Table of contents</label><ul class="md-nav__list" data-md-component="toc" data-md-scrollfix>${mHeads
  .map(
    (h) => `<li class="md-nav__item"><a href="#${h.toLowerCase().replace(/[^a-z0-9]+/g, '-')}" class="md-nav__link"><span
class="md-ellipsis">${h}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div>
<div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset">
<a href="https://github.com/sparrowlint/sparrowlint/edit/main/docs/guides/custom-rules.md" title="Edit this page" class="md-content__button md-icon">
<svg viewBox="0 0 24 24"><path d="M10 20H6V4h7v5h5v3.1l2-2V8l-6-6H6c-1.1 0-2 .9-2 2v16"/></svg></a>
<a href="https://github.com/sparrowlint/sparrowlint/raw/main/docs/guides/custom-rules.md" title="View source of this page" class="md-content__button md-icon">
<svg viewBox="0 0 24 24"><path d="M17 18c.56 0 1 .44 1 1s-.44 1-1 1"/></svg></a>
${mH(mTitle, 1)}
<p>${mIntro}</p>
<div class="admonition note"><p class="admonition-title">Note</p><p>${mNote}</p></div>
${mH(at(mHeads, 0))}
<p>${mIface}</p>
<ul>${lis(mIfaceList)}</ul>
<p>${mIface2}</p>
${mH(at(mHeads, 1))}
<p>${mExample}</p>
${mCode(0, mRule, 'rules/no_select_star.py')}
${mH(at(mHeads, 2))}
<p>${mRegister}</p>
${mCode(1, mToml, 'sparrowlint.toml')}
<p>${mRegister2}</p>
<div class="admonition warning"><p class="admonition-title">Warning</p><p>${mWarn}</p></div>
${mH(at(mHeads, 3))}
<p>${mTest}</p>
${mCode(2, mTestCode, 'tests/test_no_select_star.py')}
<details class="tip"><summary>${mDetailsTitle}</summary><p>${mDetails}</p></details>
${mH(at(mHeads, 4))}
<p>${mPerf}</p>
<aside class="md-source-file"><span class="md-source-file__fact"><span class="md-icon" title="Last update"><svg viewBox="0 0 24 24"><path
d="M21 13.1c-.1 0-.3.1-.4.2l-1 1"/></svg></span><span
class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">February 19, 2027</span>
</span><span class="md-source-file__fact"><span class="md-icon" title="Created"><svg viewBox="0 0 24 24"><path d="M14.47 15.08 11 13V7h1.5v5.25"/></svg></span>
<span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date">October 2, 2025</span></span></aside>
<form class="md-feedback" name="feedback"><fieldset><legend class="md-feedback__title">Was this page helpful?</legend><div class="md-feedback__inner">
<div class="md-feedback__list"><button class="md-feedback__icon md-icon" type="submit" title="This page was helpful" data-md-value="1"><svg viewBox="0 0 24 24">
<path d="M20 12a8 8 0 0 0-8-8 8 8 0 0 0-8 8"/></svg></button><button class="md-feedback__icon md-icon" type="submit" title="This page could be improved"
data-md-value="0"><svg viewBox="0 0 24 24"><path d="M20 12a8 8 0 0 0-8-8"/></svg></button></div><div class="md-feedback__note">
<div data-md-value="1" hidden>Thanks for your feedback!</div><div data-md-value="0" hidden>Thanks for your feedback! Help us improve this page by using our
<a href="https://github.com/sparrowlint/sparrowlint/issues/new" target="_blank" rel="noopener">feedback form</a>.</div></div></div></fieldset></form>
</article></div>
<script>var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))</script>
</div><button type="button" class="md-top md-icon" data-md-component="top" hidden><svg viewBox="0 0 24 24"><path d="M13 20h-2V8l-5.5 5.5"/></svg>
Back to top</button></main>
<footer class="md-footer"><nav class="md-footer__inner md-grid" aria-label="Footer"><a href="../configuration/" class="md-footer__link md-footer__link--prev"
aria-label="Previous: Configuration"><div class="md-footer__button md-icon"><svg viewBox="0 0 24 24"><path d="M20 11v2H8l5.5 5.5"/></svg></div>
<div class="md-footer__title"><span class="md-footer__direction">Previous</span><div class="md-ellipsis">Configuration</div></div></a>
<a href="../ci/" class="md-footer__link md-footer__link--next" aria-label="Next: Running in CI"><div class="md-footer__title">
<span class="md-footer__direction">Next</span><div class="md-ellipsis">Running in CI</div></div><div class="md-footer__button md-icon">
<svg viewBox="0 0 24 24"><path d="M4 11v2h12l-5.5 5.5"/></svg></div></a></nav>
<div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner md-grid"><div class="md-copyright"><div class="md-copyright__highlight">
Copyright &copy; 2024–2027 The Sparrowlint authors</div>Made with <a href="https://squidfunk.github.io/mkdocs-material/" target="_blank" rel="noopener">
Material for MkDocs</a></div><div class="md-social"><a href="https://github.com/sparrowlint" target="_blank" rel="noopener" title="github.com"
class="md-social__link"><svg viewBox="0 0 496 512"><path d="M165.9 397.4c0 2-2.3 3.6-5.2 3.6"/></svg></a></div></div></div></footer></div>
<div class="md-dialog" data-md-component="dialog"><div class="md-dialog__inner md-typeset"></div></div>
<script id="__config" type="application/json">{"base": "../..", "features": ["navigation.tabs", "navigation.sections", "content.code.copy"],
"search": "../../assets/javascripts/workers/search.b8dbb3d2.min.js", "translations": {"clipboard.copied": "Copied to clipboard",
"clipboard.copy": "Copy to clipboard", "search.result.none": "No matching documents"}}</script>
<script src="../../assets/javascripts/bundle.fe8b6f2b.min.js"></script></body></html>`;
const mkdocs: TestPage = gold({
  name: 'heldout702-mkdocs-material-custom-rules',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  // biome-ignore format: the body texts follow the page's order
  body: texts([mIntro, 'Note', mNote, mIface, ...mIfaceList, mIface2, mExample, 'rules/no_select_star.py', mRule.join('\n'), mRegister,
    'sparrowlint.toml', mToml.join('\n'), mRegister2, 'Warning', mWarn, mTest, 'tests/test_no_select_star.py', mTestCode.join('\n'),
    mDetailsTitle, mDetails, mPerf]),
  bylines: ['February 19, 2027', 'October 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Sparrowlint 2.0 is out, with custom rules and a faster parser. Read the release notes', 'Sparrowlint', 'Initializing search',
    'sparrowlint/sparrowlint', 'v2.0.3', '1.4k', '96', ...mTabs, ...mSide, 'Table of contents', 'Was this page helpful?', 'Previous', 'Next',
    'Copyright © 2024–2027 The Sparrowlint authors', 'Made with Material for MkDocs',
  ],
});

/** An autodoc signature: its HTML (with the [source] link and the ¶ anchor) and its text as shown, without "[source]". */
type Sig = { html: string; text: string };
const sig = (id: string, kw: string, prename: string, name: string, params: readonly string[] | null, source = true): Sig => {
  const ps2 =
    params === null
      ? ''
      : `<span class="sig-paren">(</span>${params
          .map((p) => {
            const [n, d] = p.split('=');
            return d === undefined
              ? `<em class="sig-param"><span class="${n === '*' ? 'o' : 'n'}"><span class="pre">${n}</span></span></em>`
              : `<em class="sig-param"><span class="n"><span class="pre">${n}</span></span><span class="o"><span class="pre">=</span></span><span
class="default_value"><span class="pre">${d}</span></span></em>`;
          })
          .join(', ')}<span class="sig-paren">)</span>`;
  const html = `<dt class="sig sig-object py"
id="${id}">${kw === '' ? '' : `<em class="property"><span class="pre">${kw}</span><span class="w"> </span></em>`}${
    prename === '' ? '' : `<span class="sig-prename descclassname"><span class="pre">${prename}</span></span>`
  }<span class="sig-name descname"><span class="pre">${name}</span></span>${ps2}${
    source
      ? `<a class="reference internal" href="../_modules/ledgerline/client.html#${id.replace('ledgerline.client.', '')}"><span class="viewcode-link"><span
class="pre">[source]</span></span></a>`
      : ''
  }<a class="headerlink" href="#${id}" title="Link to this definition">¶</a></dt>`;
  const text = `${kw === '' ? '' : `${kw} `}${prename}${name}${params === null ? '' : `(${params.join(', ')})`}`;
  return { html, text };
};
const py = (t: string): string =>
  `<a class="reference external" href="https://docs.python.org/3/library/stdtypes.html#${t}" title="(in Python v3.12)"><em>${t}</em></a>`;
/** A field list: label and either list items or one paragraph. */
type Field = [string, string[]];
const fields = (fs: readonly Field[]): string =>
  `<dl class="field-list simple">${fs
    .map(
      ([label, items], i) => `<dt class="field-${i % 2 === 0 ? 'odd' : 'even'}">${label}<span class="colon">:</span></dt>
<dd class="field-${i % 2 === 0 ? 'odd' : 'even'}">${
        items.length === 1 && label !== 'Parameters' ? `<p>${items[0]}</p>` : `<ul class="simple">${items.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>`
      }</dd>`,
    )
    .join('\n')}</dl>`;
const fieldTexts = (fs: readonly Field[]): string[] => fs.flatMap(([label, items]) => [`${label}:`, ...items]);
const sTitle = 'ledgerline.client';
const sHeads = ['Client', 'Exceptions'];
const sModule = j(
  'HTTP client for the Ledgerline time-series server. Most applications create one <a class="reference internal"',
  'href="#ledgerline.client.Client" title="ledgerline.client.Client"><code class="xref py py-class docutils literal notranslate"><span',
  'class="pre">Client</span></code></a> per process and share it between threads; the client keeps a pool of connections and is',
  'safe to use concurrently.',
);
const sDoctest = `<span class="gp">&gt;&gt;&gt; </span><span class="kn">from</span> <span class="nn">ledgerline.client</span> <span
class="kn">import</span> <span class="n">Client</span>
<span class="gp">&gt;&gt;&gt; </span><span class="n">client</span> <span class="o">=</span> <span class="n">Client</span><span class="p">(</span><span
class="s2">"https://ledger.example.net"</span><span class="p">,</span> <span class="n">token</span><span class="o">=</span><span
class="s2">"lk_live_..."</span><span
class="p">)</span>
<span class="gp">&gt;&gt;&gt; </span><span class="n">client</span><span class="o">.</span><span class="n">write</span><span class="p">(</span><span
class="s2">"cpu.load"</span><span class="p">,</span> <span class="mf">0.42</span><span class="p">,</span> <span class="n">tags</span><span
class="o">=</span><span
class="p">{</span><span class="s2">"host"</span><span class="p">:</span> <span class="s2">"web-3"</span><span class="p">})</span>
<span class="gp">&gt;&gt;&gt; </span><span class="n">client</span><span class="o">.</span><span class="n">query</span><span class="p">(</span><span
class="s2">"cpu.load"</span><span class="p">,</span> <span class="n">start</span><span class="o">=</span><span class="s2">"-1h"</span><span
class="p">)</span><span class="o">.</span><span class="n">mean</span><span class="p">()</span>
<span class="go">0.37</span>`;
const sClient = sig('ledgerline.client.Client', 'class', 'ledgerline.client.', 'Client', ['base_url', '*', 'token=None', 'timeout=30.0', 'retries=3']);
const sClientDoc = 'A connection to one Ledgerline server.';
const sClientFields: Field[] = [
  [
    'Parameters',
    [
      `<strong>base_url</strong> (${py('str')}) – Server URL, including the scheme. A trailing slash is ignored.`,
      `<strong>token</strong> (${py('str')} <em>| None</em>) – API token. If omitted, the <code class="docutils literal notranslate"><span
class="pre">LEDGERLINE_TOKEN</span></code> environment variable is used.`,
      `<strong>timeout</strong> (${py('float')}) – Seconds to wait for each request before raising <code class="docutils literal notranslate"><span
class="pre">TimeoutError</span></code>.`,
      j(
        `<strong>retries</strong> (${py('int')}) – How many times to retry a request that failed with a connection error or a 503`,
        'response. Retries back off exponentially, starting at 0.5 seconds.',
      ),
    ],
  ],
];
const sChanged = '<span class="versionmodified changed">Changed in version 2.3: </span>The <em>retries</em> parameter was added.';
const sWrite = sig('ledgerline.client.Client.write', '', '', 'write', ['metric', 'value', '*', 'tags=None', 'timestamp=None']);
const sWriteDoc = 'Write a single data point.';
const sWriteFields: Field[] = [
  [
    'Parameters',
    [
      `<strong>metric</strong> (${py('str')}) – Metric name, made of letters, digits, dots and underscores.`,
      `<strong>value</strong> (${py('float')}) – The value to record.`,
      `<strong>tags</strong> (${py('dict')}<em>[</em>${py('str')}<em>, </em>${py('str')}<em>] | None</em>) – Tags to attach to the point. Keys and values` +
        ` must be strings.`,
      `<strong>timestamp</strong> (<em>datetime | None</em>) – Time of the point. Defaults to the current time on the server, not on the client.`,
    ],
  ],
  [
    'Raises',
    [
      j(
        '<a class="reference internal" href="#ledgerline.client.ValidationError"' +
          ' title="ledgerline.client.ValidationError"><strong>ValidationError</strong></a>',
        '– If the metric name or a tag is invalid.',
      ),
    ],
  ],
];
const sMany = sig('ledgerline.client.Client.write_many', '', '', 'write_many', ['points', '*', 'batch_size=5000']);
const sManyDoc = 'Write many points in batches. Points are sent in the order given; if one batch fails, later batches are not sent.';
const sManyFields: Field[] = [
  [
    'Parameters',
    [
      `<strong>points</strong> (<em>Iterable</em><em>[</em><em>Point</em><em>]</em>) – The points to write.`,
      `<strong>batch_size</strong> (${py('int')}) – Number of points per request. The server rejects requests of more than 10,000 points.`,
    ],
  ],
  ['Returns', ['The number of points written.']],
  ['Return type', [py('int')]],
];
const sManyNote = j(
  '<code class="xref py py-meth docutils literal notranslate"><span class="pre">write_many()</span></code> is not atomic across',
  'batches. If it raises <a class="reference internal" href="#ledgerline.client.PartialWriteError"',
  'title="ledgerline.client.PartialWriteError"><code class="xref py py-exc docutils literal notranslate"><span',
  'class="pre">PartialWriteError</span></code></a>, the exception’s <code class="docutils literal notranslate"><span',
  'class="pre">written</span></code> attribute tells you how many points were stored before the failure.',
);
const sQuery = sig('ledgerline.client.Client.query', '', '', 'query', ['metric', '*', 'start', 'end=None', 'tags=None']);
const sQueryDoc = 'Read the points of one metric in a time range.';
const sQueryFields: Field[] = [
  [
    'Parameters',
    [
      `<strong>metric</strong> (${py('str')}) – Metric name.`,
      `<strong>start</strong> (${py('str')} <em>| datetime</em>) – Start of the range: a datetime, or a relative time such as <code
class="docutils literal notranslate"><span class="pre">"-1h"</span></code> or <code class="docutils literal notranslate"><span
class="pre">"-7d"</span></code>.`,
      `<strong>end</strong> (${py('str')} <em>| datetime | None</em>) – End of the range. Defaults to now.`,
      `<strong>tags</strong> (${py('dict')}<em> | None</em>) – Only return points whose tags match all of these.`,
    ],
  ],
  ['Returns', ['The matching points, oldest first.']],
  ['Return type', ['<a class="reference internal" href="query.html#ledgerline.query.Series" title="ledgerline.query.Series"><em>Series</em></a>']],
];
const sClose = sig('ledgerline.client.Client.close', '', '', 'close', []);
const sCloseDoc = j(
  'Close the connection pool. The client can also be used as a context manager, which closes it on exit. Calling',
  '<code class="xref py py-meth docutils literal notranslate"><span class="pre">close()</span></code> twice is harmless.',
);
const sErr = sig('ledgerline.client.LedgerlineError', 'exception', 'ledgerline.client.', 'LedgerlineError', null);
const sErrDoc = 'Base class for all errors raised by this module.';
const sBases = j(
  'Bases: <a class="reference internal" href="#ledgerline.client.LedgerlineError" title="ledgerline.client.LedgerlineError"><code',
  'class="xref py py-class docutils literal notranslate"><span class="pre">LedgerlineError</span></code></a>',
);
const sPartial = sig('ledgerline.client.PartialWriteError', 'exception', 'ledgerline.client.', 'PartialWriteError', null);
const sPartialDoc = j(
  'Raised by <a class="reference internal" href="#ledgerline.client.Client.write_many" title="ledgerline.client.Client.write_many"><code',
  'class="xref py py-meth docutils literal notranslate"><span class="pre">Client.write_many()</span></code></a> when a batch fails',
  'after earlier batches were stored.',
);
const sWritten = sig('ledgerline.client.PartialWriteError.written', '', '', 'written', null, false);
const sWrittenDoc = 'Number of points stored before the failure.';
const sValid = sig('ledgerline.client.ValidationError', 'exception', 'ledgerline.client.', 'ValidationError', null);
const sValidDoc = 'Raised when a metric name, tag or value is rejected before it is sent.';
const sGuide = ['Installation', 'Quickstart', 'Writing data', 'Querying', 'Configuration'];
const sApi = ['ledgerline.query', 'ledgerline.points', 'ledgerline.aio'];
const sLocal = [
  'Client',
  'Client.write()',
  'Client.write_many()',
  'Client.query()',
  'Client.close()',
  'LedgerlineError',
  'PartialWriteError',
  'ValidationError',
];
const dd = (inner: string): string => `<dd>${inner}</dd>`;
const sHtml = `<!DOCTYPE html>
<html class="writer-html5" lang="en" data-content_root="../">
<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>ledgerline.client &mdash; Ledgerline 2.4.1 documentation</title>
<link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=80d5e7a1" /><link rel="stylesheet" type="text/css"
href="../_static/css/theme.css?v=19f00094" />
<link rel="canonical" href="https://ledgerline-python.readthedocs.io/en/stable/api/client.html" />
<script src="../_static/jquery.js?v=5d32c60e"></script><script src="../_static/_sphinx_javascript_frameworks_compat.js?v=2cd50e6c"></script>
<script src="../_static/documentation_options.js?v=a58bc63e"></script><script src="../_static/doctools.js?v=9a2dae69"></script>
<script src="../_static/js/theme.js"></script><script async="async" src="/_/static/javascript/readthedocs-addons.js"></script>
<meta name="readthedocs-project-slug" content="ledgerline-python" /><meta name="readthedocs-version-slug" content="stable" />
<link rel="index" title="Index" href="../genindex.html" /><link rel="search" title="Search" href="../search.html" />
<link rel="next" title="ledgerline.query" href="query.html" /><link rel="prev" title="API reference" href="index.html" /></head>
<body class="wy-body-for-nav"><div class="wy-grid-for-nav"><nav data-toggle="wy-nav-shift" class="wy-nav-side"><div class="wy-side-scroll">
<div class="wy-side-nav-search"><a href="../index.html" class="icon icon-home">Ledgerline</a><div class="version">2.4.1</div>
<div role="search"><form id="rtd-search-form" class="wy-form" action="../search.html" method="get"><input type="text" name="q" placeholder="Search docs"
aria-label="Search docs" /><input type="hidden" name="check_keywords" value="yes" /><input type="hidden" name="area" value="default" /></form></div></div>
<div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu">
<p class="caption" role="heading"><span class="caption-text">User guide</span></p><ul>${links(sGuide, 'toctree-l1')}</ul>
<p class="caption" role="heading"><span class="caption-text">API reference</span></p><ul class="current"><li class="toctree-l1 current">
<a class="reference internal" href="index.html">API reference</a><ul class="current"><li class="toctree-l2 current"><a class="current reference internal"
href="#">ledgerline.client</a><ul>${sLocal
  .map(
    (
      t,
    ) => `<li class="toctree-l3"><a class="reference internal" href="#ledgerline.client.${t.replace('()', '')}"><code class="docutils literal notranslate"><span
class="pre">${t}</span></code></a></li>`,
  )
  .join('\n')}</ul></li>
${links(sApi, 'toctree-l2')}</ul></li></ul>
<p class="caption" role="heading"><span class="caption-text">Project</span></p><ul>${links(['Changelog', 'Contributing'], 'toctree-l1')}</ul></div></div></nav>
<section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="Mobile navigation menu">
<i data-toggle="wy-nav-top" class="fa fa-bars"></i><a href="../index.html">Ledgerline</a></nav>
<div class="wy-nav-content"><div class="rst-content"><div role="navigation" aria-label="Page navigation"><ul class="wy-breadcrumbs">
<li><a href="../index.html" class="icon icon-home" aria-label="Home"></a></li><li class="breadcrumb-item"><a href="index.html">API reference</a></li>
<li class="breadcrumb-item active">ledgerline.client</li><li class="wy-breadcrumbs-aside">
<a href="https://github.com/ledgerline/ledgerline-python/blob/main/docs/api/client.rst" class="fa fa-github"> Edit on GitHub</a></li></ul><hr/></div>
<div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article"><div itemprop="articleBody">
<section id="module-ledgerline.client"><span id="ledgerline-client"></span><h1>${sTitle}<a class="headerlink" href="#module-ledgerline.client"
title="Link to this heading">¶</a></h1>
<p>${sModule}</p>
<div class="highlight-pycon notranslate"><div class="highlight"><pre><span></span>${sDoctest}
</pre></div></div>
<section id="client"><h2>${at(sHeads, 0)}<a class="headerlink" href="#client" title="Link to this heading">¶</a></h2>
<dl class="py class">${sClient.html}
${dd(`<p>${sClientDoc}</p>
${fields(sClientFields)}
<div class="versionchanged"><p>${sChanged}</p></div>
<dl class="py method">${sWrite.html}
${dd(`<p>${sWriteDoc}</p>\n${fields(sWriteFields)}`)}</dl>
<dl class="py method">${sMany.html}
${dd(`<p>${sManyDoc}</p>\n${fields(sManyFields)}
<div class="admonition note"><p class="admonition-title">Note</p><p>${sManyNote}</p></div>`)}</dl>
<dl class="py method">${sQuery.html}
${dd(`<p>${sQueryDoc}</p>\n${fields(sQueryFields)}`)}</dl>
<dl class="py method">${sClose.html}
${dd(`<p>${sCloseDoc}</p>`)}</dl>`)}</dl></section>
<section id="exceptions"><h2>${at(sHeads, 1)}<a class="headerlink" href="#exceptions" title="Link to this heading">¶</a></h2>
<dl class="py exception">${sErr.html}
${dd(`<p>${sErrDoc}</p>`)}</dl>
<dl class="py exception">${sPartial.html}
${dd(`<p>${sBases}</p><p>${sPartialDoc}</p>
<dl class="py attribute">${sWritten.html.replace(
  '<span class="pre">written</span></span>',
  '<span class="pre">written</span></span><em class="property"><span class="p"><span class="pre">:</span></span><span class="w"> </span><span' +
    ' class="pre">int</span></em>',
)}
${dd(`<p>${sWrittenDoc}</p>`)}</dl>`)}</dl>
<dl class="py exception">${sValid.html}
${dd(`<p>${sBases}</p><p>${sValidDoc}</p>`)}</dl></section></section>
</div></div>
<div id="readthedocs-ea" class="ethical-rtd ethical-dark-theme" data-ea-publisher="readthedocs" data-ea-type="readthedocs-sidebar"><div class="ethical-content">
<a href="https://server.ethicalads.io/proxy/click/5521/" rel="nofollow noopener sponsored" target="_blank" class="ethical-image-link"><img
src="https://media.ethicalads.io/media/images/2027/01/ad-telemetry.png" alt="Sponsored: Patchbay"></a><div class="ethical-text">
<a href="https://server.ethicalads.io/proxy/click/5521/" rel="nofollow noopener sponsored" target="_blank"><strong>Patchbay</strong> shows you every slow
query in production, with the line of Python that sent it.</a></div></div><div class="ethical-callout"><small><em><a href="https://www.ethicalads.io/">Ads by
EthicalAds</a></em></small></div></div>
<footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer"><a href="index.html" class="btn btn-neutral float-left" title="API reference"
accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left" aria-hidden="true"></span> Previous</a>
<a href="query.html" class="btn btn-neutral float-right" title="ledgerline.query" accesskey="n" rel="next">Next <span class="fa fa-arrow-circle-right"
aria-hidden="true"></span></a></div><hr/><div role="contentinfo"><p>&#169; Copyright 2023-2027, Ledgerline contributors.</p></div>
Built with <a href="https://www.sphinx-doc.org/">Sphinx</a> using a <a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a>
provided by <a href="https://readthedocs.org">Read the Docs</a>.</footer></div></div></section></div>
<div class="rst-versions" data-toggle="rst-versions" role="note" aria-label="Versions"><span class="rst-current-version" data-toggle="rst-current-version">
<span class="fa fa-book"> Read the Docs</span> v: stable <span class="fa fa-caret-down"></span></span><div class="rst-other-versions">
<dl><dt>Versions</dt><dd><a href="/en/latest/">latest</a></dd><dd><a href="/en/stable/">stable</a></dd><dd><a href="/en/2.3/">2.3</a></dd></dl>
<dl><dt>Downloads</dt><dd><a href="/_/downloads/en/stable/pdf/">PDF</a></dd></dl><dl><dt>On Read the Docs</dt><dd><a
href="/projects/ledgerline-python/">Project Home</a>
</dd><dd><a href="/projects/ledgerline-python/builds/">Builds</a></dd></dl></div></div>
<script>jQuery(function () { SphinxRtdTheme.Navigation.enable(true); });</script></body></html>`;
const sphinx: TestPage = gold({
  name: 'heldout702-sphinx-rtd-ledgerline-client',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([
    sModule,
    sDoctest,
    sClient.text,
    sClientDoc,
    ...fieldTexts(sClientFields),
    sChanged,
    sWrite.text,
    sWriteDoc,
    ...fieldTexts(sWriteFields),
    sMany.text,
    sManyDoc,
    ...fieldTexts(sManyFields),
    'Note',
    sManyNote,
    sQuery.text,
    sQueryDoc,
    ...fieldTexts(sQueryFields),
    sClose.text,
    sCloseDoc,
    sErr.text,
    sErrDoc,
    sPartial.text,
    sBases,
    sPartialDoc,
    'written: int',
    sWrittenDoc,
    sValid.text,
    sBases,
    sValidDoc,
  ]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ledgerline', '2.4.1', 'User guide', ...sGuide, 'API reference', ...sLocal, ...sApi, 'Project', 'Changelog', 'Contributing', 'Edit on GitHub',
    '[source]', 'Patchbay shows you every slow query in production, with the line of Python that sent it.', 'Ads by EthicalAds', 'Previous', 'Next',
    '© Copyright 2023-2027, Ledgerline contributors.', 'Built with Sphinx using a theme provided by Read the Docs.', 'Read the Docs', 'v: stable',
    'Versions', 'latest', 'stable', '2.3', 'Downloads', 'PDF', 'On Read the Docs', 'Project Home', 'Builds',
  ],
});

export const HELDOUT702_D: readonly TestPage[] = [mkdocs, sphinx];
