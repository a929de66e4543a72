import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout394-kit.js';
import { hex } from './pages-heldout394-f2.js';

/**
 * Held-out batch 394, file f: a pkg.go.dev package page (the go.dev header, breadcrumb, unit header with version, publish
 * date, licence, imports and "Imported by", the Details and Repository panels, the left outline, the Documentation section
 * with its overview, index, constants, functions and types, the Source Files and Directories sections, and the footer) and,
 * from file f2, a Hex package page.
 */
const gTitle = 'journal';
const gOverview = [
  j(
    'Package journal implements a crash-safe, append-only record log on top of an ordinary file system. Records are',
    'written to fixed-size segment files and each record carries a checksum, so a torn write at the end of a segment is',
    'detected and discarded when the journal is reopened.',
  ),
  j(
    'A Journal is safe for concurrent use by multiple goroutines. Appends are serialized internally; readers created with',
    'Journal.Reader see every record appended before the reader was created and none after.',
  ),
  j(
    'Old segments can be removed with Journal.Truncate once every record in them has been processed elsewhere. The journal',
    'never removes data on its own: retention is a decision for the program that owns the records.',
  ),
];
const gDurability = [
  j(
    'By default Append returns once the record has been handed to the operating system. Use the WithSync option to fsync',
    'after every append, or call Journal.Sync yourself at the points where your program needs durability. Syncing after',
    'every record is safe but can be a hundred times slower on spinning disks.',
  ),
];
const gConst = ['DefaultSegmentSize is the size at which a segment is closed and a new one started, unless WithSegmentSize is given.'];
const gOpen = [
  j(
    'Open opens the journal in the directory dir, creating the directory if it does not exist. If the last segment ends',
    'with an incomplete record, Open truncates it and reports the number of bytes dropped through the logger, if one is set.',
  ),
];
const gJournal = ['Journal is an open append-only log. The zero value is not usable; create one with Open.'];
const gAppend = [
  j('Append writes rec as a new record and returns its sequence number. Sequence numbers start at 1 and increase by one', 'for every record, across segments.'),
];
const gClose = ['Close flushes pending writes and closes the current segment. Calling Close twice returns ErrClosed.'];
const gIndex = [
  'Constants',
  'func Open(dir string, opts ...Option) (*Journal, error)',
  'type Journal',
  'func (j *Journal) Append(rec []byte) (uint64, error)',
  'func (j *Journal) Close() error',
  'func (j *Journal) Reader() *Reader',
  'func (j *Journal) Sync() error',
];
const gNav = ['Why Go', 'Learn', 'Docs', 'Packages', 'Community'];
const gCrumbs = ['Discover Packages', 'github.com/fenmoor/quire', 'journal'];
const gDetails = ['Valid go.mod file', 'Redistributable license', 'Tagged version', 'Stable version'];
const gOutline = ['Documentation', 'Overview', 'Index', 'Constants', 'Functions', 'Types', 'Source Files', 'Directories'];
const gFiles = ['journal.go', 'options.go', 'reader.go', 'segment.go'];
const gFoot = [
  'Why Go',
  'Use Cases',
  'Case Studies',
  'Get Started',
  'Playground',
  'Tour',
  'Stack Overflow',
  'Help',
  'Packages',
  'Standard Library',
  'About Go Packages',
  'About',
  'Download',
  'Blog',
  'Issue Tracker',
  'Release Notes',
  'Brand Guidelines',
  'Code of Conduct',
];
const gFoot2 = ['Copyright', 'Terms of Service', 'Privacy Policy', 'Report an Issue'];
const hd = (lvl: number, id: string, text: string, extra = ''): string =>
  `<h${lvl} tabindex="-1" id="${id}" data-kind="${id}" class="Documentation-${lvl === 3 ? 'header' : 'functionHeader'}">${text}${extra}
<a class="Documentation-idLink" href="#${id}" aria-label="Go to ${id}">¶</a></h${lvl}>`;
const since = (v: string): string =>
  ` <span class="Documentation-sinceVersion"><span class="Documentation-sinceVersionLabel">added in</span>
<span class="Documentation-sinceVersionVersion">${v}</span></span>`;
const pre = (code: string): string => `<div class="Documentation-declaration"><pre>${code}</pre></div>`;
const gHtml = `<!DOCTYPE html><html lang="en" data-layout="" data-local=""><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="Description" content="Package journal implements a crash-safe log.">
<meta class="js-gtmID" data-gtmid="GTM-W8MVQXG"><link rel="shortcut icon" href="/static/shared/icon/favicon.ico">
<link href="/static/frontend/frontend.min.css?version=prod-frontend-00231" rel="stylesheet"><title>journal package - github.com/fenmoor/quire/journal -
Go Packages</title><link href="/static/frontend/unit/unit.min.css?version=prod-frontend-00231" rel="stylesheet">
<script>loadScript("/static/frontend/frontend.js", {type: 'module', async: true, defer: true})</script></head>
<body><div class="Site Site--wide Site--redesign"><div class="Banner"><div class="Banner-inner go-Content">
<div class="Banner-message">Go 1.26 is released</div><a class="Banner-action" href="https://go.dev/blog/go1.26">Read the announcement</a></div></div>
<header class="go-Header go-Header--full js-siteHeader"><div class="go-Header-inner go-Header-inner--dark"><nav class="go-Header-nav">
<a href="https://go.dev/" class="js-headerLogo"><img class="go-Header-logo" src="/static/shared/logo/go-white.svg" alt="Go"></a>
<ul class="go-Header-menu">${links(gNav, 'go-Header-menuItem')}</ul></nav></div></header>
<main class="go-Main" id="main-content"><div class="go-Main-banner" role="alert"></div><header class="go-Main-header js-mainHeader">
<div class="go-Main-headerContent"><div class="go-Main-headerBreadcrumb go-Breadcrumb"><ol>${links(gCrumbs)}</ol></div>
<div class="go-Main-headerTitle js-stickyHeader"><h1 class="UnitHeader-titleHeading" data-test-id="UnitHeader-title">${gTitle}</h1>
<span class="go-Chip go-Chip--inverted">package</span><span class="go-Chip go-Chip--subtle">module</span></div>
<div class="go-Main-headerDetails"><span class="go-Main-headerDetailItem" data-test-id="UnitHeader-version"><a href="?tab=versions">Version:
v1.4.2</a> <span class="DetailsHeader-span--latest">Latest</span></span>
<span class="go-Main-headerDetailItem" data-test-id="UnitHeader-commitTime">Published: Jan 9, 2026</span>
<span class="go-Main-headerDetailItem" data-test-id="UnitHeader-licenses">License: <a href="?tab=licenses">BSD-3-Clause</a></span>
<span class="go-Main-headerDetailItem" data-test-id="UnitHeader-imports"><a href="?tab=imports">Imports: 6</a></span>
<span class="go-Main-headerDetailItem" data-test-id="UnitHeader-importedby"><a href="?tab=importedby">Imported by: 41</a></span></div></div></header>
<aside class="go-Main-aside UnitMeta"><h2 class="go-textLabel">Details</h2><ul class="UnitMeta-details">${gDetails
  .map(
    (d) => `<li><img
