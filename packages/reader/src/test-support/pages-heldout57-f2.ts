import { type TestPage, texts } from './page-kit.js';
import { npFoot, npPage } from './pages-heldout57-f3.js';

/**
 * Held-out batch 57, file f2: a NumPy API reference page on the PyData Sphinx Theme 0.16 (the article and its gold; the theme's
 * frame, from the skip link, back-to-top button, search dialog and version-warning banner through the navbar, section
 * navigation, breadcrumbs, prev / next footer and "On this page" rail to the footer, is in file f3): the h1 with its "#"
 * headerlink, the `dt` signature with "[source]", the description, versionadded note, numpydoc field lists for Parameters,
 * Returns and Raises, the "See also" admonition, the Notes and Examples rubrics and doctest blocks.
 */
const npTitle = 'numpy.runs';
const c = (s: string): string =>
  `<code class="docutils literal notranslate">${s
    .split(' ')
    .map((w) => `<span class="pre">${w}</span>`)
    .join(' ')}</code>`;
const npDesc = [
  'Find runs of repeated values along an axis.',
  `A run is a maximal sequence of consecutive equal elements. For each run, ${c('runs')} returns the index at which it starts, its ` +
    `length, and the repeated value. Runs are found independently in each 1-D slice along ${c('axis')}, so the results for a 2-D ` +
    'array have one entry per row or per column.',
];
const npAdded = 'Added in version 2.3.0.';
/** Field lists: label, then parameter term (name, classifier) and its description. */
const npFields: [string, [string, string, string][]][] = [
  [
    'Parameters',
    [
      ['a', 'array_like', 'Input array.'],
      ['axis', 'int or None, optional', `Axis along which to find runs. If None (default), the array is flattened first.`],
      [
        'equal_nan',
        'bool, optional',
        'If True, consecutive NaN values are treated as one run. If False (default), every NaN starts a new run of length 1, because ' +
          'NaN does not compare equal to itself.',
      ],
    ],
  ],
  [
    'Returns',
    [
      ['starts', 'ndarray of intp', 'Index of the first element of each run.'],
      ['lengths', 'ndarray of intp', `Number of elements in each run. The lengths sum to the size of the input along ${c('axis')}.`],
      ['values', 'ndarray', `The repeated value of each run, with the same dtype as ${c('a')}.`],
    ],
  ],
  ['Raises', [['AxisError', '', `If ${c('axis')} is not a valid axis of ${c('a')}.`]]],
];
const npSee: [string, string][] = [
  ['unique', 'Find the unique elements of an array.'],
  ['diff', 'Calculate the n-th discrete difference along the given axis.'],
  ['repeat', 'Repeat each element of an array; with values and lengths it rebuilds the input.'],
];
const npNotes = [
  `The implementation compares each element with its neighbour once, so its cost is linear in the size of the input. No sorting ` +
    `is done, which distinguishes runs from ${c('unique')}: equal values that are not adjacent form separate runs.`,
  `For an axis of length zero, all three outputs are empty. For a multi-dimensional input with ${c('axis=None')}, the positions in ` +
    `${c('starts')} refer to the flattened array.`,
  `To rebuild the input from the outputs, use ${c('np.repeat(values, lengths)')}.`,
  'Runs are a common first step in run-length encoding, in finding plateaus in sensor data, and in grouping sorted keys. For sorted ' +
    `input, ${c('runs')} gives the same groups as ${c('unique')} with ${c('return_counts=True')}, without sorting the data again.`,
];
const npEx = ['Runs in a 1-D array:', `NaN values start a new run unless ${c('equal_nan')} is set:`, 'Runs along the rows of a 2-D array:'];
const gp = (s: string): string => `<span class="gp">${s}</span>`;
const npDoctest = (lines: [string, string][]): string =>
  '<div class="doctest highlight-default notranslate"><div class="highlight"><pre><span></span>' +
  lines.map(([code, out]) => `${gp('&gt;&gt;&gt; ')}${code}\n${out === '' ? '' : `<span class="go">${out}</span>\n`}`).join('') +
  '</pre></div>\n</div>';
