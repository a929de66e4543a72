import { links, type TestPage } from './page-kit.js';
import { Art, anchor } from './pages-heldout126-kit.js';

/**
 * Held-out batch 126, file f2: a Django documentation topic page (docs.djangoproject.com as saved: the site banner with the
 * main navigation and hidden theme-toggle labels, the docs search bar, the language and version switchers, "New in Django"
 * and warning admonitions, the browse-horizontal previous / next links and "Back to Top", the complementary column with the
 * fundraising box, contents, browse links, "You are here", "Getting help", downloads and corporate members, and the
 * two-part footer).
 */
const title = 'Throttling requests';
const hl = (id: string): string => `<a class="headerlink" href="#${id}" title="Link to this heading">¶</a>`;
const h2 = (t: string): string => `</div><div class="section" id="s-${anchor(t)}"><span id="${anchor(t)}"></span><h2>${t}${hl(anchor(t))}</h2>`;
const lit = (s: string): string => `<code class="docutils literal notranslate"><span class="pre">${s}</span></code>`;
const ref = (s: string, to: string): string =>
  `<a class="reference internal" href="../../ref/${to}" title="${s}"><code class="xref py py-func docutils literal notranslate"><span
class="pre">${s}</span></code></a>`;
const code = (s: string): string => `<div class="highlight-python notranslate"><div class="highlight"><pre><span></span>${s}</pre></div></div>`;
const art = new Art()
  .p([
    `Django’s throttling framework limits how often a client may call a view. It is useful for login forms, password reset pages and
public APIs, where a single client sending many requests can slow the site down for everyone, or try passwords by brute force.`,
    `Throttling is built on the <a class="reference internal" href="../cache/"><span class="doc">cache framework</span></a>. Each throttle counts
requests in the cache under a key made from the client and the view, so the cache you use must be shared by every process that serves requests.
The local-memory cache is not suitable in production.`,
  ])
  .p(['New in Django 5.2.'], (t) => `<div class="versionadded"><span class="title">${t}</span></div>`)
  .h('Throttling a view', h2)
  .p([`The simplest way to throttle a view is the ${ref('throttle()', 'throttling/#django.views.decorators.throttle.throttle')} decorator:`])
  .raw(
    code(`<span class="kn">from</span> <span class="nn">django.views.decorators.throttle</span> <span class="kn">import</span> <span class="n">throttle</span>


<span class="nd">@throttle</span><span class="p">(</span><span class="n">rate</span><span class="o">=</span><span
class="s2">"5/m"</span><span class="p">)</span>
<span class="k">def</span> <span class="nf">login_view</span><span class="p">(</span><span class="n">request</span><span class="p">):</span>
    <span class="o">...</span>`),
  )
  .p([
    `The rate is a number of requests followed by a period: ${lit('s')} for second, ${lit('m')} for minute, ${lit('h')} for hour or ${lit('d')}
for day. Requests over the limit receive a response with status 429 and a ${lit('Retry-After')} header giving the number of seconds to wait.`,
    `For class-based views, apply the decorator to ${lit('dispatch()')} with ${ref('method_decorator()', 'utils/#django.utils.decorators.method_decorator')}, or
list the view in the ${lit('THROTTLED_VIEWS')} setting.`,
  ])
  .h('Choosing the client key', h2)
  .p([
    `By default, clients are identified by their IP address as found in ${lit('REMOTE_ADDR')}. Behind a reverse proxy this is the proxy’s
address, so every client would share one counter. Set ${lit('THROTTLE_CLIENT_IP_HEADER')} to the header your proxy sets, or pass a key function:`,
  ])
  .raw(
    code(`<span class="k">def</span> <span class="nf">by_user</span><span class="p">(</span><span class="n">request</span><span class="p">):</span>
    <span class="k">if</span> <span class="n">request</span><span class="o">.</span><span class="n">user</span><span class="o">.</span><span
class="n">is_staff</span><span class="p">:</span>
        <span class="k">return</span> <span class="kc">None</span>
    <span class="k">return</span> <span class="nb">str</span><span class="p">(</span><span class="n">request</span><span
class="o">.</span><span class="n">user</span><span class="o">.</span><span class="n">pk</span><span class="p">)</span>


<span class="nd">@throttle</span><span class="p">(</span><span class="n">rate</span><span class="o">=</span><span
class="s2">"100/h"</span><span class="p">,</span> <span class="n">key</span><span class="o">=</span><span class="n">by_user</span><span class="p">)</span>
<span class="k">def</span> <span class="nf">export_view</span><span class="p">(</span><span class="n">request</span><span class="p">):</span>
    <span class="o">...</span>`),
  )
  .p([`A key function receives the request and returns a string. Returning ${lit('None')} exempts the request from the throttle.`])
  .p(
    [
      `Only trust a client IP header if your proxy overwrites it. Otherwise clients can set the header themselves and pick a fresh key for every
request, which defeats the throttle.`,
    ],
    (t) => `<div class="admonition warning"><p class="first admonition-title">Warning</p><p class="last">${t}</p></div>`,
  )
  .h('Settings', h2)
  .p(['The framework reads three settings:'])
  .list(
    [
      `${lit('THROTTLE_CACHE')} – the alias of the cache to count requests in. Defaults to ${lit("'default'")}.`,
      `${lit('THROTTLE_CLIENT_IP_HEADER')} – the request header to read the client address from. Defaults to ${lit('None')}.`,
      `${lit('THROTTLE_VIEW')} – the view that renders rejected requests. Defaults to ${lit('django.views.defaults.too_many_requests')}.`,
    ],
    '<ul class="simple">',
    '</ul>',
  )
  .h('Testing throttled views', h2)
  .p([
    `Throttle counters live in the cache, so they persist between tests that share one. Clear the cache in ${lit('setUp()')}, or use
${ref('override_settings()', 'testing/#django.test.override_settings')} to point ${lit('THROTTLE_CACHE')} at a dummy cache, which never throttles.`,
  ])
  .raw('</div>');
