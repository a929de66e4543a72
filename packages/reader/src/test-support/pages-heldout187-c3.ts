import { type TestPage, texts } from './page-kit.js';
import * as c from './pages-heldout187-c2.js';
import { lis } from './pages-heldout187-kit.js';

/**
 * Held-out batch 187, file c3: a metacpan module page (the navbar with its links and "Search the CPAN" form, the
 * breadcrumbs with the release picker, the left nav with source, changes, testers, kwalitee, licence, activity graph,
 * download and permalink tools, the author box, contributors and "++" button, the pod's "Contents" index, the rendered
 * pod with its NAME ... COPYRIGHT AND LICENSE sections, the hidden "Module Install Instructions" modal and the footer).
 */
const ps = (xs: readonly string[]): string => xs.map((p) => `<p>${p}</p>`).join('\n');
const pre = (code: string): string =>
  `<pre><code class="language-perl">${code}</code></pre><button class="btn-link pod-code-copy" type="button" aria-label="Copy">Copy</button>`;
const h = (tag: string, t: string): string => `<${tag} id="${t.replace(/ /g, '-')}"><a href="#${t.replace(/ /g, '-')}" class="u-url">${t}</a></${tag}>`;
const L = c.cpLeft;
const li = (t: string): string =>
  `<li><a href="/release/SULVIK/Text-Stencil-0.14/${t.toLowerCase().replace(/[^a-z]+/g, '-')}"><i class="fa fa-fw fa-file"></i>${t}</a></li>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Text::Stencil - fill small text templates from a hash - metacpan.org</title>
<meta name="description" content="fill small text templates from a hash"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://metacpan.org/pod/Text::Stencil"><meta property="og:title" content="Text::Stencil">
<meta property="og:site_name" content="metacpan.org"><meta name="twitter:card" content="summary"><link rel="stylesheet" href="/static/css/main.9e41c.css">
<link rel="alternate" type="application/rss+xml" title="RSS" href="/dist/Text-Stencil/releases.rss"><link rel="search" href="/opensearch.xml"
type="application/opensearchdescription+xml" title="MetaCPAN">
<script src="/static/js/main.a1f0d.js" defer></script></head>
<body><nav class="navbar navbar-default navbar-static-top" role="navigation"><div class="container-fluid"><div class="navbar-header">
<button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#navbar-collapse"><span class="sr-only">Toggle navigation</span>
<span class="icon-bar"></span><span class="icon-bar"></span></button><a class="navbar-brand" href="/"><img src="/static/images/metacpan-logo.svg" alt="metacpan
logo"></a></div>
<div class="collapse navbar-collapse" id="navbar-collapse"><ul class="nav navbar-nav navbar-right">
${lis(c.cpNav.slice(0, 8).map((t) => `<a href="/${t.toLowerCase()}">${t}</a>`))}</ul>
<form action="/search" class="navbar-form navbar-search search-form" role="search"><div class="form-group"><input type="search" name="q" placeholder="Search
the CPAN"
class="form-control home-search-input" autocomplete="off"><button type="submit" class="btn search-btn">${c.cpNav[8]}</button></div></form></div></div></nav>
<div class="container-fluid"><div class="row"><div class="main-content col-md-12">
<div class="breadcrumbs"><span itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a data-keyboard-shortcut="g a" rel="author" href="/author/SULVIK"
title="Sindre Ulvik" class="author-name">Sindre Ulvik</a></span>&nbsp;/&nbsp;<span><a data-keyboard-shortcut="g d"
href="/dist/Text-Stencil">Text-Stencil-0.14</a></span>
<div class="release dropdown"><select class="select-navigator" aria-label="Other releases"><option value="/release/SULVIK/Text-Stencil-0.14">0.14
(2025-02-18)</option>
<option value="/release/SULVIK/Text-Stencil-0.13">0.13 (2024-08-02)</option><option value="/release/SULVIK/Text-Stencil-0.12">0.12
(2023-11-29)</option></select></div>
&nbsp;/&nbsp;<span itemprop="name">${c.cpTitle}</span></div>
<div class="left-nav-group"><ul class="nav-list slidepanel sticky-panel-top"><li class="visible-xs"><a href="#" class="slidepanel-close">Close</a></li>
<li><a href="/release/SULVIK/Text-Stencil-0.14/source/lib/Text/Stencil.pm"><i class="fa fa-fw fa-file-code-o"></i>Source</a> (<a
href="/release/raw">raw</a>)</li>
<li><a href="/release/SULVIK/Text-Stencil-0.14/source/lib/Text"><i class="fa fa-fw fa-folder-open"></i>Browse</a> (<a href="/release/raw-dir">raw</a>)</li>
${L.slice(2, 8).map(li).join('\n')}<li><a href="https://cpants.example/release/SULVIK/Text-Stencil-0.14">${L[7]}</a></li>
<li><span class="bus-factor">${L[8]}</span></li><li><a href="https://coverage.example/Text-Stencil">${L[9]}</a></li><li>${L[10]}</li><li>${L[11]}</li>
<li class="nav-header">${L[12]}</li><li><div class="activity-graph"><img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt=""></div>
<div class="graph-legend">${L[13]}</div></li><li class="nav-header">${L[14]}</li>
${L.slice(15, 19).map(li).join('\n')}<li class="nav-header">${L[19]}</li>${L.slice(20, 22).map(li).join('\n')}
<li class="nav-header"><span class="relatize">18 Feb 2025 09:41:22 UTC</span></li><li><div class="author-pic"><a href="/author/SULVIK">
<img src="https://www.gravatar.com/avatar/7d1c?s=130&amp;d=identicon" alt="SULVIK"></a><strong><a rel="author" href="/author/SULVIK">SULVIK</a></strong>
<span title="Sindre Ulvik">Sindre Ulvik</span></div></li><li class="nav-header">Contributors</li><li><a href="#" class="display-all">${L[22]}</a>
<ul style="display:none"><li>Marit Solheim</li><li>Ove Tangen</li></ul></li>${L.slice(23, 25).map(li).join('\n')}
<li><button class="btn-link favorite" type="button"><span class="count">4</span> ${L[25]}</button></li></ul></div>
<div class="content pod-content"><div class="index-container"><strong>Contents</strong><ul class="index">
${c.cpH.map((t) => `<li><a href="#${t.replace(/ /g, '-')}">${t}</a></li>`).join('\n')}</ul></div>
<div class="pod content anchors" id="pod-content">
${h('h1', c.cpH[0]!)}
${ps(c.cpName)}
${h('h1', c.cpH[1]!)}
${pre(`use Text::Stencil;

