import { links, type TestPage, texts } from './page-kit.js';

/** Held-out batch 174, file b3: a perldoc.perl.org page (Perldoc Browser template: navbar, version menu, pod sections). */
const plName = 'perlspool - Spooling output to temporary files';
const plH = ['SYNOPSIS', 'DESCRIPTION', 'Opening a spool', 'Committing and discarding', 'CAVEATS', 'SEE ALSO', 'AUTHOR'];
const plDesc = [
  'A spool is a temporary file that collects output until you decide what to do with it. Perl has no special type for spools; ' +
    'they are ordinary filehandles opened on anonymous temporary files. This document describes the conventions the core ' +
    'modules follow when they spool output, so that your own code can behave the same way.',
  'Spooling is useful when a program must not leave a half-written file behind. A report generator, for example, can write ' +
    'its whole report to a spool and only move it into place once every section has been produced without error.',
];
const plOpen = [
  'Open a spool with the <code>+&gt;</code> mode and <code>undef</code> as the file name. Perl then creates a file in the ' +
    'temporary directory, unlinks it at once, and hands you a handle opened for both reading and writing.',
  'Because the file has no name, nothing is left on disk if the program dies. On systems that do not allow an open file to be ' +
    'unlinked, Perl removes the file when the handle is closed instead.',
];
const plCommit = [
  'To commit a spool, seek back to the start and copy it to its destination. <a href="/File::Copy">File::Copy</a> accepts a ' +
    'filehandle as its source, so the copy needs only one line.',
  'To discard a spool, simply close it. The data is gone as soon as the last handle on the file is closed.',
];
const plCaveats = [
  'Large spools live on disk, not in memory, but they still count against the space available in the temporary directory. ' +
    'Set <code>TMPDIR</code> if the default location is small.',
  'A spool opened before a <a href="/functions/fork">fork</a> is shared by parent and child. Both see the same file position, ' +
    'so only one of them should write to it.',
];
const plSee = ['<a href="/perlopentut">perlopentut</a>, <a href="/File::Temp">File::Temp</a>, <a href="/functions/open">"open" in perlfunc</a>'];
const plAuthor = ['Written by Henrike Valdés, with suggestions from the Perl 5 Porters.'];
const plNav = ['About Perl', 'Perl Documentation', 'Download', 'Perl Weekly', 'Perl Foundation'];
const plDocs = ['Language', 'Functions', 'Operators', 'Special Variables', 'Pragmas', 'Utilities', 'FAQs', 'Other'];
const plVersions = ['Latest', 'blead', '5.42.0', '5.40.2', '5.38.4', 'Older...'];
const plHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>perlspool - Spooling output to temporary files - Perldoc Browser</title>
<link rel="search" href="/opensearch.xml" type="application/opensearchdescription+xml" title="Perldoc Browser">
<link rel="canonical" href="https://perldoc.perl.org/perlspool"><link href="/css/bootstrap.min.css" rel="stylesheet"><link href="/css/perldoc.css"
rel="stylesheet">
<script src="/js/jquery.min.js"></script><script src="/js/bootstrap.bundle.min.js"></script><script src="/js/perldoc.js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-50555-22"></script></head>
<body><noscript><div class="alert alert-warning">The version menu and the search box need JavaScript.</div></noscript>
<div id="wrapperlicious" class="container-fluid"><nav class="navbar navbar-expand-md navbar-dark bg-dark fixed-top">
<a class="navbar-brand" href="/"><img src="/images/perl_camel_30.png" alt="Camel">Perldoc Browser</a><button class="navbar-toggler" type="button"
data-toggle="collapse" data-target="#perldocNav" aria-controls="perldocNav" aria-expanded="false"
aria-label="Toggle navigation"><span class="navbar-toggler-icon">
</span></button><div class="collapse navbar-collapse" id="perldocNav"><ul class="navbar-nav mr-auto"><li class="nav-item dropdown">
<a class="nav-link dropdown-toggle" href="#" id="dropdownlink-stable" role="button" data-toggle="dropdown" aria-haspopup="true">5.42.0</a>
<div class="dropdown-menu" aria-labelledby="dropdownlink-stable">${plVersions.map((v) => `<a class="dropdown-item" href="/${v}/perlspool">${v}</a>`).join('')}
</div></li><li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" id="dropdownlink-nav" data-toggle="dropdown">Documentation</a>
<div class="dropdown-menu">${plDocs.map((d) => `<a class="dropdown-item" href="/${d.toLowerCase()}">${d}</a>`).join('')}</div></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-toggle="dropdown">Perl</a><div class="dropdown-menu">
${plNav.map((d) => `<a class="dropdown-item" href="https://www.perl.org/${d.toLowerCase()}">${d}</a>`).join('')}</div></li></ul>
<form class="form-inline" method="get" action="/search"><input class="form-control mr-sm-2" type="search" name="q" placeholder="Search" aria-label="Search">
<button class="btn btn-outline-light my-2 my-sm-0" type="submit">Search</button></form>
<a class="nav-link" href="#" id="perldoc-prefs" data-toggle="modal" data-target="#prefsModal">Preferences</a></div></nav>
<div id="perldocdiv"><div id="links"><a href="/5.42.0/perlspool.txt">Source</a><a href="/perlspool" class="perldoc-current">Latest</a>
<a href="https://github.com/Perl/perl5/issues">Report an issue</a></div>
<div id="contentlist"><div id="indexPanel" class="card"><div class="card-header" id="indexHeader"><h2 class="mb-0">
<button class="btn btn-link" type="button" data-toggle="collapse" data-target="#indexCollapse" aria-expanded="true">Contents</button></h2></div>
<div id="indexCollapse" class="collapse show"><div class="card-body"><ul><li><a href="#NAME">NAME</a></li>
${plH.map((h) => `<li><a href="#${h.replace(/ /g, '-')}">${h}</a></li>`).join('\n')}</ul></div></div></div></div>
<div id="content"><h1><a id="NAME" href="#NAME" class="permalink">#</a>NAME</h1>
<p>${plName}</p>
<h1><a id="SYNOPSIS" href="#SYNOPSIS" class="permalink">#</a>${plH[0]}</h1>
<pre><code>    open(my $spool, '+&gt;', undef) or die "Can't open spool: $!";
    print {$spool} build_report();
    seek($spool, 0, 0);
    copy($spool, 'report.txt') or die "Copy failed: $!";</code></pre>