const nav = ['Overview', 'Download', 'Documentation', 'News', 'Community', 'Code', 'Issues', 'About', '♥ Donate'];
const theme = ['Toggle theme (current theme: auto)', 'Toggle theme (current theme: light)', 'Toggle theme (current theme: dark)'];
const langs = ['Language:', 'en', 'el', 'es', 'fr', 'id', 'it', 'ja', 'ko', 'pl', 'pt-br', 'zh-hans'];
const versions = ['Documentation version:', '5.2', 'dev', '5.1', '5.0', '4.2'];
const fund = ['Support Django!', 'Jordan Pell donated to the Django Software Foundation to support Django development. Donate today!'];
const browse = ['Browse', 'Prev:', 'Signals', 'Next:', 'System check framework', 'Table of contents', 'General Index', 'Python Module Index'];
const here = ['You are here:', 'Django 5.2 documentation', 'Using Django'];
const help: [string, string][] = [
  ['FAQ', 'Try the FAQ — it\u2019s got answers to many common questions.'],
  ['Index, Module Index, or Table of Contents', 'Handy when looking for specific information.'],
  ['Django Discord Server', 'Join the Django Discord Community.'],
  ['Official Django Forum', 'Join the community on the Django Forum.'],
  ['Ticket tracker', 'Report bugs with Django or Django documentation in our ticket tracker.'],
];
const download = ['Download:', 'Offline (Django 5.2):', 'HTML', 'PDF', 'ePub', 'Provided by Read the Docs.'];
const members = ['Diamond and Platinum Members', 'Corvid Hosting', 'Managed PostgreSQL and Django hosting for teams in twelve regions.', 'Lanternfish'];
const members2 = ['Observability for Python apps, from the first request to the last query.'];
const footCols: [string, string[]][] = [
  ['Learn More', ['About Django', 'Getting Started with Django', 'Team Organization', 'Django Software Foundation', 'Code of Conduct', 'Diversity Statement']],
  ['Get Involved', ['Join a Group', 'Contribute to Django', 'Submit a Bug', 'Report a Security Issue', 'Individual membership']],
  ['Get Help', ['Getting Help FAQ', 'Django Discord', 'Official Django Forum']],
  ['Follow Us', ['GitHub', 'Twitter', 'Fediverse (Mastodon)', 'Bluesky', 'News RSS']],
  ['Support Us', ['Sponsor Django', 'Corporate membership', 'Official merchandise store', 'Benevity Workplace Giving Program']],
];
const credits = ['Hosting by', 'In-kind donors', 'Design by', 'Threespot', 'andrevv'];
const copyright = '© 2005-2025 Django Software Foundation and individual contributors. Django is a registered trademark of the Django Software Foundation.';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="ROBOTS" content="ALL">
<meta name="MSSmartTagsPreventParsing" content="true"><meta name="Copyright" content="Django Software Foundation"><meta name="keywords"
content="Python, Django, framework, open-source">
<meta name="description" content=""><link rel="canonical" href="https://docs.djangoproject.com/en/5.2/topics/throttling/">
<link rel="alternate" hreflang="en" href="https://docs.djangoproject.com/en/5.2/topics/throttling/"><link rel="search"
type="application/opensearchdescription+xml"
href="https://docs.djangoproject.com/en/5.2/search/description/" title="Django documentation"><meta name="theme-color" content="#0C4B33">
<meta property="og:title" content="${title} | Django documentation"><meta property="og:description" content="The web framework for
perfectionists with deadlines.">
<meta property="og:image" content="https://static.djangoproject.com/img/logos/django-logo-negative.1d528e2cb5fb.png"><meta
property="og:image:alt" content="Django logo">
<meta property="og:url" content="https://docs.djangoproject.com/en/5.2/topics/throttling/"><meta property="og:site_name" content="Django Project">
<meta property="twitter:creator" content="djangoproject"><meta property="twitter:site" content="djangoproject"><meta property="twitter:card" content="summary">
<title>${title} | Django documentation | Django</title><link rel="stylesheet" href="https://static.djangoproject.com/css/output.e0d5a9ee7d94.css">
<script src="https://static.djangoproject.com/js/lib/modernizr.js"></script></head>
<body id="generic" class=""><div role="banner" id="top"><div class="container"><a class="logo" href="https://www.djangoproject.com/">Django</a>
<p class="meta">The web framework for perfectionists with deadlines.</p><button class="menu-button"><i class="icon icon-reorder"></i><span
class="visuallyhidden">Menu</span>
</button><nav aria-labelledby="navigation-header"><p id="navigation-header" class="visuallyhidden">Main navigation</p><ul>
${nav.map((t) => `<li${t === 'Documentation' ? ' class="active"' : ''}><a href="https://www.djangoproject.com/${anchor(t)}/">${t}</a></li>`).join('\n')}
<li><button class="theme-toggle"><div class="visually-hidden theme-label-when-auto">${theme[0]}</div><div class="visually-hidden
theme-label-when-light">${theme[1]}</div>
<div class="visually-hidden theme-label-when-dark">${theme[2]}</div><svg aria-hidden="true" class="theme-icon-when-auto"><use
href="#icon-auto"></use></svg></button></li>
</ul></nav></div></div><div class="copy-banner"><div class="container container--flex container--flex--wrap--mobile"><p><a
href="https://docs.djangoproject.com/en/5.2/">Documentation</a></p>
<search class="search form-input" aria-labelledby="docs-search-label"><form action="https://docs.djangoproject.com/en/5.2/search/"><label id="docs-search-label"
class="visuallyhidden" for="id_q">Search 5.2 documentation</label><input type="search" name="q" placeholder="Search 5.2 documentation"
id="id_q"><button type="submit">
<i class="icon icon-search" aria-hidden="true"></i><span class="visuallyhidden">Submit</span></button></form></search></div></div>
<div id="billboard"></div><div class="container sidebar-right"><main><div id="version-switcher"><ul id="faq-link"></ul><ul
id="doc-languages" class="language-switcher
doc-switcher"><li class="current"><span><span class="visuallyhidden">${langs[0]}</span> <strong>${langs[1]}</strong></span></li>
${langs
  .slice(2)
  .map((t) => `<li><a href="https://docs.djangoproject.com/${t}/5.2/topics/throttling/">${t}</a></li>`)
  .join('')}</ul><ul id="doc-versions" class="version-switcher
