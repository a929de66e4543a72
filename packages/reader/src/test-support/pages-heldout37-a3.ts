import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 37, file a3: an electronics blog post on Jekyll with the Chirpy theme, served minified as the theme's compress
 * layout does (sidebar with avatar, site title, subtitle, the upper-case nav and the social icons, the top bar with breadcrumb,
 * "Post" and search, the post header with description, dates, author and reading time, an empty TOC dialog, code blocks with
 * their copy buttons, a "prompt-tip" blockquote, categories and tags, the licence line, share icons, the right panel with
 * "Recently Updated" and "Trending Tags", "Further Reading" cards, older/newer links, the footer, the search hints and the
 * update toast).
 */
const chTitle = 'Chasing a Flaky UART on the Raspberry Pi Pico';
const chDesc = 'Three evenings, one oscilloscope and a ground wire that was never really connected.';
const chP1 = [
  'For nearly a month my weather station has been dropping readings. The sensor board, a Raspberry Pi Pico running MicroPython, sends a ' +
    'line of JSON over UART to a Pi Zero in the garage every ten seconds, and roughly one line in forty arrived garbled or not at all. ' +
    'Not often enough to be obvious, but often enough to leave gaps in every chart.',
];
const chH1 = 'The symptoms';
const chP2 = [
  'The corrupted lines were not random noise. Most of them had a single wrong character near the end, and the errors came in bursts: ' +
    'several bad lines within a minute, then nothing for an hour. That pattern pointed away from the code and towards something ' +
    'physical that changed over time.',
];
const chList = [
  'Errors clustered in the late afternoon, when the garage warms up.',
  'Dropping the baud rate from 115200 to 9600 made them rarer but did not remove them.',
  'Swapping the USB power supply for a bench supply made no difference at all.',
];
const chH2 = 'Looking at the signal';
const chP3 = [
  'I borrowed a cheap two-channel oscilloscope from a friend and clipped it onto the TX line at the receiving end. The idle level, ' +
    'which should sit steadily at 3.3 volts, was wandering by almost half a volt, and every time the fridge compressor kicked in ' +
    'there was a visible spike.',
];
const chP4 = [
  'The loop above is the test I left running overnight. It sends a numbered line and lets the receiver count the gaps, which turned ' +
    'a vague feeling into a number: <code class="language-plaintext highlighter-rouge">2.4%</code> of lines lost over twelve hours.',
];
const chH3 = 'The real culprit';
const chP5 = [
  'The two boards were connected by three wires in a four-metre run of old alarm cable: TX, RX and ground. The ground conductor had ' +
    'been crimped into a connector that looked fine but, under a magnifying glass, held only two or three strands of the wire. Most ' +
    'of the return current was finding its way back through the USB supplies and the mains earth instead.',
];
const chTip =
  'If a serial link is only wrong some of the time, check the ground before you touch the code. A bad ground makes the receiver ' +
  'read the signal against a moving reference.';
