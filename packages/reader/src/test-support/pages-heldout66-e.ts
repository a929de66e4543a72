import { type TestPage, texts } from './page-kit.js';
import { gatsbyStarterPost } from './pages-heldout66-e2.js';

/**
 * Held-out batch 66, file e: a Jekyll post on the Chirpy theme (the left sidebar with avatar, site title, subtitle, the
 * upper-case nav and the mode toggle, the top bar with breadcrumb, page title and search, the post header with the h1, the
 * description, "Posted"/"Updated" times, the author and read time, the toc bar and popup, headings with hash anchors, Rouge
 * code blocks with their copy buttons, a "prompt-tip" blockquote, the post tail with categories, tags, the licence line and
 * share icons, the right panel with "Recently Updated", "Trending Tags" and "Contents", "Further Reading" cards, older/newer
 * navigation, the giscus script, the footer, the search results overlay and the update toast).
 */
const chSite = 'Packet Garden';
const chTitle = 'Debugging a Flaky DNS Resolver in My Homelab';
const chDesc = 'How a stale IPv6 address made every fourth page load hang for five seconds';
const chIntro = [
  'For about two weeks in January, roughly one in four web pages on my home network took five seconds to start loading. Not every ' +
    'page and not every time, which is the worst kind of fault: just often enough to be maddening, and never when I was looking for it.',
  'This is the story of finding it, mostly so that next time I remember where to look first.',
];
const chH = ['The setup', 'Ruling things out', 'The cause', 'What I would check first next time'];
const chSetup = [
  'Every device on the network uses a Pi-hole for DNS, which forwards anything it does not block to a local Unbound resolver ' +
    'running on the same machine. Unbound does full recursive resolution rather than forwarding to a public resolver, and it has ' +
    'done so without complaint for three years.',
];
const chRule = [
  'The five-second delay was the first clue. Five seconds is the default timeout for a DNS query in most client libraries, which ' +
    'suggested that some queries were being sent, ignored, and then retried.',
  'I ran a packet capture on the Pi while reloading a news site until the delay appeared:',
  'The capture showed the pattern clearly. The client sent a query for an AAAA record, Pi-hole passed it on to Unbound, and ' +
    'Unbound never answered. Five seconds later the client gave up on IPv6 and asked for the A record, which came back at once.',
];
const chTip =
  'If you suspect DNS, check the AAAA queries separately. Many clients send both in parallel, and a failure in only one of them ' +
  'looks like a random slowdown rather than a DNS fault.';
const chCause = [
  'Unbound&#39;s logs, once I turned the verbosity up, showed it timing out against the authoritative servers for the affected ' +
    'domains over IPv6. My ISP had quietly withdrawn native IPv6 from our line at the start of January, but the Pi still had a ' +
    'stale IPv6 address from its last lease and Unbound was still trying to use it.',
  'The fix was one line in the Unbound configuration:',
  'After a restart the delays vanished and have not come back. I have also added a weekly check that compares the interfaces ' +
    'Unbound is using with the ones that actually have a route, because I would rather be told about this kind of change than ' +
    'discover it by accident.',
];
const chChecks = [
  'Whether the delay is a round number of seconds. If it is, something is timing out.',
  'Whether only one record type is failing.',
  'Whether anything changed upstream, even if nothing changed on my side.',
];
const chNav = ['HOME', 'CATEGORIES', 'TAGS', 'ARCHIVES', 'ABOUT'];
const chCats = ['Homelab', 'Networking'];
const chTags = ['dns', 'unbound', 'pi-hole', 'debugging'];
const chRecent = ['Debugging a Flaky DNS Resolver in My Homelab', 'Replacing My Router with an Old Thin Client', 'Backups I Have Actually Restored From'];
const chTrending = ['homelab', 'dns', 'proxmox', 'backups', 'zfs', 'wireguard'];
const chFurther = [
  {
    d: 'Nov 3, 2024',
    t: 'Running Pi-hole and Unbound in the Same Container',
    e: 'One container, two services, and the port clash that took an evening to spot.',
  },
  { d: 'Dec 12, 2024', t: 'Replacing My Router with an Old Thin Client', e: 'A twelve-pound thin client, OPNsense and a second network card.' },
  { d: 'Jan 5, 2025', t: 'Backups I Have Actually Restored From', e: 'Every backup plan is a guess until you have restored from it.' },
];
const chTcpdump = [
  '<span class="nb">sudo </span>tcpdump <span class="nt">-i</span> eth0 <span class="nt">-n</span> port 53 <span class="nt">-w</span> /tmp/dns.pcap',
];
const chConf = [
  '<span class="na">server</span><span class="pi">:</span>',
  '    <span class="s">do-ip6</span><span class="pi">:</span> <span class="s">no</span>',
];
const chRights =
  'Except where otherwise noted, the blog posts on this site are licensed under the Creative Commons Attribution 4.0 International (CC BY 4.0) ' +
  'License by the author.';