const npExCode = [
  npDoctest([
    ['<span class="kn">import</span> <span class="nn">numpy</span> <span class="k">as</span> <span class="nn">np</span>', ''],
    [
      '<span class="n">a</span> <span class="o">=</span> <span class="n">np</span><span class="o">.</span><span class="n">array</span>([1, 1, 2, 2, 2, 3, 1])',
      '',
    ],
    [
      '<span class="n">np</span><span class="o">.</span><span class="n">runs</span>(<span class="n">a</span>)',
      '(array([0, 2, 5, 6]), array([2, 3, 1, 1]), array([1, 2, 3, 1]))',
    ],
  ]),
  npDoctest([
    [
      '<span class="n">b</span> <span class="o">=</span> <span class="n">np</span><span class="o">.</span><span class="n">array</span>' +
        '([0., np.nan, np.nan, 0.])',
      '',
    ],
    ['np.runs(b)[1]', 'array([1, 1, 1, 1])'],
    ['np.runs(b, equal_nan=<span class="kc">True</span>)[1]', 'array([1, 2, 1])'],
  ]),
  npDoctest([['np.runs(np.array([[5, 5, 7], [8, 9, 9]]), axis=1)[1]', '[array([2, 1]), array([1, 2])]']]),
];
const npSig =
  '<dt class="sig sig-object py" id="numpy.runs">\n<span class="sig-prename descclassname"><span class="pre">numpy.</span></span><span ' +
  'class="sig-name descname"><span class="pre">runs</span></span><span class="sig-paren">(</span><em class="sig-param"><span ' +
  'class="n"><span class="pre">a</span></span></em>, <em class="sig-param"><span class="n"><span class="pre">axis</span></span><span ' +
  'class="o"><span class="pre">=</span></span><span class="default_value"><span class="pre">None</span></span></em>, <em ' +
  'class="sig-param"><span class="o"><span class="pre">*</span></span></em>, <em class="sig-param"><span class="n"><span ' +
  'class="pre">equal_nan</span></span><span class="o"><span class="pre">=</span></span><span class="default_value"><span ' +
  'class="pre">False</span></span></em><span class="sig-paren">)</span><a class="reference external" ' +
  'href="https://github.com/numpy/numpy/blob/v2.3.0/numpy/lib/_arraysetops_impl.py#L1290-L1386"><span class="viewcode-link"><span ' +
  'class="pre">[source]</span></span></a><a class="headerlink" href="#numpy.runs" title="Link to this definition">#</a></dt>';
const npErr = (name: string): string => `<a class="reference internal" href="numpy.exceptions.AxisError.html"><span class="xref py py-obj">${name}</span></a>`;
const npFieldHtml = ([label, items]: [string, [string, string, string][]], i: number): string =>
  `<dt class="field-${i % 2 === 0 ? 'odd' : 'even'}">${label}<span class="colon">:</span></dt>\n<dd class="field-${i % 2 === 0 ? 'odd' : 'even'}"><dl>\n` +
  items
    .map(
      ([name, cls, d]) =>
        `<dt>${label === 'Raises' ? npErr(name) : `<strong>${name}</strong>`}` +
        `${cls === '' ? '' : `<span class="classifier">${cls}</span>`}</dt><dd><p>${d}</p>\n</dd>`,
    )
    .join('\n') +
  '\n</dl>\n</dd>';
const npArticle = `<section id="numpy-runs">
<h1>numpy.runs<a class="headerlink" href="#numpy-runs" title="Link to this heading">#</a></h1>
<dl class="py function">
${npSig}
<dd>${npDesc.map((p) => `<p>${p}</p>`).join('\n')}
<div class="versionadded">
<p><span class="versionmodified added">${npAdded}</span></p>
</div>
<dl class="field-list simple">
${npFields.map(npFieldHtml).join('\n')}
</dl>
<div class="admonition seealso">
<p class="admonition-title">See also</p>
<dl class="simple">
${npSee
  .map(
    ([n, d]) => `<dt><a class="reference internal" href="numpy.${n}.html#numpy.${n}" title="numpy.${n}"><code class="xref py py-obj docutils literal \
notranslate"><span class="pre">${n}</span></code></a></dt><dd><p>${d}</p>\n</dd>`,
  )
  .join('\n')}
</dl>
</div>
<p class="rubric">Notes</p>
${npNotes.map((p) => `<p>${p}</p>`).join('\n')}
<p class="rubric">Examples</p>
${npEx.map((p, i) => `<p>${p}</p>\n${npExCode[i]}`).join('\n')}
</dd></dl>
</section>`;
export const numpyApiPage: TestPage = {
  html: npPage(npArticle),
  name: 'heldout57-numpy-api-reference',
  kind: 'docs',
  // the h1 is the title; the page has no heading elements below it, but its numpydoc field labels (Parameters, Returns, Raises)
  // and the Notes and Examples rubrics are its section heads: headings; the description, "Added in version", each field's
  // description, the notes and the lead-ins of the examples are body; the `dt` signature, the parameter terms (name and type),
  // and the doctests are in neither; "[source]" is the source link and the "See also" admonition a see-also list: furniture
  // with its entries, less "unique" and "repeat", words of the body; the theme's frame (file f3) is furniture, less the "On
  // this page" entry "runs()"; the page shows no byline
  title: npTitle,
  headings: ['Parameters', 'Returns', 'Raises', 'Notes', 'Examples'],
  body: texts([...npDesc, npAdded, ...npFields.flatMap(([, items]) => items.map(([, , d]) => d)), ...npNotes, ...npEx]),
  bylines: [],
  furniture: ['[source]', 'See also', 'diff', ...npSee.map(([, d]) => d), ...npFoot.filter((t) => t !== 'runs()')],
};
