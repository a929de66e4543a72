import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 161, file a2: a Phoronix news article (the site's own fixed-width template: top nav, the "Written by ... in ...
 * on ..." author line with the comment count, the article text as one content div whose paragraphs are separated by double
 * <br> tags with an inline image and a quoted mailing-list excerpt, the "Add A Comment" and share links, the "About The Author"
 * box, "Related News" and "Popular News This Week" lists, a leaderboard ad slot and the copyright footer).
 */
const phTitle = 'Corvane Engineer Posts Patches To Parallelize Memory Init On Big Arm Servers';
const phP1 = [
  `An engineer at Arm server vendor Corvane Systems has posted a set of patches for the Linux kernel that parallelize the
  initialization of the memory map during boot. On the company's upcoming 256-core platform with 6TB of RAM, the patches are said to
  cut kernel boot time by more than 40 seconds.`,
  `The struct page initialization for large memory systems has long been one of the slower parts of booting big servers. Deferred
  initialization already pushes much of that work past early boot, but the remaining work is still done by a limited number of
  threads per NUMA node. The new patch series allows the work to be spread across all online CPUs within a node once the scheduler
  is running.`,
  `Eleni Haddad of Corvane explained in the cover letter to the seven patches:`,
];
const phQuote = `On our test system with 6TB across eight nodes, memory map initialization currently takes 52 seconds of a 71 second boot.
With this series it takes 9 seconds. Smaller systems see no measurable change, and the behaviour can be disabled on the kernel
command line if it causes problems.`;
const phP2 = [
  `The patches touch the page allocator code as well as adding a new kernel command line option for turning the parallel behavior off.
  There has already been some early feedback from other memory management developers, mostly around ensuring the change does not
  regress boot times on smaller virtual machines where spinning up extra worker threads could cost more than it saves.`,
  `Those wanting to dig into the code can find the patches on the kernel mailing list. With the Linux 7.1 merge window not opening until
  next month, it is possible the work could be queued in time if review goes smoothly, though more likely it will land in a later
  cycle. Corvane's new server platform is expected to begin shipping this summer and it will be interesting to run some Linux
  benchmarks on it if a system becomes available for testing.`,
];
const phNav = ['Articles & Reviews', 'News Archive', 'Forums', 'Premium', 'Categories'];
const phCats = ['Computers', 'Display Drivers', 'Graphics Cards', 'Linux Gaming', 'Memory', 'Motherboards', 'Processors', 'Software', 'Storage'];
const phRelated = [
  'Linux 7.0 Features: Faster Boot On Huge Memory Systems, New Scheduler Knobs',
  'Patches Revived For Faster Page Cache Readahead',
  'Arm Server Vendor Corvane Joins The Linux Foundation',
  'Memory Folios Work Continues To Shrink Struct Page',
];
const phPopular = [
  'GNOME 50 Beta Released With Wayland-Only Session',
  'Mesa 26.1 Brings New Vulkan Extensions For Older Radeon GPUs',
  'Fedora 44 Approves Dropping 32-bit Wine Packages',
  'Open-Source Driver For Loongson GPUs Posted For Review',
  'Benchmarks Of The New Corvane C-256 Arm Server Processor',
];
const phBio = `Tomasz Wierzba is a contributing writer at Phoronix covering kernel development, storage and server hardware. He has been
writing about open-source software for over a decade.`;
const phFoot = ['Contact', 'Legal Disclaimer', 'Terms of Service / Privacy Policy', 'Advertise'];
const phCopy = 'Copyright © 2004 - 2026 by Phoronix Media.';
const phHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Corvane Engineer Posts Patches To Parallelize Memory Init On Big Arm Servers - Phoronix</title>
<meta name="description" content="An engineer at Arm server vendor Corvane Systems has posted a set of patches for the Linux kernel.">
<meta property="og:title" content="${phTitle}"><meta property="og:site_name" content="Phoronix"><meta name="twitter:site" content="@phoronix">
<link rel="canonical" href="https://www.phoronix.com/news/Corvane-Parallel-Memmap-Init"><link rel="stylesheet" href="/phxcms7-css/phoronix.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${phTitle}",
"datePublished":"2026-03-03T06:12:00-05:00","author":{"@type":"Person","name":"Tomasz Wierzba"},
"publisher":{"@type":"Organization","name":"Phoronix Media"}}</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body><div id="header"><div id="logo"><a href="/"><img src="/assets/phx-logo.svg" alt="Phoronix"></a></div>
<ul id="nav">${links(phNav, 'nav-item')}</ul><div id="nav-sub"><ul>${links(phCats, 'cat-item')}</ul></div>
<form id="search" action="/search/" method="get"><input type="text" name="q" placeholder="Search Phoronix"></form></div>
<div id="ad-leader" class="ad-leaderboard"><div id="phx-leaderboard" style="min-height:90px"></div></div>
<div id="main"><article class="full"><div class="details">
<h1>${phTitle}</h1>
<div class="author">Written by <a href="/author/Tomasz-Wierzba">Tomasz Wierzba</a> in <a href="/linux/Linux+Kernel">Linux Kernel</a> on 3 March
2026 at 06:12 AM EST. <a href="https://www.phoronix.com/forums/node/1542187">6 Comments</a></div>
</div>
<div class="content"><img src="/assets/categories/linuxkernel.webp" alt="LINUX KERNEL" class="cat-img" width="100" height="100">
${phP1.join('<br /><br />\n')}<br /><br />
<blockquote>${phQuote}</blockquote><br />
${phP2.join('<br /><br />\n')}
</div>
<div class="share"><a href="https://www.phoronix.com/forums/node/1542187" class="button">Add A Comment</a>
<a href="https://x.example/intent/tweet?url=https://www.phoronix.com/news/Corvane-Parallel-Memmap-Init" class="tweet">Tweet</a>
<a href="https://www.phoronix.com/news/Corvane-Parallel-Memmap-Init#share" class="share-link">Share</a></div>
<div class="about-author"><h2>About The Author</h2><img src="/assets/authors/twierzba.webp" alt="Tomasz Wierzba" width="80" height="80">
<p>${phBio}</p><a href="/author/Tomasz-Wierzba">Latest Linux News</a> | <a href="https://x.example/twierzba">Follow on X</a></div>
</article>
<div id="related"><h2>Related News</h2><ul>${links(phRelated, 'related-item')}</ul></div>
<div id="popular"><h2>Popular News This Week</h2><ol>${links(phPopular, 'popular-item')}</ol></div>
<div class="ad-notice"><span class="ad-label">Support Phoronix</span><p>Phoronix Premium allows ad-free access to the site, multi-page articles
on a single page, and other features while supporting this site's continued operations.</p><a href="/phoronix-premium">Go Premium</a></div>
</div>
<div id="footer"><ul>${links(phFoot, 'foot-item')}</ul><p>${phCopy} All trademarks used are properties of their respective owners. All rights
reserved.</p><p>The content of this page is for informational purposes only.</p></div>
<script src="/phxcms7-js/phoronix.js" defer></script></body></html>`;
export const phoronixNews: TestPage = {
  html: phHtml,
  name: 'heldout161-phoronix-news',
  kind: 'news',
  // the mailing-list quote is part of the story (body); the category image's alt text is not visible text
  title: phTitle,
  headings: [],
  body: texts([...phP1, phQuote, ...phP2]),
  bylines: ['Written by Tomasz Wierzba in Linux Kernel on 3 March 2026 at 06:12 AM EST.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...phNav, ...phCats, '6 Comments', 'Add A Comment', 'Tweet', 'Share', 'About The Author', phBio, 'Latest Linux News', 'Follow on X', 'Related News',
    ...phRelated, 'Popular News This Week', ...phPopular, 'Support Phoronix',
    `Phoronix Premium allows ad-free access to the site, multi-page articles on a single page, and other features while supporting this site's
    continued operations.`.replace(/\s+/g, ' '),
    'Go Premium', ...phFoot, phCopy, 'All trademarks used are properties of their respective owners. All rights reserved.',
    'The content of this page is for informational purposes only.',
  ],
};