const head = (t: string): string => {
  const id = t.toLowerCase().replace(/ /g, '-');
  return `<h2 id="${id}"><span class="me-2">${t}</span><a href="#${id}" class="anchor text-muted"><i class="fas fa-hashtag"></i></a></h2>`;
};
const code = (lang: string, label: string, lines: string[]): string =>
  `<div class="language-${lang} highlighter-rouge"><div class="code-header"><span data-label-text="${label}"><i class="fas fa-code fa-fw small"></i></span>
<button aria-label="copy" data-title-succeed="Copied!"><i class="far fa-clipboard"></i></button></div><div class="highlight"><code><table
 class="rouge-table"><tbody><tr>
<td class="rouge-gutter gl"><pre class="lineno">${lines.map((_, i) => i + 1).join('\n')}
</pre></td><td class="rouge-code"><pre>${lines.join('\n')}
</pre></td></tr></tbody></table></code></div></div>`;
const chHtml = `<!DOCTYPE html>
<html lang="en" data-mode="light">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="theme-color" media="(prefers-color-scheme: light)" content="#f7f7f7">
<meta name="viewport" content="width=device-width, user-scalable=no initial-scale=1, shrink-to-fit=no, viewport-fit=cover">
<meta name="generator" content="Jekyll v4.4.1">
<meta property="og:title" content="${chTitle}">
<meta name="description" content="${chDesc}">
<link rel="canonical" href="https://packetgarden.example/posts/flaky-dns-resolver/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","author":{"@type":"Person","name":"Jonas Eriksen"},
"dateModified":"2025-03-02T18:40:00+01:00","datePublished":"2025-02-19T21:05:00+01:00","description":"${chDesc}","headline":"${chTitle}"}</script>
<title>${chTitle} | ${chSite}</title>
<link rel="stylesheet" href="/assets/css/jekyll-theme-chirpy.css">
<script>/* Only used for dark mode */ class ModeToggle { static get MODE_KEY() { return 'mode'; } }</script>
</head>
<body>
<aside aria-label="Sidebar" id="sidebar" class="d-flex flex-column align-items-end">
<header class="profile-wrapper"><a href="/" id="avatar" class="rounded-circle"><img src="/assets/img/avatar.png" width="112" height="112" alt="avatar"
 onerror="this.style.display='none'"></a><a class="site-title d-block" href="/">${chSite}</a>
<p class="site-subtitle fst-italic mb-0">Notes from a cupboard full of small computers</p></header>
<nav class="flex-column flex-grow-1 w-100 ps-0"><ul class="nav">
${chNav
  .map(
    (t) => `<li class="nav-item"><a href="/${t === 'HOME' ? '' : `${t.toLowerCase()}/`}" class="nav-link"><i
 class="fa-fw fas fa-stream"></i><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav>
<div class="sidebar-bottom d-flex flex-wrap align-items-center w-100"><button type="button" class="btn btn-link nav-link" aria-label="Switch Mode"
 id="mode-toggle">
<i class="fas fa-adjust"></i></button><span class="icon-border"></span><a href="https://github.com/jeriksen" aria-label="github" target="_blank"
 rel="noopener noreferrer"><i class="fab fa-github"></i></a><a href="/feed.xml" aria-label="rss"><i class="fas fa-rss"></i></a></div></aside>
