import { type TestPage, texts } from './page-kit.js';
import { fuAnnounce, fuBottom, fuSymbols, fuTop, fuTree, wrapSource as rst } from './pages-heldout37-f2.js';
import { quartoArticle } from './pages-heldout37-f3.js';

/**
 * Held-out batch 37, file f: a tutorial page of a Python library's documentation, built with Sphinx and the Furo theme (chrome
 * in file f2), its text wrapped in the HTML source where the reStructuredText source wraps it: nested sections with "¶"
 * header links, console and TOML code blocks (one with a caption), inline literals split into `pre` spans, a download link, a
 * "Note" and a "Tip" admonition, and the toctree, "On this page", related pages and "Last updated on" around it.
 */
const lit = (t: string): string =>
  `<code class="docutils literal notranslate">${t
    .split(' ')
    .map((w) => `<span class="pre">${w}</span>`)
    .join(' ')}</code>`;
const fuTitle = 'Validating your first file';
const fuP1 = [
  'In this tutorial you will write a schema for a small CSV file of weather station readings, check the file against it, and read ' +
    'the report that ferret produces. It takes fifteen minutes or so and assumes you have used Python before, but not ferret.',
  'By the end you will know how to describe columns and their types, how to add simple rules, and where to look when a check fails.',
];
const fuH1 = 'Installing ferret';
const fuP2 = [
  'ferret needs Python 3.10 or newer. Install it into a fresh virtual environment with pip:',
  'Check that the command-line tool is on your path by asking for its version:',
];
const fuNote = 'If you use conda, ferret is also published on conda-forge. The commands in the rest of this tutorial are the same either way.';
const fuH2 = 'Describing the data';
const fuP3 = [
  'Download <a class="reference download internal" download="" href="../_downloads/4f1c/readings.csv"><code class="xref download docutils ' +
    'literal notranslate"><span class="pre">readings.csv</span></code></a> and save it in an empty folder. It has four columns: a station ' +
    'identifier, a timestamp, a temperature in degrees Celsius and a relative humidity percentage.',
  `A ferret schema is a TOML file with one table per column. Create a file called ${lit('readings.schema.toml')} next to the data:`,
  'Each column has a type, and may have extra rules. Here the temperature must fall between −60 and 60, and the humidity between ' + '0 and 100.',
];
const fuH3 = 'Running the check';
const fuP4 = [
  'Now run the check, passing the data file and the schema:',
  'ferret reads the file row by row, so it works the same way on a ten-line sample and a ten-gigabyte export. On this file it ' +
    'should finish in well under a second.',
];
const fuH4 = 'Reading the report';
const fuP5 = [
  'The sample file contains two deliberate mistakes, and the report lists both:',
  'Each problem names the row, the column, the value that failed and the rule it broke. Row numbers count the header as row 1, so ' +
    'they match what you see when you open the file in a spreadsheet.',
];
const fuTip = `Add ${lit('--format json')} to get the same report as machine-readable output, which is handy in continuous integration.`;
const fuH5 = 'Next steps';
const fuP6 = [
  'You have written a schema, run a check and read its report. From here, the <a class="reference internal" href="../howto/index.html">' +
    '<span class="doc">how-to guides</span></a> cover checking many files at once and writing your own rules, and the <a class=' +
    '"reference internal" href="../reference/types.html"><span class="doc">column type reference</span></a> lists every type ferret knows.',
];
const p = (h: string): string => `<p>${rst(h)}</p>`;
const gp = (cmd: string): string =>
  `<span class="gp">$ </span>${cmd
    .split(' ')
    .map((w) => (w.startsWith('-') ? `<span class="o">${w}</span>` : w))
    .join('<span class="w"> </span>')}`;
const console1 = (lines: string): string =>
  `<div class="highlight-console notranslate"><div class="highlight"><pre><span></span>${lines}\n</pre></div>\n</div>`;
const sec = (id: string, n: number, t: string): string =>
  `<section id="${id}">\n<h${n}>${t}<a class="headerlink" href="#${id}" title="Link to this heading">¶</a></h${n}>`;
const adm = (kind: string, label: string, body: string): string =>
  `<div class="admonition ${kind}">\n<p class="admonition-title">${label}</p>\n${p(body)}\n</div>`;
