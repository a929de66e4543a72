import { type TestPage, texts } from './page-kit.js';
import { postgresManual } from './pages-heldout21-b2.js';

/**
 * Held-out batch 21, file b: a Django documentation topic page (site banner and primary nav, the docs search bar, a survey
 * banner, the language and version switchers, the Sphinx article with its "¶" header links, literal and setting links, a
 * versionadded line, note and warning admonitions and a code block, prev/next browse links, "Back to Top", the right rail with
 * the "Support Django!" donor line, contents, browse, "You are here:", "Getting help", downloads and members, and the footer).
 */
const djTitle = 'Connection pooling';
const lit = (t: string): string => `<code class="docutils literal notranslate"><span class="pre">${t}</span></code>`;
const setting = (t: string): string =>
  `<a class="reference internal" href="../../../ref/settings/#std-setting-${t}"><code class="xref std std-setting docutils literal notranslate">` +
  `<span class="pre">${t}</span></code></a>`;
const djIntro = [
  'Opening a database connection is one of the slower things a request can do. The client and server have to agree on encryption, ' +
    'authenticate and set up a session, and on a busy site this work is repeated thousands of times a minute.',
  'This document explains the two ways Django can reuse connections: persistent connections, which keep one connection per thread ' +
    'open between requests, and the connection pool available for PostgreSQL, which shares a small set of connections among all ' +
    'the threads of a process.',
];
const djH1 = 'Persistent connections';
const djPersist = [
  `By default Django closes the database connection at the end of each request. Setting ${setting('CONN_MAX_AGE')} to a positive number ` +
    'of seconds keeps the connection open for that long, so the next request handled by the same thread can use it again.',
  'Persistent connections suit servers that run a fixed number of worker threads. Each thread keeps its own connection, so a server ' +
    'with 40 threads can hold 40 connections open even when most of them sit idle.',
];
const djH2 = 'Health checks';
const djHealth =
  'A connection kept open for minutes can be dropped by the database server or by a firewall in between. Set ' +
  `${setting('CONN_HEALTH_CHECKS')} to ${lit('True')} and Django tests a reused connection at the start of each request, replacing ` +
  'it if the test fails, at the cost of one extra round trip.';
const djH3 = 'The PostgreSQL connection pool';
const djPool1 =
  `When you use PostgreSQL with psycopg 3, Django can manage a pool through the ${lit('psycopg_pool')} package. Enable it by adding ` +
  `a ${lit('pool')} entry to the ${setting('OPTIONS')} of the database:`;
const djPool2 =
  `Each process then keeps between ${lit('min_size')} and ${lit('max_size')} connections. A thread borrows a connection when it first ` +
  'touches the database and hands it back at the end of the request, so far fewer connections serve the same traffic.';
const djNote =
  `The pool and persistent connections cannot be used together. If ${lit('pool')} is set, ${setting('CONN_MAX_AGE')} must be ` +
  `${lit('0')}, and Django raises ${lit('ImproperlyConfigured')} at startup otherwise.`;
const djH4 = 'Choosing pool sizes';
const djSizes =
  `A good starting point is a ${lit('max_size')} equal to the number of threads per process, and a ${lit('min_size')} of a quarter ` +
  'of that. Remember that the limit the database enforces applies to the total across all processes: four processes with a ' +
  `${lit('max_size')} of 10 can open 40 connections.`;
const djTips = [
  `Watch the ${lit('pg_stat_activity')} view under load to see how many connections are really in use.`,
  `Lower ${lit('max_size')} if requests wait for a connection while the database itself is already busy.`,
  `Raise ${lit('timeout')} if requests fail with ${lit('PoolTimeout')} during short bursts of traffic.`,
];
const djH5 = 'Connection poolers outside Django';
const djExt =
  'External poolers such as PgBouncer sit between Django and the database and share connections across all processes and servers. ' +
  'In transaction pooling mode they do not work with server-side cursors; set ' +
  `${setting('DISABLE_SERVER_SIDE_CURSORS')} to ${lit('True')} in the database settings when you use one.`;
const djWarn =
  'Don’t combine Django’s pool with an external pooler in transaction mode. Each layer assumes that it owns the connection, and ' +
  'session state such as prepared statements can leak between unrelated requests.';