const chH4 = 'The fix';
const chP6 = [
  'I re-terminated the cable with a proper screw terminal, added a second ground conductor from a spare pair, and moved the run away ' +
    'from the fridge’s mains lead. The overnight test now reports zero lost lines across three nights, and the charts finally have ' +
    'no gaps.',
  'Next on the list is replacing the alarm cable with shielded twisted pair, mostly because I now have an oscilloscope habit I cannot ' +
    'easily explain to anyone else.',
];
const chNav: [string, string][] = [
  ['HOME', 'home'],
  ['CATEGORIES', 'stream'],
  ['TAGS', 'tags'],
  ['ARCHIVES', 'archive'],
  ['ABOUT', 'info-circle'],
];
const chRecent = ['Reflow Soldering with a Hot Plate from a Charity Shop', 'Logging Mains Frequency with an ESP32', 'Chasing a Flaky UART…'];
const chTrending = ['esp32', 'micropython', 'soldering', 'pcb', 'sensors', 'rp2040', 'kicad', 'oscilloscope'];
const chFurther: [string, string, string][] = [
  ['Logging Mains Frequency with an ESP32', 'Jan 19, 2025', 'A zero-crossing detector, an optocoupler and a month of data on how the grid wobbles.'],
  ['A Weather Station That Survives Winter', 'Nov 3, 2024', 'Enclosures, condensation and why my first humidity sensor read 100% for a week.'],
  ['Reading a BME280 from MicroPython', 'Sep 28, 2024', 'A short driver, the calibration maths and the one register the datasheet buries.'],
];
const code1 =
  '<div class="language-python highlighter-rouge"><div class="code-header"><span data-label-text="Python"><i class="fas fa-code fa-fw small">' +
  '</i></span><button aria-label="copy" data-title-succeed="Copied!"><i class="far fa-clipboard"></i></button></div><div class="highlight">' +
  '<code><table class="rouge-table"><tbody><tr><td class="rouge-gutter gl"><pre class="lineno">1\n2\n3\n4\n5\n6\n7\n</pre></td><td class="rouge-code">' +
  '<pre><span class="kn">from</span> <span class="n">machine</span> <span class="kn">import</span> <span class="n">UART</span>, <span class="n">Pin</span>\n' +
  '<span class="kn">import</span> <span class="n">time</span>\n\n<span class="n">uart</span> <span class="o">=</span> <span class="nc">UART</span>(' +
  '<span class="mi">0</span>, <span class="n">baudrate</span><span class="o">=</span><span class="mi">115200</span>, <span class="n">tx</span>' +
  '<span class="o">=</span><span class="nc">Pin</span>(<span class="mi">0</span>))\n<span class="k">for</span> <span class="n">n</span> <span class="ow">in' +
  '</span> <span class="nf">range</span>(<span class="mi">1_000_000</span>):\n    <span class="n">uart</span>.<span class="nf">write</span>(' +
  '<span class="s">"seq=%d\\n"</span> <span class="o">%</span> <span class="n">n</span>)\n    <span class="n">time</span>.<span class="nf">sleep_ms' +
  '</span>(<span class="mi">100</span>)\n</pre></td></tr></tbody></table></code></div></div>';
const heading = (tag: string, id: string, t: string): string =>
  `<${tag} id="${id}"><span class="me-2">${t}</span><a href="#${id}" class="anchor text-muted"><i class="fas fa-hashtag"></i></a></${tag}>`;
