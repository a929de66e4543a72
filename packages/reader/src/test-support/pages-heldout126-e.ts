import type { TestPage } from './page-kit.js';
import { Art, anchor } from './pages-heldout126-kit.js';
import { stripePage } from './pages-heldout126-e2.js';

/**
 * Held-out batch 126, file e: an MkDocs Material documentation page (as saved: drawer and search toggles, skip link, the
 * dismissible announcement banner, the header with title, topic, palette switch, search dialog and repository facts, the
 * navigation tabs, the primary navigation with its nested table of contents, the secondary table of contents, edit and view
 * source buttons, a warning admonition with its own title, a collapsible "question" block, a table, code blocks, the source
 * file dates, the hidden feedback widget, "Back to top", the previous / next footer, copyright and social links, and the
 * hidden cookie consent dialog) and, from file e2, a Stripe documentation guide.
 */
const title = 'Environment variables';
const hl = (id: string): string => `<a class="headerlink" href="#${id}" title="Permanent link">&para;</a>`;
const h2 = (t: string): string => `<h2 id="${anchor(t)}">${t}${hl(anchor(t))}</h2>`;
const c = (s: string): string => `<code>${s}</code>`;
const code = (
  lang: string,
  s: string,
): string => `<div class="language-${lang} highlight"><pre><span></span><code><span id="__span-0-1"><a id="__codelineno-0-1"
name="__codelineno-0-1" href="#__codelineno-0-1"></a>${s}</span></code></pre></div>`;
const art = new Art()
  .p([
    `Every setting in ${c('harbor.toml')} can also be set with an environment variable. This is useful in CI, in containers, and anywhere
you would rather not write a file to disk.`,
    'Environment variables take precedence over the configuration file, but not over command-line flags.',
  ])
  .h('Naming', h2)
  .p([
    `A variable's name is built from the setting's path in the configuration file: add the ${c('HARBOR_')} prefix, use upper case, and
replace dots and dashes with underscores. For example, ${c('registry.pull-timeout')} becomes ${c('HARBOR_REGISTRY_PULL_TIMEOUT')}.`,
  ])
  .p([
    `Names are case-sensitive on Linux and macOS. On Windows, where environment variables are not case-sensitive, Harbormaster still reads
only the upper-case form, so scripts behave the same on every system.`,
  ])
  .h('Common variables', h2)
  .raw('<table><thead><tr><th>Variable</th><th>Default</th><th>Description</th></tr></thead><tbody>')
  .raw('<tr>')
  .p([c('HARBOR_HOME'), c('~/.harbor'), 'Where Harbormaster keeps its cache, credentials and logs.'], (t) => `<td>${t}</td>`)
  .raw('</tr><tr>')
  .p([c('HARBOR_PROFILE'), c('default'), `The profile to load from ${c('harbor.toml')}.`], (t) => `<td>${t}</td>`)
  .raw('</tr><tr>')
  .p([c('HARBOR_LOG_LEVEL'), c('info'), `One of ${c('debug')}, ${c('info')}, ${c('warn')} or ${c('error')}.`], (t) => `<td>${t}</td>`)
  .raw('</tr><tr>')
  .p([c('HARBOR_NO_COLOR'), '<em>unset</em>', 'Turns off coloured output when set to any value.'], (t) => `<td>${t}</td>`)
  .raw('</tr></tbody></table>')
  .raw('<div class="admonition warning"><p class="admonition-title">Secrets in CI</p>')
  .p(
    [
      `Variables such as ${c('HARBOR_REGISTRY_TOKEN')} are printed by ${c('harbor config show')} unless you pass ${c('--redact')}. Mark them as
masked in your CI provider so they don't end up in build logs.`,
    ],
    (t) => `<p>${t}</p></div>`,
  )
  .h('Lists and tables', h2)
  .p(['Settings that take a list accept a comma-separated value. Spaces around the commas are ignored:'])
  .raw(code('bash', 'export HARBOR_MIRRORS="https://mirror-a.example, https://mirror-b.example"'))
  .p([
    `Nested tables can't be set as a whole. Set each key on its own instead, for example ${c('HARBOR_PROFILES_CI_PARALLEL=4')} for
${c('profiles.ci.parallel')}.`,
  ])
  .raw('<details class="question"><summary>Why not a .env file?</summary>')
  .p(
    [
      `Harbormaster deliberately doesn't read ${c('.env')} files. Tools that do tend to disagree about quoting and escaping, and a file in the
working directory is easy to commit by accident. If you want one, load it with your shell or with ${c('direnv')} before running ${c('harbor')}.`,
    ],
    (t) => `<p>${t}</p></details>`,
  )
  .h('Checking the effective configuration', h2)
  .p([`To see which value wins for each setting, and where it came from, run ${c('harbor config show --origin')}:`])
  .raw(
    code(
      'console',
      `<span class="gp">$ </span>harbor<span class="w"> </span>config<span class="w"> </span>show<span class="w"> </span>--origin
<span class="go">log-level = "debug"        # env HARBOR_LOG_LEVEL</span>
<span class="go">profile   = "ci"           # flag --profile</span>
<span class="go">home      = "/srv/harbor"  # file /etc/harbor/harbor.toml</span>`,
    ),
  )
  .p(['Each line shows the final value and, after the comment marker, whether it came from a flag, an environment variable or a file.']);
