import { ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 162, file b2: a Godot Engine documentation page (Sphinx with the Read the Docs theme, "latest" branch):
 * the side nav with logo, version, "Search docs" and the captioned toctree, the mobile top bar, breadcrumbs with "Edit on
 * GitHub", the "Here be dragons" notice at the top of the article body, GDScript / C# code tabs, tip and note
 * admonitions, the "User-contributed notes" block with its policy line, the EthicalAds slot, previous/next buttons, the
 * copyright and "Built with Sphinx" footer, and the Read the Docs version flyout.
 */
const gdTitle = 'Using timers for delayed and repeating actions';
const gdDragons = [
  'This is the <em>latest</em> (unstable) version of this documentation, which may document features not available in or ' +
    'compatible with released stable versions of Godot.',
  'Checking the stable version of the documentation...',
];
const gdIntro = [
  'Many things in a game happen after a delay or at a regular interval: a door that closes three seconds after the player ' +
    'walks through it, an enemy that fires every half second, a power-up that wears off. Godot offers two ways to wait for ' +
    'time to pass: the <a class="reference internal" href="../../classes/class_timer.html"><span class="std std-ref">Timer</span></a> ' +
    'node and one-shot timers created from the <code class="docutils literal notranslate"><span class="pre">SceneTree</span></code>.',
  'This page explains when to use each one and shows the most common patterns.',
];
const gdH1 = 'The Timer node';
const gdTimer = [
  'A Timer is a node that counts down from its <code class="docutils literal notranslate"><span class="pre">wait_time</span></code> ' +
    'and emits the <code class="docutils literal notranslate"><span class="pre">timeout</span></code> signal when it reaches zero. ' +
    'Because it is a node, you can add it to a scene in the editor, set its properties in the Inspector and connect its signal ' +
    'in the Node dock, without writing any code to create it.',
  'The properties you will change most often are:',
];
const gdProps = [
  '<strong>Wait Time</strong>: the length of the countdown in seconds.',
  '<strong>One Shot</strong>: if enabled, the timer stops after emitting <code>timeout</code> once. Otherwise it starts again ' +
    'automatically, which is what you want for repeating actions.',
  '<strong>Autostart</strong>: if enabled, the timer starts as soon as it enters the scene tree.',
  '<strong>Process Callback</strong>: whether the timer counts down during the idle or the physics step.',
];
const gdTimerCode = ['The following script starts a repeating timer from code and fires a projectile every time it times out:'];
const gdTip = [
  "A Timer that belongs to a paused part of the scene tree stops counting while the game is paused. Set the node's " +
    '<strong>Process Mode</strong> to <strong>Always</strong> if the timer must keep running, for example for a countdown shown on the pause menu.',
];
const gdH2 = 'One-shot timers from the SceneTree';
const gdTree = [
  'For a single delay that does not need its own node, call <code class="docutils literal notranslate"><span class="pre">' +
    'get_tree().create_timer()</span></code>. It returns a <span class="std std-ref">SceneTreeTimer</span>, a lightweight object ' +
    'that frees itself after it times out. Combined with <code class="docutils literal notranslate"><span class="pre">await</span></code>, ' +
    'it lets you write a delay in the middle of a function:',
  'The function pauses at the <code>await</code> line and carries on one and a half seconds later, while the rest of the game ' +
    'keeps running. Other code can call the function again in the meantime, so guard against starting the same sequence twice.',
];
const gdNote = [
  'A SceneTreeTimer is not tied to any node. If the node that created it is freed before the timer finishes, the code after ' +
    '<code>await</code> will not run, but the timer itself still counts down and is freed normally.',
];
const gdH3 = 'Choosing between them';
const gdChoose = [
  'Use a Timer node when the delay repeats, when you need to stop, restart or inspect it, or when designers should be able to ' +
    'adjust it in the Inspector. Use <code>create_timer()</code> for short, fire-and-forget delays in scripts, such as hiding a ' +
    'message after a few seconds.',
  'Neither kind of timer is precise to the millisecond: both are checked once per frame, so a timer can fire up to one frame ' +
    'late. For animation that must line up exactly with the music, drive it from the audio playback position instead.',
];
const gdNav: [string, string[]][] = [
  ['About', ['Introduction', 'Frequently asked questions', 'Complying with licenses']],
  ['Getting started', ['Introduction', 'Step by step', 'Your first 2D game', 'Your first 3D game']],
  ['Manual', ['Best practices', 'Troubleshooting', '2D', '3D', 'Animation', 'Scripting', 'User interface (UI)']],
  ['Engine details', ['Engine development', 'Godot file formats']],
  ['Community', ['Contributing', 'Asset Library', 'Tutorials and resources']],
  ['Class reference', ['All classes']],
];
const gdSub = ['GDScript', 'C#/.NET', 'Cross-language scripting', 'Creating script templates', gdTitle, 'Evaluating expressions'];
const gdAd = ['Ship your multiplayer game without running servers. Lanternhost gives indie teams relay hosting for free up to 500 players.'];
const gdFoot = ['© Copyright 2014-present the Godot community (CC BY 3.0).', 'Built with Sphinx using a theme provided by Read the Docs.'];
const gdVersions = ['latest', 'stable', '4.4', '4.3', '3.6'];
const gdTabs = (id: string, gd: string, cs: string): string => `<div class="sphinx-tabs docutils container">
<div aria-label="Tabbed content" class="closeable" role="tablist"><button aria-controls="panel-${id}-0" aria-selected="true" class="sphinx-tabs-tab
code-tab group-tab"
id="tab-${id}-0" name="R0RTY3JpcHQ=" role="tab" tabindex="0">GDScript</button><button aria-controls="panel-${id}-1" aria-selected="false"
class="sphinx-tabs-tab code-tab group-tab" id="tab-${id}-1" name="QyM=" role="tab" tabindex="-1">C#</button></div>
<div aria-labelledby="tab-${id}-0" class="sphinx-tabs-panel code-tab group-tab" id="panel-${id}-0" name="R0RTY3JpcHQ=" role="tabpanel" tabindex="0">
<div class="highlight-gdscript notranslate"><div class="highlight"><pre><span></span>${gd}</pre></div></div></div>
<div aria-labelledby="tab-${id}-1" class="sphinx-tabs-panel code-tab group-tab" hidden="true" id="panel-${id}-1" name="QyM=" role="tabpanel" tabindex="0">
<div class="highlight-csharp notranslate"><div class="highlight"><pre><span></span>${cs}</pre></div></div></div></div>`;
const adm = (kind: string, label: string, body: string[]): string =>
  `<div class="admonition ${kind}"><p class="admonition-title">${label}</p>\n${ps(body)}\n</div>`;
const hl = (t: string): string => `<a class="headerlink" href="#${t.toLowerCase().replace(/[^a-z]+/g, '-')}" title="Link to this heading"></a>`;
const gdHtml = `<!DOCTYPE html>
<html class="writer-html5" lang="en" data-content_root="../../"><head><meta charset="utf-8"><meta name="generator" content="Docutils 0.19:
https://docutils.sourceforge.io/">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta property="og:title" content="${gdTitle}">
<meta property="og:type" content="website"><meta property="og:url" content="https://docs.godotengine.org/en/latest/tutorials/scripting/using_timers.html">
<meta property="og:site_name" content="Godot Engine documentation"><meta property="og:description" content="Many things in a game happen after a delay or
at a regular interval...">
<meta name="description" content="Many things in a game happen after a delay or at a regular interval..."><meta name="doc_version" content="latest">
<meta name="doc_is_latest" content="True"><meta name="doc_pagename" content="tutorials/scripting/using_timers"><meta name="doc_title" content="${gdTitle}">
<title>${gdTitle} — Godot Engine (latest) documentation in English</title>
<link rel="stylesheet" type="text/css" href="../../_static/pygments.css?v=fa44fd50"><link rel="stylesheet" type="text/css"
href="../../_static/css/theme.css?v=19f00094">
<link rel="stylesheet" type="text/css" href="../../_static/tabs.css?v=a5c4661c"><link rel="stylesheet" type="text/css"
href="../../_static/css/custom.css?v=da9b0dbb">
<script src="../../_static/jquery.js?v=5d32c60e"></script><script src="../../_static/documentation_options.js?v=a8da1a53"></script>
<script src="../../_static/doctools.js?v=888ff710"></script><script src="../../_static/js/custom.js?v=33c85d85"></script><script
src="../../_static/js/theme.js"></script>
<link rel="index" title="Index" href="../../genindex.html"><link rel="search" title="Search" href="../../search.html">
<link rel="next" title="Evaluating expressions" href="evaluating_expressions.html"><link rel="prev" title="Creating script templates"
href="creating_script_templates.html">
<script async type="text/javascript" src="/_/static/javascript/readthedocs-addons.js"></script><meta name="readthedocs-project-slug" content="godot">
<meta name="readthedocs-version-slug" content="latest"></head>
<body class="wy-body-for-nav"><div class="wy-grid-for-nav">
<nav data-toggle="wy-nav-shift" class="wy-nav-side"><div class="wy-side-scroll"><div class="wy-side-nav-search">
<a href="../../index.html" class="icon icon-home">Godot Engine<img src="../../_static/docs_logo.svg" class="logo" alt="Logo"></a>
<div class="version">latest</div><div role="search"><form id="rtd-search-form" class="wy-form" action="../../search.html" method="get">
<input type="text" name="q" placeholder="Search docs" aria-label="Search docs"><input type="hidden" name="check_keywords" value="yes"><input
type="hidden" name="area" value="default">
</form></div></div><div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Main">
${gdNav
  .map(
    ([cap, items]) => `<p class="caption" role="heading"><span class="caption-text">${cap}</span></p><ul${cap === 'Manual' ? ' class="current"' : ''}>
${items
  .map((t) =>
    t === 'Scripting'
      ? `<li class="toctree-l1 current"><a class="reference internal" href="../index.html">Scripting</a><ul
class="current">${gdSub
          .map(
            (s) => `<li class="toctree-l2${s === gdTitle ? ' current' : ''}"><a class="${s === gdTitle ? 'current ' : ''}reference
internal" href="#">${s}</a></li>`,
          )
          .join('')}</ul></li>`
      : `<li class="toctree-l1"><a class="reference internal" href="#">${t}</a></li>`,
  )
  .join('\n')}</ul>`,
  )
  .join('\n')}
