import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 21, file d2: a project's GitHub Pages documentation site on the Jekyll just-the-docs theme (the inline SVG
 * symbol sprite with its <title>s, the side bar with site title, menu button, collapsible nav and "This site uses Just the
 * Docs" footer, the main header with the search box and aux "on GitHub" link, breadcrumbs, a "New" label, the lead paragraph,
 * the folded "Table of contents", heading anchors, code blocks with copy buttons, a warning callout, the page footer with
 * "Back to top", copyright, "Edit this page on GitHub" and "Page last modified", and the search overlay).
 */
const jdTitle = 'Profiles';
const jdLead = 'Keep separate sets of settings for work, home and CI, and switch between them with one flag.';
const jdH = ['Creating a profile', 'Switching profiles', 'Inheriting from another profile', 'Keeping secrets out of profiles'] as const;
const jdCreate = [
  'A profile is a named section of your <code class="language-plaintext highlighter-rouge">fernwood.toml</code> file. Settings inside ' +
    'it override the top-level settings whenever that profile is active. Anything the profile does not mention falls through to the defaults.',
  'Profile names may contain letters, digits, dashes and underscores. The name <code class="language-plaintext highlighter-rouge">default</code> ' +
    'is reserved for the top-level settings and cannot be used for a section.',
] as const;
const jdSwitch = 'There are three ways to pick a profile, checked in this order:';
const jdOrder = [
  'The <code class="language-plaintext highlighter-rouge">--profile</code> flag on the command line, for a single run.',
  'The <code class="language-plaintext highlighter-rouge">FERNWOOD_PROFILE</code> environment variable, which is handy in CI jobs and shell sessions.',
  'The <code class="language-plaintext highlighter-rouge">active</code> key in the top-level section of ' +
    '<code class="language-plaintext highlighter-rouge">fernwood.toml</code>, used when neither of the others is given.',
];
const jdShow =
  'Run <code class="language-plaintext highlighter-rouge">fernwood config show</code> to print the settings in effect and the profile ' + 'each one came from.';
const jdWarn =
  'Profiles are read once at start-up. Editing <code class="language-plaintext highlighter-rouge">fernwood.toml</code> does not ' +
  'affect a sync that is already running.';
const jdExt = [
  'A profile can build on another one with the <code class="language-plaintext highlighter-rouge">extends</code> key. This keeps shared ' +
    'settings such as proxy addresses in one place:',
  'Chains can be up to four profiles deep. Fernwood reports an error if a profile extends itself, directly or through another profile.',
] as const;
const jdSecret =
  'Profiles often end up in dotfile repositories, so avoid putting tokens in them. Use the ' +
  '<code class="language-plaintext highlighter-rouge">token_command</code> setting to call a password manager instead, and Fernwood ' +
  'runs it whenever it needs a token.';
const jdLeak =
  'If a token does end up in a profile by mistake, revoke it first and only then remove it from the file. Deleting the line is not ' +
  'enough once the file has been pushed, because the old version stays in the history of the repository.';
const jdNav = ['Home', 'Getting started', 'Installation'];
const jdConfig = ['Config file reference', 'Ignore rules'] as const;
const jdNav2 = ['Commands', 'Troubleshooting', 'Changelog'];
const svg = (id: string, title: string): string =>
  `<symbol id="svg-${id}" viewBox="0 0 24 24"><title>${title}</title><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="none"
stroke="currentColor" stroke-width="2"><path d="M9 18l6-6-6-6"></path></svg></symbol>`;
const anchor = (t: string): string => {
  const id = t.toLowerCase().replace(/\W+/g, '-');
  return `<h2 id="${id}"><a href="#${id}" class="anchor-heading" aria-labelledby="${id}"><svg viewBox="0 0 16 16" aria-hidden="true"><use
xlink:href="#svg-link"></use></svg></a> ${t}</h2>`;
};
const block = (lang: string, src: string): string =>
  `<div class="language-${lang} highlighter-rouge"><div class="highlight"><pre class="highlight"><code>${src}</code></pre></div><button type="button"
aria-label="Copy code to clipboard"><svg viewBox="0 0 24 24" class="copy-icon"><use xlink:href="#svg-copy"></use></svg></button></div>`;
const navLi = (t: string): string =>
  `<li class="nav-list-item"><a href="/fernwood/docs/${t.toLowerCase().replace(/\W+/g, '-')}/" class="nav-list-link">${t}</a></li>`;
const jdHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge">
<link rel="stylesheet" href="/fernwood/assets/css/just-the-docs-default.css"><link rel="stylesheet" href="/fernwood/assets/css/just-the-docs-head-nav.css"
id="jtd-head-nav-stylesheet"><style id="jtd-nav-activation">.site-nav > ul.nav-list:first-child > li:not(:nth-child(4)) > a { background-image: none; }
</style><script src="/fernwood/assets/js/vendor/lunr.min.js"></script><script src="/fernwood/assets/js/just-the-docs.js"></script>
<meta name="viewport" content="width=device-width, initial-scale=1"><!-- Begin Jekyll SEO tag v2.8.0 --><title>Profiles | Fernwood</title>
<meta name="generator" content="Jekyll v4.3.4" /><meta property="og:title" content="Profiles" /><meta name="description" content="Sync your dotfiles
between machines, with profiles." /><script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","headline":"Profiles",
"url":"https://hanaokafor.github.io/fernwood/docs/configuration/profiles/"}</script><!-- End Jekyll SEO tag --></head>
<body><a class="skip-to-main" href="#main-content">Skip to main content</a><svg xmlns="http://www.w3.org/2000/svg" class="d-none">
${svg('link', 'Link')}${svg('menu', 'Menu')}${svg('arrow-right', 'Expand')}${svg('external-link', '(external link)')}${svg('doc', 'Document')}
${svg('search', 'Search')}${svg('copy', 'Copy')}${svg('copied', 'Copied')}</svg>
<div class="side-bar"><div class="site-header" role="banner"><a href="/fernwood/" class="site-title lh-tight">Fernwood</a><button id="menu-button"
class="site-button btn-reset" aria-label="Toggle menu" aria-pressed="false"><svg viewBox="0 0 24 24" class="icon" aria-hidden="true"><use
xlink:href="#svg-menu"></use></svg></button></div><nav aria-label="Main" id="site-nav" class="site-nav"><ul class="nav-list">${jdNav.map(navLi).join('')}
<li class="nav-list-item active"><button class="nav-list-expander btn-reset" aria-label="toggle items in Configuration category" aria-pressed="true"><svg
viewBox="0 0 24 24" aria-hidden="true"><use xlink:href="#svg-arrow-right"></use></svg></button><a href="/fernwood/docs/configuration/"
class="nav-list-link">Configuration</a><ul class="nav-list">${navLi(jdConfig[0])}<li class="nav-list-item active"><a
href="/fernwood/docs/configuration/profiles/" class="nav-list-link active">Profiles</a></li>${navLi(jdConfig[1])}</ul></li>${jdNav2.map(navLi).join('')}</ul>
<ul class="nav-list nav-category-list"><li class="nav-list-item"><a href="https://github.com/hanaokafor/fernwood/discussions" class="nav-list-link
external" target="_blank">Discussions<svg viewBox="0 0 24 24" aria-labelledby="svg-external-link-title"><use xlink:href="#svg-external-link"></use></svg></a>
</li></ul></nav><footer class="site-footer">This site uses <a href="https://github.com/just-the-docs/just-the-docs">Just the Docs</a>, a documentation
theme for Jekyll.</footer></div>
<div class="main" id="top"><div id="main-header" class="main-header"><div class="search" role="search"><div class="search-input-wrap"><input type="text"
id="search-input" class="search-input" tabindex="0" placeholder="Search Fernwood" aria-label="Search Fernwood" autocomplete="off"><label for="search-input"
class="search-label"><svg viewBox="0 0 24 24" class="search-icon"><use xlink:href="#svg-search"></use></svg></label></div><div id="search-results"
class="search-results"></div></div><nav aria-label="Auxiliary" class="aux-nav"><ul class="aux-nav-list"><li class="aux-nav-list-item"><a
href="https://github.com/hanaokafor/fernwood" class="site-button">Fernwood on GitHub</a></li></ul></nav></div>
<div class="main-content-wrap"><nav aria-label="Breadcrumb" class="breadcrumb-nav"><ol class="breadcrumb-nav-list"><li class="breadcrumb-nav-list-item"><a
href="/fernwood/docs/configuration/">Configuration</a></li><li class="breadcrumb-nav-list-item"><span>Profiles</span></li></ol></nav>
<div id="main-content" class="main-content"><main><h1 id="profiles">${jdTitle} <span class="label label-green">New (v2.3)</span></h1>
<p class="fs-6 fw-300">${jdLead}</p>
<details open=""><summary class="text-delta">Table of contents</summary><ol id="markdown-toc">${jdH
  .map((h) => `<li><a href="#${h.toLowerCase().replace(/\W+/g, '-')}" id="markdown-toc-${h.toLowerCase().replace(/\W+/g, '-')}">${h}</a></li>`)
  .join('')}</ol></details><hr>
