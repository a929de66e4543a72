import { type TestPage, texts } from './page-kit.js';
import { rdrrPage } from './pages-heldout57-e2.js';

/**
 * Held-out batch 57, file e: a perldoc.perl.org function page (Perldoc Browser on Bootstrap: analytics and highlight.js in the
 * head, the dark navbar with the version and Documentation dropdowns and search, the "Perl functions A-Z" links, the
 * permalinked h1, the function's usage forms as `dt`s with their `dd` text and code, and the two-column maintainers' footer).
 */
const plTitle = 'clamp';
const plForms = ['clamp NUMBER,MIN,MAX', 'clamp MIN,MAX'];
const plText = [
  'Returns NUMBER limited to the closed range from MIN to MAX: if NUMBER is less than MIN the result is MIN, if it is greater than ' +
    'MAX the result is MAX, and otherwise it is NUMBER itself. If NUMBER is omitted, clamps <a href="/perlvar#%24_"><code>$_</code></a>.',
  'The comparison is numeric, as with the <a href="/perlop#Relational-Operators"><code>&lt;</code></a> and <a ' +
    'href="/perlop#Relational-Operators"><code>&gt;</code></a> operators, and the result is always a number, even if the arguments ' +
    'were strings. A NUMBER that is NaN is returned unchanged, since it compares neither less than MIN nor greater than MAX.',
  'If MIN is greater than MAX, <code>clamp</code> dies with the message "clamp: MIN exceeds MAX" rather than silently picking one of ' +
    'the bounds. Either bound may be <a href="/functions/undef"><code>undef</code></a>, which leaves that side of the range open; this ' +
    'is convenient when only a lower or only an upper limit is wanted:',
  '<code>clamp</code> is available only if the <a href="/feature#The-%27clamp%27-feature"><code>"clamp"</code> feature</a> is ' +
    'enabled or if it is prefixed with <code>CORE::</code>. The <a href="/feature#The-%27clamp%27-feature"><code>"clamp"</code> ' +
    'feature</a> is enabled automatically with a <code>use v5.42</code> (or higher) declaration in the current scope.',
  'Because <code>clamp</code> is parsed like a list operator, its arguments extend to the end of the enclosing expression. Use ' +
    'parentheses when the call is part of a larger expression:',
  '<code>clamp</code> does not modify its arguments. To limit a variable in place, assign the result back to it, as in ' +
    '<code>$x = clamp($x, 0, 1)</code>. Under <a href="/integer"><code>use integer</code></a>, the comparison and the result are ' +
    'integers, as they are for the other numeric operators.',
  'An argument that does not look like a number is converted as usual and, under <a href="/warnings"><code>use warnings</code></a>, ' +
    'produces the familiar "Argument isn\'t numeric" warning.',
  'For the smallest or largest value of a whole list, see <code>min</code> and <code>max</code> in ' +
    '<a href="https://metacpan.org/pod/List::Util">List::Util</a>.',
];
const plCode = [
  ['<span class="hljs-keyword">my</span> <span class="hljs-variable">$volume</span> = clamp(<span class="hljs-variable">$requested</span>, 0, 11);'],
  [
    '<span class="hljs-keyword">my</span> <span class="hljs-variable">$delay</span> = clamp(<span class="hljs-variable">$backoff</span> * 2, ' +
      'undef, 30);   <span class="hljs-comment"># at most 30 seconds</span>',
  ],
  [
    '<span class="hljs-keyword">my</span> <span class="hljs-variable">$pct</span> = clamp(<span class="hljs-variable">$done</span> / ' +
      '<span class="hljs-variable">$total</span> * 100, 0, 100) . <span class="hljs-string">\'%\'</span>;',
  ],
];
const plVersions = ['Latest', '5.42.0', '5.40.2', '5.38.4', '5.36.3', 'blead'];
// biome-ignore format: the Documentation dropdown, packed several to a line
const plDocs = [
  'Perl', 'Intro', 'Tutorials', 'FAQs', 'Reference', 'Operators', 'Functions', 'Variables', 'Modules', 'Utilities', 'Release Notes',
  'Community', 'History',
];
const plLinks = ['Perl functions A-Z', 'Perl functions by category', "The 'perlfunc' manpage"];
const plFoot = [
  'Perldoc Browser is maintained by Ruth Calloway (RCALLOW). Please contact her via the GitHub issue tracker or email regarding any ' +
    'issues with the site itself, search, or rendering of documentation.',
  'The Perl documentation is maintained by the Perl 5 Porters in the development of Perl. Please contact them via the Perl issue ' +
    'tracker, the mailing list, or IRC to report any issues with the contents or format of the documentation.',
];
const plVersionItems = plVersions
  .map((v) => `              <a class="dropdown-item${v === '5.42.0' ? ' active' : ''}" href="/${v === 'Latest' ? '' : `${v}/`}functions/clamp">${v}</a>`)
  .join('\n');
const plDocItems = plDocs
  .map(
    (d, i) =>
      `${i === 5 || i === 10 ? '              <div class="dropdown-divider"></div>\n' : ''}              <a class="dropdown-item" href="/${d}">${d}</a>`,
  )
  .join('\n');
