import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 162, file a2: a PyPI (Warehouse) project page as saved signed out: the noscript warning, "Skip to main
 * content", the hidden "Switch to mobile version" button, the header search and menu, the package header with the pip
 * command, "Latest version" badge and release date, the summary, the navigation tabs (desktop and mobile), the verified
 * and unverified details sidebar with project links, maintainers, meta and classifiers, the README as project
 * description, the hidden release history and download files panels, the language switcher and the footer with sponsors.
 */
const ppTitle = 'fernwood 2.4.1';
const ppSummary = ['Declarative schema validation for TOML configuration files'];
const ppIntro = [
  'fernwood checks TOML configuration files against a schema that you write in plain Python. It tells you exactly which ' +
    'key is wrong, on which line, and why, so that a typo in a deployment file fails at start-up instead of at three in ' +
    'the morning.',
  'It has no dependencies outside the standard library on Python 3.11 and later, and needs only <code>tomli</code> on ' + 'older versions.',
];
const ppH1 = 'Installation';
const ppInstall = ['fernwood is published on PyPI and can be installed with pip:'];
const ppH2 = 'Quick start';
const ppQuick = [
  'Describe the shape of your configuration with the <code>Table</code>, <code>Field</code> and <code>ListOf</code> ' +
    'helpers, then call <code>validate()</code> on a file:',
  'If the file has a problem, <code>validate()</code> raises <code>SchemaError</code>. Its message lists every problem found, ' +
    'not only the first one, each with the dotted path of the key and the line number in the original file:',
];
const ppH3 = 'Features';
const ppFeatures = [
  'Types are checked with ordinary Python annotations, including <code>Literal</code> and unions.',
  'Defaults are filled in, so the returned dictionary always has every key the schema declares.',
  'Unknown keys are reported by default, which catches misspelled option names.',
  'Custom checks can be attached to any field as plain functions that return an error message or <code>None</code>.',
  'A command line tool, <code>fernwood check</code>, validates files in CI without writing any code.',
];
const ppH4 = 'Changes in 2.4';
const ppChanges = [
  'Version 2.4 adds support for arrays of tables with per-item defaults and improves error messages for nested inline ' +
    'tables. The <code>strict_types</code> option, deprecated since 2.1, has been removed; use <code>Field(coerce=False)</code> ' +
    'instead. See the changelog for the full list.',
];
const ppChanges2 = [
  'Upgrading from 2.3 should need no code changes unless you used <code>strict_types</code>. Error messages have new wording, ' +
    'so tests that compare them as strings may need updating; compare the <code>problems</code> list instead.',
];
const ppH5 = 'Contributing';
const ppContrib = [
  'Bug reports and pull requests are welcome on the issue tracker. Please run <code>nox -s lint tests</code> before opening ' +
    'a pull request, and add an entry to <code>CHANGES.md</code> for anything users will notice.',
  'fernwood is maintained by Ilse Brandvold and released under the MIT licence.',
];
const ppNav = ['Help', 'Docs', 'Sponsors', 'Log in', 'Register'];
const ppTabs = ['Project description', 'Release history', 'Download files'];
const ppClassifiers = [
  ['Development Status', '5 - Production/Stable'],
  ['Intended Audience', 'Developers'],
  ['License', 'OSI Approved :: MIT License'],
  ['Programming Language', 'Python :: 3.12'],
  ['Topic', 'Software Development :: Libraries'],
];
const ppReleases = [
  ['2.4.1', 'Mar 3, 2025'],
  ['2.4.0', 'Feb 11, 2025'],
  ['2.3.2', 'Oct 28, 2024'],
];
const ppFooter = [
  ['Help', 'Installing packages', 'Uploading packages', 'User guide', 'Project name retention', 'FAQs'],
  ['About PyPI', 'PyPI Blog', 'Infrastructure dashboard', 'Statistics', 'Logos & trademarks', 'Our sponsors'],
  ['Contributing to PyPI', 'Bugs and feedback', 'Contribute on GitHub', 'Translate PyPI', 'Sponsor PyPI', 'Development credits'],
  ['Using PyPI', 'Terms of Service', 'Report security issue', 'Code of conduct', 'Privacy Notice', 'Acceptable Use Policy'],
];
const ppLangs = ['English', 'español', 'français', 'português (Brasil)', 'Deutsch', 'Esperanto'];
const ppSponsors = ['Northwind Cloud', 'Halcyon Mirrors', 'Brightfield Security', 'Tessellate CDN'];
const ppFootText = [
  'Developed and maintained by the Python community, for the Python community.',
  'Donate today!',
  '"PyPI", "Python Package Index", and the blocks logos are registered trademarks of the Python Software Foundation.',
  '© 2025 Python Software Foundation',
  'Site map',
];
const pre = (t: string): string => `<div class="highlight"><pre>${t}</pre></div>`;
const ppHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="defaultLanguage" content="en">
<meta name="availableLanguages" content="en, es, fr, ja, pt_BR, uk, el, de, zh_Hans, zh_Hant, ru, he, eo, ko">
<title>fernwood · PyPI</title><meta name="description" content="${ppSummary[0]}">
<link rel="stylesheet" href="/static/css/warehouse-ltr.5b8c3f1e.css"><link rel="stylesheet" href="/static/css/fontawesome.b50d5eb2.css">
<link rel="icon" href="/static/images/favicon.35549fe8.ico" type="image/x-icon"><link rel="alternate" type="application/rss+xml" title="RSS: 40 latest
updates" href="/rss/updates.xml">
<link rel="canonical" href="https://pypi.org/project/fernwood/"><meta property="og:image" content="https://pypi.org/static/images/twitter.abaf4b19.webp">
<meta property="og:site_name" content="PyPI"><meta property="og:title" content="fernwood"><meta property="og:description" content="${ppSummary[0]}">
<link rel="search" type="application/opensearchdescription+xml" title="PyPI" href="/opensearch.xml">
<script async data-ga-id="G-RJGXGX4K8F" src="/static/js/warehouse.4a1e9b27.js"></script>
<script defer src="https://www.fastly-insights.com/insights.js?k=6a52360a-f306-421e-8ed5-7417d0d4a4e9&amp;dnt=true"></script></head>
<body data-controller="viewport-toggle">
<div id="sticky-notifications" class="stick-to-top js-stick-to-top"><noscript><div class="notification-bar notification-bar--warning" role="status">
<span class="notification-bar__icon"><i class="fa fa-exclamation-triangle" aria-hidden="true"></i><span class="sr-only">Warning</span></span>
<span class="notification-bar__message">Some features may not work without JavaScript.</span></div></noscript></div>
<div class="skip-to-content"><a href="#content">Skip to main content</a></div>
<button type="button" class="button button--primary button--switch-to-mobile hidden" data-viewport-toggle-target="switchToMobile"
data-action="viewport-toggle#switchToMobile">Switch to mobile version</button>
<header class="site-header"><div class="site-container"><div class="split-layout"><div class="split-layout">
<div><a class="site-header__logo" href="/"><img alt="PyPI" src="/static/images/logo-small.8998e9d1.svg"></a></div>
<form class="search-form search-form--primary" action="/search/" role="search"><label for="search" class="sr-only">Search PyPI</label>
<input id="search" class="search-form__search" type="text" name="q" placeholder="Search projects" autocomplete="off" autocapitalize="off">
<button type="submit" class="search-form__button"><i class="fa fa-search" aria-hidden="true"></i><span class="sr-only">Search</span></button></form></div>
<div class="site-header__menus"><nav id="user-indicator" class="horizontal-menu horizontal-menu--light horizontal-menu--tall" aria-label="Main navigation">
<ul>${links(ppNav, 'horizontal-menu__item')}</ul></nav></div></div></div></header>
<main id="content">
<div class="banner"><div class="package-header"><div class="package-header__left"><h1 class="package-header__name">${ppTitle}</h1>
<div data-controller="clipboard"><p class="package-header__pip-instructions"><span id="pip-command" data-clipboard-target="source">pip install fernwood</span>
<button type="button" class="copy-tooltip copy-tooltip-s" data-action="clipboard#copy" data-clipboard-target="tooltip"
data-clipboard-tooltip-value="Copy to clipboard"><i class="fa fa-copy" aria-hidden="true"></i><span
class="sr-only">Copy PIP instructions</span></button></p></div></div>
<div class="package-header__right"><a class="status-badge status-badge--good" href="/project/fernwood/"><span>Latest version</span></a>
<p class="package-header__date">Released: <time datetime="2025-03-03T09:12:44+0000" data-controller="localized-time" data-localized-time-relative="true"
data-localized-time-show-time="false">Mar 3, 2025</time></p></div></div></div>
<div class="package-description"><p class="package-description__summary">${ppSummary[0]}</p></div>
<div class="tabs-container"><div class="vertical-tabs"><div class="vertical-tabs__tabs">
<div class="sidebar-section"><h3 class="sidebar-section__title">Navigation</h3><nav aria-label="Navigation for fernwood"><ul class="vertical-tabs__list"
role="tablist">
${ppTabs
  .map(
    (t, i) => `<li role="tab"><a href="#${['description', 'history', 'files'][i]}" class="vertical-tabs__tab
vertical-tabs__tab--with-icon">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav></div>
<div class="sidebar-section verified"><h3 class="sidebar-section__title">Verified details <small><i class="fa fa-circle-check check"
aria-hidden="true"></i></small></h3>
<small>These details have been <a href="https://docs.pypi.org/project_metadata/#verified-details">verified by PyPI</a></small>
<div class="sidebar-section__project-links"><h6>Project links</h6><ul><li><a class="vertical-tabs__tab vertical-tabs__tab--with-icon
vertical-tabs__tab--condensed"
href="https://github.com/ibrandvold/fernwood" rel="nofollow"><i class="fab fa-github" aria-hidden="true"></i>Source</a></li></ul></div>
<div class="sidebar-section__maintainer"><h6>Maintainers</h6><span class="sidebar-section__maintainer"><a href="/user/ibrandvold/" aria-label="ibrandvold">
<span class="sidebar-section__user-gravatar"><img src="https://pypi-camo.example/2f1e/avatar" height="50" width="50" alt="Avatar for ibrandvold from
gravatar.com"
title="Avatar for ibrandvold from gravatar.com"></span><span class="sidebar-section__user-gravatar-text">ibrandvold</span></a></span></div></div>
<div class="sidebar-section unverified"><h3 class="sidebar-section__title">Unverified details</h3>
<small>These details have <a href="https://docs.pypi.org/project_metadata/#verified-details">not been verified by PyPI</a></small>
<div class="sidebar-section__project-links"><h6>Project links</h6><ul>
${['Homepage', 'Documentation', 'Changelog']
  .map(
    (t) => `<li><a class="vertical-tabs__tab vertical-tabs__tab--with-icon vertical-tabs__tab--condensed"
href="https://fernwood.example/${t.toLowerCase()}" rel="nofollow"><i class="fas fa-home" aria-hidden="true"></i>${t}</a></li>`,
  )
  .join('\n')}
</ul></div><div class="sidebar-section__meta"><h6>Meta</h6><ul>
<li><span><strong>License Expression:</strong> MIT</span></li>
<li><span><strong>Author:</strong> <a href="mailto:ilse@brandvold.example">Ilse Brandvold</a></span></li>
<li><span><strong>Tags</strong> <span class="package-keyword">toml,</span> <span class="package-keyword">configuration,</span> <span
class="package-keyword">schema</span></span></li>
<li><span><strong>Requires:</strong> Python &gt;=3.9</span></li></ul></div>
<div class="sidebar-section__classifiers"><h6>Classifiers</h6><ul>
${ppClassifiers
  .map(
    ([k, v]) => `<li><strong>${k}</strong><ul><li><a
href="/search/?c=${encodeURIComponent(`${k} :: ${v}`)}">${v}</a></li></ul></li>`,
  )
  .join('\n')}
</ul></div></div></div>
<div class="vertical-tabs__panel"><div id="mobile-tab-menu" class="vertical-tabs__tabs vertical-tabs__tabs--mobile"><nav aria-label="Navigation for fernwood">
<ul class="vertical-tabs__list" role="tablist">${ppTabs
  .map(
    (t) => `<li role="tab"><a class="vertical-tabs__tab"
href="#">${t}</a></li>`,
  )
  .join('')}</ul></nav></div>
<div class="vertical-tabs__content" id="description" role="tabpanel" aria-labelledby="description-tab mobile-description-tab" tabindex="-1">
<h2 class="page-title">Project description</h2><div class="project-description">
<p><a href="https://github.com/ibrandvold/fernwood/actions" rel="nofollow"><img alt="CI" src="https://pypi-camo.example/ci.svg"></a>
<a href="https://pypi.org/project/fernwood/" rel="nofollow"><img alt="PyPI version" src="https://pypi-camo.example/v.svg"></a></p>
${ps(ppIntro)}
<h2>${ppH1}</h2>${ps(ppInstall)}${pre('pip install fernwood')}
<h2>${ppH2}</h2>${ps(ppQuick.slice(0, 1))}
${pre(`<span class="kn">from</span> <span class="nn">fernwood</span> <span class="kn">import</span> Table, Field, ListOf, validate

schema = Table(
    name=Field(str),
    port=Field(int, default=8080),
    hosts=ListOf(str),
)
config = validate(<span class="s2">"service.toml"</span>, schema)`)}
${ps(ppQuick.slice(1))}
${pre(
  'fernwood.SchemaError: 2 problems in service.toml\n  line 4: port: expected int, got str ("80a0")\n  line 7: hots: unknown key (did you mean ' +
    '' +
    '"hosts"?)',
)}
<h2>${ppH3}</h2><ul>${ppFeatures.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${ppH4}</h2>${ps(ppChanges)}${ps(ppChanges2)}
<h2>${ppH5}</h2>${ps(ppContrib)}
</div></div>
<div class="vertical-tabs__content" id="history" role="tabpanel" aria-labelledby="history-tab mobile-history-tab" tabindex="-1" hidden>
<h2 class="page-title split-layout"><span>Release history</span><span class="reset-text margin-top"><a href="/help/#project-release-notifications">
Release notifications</a> | <a href="/rss/project/fernwood/releases.xml">RSS feed</a></span></h2><div class="release-timeline">
${ppReleases
  .map(
    (
      [v, d],
      i,
    ) => `<div class="release${i === 0 ? ' release--latest release--current' : ''}"><div class="release__graphic"><div class="release__line"></div></div>
<a class="card release__card" href="/project/fernwood/${v}/">${i === 0 ? '<span class="badge badge--recent">This version</span>' : ''}
<p class="release__version">${v}</p><p class="release__version-date"><time datetime="2025">${d}</time></p></a></div>`,
  )
  .join('\n')}
</div></div>
<div class="vertical-tabs__content" id="files" role="tabpanel" aria-labelledby="files-tab mobile-files-tab" tabindex="-1" hidden>
<h2 class="page-title">Download files</h2>
<p>Download the file for your platform. If you're not sure which to choose, learn more about <a
href="https://packaging.python.org/tutorials/installing-packages/">installing packages</a>.</p>
<h3>Source Distribution</h3><div class="file"><div class="card file__card"><a
href="https://files.pythonhosted.example/fernwood-2.4.1.tar.gz">fernwood-2.4.1.tar.gz</a>
(41.2 kB <a href="#fernwood-2.4.1.tar.gz" class="button button--small">view details</a>)<p
class="file__meta">Uploaded <time>Mar 3, 2025</time> <code>Source</code></p></div></div>
<h3>Built Distribution</h3><div class="file"><div class="card file__card"><a
href="https://files.pythonhosted.example/fernwood-2.4.1-py3-none-any.whl">fernwood-2.4.1-py3-none-any.whl</a>
(28.7 kB <a href="#fernwood-2.4.1-py3-none-any.whl" class="button button--small">view details</a>)<p
class="file__meta">Uploaded <time>Mar 3, 2025</time> <code>Python 3</code></p></div></div>
</div></div></div></div></main>
<footer class="footer"><div class="footer__logo"><img src="/static/images/white-cube.2351a86c.svg" alt="" class="footer__logo-cube"></div>
<div class="footer__menus">${ppFooter
  .map(
    ([h, ...items]) => `<div class="footer__menu"><h2>${h}</h2><nav aria-label="${h}
navigation"><ul>${links(items)}</ul></nav></div>`,
  )
  .join('\n')}</div>