${anchor(jdH[0])}<p>${jdCreate[0]}</p>
${block(
  'toml',
  `<span class="nn">[profiles.work]</span>
<span class="py">remote</span> <span class="p">=</span> <span class="s">"git@git.corp.example:me/dotfiles.git"</span>
<span class="py">exclude</span> <span class="p">=</span> <span class="p">[</span><span class="s">".ssh/personal_*"</span><span class="p">]</span>`,
)}
<p>${jdCreate[1]}</p>
${anchor(jdH[1])}<p>${jdSwitch}</p><ol>${jdOrder.map((t) => `<li>${t}</li>`).join('\n')}</ol><p>${jdShow}</p>
<p class="warning">${jdWarn}</p>
${anchor(jdH[2])}<p>${jdExt[0]}</p>
${block(
  'toml',
  `<span class="nn">[profiles.laptop]</span>
<span class="py">extends</span> <span class="p">=</span> <span class="s">"work"</span>
<span class="py">schedule</span> <span class="p">=</span> <span class="s">"hourly"</span>`,
)}
<p>${jdExt[1]}</p>
${anchor(jdH[3])}<p>${jdSecret}</p>
<p>${jdLeak}</p></main>
<hr><footer><p><a href="#top" id="back-to-top">Back to top</a></p><p class="text-small text-grey-dk-100 mb-0">Copyright © 2023-2025 Hana Okafor.
Distributed under the MIT license.</p><div class="d-flex mt-2"><p class="text-small text-grey-dk-000 mb-0"><a
href="https://github.com/hanaokafor/fernwood/tree/main/docs/configuration/profiles.md" id="edit-this-page">Edit this page on GitHub</a></p></div>
<p class="text-small text-grey-dk-000 mb-0">Page last modified: Aug 14 2025 at 09:12 PM.</p></footer></div></div>
<div class="search-overlay"></div></div></body></html>`;
export const justTheDocs: TestPage = {
  html: jdHtml,
  name: 'heldout21-just-the-docs',
  kind: 'docs',
  // the lead paragraph, the paragraphs, the ordered list and the warning callout (a plain <p class="warning">, its "Warning"
  // title drawn by CSS, so no label in the text) are body; the two TOML blocks are code; the folded "Table of contents", the
  // nav's and breadcrumb's "Profiles" repeat headings and title: left out; "Page last modified: …" is the only dateline (the
  // copyright line names the site's owner: furniture); the SVG sprite's <title>s ("Link", "Menu", "Expand", "Copy"…), side
  // bar, "This site uses Just the Docs", search, aux link, breadcrumb, the "New (v2.3)" label, "Back to top" and "Edit this
  // page on GitHub" are furniture
  title: jdTitle,
  headings: [...jdH],
  body: [jdLead, ...texts(jdCreate), jdSwitch, ...texts(jdOrder), ...texts([jdShow, jdWarn]), ...texts(jdExt), ...texts([jdSecret]), jdLeak],
  bylines: ['Page last modified: Aug 14 2025 at 09:12 PM.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Link', 'Menu', 'Expand', '(external link)', 'Document', 'Search', 'Copy', 'Copied', 'Fernwood', ...jdNav,
    'Configuration', ...jdConfig, ...jdNav2, 'Discussions', 'This site uses Just the Docs, a documentation theme for Jekyll.', 'Fernwood on GitHub',
    'New (v2.3)', 'Table of contents', 'Back to top', 'Copyright © 2023-2025 Hana Okafor. Distributed under the MIT license.', 'Edit this page on GitHub',
  ],
};
