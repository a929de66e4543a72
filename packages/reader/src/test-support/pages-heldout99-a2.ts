import { links, type TestPage, texts } from './page-kit.js';
import { djCodeListView, djCodeShell, djCodeView } from './pages-heldout99-a3.js';

/**
 * Held-out batch 99, file a2: a Django 2.2 documentation topic page on docs.djangoproject.com (the site banner with its
 * hidden "Menu" and "Main navigation" labels, the "Documentation" copy banner with the search form, the version and language
 * switchers, the floating "This document is for an insecure version of Django that is no longer supported" warning, the
 * Sphinx body with pilcrow header links and a Note admonition, the horizontal prev/next browse links, the complementary
 * sidebar with the "Support Django!" donation box, Contents, Browse, "You are here:", "Getting help" and the offline
 * downloads, and the two-level footer).
 */
const c = (t: string): string => `<code class="docutils literal notranslate"><span class="pre">${t}</span></code>`;
const pl = (id: string): string => `<a class="headerlink" href="#${id}" title="Permalink to this headline">¶</a>`;
const djTitle = 'Pagination';
const djP1 = [
  `Django provides a few classes that help you manage paginated data – that is, data that’s split across several pages, with “Previous/Next” ` +
    `links. These classes live in ${c('django/core/paginator.py')}.`,
];
const djH1 = 'Example';
const djP2 = [
  `Give ${c('Paginator')} a list of objects, plus the number of items you’d like to have on each page, and it gives you methods for accessing ` +
    'the items for each page. The list can be an ordinary Python list, a tuple, a Django <code class="docutils literal notranslate">' +
    '<span class="pre">QuerySet</span></code>, or any other object with a <code class="docutils literal notranslate"><span class="pre">count()</span>' +
    '</code> or <code class="docutils literal notranslate"><span class="pre">__len__()</span></code> method.',
  'In the session below, a list of six harbour names is split into pages of two:',
];
const djH2 = 'Using Paginator in a view function';
const djP3 = [
  `Here’s a slightly more complex example using ${c('Paginator')} in a view to paginate a queryset. We give both the view and the accompanying ` +
    'template to show how you can display the results. This example assumes you have a <code class="docutils literal notranslate"><span class="pre">' +
    'Tide</span></code> model that has already been imported.',
  `The view reads the requested page number from the query string and asks the paginator for that page with ${c('get_page()')}. This method is ` +
    'forgiving: if the number is missing or not an integer it returns the first page, and if it is too large it returns the last one.',
  `In the template, the ${c('Page')} object behaves like a list of the items on the current page, and it also knows whether there are pages ` +
    'before and after it, which is all you need to build the navigation links.',
];
const djNote =
  `Pagination of an unordered ${c('QuerySet')} can give inconsistent results, because the database is free to return rows in a different order ` +
  `for each page. Add an ${c('ordering')} to the model’s Meta or call ${c('order_by()')} before paginating.`;
