import { links, type TestPage, texts } from './page-kit.js';
import { cells, lis, paras, rows } from './pages-heldout338-kit.js';

/**
 * Held-out batch 338, file e: a mechanical engineering blog on Hugo with the PaperMod theme (post header with meta line and
 * reading time, table of contents, code block, tags, prev/next links, share buttons, giscus comments container, footer),
 * and an Engineering Toolbox-style reference page with data tables (old table layout, ad slots, "Related Topics" and
 * "Related Documents" lists, unit converter widget, search box, cookie notice).
 */
const hTitle = 'Why My Bolted Joint Kept Loosening (and What Preload Has to Do With It)';
const hIntro = paras(`
Last spring a bracket on my self-built CNC router started rattling after every long job. The M8 bolts holding the
spindle mount were torqued to the book value, yet after a few hours of vibration they had visibly turned. This post is
the write-up of what I found, mostly so I stop making the same mistake.
`);
const hTorque = paras(`
Torque is only a proxy for what we actually care about, which is preload: the tension in the bolt that clamps the parts
together. Most of the torque you apply goes into friction, roughly half under the head and forty per cent in the
threads, so only about a tenth stretches the bolt.

The short-form relation is <code>T = K · F · d</code>, where <em>K</em> is the nut factor. For dry zinc-plated bolts K is
about 0.2, but with a drop of oil it falls to 0.15, and the same torque gives a third more preload.
`);
const hCalc = `# preload from torque, M8 class 8.8
d = 0.008      # m
K = 0.20       # dry, zinc plated
T = 25.0       # N·m
F = T / (K * d)
print(f"preload {F/1000:.1f} kN")   # 15.6 kN`;
const hFound = paras(`
My bolts were dry, so the preload was about right. The problem was the joint: a 3-mm aluminium spacer with a painted
face. Paint creeps under load, the clamped length shortened by a few microns, and that was enough to lose most of the
preload because the joint was so stiff compared with the bolt.
`);
const hFixes = [
  'Remove the paint from the clamped faces and use a hardened washer under the head.',
  'Use longer bolts through a thicker spacer, so the bolt stretches more for the same preload.',
  'Retorque once after the first run, when the surfaces have bedded in.',
];
const hEnd = paras(`
Since the change the bracket has survived three months of daily jobs. Thread-locking compound would probably also have
worked, but it would only have hidden a joint that was losing its clamp.
`);
const hTags = ['bolted joints', 'cnc-router', 'machine design'];
const hHtml = `<!DOCTYPE html><html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${hTitle} | Shim Stock</title><meta name="description" content="Torque is a proxy; preload is what holds a joint.">
<meta name="author" content="Emeric Vayssade"><meta name="generator" content="Hugo 0.142.0"><link rel="stylesheet" href="/assets/css/stylesheet.b5c2.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","wordCount":"612",
"datePublished":"2025-08-30T18:20:00+02:00","author":[{"@type":"Person","name":"Emeric Vayssade"}]}</script>
<script>localStorage.getItem("pref-theme")==="dark"&&document.body.classList.add("dark")</script></head>
<body id="top"><header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h" title="Shim Stock (Alt + H)">Shim Stock</a>
<button id="theme-toggle" accesskey="t" title="(Alt + T)"></button></div><ul id="menu">${links(['Posts', 'Archive', 'Search', 'About me'])}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="/">Home</a>&nbsp;»&nbsp;<a
href="/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1>
<div class="post-meta"><span title="2025-08-30 18:20:00 +0200 CEST">August 30, 2025</span>&nbsp;·&nbsp;3 min&nbsp;·&nbsp;Emeric Vayssade</div>
</header><div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary>
<div class="inner"><ul>${links(['Torque is not preload', 'What I actually found', 'The fixes'])}</ul></div></details></div>
<div class="post-content">${hIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="torque-is-not-preload">Torque is not preload<a hidden class="anchor" aria-hidden="true" href="#torque-is-not-preload">#</a></h2>
${hTorque.map((p) => `<p>${p}</p>`).join('\n')}
<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-python" data-lang="python">${hCalc}</code></pre></div>
<h2 id="what-i-actually-found">What I actually found</h2>${hFound.map((p) => `<p>${p}</p>`).join('\n')}
<figure><img loading="lazy" src="/images/spacer.jpg" alt="painted spacer"><figcaption>The spacer after removal: the paint has flowed at the bolt
holes.</figcaption></figure>
<h2 id="the-fixes">The fixes</h2><ul>${lis(hFixes)}</ul>${hEnd.map((p) => `<p>${p}</p>`).join('\n')}</div>
<footer class="post-footer"><ul class="post-tags">${links(hTags)}</ul><nav class="paginav"><a class="prev" href="/posts/spindle-runout/">
<span class="title">« Prev</span><br><span>Measuring spindle runout with a cheap dial indicator</span></a><a class="next" href="/posts/belt-tension/">
<span class="title">Next »</span><br><span>Belt tension by ear, and why it sort of works</span></a></nav>
<ul class="share-buttons"><li><a aria-label="share on x" href="#">Share on X</a></li><li><a aria-label="share on reddit" href="#">Share on Reddit</a></li></ul>
</footer><div class="giscus-container"><h3>Comments</h3><div class="giscus"></div><script src="https://giscus.example/client.js" data-repo="evayssade/blog"
async></script></div></article></main>
<footer class="footer"><span>© 2026 <a href="/">Shim Stock</a></span> · <span>Powered by Hugo &amp; PaperMod</span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">↑</a></body></html>`;
const hugo: TestPage = {
  name: 'heldout338-shimstock-hugo-papermod-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: ['Torque is not preload', 'What I actually found', 'The fixes'],
  body: texts([...hIntro, ...hTorque, hCalc, ...hFound, ...hFixes, ...hEnd]),
  bylines: ['August 30, 2025', '3 min', 'Emeric Vayssade'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Shim Stock', 'Posts', 'Archive', 'Search', 'About me', 'Home', 'Table of Contents',
    'The spacer after removal: the paint has flowed at the bolt holes.', ...hTags, '« Prev', 'Measuring spindle runout with a cheap dial indicator',
    'Next »', 'Belt tension by ear, and why it sort of works', 'Share on X', 'Share on Reddit', 'Comments', '© 2026 Shim Stock',
    'Powered by Hugo & PaperMod',
  ],
};