<hr class="footer__divider"><div class="footer__text"><p>Status: <a href="https://status.python.org/">All Systems Operational</a></p>
<p>${ppFootText[0]}<br><a href="https://donate.pypi.org">${ppFootText[1]}</a></p><p>${ppFootText[2]}<br></p>
<p>© 2025 <a href="https://www.python.org/psf-landing/">Python Software Foundation</a><br><a href="/sitemap/">Site map</a></p></div>
<div class="language-switcher"><form action="/locale/" method="get"><ul>${ppLangs
  .map(
    (l) => `<li><button class="language-switcher__selector"
type="submit" name="locale_id">${l}</button></li>`,
  )
  .join('')}</ul></form></div>
<div class="sponsors"><p class="sponsors__title">Supported by</p><div class="sponsors__divider"></div>
${ppSponsors
  .map(
    (s) => `<a class="sponsors__sponsor" href="https://${s.toLowerCase().replace(/ /g, '')}.example"><img class="sponsors__image" alt=""
src="/logo.png"><span class="sponsors__name">${s}</span><span class="sponsors__service">Hosting</span></a>`,
  )
  .join('\n')}
</div></footer></body></html>`;
export const pypiPage: TestPage = {
  html: ppHtml,
  name: 'heldout162-pypi-project',
  kind: 'docs',
  // the package summary and the README (the project description) are the article; the README's badges, code and the
  // "Project description" tab title are not; "Released:" date and the author in the meta box are bylines
  title: ppTitle,
  headings: [ppH1, ppH2, ppH3, ppH4, ppH5],
  body: texts([...ppSummary, ...ppIntro, ...ppInstall, ...ppQuick, ...ppFeatures, ...ppChanges, ...ppChanges2, ...ppContrib]),
  bylines: ['Released: Mar 3, 2025', 'Author: Ilse Brandvold'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Some features may not work without JavaScript.', 'Skip to main content', 'Switch to mobile version', 'Search PyPI', ...ppNav,
    'pip install fernwood', 'Copy PIP instructions', 'Latest version', 'Navigation', ...ppTabs, 'Verified details',
    'These details have been verified by PyPI', 'Project links', 'Source', 'Maintainers', 'ibrandvold', 'Unverified details',
    'These details have not been verified by PyPI', 'Homepage', 'Documentation', 'Changelog', 'Meta', 'License Expression: MIT',
    'Tags toml, configuration, schema', 'Requires: Python >=3.9', 'Classifiers', ...ppClassifiers.flat(), 'Release notifications | RSS feed',
    'This version', ...ppReleases.flat().filter((t) => t !== 'Mar 3, 2025'), 'Download the file for your platform.', 'Source ' +
'Distribution', 'fernwood-2.4.1.tar.gz',
    'view details', 'Built Distribution', 'fernwood-2.4.1-py3-none-any.whl', ...ppFooter.flat(), 'Status: All Systems Operational',
    ...ppFootText, ...ppLangs, 'Supported by', ...ppSponsors,
  ],
};