doc-switcher"><li class="current"><span><span class="visuallyhidden">${versions[0]}</span> <strong>${versions[1]}</strong></span></li>
${versions
  .slice(2)
  .map((t) => `<li><a href="https://docs.djangoproject.com/en/${t}/topics/throttling/">${t}</a></li>`)
  .join('')}</ul></div>
<article id="docs-content"><div class="section" id="s-throttling-requests"><span id="throttling-requests"></span><h1>${title}${hl('throttling-requests')}</h1>
${art.html}
</article><nav class="browse-horizontal" aria-labelledby="browse-horizontal-header"><div id="browse-horizontal-header" class="visuallyhidden">${browse[0]}</div>
<div class="left"><a rel="prev" href="../signals/"><span class="arrow" aria-hidden="true">‹</span> ${browse[2]}</a></div><div class="right"><a rel="next"
href="../checks/">${browse[4]} <span class="arrow" aria-hidden="true">›</span></a></div></nav><a href="#top" class="backtotop"><i
class="icon icon-chevron-up"></i>
Back to Top</a></main>
<div role="complementary"><h2 class="visuallyhidden" id="aside-header">Additional Information</h2><div class="fundraising-sidebar"><h3>${fund[0]}</h3>
<div class="small-heart"><img src="https://static.djangoproject.com/img/fundraising-heart.cd6bb84ffd33.svg" alt="Support Django!"></div><div class="small-cta">
<ul class="list-links-small "><li><a href="https://www.djangoproject.com/fundraising/">${fund[1]}</a></li></ul></div></div>
<h2>Contents</h2><ul><li><a class="reference internal" href="#">${title}</a><ul>${art.headings
  .map((t) => `<li><a class="reference internal" href="#${anchor(t)}">${t}</a></li>`)
  .join('')}</ul></li></ul>
