import { links, type TestPage, texts } from './page-kit.js';
import { k8sDocs } from './pages-heldout94-d2.js';
import { paras, tags } from './pages-heldout94-kit.js';

/**
 * Held-out batch 94, file d: a Django documentation page (docs.djangoproject.com, development version: the site header with
 * the main nav, "Donate" and theme toggle, the "Documentation" copy banner, the docs search, the floating dev-version
 * warning, the Sphinx body with "¶" header links, note and warning admonitions and code blocks, the prev/next browse bar,
 * "Back to Top", and the right column with the fundraising box, contents, browse, "You are here", getting help, download
 * and member listings, then the sub-footer) and, from file d2, a Kubernetes documentation page on Hugo Docsy.
 */
const djTitle = 'How to remove old data with a management command';
const djP1 = paras(`
Many projects keep data that is only useful for a while: expired sessions, old log entries, audit rows past their retention
period. This guide shows how to write a <a class="reference internal" href="../custom-management-commands/"><span class="doc">custom
management command</span></a> that deletes such rows safely, in batches, and how to test and schedule it.

The examples use a <code class="docutils literal notranslate"><span class="pre">LoginAttempt</span></code> model with a
<code class="docutils literal notranslate"><span class="pre">created</span></code> field, but the same approach works for any model.`);
const djH1 = 'Writing the command';
const djP2 = paras(`
Create a <code class="docutils literal notranslate"><span class="pre">management/commands</span></code> directory inside your
application and add a module named after the command. The command below accepts the number of days to keep, so the same code
can be used with different retention periods in different environments.`);
const djCode1 = `from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from accounts.models import LoginAttempt


class Command(BaseCommand):
    help = "Delete login attempts older than the given number of days."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=90)

    def handle(self, *args, **options):
        cutoff = timezone.now() - timedelta(days=options["days"])
        deleted = purge(LoginAttempt.objects.filter(created__lt=cutoff))
        self.stdout.write(f"Deleted {deleted} login attempts.")`;
const djP3 = paras(`
Calculating the cutoff with <code class="docutils literal notranslate"><span class="pre">timezone.now()</span></code> rather
than <code class="docutils literal notranslate"><span class="pre">datetime.now()</span></code> keeps the comparison correct when
<a class="reference internal" href="../../ref/settings/#std-setting-USE_TZ"><code class="xref std std-setting docutils literal notranslate">
<span class="pre">USE_TZ</span></code></a> is enabled.`);
const djH2 = 'Deleting in batches';
const djP4 = paras(`
Calling <code class="docutils literal notranslate"><span class="pre">delete()</span></code> on a queryset that matches millions
of rows can hold locks for a long time and use a great deal of memory, because Django collects related objects before
deleting them. Deleting in batches of primary keys keeps each transaction short.`);
const djNote = paras(`
If the model has no reverse relations and no signal receivers, you can pass a smaller batch size for faster runs, but larger
batches are rarely worth the longer locks on a busy database.`);
const djP5 = paras(`
Each batch runs in its own transaction, so an interrupted run leaves the table in a consistent state and can simply be
started again.`);
const djH3 = 'Testing the command';
const djP6 = paras(`
Use <a class="reference internal" href="../../ref/django-admin/#django.core.management.call_command" title="django.core.management.call_command">
<code class="xref py py-func docutils literal notranslate"><span class="pre">call_command()</span></code></a> in your tests to
run the command with the same arguments you would use on the command line. Create rows on both sides of the cutoff and check
that only the old ones are removed.

Because the command uses <code class="docutils literal notranslate"><span class="pre">transaction.atomic()</span></code>, it
also works inside <a class="reference internal" href="../../topics/testing/tools/#django.test.TestCase"><code class="xref py py-class
docutils literal notranslate"><span class="pre">TestCase</span></code></a>, where each test already runs in a transaction. The
batches become savepoints and are rolled back with the rest of the test.`);
const djH4 = 'Scheduling it';
const djP7 = paras(`
Django does not include a scheduler. Run the command from whatever your platform provides, such as cron, a systemd timer, or
your hosting provider’s scheduled jobs, at a quiet time of day. Log the number of deleted rows so that a sudden change is easy
to spot.`);
const djWarn = paras(`
Always test a retention command against a copy of production data before scheduling it. A mistake in the cutoff calculation
deletes data that cannot be recovered.`);
const djCode2 = `from django.db import transaction


def purge(queryset, batch_size=1000):
    deleted = 0
    while pks := list(queryset.values_list("pk", flat=True)[:batch_size]):
        with transaction.atomic():
            deleted += queryset.model.objects.filter(pk__in=pks).delete()[0]
    return deleted`;
const djNav = ['Overview', 'Download', 'Documentation', 'News', 'Community', 'Code', 'Issues', 'About', '♥ Donate'];
const djDevWarning =
  'This document is for Django’s development version, which can be significantly different from previous releases. For older ' +
  'releases, use the version selector floating in the bottom right corner of this page.';