const chHtml = [
  '<!doctype html><html lang="en" ><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="theme-color" ',
  'media="(prefers-color-scheme: light)" content="#f7f7f7"><meta name="viewport" content="width=device-width, user-scalable=no initial-scale=1, ',
  'shrink-to-fit=no, viewport-fit=cover" ><meta name="generator" content="Jekyll v4.4.1" /><meta property="og:title" content="',
  `${chTitle}" /><meta name="author" content="Tomasz Wierzbicki" /><meta name="description" content="${chDesc}" />`,
  '<link rel="canonical" href="https://wireandsolder.example/posts/flaky-uart-pico/" /><script type="application/ld+json">{"@context":',
  `"https://schema.org","@type":"BlogPosting","author":{"@type":"Person","name":"Tomasz Wierzbicki"},"dateModified":"2025-03-12T21:04:00+01:00",`,
  `"datePublished":"2025-03-09T18:45:00+01:00","headline":"${chTitle}"}</script><title>${chTitle} | wire &amp; solder</title>`,
  '<link rel="stylesheet" href="/assets/css/jekyll-theme-chirpy.css"><script> class ModeToggle { static get MODE_KEY() { return \'mode\'; } ',
  'static get MODE_ATTR() { return \'data-mode\'; } } const modeToggle = new ModeToggle(); </script></head><body><aside aria-label="Sidebar" ',
  'id="sidebar" class="d-flex flex-column align-items-end"><header class="profile-wrapper"><a href="/" id="avatar" class="rounded-circle">',
  '<img src="/assets/img/avatar.webp" width="112" height="112" alt="avatar" onerror="this.style.display=\'none\'"></a><a class="site-title d-block" ',
  'href="/">wire &amp; solder</a><p class="site-subtitle fst-italic mb-0">notes from a small electronics bench</p></header><nav class="flex-column ',
  'flex-grow-1 w-100 ps-0"><ul class="nav">',
  ...chNav.map(([t, i]) => `<li class="nav-item"><a href="/${t.toLowerCase()}/" class="nav-link"><i class="fa-fw fas fa-${i}"></i><span>${t}</span></a></li>`),
  '</ul></nav><div class="sidebar-bottom d-flex flex-wrap align-items-center w-100"><button type="button" class="btn btn-link nav-link" ',
  'aria-label="Switch Mode" id="mode-toggle"><i class="fas fa-adjust"></i></button><span class="icon-border"></span><a href="https://github.com/',
  'twierzbicki" aria-label="github" target="_blank" rel="noopener noreferrer"><i class="fab fa-github"></i></a><a href="https://fosstodon.example/',
  '@tomw" aria-label="mastodon" target="_blank" rel="noopener noreferrer me"><i class="fab fa-mastodon"></i></a><a href="/feed.xml" aria-label="rss" >',
  '<i class="fas fa-rss"></i></a></div></aside><div id="main-wrapper" class="d-flex justify-content-center"><div class="container d-flex ',
  'flex-column px-xxl-5"><header id="topbar-wrapper" class="flex-shrink-0" aria-label="Top Bar"><div id="topbar" class="d-flex align-items-center ',
  'justify-content-between px-lg-3 h-100"><nav id="breadcrumb" aria-label="Breadcrumb"><span><a href="/">Home</a></span><span>',
  `${chTitle}</span></nav><button type="button" id="sidebar-trigger" class="btn btn-link" aria-label="Sidebar"><i class="fas fa-bars fa-fw"></i>`,
  '</button><div id="topbar-title">Post</div><button type="button" id="search-trigger" class="btn btn-link" aria-label="Search"><i class="fas ',
  'fa-search fa-fw"></i></button><search id="search" class="align-items-center ms-3 ms-lg-0"><i class="fas fa-search fa-fw"></i><input class="',
  'form-control" id="search-input" type="search" aria-label="search" autocomplete="off" placeholder="Search..." ></search><button type="button" ',
  'class="btn btn-link text-decoration-none" id="search-cancel">Cancel</button></div></header><div class="row flex-grow-1"><main aria-label="Main ',
  'Content" class="col-12 col-lg-11 col-xl-9 px-md-4"><article class="px-1" data-toc="true"><header><h1 data-toc-skip>',
  `${chTitle}</h1><p class="post-desc fw-light mb-4">${chDesc}</p><div class="post-meta text-muted"><span> Posted <time data-ts="1741542300" `,
  'data-df="ll" data-bs-toggle="tooltip" data-bs-placement="bottom" > Mar 9, 2025 </time> </span><span> Updated <time data-ts="1741809840" ',
  'data-df="ll" data-bs-toggle="tooltip" data-bs-placement="bottom" > Mar 12, 2025 </time> </span><div class="d-flex justify-content-between">',
  '<span> By <em> <a href="https://github.com/twierzbicki">Tomasz Wierzbicki</a> </em> </span><div><span class="readtime" data-bs-toggle="',
  'tooltip" data-bs-placement="bottom" title="1012 words" > <em>5 min</em> read</span></div></div></div></header><div id="toc-bar" class="d-flex ',
  `align-items-center justify-content-between invisible"><span class="label text-truncate">${chTitle}</span><button type="button" class="toc-`,
  'trigger btn me-1"><i class="fa-solid fa-list-ul fa-fw"></i></button></div><button id="toc-solo-trigger" type="button" class="toc-trigger btn ',
  'btn-outline-secondary btn-sm"><span class="label ps-2 pe-1">Contents</span><i class="fa-solid fa-angle-right fa-fw"></i></button><dialog ',
  'id="toc-popup" class="p-0"><div class="header d-flex flex-row align-items-center justify-content-between"><div class="label text-truncate ',
  `py-2 ms-4">${chTitle}</div><button class="btn text-center"><i class="fas fa-ban"></i></button></div><div id="toc-popup-content" `,
  'class="px-4 py-3 pb-4"></div></dialog><div class="content"><p>',
  chP1[0],
  `</p>${heading('h2', 'the-symptoms', chH1)}<p>${chP2[0]}</p><ul>${chList.map((t) => `<li>${t}</li>`).join('')}</ul>`,
  `${heading('h2', 'looking-at-the-signal', chH2)}<p>${chP3[0]}</p>${code1}<p>${chP4[0]}</p>${heading('h3', 'the-real-culprit', chH3)}`,
  `<p>${chP5[0]}</p><blockquote class="prompt-tip"><p>${chTip}</p></blockquote>${heading('h2', 'the-fix', chH4)}`,
  `${chP6.map((p) => `<p>${p}</p>`).join('')}</div><div class="post-tail-wrapper text-muted"><div class="post-meta mb-3"><i class="far `,
  'fa-folder-open fa-fw me-1"></i><a href="/categories/electronics/">Electronics</a>, <a href="/categories/debugging/">Debugging</a></div>',
  '<div class="post-tags"><i class="fa fa-tags fa-fw me-1"></i><a href="/tags/uart/" class="post-tag no-text-decoration" >uart</a><a ',
  'href="/tags/micropython/" class="post-tag no-text-decoration" >micropython</a><a href="/tags/oscilloscope/" class="post-tag no-text-',
  'decoration" >oscilloscope</a></div><div class="post-tail-bottom d-flex justify-content-between align-items-center mt-5 pb-2"><div ',
  'class="license-wrapper"> This post is licensed under <a href="https://creativecommons.org/licenses/by/4.0/"> CC BY 4.0 </a> by the author. ',
  '</div><div class="share-wrapper d-flex align-items-center"><span class="share-label text-muted">Share</span><span class="share-icons"> ',
  '<a href="https://twitter.com/intent/tweet?text=Chasing%20a%20Flaky%20UART" target="_blank" rel="noopener" data-bs-toggle="tooltip" ',
  'data-bs-placement="top" aria-label="Twitter"><i class="fa-fw fa-brands fa-square-x-twitter"></i></a><a href="https://www.facebook.com/',
  'sharer/sharer.php?u=x" target="_blank" rel="noopener" data-bs-toggle="tooltip" data-bs-placement="top" aria-label="Facebook"><i class="fa-fw ',
  'fab fa-facebook-square"></i></a><a href="https://t.me/share/url?url=x" target="_blank" rel="noopener" data-bs-toggle="tooltip" data-bs-',
  'placement="top" aria-label="Telegram"><i class="fa-fw fab fa-telegram"></i></a><button id="copy-link" aria-label="Copy link" class="btn ',
  'small" data-bs-toggle="tooltip" data-bs-placement="top" data-title-succeed="Link copied successfully!"><i class="fa-fw fas fa-link pe-none ',
  'fs-6"></i></button></span></div></div></div></article></main><aside aria-label="Panel" id="panel-wrapper" class="col-xl-3 ps-2 mb-5 ',
  'text-muted"><div class="access"><section id="access-lastmod"><h2 class="panel-heading">Recently Updated</h2><ul class="content list-',
  'unstyled ps-0 pb-1 ms-1 mt-2">',
  ...chRecent.map((t) => `<li class="text-truncate lh-lg"><a href="/posts/${t.length}/">${t}</a></li>`),
  '</ul></section><section><h2 class="panel-heading">Trending Tags</h2><div class="d-flex flex-wrap mt-3 mb-1 me-3">',
  ...chTrending.map((t) => `<a class="post-tag btn btn-outline-primary" href="/tags/${t.replace(/ /g, '-')}/">${t}</a>`),
  '</div></section></div><div class="toc-border-cover z-3"></div><section id="toc-wrapper" class="invisible position-sticky ps-0 pe-4 pb-4">',
  '<h2 class="panel-heading ps-3 pb-2 mb-0">Contents</h2><nav id="toc"></nav></section></aside></div><div class="row"><div id="tail-wrapper" ',
  'class="col-12 col-lg-11 col-xl-9 px-md-4"><aside id="related-posts" aria-labelledby="related-label"><h3 class="mb-4" id="related-label">',
  'Further Reading</h3><nav class="row row-cols-1 row-cols-md-2 row-cols-xl-3 g-4 mb-4">',
  ...chFurther.map(
    ([t, d, e]) =>
      `<article class="col"><a href="/posts/${t.length}/" class="post-preview card h-100"><div class="card-body"><time data-ts="1737300000" ` +
      `data-df="ll" > ${d} </time><h4 class="pt-0 my-2">${t}</h4><div class="text-muted"><p>${e}</p></div></div></a></article>`,
  ),
  '</nav></aside><nav class="post-navigation d-flex justify-content-between" aria-label="Post Navigation"><a href="/posts/mains-frequency-esp32/" ',
  'class="btn btn-outline-primary" aria-label="Older"><p>Logging Mains Frequency with an ESP32</p></a><div class="btn btn-outline-primary ',
  'disabled" aria-label="Newer"><p>-</p></div></nav><script src="https://giscus.app/client.js" data-repo="twierzbicki/wireandsolder" ',
  'data-mapping="pathname" data-theme="preferred_color_scheme" crossorigin="anonymous" async></script><footer aria-label="Site Info" class="',
  'd-flex flex-column justify-content-center text-muted flex-lg-row justify-content-lg-between align-items-lg-center pb-lg-3"><p>© <time>2025',
  '</time> <a href="https://github.com/twierzbicki">Tomasz Wierzbicki</a>. <span data-bs-toggle="tooltip" data-bs-placement="top" title="Except ',
  'where otherwise noted, the blog posts on this site are licensed under the Creative Commons Attribution 4.0 International (CC BY 4.0) ',
  'License by the author.">Some rights reserved.</span></p><p>Using the <a data-bs-toggle="tooltip" data-bs-placement="top" title="v7.3.0" ',
  'href="https://github.com/cotes2020/jekyll-theme-chirpy" target="_blank" rel="noopener">Chirpy</a> theme for <a href="https://jekyllrb.com" ',
  'target="_blank" rel="noopener">Jekyll</a>.</p></footer></div></div><div id="search-result-wrapper" class="d-flex justify-content-center ',
  'd-none"><div class="col-11 content"><div id="search-hints"><section><h2 class="panel-heading">Trending Tags</h2><div class="d-flex ',
  'flex-wrap mt-3 mb-1 me-3">',
  ...chTrending.map((t) => `<a class="post-tag btn btn-outline-primary" href="/tags/${t.replace(/ /g, '-')}/">${t}</a>`),
  '</div></section></div><div id="search-results" class="d-flex flex-wrap justify-content-center text-muted mt-3"></div></div></div></div>',
  '<aside aria-label="Scroll to Top"><button id="back-to-top" type="button" class="btn btn-lg btn-box-shadow"><i class="fas fa-angle-up"></i>',
  '</button></aside></div><div id="mask" class="d-none position-fixed w-100 h-100 z-1"></div><aside id="notification" class="toast" role="',
  'alert" aria-live="assertive" aria-atomic="true" data-bs-animation="true" data-bs-autohide="false"><div class="toast-header"><button type="',
  'button" class="btn-close ms-auto" data-bs-dismiss="toast" aria-label="Close"></button></div><div class="toast-body text-center pt-0"><p ',
  'class="px-2 mb-3">A new version of content is available.</p><button type="button" class="btn btn-primary" aria-label="Update"> Update ',
  '</button></div></aside><script src="/assets/js/dist/post.min.js"></script><script> /* Note: dependent library will ',
  'be loaded in `SimpleJekyllSearch.html` */ ',
  "SimpleJekyllSearch({ searchInput: document.getElementById('search-input'), resultsContainer: document.getElementById('search-results'), ",
  "json: '/assets/js/data/search.json', noResultsText: '<p class=\"mt-5\">Oops! No results found.</p>' }); </script></body></html>",
].join('');
export const chirpyPost: TestPage = {
  html: chHtml,
  name: 'heldout37-jekyll-chirpy',
  kind: 'blog',
  // the post description under the title is the post's dek: body; the "prompt-tip" blockquote is a tip callout inside the article:
  // body (it has no label text, the icon is CSS); the code block is in neither list; "Posted"/"Updated" dates and the author are
  // bylines ("By" in neither); the breadcrumb's copy of the title, the toc-bar and toc-popup copies of it are the title again (in
  // neither); reading time, categories, tags, licence, share, the panel, "Further Reading", the older link, footer, search hints
  // and the toast are furniture; the tags "uart", "micropython" and "oscilloscope" are words of the body or title: left out (the
  // panel's "Trending Tags" keeps its other tags)
  title: chTitle,
  headings: [chH1, chH2, chH3, chH4],
  body: [chDesc, ...texts(chP1), ...texts(chP2), ...chList, ...texts(chP3), ...texts(chP4), ...texts(chP5), chTip, ...texts(chP6)],
  bylines: ['Posted Mar 9, 2025', 'Updated Mar 12, 2025', 'Tomasz Wierzbicki'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'wire & solder', 'notes from a small electronics bench', 'HOME', 'Home', 'CATEGORIES', 'TAGS', 'ARCHIVES', 'ABOUT', 'Post', 'Cancel', '5 min read',
    'Contents',
    'Electronics', 'Debugging', 'This post is licensed under CC BY 4.0 by the author.', 'Share', 'Recently Updated', ...chRecent, 'Trending Tags',
    ...chTrending.filter((t) => !['micropython', 'oscilloscope'].includes(t)), 'Further Reading', ...chFurther.flat(), 'Some rights reserved.',
    'Using the Chirpy theme for Jekyll.', 'A new version of content is available.', 'Update',
  ],
};