const djH3 = 'Paginating a ListView';
const djP4 = [
  `${c('django.views.generic.list.ListView')} provides a built-in way to paginate the displayed list. You can do this by adding a ` +
    `${c('paginate_by')} attribute to your view class, for example:`,
  `This limits the number of objects per page and adds a ${c('paginator')} and ${c('page_obj')} to the context. To allow your users to navigate ` +
    'between pages, add links to the next and previous page to your template.',
];
const djH4 = 'Handling invalid page numbers';
const djP5 = [
  `When you call ${c('page()')} instead of ${c('get_page()')}, out-of-range or malformed numbers are not corrected for you. The paginator raises ` +
    'one of its exceptions instead, and it is up to the view to decide what the visitor sees:',
];
const djList = [
  `${c('PageNotAnInteger')} is raised when the number cannot be converted to an integer.`,
  `${c('EmptyPage')} is raised when the number is valid but lower than one or higher than the number of pages.`,
  `Both exceptions are subclasses of ${c('InvalidPage')}, so a single except clause can handle either of them.`,
];
const djP6 = [
  `A common pattern is to catch ${c('EmptyPage')} and return an HTTP 404 response, so that search engines stop following links to pages that ` +
    'no longer exist after items have been deleted.',
];
const djNav = ['Overview', 'Download', 'Documentation', 'News', 'Community', 'Code', 'Issues', 'About', '♥ Donate'];
const djWarning = 'This document is for an insecure version of Django that is no longer supported. Please upgrade to a newer release!';
const djLangs = ['el', 'es', 'fr', 'id', 'ja', 'ko', 'pl', 'pt-br', 'zh-hans'];
const djVersions = ['dev', '5.2', '5.1', '4.2', '3.2', '2.1', '2.0'];
const djDonor = 'Halvard Steen donated to the Django Software Foundation to support Django development. Donate today!';
const djBrowse = ['Serializing Django objects', 'Security in Django', 'Table of contents', 'General Index', 'Python Module Index'];
const djHelp = [
  'FAQ',
  'Try the FAQ — it’s got answers to many common questions.',
  'Index, Module Index, or Table of Contents',
  'Handy when looking for specific information.',
  'django-users mailing list',
  'Search for information in the archives of the django-users mailing list, or post a question.',
  '#django IRC channel',
  'Ask a question in the #django IRC channel, or search the IRC logs to see if it’s been asked before.',
  'Ticket tracker',
  'Report bugs with Django or Django documentation in our ticket tracker.',
];
const djFootCols: [string, string[]][] = [
  ['Learn More', ['About Django', 'Getting Started with Django', 'Team Organization', 'Django Software Foundation', 'Code of Conduct', 'Diversity Statement']],
  ['Get Involved', ['Join a Group', 'Contribute to Django', 'Submit a Bug', 'Report a Security Issue', 'Individual membership']],
  ['Get Help', ['Getting Help FAQ', 'Django Discord', 'Official Django Forum']],
  ['Follow Us', ['GitHub', 'X', 'Fediverse (Mastodon)', 'Bluesky', 'LinkedIn', 'News RSS']],
  ['Support Us', ['Sponsor Django', 'Corporate membership', 'Official merchandise store', 'Benevity Workplace Giving Program']],
];
const djCopyright = '© 2005-2025 Django Software Foundation and individual contributors. Django is a registered trademark of the Django Software Foundation.';
const djPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const djSection = (id: string, h: string, inner: string): string =>
  `<div class="section" id="s-${id}">\n<span id="${id}"></span><h2>${h}${pl(id)}</h2>\n${inner}\n</div>`;
const djHtml = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="The web framework for perfectionists with deadlines.">
  <meta name="ROBOTS" content="NOINDEX">
  <meta property="og:title" content="Django">
  <meta property="og:description" content="The web framework for perfectionists with deadlines.">
  <meta property="og:url" content="https://docs.djangoproject.com/en/2.2/topics/pagination/">
  <meta name="twitter:site" content="@djangoproject">
  <title>Pagination | Django documentation | Django</title>
  <link rel="canonical" href="https://docs.djangoproject.com/en/5.2/topics/pagination/">
  <link rel="stylesheet" href="https://static.djangoproject.com/css/output.2d7f4f1c9a3b.css">
  <link rel="search" type="application/opensearchdescription+xml" href="https://docs.djangoproject.com/en/2.2/search/description/" title="Django Documentation">
  <script src="https://static.djangoproject.com/js/lib/modernizr.ad91a2c4f1e2.js"></script>
</head>
<body id="generic" class="">
  <a href="#main-content" class="skip-link">Skip to main content</a>
  <div role="banner" id="top">
    <div class="container">
      <a class="logo" href="https://www.djangoproject.com/">Django</a>
      <p class="meta">The web framework for perfectionists with deadlines.</p>
      <button class="menu-button"><i class="icon icon-reorder"></i><span class="visuallyhidden">Menu</span></button>
      <nav aria-labelledby="navigation-header">
        <p id="navigation-header" class="visuallyhidden">Main navigation</p>
        <ul>
${links(djNav)}
        </ul>
      </nav>
    </div>
  </div>
  <div class="copy-banner">
    <div class="container">
      <h1><a href="https://docs.djangoproject.com/en/2.2/">Documentation</a></h1>
      <search class="search form-input" aria-labelledby="docs-search-label">
        <form action="https://docs.djangoproject.com/en/2.2/search/">
          <label id="docs-search-label" class="visuallyhidden" for="id_q">Search 2.2 documentation</label>
          <input type="search" name="q" placeholder="Search 2.2 documentation" id="id_q">
          <button type="submit"><i class="icon icon-search" aria-hidden="true"></i><span class="visuallyhidden">Submit</span></button>
        </form>
      </search>
    </div>
  </div>
  <div id="billboard"></div>
  <div class="container sidebar-right">
    <main id="main-content">
      <div id="version-switcher">
        <ul id="doc-languages" class="language-switcher doc-switcher">
          <li class="current">Language: <strong>en</strong></li>
