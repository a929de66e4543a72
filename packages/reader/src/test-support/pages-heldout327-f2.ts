import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, trs } from './pages-heldout327-kit.js';

/**
 * Held-out batch 327, file f2: a translators' style guide on Sphinx with the Read the Docs theme (the side navigation with its
 * search box, version and captions, the breadcrumbs with "View page source", headerlinks, a note admonition, a terminology table,
 * the previous / next buttons, the copyright and "Last updated" line, "Built with Sphinx", an EthicalAds slot and the Read the
 * Docs version flyout).
 */
const sTitle = 'Swedish style guide';
const sIntro = [
  j(
    'This guide applies to all Swedish translations delivered to Brightwell clients, unless the client has supplied its own style',
    'guide. Where the two disagree, the client guide wins. Read it together with the general guide for all Nordic languages.',
  ),
];
const sTone = [
  j(
    'Address the reader as <em>du</em>. The formal <em>ni</em> sounds old-fashioned or even cold in most modern Swedish texts, and',
    'clients have asked us to remove it in almost every review since 2019.',
  ),
  j(
    'Prefer short sentences and active verbs. Where the English source uses a passive, consider whether Swedish would name the',
    'actor: <em>Vi skickar en bekräftelse</em> reads better than <em>En bekräftelse skickas</em>.',
  ),
];
const sNote = [
  j(
    'Healthcare and banking clients are the exception. For those, check the project brief before choosing a form of address, and ask',
    'the project manager if the brief is silent.',
  ),
];
const sNum = ['Follow these conventions for numbers, dates and units:'];
const sNumList = [
  'Use a comma as the decimal separator and a non-breaking space between thousands: 12 500,75.',
  'Write dates as 27 februari 2026 in running text, and as 2026-02-27 in tables and forms.',
  'Use the 24-hour clock with a full stop: kl. 14.30.',
  'Put a space between a number and its unit, including the percent sign: 25 %.',
];
const sPunct = [
  j(
    'Swedish uses the same quotation mark to open and close a quotation: ”så här”. Do not copy the English curly quotes or the',
    'German low-high pair from the source.',
  ),
  j(
    'Do not capitalise the words of headings, titles or button labels after the first word, even when the English source does.',
    '<em>Save Your Changes</em> becomes <em>Spara dina ändringar</em>.',
  ),
  j(
    'Avoid the English possessive apostrophe in product names. Swedish adds the genitive s directly, without an apostrophe, so the',
    "settings page of a product called Ledger is <em>Ledgers inställningar</em>, not <em>Ledger's inställningar</em>.",
  ),
];
const sTermIntro = ['The following terms are fixed across all software projects. Add new terms through the terminology request form, not in the file.'];
const sTerms: readonly (readonly string[])[] = [
  ['sign in', 'logga in', 'logga på'],
  ['settings', 'inställningar', 'preferenser'],
  ['download', 'ladda ned', 'ladda hem'],
  ['email', 'e-post', 'mejl, e-mail'],
];
const sSide = ['General guidance', 'Danish style guide', 'Finnish style guide', 'Norwegian style guide', 'Swedish style guide', 'Icelandic style guide'];
const sTools = ['Terminology requests', 'QA checklist'];
const hl = (id: string): string => `<a class="headerlink" href="#${id}" title="Link to this heading"></a>`;
const sHtml = `<!DOCTYPE html><html class="writer-html5" lang="en" data-content_root="./"><head><meta charset="utf-8" /><meta name="viewport"
content="width=device-width, initial-scale=1.0" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Swedish style guide &mdash; Brightwell Style Guides 2.4 documentation</title>
<link rel="stylesheet" type="text/css" href="_static/pygments.css?v=80d5e7a1" /><link rel="stylesheet" type="text/css"
href="_static/css/theme.css?v=e59714d7" />
<script src="_static/jquery.js?v=5d32c60e"></script><script src="_static/documentation_options.js?v=7f41d439"></script>
<script src="_static/doctools.js?v=9bcbadda">
</script><script src="_static/js/theme.js"></script><link rel="index" title="Index" href="genindex.html" /><link rel="search" title="Search"
href="search.html" />
<link rel="next" title="Icelandic style guide" href="icelandic.html" /><link rel="prev" title="Norwegian style guide" href="norwegian.html" />
<script async type="text/javascript" src="/_/static/javascript/readthedocs-addons.js"></script><meta name="readthedocs-project-slug"
content="brightwell-style" />
<meta name="readthedocs-version-slug" content="latest" /></head>
<body class="wy-body-for-nav"><div class="wy-grid-for-nav"><nav data-toggle="wy-nav-shift" class="wy-nav-side"><div class="wy-side-scroll"><div
class="wy-side-nav-search"><a href="index.html" class="icon icon-home">Brightwell Style Guides</a><div class="version">2.4</div><div role="search"><form
id="rtd-search-form" class="wy-form" action="search.html" method="get"><input type="text" name="q" placeholder="Search docs" aria-label="Search docs" /></form>
</div></div><div class="wy-menu wy-menu-vertical" data-spy="affix" role="navigation" aria-label="Navigation menu"><p class="caption" role="heading"><span
class="caption-text">Languages</span></p><ul class="current">${links(sSide, 'toctree-l1')}</ul><p class="caption" role="heading"><span
class="caption-text">Tools</span></p><ul>${links(sTools, 'toctree-l1')}</ul></div>
<div id="ethical-ad-placement" class="ethical-sidebar" data-ea-publisher="readthedocs"><div class="ea-content"><a href="#" rel="nofollow sponsored">Sponsored:
Translation memory that lives in your repository. Try it free for 30 days.</a><div class="ea-callout"><a href="#"
rel="nofollow">Ads by EthicalAds</a></div></div>
</div></div></nav>
<section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><nav class="wy-nav-top" aria-label="Mobile navigation menu"><i data-toggle="wy-nav-top"
class="fa fa-bars"></i><a href="index.html">Brightwell Style Guides</a></nav><div class="wy-nav-content"><div class="rst-content">
<div role="navigation" aria-label="Page navigation"><ul class="wy-breadcrumbs"><li><a href="index.html" class="icon icon-home" aria-label="Home"></a></li><li
class="breadcrumb-item active">Swedish style guide</li><li class="wy-breadcrumbs-aside"><a href="_sources/swedish.rst.txt" rel="nofollow">View page
source</a></li></ul><hr/></div>
<div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article"><div itemprop="articleBody">
<section id="swedish-style-guide"><h1>${sTitle}${hl('swedish-style-guide')}</h1>
${ps(sIntro)}
<section id="tone-and-address"><h2>Tone and address${hl('tone-and-address')}</h2>
${ps(sTone)}
<div class="admonition note"><p class="admonition-title">Note</p>
${ps(sNote)}
</div></section>
<section id="numbers-dates-and-units"><h2>Numbers, dates and units${hl('numbers-dates-and-units')}</h2>
${ps(sNum)}
<ul class="simple">${lis(sNumList)}</ul></section>
<section id="punctuation-and-capitals"><h2>Punctuation and capitals${hl('punctuation-and-capitals')}</h2>
${ps(sPunct)}
</section>
<section id="fixed-terminology"><h2>Fixed terminology${hl('fixed-terminology')}</h2>
${ps(sTermIntro)}
<table class="docutils align-default"><thead><tr class="row-odd"><th class="head"><p>English</p></th><th class="head"><p>Swedish</p></th><th class="head"><p>Do
not use</p></th></tr></thead><tbody>
${trs(sTerms)}
</tbody></table></section></section>
</div></div>
<footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer"><a href="norwegian.html" class="btn btn-neutral float-left" title="Norwegian style
guide" accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left" aria-hidden="true"></span> Previous</a><a href="icelandic.html" class="btn btn-neutral
float-right" title="Icelandic style guide" accesskey="n" rel="next">Next <span class="fa fa-arrow-circle-right" aria-hidden="true"></span></a></div><hr/>
<div role="contentinfo"><p>&#169; Copyright 2026, Brightwell Localization AB.</p><p><span class="lastupdated">Last updated on Feb 27, 2026.</span></p></div>
Built with <a href="https://www.sphinx-doc.org/">Sphinx</a> using a <a href="https://github.com/readthedocs/sphinx_rtd_theme">theme</a> provided by <a
href="https://readthedocs.org">Read the Docs</a>.</footer></div></div></section></div>
<div class="rst-versions" data-toggle="rst-versions" role="note" aria-label="Versions"><span class="rst-current-version" data-toggle="rst-current-version"><span
class="fa fa-book"> Read the Docs</span> v: latest <span class="fa fa-caret-down"></span></span></div>
<script>jQuery(function () { SphinxRtdTheme.Navigation.enable(true); });</script></body></html>`;
export const styleGuide: TestPage = {
  name: 'heldout327-sphinx-rtd-style-guide-docs',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Tone and address', 'Numbers, dates and units', 'Punctuation and capitals', 'Fixed terminology'],
  body: texts([...sIntro, ...sTone, ...sNote, ...sNum, ...sNumList, ...sPunct, ...sTermIntro, ...sTerms.flat()]),
  bylines: ['Last updated on Feb 27, 2026.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brightwell Style Guides', 'Languages', ...sSide.filter((s) => s !== sTitle), 'Tools', ...sTools,
    'Sponsored: Translation memory that lives in your repository. Try it free for 30 days.', 'Ads by EthicalAds', '2.4', 'View page source', 'Previous', 'Next',
    '© Copyright 2026, Brightwell Localization AB.', 'Built with Sphinx using a theme provided by Read the Docs.', 'Read the Docs', 'v: latest',
  ],
};
