import { type TestPage, texts } from './page-kit.js';
import { lis, paras, uniq } from './pages-heldout196-kit.js';

/**
 * Held-out batch 196, file f2: a Material for MkDocs 9.6 blog post (the drawer and search toggles, "Skip to content", the
 * dismissible announcement banner, the header with logo, site and page titles, palette toggle, search with "Initializing
 * search", the repository link, navigation tabs, the blog post sidebar with "Back to index", the author profile, the
 * "Metadata" block with date, categories and reading time, tags above the h1, a tip admonition, code blocks with copy
 * buttons, the hidden feedback widget, the "Comments" h2 for giscus, prev / next footer links, the copyright and
 * "Made with Material for MkDocs", social links and the hidden cookie consent form).
 */
const mkTitle = 'How we cut cold-start time in half';
const mkIntro = paras(`
  When we released Tidewater 1.8, a user on a small cloud instance told us the CLI took almost two seconds to print its
  version number. On our laptops it took four hundred milliseconds, which we had stopped noticing. Two seconds is long
  enough to make people avoid a tool, so we spent the next release cycle finding out where the time went.

  Tidewater 1.9 starts in a little under half the time of 1.8 on every machine we measured. Here is what made the
  difference, roughly in order of how much each change helped.
`);
const mkH1 = 'Measuring first';
const mkP1 = paras(`
  Our first guess was wrong, which is why we now measure before we guess. We had assumed the configuration loader was slow,
  because it parses YAML. It accounted for four percent of startup time.

  Python's <code>-X importtime</code> flag told the real story: more than sixty percent of the time was spent importing
  modules that the command being run never used.
`);
const mkTip = 'Sort the importtime output by the cumulative column. The slow module is rarely the one you import directly.';
const mkH2 = 'Lazy imports';
const mkP2 = paras(`
  Every subcommand lived in its own module, but the CLI's entry point imported all of them to build the argument parser.
  That meant <code>tidewater --version</code> loaded the HTTP client, the plotting code and a numerical library.

  We changed the parser to register each subcommand by name and import its module only when that subcommand runs. The
  change touched forty lines and saved more time than everything else together.
`);
const mkH3 = 'Smaller wins';
const mkP3 = paras(`
  After the lazy imports, the profile was much flatter. A few smaller changes added up:
`);
const mkList = [
  'Compiled regular expressions at module level were moved into the functions that use them.',
  'The plugin scan now reads a cached index instead of walking every installed package on each run.',
  'We stopped importing <code>importlib.metadata</code> just to read our own version, and write it into a generated file at build time instead.',
];
const mkP4 = paras(`
  We have added a startup benchmark to CI that fails the build if <code>tidewater --version</code> gets more than ten
  percent slower than the last release. Startup time creeps up one innocent import at a time, and now we will see it
  happen.
`);
const mkTabs = ['Home', 'User guide', 'Reference', 'Blog'];
const mkTags = ['startup', 'cli'];
const mkCats = ['Performance', 'Internals'];
const mkConsent = [
  'Cookie consent',
  'We use cookies to count visits and to learn which pages people find useful. Nothing is shared with advertisers.',
  'Google Analytics',
  'GitHub',
  'Accept',
  'Reject',
  'Manage settings',
];
const mkP = (ps: readonly string[]): string => ps.map((p) => `<p>${p}</p>`).join('\n');
const mkCode = (n: number, code: string): string => `<div class="language-console highlight"><pre><span></span><code><a id="__codelineno-${n}-1"
name="__codelineno-${n}-1" href="#__codelineno-${n}-1"></a><span class="gp">$ </span>${code}
</code></pre><button class="md-clipboard md-icon" title="Copy to clipboard" data-clipboard-target="#__code_${n} > code"></button></div>`;
const mkHtml = `<!doctype html>
<html lang="en" class="no-js">
  <head>
      <meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
        <meta name="description" content="Where the time went when the Tidewater CLI took two seconds to start, and how we got it back.">
        <meta name="author" content="Hana Lindqvist"><link rel="canonical" href="https://tidewater.example.dev/blog/2025/04/09/cold-start/">
        <link rel="prev" href="../../../03/18/tidewater-19/"><link rel="next" href="../../../05/02/plugin-api/">
      <link rel="icon" href="../../../../../assets/images/favicon.png"><meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.6.9">
        <title>How we cut cold-start time in half - Tidewater</title>
        <link rel="stylesheet" href="../../../../../assets/stylesheets/main.4af4bdda.min.css">
      <script>__md_scope=new URL("../../../../..",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),
      __md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e))</script>
        <meta property="og:type" content="website"><meta property="og:title" content="How we cut cold-start time in half - Tidewater">
  </head>
  <body dir="ltr" data-md-color-scheme="default" data-md-color-primary="teal" data-md-color-accent="amber">
    <input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
    <input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">
    <label class="md-overlay" for="__drawer"></label>
    <div data-md-component="skip"><a href="#measuring-first" class="md-skip">Skip to content</a></div>
    <div data-md-component="announce"><aside class="md-banner"><div class="md-banner__inner md-grid md-typeset">
      <button class="md-banner__button md-icon" aria-label="Don't show this again"><svg viewBox="0 0 24 24"></svg></button>
      Tidewater 2.0 beta is out. <a href="../../../../../changelog/">Read what changed</a></div>
      <script>var el=document.querySelector("[data-md-component=announce]");if(el){var content=el.querySelector(".md-typeset");
      __md_hash(content.innerHTML)===__md_get("__announce")&&(el.hidden=!0)}</script></aside></div>
<header class="md-header md-header--shadow md-header--lifted" data-md-component="header">
  <nav class="md-header__inner md-grid" aria-label="Header">
    <a href="../../../../.." title="Tidewater" class="md-header__button md-logo" aria-label="Tidewater" data-md-component="logo">
      <img src="../../../../../assets/logo.svg" alt="logo"></a>
    <label class="md-header__button md-icon" for="__drawer"><svg viewBox="0 0 24 24"></svg></label>
    <div class="md-header__title" data-md-component="header-title"><div class="md-header__ellipsis">
        <div class="md-header__topic"><span class="md-ellipsis">Tidewater</span></div>
        <div class="md-header__topic" data-md-component="header-topic"><span class="md-ellipsis">${mkTitle}</span></div>
    </div></div>
        <form class="md-header__option" data-md-component="palette">
          <input class="md-option" data-md-color-media="" data-md-color-scheme="default" type="radio" name="__palette" id="__palette_0">
            <label class="md-header__button md-icon" title="Switch to dark mode" for="__palette_1" hidden><svg viewBox="0 0 24 24"></svg></label>
          <input class="md-option" data-md-color-media="" data-md-color-scheme="slate" type="radio" name="__palette" id="__palette_1">
            <label class="md-header__button md-icon" title="Switch to light mode" for="__palette_0" hidden><svg viewBox="0 0 24 24"></svg></label>
        </form>
      <label class="md-header__button md-icon" for="__search"><svg viewBox="0 0 24 24"></svg></label>
      <div class="md-search" data-md-component="search" role="dialog"><label class="md-search__overlay" for="__search"></label>
  <div class="md-search__inner" role="search"><form class="md-search__form" name="search">
      <input type="text" class="md-search__input" name="query" aria-label="Search" placeholder="Search" autocapitalize="off" autocorrect="off"
        autocomplete="off" spellcheck="false" data-md-component="search-query" required>
      <label class="md-search__icon md-icon" for="__search"><svg viewBox="0 0 24 24"></svg><svg viewBox="0 0 24 24"></svg></label>
      <nav class="md-search__options" aria-label="Search"><button type="reset" class="md-search__icon md-icon" title="Clear" aria-label="Clear"
        tabindex="-1"><svg viewBox="0 0 24 24"></svg></button></nav></form>
    <div class="md-search__output"><div class="md-search__scrollwrap" tabindex="0" data-md-scrollfix>
        <div class="md-search-result" data-md-component="search-result"><div class="md-search-result__meta">Initializing search</div>
          <ol class="md-search-result__list" role="presentation"></ol></div></div></div></div></div>
        <div class="md-header__source"><a href="https://github.com/tidewater-dev/tidewater" title="Go to repository" class="md-source"
          data-md-component="source"><div class="md-source__icon md-icon"><svg viewBox="0 0 448 512"></svg></div>
          <div class="md-source__repository">tidewater-dev/tidewater</div></a></div>
  </nav>
    <nav class="md-tabs" aria-label="Tabs" data-md-component="tabs"><div class="md-grid"><ul class="md-tabs__list">
${lis(
  mkTabs.map((t) => `<a href="../../../../../${t.length}/" class="md-tabs__link">${t}</a>`),
  (t) => t,
  ' class="md-tabs__item"',
)}
    </ul></div></nav>
</header>
    <div class="md-container" data-md-component="container"><main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">
  <div class="md-sidebar md-sidebar--post" data-md-component="sidebar" data-md-type="navigation"><div class="md-sidebar__scrollwrap">
      <div class="md-sidebar__inner md-post"><nav class="md-nav md-nav--primary">
          <div class="md-post__back"><div class="md-nav__title md-nav__container"><a href="../../../../" class="md-nav__link">
                <svg viewBox="0 0 24 24"></svg><span class="md-ellipsis">Back to index</span></a></div></div>
            <div class="md-post__authors md-typeset"><div class="md-profile md-post__profile">
                <span class="md-author md-author--long"><img src="https://avatars.example/u/88213" alt="Hana Lindqvist"></span>
                <span class="md-profile__description"><strong>Hana Lindqvist</strong><br>Maintainer</span></div></div>
          <ul class="md-post__meta md-nav__list"><li class="md-nav__item md-nav__item--section">
              <div class="md-post__title"><span class="md-ellipsis">Metadata</span></div>
              <nav class="md-nav"><ul class="md-nav__list">
                  <li class="md-nav__item"><div class="md-nav__link"><svg viewBox="0 0 24 24"></svg>
                      <time datetime="2025-04-09 00:00:00+00:00" class="md-ellipsis">April 9, 2025</time></div></li>
                    <li class="md-nav__item"><div class="md-nav__link"><svg viewBox="0 0 24 24"></svg><span class="md-ellipsis">in
                          <a href="../../../../category/performance/">Performance</a>, <a href="../../../../category/internals/">Internals</a></span></div></li>
                    <li class="md-nav__item"><div class="md-nav__link"><svg viewBox="0 0 24 24"></svg><span class="md-ellipsis">7 min read</span></div></li>
              </ul></nav></li></ul></nav></div></div></div>
          <div class="md-content md-content--post" data-md-component="content"><article class="md-content__inner md-typeset">
  <nav class="md-tags">${mkTags.map((t) => `<a href="../../../../../tags/#tag:${t}" class="md-tag">${t}</a>`).join('\n')}</nav>
<h1 id="how-we-cut-cold-start-time-in-half">${mkTitle}<a class="headerlink" href="#how-we-cut-cold-start-time-in-half" title="Permanent link">&para;</a></h1>
${mkP(mkIntro)}
<!-- more -->
<h2 id="measuring-first">${mkH1}<a class="headerlink" href="#measuring-first" title="Permanent link">&para;</a></h2>
${mkP(mkP1)}
${mkCode(0, 'python -X importtime -m tidewater --version 2&gt; imports.log')}
<div class="admonition tip"><p class="admonition-title">Tip</p><p>${mkTip}</p></div>
<h2 id="lazy-imports">${mkH2}<a class="headerlink" href="#lazy-imports" title="Permanent link">&para;</a></h2>
${mkP(mkP2)}
<h2 id="smaller-wins">${mkH3}<a class="headerlink" href="#smaller-wins" title="Permanent link">&para;</a></h2>
${mkP(mkP3)}
<ul>${lis(mkList)}</ul>
${mkP(mkP4)}
<form class="md-feedback" name="feedback" hidden><fieldset><legend class="md-feedback__title">Was this page helpful?</legend>
      <div class="md-feedback__inner"><div class="md-feedback__list">
          <button class="md-feedback__icon md-icon" type="submit" title="This page was helpful" data-md-value="1"><svg viewBox="0 0 24 24"></svg></button>
          <button class="md-feedback__icon md-icon" type="submit" title="This page could be improved" data-md-value="0"><svg viewBox="0 0 24 24"></svg></button>
        </div><div class="md-feedback__note"><div data-md-value="1" hidden>Thanks for your feedback!</div>
          <div data-md-value="0" hidden>Thanks for telling us. <a href="https://github.com/tidewater-dev/tidewater/discussions">Tell us more</a></div>
        </div></div></fieldset></form>
  <h2 id="__comments">Comments</h2>
  <script src="https://giscus.app/client.js" data-repo="tidewater-dev/tidewater" data-category="Blog comments" data-mapping="pathname"
    data-reactions-enabled="1" data-theme="light" crossorigin="anonymous" async></script>
</article></div>
  <script>var target=document.getElementById(location.hash.slice(1));target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))</script>
        </div><button type="button" class="md-top md-icon" data-md-component="top" hidden><svg viewBox="0 0 24 24"></svg>Back to top</button>
      </main>
<footer class="md-footer"><nav class="md-footer__inner md-grid" aria-label="Footer">
      <a href="../../../03/18/tidewater-19/" class="md-footer__link md-footer__link--prev" aria-label="Previous: Tidewater 1.9 release notes">
        <div class="md-footer__button md-icon"><svg viewBox="0 0 24 24"></svg></div><div class="md-footer__title">
          <span class="md-footer__direction">Previous</span><div class="md-ellipsis">Tidewater 1.9 release notes</div></div></a>
      <a href="../../../05/02/plugin-api/" class="md-footer__link md-footer__link--next" aria-label="Next: A plugin API we can keep stable">
        <div class="md-footer__title"><span class="md-footer__direction">Next</span><div class="md-ellipsis">A plugin API we can keep stable</div></div>
        <div class="md-footer__button md-icon"><svg viewBox="0 0 24 24"></svg></div></a>
  </nav>
  <div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner md-grid">
      <div class="md-copyright"><div class="md-copyright__highlight">Copyright © 2023–2025 the Tidewater authors</div>
    Made with <a href="https://squidfunk.github.io/mkdocs-material/" target="_blank" rel="noopener">Material for MkDocs</a></div>
  <div class="md-social"><a href="https://github.com/tidewater-dev" target="_blank" rel="noopener" title="github.com" class="md-social__link">
    <svg viewBox="0 0 496 512"></svg></a><a href="https://fosstodon.example/@tidewater" target="_blank" rel="noopener" title="fosstodon.example"
    class="md-social__link"><svg viewBox="0 0 448 512"></svg></a></div>
  </div></div>
</footer>
    </div>
    <div class="md-dialog" data-md-component="dialog"><div class="md-dialog__inner md-typeset"></div></div>
      <div class="md-consent" data-md-component="consent" id="__consent" hidden><div class="md-consent__overlay"></div>
        <aside class="md-consent__inner"><form class="md-consent__form md-grid md-typeset" name="consent"><h4>${mkConsent[0]}</h4>
<p>${mkConsent[1]}</p><input class="md-toggle" type="checkbox" id="__settings"><div class="md-consent__settings"><ul class="task-list">
<li class="task-list-item"><label class="task-list-control"><input type="checkbox" name="analytics" checked><span class="task-list-indicator"></span>
${mkConsent[2]}</label></li><li class="task-list-item"><label class="task-list-control"><input type="checkbox" name="github" checked>
<span class="task-list-indicator"></span>${mkConsent[3]}</label></li></ul></div><div class="md-consent__controls">
<button class="md-button md-button--primary">${mkConsent[4]}</button><button type="reset" class="md-button md-button--primary">${mkConsent[5]}</button>
<label class="md-button" for="__settings">${mkConsent[6]}</label></div></form></aside></div>
      <script id="__config" type="application/json">{"base": "../../../../..", "features": ["announce.dismiss", "content.code.copy", "navigation.tabs",
      "navigation.top"], "search": "../../../../../assets/javascripts/workers/search.f8cc74c7.min.js", "tags": null, "translations": {"clipboard.copied":
      "Copied to clipboard", "clipboard.copy": "Copy to clipboard", "search.result.none": "No matching documents"}, "version": null}</script>
      <script src="../../../../../assets/javascripts/bundle.c8b220af.min.js"></script>
  </body>
</html>`;
export const materialBlogPost: TestPage = {
  html: mkHtml,
  name: 'heldout196-material-mkdocs-blog-post',
  kind: 'blog',
  // the tip admonition's text is body, its "Tip" title furniture; the author, date and reading time in the post sidebar are
  // bylines, the author's role, categories, tags above the h1, the header topic (repeats the title, left out), the hidden
  // feedback and consent forms, the "Comments" h2, prev / next links and footer are furniture; "¶" links are left out
  title: mkTitle,
  headings: [mkH1, mkH2, mkH3],
  body: [...texts(mkIntro), ...texts(mkP1), mkTip, ...texts(mkP2), ...texts(mkP3), ...texts(mkList), ...texts(mkP4)],
  bylines: ['Hana Lindqvist', 'April 9, 2025', '7 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', 'Tidewater 2.0 beta is out.', 'Read what changed', 'Tidewater', 'Initializing search', 'tidewater-dev/tidewater', ...mkTabs,
    'Back to index', 'Maintainer', 'Metadata', 'in Performance, Internals', ...mkCats, ...mkTags, 'Tip', 'Was this page helpful?',
    'Thanks for your feedback!', 'Thanks for telling us.', 'Tell us more', 'Comments', 'Back to top', 'Previous', 'Tidewater 1.9 release notes', 'Next',
    'A plugin API we can keep stable', 'Copyright © 2023–2025 the Tidewater authors', 'Made with Material for MkDocs', ...mkConsent,
  ]),
};