const djNav = ['Overview', 'Download', 'Documentation', 'News', 'Code', 'Issues', 'Community', 'Foundation', '♥ Donate'];
const djLangs = ['el', 'es', 'fr', 'id', 'it', 'ja', 'ko', 'pl', 'pt-br', 'sv', 'zh-hans'];
const djVers = ['dev', '6.0', '5.1', '5.0', '4.2'];
const djHelp = [
  'FAQ',
  'Try the FAQ — it’s got answers to many common questions.',
  'Index, Module Index, or Table of Contents',
  'Handy when looking for specific information.',
  'Django Discord Server',
  'Join the Django Discord Community.',
  'Official Django Forum',
  'Join the community on the Django Forum.',
  'Ticket tracker',
  'Report bugs with Django or Django documentation in our ticket tracker.',
];
const djFoot: [string, string[]][] = [
  ['Learn More', ['About Django', 'Getting Started with Django', 'Team Organization', 'Django Software Foundation', 'Code of Conduct']],
  ['Get Involved', ['Join a Group', 'Contribute to Django', 'Submit a Bug', 'Report a Security Issue', 'Individual membership']],
  ['Follow Us', ['GitHub', 'Fediverse (Mastodon)', 'Bluesky', 'LinkedIn', 'News RSS']],
  ['Support Us', ['Sponsor Django', 'Corporate membership', 'Official merchandise store', 'Benevity Workplace Giving Program']],
];
const footCol = (h: string, items: string[]): string =>
  `<div class="col"><h2>${h}</h2><ul>${items.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></div>`;