/** An Engineering Toolbox-style reference page of an invented site: short text around a large data table. */
const tTitle = 'Thermal Conductivity of Metals and Alloys';
const tIntro = paras(`
Thermal conductivity, k, is the rate at which heat passes through a material of unit thickness for a unit temperature
difference across it. In SI units it is given in W/(m K); in imperial units it is often given in Btu/(h ft °F).

The values below are typical for the materials at room temperature. Conductivity of pure metals falls as the
temperature rises, while that of most alloys rises slightly, so use the temperature columns when the working
temperature is far from 20 °C.

Conductivity is measured with a guarded hot plate for poor conductors and with laser flash diffusivity for metals. Published
values for the same alloy can differ by ten per cent or more between sources, mainly because of differences in heat
treatment and in small amounts of alloying elements.
`);
const tTable = [
  ['Aluminium, pure', '237', '240', '220'],
  ['Aluminium alloy 6082', '172', '180', '190'],
  ['Brass (63% Cu)', '115', '125', '135'],
  ['Copper, pure', '401', '395', '380'],
  ['Carbon steel, 0.2% C', '51', '49', '43'],
  ['Stainless steel 304', '14.9', '16.6', '19.8'],
  ['Titanium alloy Ti-6Al-4V', '6.7', '7.4', '8.7'],
];
const tNotes = [
  'To convert from W/(m K) to Btu/(h ft °F), multiply by 0.578.',
  'Values for alloys depend on composition and temper; check the supplier\u2019s data for critical work.',
  'Heat flow through a plane wall: q = k A ΔT / s, where s is the wall thickness.',
];
const tExample = paras(`
<b>Example</b> - A 5 mm copper plate of 0.1 m² with a temperature difference of 10 °C conducts q = 401 × 0.1 × 10 / 0.005 =
80 200 W, while the same plate in stainless steel 304 conducts 2 980 W.
`);
const tTopics = ['Thermodynamics', 'Heat loss and insulation', 'Material properties'];
const tDocs = ['Thermal conductivity of insulation materials', 'Thermal expansion of metals', 'Specific heat of solids', 'Heat transfer coefficients'];
const tHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${tTitle}</title>
<meta name="description" content="Thermal conductivity of common metals and alloys like aluminium, copper, steel and titanium.">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/almanac.css">
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){googletag.defineSlot('/2291/almanac_top',[728,90],'div-top');});</script>
</head><body><div id="container"><div id="header"><a href="/" id="logo">The Engineer's Almanac</a>
<div id="search"><form action="/search.html"><input type="text" name="q" placeholder="Search the Almanac"><input type="submit" value="Search"></form></div>
<div id="translate"><a href="#">Translate</a></div></div>
<div id="top-ad"><div class="ad-label">Sponsored Links</div><div id="div-top" style="min-height:90px"></div></div>
<table id="layout" width="100%"><tr><td id="leftcol" valign="top"><div class="menu"><b>Resources, Tools and Basic Information for Engineering
and Design of Technical Applications!</b><ul>${links(['Acoustics', 'Air Psychrometrics', 'Basics', 'Combustion', 'Fluid Mechanics', 'Materials and Solids'])}
</ul></div></td>
<td id="contents" valign="top"><h1>${tTitle}</h1><p class="subtitle">Thermal conductivity of common metals and alloys.</p>
<div class="cookie-note">This site uses cookies from Google to deliver its services and to analyze traffic. <a href="/cookies.html">Learn more</a>
<a href="#" class="ok">Got it!</a></div>
${tIntro.map((p) => `<p>${p}</p>`).join('\n')}
<div class="ad-inline"><div class="ad-label">Advertisement</div><div id="div-mid"></div></div>
<table class="large tablesorter"><thead><tr><th rowspan="2">Material</th><th colspan="3">Thermal conductivity - k - (W/(m K))</th></tr>
<tr><th>25 °C</th><th>125 °C</th><th>225 °C</th></tr></thead><tbody>${rows(tTable)}</tbody></table>
<ul>${lis(tNotes)}</ul>
${tExample.map((p) => `<p>${p}</p>`).join('\n')}
<div class="calc-widget"><h4>Unit Converter</h4><label>Quantity</label><input type="number"> <label>Unit in</label><select><option>W/(m K)</option>
</select><button>Calculate</button></div>
<div id="related"><h3>Related Topics</h3><ul>${links(tTopics)}</ul><h3>Related Documents</h3><ul>${links(tDocs)}</ul></div>
<div class="tagcloud">Tag Search</div><div class="cite">Engineer's Almanac, (2018). <i>${tTitle}</i>. [online] Available at:
https://www.engalmanac.example/thermal-conductivity-metals-d_858.html [Accessed Day Month Year].</div>
</td><td id="rightcol" valign="top"><div class="ad-label">Advertisement</div><div id="div-right" style="width:300px;height:600px"></div></td></tr></table>
<div id="footer"><a href="/about.html">About the Almanac</a> | <a href="/privacy.html">Privacy</a> | <a href="/contact.html">Contact</a>
<br>Almanac - Resources, Tools and Basic Information for Engineering and Design of Technical Applications!</div></div></body></html>`;
const almanac: TestPage = {
  name: 'heldout338-engineers-almanac-reference-table-docs',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(['Thermal conductivity of common metals and alloys.', ...tIntro, ...cells(tTable), ...tNotes, ...tExample]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    "The Engineer's Almanac", 'Translate', 'Sponsored Links', 'Resources, Tools and Basic Information for Engineering and Design of Technical Applications!',
    'Acoustics', 'Air Psychrometrics', 'Basics', 'Combustion', 'Fluid Mechanics', 'Materials and Solids',
    'This site uses cookies from Google to deliver its services and to analyze traffic.', 'Learn more', 'Got it!', 'Advertisement', 'Unit Converter',
    'Quantity', 'Unit in', 'Calculate', 'Related Topics', ...tTopics, 'Related Documents', ...tDocs, 'Tag Search', "Engineer's Almanac, (2018).",
    'About the Almanac', 'Privacy', 'Contact',
  ],
};

export const HELDOUT338_E: readonly TestPage[] = [hugo, almanac];