my $t = Text::Stencil-&gt;new("Hello {{ name ? friend }}, your order {{ id }} has shipped.\\n");
print $t-&gt;render(name =&gt; 'Åsa', id =&gt; 'A-1042');`)}
${h('h1', c.cpH[2]!)}
${ps(c.cpDesc)}
${h('h1', c.cpH[3]!)}
${h('h2', c.cpH[4]!)}
${pre('my $t = Text::Stencil-&gt;new($template, strict =&gt; 1);')}
${ps(c.cpNew)}
${h('h2', c.cpH[5]!)}
${pre('my $text = $t-&gt;render(%vars);')}
${ps(c.cpRender)}
${h('h2', c.cpH[6]!)}
${pre("Text::Stencil-&gt;add_filter(initials =&gt; sub { join '', map { substr $_, 0, 1 } split ' ', shift });")}
${ps(c.cpFilter)}
${h('h1', c.cpH[7]!)}
<ul>${c.cpSyntax.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h('h1', c.cpH[8]!)}
${ps(c.cpSee)}
${h('h1', c.cpH[9]!)}
${ps(c.cpAuthor)}
${h('h1', c.cpH[10]!)}
${ps(c.cpCopy)}
</div></div></div></div></div>
<div class="modal fade" id="install-instructions-dialog" tabindex="-1" role="dialog" aria-hidden="true"><div class="modal-dialog"><div class="modal-content">
<div class="modal-header"><button type="button" class="close" data-dismiss="modal" aria-hidden="true">×</button><h4
class="modal-title">${c.cpInstall[0]}</h4></div>
<div class="modal-body"><p>${c.cpInstall[1]}</p><p><a href="https://metacpan.org/pod/App::cpanminus">${c.cpInstall[2]}</a></p>
<pre>cpanm Text::Stencil</pre><p>${c.cpInstall[3]}</p><pre>perl -MCPAN -e shell
install Text::Stencil</pre><p>${c.cpInstall[4]}</p></div>
<div class="modal-footer"><button type="button" class="btn btn-default" data-dismiss="modal">${c.cpInstall[5]}</button></div></div></div></div>
<footer class="footer"><div class="container-fluid"><div class="row"><div class="col-md-4"><ul class="footer-links">
${lis(c.cpFoot.slice(0, 6).map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`))}</ul></div>
<div class="col-md-8 sponsors"><span>${c.cpFoot[6]}</span> <a href="https://www.fastly.example"><img src="/static/images/sponsors/fastly.svg"
alt="Fastly"></a></div></div></div></footer>
<script>window.metacpan = { release: 'Text-Stencil-0.14', author: 'SULVIK' };</script></body></html>`;
export const metacpanPage: TestPage = {
  html,
  name: 'heldout187-metacpan-module-pod',
  kind: 'docs',
  // the pod is the article and the module name its title (the pod's own first heading is NAME); every pod heading is a
  // heading, the NAME line is body, the SYNOPSIS and method code blocks are in neither list; the AUTHOR paragraph, the
  // author box and the release date are bylines; breadcrumbs (but the module name), release picker, left nav, the
  // "Contents" index (its entries repeat the headings, left out), install modal and footer are furniture
  title: c.cpTitle,
  headings: c.cpH,
  body: texts([...c.cpName, ...c.cpDesc, ...c.cpNew, ...c.cpRender, ...c.cpFilter, ...c.cpSyntax, ...c.cpSee, ...c.cpCopy]),
  bylines: ['Sindre Ulvik', 'SULVIK', '18 Feb 2025 09:41:22 UTC', 'Sindre Ulvik <sulvik@cpan.example>'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Toggle navigation', ...c.cpNav, 'Text-Stencil-0.14', '0.14 (2025-02-18)', '0.13 (2024-08-02)', '0.12 (2023-11-29)', 'Close', ...c.cpLeft,
    'Contributors', 'Marit Solheim', 'Ove Tangen', '4', 'Contents', 'Copy', ...c.cpInstall, '×', ...c.cpFoot,
  ],
};