const djPrev = 'How to create custom template tags and filters';
const djNext = 'How to write a custom storage class';
const djHelp = [
  'FAQ',
  'Try the FAQ — it’s got answers to many common questions.',
  'Index, Module Index, or Table of Contents',
  'Handy when looking for specific information.',
  'Django Discord Server',
  'Chat with other Django users on the community Discord server.',
  'Official Django Forum',
  'Join the community on the Django Forum.',
  'Ticket tracker',
  'Report bugs with Django or Django documentation in our ticket tracker.',
];
const djFund = 'Ostrander Labs donated to the Django Software Foundation to support Django development. Donate today!';
const djMembers = ['Corvid Hosting', 'Managed Postgres and Python hosting for teams of every size.', 'Tallis Systems', 'Observability for Django apps.'];
const djFoot = [
  'Learn More',
  'About Django',
  'Getting Started with Django',
  'Team Organization',
  'Django Software Foundation',
  'Code of Conduct',
  'Diversity Statement',
  'Get Involved',
  'Join a Group',
  'Contribute to Django',
  'Submit a Bug',
  'Report a Security Issue',
  'Individual membership',
  'Follow Us',
  'GitHub',
  'Fediverse',
  'News RSS',
  'Support Us',
  'Sponsor Django',
  'Corporate membership',
  'Official merchandise store',
];
const djCopy = '© 2005-2025 Django Software Foundation and individual contributors. Django is a registered trademark of the Django Software Foundation.';
const djHl = (id: string): string => `<a class="headerlink" href="#${id}" title="Link to this heading">¶</a>`;
const djSection = (id: string, h: string, inner: string): string =>
  `<section id="${id}">\n<span id="s-${id}"></span><h2>${h}${djHl(id)}</h2>\n${inner}\n</section>`;
const djPre = (code: string): string =>
  `<div class="highlight-python notranslate"><div class="highlight"><pre><span></span>${code.replace(/</g, '&lt;')}\n</pre></div></div>`;
const djAdm = (kind: string, title: string, text: readonly string[]): string =>
  `<div class="admonition ${kind}">\n<p class="admonition-title">${title}</p>\n${tags('p', text)}\n</div>`;
const djHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="The web framework for perfectionists with deadlines."><meta name="ROBOTS" content="ALL">
<meta property="og:title" content="${djTitle} | Django documentation"><meta property="og:site_name" content="Django Project">
<title>${djTitle} | Django documentation | Django</title>
<link rel="canonical" href="https://docs.djangoproject.com/en/dev/howto/remove-old-data/">
<link rel="stylesheet" href="https://static.djangoproject.example/css/output.3c1d52a7f1e9.css">
<script src="https://static.djangoproject.example/js/lib/jquery.min.js"></script><script defer src="https://static.djangoproject.example/js/main.js"></script>
</head><body id="generic" class="">
<header><div class="container header"><a class="logo" href="https://www.djangoproject.com/">Django</a>
<p class="meta">The web framework for perfectionists with deadlines.</p><button class="menu-button"><i class="icon icon-reorder"></i>
<span class="visuallyhidden">Menu</span></button><nav aria-labelledby="navigation-header"><p id="navigation-header" class="visuallyhidden">Main
navigation</p><ul>
${djNav.map((t) => `<li${t === 'Documentation' ? ' class="active"' : ''}><a href="https://www.djangoproject.com/${t.length}/">${t}</a></li>`).join('\n')}
<li><button class="theme-toggle"><div class="visually-hidden theme-label-when-auto">Toggle theme (current theme:
auto)</div></button></li></ul></nav></div></header>
<div class="copy-banner"><div class="container"><h1><a href="https://docs.djangoproject.com/en/dev/">Documentation</a></h1></div></div>
<div id="billboard"></div>
<div class="container sidebar-right"><main>
<div id="version-switcher"><ul id="doc-languages" class="language-switcher doc-switcher"><li class="current"><span>Language:
<strong>en</strong></span></li></ul>
<ul id="doc-versions" class="version-switcher doc-switcher"><li class="current current-version"><span>Documentation version:
<strong>development</strong></span></li>
</ul></div>
<search class="search form-input" aria-labelledby="docs-search-label"><form action="https://docs.djangoproject.com/en/dev/search/">
<label id="docs-search-label" class="visuallyhidden" for="id_q">Search dev documentation</label><input type="search" name="q"
placeholder="Search dev documentation"
id="id_q"><button type="submit"><i class="icon icon-search"></i><span class="visuallyhidden">Submit</span></button></form></search>
<div id="dev-warning" class="doc-floating-warning">${djDevWarning}</div>
<div id="docs-content"><section id="how-to-remove-old-data-with-a-management-command">
<span id="s-how-to-remove-old-data-with-a-management-command"></span><h1>${djTitle}${djHl('how-to-remove-old-data-with-a-management-command')}</h1>
${tags('p', djP1)}
${djSection('writing-the-command', djH1, `${tags('p', djP2)}\n${djPre(djCode1)}\n${tags('p', djP3)}`)}
${djSection('deleting-in-batches', djH2, `${tags('p', djP4)}\n${djPre(djCode2)}\n${djAdm('note', 'Note', djNote)}\n${tags('p', djP5)}`)}
${djSection('testing-the-command', djH3, tags('p', djP6))}
${djSection('scheduling-it', djH4, `${tags('p', djP7)}\n${djAdm('warning', 'Warning', djWarn)}`)}
</section></div>
<nav class="browse-horizontal" aria-labelledby="browse-horizontal-header"><p id="browse-horizontal-header" class="visuallyhidden">Browse</p><ul>
<li class="left"><a rel="prev" href="../custom-template-tags/"><span class="arrow-icon">‹</span> ${djPrev}</a></li>
<li class="right"><a rel="next" href="../custom-file-storage/">${djNext} <span class="arrow-icon">›</span></a></li></ul></nav></main>
<a href="#top" class="backtotop"><i class="icon icon-chevron-up"></i> Back to Top</a>
<div role="complementary"><h2 class="visuallyhidden" id="aside-header">Additional Information</h2>
<div class="fundraising-sidebar"><h3>Support Django!</h3><div class="small-heart"><img src="https://static.djangoproject.example/img/heart.png" alt=""></div>
<div class="small-cta"><ul class="list-links-small"><li><a href="https://www.djangoproject.com/fundraising/">${djFund}</a></li></ul></div></div>
<h2>Contents</h2><ul><li><a class="reference internal" href="#">${djTitle}</a><ul>
${[djH1, djH2, djH3, djH4]
  .map(
    (h) => `<li><a class="reference internal"
href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`,
  )
  .join('\n')}</ul></li></ul>