<h2>${browse[0]}</h2><ul><li>${browse[1]} <a rel="prev" href="../signals/">${browse[2]}</a></li><li>${browse[3]} <a rel="next"
href="../checks/">${browse[4]}</a></li>
${links(browse.slice(5))}</ul><h2>${here[0]}</h2><ul><li><a href="../../">${here[1]}</a><ul><li><a
href="../">${here[2]}</a><ul><li>${title}</li></ul></li></ul></li></ul>
<h2 id="getting-help-sidebar">Getting help</h2><dl
class="list-links">${help.map(([t, d]) => `<dt><a href="../../faq/">${t}</a></dt><dd>${d}</dd>`).join('\n')}</dl>
<h2 id="download-sidebar">${download[0]}</h2><p>${download[1]} <a href="https://media.djangoproject.com/docs/django-docs-5.2-en.zip">${download[2]}</a> |
<a href="https://buildmedia.readthedocs.org/media/pdf/django/5.2.x/django.pdf">${download[3]}</a> | <a
href="https://buildmedia.readthedocs.org/media/epub/django/5.2.x/django.epub">${download[4]}</a>
<br><span class="quiet">Provided by <a href="https://readthedocs.org/">Read the Docs</a>.</span></p><h2
id="diamond-and-platinum-members-sidebar">${members[0]}</h2>
<div class="diamond-members"><div class="diamond-member"><a href="https://corvid.example/?utm_source=django"><img
src="https://media.djangoproject.com/corvid.png"
alt="${members[1]}"><span class="visuallyhidden">${members[1]}</span></a><p>${members[2]}</p></div><div class="diamond-member"><a
href="https://lanternfish.example/">
<img src="https://media.djangoproject.com/lanternfish.png" alt="${members[3]}"><span
class="visuallyhidden">${members[3]}</span></a><p>${members2[0]}</p></div></div></div></div>
<footer><div class="subfooter"><div class="container"><h1 class="visuallyhidden">Django Links</h1>${footCols
  .map(([h, items]) => `<div class="col"><h2>${h}</h2><ul>${links(items)}</ul></div>`)
  .join(
    '\n',
  )}</div></div><div class="footer"><div class="container"><div class="footer-logo"><a class="logo" href="https://www.djangoproject.com/">Django</a></div>
<ul class="thanks"><li><span>${credits[0]}</span> <a class="in-kind-donors"
href="https://www.djangoproject.com/fundraising/#in-kind-donors">${credits[1]}</a></li>
<li class="design"><span>${credits[2]}</span> <a class="threespot" href="https://www.threespot.com">${credits[3]}</a> <span class="ampersand">&amp;</span>
<a class="andrevv" href="http://andrevv.com/">${credits[4]}</a></li></ul><p class="copyright">© 2005-2025 <a
href="https://www.djangoproject.com/foundation/">Django Software
Foundation</a> and individual contributors. Django is a <a href="https://www.djangoproject.com/trademarks/">registered trademark</a> of the
Django Software Foundation.</p>
</div></div></footer><script src="https://static.djangoproject.com/js/main.2dfb7f0a1b92.js"></script></body></html>`;
export const djangoPage: TestPage = {
  name: 'heldout126-django-docs-topic',
  kind: 'docs',
  html,
  // the "New in Django 5.2." line and the warning's text are body, the admonition label "Warning" is in neither list; the
  // sidebar contents and "You are here" entries repeat the title and headings and are left out; the page has no byline
  title,
  headings: art.headings,
  body: art.body,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set(['Django', 'The web framework for perfectionists with deadlines.', 'Menu', 'Main navigation', ...nav, ...theme,
    'Search 5.2 documentation', 'Submit', ...langs, ...versions, 'Back to Top', 'Additional Information', ...fund,
    'Contents', ...browse, ...here, 'Getting help', ...help.flat(),
    ...download, ...members,
    ...members2, 'Django Links', ...footCols.flat(2), ...credits, copyright]),
  ],
};
