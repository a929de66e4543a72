import { type TestPage, texts } from './page-kit.js';
import * as e from './pages-heldout187-e2.js';
import { cranVignette } from './pages-heldout187-e3.js';

/**
 * Held-out batch 187, file e: a Julia package manual page built by Documenter.jl (the docs sidebar with logo, package
 * name, search button, the menu with the current page's internal heading links and the version selector, the navbar with
 * breadcrumb, GitHub, edit, settings and collapse buttons, the article with heading anchors, an admonition and two
 * docstrings with their "Function" category and "source" links, the prev / next footer with "Powered by Documenter.jl",
 * and the hidden settings modal with its theme picker and generation line) and, from file e3, a CRAN vignette.
 */
const N = e.jlSideNav;
const C = e.jlChrome;
const h = (tag: string, t: string): string => {
  const id = t.replace(/ /g, '-');
  return `<${tag} id="${id}"><a class="docs-heading-anchor" href="#${id}">${t}</a><a id="${id}-1"></a><a class="docs-heading-anchor-permalink" href="#${id}"
title="Permalink"></a></${tag}>`;
};
const ps = (xs: readonly string[]): string => xs.map((p) => `<p>${p}</p>`).join('\n');
const code = (
  c: string,
): string => `<pre><code class="language-julia hljs">${c}</code><button class="copy-button fa-solid fa-copy" aria-label="Copy this code block"
title="Copy"></button></pre>`;
const doc = (name: string, sig: string, body: readonly string[], line: number): string => `<article class="docstring"><header>
<a class="docstring-article-toggle-button fa-solid fa-chevron-down" href="javascript:;" title="Collapse docstring"></a><a class="docstring-binding"
id="Tessera.${name}" href="#Tessera.${name}"><code>Tessera.${name}</code></a> — <span class="docstring-category">${C[2]}</span><span class="is-flex-grow-1
docstring-article-toggle-button" title="Collapse docstring"></span></header><section><div>${code(sig)}${ps(body)}</div>
<a class="docs-sourcelink" target="_blank" href="https://github.com/tessera-fem/Tessera.jl/blob/7f3c1e2/src/adapt.jl#L${line}">${C[3]}</a></section></article>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Adaptive refinement · Tessera.jl</title><meta name="title" content="Adaptive refinement · Tessera.jl">
<meta property="og:title" content="Adaptive refinement · Tessera.jl"><meta property="twitter:title" content="Adaptive refinement · Tessera.jl">
<meta name="description" content="Documentation for Tessera.jl."><meta property="og:description" content="Documentation for Tessera.jl.">
<link rel="canonical" href="https://tessera-fem.github.io/Tessera.jl/stable/manual/adaptivity/">
<script data-outdated-warner src="../../assets/warner.js"></script><link href="https://cdnjs.cloudflare.com/ajax/libs/lato-font/3.0.0/css/lato-font.min.css"
rel="stylesheet">
<link href="https://cdnjs.cloudflare.com/ajax/libs/juliamono/0.050/juliamono.min.css" rel="stylesheet"><link href="../../assets/themes/documenter-light.css"
rel="stylesheet" type="text/css"><script>documenterBaseURL="../.."</script><script src="https://cdnjs.cloudflare.com/ajax/libs/require.js/2.3.6/require.min.js"
data-main="../../assets/documenter.js"></script><script src="../../search_index.js"></script><script src="../../siteinfo.js"></script>
<script src="../../../versions.js"></script><link class="docs-theme-link" rel="stylesheet" type="text/css" href="../../assets/themes/catppuccin-mocha.css"
data-theme-name="catppuccin-mocha"><script src="../../assets/themeswap.js"></script></head>
<body><div id="documenter"><nav class="docs-sidebar"><a class="docs-logo" href="../../"><img src="../../assets/logo.svg" alt="Tessera.jl logo"></a>
<div class="docs-package-name"><span class="docs-autofit"><a href="../../">Tessera.jl</a></span></div>
<button class="docs-search-query input is-rounded is-small is-clickable my-2 mx-auto py-1 px-2" id="documenter-search-query">${C[0]}</button>
<ul class="docs-menu"><li><a class="tocitem" href="../../">${N[0]}</a></li><li><span class="tocitem">${N[1]}</span><ul>
<li><a class="tocitem" href="../getting_started/">${N[2]}</a></li><li><a class="tocitem" href="../meshes/">${N[3]}</a></li>
<li class="is-active"><a class="tocitem" href="">${N[4]}</a><ul class="internal">
${e.jlH.map((t) => `<li><a class="tocitem" href="#${t.replace(/ /g, '-')}"><span>${t}</span></a></li>`).join('\n')}</ul></li>
<li><a class="tocitem" href="../solvers/">${N[5]}</a></li><li><a class="tocitem" href="../visualisation/">${N[6]}</a></li></ul></li>
<li><a class="tocitem" href="../../api/">${N[7]}</a></li></ul>
<div class="docs-version-selector field has-addons"><div class="control"><span class="docs-label button is-static is-size-7">${N[8]}</span></div>
<div class="docs-selector control is-expanded"><div class="select is-fullwidth is-size-7"><select id="documenter-version-selector">
<option value="#" selected="selected">stable</option><option value="../../../v0.9.2/">v0.9.2</option><option
value="../../../dev/">dev</option></select></div></div></div></nav>
<div class="docs-main"><header class="docs-navbar"><a class="docs-sidebar-button docs-navbar-link fa-solid fa-bars is-hidden-desktop"
id="documenter-sidebar-button" href="#"></a>
<nav class="breadcrumb"><ul class="is-hidden-mobile"><li><a class="is-disabled">${N[1]}</a></li><li class="is-active"><a href="">${N[4]}</a></li></ul>
<ul class="is-hidden-tablet"><li class="is-active"><a href="">${N[4]}</a></li></ul></nav><div class="docs-right">
<a class="docs-navbar-link" href="https://github.com/tessera-fem/Tessera.jl" title="View the repository on GitHub"><span class="docs-icon fa-brands"></span>
<span class="docs-label is-hidden-touch">${C[1]}</span></a><a class="docs-navbar-link"
href="https://github.com/tessera-fem/Tessera.jl/blob/main/docs/src/manual/adaptivity.md"
title="Edit source on GitHub"><span class="docs-icon fa-solid"></span></a><a class="docs-settings-button docs-navbar-link fa-solid fa-gear"
id="documenter-settings-button"
href="#" title="Settings"></a><a class="docs-article-toggle-button fa-solid fa-chevron-up" id="documenter-article-toggle-button" href="javascript:;"
title="Collapse all docstrings"></a></div></header>
<article class="content" id="documenter-page">${h('h1', e.jlTitle)}
${ps(e.jlIntro)}
${h('h2', e.jlH[0]!)}
${ps(e.jlMark.slice(0, 2))}
${code('η = gradient_jump(mesh, u)\nmarked = mark(mesh, η; strategy = Dörfler(θ = 0.5))')}
${ps(e.jlMark.slice(2))}
<div class="admonition is-info" id="Note-7a3d"><header class="admonition-header">Note<a class="admonition-anchor" href="#Note-7a3d"
title="Permalink"></a></header>
<div class="admonition-body">${ps(e.jlNote)}</div></div>
${h('h2', e.jlH[1]!)}
${ps(e.jlRefine)}
${doc('refine!', 'refine!(mesh::Mesh, marked::CellSet; maxlevel = 8) -&gt; Int', e.jlRefineDoc, 41)}
${h('h2', e.jlH[2]!)}
${ps(e.jlCoarsen)}
${doc('coarsen!', 'coarsen!(mesh::Mesh, η::AbstractVector; tol) -&gt; Int', e.jlCoarsenDoc, 118)}
</article>
<nav class="docs-footer"><a class="docs-footer-prevpage" href="../meshes/">${C[4]}</a><a class="docs-footer-nextpage" href="../solvers/">${C[5]}</a>
<div class="flexbox-break"></div><p class="footer-message">Powered by <a href="https://github.com/JuliaDocs/Documenter.jl">Documenter.jl</a> and the
<a href="https://julialang.org/">Julia Programming Language</a>.</p></nav></div>
<div class="modal" id="documenter-settings"><div class="modal-background"></div><div class="modal-card"><header class="modal-card-head">
<p class="modal-card-title">${C[6]}</p><button class="delete" aria-label="${C[11]}"></button></header><section class="modal-card-body"><p><label
class="label">${C[7]}</label>
<div class="select"><select id="documenter-themepicker"><option value="auto">${C[8]}</option><option value="documenter-light">${C[9]}</option>
<option value="documenter-dark">${C[10]}</option></select></div></p><hr><p>This document was generated with <a
href="https://github.com/JuliaDocs/Documenter.jl">Documenter.jl</a>
version 1.8.0 on <span class="colophon-date" title="Tuesday 4 March 2025 10:21">Tuesday 4 March 2025</span>. Using Julia version 1.11.3.</p></section>
<footer class="modal-card-foot"></footer></div></div></div></body></html>`;
const documenter: TestPage = {
  html,
  name: 'heldout187-documenter-julia-manual',
  kind: 'docs',
  // the docstrings' texts are body, their bindings and signature blocks in neither list; the admonition's "Note" label is
  // in neither list and its text body; the sidebar (its internal links repeat the headings, left out), version selector,
  // navbar, breadcrumb (the current page's name is the title, left out), footer and settings modal are furniture; the
  // modal's generation line is a byline
  title: e.jlTitle,
  headings: e.jlH,
  body: texts([...e.jlIntro, ...e.jlMark, ...e.jlNote, ...e.jlRefine, ...e.jlRefineDoc, ...e.jlCoarsen, ...e.jlCoarsenDoc]),
  bylines: ['This document was generated with Documenter.jl version 1.8.0 on Tuesday 4 March 2025. Using Julia version 1.11.3.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tessera.jl', ...N.filter((t) => t !== e.jlTitle), 'stable', 'v0.9.2', 'dev', ...C.filter((t) => t !== 'Close'),
    'Powered by Documenter.jl and the Julia Programming Language.',
  ],
};

export const HELDOUT187_E: readonly TestPage[] = [documenter, cranVignette];