const announce = 'Harbormaster 4.0 is out! Read the release notes.';
const tabs = ['Home', 'Getting started', 'Configuration', 'Reference', 'Blog'];
const facts = ['harbormaster/harbormaster', 'v4.0.2', '1.2k', '87'];
const navItems = ['Overview', 'Profiles', title, 'Plugins', 'Secrets'];
const dates = ['February 11, 2025', 'June 3, 2023'];
const feedback = ['Was this page helpful?', 'Thanks for your feedback!', 'Thanks for your feedback! Help us improve this page by using our feedback form.'];
const consent = [
  'Cookie consent',
  `We use cookies to remember your settings and to count how often each page is read and searched for, which tells us where the
documentation needs work.`,
  'Google Analytics',
  'GitHub',
  'Accept',
  'Manage settings',
];
const foot = ['Previous', 'Profiles', 'Next', 'Plugins', 'Copyright © 2021 - 2025 Harbormaster maintainers', 'Made with Material for MkDocs'];
const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M12 2A10 10 0 0 0 2 12"></path></svg>';
const tocList = `<ul class="md-nav__list" data-md-component="toc" data-md-scrollfix>${art.headings
  .map((t) => `<li class="md-nav__item"><a href="#${anchor(t)}" class="md-nav__link"><span class="md-ellipsis">${t}</span></a></li>`)
  .join('\n')}</ul>`;
