import { plain, type TestPage, texts } from './page-kit.js';
import { dropClashes } from './pages-heldout151-a2.js';

/**
 * Held-out batch 151, file d3: an OSDev wiki page in the MonoBook skin (MediaWiki 1.39): the "Jump to" links, the rating
 * box at the top of the article, the classic table of contents, old-style headings with edit links, code blocks, the
 * "See Also" section with its article links, the category box and the left column (views, personal tools, navigation,
 * "about", search, toolbox) placed after the content, and the footer with the access count.
 */
const title = 'Early Boot Memory Allocator';
const rating = ['Difficulty level', 'Medium'];
const lead = [
  'An <b>early boot memory allocator</b> (sometimes called a <i>bump allocator</i> or <i>boot allocator</i>) hands out physical memory to the ' +
    'kernel during the first stage of booting, before the real <a href="/Page_Frame_Allocation" title="Page Frame Allocation">page frame allocator</a> ' +
    'is ready. Almost every kernel needs one, because the data structures of the page frame allocator itself have to be stored somewhere.',
];
const hProblem = 'The chicken and egg problem';
const problem = [
  'A bitmap or free list allocator needs memory to hold its own bitmap or list. On a machine with 16 GiB of RAM, a bitmap with one bit per 4 KiB ' +
    'page takes 512 KiB. You cannot ask the allocator for those 512 KiB, since it does not exist yet, and you cannot simply put the bitmap after the ' +
    'kernel image without checking that the memory there is usable.',
  'The usual answer is a very small allocator that only knows how to hand out memory and never takes it back. It is used for a short time, then ' +
    'retired once the proper allocator has been built.',
];
const hDesign = 'Design';
const design = [
  'The allocator keeps two values: the start of the current free region and its end. An allocation rounds the start up to the required alignment, ' +
    'checks that the request fits, and moves the start forward. When the region is used up, the allocator moves on to the next usable entry of the ' +
    'memory map.',
  'Before use, the memory map given by the boot loader must be cleaned up. In particular, the allocator must skip:',
];
const skip = [
  'The kernel image and its stack',
  'Boot modules and the initial ramdisk',
  'The memory map and boot information structure themselves',
  'The first megabyte, unless you know exactly which parts are free',
];
const hImpl = 'Implementation';
const impl = [
  'A minimal version in C might look like this:',
  'Note that the allocator returns physical addresses. If paging is already enabled, the caller has to map them before use.',
];
const code1 = `<pre>static uintptr_t boot_next, boot_end;

void *boot_alloc(size_t size, size_t align)
{
    uintptr_t p = (boot_next + align - 1) &amp; ~(align - 1);
    if (p + size &gt; boot_end)
        p = boot_next_region(size, align);
    boot_next = p + size;
    return (void *)p;
}
</pre>`;
const hHandover = 'Handing over to the page frame allocator';
const handover = [
  'Once the page frame allocator has been set up, it must be told which pages the early allocator has already given out. The simplest way is to ' +
    'record the final value of the start pointer and mark everything between the original start and that value as used.',
  'After the hand-over, any call to the early allocator is a bug. Many kernels replace its function pointer with one that panics, which catches ' +
    'stray calls from initialisation code that runs later than expected.',
];
const hPitfalls = 'Common pitfalls';
const pitfalls = [
  'Forgetting that the memory map may contain overlapping entries, or entries that are not sorted by address.',
  'Allocating memory above 4 GiB while still running in 32-bit protected mode without PAE.',
  'Assuming the memory after the kernel is free. GRUB often places modules directly after the kernel image.',
  'Not zeroing allocated memory. Unlike memory from a hosted C library, it may hold whatever the firmware left there.',
];
const seeAlso = ['Detecting Memory (x86)', 'Page Frame Allocation', 'Memory Map (x86)', 'Writing a memory manager'];
const cats = ['Memory management', 'Tutorials'];
const navItems = ['Main Page', 'Forums', 'FAQ', 'OS Projects', 'Random page'];
const aboutItems = ['This site', 'Joining', 'Editing help', 'Recent changes'];
const toolItems = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const footer = ['This page was last edited on 12 January 2026, at 09:41.', 'This page has been accessed 84,112 times.'];
const footLinks = ['Privacy policy', 'About OSDev Wiki', 'Disclaimers'];
const heads = [hProblem, hDesign, hImpl, hHandover, hPitfalls];
const editLink = (n: number): string => `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Early_Boot_Memory_Allocator&amp;action=edit&amp;section=${n}" title="Edit section">edit</a><span
class="mw-editsection-bracket">]</span></span>`;
const h2 = (t: string, n: number): string => `<h2><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span>${editLink(n)}</h2>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('\n');
const portlet = (id: string, head: string, items: string[]): string => `<div class="portlet" id="p-${id}" role="navigation"><h3 id="p-${id}-label">${head}</h3>
<div class="pBody"><ul>${items.map((t, i) => `<li id="n-${id}-${i}"><a href="/${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul></div></div>`;
const html = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${title} - OSDev Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgBreakFrames":false,"wgPageName":"Early_Boot_Memory_Allocator","wgTitle":"${title}",
"wgCurRevisionId":29514,"wgArticleId":3081,"wgIsArticle":true,"wgUserName":null,
"wgPageContentLanguage":"en","wgRelevantPageName":"Early_Boot_Memory_Allocator"};
RLSTATE={"site.styles":"ready","user.styles":"ready","skins.monobook.styles":"ready","ext.pygments":"ready"};RLPAGEMODULES=["site","mediawiki.page.ready",
"skins.monobook.scripts"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=ext.pygments%7Cskins.monobook.styles&amp;only=styles&amp;skin=monobook">
<meta name="generator" content="MediaWiki 1.39.10"><meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes">
<link rel="icon" href="/favicon.ico"><link rel="search" type="application/opensearchdescription+xml" href="/opensearch_desc.php" title="OSDev Wiki (en)">
<link rel="license" href="https://creativecommons.org/publicdomain/zero/1.0/"></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Early_Boot_Memory_Allocator rootpage-Early_Boot_Memory_Allocator skin-monobook
action-view">
<div id="globalWrapper"><div id="column-content"><div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div>
<div class="mw-indicators"></div><h1 id="firstHeading" class="firstHeading mw-first-heading">${title}</h1>
<div id="bodyContent" class="mw-body-content"><div id="siteSub">From OSDev Wiki</div><div id="contentSub"></div><div id="contentSub2"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#column-one">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table style="border:1px solid #c0c0ff;background:#f0f0ff;float:right;margin:0 0 0.5em 1em"><tbody><tr><td><b>${rating[0]}</b></td></tr><tr><td><span
typeof="mw:File"><img src="/images/thumb/Rating_2.png" alt="" width="55" height="13"></span><br>${rating[1]}</td></tr></tbody></table>
${ps(lead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>
${[...heads, 'See Also']
  .map(
    (t, i) =>
      `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${t.replace(/ /g, '_')}"><span class="tocnumber">${i + 1}</span> <span
class="toctext">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
${h2(hProblem, 1)}
${ps(problem)}
${h2(hDesign, 2)}
${ps(design)}
<ul>${skip.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h2(hImpl, 3)}
<p>${impl[0]}</p>
<div class="mw-highlight mw-highlight-lang-c mw-content-ltr" dir="ltr">${code1}</div>
<p>${impl[1]}</p>
${h2(hHandover, 4)}
${ps(handover)}
${h2(hPitfalls, 5)}
<ul>${pitfalls.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h2('See Also', 6)}
<h3><span class="mw-headline" id="Articles">Articles</span>${editLink(7)}</h3>
<ul>${seeAlso.map((t) => `<li><a href="/${t.replace(/ /g, '_')}" title="${t}">${t}</a></li>`).join('\n')}</ul>
<!-- NewPP limit report Cached time: 20260112094110 Cache expiry: 86400 -->
</div></div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.osdev.org/index.php?title=Early_Boot_Memory_Allocator&amp;oldid=29514">
https://wiki.osdev.org/index.php?title=Early_Boot_Memory_Allocator&amp;oldid=29514</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${cats.map((c) => `<li><a href="/Category:${c.replace(/ /g, '_')}">${c}</a></li>`).join('')}</ul></div></div>
<div class="visualClear"></div></div></div></div>
<div id="column-one" lang="en" dir="ltr"><h2>Navigation menu</h2><div role="navigation" class="portlet" id="p-cactions" aria-labelledby="p-cactions-label">
<h3 id="p-cactions-label">Page actions</h3><div class="pBody"><ul><li id="ca-nstab-main" class="selected"><a href="/Early_Boot_Memory_Allocator">Page</a></li>
<li id="ca-talk" class="new"><a href="/Talk:Early_Boot_Memory_Allocator">Discussion</a></li><li id="ca-viewsource"><a href="#">View source</a></li>
<li id="ca-history"><a href="#">History</a></li></ul></div></div>
<div role="navigation" class="portlet" id="p-personal" aria-labelledby="p-personal-label"><h3 id="p-personal-label">Personal tools</h3><div class="pBody">
<ul><li id="pt-login"><a href="/index.php?title=Special:UserLogin" title="You are encouraged to log in">Log in</a></li></ul></div></div>
<div class="portlet" id="p-logo" role="banner"><a href="/Main_Page" class="mw-wiki-logo" title="Visit the main page"></a></div>
${portlet('navigation', 'Navigation', navItems)}
${portlet('about', 'about', aboutItems)}
<div role="search" class="portlet" id="p-search"><h3 id="p-search-label"><label for="searchInput">Search</label></h3><div class="pBody" id="searchBody">
<form action="/index.php" id="searchform"><input type="hidden" value="Special:Search" name="title"><input type="search" name="search" placeholder="Search OSDev
Wiki"
id="searchInput"><input type="submit" name="go" value="Go" class="searchButton" id="searchGoButton"><input type="submit" name="fulltext" value="Search"
class="searchButton mw-fallbackSearchButton" id="mw-searchButton"></form></div></div>
${portlet('tb', 'Tools', toolItems)}
<div role="navigation" class="portlet" id="p-lang"><h3 id="p-lang-label">In other languages</h3><div class="pBody"><ul><li class="interlanguage-link"><a
href="https://www.lowlevel.example/wiki/Speicherverwaltung" lang="de">Deutsch</a></li></ul></div></div></div>
<div class="visualClear"></div>
<div id="footer" class="mw-footer" role="contentinfo" lang="en" dir="ltr"><div id="f-poweredbyico" class="footer-icons"><a
href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></div>
<ul id="f-list"><li id="lastmod"> ${footer[0]}</li><li id="viewcount">${footer[1]}</li>
${footLinks.map((t) => `<li><a href="/OSDev_Wiki:${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":88});});</script>
</body></html>`;

export const osdevPage: TestPage = dropClashes({
  name: 'heldout151-osdev-wiki-page',
  kind: 'wiki',
  html,
  // the rating box is furniture; the code block is in neither list; the "See Also" section (its h2 and h3 and the article
  // links) is furniture, like the table of contents that repeats the headings
  title,
  headings: heads,
  body: texts([...lead, ...problem, ...design, ...skip, impl[0] ?? '', impl[1] ?? '', ...handover, ...pitfalls]),
  bylines: [footer[0] ?? ''],
  furniture: [
    ...rating,
    'From OSDev Wiki',
    'Jump to navigation',
    'Jump to search',
    'Contents',
    'edit',
    'See Also',
    'Articles',
    ...seeAlso,
    'Retrieved from',
    'Categories',
    ...cats,
    'Navigation menu',
    'Page actions',
    'Page',
    'Discussion',
    'View source',
    'History',
    'Personal tools',
    'Log in',
    ...navItems,
    'about',
    ...aboutItems,
    'Search',
    'Tools',
    ...toolItems,
    'In other languages',
    'Deutsch',
    footer[1] ?? '',
    ...footLinks,
  ].map((t) => plain(t)),
});
