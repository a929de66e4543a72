import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 57, file e2: an R documentation page on rdrr.io (Semantic UI: the AdSense loader and JSON-LD breadcrumbs in the
 * head, the fixed top menu with search, the breadcrumb trail, the h1 and the package sub-header, the Rd sections as h2s with
 * the arguments table, usage and examples code, "Example output", the "Try the package in your browser" runner, the "built
 * on" line, ad slots, the right rail with related pages, browse links and the feedback form, and the embedding modal).
 */
const rdTitle = 'smooth_tides: Remove the tidal signal from a water-level series';
const rdH = ['Description', 'Usage', 'Arguments', 'Details', 'Value', 'References', 'Examples'];
const rdDesc =
  'Separates the astronomical tide from a series of hourly water levels and returns the residual, which contains the storm surge, ' +
  'seiches and other non-tidal effects. Three filters are available: the Doodson X0 filter, the Godin filter, and subtraction of a ' +
  'harmonic fit.';
const rdArgs: [string, string][] = [
  ['x', 'A <code>tg_series</code> object, or a numeric vector of hourly water levels in metres.'],
  ['method', 'The filter to use. One of <code>"doodson"</code> (the default), <code>"godin"</code> or <code>"harmonic"</code>; see Details.'],
  [
    'na_max',
    'The largest number of consecutive missing values that is filled by linear interpolation before filtering. Longer gaps are ' +
      'left as <code>NA</code> in the result.',
  ],
  ['...', 'Further arguments passed to <code><a href="/cran/tidegauge/man/fit_harmonics.html">fit_harmonics</a></code> when <code>method = "harmonic"</code>.'],
];
const rdDetails = [
  'The Doodson and Godin filters are moving averages designed to remove the main diurnal and semi-diurnal constituents. They need ' +
    'no prior knowledge of the site, but each loses about a day of data at both ends of the series, where the result is <code>NA</code>.',
  'The harmonic method fits the tidal constituents with <code><a href="/cran/tidegauge/man/fit_harmonics.html">fit_harmonics</a></code> ' +
    'and subtracts the predicted tide. It keeps the full length of the series and removes the tide more completely, but it needs at ' +
    'least 29 days of data for a reliable fit and assumes that the constituents do not change during the record.',
  'For records shorter than 29 days the Godin filter is usually the better choice, because a harmonic fit cannot separate ' +
    'constituents that are close in frequency over such a short span.',
  'Series that are not hourly are resampled to hourly values first, with a warning.',
];
const rdValue =
  'A <code>tg_series</code> object of the same length as <code>x</code> holding the non-tidal residual, with the attribute ' +
  '<code>"method"</code> set to the filter used.';
const rdRefs = [
  'Lindqvist, H. and Amari, T. (2019). A comparison of tidal filters for surge analysis. <em>Journal of Coastal Records</em>, 12(3), 201–219.',
  'Okafor, B. (2022). Filling gaps in tide-gauge records. <em>Ocean Data Notes</em>, 7, 44–58.',
];
const rdSee = ['fit_harmonics', 'read_gauge', 'plot.tg_series'];
const rdRelated = ['tidegauge index', 'README.md', 'fit_harmonics', 'read_gauge', 'plot.tg_series', 'newlyn_2024', 'surge_events'];
const rdBrowse = ['CRAN packages', 'Bioconductor packages', 'R-Forge packages', 'GitHub packages'];
const rdDocs = ['rdrr.io home', 'R language documentation', 'Run R code online'];
const rdImprove = ['The page or its content looks wrong', "I can't find what I'm looking for", 'I have a suggestion', 'Other'];
const rdFeedback = "Note that we can't provide technical support on individual packages. You should contact the package authors for that.";
const rdMenu = ['Find an R package', 'R language docs', 'Run R in your browser'];
const rdAd = `<div class="ui basic segment ad-slot"><ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-6535703173049909" \
data-ad-slot="8231492317" data-ad-format="auto" data-full-width-responsive="true"></ins>
<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>`;
const rdUsage = `<pre><code class="r">smooth_tides(x, method = c(<span class="hljs-string">"doodson"</span>, <span class="hljs-string">"godin"</span>, \
<span class="hljs-string">"harmonic"</span>), na_max = <span class="hljs-number">3</span>, ...)</code></pre>`;
const rdExample = `<pre><code class="r">library(tidegauge)
lvl &lt;- read_gauge(system.file(<span class="hljs-string">"extdata"</span>, <span class="hljs-string">"newlyn_2024.csv"</span>, package = \
<span class="hljs-string">"tidegauge"</span>))
res &lt;- smooth_tides(lvl, method = <span class="hljs-string">"godin"</span>)
summary(res)</code></pre>`;
const rdOutput = `<pre class="r-output"><code>    Min.  1st Qu.   Median     Mean  3rd Qu.     Max.     NA's
-0.41200 -0.07310  0.00420  0.00390  0.08150  0.93800       48 </code></pre>`;
const rdHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta content="IE=edge" http-equiv="X-UA-Compatible"><meta content="width=device-width, \
initial-scale=1" name="viewport"><title>${rdTitle} in tidegauge: Tools for Coastal Water-Level Records</title>
<meta name="description" content="${rdDesc}"><link rel="canonical" href="https://rdrr.io/cran/tidegauge/man/smooth_tides.html">
<link href="https://rdrr.io/static/semantic/dist/semantic.min.css" rel="stylesheet"><link href="/static/css/main.css" rel="stylesheet">
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-6535703173049909" crossorigin="anonymous"></script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,\
"item":{"@id":"https://rdrr.io/","name":"rdrr.io"}},{"@type":"ListItem","position":2,"item":{"@id":"https://rdrr.io/cran/","name":"CRAN"}},\
{"@type":"ListItem","position":3,"item":{"@id":"https://rdrr.io/cran/tidegauge/","name":"tidegauge"}},{"@type":"ListItem","position":4,\
"item":{"@id":"https://rdrr.io/cran/tidegauge/man/smooth_tides.html","name":"smooth_tides"}}]}</script>
</head><body>
<div class="ui fixed inverted menu"><div class="ui container"><a class="header item" href="/"><img class="logo" src="/static/images/rdrr-logo.svg" \
alt="">rdrr.io</a>${rdMenu.map((m, i) => `<a class="item" href="/${['find', 'r', 'snippets'][i]}/">${m}</a>`).join('')}<div class="right menu">
<form class="ui category search item" action="/search"><div class="ui transparent icon input"><input class="prompt" name="q" placeholder="Search..." \
type="text"><i class="search link icon"></i></div></form></div></div></div>
<div class="ui main container"><div class="ui grid"><div class="twelve wide computer sixteen wide mobile column">
<div class="ui breadcrumb"><a class="section" href="/">home</a><span class="divider">/</span><a class="section" href="/cran/">cran</a><span \
class="divider">/</span><a class="section" href="/cran/tidegauge/">tidegauge</a><span class="divider">/</span><a class="section" \
href="/cran/tidegauge/man/">man</a><span class="divider">/</span><div class="active section">smooth_tides.Rd</div></div>
<h1 class="ui header">${rdTitle}</h1>
<div class="ui sub header"><a href="/cran/tidegauge/">In tidegauge: Tools for Coastal Water-Level Records</a></div>
<div class="ui divider"></div>
${rdAd}
<h2 id="description">${rdH[0]}</h2>
<p>${rdDesc}</p>
<h2 id="usage">${rdH[1]}</h2>
${rdUsage}
<h2 id="arguments">${rdH[2]}</h2>
<table class="ui table"><tbody>
${rdArgs.map(([n, d]) => `<tr><td><code>${n}</code></td>\n<td><p>${d}</p></td></tr>`).join('\n')}
</tbody></table>
<h2 id="details">${rdH[3]}</h2>
${rdDetails.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="value">${rdH[4]}</h2>
<p>${rdValue}</p>
<h2 id="references">${rdH[5]}</h2>
${rdRefs.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="author">Author(s)</h2>
<p>Maren Østby &lt;maren.ostby@example.no&gt;</p>
<h2 id="see-also">See Also</h2>
<p>${rdSee.map((s) => `<code><a href="/cran/tidegauge/man/${s}.html">${s}</a></code>`).join(', ')}</p>
<h2 id="examples">${rdH[6]}</h2>
${rdExample}
<div class="ui top attached tabular menu"><a class="item active" data-tab="output">Example output</a></div>
<div class="ui bottom attached tab segment active" data-tab="output">${rdOutput}</div>
<div class="ui segment run-box"><h3 class="ui header">Try the tidegauge package in your browser</h3>
<textarea class="snippet-code" rows="4">library(tidegauge)\n\nhelp(smooth_tides)</textarea>
<button class="ui primary button run-button">Run</button>
<p class="ui small text">Any scripts or data that you put into this service are public.</p></div>
<p class="built-on">tidegauge documentation built on Nov. 3, 2025, 5:08 p.m.</p>
${rdAd}
</div>
<div class="four wide computer sixteen wide mobile column rail">
<div class="ui segment"><h4 class="ui header">Related to smooth_tides in tidegauge...</h4><div class="ui list">${links(rdRelated)}</div></div>
<div class="ui segment"><h4 class="ui header">R Package Documentation</h4><div class="ui list">${links(rdDocs)}</div></div>
<div class="ui segment"><h4 class="ui header">Browse R Packages</h4><div class="ui list">${links(rdBrowse)}</div></div>
<div class="ui segment feedback"><h4 class="ui header">We want your feedback!</h4><p>${rdFeedback}</p>
<div class="ui list"><a class="item" href="https://twitter.com/rdrrHQ">Tweet to @rdrrHQ</a><a class="item" \
href="https://github.com/rdrr-io/rdrr-issues/issues">GitHub issue tracker</a></div>
<form class="ui form" action="/feedback" method="post"><div class="grouped fields"><label>What can we improve?</label>
${rdImprove.map((o) => `<div class="field"><div class="ui radio checkbox"><input type="radio" name="reason"><label>${o}</label></div></div>`).join('\n')}
</div><div class="field"><label>Extra info (optional)</label><textarea rows="2"></textarea></div>
<button class="ui button" type="submit">Submit</button></form></div>
</div></div></div>
<div class="ui modal embed-modal"><div class="header">Embedding an R snippet on your website</div><div class="content">
<p>Add the following code to your website.</p>
<textarea readonly>&lt;iframe width="100%" height="400" src="https://rdrr.io/snippets/embed/?code=help(smooth_tides)" \
frameborder="0"&gt;&lt;/iframe&gt;</textarea><p>For more information on customizing the embed code, read <a href="/snippets/">Embedding Snippets</a>.</p>
</div><div class="actions"><div class="ui button cancel">Close</div></div></div>
<script src="/static/js/jquery.min.js"></script><script src="/static/semantic/dist/semantic.min.js"></script><script src="/static/js/main.js"></script>
</body></html>`;
export const rdrrPage: TestPage = {
  html: rdHtml,
  name: 'heldout57-rdrr-r-documentation',
  kind: 'docs',
  // the h1 (function name and Rd title) is the title; the Rd sections but "Author(s)" and "See Also" are the headings; the
  // description, argument texts (their names, code, in neither list), details, value and the references are body; usage,
  // example code and its output are in neither (the "Example output" tab is furniture); the author line and "built on" line
  // are bylines ("Author(s)" is furniture); "See Also" is a see-also list: furniture; the package sub-header, top menu, breadcrumb trail, the runner box,
  // ad slots, the rail (related pages, documentation and browse links, feedback form) and the embedding modal are furniture
  // (fit_harmonics, a word of the body, the form's "Other" and the modal's "Close" left out)
  title: rdTitle,
  headings: rdH,
  body: texts([rdDesc, ...rdArgs.map(([, d]) => d), ...rdDetails, rdValue, ...rdRefs]),
  bylines: ['Maren Østby', 'tidegauge documentation built on Nov. 3, 2025, 5:08 p.m.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'rdrr.io', ...rdMenu, 'home', 'cran', 'tidegauge', 'man', 'smooth_tides.Rd', 'In tidegauge: Tools for Coastal Water-Level Records',
    'Author(s)', 'See Also', ...rdSee.slice(1), 'Example output', 'Try the tidegauge package in your browser', 'Run',
    'Any scripts or data that you put into this service are public.', 'Related to smooth_tides in tidegauge...',
    ...rdRelated.filter((t) => t !== 'fit_harmonics'),
    'R Package Documentation', ...rdDocs, 'Browse R Packages', ...rdBrowse, 'We want your feedback!', rdFeedback, 'Tweet to @rdrrHQ',
    'GitHub issue tracker', 'What can we improve?', ...rdImprove.slice(0, 3), 'Extra info (optional)', 'Submit', 'Embedding an R snippet on your website',
    'Add the following code to your website.', 'For more information on customizing the embed code, read Embedding Snippets.',
  ],
};