<h2>Browse</h2><ul><li>Prev: <a href="../custom-template-tags/">${djPrev}</a></li><li>Next: <a href="../custom-file-storage/">${djNext}</a></li>
<li><a href="../../contents/">Table of contents</a></li><li><a href="../../genindex/">General Index</a></li><li><a href="../../py-modindex/">Python Module
Index</a></li></ul>
<h2>You are here:</h2><ul><li><a href="../../">Django dev documentation</a><ul><li><a href="../">How-to
guides</a><ul><li>${djTitle}</li></ul></li></ul></li></ul>
<h2 id="getting-help-sidebar">Getting help</h2><dl class="list-links">
${djHelp.map((t, i) => (i % 2 === 0 ? `<dt><a href="#h${i}">${t}</a></dt>` : `<dd>${t}</dd>`)).join('\n')}</dl>
<h2>Download:</h2><p>Offline (Django dev): <a href="#html">HTML</a> | <a href="#pdf">PDF</a> | <a href="#epub">ePub</a><br>
<span class="quiet">Provided by <a href="https://readthedocs.org/">Read the Docs</a>.</span></p>
<h2>Diamond and Platinum Members</h2><div class="diamond-platinum-members"><dl>
${djMembers.map((t, i) => (i % 2 === 0 ? `<dt><a href="#m${i}">${t}</a></dt>` : `<dd>${t}</dd>`)).join('\n')}</dl></div></div></div>
<footer class="subfooter"><div class="container"><ul class="footer-links">${links(djFoot)}</ul><p class="copyright">${djCopy}</p></div></footer>
<script>window.addEventListener("load", function () { document.documentElement.classList.add("loaded"); });</script></body></html>`;
const django: TestPage = {
  name: 'heldout94-django-docs',
  kind: 'docs',
  html: djHtml,
  // admonition texts are body and their "Note" / "Warning" labels in neither list; the "¶" header links are furniture; the
  // sidebar "Contents" repeats the headings and is left out; the floating dev-version warning is furniture
  title: djTitle,
  headings: [djH1, djH2, djH3, djH4],
  body: texts([...djP1, ...djP2, ...djP3, ...djP4, ...djNote, ...djP5, ...djP6, ...djP7, ...djWarn]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The web framework for perfectionists with deadlines.', 'Menu', 'Main navigation', ...djNav, 'Toggle theme (current theme: auto)', 'Language: en',
    'Documentation version: development', 'Search dev documentation', 'Submit', djDevWarning, '¶', djPrev, djNext, 'Back to Top', 'Additional Information',
    'Support Django!', djFund, 'Contents', 'Browse', 'Table of contents', 'General Index', 'Python Module Index', 'You are here:',
    'Django dev documentation', 'How-to guides', 'Getting help', ...djHelp, 'Download:', 'Offline (Django dev): HTML | PDF | ePub',
    'Provided by Read the Docs.', 'Diamond and Platinum Members', ...djMembers, ...djFoot, djCopy,
  ],
};

export const HELDOUT94_D: readonly TestPage[] = [django, k8sDocs];
