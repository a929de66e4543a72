import { links, ps, type TestPage, texts } from './page-kit.js';
import { rdoc } from './pages-heldout318-e2.js';
import { j } from './pages-heldout318-kit.js';

/**
 * Held-out batch 318, file e: a MetaCPAN module page (navbar, search form, breadcrumbs with the author and the release
 * picker, the left content-navigation with source / changes / issues / testers / kwalitee / licence / dependencies and
 * install instructions, the POD table of contents, the POD itself with head1 / head2 sections, and the footer) and,
 * from file e2, a Ruby RDoc class page in the Darkfish template.
 */
const cPod = ['Text::Kerning::Pairs - look up and adjust kerning pairs for bitmap fonts'];
const cDesc = [
  j(
    'This module reads the kerning table of a BDF or PCF bitmap font and answers the one question a text renderer needs',
    'to ask: how many pixels should the pen move between this glyph and the next? Pairs that the font does not list are',
    'reported as zero, so callers never need to test for their presence.',
  ),
  j(
    'Bitmap fonts rarely ship with good kerning, so the module also lets you add or override pairs and write the result',
    'back out. Changes are kept in memory until <code>save</code> is called; the original file is never touched.',
  ),
  'Glyphs are named by their Unicode code points throughout. Fonts that use a legacy encoding are mapped to Unicode when they are loaded.',
];
const cNew = [
  j(
    'Loads the font at <code>$path</code> and returns a pairs object. Dies with a message naming the file if it cannot be',
    'read or is not a bitmap font. Options:',
  ),
];
const cNewOpts = [
  '<code>encoding</code> - the encoding to assume when the font does not declare one; defaults to ISO-8859-1.',
  '<code>strict</code> - if true, unknown glyph names are an error instead of a warning.',
];
const cKern = [
  j(
    'Returns the adjustment in pixels between the glyphs <code>$left</code> and <code>$right</code>, given as characters or',
    'code points. Negative values bring the glyphs closer together.',
  ),
];
const cSet = ['Sets the adjustment for one pair, replacing any value from the font. Setting it to zero removes the pair from the table.'];
const cSave = [
  j('Writes the font with its updated kerning table to <code>$path</code>. The output keeps the format of the input, so a', 'PCF file is written as PCF.'),
];
const cBugs = [
  j(
    'Only horizontal kerning is supported; the rarely used vertical metrics of BDF 2.2 are ignored. Please report other',
    'problems through the issue tracker linked on this page.',
  ),
];
const cAuthor = 'Ottilie Sprague <osprey@cpan.example>';
const cCopy = [
  'This software is copyright (c) 2026 by the Kerning Table Project.',
  'This is free software; you can redistribute it and/or modify it under the same terms as the Perl 5 programming language system itself.',
];
const cNav = ['Recent', 'About', 'FAQ', 'Tools', 'API', 'News'];
const cSide = [
  'Source',
  'Browse',
  'Changes',
  'How to Contribute',
  'Repository',
  'Issues (3)',
  'Testers (512 / 4 / 0)',
  'Kwalitee',
  'Bus factor: 1',
  'License: perl_5',
  'Download (41.2KB)',
  'MetaCPAN Explorer',
  'Subscribe to distribution',
  'This version',
  'Latest version',
];
const cDeps = ['List::Util', 'Encode', 'Carp'];
const cToc = ['NAME', 'SYNOPSIS', 'DESCRIPTION', 'METHODS', 'BUGS', 'AUTHOR', 'COPYRIGHT AND LICENSE'];
const cFoot = ['Tools', 'API', 'Privacy', 'Security', 'About', 'FAQ'];
const h = (tag: string, id: string, text: string): string =>
  `<${tag} id="${id}"><a href="#${id}" class="anchor"><span class="fa fa-bookmark black"></span></a>${text}</${tag}>`;
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Text::Kerning::Pairs - look up and adjust kerning pairs for bitmap fonts - metacpan.org</title>
<meta name="description" content="look up and adjust kerning pairs for bitmap fonts"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="Text::Kerning::Pairs"><meta property="og:site_name" content="metacpan.org"><link rel="canonical"
href="https://metacpan.org/pod/Text::Kerning::Pairs"><link rel="stylesheet" href="/static/css/main.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareSourceCode","name":"Text::Kerning::Pairs",
"author":{"@type":"Person","name":"Ottilie Sprague"},"programmingLanguage":"Perl"}</script>
<script src="/static/js/main.js" defer></script></head>
<body><nav class="navbar navbar-default" role="navigation"><div class="container-fluid"><div class="navbar-header">
<a class="navbar-brand" href="/"><img src="/static/images/metacpan-logo.svg" alt="meta::cpan"></a></div>
<ul class="nav navbar-nav">${links(cNav)}</ul><ul class="nav navbar-nav navbar-right"><li><a href="/login">Sign in</a></li></ul></div></nav>
<div class="container-fluid"><div class="row hidden-xs"><div class="col-md-12 search-bar"><form action="/search" class="form-horizontal" id="search-header">
<input type="search" name="q" class="form-control" placeholder="Search the CPAN" autocomplete="off"></form></div></div>
<div class="row"><div class="main-content col-md-12"><div class="breadcrumbs"><span>
<a rel="author" href="/author/OSPREY" class="author-name">Ottilie Sprague</a>
</span>&nbsp;/&nbsp;<div class="release status-latest maturity-released"><span class="dropdown"><b class="caret"></b></span>
<select class="select-navigator" name="release"><option value="/release/OSPREY/Text-Kerning-0.31" selected>Text-Kerning-0.31</option>
<option value="/release/OSPREY/Text-Kerning-0.30">Text-Kerning-0.30</option></select></div>&nbsp;/&nbsp;<span itemprop="name">Text::Kerning::Pairs</span>
<span class="release-date" title="2026-03-03T14:02:11Z">03 Mar 2026</span></div>
<div class="content-navigation"><ul class="nav-list slidepanel">${links(cSide.slice(0, 2))}<li class="nav-header">Changes</li>
${links(cSide.slice(2, 10))}<li>97.1% Coverage</li><li class="nav-header">Tools</li>${links(cSide.slice(10, 12))}<li class="nav-header">Activity</li>
<li>24 month</li><li class="nav-header">Permalinks</li>${links(cSide.slice(12))}<li class="nav-header">Dependencies</li>${links(cDeps)}
<li class="nav-header">Module Install Instructions</li>
<li>To install Text::Kerning::Pairs, copy and paste the appropriate command in to your terminal.</li><li><pre>cpanm Text::Kerning::Pairs</pre></li>
<li><a href="/about/installing">For more information on module installation, please visit the detailed CPAN module installation guide.</a></li></ul></div>
<div class="pod-content"><nav id="index-container" class="toc"><div id="index-header">
<b>Contents</b> [<button class="btn-link toggle-index">hide</button>]</div>
<ul id="index">${cToc.map((t) => `<li><a href="#${t.replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul></nav>
<div itemprop="description" class="pod content anchors"><a name="___top"></a>
${h('h1', 'NAME', 'NAME')}${ps(cPod)}
${h('h1', 'SYNOPSIS', 'SYNOPSIS')}<pre><code class="code-highlight">use Text::Kerning::Pairs;
my $pairs = Text::Kerning::Pairs-&gt;new('fonts/terminus-16.bdf');
printf "%d\\n", $pairs-&gt;kern('A', 'V');</code></pre>
${h('h1', 'DESCRIPTION', 'DESCRIPTION')}${ps(cDesc)}
${h('h1', 'METHODS', 'METHODS')}${h('h2', 'new', 'new($path, %options)')}${ps(cNew)}<ul>${cNewOpts.map((o) => `<li><p>${o}</p></li>`).join('\n')}</ul>
${h('h2', 'kern', 'kern($left, $right)')}${ps(cKern)}${h('h2', 'set', 'set($left, $right, $pixels)')}${ps(cSet)}
${h('h2', 'save', 'save($path)')}${ps(cSave)}${h('h1', 'BUGS', 'BUGS')}${ps(cBugs)}
${h('h1', 'AUTHOR', 'AUTHOR')}<p>Ottilie Sprague &lt;osprey@cpan.example&gt;</p>
${h('h1', 'COPYRIGHT-AND-LICENSE', 'COPYRIGHT AND LICENSE')}${ps(cCopy)}</div></div></div></div></div>
<footer class="footer"><div class="container-fluid"><ul class="footer-links">${links(cFoot)}</ul>
<p>Hosting generously provided by the MetaCPAN sponsors. <a href="/about/sponsors">Become a sponsor</a></p></div></footer></body></html>`;
const metacpan: TestPage = {
  name: 'heldout318-metacpan-pod',
  kind: 'docs',
  html: cHtml,
  title: 'NAME',
  headings: [
    'SYNOPSIS',
    'DESCRIPTION',
    'METHODS',
    'new($path, %options)',
    'kern($left, $right)',
    'set($left, $right, $pixels)',
    'save($path)',
    'BUGS',
    'AUTHOR',
    'COPYRIGHT AND LICENSE',
  ],
  body: texts([...cPod, ...cDesc, ...cNew, ...cNewOpts, ...cKern, ...cSet, ...cSave, ...cBugs, ...cCopy]),
  bylines: ['Ottilie Sprague', '03 Mar 2026', cAuthor],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cNav, 'Sign in', ...cSide.filter((s) => s !== 'Changes'), '97.1% Coverage', 'Activity', '24 month', 'Permalinks', 'Dependencies', ...cDeps,
'Module Install Instructions',
    'To install Text::Kerning::Pairs, copy and paste the appropriate command in to your terminal.', 'cpanm Text::Kerning::Pairs',
    'For more information on module installation, please visit the detailed CPAN module installation guide.', 'Text-Kerning-0.31', 'Text-Kerning-0.30',
    'Contents', 'hide', 'Privacy', 'Security', 'Hosting generously provided by the MetaCPAN sponsors.', 'Become a sponsor',
  ],
};

export const HELDOUT318_E: readonly TestPage[] = [metacpan, rdoc];