${djLangs.map((l) => `          <li class="other"><a href="https://docs.djangoproject.com/${l}/2.2/topics/pagination/">${l}</a></li>`).join('\n')}
        </ul>
        <ul id="doc-versions" class="version-switcher doc-switcher">
          <li class="current">Documentation version: <strong>2.2</strong></li>
${djVersions.map((v) => `          <li class="other"><a href="https://docs.djangoproject.com/en/${v}/topics/pagination/">${v}</a></li>`).join('\n')}
        </ul>
      </div>
      <div id="outdated-warning" class="doc-floating-warning">
        This document is for an insecure version of Django that is no longer supported. Please upgrade to a
        <a href="https://docs.djangoproject.com/en/5.2/topics/pagination/">newer release</a>!
      </div>
      <div id="docs-content">
<div class="section" id="s-module-django.core.paginator">
<span id="s-pagination"></span><span id="module-django.core.paginator"></span><span
id="pagination"></span><h1>${djTitle}${pl('module-django.core.paginator')}</h1>
${djPs(djP1)}
${djSection(
  'example',
  djH1,
  `${djPs(djP2)}
${djCodeShell}`,
)}
${djSection(
  'using-paginator-in-a-view-function',
  djH2,
  `${djPs(djP3.slice(0, 2))}
${djCodeView}
${djPs(djP3.slice(2))}
<div class="admonition note">
<p class="first admonition-title">Note</p>
<p class="last">${djNote}</p>
</div>`,
)}
${djSection(
  'paginating-a-listview',
  djH3,
  `${djPs(djP4.slice(0, 1))}
${djCodeListView}
${djPs(djP4.slice(1))}`,
)}
${djSection(
  'handling-invalid-page-numbers',
  djH4,
  `${djPs(djP5)}
<ul class="simple">
${djList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${djPs(djP6)}`,
)}
</div>
      </div>
      <div class="browse-horizontal">
        <div class="left"><a rel="prev" href="../serialization/"><span class="arrow">‹</span> ${djBrowse[0]}</a></div>
        <div class="right"><a rel="next" href="../security/">${djBrowse[1]} <span class="arrow">›</span></a></div>
      </div>
    </main>
    <div role="complementary">
      <h2 class="visuallyhidden" id="aside-header">Additional Information</h2>
      <div class="fundraising-sidebar">
        <h3>Support Django!</h3>
        <div class="small-heart"><img src="https://static.djangoproject.com/img/fundraising-heart.cd6bb84ffd33.svg" alt="Support Django!"></div>
        <div class="small-cta"><ul class="list-links-small"><li><a href="https://www.djangoproject.com/fundraising/">${djDonor}</a></li></ul></div>
      </div>
      <h3>Contents</h3>
      <ul>