const pre = (lines: string[]): string => `<pre><code class="language-perl">${lines.join('\n')}</code></pre>`;
const plHtml = `<!doctype html>
<html>
  <head>
    <title>clamp - Perldoc Browser</title>
    <link rel="search" href="/opensearch.xml" type="application/opensearchdescription+xml" title="Perldoc Browser">
    <link rel="canonical" href="https://perldoc.perl.org/functions/clamp">
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
    <link href="/css/bootstrap.min.css" rel="stylesheet">
    <link href="/css/stackoverflow-light.min.css" rel="stylesheet">
    <link href="/css/perldoc.css" rel="stylesheet">
    <script src="/js/jquery-3.7.1.min.js"></script>
    <script src="/js/bootstrap.bundle.min.js"></script>
    <script src="/js/highlight.min.js"></script>
    <script src="/js/perldoc.js"></script>
    <script>hljs.highlightAll();</script>
    <!-- Global site tag (gtag.js) - Google Analytics -->
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-KVNWBNT5FB"></script>
    <script>
      window.dataLayer = window.dataLayer || [];
      function gtag(){dataLayer.push(arguments);}
      gtag('js', new Date());
      gtag('config', 'G-KVNWBNT5FB');
    </script>
  </head>
  <body>
    <div id="wrapperlicious" class="container-fluid">
    <nav class="navbar navbar-expand-md navbar-dark bg-dark fixed-top">
      <a class="navbar-brand" href="/"><img src="/images/perl_camel_30.png" width="30" height="30" class="d-inline-block align-top" \
alt="Perl Camel Logo"> Perldoc Browser</a>
      <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#navbarNav" aria-controls="navbarNav" \
aria-expanded="false" aria-label="Toggle navigation">
        <span class="navbar-toggler-icon"></span>
      </button>
      <div class="collapse navbar-collapse" id="navbarNav">
        <ul class="navbar-nav mr-auto">
          <li class="nav-item dropdown">
            <a class="nav-link dropdown-toggle" href="#" id="dropdownlink-stable" role="button" data-toggle="dropdown" aria-haspopup="true" \
aria-expanded="false">5.42.0</a>
            <div class="dropdown-menu" aria-labelledby="dropdownlink-stable">
${plVersionItems}
            </div>
          </li>
          <li class="nav-item dropdown">
            <a class="nav-link dropdown-toggle" href="#" id="dropdownlink-nav" role="button" data-toggle="dropdown" aria-haspopup="true" \
aria-expanded="false">Documentation</a>
            <div class="dropdown-menu" aria-labelledby="dropdownlink-nav">
${plDocItems}
            </div>
          </li>
        </ul>
        <form class="form-inline" method="get" action="/search">
          <input class="form-control mr-sm-2" type="search" name="q" placeholder="Search" aria-label="Search">
        </form>
      </div>
    </nav>
      <div id="content-expand" class="row">
        <div id="content" class="col-12">
          <div id="perldocdiv">
            <div id="links">
              ${plLinks.map((l, i) => `<a href="/${['functions', 'perlfunc#Perl-Functions-by-Category', 'perlfunc'][i]}">${l}</a>`).join(' | ')}
            </div>
            <h1 id="clamp"><a class="permalink" href="#clamp">#</a>clamp</h1>
<dl>
  <dt id="clamp-NUMBER,MIN,MAX"><a class="permalink" href="#clamp-NUMBER,MIN,MAX">#</a>${plForms[0]}</dt>
  <dt id="clamp-MIN,MAX"><a class="permalink" href="#clamp-MIN,MAX">#</a>${plForms[1]}</dt>
  <dd>
<p>${plText[0]}</p>
${pre(plCode[0]!)}
<p>${plText[1]}</p>
<p>${plText[2]}</p>
${pre(plCode[1]!)}
<p>${plText[3]}</p>
<p>${plText[4]}</p>
${pre(plCode[2]!)}
<p>${plText[5]}</p>
<p>${plText[6]}</p>
<p>${plText[7]}</p>
  </dd>
</dl>
          </div>
        </div>
      </div>
    <div id="footer">
      <div class="container-fluid">
        <div class="row">
          <div class="col-md-6">
            <p>${plFoot[0]!.replace('RCALLOW', '<a href="https://metacpan.org/author/RCALLOW">RCALLOW</a>').replace(
              'GitHub issue tracker',
              '<a \
href="https://github.com/perldoc-browser/perldoc-browser/issues">GitHub issue tracker</a>',
            )}</p>
          </div>
          <div class="col-md-6">
            <p>${plFoot[1]!.replace('Perl issue tracker', '<a href="https://github.com/Perl/perl5/issues">Perl issue tracker</a>')}</p>
          </div>
        </div>
      </div>
    </div>
    </div>
  </body>
</html>`;
const perldocFunction: TestPage = {
  html: plHtml,
  name: 'heldout57-perldoc-function',
  kind: 'docs',
  // the permalinked h1 is the title (its "#" mark left out); the page has no section headings: its two usage forms are `dt`s,
  // the function's syntax, in neither list, like the three code examples; every paragraph of the `dd` is body, the last
  // one's pointer to List::Util included (a sentence of the text, not a see-also list); the navbar with its version and
  // Documentation dropdowns, the "Perl functions A-Z" links and the maintainers' footer are furniture ("Functions" and
  // "Operators" of the dropdown are body words: left out); the page has no byline
  title: plTitle,
  headings: [],
  body: texts(plText),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Perldoc Browser', ...plVersions, 'Documentation', ...plDocs.filter((d) => !['Functions', 'Operators'].includes(d)),
    ...plLinks, ...plFoot,
  ],
};

export const HELDOUT57_E: readonly TestPage[] = [perldocFunction, rdrrPage];