const html = `<!doctype html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="Configure Harbormaster with environment variables."><meta name="author" content="Harbormaster maintainers">
<link href="https://harbormaster.example/config/environment/" rel="canonical"><link href="../profiles/" rel="prev"><link href="../plugins/" rel="next">
<link rel="icon" href="../../assets/images/favicon.png"><meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.6.5"><title>${title}
- Harbormaster</title>
<link rel="stylesheet" href="../../assets/stylesheets/main.8608ea7d.min.css"><link rel="stylesheet" href="../../assets/stylesheets/palette.06af60db.min.css">
<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin><link rel="stylesheet"
href="https://fonts.googleapis.com/css?family=Roboto:300,400,700%7CRoboto+Mono:400,700&display=fallback">
<style>:root{--md-text-font:"Roboto";--md-code-font:"Roboto Mono"}</style><script>__md_scope=new
URL("../..",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),
__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e))</script></head>
<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="indigo" data-md-color-accent="indigo"><input class="md-toggle"
data-md-toggle="drawer" type="checkbox"
id="__drawer" autocomplete="off"><input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off"><label
class="md-overlay" for="__drawer"></label>
<div data-md-component="skip"><a href="#environment-variables" class="md-skip">Skip to content</a></div><div
data-md-component="announce"><aside class="md-banner">
<div class="md-banner__inner md-grid md-typeset"><button class="md-banner__button md-icon" aria-label="Don't show this again">${svg}</button>
Harbormaster 4.0 is out! Read the <a href="/blog/4.0/">release notes</a>.</div></aside></div><div data-md-color-scheme="default"
data-md-component="outdated" hidden></div>
<header class="md-header md-header--shadow md-header--lifted" data-md-component="header"><nav class="md-header__inner md-grid"
aria-label="Header"><a href="../.."
title="Harbormaster" class="md-header__button md-logo" aria-label="Harbormaster" data-md-component="logo">${svg}</a><label class="md-header__button md-icon"
for="__drawer">${svg}</label><div class="md-header__title" data-md-component="header-title"><div class="md-header__ellipsis"><div class="md-header__topic">
<span class="md-ellipsis">Harbormaster</span></div><div class="md-header__topic" data-md-component="header-topic"><span
class="md-ellipsis">${title}</span></div></div></div>
<form class="md-header__option" data-md-component="palette"><input class="md-option" data-md-color-media="(prefers-color-scheme: light)"
data-md-color-scheme="default"
aria-label="Switch to dark mode" type="radio" name="__palette" id="__palette_0"><label class="md-header__button md-icon" title="Switch to
dark mode" for="__palette_1"
hidden>${svg}</label></form><label class="md-header__button md-icon" for="__search">${svg}</label><div class="md-search"
data-md-component="search" role="dialog">
<label class="md-search__overlay" for="__search"></label><div class="md-search__inner" role="search"><form class="md-search__form"
name="search"><input type="text"
class="md-search__input" name="query" aria-label="Search" placeholder="Search" autocapitalize="off" autocorrect="off" autocomplete="off" spellcheck="false"
data-md-component="search-query" required><label class="md-search__icon md-icon" for="__search">${svg}</label><nav
class="md-search__options" aria-label="Search">
<button type="reset" class="md-search__icon md-icon" title="Clear" aria-label="Clear" tabindex="-1">${svg}</button></nav></form><div class="md-search__output">
<div class="md-search__scrollwrap" tabindex="0" data-md-scrollfix><div class="md-search-result" data-md-component="search-result"><div
class="md-search-result__meta">
Initializing search</div><ol class="md-search-result__list" role="presentation"></ol></div></div></div></div></div><div class="md-header__source"><a
href="https://github.com/harbormaster/harbormaster" title="Go to repository" class="md-source" data-md-component="source"><div
class="md-source__icon md-icon">${svg}</div>
<div class="md-source__repository">${facts[0]}<ul class="md-source__facts"><li class="md-source__fact md-source__fact--version">${facts[1]}</li>
<li class="md-source__fact md-source__fact--stars">${facts[2]}</li><li class="md-source__fact
md-source__fact--forks">${facts[3]}</li></ul></div></a></div></nav>
<nav class="md-tabs" aria-label="Tabs" data-md-component="tabs"><div class="md-grid"><ul class="md-tabs__list">${tabs
  .map(
    (t) =>
      `<li class="md-tabs__item${t === 'Configuration' ? ' md-tabs__item--active' : ''}"><a href="../../${anchor(t)}/" class="md-tabs__link">${t}</a></li>`,
  )
  .join('\n')}</ul></div></nav></header>
<div class="md-container" data-md-component="container"><main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><div class="md-sidebar__scrollwrap"><div
class="md-sidebar__inner">
<nav class="md-nav md-nav--primary md-nav--lifted" aria-label="Navigation" data-md-level="0"><label class="md-nav__title" for="__drawer"><a href="../.."
title="Harbormaster" class="md-nav__button md-logo" aria-label="Harbormaster">${svg}</a>Harbormaster</label><div class="md-nav__source"><a
href="https://github.com/harbormaster/harbormaster" title="Go to repository" class="md-source"><div class="md-source__repository">${facts[0]}</div></a></div>
<ul class="md-nav__list" data-md-scrollfix><li class="md-nav__item md-nav__item--active md-nav__item--section md-nav__item--nested"><input class="md-nav__toggle
md-toggle" type="checkbox" id="__nav_3" checked><label class="md-nav__link" for="__nav_3" id="__nav_3_label" tabindex=""><span
class="md-ellipsis">Configuration</span>
<span class="md-nav__icon md-icon"></span></label><nav class="md-nav" data-md-level="1" aria-labelledby="__nav_3_label"
aria-expanded="true"><label class="md-nav__title"
for="__nav_3"><span class="md-nav__icon md-icon"></span>Configuration</label><ul class="md-nav__list" data-md-scrollfix>${navItems
  .map((t) =>
    t === title
      ? `<li class="md-nav__item md-nav__item--active"><input class="md-nav__toggle md-toggle" type="checkbox" id="__toc"><label
class="md-nav__link md-nav__link--active"
for="__toc"><span class="md-ellipsis">${t}</span><span class="md-nav__icon md-icon"></span></label><a href="./" class="md-nav__link md-nav__link--active">
<span class="md-ellipsis">${t}</span></a><nav class="md-nav md-nav--secondary" aria-label="Table of contents"><label class="md-nav__title" for="__toc"><span
class="md-nav__icon md-icon"></span>Table of contents</label>${tocList}</nav></li>`
      : `<li class="md-nav__item"><a href="../${anchor(t)}/" class="md-nav__link"><span class="md-ellipsis">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></li></ul></nav></div></div></div>