<li><a class="reference internal" href="#">Pagination</a><ul>
<li><a class="reference internal" href="#example">Example</a></li>
<li><a class="reference internal" href="#using-paginator-in-a-view-function">Using <code class="docutils literal notranslate"><span
class="pre">Paginator</span></code> in a view function</a></li>
<li><a class="reference internal" href="#paginating-a-listview">Paginating a <code class="docutils literal notranslate"><span
class="pre">ListView</span></code></a></li>
<li><a class="reference internal" href="#handling-invalid-page-numbers">Handling invalid page numbers</a></li>
</ul></li>
      </ul>
      <h3>Browse</h3>
      <ul>
        <li>Prev: <a rel="prev" href="../serialization/">${djBrowse[0]}</a></li>
        <li>Next: <a rel="next" href="../security/">${djBrowse[1]}</a></li>
        <li><a href="../../contents/">${djBrowse[2]}</a></li>
        <li><a href="../../genindex/">${djBrowse[3]}</a></li>
        <li><a href="../../py-modindex/">${djBrowse[4]}</a></li>
      </ul>
      <h3>You are here:</h3>
      <ul><li><a href="../../">Django 2.2 documentation</a><ul><li><a href="../">Using Django</a><ul><li>Pagination</li></ul></li></ul></li></ul>
      <h3>Getting help</h3>
      <dl class="list-links">
        <dt><a href="../../faq/">FAQ</a></dt><dd>${djHelp[1]}</dd>
        <dt><a href="../../genindex/">Index</a>, <a href="../../py-modindex/">Module Index</a>, or <a href="../../contents/">Table of Contents</a></dt>
        <dd>${djHelp[3]}</dd>
        <dt><a href="https://groups.google.com/group/django-users/">${djHelp[4]}</a></dt><dd>${djHelp[5]}</dd>
        <dt><a href="irc://irc.libera.chat/django">${djHelp[6]}</a></dt><dd>${djHelp[7]}</dd>
        <dt><a href="https://code.djangoproject.com/">${djHelp[8]}</a></dt><dd>${djHelp[9]}</dd>
      </dl>
      <h3>Download:</h3>
      <p>Offline (Django 2.2): <a href="https://media.djangoproject.com/docs/django-docs-2.2-en.zip">HTML</a> |
        <a href="https://media.readthedocs.org/pdf/django/2.2.x/django.pdf">PDF</a> |
        <a href="https://media.readthedocs.org/epub/django/2.2.x/django.epub">ePub</a><br>
        <span class="quiet">Provided by <a href="https://readthedocs.org/">Read the Docs</a>.</span></p>
    </div>
  </div>
  <footer>
    <div class="subfooter">
      <div class="container">
        <h1 class="visuallyhidden">Django Links</h1>
${djFootCols.map(([h, items]) => `        <div class="col"><h2>${h}</h2><ul>\n${links(items)}\n</ul></div>`).join('\n')}
      </div>
    </div>
    <div class="footer">
      <div class="container">
        <div class="footer-logo"><a class="logo" href="https://www.djangoproject.com/">Django</a></div>
        <ul class="thanks">
          <li><span>Hosting by</span> <a class="in-kind-donors" href="https://www.djangoproject.com/fundraising/#in-kind-donors">In-kind donors</a></li>
          <li class="design"><span>Design by</span> <a class="threespot" href="https://www.threespot.com">Threespot</a>
            <span class="ampersand">&amp;</span> <a class="andrevv" href="http://andrevv.com/">andrevv</a></li>
        </ul>
        <p class="copyright">© 2005-2025 <a href="https://www.djangoproject.com/foundation/">Django Software Foundation</a> and individual
          contributors. Django is a <a href="https://www.djangoproject.com/trademarks/">registered trademark</a> of the Django Software Foundation.</p>
      </div>
    </div>
  </footer>
  <script src="https://static.djangoproject.com/js/lib/require.4f2cc1c1ea47.js" data-main="https://static.djangoproject.com/js/main.8a3c1f0d.js"></script>
</body>
</html>`;
export const djangoOld: TestPage = {
  html: djHtml,
  name: 'heldout99-django-old-version-docs',
  kind: 'docs',
  // the h1 is the title (its pilcrow permalink is in neither list); the Note label is in neither list, its text body; the
  // sidebar Contents list (it repeats the title and headings) and the breadcrumb's last item are in neither list
  title: djTitle,
  headings: [djH1, djH2, djH3, djH4],
  body: texts([...djP1, ...djP2, ...djP3, djNote, ...djP4, ...djP5, ...djList, ...djP6]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'The web framework for perfectionists with deadlines.', 'Menu', 'Main navigation', ...djNav, 'Search 2.2 documentation',
    'Submit', 'Language: en', ...djLangs, 'Documentation version: 2.2', ...djVersions, djWarning, ...djBrowse, 'Additional Information',
    'Support Django!', djDonor, 'Contents', 'Browse', 'Prev:', 'Next:', 'You are here:', 'Django 2.2 documentation', 'Using Django', 'Getting help',
    ...djHelp, 'Download:', 'Offline (Django 2.2):', 'HTML', 'PDF', 'ePub', 'Provided by Read the Docs.', 'Django Links',
    ...djFootCols.flatMap(([h, items]) => [h, ...items]), 'Hosting by', 'In-kind donors', 'Design by', 'Threespot', 'andrevv', djCopyright,
  ],
};