<div id="main-wrapper" class="d-flex justify-content-center"><div class="container d-flex flex-column px-xxl-5">
<header id="topbar-wrapper" aria-label="Top Bar"><div id="topbar" class="d-flex align-items-center justify-content-between px-lg-3 h-100">
<nav id="breadcrumb" aria-label="Breadcrumb"><span><a href="/">Home</a></span><span>${chTitle}</span></nav>
<button type="button" id="sidebar-trigger" class="btn btn-link" aria-label="Sidebar"><i class="fas fa-bars fa-fw"></i></button>
<div id="topbar-title">Post</div>
<button type="button" id="search-trigger" class="btn btn-link" aria-label="Search"><i class="fas fa-search fa-fw"></i></button>
<search id="search" class="align-items-center ms-3 ms-lg-0"><i class="fas fa-search fa-fw"></i><input class="form-control" id="search-input" type="search"
 aria-label="search" autocomplete="off" placeholder="Search..."></search><button type="button" class="btn btn-link text-decoration-none"
 id="search-cancel">Cancel</button>
</div></header>
<div class="row flex-grow-1"><main aria-label="Main Content" class="col-12 col-lg-11 col-xl-9 px-md-4">
<article class="px-1" data-toc="true">
<header><h1 data-toc-skip>${chTitle}</h1><p class="post-desc fw-light mb-4">${chDesc}</p>
<div class="post-meta text-muted"><span>Posted <time data-ts="1739995500" data-df="ll" data-bs-toggle="tooltip" data-bs-placement="bottom">Feb 19,
 2025</time></span>
<span>Updated <time data-ts="1740937200" data-df="ll" data-bs-toggle="tooltip" data-bs-placement="bottom">Mar 2, 2025</time></span>
<div class="d-flex justify-content-between"><span>By <em><a href="https://github.com/jeriksen">Jonas Eriksen</a></em></span><div><span class="readtime"
 data-bs-toggle="tooltip" data-bs-placement="bottom" title="1043 words"><em>5 min</em> read</span></div></div></div></header>
<div id="toc-bar" class="d-flex align-items-center justify-content-between invisible"><span class="label text-truncate">${chTitle}</span><button type="button"
 class="toc-trigger btn me-1"><i class="fa-solid fa-list-ul fa-fw"></i></button></div>
<button id="toc-solo-trigger" type="button" class="toc-trigger btn btn-outline-secondary btn-sm"><span class="label ps-2 pe-1">Contents</span><i
 class="fa-solid fa-angle-right fa-fw"></i></button>
<dialog id="toc-popup" class="p-0"><div class="header d-flex flex-row align-items-center justify-content-between"><div
 class="label text-truncate py-2 ms-4">${chTitle}
</div><button id="toc-popup-close" type="button" class="btn mx-1 my-1 opacity-75"><i class="fas fa-close"></i></button></div><div id="toc-popup-content"
 class="px-4 py-3 pb-4"></div></dialog>
<div class="content">
${chIntro.map((p) => `<p>${p}</p>`).join('\n')}
${head(chH[0]!)}
${chSetup.map((p) => `<p>${p}</p>`).join('\n')}
${head(chH[1]!)}
<p>${chRule[0]}</p>
<p>${chRule[1]}</p>
${code('bash', 'Shell', chTcpdump)}
<p>${chRule[2]}</p>
<blockquote class="prompt-tip"><p>${chTip}</p></blockquote>
${head(chH[2]!)}
<p>${chCause[0]}</p>
<p>${chCause[1]}</p>
${code('yaml', 'YAML', chConf)}
<p>${chCause[2]}</p>
${head(chH[3]!)}
<ol>
${chChecks.map((t) => `<li>${t}</li>`).join('\n')}
</ol>
</div>
<div class="post-tail-wrapper text-muted"><div class="post-meta mb-3"><i class="far fa-folder-open fa-fw me-1"></i>${chCats
  .map((c) => `<a href="/categories/${c.toLowerCase()}/">${c}</a>`)
  .join(',\n')}</div>