</div></div></nav>
<section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="Mobile navigation menu"><i data-toggle="wy-nav-top"
class="fa fa-bars"></i>
<a href="../../index.html">Godot Engine</a></nav><div class="wy-nav-content"><div class="rst-content">
<div role="navigation" aria-label="Page navigation"><ul class="wy-breadcrumbs"><li><a href="../../index.html" class="icon icon-home"
aria-label="Home"></a></li>
<li class="breadcrumb-item"><a href="../index.html">Manual</a></li><li class="breadcrumb-item"><a href="index.html">Scripting</a></li>
<li class="breadcrumb-item active">${gdTitle}</li><li class="wy-breadcrumbs-aside">
<a href="https://github.com/godotengine/godot-docs/blob/master/tutorials/scripting/using_timers.rst" class="fa
fa-github"> Edit on GitHub</a></li></ul><hr></div>
<div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article"><div itemprop="articleBody">
<div class="admonition attention latest-notice"><p class="first admonition-title">Attention: Here be dragons</p>
${ps(gdDragons.slice(0, 1))}<p class="last latest-notice-link">${gdDragons[1]}</p></div>
<section id="using-timers-for-delayed-and-repeating-actions"><span id="doc-using-timers"></span><h1>${gdTitle}${hl(gdTitle)}</h1>
${ps(gdIntro)}
<section id="the-timer-node"><h2>${gdH1}${hl(gdH1)}</h2>
${ps(gdTimer)}
<ul class="simple">${gdProps.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>
${ps(gdTimerCode)}
${gdTabs(
  '0-0',
  `<span class="k">extends</span> <span class="nc">Node2D</span>

<span class="k">func</span> <span class="nf">_ready</span><span class="p">():</span>
    <span class="k">var</span> <span class="n">timer</span> <span class="o">=</span> <span class="n">Timer</span><span class="o">.</span><span
class="n">new</span><span class="p">()</span>
    <span class="n">timer</span><span class="o">.</span><span class="n">wait_time</span> <span class="o">=</span> <span class="mf">0.5</span>
    <span class="n">timer</span><span class="o">.</span><span class="n">timeout</span><span class="o">.</span><span class="n">connect</span><span
class="p">(</span><span class="n">_fire</span><span class="p">)</span>
    <span class="n">add_child</span><span class="p">(</span><span class="n">timer</span><span class="p">)</span>
    <span class="n">timer</span><span class="o">.</span><span class="n">start</span><span class="p">()</span>`,
  `<span class="k">public</span> <span class="k">override</span> <span class="k">void</span> <span class="nf">_Ready</span><span class="p">()</span>
<span class="p">{</span>
    <span class="kt">var</span> <span class="n">timer</span> <span class="p">=</span> <span class="k">new</span> <span class="n">Timer</span> <span
class="p">{</span> <span class="n">WaitTime</span> <span class="p">=</span> <span class="m">0.5</span> <span class="p">};</span>
    <span class="n">timer</span><span class="p">.</span><span class="n">Timeout</span> <span class="p">+=</span> <span class="n">Fire</span><span
class="p">;</span>
    <span class="n">AddChild</span><span class="p">(</span><span class="n">timer</span><span class="p">);</span>
    <span class="n">timer</span><span class="p">.</span><span class="n">Start</span><span class="p">();</span>
<span class="p">}</span>`,
)}
${adm('tip', 'Tip', gdTip)}
</section>
<section id="one-shot-timers-from-the-scenetree"><h2>${gdH2}${hl(gdH2)}</h2>
${ps(gdTree.slice(0, 1))}
${gdTabs(
  '1-0',
  `<span class="k">func</span> <span class="nf">show_hint</span><span class="p">():</span>
    <span class="n">hint_label</span><span class="o">.</span><span class="n">show</span><span class="p">()</span>
    <span class="k">await</span> <span class="n">get_tree</span><span class="p">()</span><span class="o">.</span><span class="n">create_timer</span><span
class="p">(</span><span class="mf">1.5</span><span class="p">)</span><span class="o">.</span><span class="n">timeout</span>
    <span class="n">hint_label</span><span class="o">.</span><span class="n">hide</span><span class="p">()</span>`,
  `<span class="k">public</span> <span class="k">async</span> <span class="k">void</span> <span class="nf">ShowHint</span><span class="p">()</span>
<span class="p">{</span>
    <span class="n">_hintLabel</span><span class="p">.</span><span class="n">Show</span><span class="p">();</span>
    <span class="k">await</span> <span class="n">ToSignal</span><span class="p">(</span><span class="n">GetTree</span><span class="p">().</span><span
class="n">CreateTimer</span><span class="p">(</span><span class="m">1.5</span><span class="p">),</span> <span class="n">SceneTreeTimer</span><span
class="p">.</span><span class="n">SignalName</span><span class="p">.</span><span class="n">Timeout</span><span class="p">);</span>
    <span class="n">_hintLabel</span><span class="p">.</span><span class="n">Hide</span><span class="p">();</span>
<span class="p">}</span>`,
)}
${ps(gdTree.slice(1))}
${adm('note', 'Note', gdNote)}
</section>
<section id="choosing-between-them"><h2>${gdH3}${hl(gdH3)}</h2>
${ps(gdChoose)}
</section></section>
<div id="godot-giscus"><hr><h2>User-contributed notes</h2><p>Please read the <a
href="https://github.com/godotengine/godot-docs-user-notes/discussions/1">User-contributed notes policy</a>
before submitting a comment.</p><script src="https://giscus.app/client.js" data-repo="godotengine/godot-docs-user-notes" data-mapping="pathname"
data-theme="preferred_color_scheme"
crossorigin="anonymous" async></script></div></div></div>
<div id="ethical-ad-placement" class="flat" data-ea-publisher="readthedocs" data-ea-type="readthedocs-sidebar"><div class="ea-content"><div
class="ea-callout">
<a href="https://server.ethicalads.example/proxy/click/8812/" rel="nofollow noopener sponsored" target="_blank"><span
class="ea-text">${gdAd[0]}</span></a></div>
<div class="ea-callout"><a href="https://www.ethicalads.io/advertisers/" rel="nofollow noopener sponsored"
target="_blank">Ads by EthicalAds</a></div></div></div>
<footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer"><a href="creating_script_templates.html" class="btn btn-neutral float-left"
title="Creating script templates" accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left" aria-hidden="true"></span> Previous</a>
<a href="evaluating_expressions.html" class="btn btn-neutral float-right" title="Evaluating expressions" accesskey="n" rel="next">Next <span class="fa
fa-arrow-circle-right"
aria-hidden="true"></span></a></div><hr><div role="contentinfo"><p>${gdFoot[0]}</p></div>
Built with <a href="https://www.sphinx-doc.org/">Sphinx</a> using a <a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a> provided by <a
href="https://readthedocs.org">Read the Docs</a>.
</footer></div></div></section></div>
<div class="rst-versions" data-toggle="rst-versions" role="note" aria-label="Versions"><span class="rst-current-version" data-toggle="rst-current-version">
<span class="fa fa-book"> Read the Docs</span> v: latest <span class="fa fa-caret-down"></span></span><div class="rst-other-versions"><dl><dt>Versions</dt>
${gdVersions.map((v) => `<dd><a href="/en/${v}/">${v}</a></dd>`).join('')}</dl><dl><dt>On Read the Docs</dt><dd><a
href="//readthedocs.org/projects/godot/">Project Home</a></dd>
<dd><a href="//readthedocs.org/builds/godot/">Builds</a></dd></dl></div></div>
<script>jQuery(function () { SphinxRtdTheme.Navigation.enable(true); });</script></body></html>`;
export const godotPage: TestPage = {
  html: gdHtml,
  name: 'heldout162-godot-docs-manual',
  kind: 'docs',
  // the "Here be dragons" notice at the top of the article body is furniture (a site-wide banner of the latest branch);
  // admonition labels, code and the tab buttons are in neither list, the tip's and note's text is body
  title: gdTitle,
  headings: [gdH1, gdH2, gdH3],
  body: texts([...gdIntro, ...gdTimer, ...gdProps, ...gdTimerCode, ...gdTip, ...gdTree, ...gdNote, ...gdChoose]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Godot Engine', ...gdNav.flatMap(([c, items]) => [c, ...items]), ...gdSub.filter((s) => s !== gdTitle), 'Edit on GitHub',
    'Attention: Here be dragons', ...texts(gdDragons), 'User-contributed notes', 'Please read the User-contributed notes policy before submitting a comment.',
    ...gdAd, 'Ads by EthicalAds', 'Previous', 'Next', ...gdFoot, 'Read the Docs', 'v: latest', 'Versions', ...gdVersions, 'On Read the Docs', 'Project ' +
'Home', 'Builds',
  ])],
};