const hl = (t: string, tag: string): string => {
  const id = t.toLowerCase().replace(/\W+/g, '-');
  return `<section id="${id}"><${tag}>${t}<a class="headerlink" href="#${id}" title="Link to this heading">¶</a></${tag}>`;
};
const djHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="ROBOTS" content="ALL">
<meta name="Copyright" content="Django Software Foundation"><meta name="keywords" content="Python, Django, framework, open-source">
<link rel="canonical" href="https://docs.djangoproject.com/en/5.2/topics/db/connection-pooling/">
<title>Connection pooling | Django documentation | Django</title><link rel="stylesheet" href="/s/css/output.8c5f1e2a.css">
<script>document.documentElement.dataset.theme = localStorage.getItem('theme') || 'auto';</script></head>
<body id="generic" class=""><a href="#main-content" class="skip-link">Skip to main content</a>
<div role="banner" id="top"><div class="container container--flex--wrap--mobile"><a class="logo" href="https://www.djangoproject.com/">Django</a>
<p class="meta">The web framework for perfectionists with deadlines.</p>
<button class="menu-button"><i class="icon icon-reorder"></i><span class="visuallyhidden">Menu</span></button>
<nav aria-labelledby="navigation-header"><p id="navigation-header" class="visuallyhidden">Primary Navigation</p><ul>
${djNav.map((t, i) => `<li${i === 2 ? ' class="active"' : ''}><a href="https://www.djangoproject.com/${i}/">${t}</a></li>`).join('\n')}
<li><button class="theme-toggle"><div class="visually-hidden theme-label-when-auto">Toggle theme (current theme:
auto)</div></button></li></ul></nav></div></div>
<div class="copy-banner"><div class="container container--flex container--flex--wrap--mobile"><h1><a href="/en/5.2/">Documentation</a></h1>
<search class="search form-input" aria-labelledby="docs-search-label"><form action="/en/5.2/search/"><label id="docs-search-label" class="visuallyhidden"
for="id_q">Search 5.2 documentation</label><input type="search" name="q" placeholder="Search 5.2 documentation" id="id_q">
<button type="submit"><i class="icon icon-search"></i><span class="visuallyhidden">Submit</span></button></form></search></div></div>
<div id="billboard"><p class="survey-banner">The 2025 Django Developers Survey is open until November 30. <a href="/survey/">Take the survey</a></p></div>
<div class="container sidebar-right"><main><div id="version-switcher"><ul id="faq-link"></ul>
<ul id="doc-languages" class="language-switcher doc-switcher"><li class="current"><a href="#"><span>Language: <strong>en</strong></span></a></li>
${djLangs.map((l) => `<li><a href="/${l}/5.2/topics/db/connection-pooling/">${l}</a></li>`).join('')}</ul>
<ul id="doc-versions" class="version-switcher doc-switcher"><li class="current"><a href="#"><span>Documentation version: <strong>5.2</strong></span></a></li>
${djVers.map((v) => `<li><a href="/en/${v}/topics/db/connection-pooling/">${v}</a></li>`).join('')}</ul></div>
<article id="docs-content"><section id="connection-pooling"><span id="topics-db-pooling"></span><h1>${djTitle}<a class="headerlink"
href="#connection-pooling" title="Link to this heading">¶</a></h1>
${djIntro.map((p) => `<p>${p}</p>`).join('\n')}
${hl(djH1, 'h2')}${djPersist.map((p) => `<p>${p}</p>`).join('\n')}
${hl(djH2, 'h3')}<p>${djHealth}</p></section></section>
${hl(djH3, 'h2')}<div class="versionadded"><p><span class="versionmodified added">New in Django 5.1.</span></p></div><p>${djPool1}</p>
<div class="highlight-python notranslate"><div class="highlight"><pre><span></span><span class="n">DATABASES</span> <span class="o">=</span> <span
class="p">{</span>
    <span class="s2">"default"</span><span class="p">:</span> <span class="p">{</span>
        <span class="s2">"ENGINE"</span><span class="p">:</span> <span class="s2">"django.db.backends.postgresql"</span><span class="p">,</span>
        <span class="s2">"OPTIONS"</span><span class="p">:</span> <span class="p">{</span>
            <span class="s2">"pool"</span><span class="p">:</span> <span class="p">{</span>
<span class="s2">"min_size"</span><span class="p">:</span> <span class="mi">2</span><span
class="p">,</span> <span class="s2">"max_size"</span><span class="p">:</span> <span class="mi">8</span><span class="p">},</span>
        <span class="p">},</span>
    <span class="p">},</span>
<span class="p">}</span>
</pre></div></div>
<p>${djPool2}</p>
<div class="admonition note"><p class="admonition-title">Note</p><p>${djNote}</p></div>
${hl(djH4, 'h3')}<p>${djSizes}</p><ul class="simple">${djTips.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul></section></section>
${hl(djH5, 'h2')}<p>${djExt}</p><div class="admonition warning"><p class="admonition-title">Warning</p><p>${djWarn}</p></div></section></section></article>
<nav class="browse-horizontal" aria-labelledby="browse-horizontal-header"><h2 id="browse-horizontal-header" class="visuallyhidden">Browse</h2>
<div class="left"><a rel="prev" href="../instrumentation/"><i class="icon icon-chevron-left"></i> Database instrumentation</a></div>
<div class="right"><a rel="next" href="../fixtures/">Fixtures <i class="icon icon-chevron-right"></i></a></div></nav></main>
<a href="#top" class="backtotop"><i class="icon icon-chevron-up"></i> Back to Top</a>
<div role="complementary"><h2 class="visuallyhidden" id="aside-header">Additional Information</h2>
<div class="fundraising-sidebar"><h3>Support Django!</h3><div class="small-heart"><img src="/s/img/small-fundraising-heart.png" alt="Support Django!"></div>
<div class="small-cta"><ul class="list-links-small"><li><a href="https://www.djangoproject.com/fundraising/">Lindiwe Mokoena donated to the Django Software
Foundation to support Django development. Donate today!</a></li></ul></div></div>
<h3>Contents</h3><ul><li><a class="reference internal" href="#">Connection pooling</a><ul><li><a class="reference internal"
href="#persistent-connections">Persistent
connections</a><ul><li><a class="reference internal" href="#health-checks">Health checks</a></li></ul></li><li><a class="reference internal"
href="#the-postgresql-connection-pool">The PostgreSQL connection pool</a><ul><li><a class="reference internal" href="#choosing-pool-sizes">Choosing pool
sizes</a></li></ul></li><li><a class="reference internal" href="#connection-poolers-outside-django">Connection poolers outside Django</a></li></ul></li></ul>
<h3>Browse</h3><ul><li>Prev: <a rel="prev" href="../instrumentation/">Database instrumentation</a></li><li>Next: <a rel="next"
href="../fixtures/">Fixtures</a></li>
<li><a href="/en/5.2/contents/">Table of contents</a></li><li><a href="/en/5.2/genindex/">General Index</a></li><li><a href="/en/5.2/py-modindex/">Python
Module Index</a></li></ul>
<h3>You are here:</h3><ul><li><a href="/en/5.2/">Django 5.2 documentation</a><ul><li><a href="../../">Using Django</a><ul><li><a href="../">Models and
databases</a><ul><li>Connection pooling</li></ul></li></ul></li></ul></li></ul>
<h3>Getting help</h3><dl class="list-links">${djHelp.map((t, i) => (i % 2 === 0 ? `<dt>${t}</dt>` : `<dd>${t}</dd>`)).join('\n')}</dl>
<h3>Download:</h3><p>Offline (Django 5.2): <a href="/m/docs/django-docs-5.2-en.zip">HTML</a> | <a href="#">PDF</a> | <a href="#">ePub</a><br>
<span class="quiet">Provided by <a href="https://readthedocs.org/">Read the Docs</a>.</span></p>
<h3>Diamond and Platinum Members</h3><div class="sponsor"><a href="#"><img src="/m/sponsors/corvid.png" alt="Corvid Systems"></a>
<p>Corvid Systems builds monitoring tools for Python teams and sponsors Django’s accessibility work.</p></div></div></div>
<footer><div class="subfooter"><div class="container"><h1 class="visuallyhidden">Django Links</h1>
${djFoot.map(([h, items]) => footCol(h, items)).join('\n')}</div></div>
<div class="footer"><div class="container"><div class="footer-logo"><a class="logo" href="https://www.djangoproject.com/">Django</a></div>
<ul class="thanks"><li><span>Hosting by</span> <a class="in-kind-donors" href="#">In-kind donors</a></li><li class="design"><span>Design by</span>
<a class="threespot" href="#">Threespot</a> <span class="ampersand">&amp;</span> <a class="andrevv" href="#">andrevv</a></li></ul>
<p class="copyright">© 2005-2025 <a href="https://www.djangoproject.com/foundation/">Django Software Foundation</a> and individual contributors. Django is a
<a href="https://www.djangoproject.com/trademarks/">registered trademark</a> of the Django Software Foundation.</p></div></div></footer>
<script src="/s/js/main.2f0c1d.js" defer></script></body></html>`;
const djangoTopic: TestPage = {
  html: djHtml,
  name: 'heldout21-django-topic',
  kind: 'docs',
  // the paragraphs, the tip list and the note's and warning's texts are body (the admonition titles "Note" and "Warning" and the
  // "New in Django 5.1." versionadded line are in neither list: labels of the docs' own directives, not chrome); the settings
  // block is code; the right rail's "Contents" and the "You are here:" leaf repeat title and headings: left out; the site
  // banner, nav, docs search, survey banner, language and version switchers, prev/next links, "Back to Top", the donor line
  // (a name, but no author: furniture), rail, sponsor blurb and footer are furniture; a docs page with no author or date
  title: djTitle,
  headings: [djH1, djH2, djH3, djH4, djH5],
  body: [...djIntro, ...texts(djPersist), ...texts([djHealth, djPool1, djPool2, djNote, djSizes]), ...texts(djTips), ...texts([djExt]), djWarn],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The web framework for perfectionists with deadlines.', 'Menu', 'Primary Navigation', ...djNav,
    'Toggle theme (current theme: auto)', 'Search 5.2 documentation', 'Submit', 'The 2025 Django Developers Survey is open until November 30.',
    'Take the survey', 'Language: en', ...djLangs, 'Documentation version: 5.2', ...djVers, 'Database instrumentation', 'Fixtures',
    'Back to Top', 'Additional Information', 'Support Django!',
    'Lindiwe Mokoena donated to the Django Software Foundation to support Django development. Donate today!', 'Contents', 'Browse',
    'Table of contents', 'General Index', 'Python Module Index', 'You are here:', 'Django 5.2 documentation', 'Using Django', 'Models and databases',
    'Getting help', ...djHelp, 'Download:', 'Offline (Django 5.2): HTML | PDF | ePub', 'Provided by Read the Docs.', 'Diamond and Platinum Members',
    'Corvid Systems builds monitoring tools for Python teams and sponsors Django’s accessibility work.', 'Django Links',
    ...djFoot.flatMap(([h, items]) => [h, ...items]), 'Hosting by', 'In-kind donors', 'Design by', 'Threespot', 'andrevv',
    '© 2005-2025 Django Software Foundation and individual contributors.', 'Django is a registered trademark of the Django Software Foundation.',
  ],
};

export const HELDOUT21_B: readonly TestPage[] = [djangoTopic, postgresManual];