src="/static/shared/icon/check_circle_gm_grey_24dp.svg" alt="checked">${d}</li>`,
  )
  .join('\n')}</ul>
<a href="/about#best-practices">Learn more about best practices</a><h2 class="go-textLabel">Repository</h2>
<div class="UnitMeta-repo"><a href="https://github.example/fenmoor/quire">github.com/fenmoor/quire</a></div>
<h2 class="go-textLabel">Links</h2><ul class="UnitMeta-links">
<li><a href="https://deps.example/go/github.com%2Ffenmoor%2Fquire">Open Source Insights</a></li></ul>
</aside><nav class="go-Main-nav"><div class="UnitOutline"><ul class="go-Tree js-tree" role="tree">${links(gOutline)}</ul></div></nav>
<article class="go-Main-article js-mainContent"><div class="UnitDoc"><h2 class="UnitDoc-title" id="section-documentation">Documentation
<a class="UnitDoc-idLink" href="#section-documentation">¶</a></h2><div class="Documentation js-documentation"><div class="Documentation-content js-docContent">
<section class="Documentation-overview">${hd(3, 'pkg-overview', 'Overview')}
${ps(gOverview)}
${hd(4, 'hdr-Durability', 'Durability')}
${ps(gDurability)}
</section>
<section class="Documentation-index">${hd(3, 'pkg-index', 'Index')}
<ul class="Documentation-indexList">${links(gIndex)}</ul></section>
<section class="Documentation-constants">${hd(3, 'pkg-constants', 'Constants')}
${pre('const DefaultSegmentSize = 64 &lt;&lt; 20')}
${ps(gConst)}</section>
<section class="Documentation-functions">${hd(3, 'pkg-functions', 'Functions')}
<div class="Documentation-function">${hd(4, 'Open', 'func <a class="Documentation-source" href="#">Open</a>', since('v1.1.0'))}
${pre('func Open(dir <a href="/builtin#string">string</a>, opts ...<a href="#Option">Option</a>) (*<a href="#Journal">Journal</a>, <a>error</a>)')}
${ps(gOpen)}</div></section>
<section class="Documentation-types">${hd(3, 'pkg-types', 'Types')}
<div class="Documentation-type">${hd(4, 'Journal', 'type <a class="Documentation-source" href="#">Journal</a>')}
${pre('type Journal struct {\n\t// contains filtered or unexported fields\n}')}
${ps(gJournal)}
<div class="Documentation-typeMethod">${hd(4, 'Journal.Append', 'func (*Journal) <a class="Documentation-source" href="#">Append</a>')}
${pre('func (j *<a href="#Journal">Journal</a>) Append(rec []<a>byte</a>) (<a>uint64</a>, <a>error</a>)')}
${ps(gAppend)}</div>
<div class="Documentation-typeMethod">${hd(4, 'Journal.Close', 'func (*Journal) <a class="Documentation-source" href="#">Close</a>', since('v1.3.0'))}
${pre('func (j *<a href="#Journal">Journal</a>) Close() <a>error</a>')}
${ps(gClose)}</div></div></section></div></div>
<h3 tabindex="-1" class="UnitFiles-titleLink" id="section-sourcefiles">Source Files</h3><div class="UnitFiles"><span>View all Source files</span>
<ul class="UnitFiles-fileList">${links(gFiles)}</ul></div>
<h3 tabindex="-1" class="UnitDirectories-title" id="section-directories">Directories</h3><table class="UnitDirectories-table"><tbody>
<tr><td><a href="/github.com/fenmoor/quire/journal/internal/crc">internal/crc</a></td><td>Package crc wraps the Castagnoli table.</td></tr>
</tbody></table></div></article></main>
<footer class="go-Footer"><div class="go-Footer-links"><ul>${links(gFoot)}</ul></div><div class="go-Footer-bottom"><ul>${links(gFoot2)}</ul>
<a class="go-Footer-googleLogo" href="https://google.example"><img alt="Google logo" src="/static/shared/logo/google-white.svg"></a></div></footer>
<div class="go-Cookie js-cookieNotice"><p>go.dev uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic.
<a href="https://policies.google.example/technologies/cookies">Learn more.</a></p><button class="go-Button">Okay</button></div></div></body></html>`;
const pkgGoDev: TestPage = {
  name: 'heldout394-pkg-go-dev-package',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['Overview', 'Durability', 'Constants', 'Functions', 'func Open', 'Types', 'type Journal', 'func (*Journal) Append', 'func (*Journal) Close'],
  body: texts([...gOverview, ...gDurability, ...gConst, ...gOpen, ...gJournal, ...gAppend, ...gClose]),
  bylines: ['Published: Jan 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Go 1.26 is released', 'Read the announcement', ...gNav, 'Discover Packages', 'github.com/fenmoor/quire', 'package', 'module',
    'Version: v1.4.2', 'Latest', 'License: BSD-3-Clause', 'Imports: 6', 'Imported by: 41', 'Details', ...gDetails, 'Learn more about best practices',
    'Repository', 'Links', 'Open Source Insights', 'Index', 'Source Files', 'Directories', 
    ...gIndex.filter((t) => t !== 'Constants' && t !== 'type Journal'), 'added in', 'v1.1.0', 'v1.3.0', 'View all Source files', ...gFiles,
    'internal/crc', 'Package crc wraps the Castagnoli table.', ...gFoot, ...gFoot2,
    'go.dev uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic.', 'Learn more.', 'Okay',
  ],
};

export const HELDOUT394_F: readonly TestPage[] = [pkgGoDev, hex];