<div class="post-tags"><i class="fa fa-tags fa-fw me-1"></i>${chTags
  .map(
    (t) => `<a href="/tags/${t}/"
 class="post-tag no-text-decoration">${t}</a>`,
  )
  .join('\n')}</div>
<div class="post-tail-bottom d-flex justify-content-between align-items-center mt-5 pb-2"><div class="license-wrapper">This post is licensed under
 <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a> by the author.</div>
<div class="share-wrapper d-flex align-items-center"><span class="share-label text-muted">Share</span><span class="share-icons">
<a href="https://twitter.com/intent/tweet?text=${encodeURIComponent(chTitle)}" target="_blank" rel="noopener" data-bs-toggle="tooltip" data-bs-placement="top"
 aria-label="Twitter"><i class="fa-fw fa-brands fa-square-x-twitter"></i></a><a
 href="https://www.reddit.com/submit?url=https://packetgarden.example/posts/flaky-dns-resolver/"
 target="_blank" rel="noopener" aria-label="Reddit"><i class="fa-fw fa-brands fa-reddit"></i></a><button id="copy-link" aria-label="Copy link" class="btn small"
 data-bs-toggle="tooltip" data-bs-placement="top" title="Copy link" data-title-succeed="Link copied successfully!"><i
 class="fa-fw fas fa-link pe-none fs-6"></i></button>
</span></div></div></div>
</article></main>
<aside aria-label="Panel" id="panel-wrapper" class="col-xl-3 ps-2 text-muted"><div class="access">
<section id="access-lastmod"><h2 class="panel-heading">Recently Updated</h2><ul class="content list-unstyled ps-0 pb-1 ms-1 mt-2">
${chRecent.map((t) => `<li class="text-truncate lh-lg"><a href="/posts/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`).join('\n')}
</ul></section>
<section><h2 class="panel-heading">Trending Tags</h2><div class="d-flex flex-wrap mt-3 mb-1 me-3">
${chTrending.map((t) => `<a class="post-tag btn btn-outline-primary" href="/tags/${t}/">${t}</a>`).join('\n')}
</div></section></div>
<div class="toc-border-cover z-3"></div><section id="toc-wrapper" class="invisible position-sticky ps-0 pe-4 pb-4"><h2
 class="panel-heading ps-3 pb-2 mb-0">Contents</h2>
<nav id="toc"></nav></section></aside></div>
<div class="row"><div id="tail-wrapper" class="col-12 col-lg-11 col-xl-9 px-md-4">
<aside id="related-posts" aria-labelledby="related-label"><h3 class="mb-4" id="related-label">Further Reading</h3>
<nav class="row row-cols-1 row-cols-md-2 row-cols-xl-3 g-4 mb-4">
${chFurther
  .map(
    (f) => `<article class="col"><a href="/posts/${f.t.toLowerCase().replace(/ /g, '-')}/" class="post-preview card h-100"><div class="card-body">
<time data-ts="1730000000" data-df="ll">${f.d}</time><h4 class="pt-0 my-2">${f.t}</h4><div class="text-muted"><p>${f.e}</p></div></div></a></article>`,
  )
  .join('\n')}
</nav></aside>
<nav class="post-navigation d-flex justify-content-between" aria-label="Post Navigation"><a href="/posts/backups-restored/" class="btn btn-outline-primary"
 aria-label="Older"><p>${chFurther[2]!.t}</p></a><a href="/posts/old-thin-client-router/" class="btn btn-outline-primary" aria-label="Newer">
<p>${chRecent[1]}</p></a></nav>
<script src="https://giscus.app/client.js" data-repo="jeriksen/packetgarden" data-mapping="pathname" data-lang="en" crossorigin="anonymous" async></script>
<footer aria-label="Site Info"
 class="d-flex flex-column justify-content-center text-muted flex-lg-row justify-content-lg-between align-items-lg-center pb-lg-3">
