import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 57, file d2: a ruby-doc.org class page (RDoc 6 Darkfish template inside ruby-doc.org's own header with its
 * version picker: the rdoc_rel_prefix script, the navigation with Home / Pages / Classes / Methods, the search form, the table
 * of contents, Parent, Included Modules and the method quick list, the h1 "class Tally", the description with "¶ ↑" heading
 * links, the "What’s Here" lists, method details with call-seqs, "click to toggle source" and C source, a sponsor box and the
 * validator footer).
 */
const rbTitle = 'class Tally';
const rbDesc = [
  'A <code>Tally</code> counts how many times each object has been added to it. It behaves much like a <a href="Hash.html"><code>Hash</code>' +
    '</a> whose values are positive Integers, but it keeps those counts up to date for you and answers the questions usually asked of ' +
    'counts: which objects are most common, how two tallies differ, and what share of the total each object accounts for.',
  'Objects are compared with <code>eql?</code> and <code>hash</code>, exactly as <a href="Hash.html"><code>Hash</code></a> keys are, so ' +
    '<code>1</code> and <code>1.0</code> are counted separately while two equal Strings are counted together:',
];
const rbEach =
  'A <code>Tally</code> includes <a href="Enumerable.html"><code>Enumerable</code></a>; <code>each</code> yields ' +
  '<code>[object, count]</code> pairs in the order in which the objects were first added.';
const rbHere = 'What’s Here';
const rbElsewhere =
  'Class <code>Tally</code> inherits from <a href="Object.html">class Object</a> and includes <a href="Enumerable.html">module ' +
  'Enumerable</a>, which provides dozens of additional methods. Here, class <code>Tally</code> provides methods for:';
const rbGroups: [string, string[]][] = [
  ['Methods for Creating a Tally', ['<a href="#method-c-new"><code>::new</code></a>: Returns a new tally, optionally counting an enumerable.']],
  [
    'Methods for Querying',
    [
      '<a href="#method-i-5B-5D"><code>#[]</code></a>: Returns the count for an object, or zero.',
      '<a href="#method-i-most_common"><code>#most_common</code></a>: Returns objects with their counts, most common first.',
      '<a href="#method-i-total"><code>#total</code></a>: Returns the sum of all counts.',
    ],
  ],
  [
    'Methods for Changing',
    [
      '<a href="#method-i-add"><code>#add</code></a>: Adds an object one or more times.',
      '<a href="#method-i-delete"><code>#delete</code></a>: Removes an object and returns its count.',
    ],
  ],
  ['Methods for Converting', ['<a href="#method-i-to_h"><code>#to_h</code></a>: Returns a new Hash of objects and their counts.']],
];
/** Method details: id, call-seqs, description paragraphs, C function name. */
const rbMethods: [string, string[], string[], string][] = [
  [
    'c-new',
    ['new → new_tally', 'new(enum) → new_tally'],
    [
      'Returns a new <code>Tally</code>. If <code>enum</code> is given, each of its elements is added once, so <code>Tally.new(words)</code> ' +
        'counts the words in an Array.',
    ],
    'tally_initialize',
  ],
  [
    'i-5B-5D',
    ['tally[obj] → integer'],
    ['Returns the count for <code>obj</code>, or zero if <code>obj</code> has never been added. Unlike <code>Hash#[]</code>, this method never returns nil.'],
    'tally_aref',
  ],
  [
    'i-add',
    ['add(obj, count = 1) → self'],
    [
      'Adds <code>obj</code> to the tally <code>count</code> times and returns <code>self</code>. <code>count</code> must be a positive ' +
        'Integer; zero or a negative number raises ArgumentError.',
    ],
    'tally_add',
  ],
  [
    'i-delete',
    ['delete(obj) → integer'],
    ['Removes <code>obj</code> from the tally and returns the count it had, or zero if it was not present.'],
    'tally_delete',
  ],
  [
    'i-most_common',
    ['most_common → array', 'most_common(n) → array'],
    [
      'Returns an Array of <code>[obj, count]</code> pairs sorted from the highest count to the lowest. Objects with equal counts keep ' +
        'the order in which they were first added. With <code>n</code> given, returns at most <code>n</code> pairs.',
    ],
    'tally_most_common',
  ],
  ['i-to_h', ['to_h → hash'], ['Returns a new Hash that maps each object to its count. Changing the Hash does not change the tally.'], 'tally_to_h'],
  [
    'i-total',
    ['total → integer'],
    ['Returns the sum of all counts. It is the same as <code>to_h.values.sum</code>, but it is kept as a running total and takes constant time.'],
    'tally_total',
  ],
];
const rbQuick = ['::new', '#[]', '#add', '#delete', '#each', '#most_common', '#to_h', '#total'];
const rbVersions = ['Ruby 3.4', 'Ruby 3.3', 'Ruby 3.2', 'Ruby master'];
const rbTop = ['Home', 'Core', 'Std-lib', 'Downloads'];
const rbSponsor = 'Fast, searchable docs for every gem you depend on. Try it free for 30 days.';
const rid = (s: string): string => `<span class="ruby-identifier">${s}</span>`;
const rbExample = `<pre class="ruby">${rid('t')} = ${rid('Tally')}.<span class="ruby-identifier">new</span>([<span class="ruby-value">1</span>, \
<span class="ruby-value">1.0</span>, <span class="ruby-string">&#39;a&#39;</span>, <span class="ruby-string">&#39;a&#39;</span>])
${rid('t')}[<span class="ruby-value">1</span>]   <span class="ruby-comment"># =&gt; 1</span>
${rid('t')}[<span class="ruby-string">&#39;a&#39;</span>] <span class="ruby-comment"># =&gt; 2</span>
</pre>`;
const rbHeadAnchor = (id: string): string => `<span><a href="#${id}">&para;</a> <a href="#top">&uarr;</a></span>`;
const rbId = (h: string): string => `class-Tally-label-${h.replace(/’/g, '-E2-80-99').replace(/ /g, '+')}`;
const rbDetail = ([id, seqs, desc, fn]: [string, string[], string[], string], i: number): string => `      <div id="method-${id}" class="method-detail ">
        <div class="method-header">
${seqs
  .map(
    (s, j) => `          <div class="method-heading">
            <span class="method-callseq">
              ${s.replace('→', '&rarr;')}
            </span>${j === 0 ? '\n            <span class="method-click-advice">click to toggle source</span>' : ''}
          </div>`,
  )
  .join('\n')}
        </div>
        <div class="method-description">
          ${desc.map((p) => `<p>${p}</p>`).join('\n')}
          <div class="method-source-code" id="${id}-source">
            <pre>static VALUE
${fn}(${i === 0 ? 'int argc, VALUE *argv, VALUE self' : 'VALUE self, VALUE obj'})
{
    struct tally *t = get_tally(self);
    return ${i === 0 ? 'tally_init_from(t, argc, argv)' : `${fn}_m(t, obj)`};
}</pre>
          </div>
        </div>
      </div>`;