const toml = `<div class="literal-block-wrapper docutils container" id="id1">
<div class="code-block-caption"><span class="caption-text">readings.schema.toml</span><a class="headerlink" href="#id1" \
title="Link to this code">¶</a></div>
<div class="highlight-toml notranslate"><div class="highlight"><pre><span></span><span class="k">[station]</span>
<span class="n">type</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="s2">"string"</span>

<span class="k">[temperature]</span>
<span class="n">type</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="s2">"float"</span>
<span class="n">between</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="p">[</span><span class="mi">-60</span>\
<span class="p">,</span><span class="w"> </span><span class="mi">60</span><span class="p">]</span>
</pre></div>
</div>
</div>`;
const ids = ['installing-ferret', 'describing-the-data', 'running-the-check', 'reading-the-report', 'next-steps'];
const heads = [fuH1, fuH2, fuH3, fuH4, fuH5];
const fuToc = `<ul>
<li><a class="reference internal" href="#">${fuTitle}</a><ul>
${ids.map((id, i) => `<li><a class="reference internal" href="#${id}">${heads[i]}</a></li>`).join('\n')}
</ul>
</li>
</ul>
`;
const fuHtml = `${fuTop(fuTitle)}${sec('validating-your-first-file', 1, fuTitle)}
${fuP1.map(p).join('\n')}
${sec(ids[0]!, 2, fuH1)}
${p(fuP2[0]!)}
${console1(gp('python -m pip install ferret'))}
${p(fuP2[1]!)}
${console1(`${gp('ferret --version')}\n<span class="go">ferret 2.4.1</span>`)}
${adm('note', 'Note', fuNote)}
</section>
${sec(ids[1]!, 2, fuH2)}
${fuP3.slice(0, 2).map(p).join('\n')}
${toml}
${p(fuP3[2]!)}
</section>
${sec(ids[2]!, 2, fuH3)}
${p(fuP4[0]!)}
${console1(gp('ferret check readings.csv --schema readings.schema.toml'))}
${p(fuP4[1]!)}
</section>
${sec(ids[3]!, 2, fuH4)}
${p(fuP5[0]!)}
${console1(`<span class="go">readings.csv: 2 problems in 1,440 rows</span>
<span class="go">  row 214  temperature  71.3   not between -60 and 60</span>
<span class="go">  row 987  humidity     -4     not between 0 and 100</span>`)}
${p(fuP5[1]!)}
${adm('tip', 'Tip', fuTip)}
</section>
${sec(ids[4]!, 2, fuH5)}
${p(fuP6[0]!)}
</section>
</section>
${fuBottom(fuToc)}`;
/** Toctree texts left out of the furniture: the title again, and words of the body or headings. */
const dropped = [fuTitle, 'How-to guides', 'Reference', 'Command line'];
const furoTutorial: TestPage = {
  html: fuHtml,
  name: 'heldout37-sphinx-furo-tutorial',
  kind: 'docs',
  // the h1 is the title, the five h2s the headings; paragraphs and both admonitions are body (their "Note" / "Tip" labels in
  // neither); the console and TOML blocks and the code caption are in neither; "Last updated on" with its date is the page's
  // only dateline (a byline); the SVG sprite's <title>s, the visually hidden labels, skip link, announcement, brand, toctree
  // captions and entries, "Back to top", related pages, copyright, credits and "On this page" (entries are the headings again:
  // in neither) are furniture; the current toctree entry is the title again, and "How-to guides", "Reference", "Command line"
  // and the related link's "Next" are words of the body or headings: left out
  title: fuTitle,
  headings: [fuH1, fuH2, fuH3, fuH4, fuH5],
  body: [
    ...texts(fuP1),
    ...texts([fuP2[0]!]),
    ...texts([fuP2[1]!]),
    fuNote,
    ...texts(fuP3),
    ...texts(fuP4),
    ...texts([fuP5[0]!]),
    ...texts([fuP5[1]!]),
    ...texts([fuTip]),
    ...texts(fuP6),
  ],
  bylines: ['Last updated on Apr 02, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fuSymbols, 'Hide navigation sidebar', 'Hide table of contents sidebar', 'Skip to content', texts([fuAnnounce])[0]!,
    'Toggle site navigation sidebar', 'ferret 2.4 documentation', 'Toggle Light / Dark / Auto color theme', 'Toggle table of contents sidebar',
    ...fuTree.flatMap(([c, items]) => [c, ...items]).filter((t) => !dropped.includes(t)), 'Back to top', 'View this page', 'Edit this page',
    'Previous', 'Home', 'Copyright © 2025, The ferret developers', "Made with Sphinx and @pradyunsg's Furo", 'On this page',
  ],
};

export const HELDOUT37_F: readonly TestPage[] = [furoTutorial, quartoArticle];