<p>© <time>2025</time> <a href="https://github.com/jeriksen">Jonas Eriksen</a>. <span data-bs-toggle="tooltip" data-bs-placement="top"
 title="${chRights}">Some
 rights reserved.</span></p><p>Using the <a data-bs-toggle="tooltip" data-bs-placement="top" title="v7.3.1"
 href="https://github.com/cotes2020/jekyll-theme-chirpy"
 target="_blank" rel="noopener">Chirpy</a> theme for <a href="https://jekyllrb.com" target="_blank" rel="noopener">Jekyll</a>.</p></footer></div></div>
<div id="search-result-wrapper" class="d-flex justify-content-center d-none"><div class="col-11 content"><div id="search-hints"><section><h2
 class="panel-heading">Trending
 Tags</h2><div class="d-flex flex-wrap mt-3 mb-1 me-3">${chTrending
   .map(
     (t) => `<a class="post-tag btn btn-outline-primary"
 href="/tags/${t}/">${t}</a>`,
   )
   .join('')}</div>
</section></div><div id="search-results" class="d-flex flex-wrap justify-content-center text-muted mt-3"></div></div></div>
</div>
<aside aria-label="Scroll to Top"><button id="back-to-top" type="button" class="btn btn-lg btn-box-shadow"><i
 class="fas fa-angle-up"></i></button></aside></div>
<div id="mask" class="d-none position-fixed w-100 h-100 z-1"></div>
<aside id="notification" class="toast" role="alert" aria-live="assertive" aria-atomic="true" data-bs-animation="true" data-bs-autohide="false"><div
 class="toast-header">
<button type="button" class="btn-close ms-auto" data-bs-dismiss="toast" aria-label="Close"></button></div><div class="toast-body text-center pt-0">
<p class="px-2 mb-3">A new version of content is available.</p><button type="button" class="btn btn-primary" aria-label="Update">Update</button></div></aside>
<script src="/assets/js/dist/post.min.js"></script>
<script>SimpleJekyllSearch({searchInput: document.getElementById('search-input'), resultsContainer: document.getElementById('search-results'),
json: '/assets/js/data/search.json', searchResultTemplate: '{title}', noResultsText: 'Oops! No results found.'});</script>
</body>
</html>`;
const chirpy: TestPage = {
  html: chHtml,
  name: 'heldout66-jekyll-chirpy-post',
  kind: 'blog',
  // the post's description line under the h1 is its dek: body; the paragraphs (with the two lead-ins to the code blocks), the
  // prompt-tip blockquote (a callout: body, Chirpy shows its label as an icon only) and the checklist are body, the four h2s
  // the headings; the two code blocks are in neither; "Feb 19, 2025", "Mar 2, 2025" and "Jonas Eriksen" are bylines
  // ("Posted", "Updated" and "By" in neither; the name is also in the footer's copyright line); the read time, toc labels,
  // breadcrumb, categories, tags, licence line, "Share", the panel, "Further Reading" cards with their dates and excerpts,
  // the older/newer links, sidebar, footer, search overlay and toast are furniture; the breadcrumb, toc bar and "Recently
  // Updated" repeat the title (in neither); the tags "dns", "unbound", "pi-hole", "debugging", the category and tag
  // "Homelab" and the nav's "HOME" and "ABOUT" are words of the title and body: left out
  title: chTitle,
  headings: chH,
  body: [chDesc, ...texts(chIntro), ...texts(chSetup), ...texts(chRule), chTip, ...texts(chCause), ...chChecks],
  bylines: ['Feb 19, 2025', 'Mar 2, 2025', 'Jonas Eriksen'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    chSite, 'Notes from a cupboard full of small computers', 'CATEGORIES', 'TAGS', 'ARCHIVES', 'Post', 'Cancel', '5 min read', 'Contents', 'Networking',
    'This post is licensed under CC BY 4.0 by the author.', 'Share', 'Recently Updated', 'Trending Tags', 'proxmox', 'backups', 'zfs',
    'wireguard', 'Further Reading', ...chFurther.flatMap((f) => [f.d, f.t, f.e]), 'Some rights reserved.', 'Using the Chirpy theme for Jekyll.',
    'A new version of content is available.', 'Update',
  ],
};

export const HELDOUT66_E: readonly TestPage[] = [chirpy, gatsbyStarterPost];