const rbHtml = `<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>class Tally - RDoc Documentation</title>
<meta name="keywords" content="ruby,class,Tally">
<meta name="description" content="class Tally: A Tally counts how many times each object has been added to it.">
<script type="text/javascript">
  var rdoc_rel_prefix = "./";
  var index_rel_prefix = "./";
</script>
<script src="./js/navigation.js" defer></script>
<script src="./js/search.js" defer></script>
<script src="./js/search_index.js" defer></script>
<script src="./js/searcher.js" defer></script>
<script src="./js/darkfish.js" defer></script>
<link href="./css/fonts.css" rel="stylesheet">
<link href="./css/rdoc.css" rel="stylesheet">
<link href="/css/ruby-doc-overrides.css" rel="stylesheet">
</head>
<body id="top" role="document" class="class">
<div id="ruby-doc-header" class="rd-header"><a class="rd-header__home" href="/">ruby-doc.org</a>
<ul class="rd-header__nav">${rbTop.map((t) => `<li><a href="/${t.toLowerCase()}">${t}</a></li>`).join('')}</ul>
<label class="rd-header__version">Version <select onchange="location.href=this.value">${rbVersions
  .map((v, i) => `<option value="/${v.slice(5)}/Tally.html"${i === 0 ? ' selected' : ''}>${v}</option>`)
  .join('')}</select></label></div>
<nav role="navigation">
  <div id="project-navigation">
    <div id="home-section" role="region" title="Quick navigation" class="nav-section">
  <h2>
    <a href="./index.html" rel="home">Home</a>
  </h2>
  <div id="table-of-contents-navigation">
    <a href="./table_of_contents.html#pages">Pages</a>
    <a href="./table_of_contents.html#classes">Classes</a>
    <a href="./table_of_contents.html#methods">Methods</a>
  </div>
</div>
    <div id="search-section" role="search" class="project-section initially-hidden">
  <form action="#" method="get" accept-charset="utf-8">
    <div id="search-field-wrapper">
      <input id="search-field" role="combobox" aria-label="Search" aria-autocomplete="list" aria-controls="search-results"
             type="text" name="search" placeholder="Search (/) for a class, method, ..." spellcheck="false"
             title="Type to search, Up and Down to navigate, Enter to load">
    </div>
    <ul id="search-results" aria-label="Search Results" aria-busy="false" aria-expanded="false" aria-atomic="false" class="initially-hidden"></ul>
  </form>
</div>
  </div>
  <div class="nav-section">
  <h3>Table of Contents</h3>
  <ul class="link-list" role="directory">
    <li><a href="#${rbId(rbHere)}">${rbHere}</a>
${rbGroups.map(([h]) => `    <li><a href="#${rbId(h)}">${h}</a>`).join('\n')}
  </ul>
</div>
  <div id="class-metadata">
    <div id="parent-class-section" class="nav-section">
  <h3>Parent</h3>
  <p class="link"><a href="Object.html">Object</a>
</div>
    <div id="includes-section" class="nav-section">
  <h3>Included Modules</h3>
  <ul class="link-list">
    <li><a class="include" href="Enumerable.html">Enumerable</a>
  </ul>
</div>
    <!-- Method Quickref -->
<div id="method-list-section" class="nav-section">
  <h3>Methods</h3>
  <ul class="link-list" role="directory">
${rbQuick.map((m) => `    <li ><a href="#method-${m.startsWith('::') ? 'c' : 'i'}-${encodeURIComponent(m.replace(/^::|^#/, ''))}">${m}</a>`).join('\n')}
  </ul>
</div>
  </div>
  <div id="carbonads" class="rd-sponsor"><a href="https://srv.carbonads.net/ads/click/x/GTND42JU" class="carbon-img" rel="sponsored noopener" target="_blank">\
<img src="https://srv.carbonads.net/static/30242/4f7f4d" alt="ads via Carbon" height="100" width="130"></a>\
<a href="https://srv.carbonads.net/ads/click/x/GTND42JU" \
class="carbon-text" rel="sponsored noopener" target="_blank">${rbSponsor}</a><a href="http://carbonads.net/?utm_source=rubydoc" class="carbon-poweredby" \
rel="noopener sponsored" target="_blank">ads via Carbon</a></div>
</nav>
<main role="main" aria-labelledby="class-Tally">
  <h1 id="class-Tally" class="class">
    class Tally
  </h1>
  <section class="description">
${rbDesc.map((p) => `<p>${p}</p>`).join('\n')}
${rbExample}
<p>${rbEach}</p>
<h2 id="${rbId(rbHere)}">${rbHere}${rbHeadAnchor(rbId(rbHere))}</h2>
<p>${rbElsewhere}</p>
${rbGroups
  .map(([h, items]) => `<h3 id="${rbId(h)}">${h}${rbHeadAnchor(rbId(h))}</h3>\n<ul>${items.map((t) => `<li>\n<p>${t}</p>\n</li>`).join('')}</ul>`)
  .join('\n')}
  </section>
  <section id="5Buntitled-5D" class="documentation-section">
     <section id="public-class-5Buntitled-5D-method-details" class="method-section">
       <header>
         <h3>Public Class Methods</h3>
       </header>
${rbDetail(rbMethods[0]!, 0)}
    </section>
     <section id="public-instance-5Buntitled-5D-method-details" class="method-section">
       <header>
         <h3>Public Instance Methods</h3>
       </header>
${rbMethods
  .slice(1)
  .map((m, i) => rbDetail(m, i + 1))
  .join('\n')}
    </section>
  </section>
</main>
<footer id="validator-badges" role="contentinfo">
  <p><a href="https://validator.w3.org/check/referer">Validate</a>
  <p>Generated by <a href="https://ruby.github.io/rdoc/">RDoc</a> 6.14.0.
  <p>Based on <a href="http://deveiate.org/projects/Darkfish-RDoc/">Darkfish</a> by <a href="http://deveiate.org">Michael Granger</a>.
  <p class="rd-footer">ruby-doc.org is maintained by volunteers. Found a broken link? <a href="https://github.com/ruby-doc/issues">Let us know</a>.
</footer>
</body>
</html>`;
export const rubyClassPage: TestPage = {
  html: rbHtml,
  name: 'heldout57-ruby-doc-class',
  kind: 'docs',
  // "class Tally" (the h1) is the title; "What’s Here", its four h3 groups and the two method-section h3s are the headings
  // (their "¶ ↑" links, written as entities the page leaves undecoded, in neither list); the description, the "What’s Here"
  // lead-in and list items and each method's description are body; the example, the call-seqs (spans, not headings: code)
  // and the C sources are in neither; "click to toggle source" is furniture; ruby-doc.org's header and version picker, the
  // Darkfish navigation (Home, Pages, Classes, Methods, table of contents, Parent, Included Modules, the method list), the
  // Carbon ad and the footer are furniture, less the entries that are words of the body or headings ("Object", "Enumerable",
  // "Methods", the method list's names); the page has no byline
  title: rbTitle,
  headings: [rbHere, ...rbGroups.map(([h]) => h), 'Public Class Methods', 'Public Instance Methods'],
  body: texts([...rbDesc, rbEach, rbElsewhere, ...rbGroups.flatMap(([, l]) => l), ...rbMethods.flatMap(([, , d]) => d)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'ruby-doc.org', ...rbTop.filter((t) => t !== 'Home'), 'Version', ...rbVersions, 'Home', 'Pages', 'Classes', 'Table of Contents', 'Parent',
    'Included Modules', 'click to toggle source', rbSponsor, 'ads via Carbon', 'Validate', 'Generated by RDoc 6.14.0.',
    'Based on Darkfish by Michael Granger.', 'ruby-doc.org is maintained by volunteers. Found a broken link?', 'Let us know',
  ],
};