<h1><a id="DESCRIPTION" href="#DESCRIPTION" class="permalink">#</a>${plH[1]}</h1>
${plDesc.map((p) => `<p>${p}</p>`).join('\n')}
<h2><a id="Opening-a-spool" href="#Opening-a-spool" class="permalink">#</a>${plH[2]}</h2>
${plOpen.map((p) => `<p>${p}</p>`).join('\n')}
<h2><a id="Committing-and-discarding" href="#Committing-and-discarding" class="permalink">#</a>${plH[3]}</h2>
<p>${plCommit[0]}</p><pre><code>    use File::Copy qw(copy);
    seek($spool, 0, 0) or die;
    copy($spool, $final_path) or die "Copy failed: $!";</code></pre><p>${plCommit[1]}</p>
<h1><a id="CAVEATS" href="#CAVEATS" class="permalink">#</a>${plH[4]}</h1>
${plCaveats.map((p) => `<p>${p}</p>`).join('\n')}
<h1><a id="SEE-ALSO" href="#SEE-ALSO" class="permalink">#</a>${plH[5]}</h1><p>${plSee[0]}</p>
<h1><a id="AUTHOR" href="#AUTHOR" class="permalink">#</a>${plH[6]}</h1><p>${plAuthor[0]}</p>
</div></div>
<div class="modal fade" id="prefsModal" tabindex="-1" role="dialog" aria-hidden="true"><div class="modal-dialog"><div class="modal-content">
<div class="modal-header"><h5 class="modal-title">Perldoc Browser Preferences</h5></div><div class="modal-body"><p>Color scheme</p>
<select><option>Light</option><option>Dark</option></select></div><div class="modal-footer"><button type="button" data-dismiss="modal">Close</button>
</div></div></div></div>
<div id="footer"><div class="container-fluid"><div class="row"><div class="col-md-6"><ul class="list-inline">${links(['Perl.org', 'CPAN', 'MetaCPAN'])}</ul>
</div><div class="col-md-6"><p>Perldoc Browser is maintained by Dagny Orme and Priit Saks. Please contact them via the
<a href="https://github.com/Grinnz/perldoc-browser/issues">GitHub issue tracker</a> or email regarding any issues with the site itself, search, or rendering of
documentation.</p><p>The Perl documentation is maintained by the Perl 5 Porters in the development of Perl. Please contact them via the
<a href="https://github.com/Perl/perl5/issues">Perl issue tracker</a>, the <a href="https://lists.perl.org/list/perl5-porters.html">mailing list</a>, or
<a href="https://perldoc.perl.org/perlirc">IRC</a> to report any issues with the contents or format of the documentation.</p></div></div></div></div>
</div><script>perldoc_init();</script></body></html>`;
export const perldocPage: TestPage = {
  name: 'heldout174-perldoc-pod',
  kind: 'docs',
  html: plHtml,
  // a pod page's headline is its first head, "NAME"; the name line under it is body; the "#" permalinks and the Contents
  // panel (a repeat of the heads) are left out; the AUTHOR section is part of the pod (body), as it is in the document
  title: 'NAME',
  headings: plH,
  body: texts([plName, ...plDesc, ...plOpen, ...plCommit, ...plCaveats, ...plSee, ...plAuthor]),
  bylines: [],
  furniture: [
    'Perldoc Browser',
    '5.42.0',
    ...plVersions.filter((v) => v !== '5.42.0'),
    'Documentation',
    ...plDocs,
    'Perl',
    ...plNav,
    'Preferences',
    'Search',
    'Source',
    'Report an issue',
    'Contents',
    'Perldoc Browser Preferences',
    'Color scheme',
    'Close',
    'Perl.org',
    'CPAN',
    'MetaCPAN',
    'Perldoc Browser is maintained by Dagny Orme and Priit Saks. Please contact them via the GitHub issue tracker or email regarding any ' +
      'issues with the site itself, search, or rendering of documentation.',
    'The Perl documentation is maintained by the Perl 5 Porters in the development of Perl. Please contact them via the Perl issue ' +
      'tracker, the mailing list, or IRC to report any issues with the contents or format of the documentation.',
    'The version menu and the search box need JavaScript.',
  ],
};