<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner">
<nav class="md-nav md-nav--secondary" aria-label="Table of contents"><label class="md-nav__title" for="__toc"><span class="md-nav__icon
md-icon"></span>Table of contents
</label>${tocList}</nav></div></div></div>
<div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset"><a
href="https://github.com/harbormaster/harbormaster/edit/main/docs/config/environment.md"
title="Edit this page" class="md-content__button md-icon">${svg}</a><a href="https://github.com/harbormaster/harbormaster/raw/main/docs/config/environment.md"
title="View source of this page" class="md-content__button md-icon">${svg}</a><h1 id="environment-variables">${title}${hl('environment-variables')}</h1>
${art.html}
<aside class="md-source-file"><span class="md-source-file__fact"><span class="md-icon" title="Last update">${svg}</span><span
class="git-revision-date-localized-plugin
git-revision-date-localized-plugin-date" title="February 11, 2025 09:14:22">${dates[0]}</span></span><span class="md-source-file__fact"><span class="md-icon"
title="Created">${svg}</span><span class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date" title="June 3, 2023
16:40:05">${dates[1]}</span>
</span></aside><form class="md-feedback" name="feedback" hidden><fieldset><legend class="md-feedback__title">${feedback[0]}</legend><div
class="md-feedback__inner">
<div class="md-feedback__list"><button class="md-feedback__icon md-icon" type="submit" title="This page was helpful" data-md-value="1">${svg}</button><button
class="md-feedback__icon md-icon" type="submit" title="This page could be improved" data-md-value="0">${svg}</button></div><div class="md-feedback__note">
<div data-md-value="1" hidden>${feedback[1]}</div><div data-md-value="0" hidden>Thanks for your feedback! Help us improve this page by using our <a
href="https://github.com/harbormaster/harbormaster/issues/new?template=docs.yml" target="_blank" rel="noopener">feedback
form</a>.</div></div></div></fieldset></form>
</article></div><script>var target=document.getElementById(location.hash.slice(1));
target&&target.name&&(target.checked=target.name.startsWith("__tabbed_"))</script></div>
<button type="button" class="md-top md-icon" data-md-component="top" hidden>${svg}Back to top</button></main>
<footer class="md-footer"><nav class="md-footer__inner md-grid" aria-label="Footer"><a href="../profiles/" class="md-footer__link md-footer__link--prev"
aria-label="Previous: Profiles"><div class="md-footer__button md-icon">${svg}</div><div class="md-footer__title"><span
class="md-footer__direction">${foot[0]}</span>
<div class="md-ellipsis">${foot[1]}</div></div></a><a href="../plugins/" class="md-footer__link md-footer__link--next" aria-label="Next:
Plugins"><div class="md-footer__title">
<span class="md-footer__direction">${foot[2]}</span><div class="md-ellipsis">${foot[3]}</div></div><div class="md-footer__button md-icon">${svg}</div></a></nav>
<div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner md-grid"><div class="md-copyright"><div
class="md-copyright__highlight">${foot[4]}</div>
Made with <a href="https://squidfunk.github.io/mkdocs-material/" target="_blank" rel="noopener">Material for MkDocs</a></div><div class="md-social"><a
href="https://github.com/harbormaster" target="_blank" rel="noopener" title="github.com" class="md-social__link">${svg}</a><a
href="https://fosstodon.example/@harbormaster"
target="_blank" rel="noopener" title="fosstodon.example" class="md-social__link">${svg}</a></div></div></div></footer></div>
<div class="md-dialog" data-md-component="dialog"><div class="md-dialog__inner md-typeset"></div></div><div class="md-consent"
data-md-component="consent" id="__consent"
hidden><div class="md-consent__overlay"></div><aside class="md-consent__inner"><form class="md-consent__form md-grid md-typeset"
name="consent"><h4>${consent[0]}</h4>
<p>${consent[1]}</p><input class="md-toggle" type="checkbox" id="__settings"><div class="md-consent__settings"><ul class="task-list"><li
class="task-list-item"><label
class="task-list-control"><input type="checkbox" name="analytics" checked><span
class="task-list-indicator"></span>${consent[2]}</label></li><li class="task-list-item">
<label class="task-list-control"><input type="checkbox" name="github" checked><span class="task-list-indicator"></span>${consent[3]}</label></li></ul></div>
<div class="md-consent__controls"><button class="md-button md-button--primary">${consent[4]}</button><label class="md-button"
for="__settings">${consent[5]}</label>
</div></form></aside></div><script id="__config" type="application/json">{"base": "../..", "features": ["content.code.copy",
"navigation.tabs", "navigation.sections",
"navigation.top", "toc.follow", "announce.dismiss"], "search": "../../assets/javascripts/workers/search.f8cc74c7.min.js", "translations": {"clipboard.copied":
"Copied to clipboard", "clipboard.copy": "Copy to clipboard", "search.result.none": "No matching documents"}}</script>
<script src="../../assets/javascripts/bundle.60a45f97.min.js"></script></body></html>`;
const mkdocsPage: TestPage = {
  name: 'heldout126-mkdocs-material-docs',
  kind: 'docs',
  html,
  // the admonition's title ("Secrets in CI") and the collapsible block's summary are labels in neither list, their text is
  // body; the table's data cells are body; the header topic and the navigation entry repeat the title and the tables of
  // contents repeat the headings, so they are left out; the last-update and created dates are bylines
  title,
  headings: art.headings,
  body: art.body,
  bylines: dates,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set(['Skip to content', announce, 'Harbormaster', 'Initializing search', ...facts, ...tabs, ...navItems.filter((t) => t !== title),
    'Table of contents',
    ...feedback, 'Back to top', ...foot, ...consent]),
  ],
};
export const HELDOUT126_E: readonly TestPage[] = [mkdocsPage, stripePage];
