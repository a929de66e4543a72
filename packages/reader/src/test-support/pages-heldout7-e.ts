import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 7, written in session 10 without reading the reader's rules: a docs.rs crate
 * page (docs.rs top bar with its menus, rustdoc sidebar, crate-level prose with "§" heading
 * anchors, code examples and the generated item tables), and a phpBB 3.3 "prosilver" topic with
 * profile columns, signatures, a quoted reply and the board's header and footer.
 */
const tmIntro = [
  'A small, allocation-free library for tracking high and low watermarks over a sliding window of numeric samples.',
  '<code>tidemark</code> is built for code that watches a stream of measurements, such as queue depths, request latencies or sensor ' +
    'readings, and needs to answer one question cheaply and often: what were the highest and lowest values in the last N samples, or the last N seconds?',
  'Every tracker in this crate runs in constant amortised time per sample and uses a fixed amount of memory chosen when it is created. ' +
    'Nothing allocates after construction, so the types are safe to use in interrupt handlers and on targets without a heap.',
];
const tmQuick1 = ['Create a tracker with the window size you need, push samples as they arrive and read the extremes whenever you like:'];
const tmQuick2 = [
  'Reading the maximum or minimum never blocks and never scans the whole window. Internally each tracker keeps a monotonic queue of ' +
    'candidates, so a sample is pushed and popped at most once.',
];
const tmChoose = [
  'Use <a href="struct.Window.html"><code>Window</code></a> when the window is a count of samples and the count is known at compile time.',
  'Use <a href="struct.TimedWindow.html"><code>TimedWindow</code></a> when samples arrive irregularly and the window is a span of time.',
  'Use <a href="struct.Decaying.html"><code>Decaying</code></a> when you want old extremes to fade gradually instead of dropping out all at once.',
];
const tmFeatures = [
  '<code>std</code> (default): implements <code>std::error::Error</code> for the error types and enables <code>TimedWindow</code>.',
  '<code>serde</code>: derives <code>Serialize</code> and <code>Deserialize</code> for the snapshot types.',
  '<code>defmt</code>: implements <code>defmt::Format</code> for use with embedded logging.',
];
const tmMsrv = ['This crate is tested on Rust 1.70 and later. Raising the minimum version is treated as a minor change and is always noted in the changelog.'];
const tmH = ['Quick start', 'Choosing a tracker', 'Feature flags', 'Minimum supported Rust version'];
const drsRust = ['Rust website', 'The Book', 'Standard Library API Reference', 'Rust by Example', 'The Cargo Guide', 'Clippy Documentation'];
const drsCrate = ['Homepage', 'Repository', 'crates.io', 'Builds'];
const rdTool = ['Settings', 'Help', 'Summary'];
const h2 = (id: string, text: string): string => `<h2 id="${id}"><a class="doc-anchor" href="#${id}">§</a>${text}</h2>`;
const items = (kind: string, rows: readonly [string, string][]): string =>
  `<h2 id="${kind}s" class="section-header">${kind[0]?.toUpperCase()}${kind.slice(1)}s<a href="#${kind}s" class="anchor">§</a></h2><dl class="item-table">` +
  rows.map(([n, d]) => `<dt><a class="${kind}" href="${kind}.${n}.html">${n}</a></dt><dd>${d}</dd>`).join('') +
  '</dl>';
const tmTitle = 'Crate tidemark';
const tmHtml =
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="generator" content="rustdoc">
<meta name="description" content="A small, allocation-free library for tracking high and low watermarks over a sliding window of numeric samples.">
<title>tidemark - Rust</title><link rel="stylesheet" href="/-/rustdoc.static/rustdoc-b0742ba0.css"><link rel="stylesheet" href="/-/static/style.css?0-4-2">
<meta name="rustdoc-vars" data-root-path="../" data-static-root-path="/-/rustdoc.static/" data-current-crate="tidemark" data-search-js="search-f0d225c3.js">
<script src="/-/rustdoc.static/storage-3a5871a4.js"></script><script defer src="../crates.js"></script></head>
<body class="rustdoc-page"><div class="nav-container"><div class="container"><div class="pure-menu pure-menu-horizontal" role="navigation">
<a href="/" class="pure-menu-heading pure-menu-link docsrs-logo" aria-label="Docs.rs"><span title="Docs.rs">Docs.rs</span></a>
<ul class="pure-menu-list"><li class="pure-menu-item pure-menu-has-children"><a href="#" class="pure-menu-link crate-name">tidemark-0.4.2</a>
<div class="pure-menu-children package-details-menu"><ul class="pure-menu-list"><li class="pure-menu-heading" id="crate-title">tidemark 0.4.2</li>
<li class="pure-menu-item"><a href="/crate/tidemark/latest" class="pure-menu-link description">` +
  `A small, allocation-free library for tracking high and low watermarks over a sliding window of numeric samples.</a></li>
<li class="pure-menu-item"><span class="pure-menu-link">MIT OR Apache-2.0</span></li>${links(drsCrate, 'pure-menu-item')}
<li class="pure-menu-heading">Owners</li><li class="pure-menu-item"><a href="https://crates.io/users/okvist" class="pure-menu-link">okvist</a></li>
<li class="pure-menu-heading">Dependencies</li><li class="pure-menu-item">defmt ^0.3 <i class="dependencies normal">optional</i></li>
<li class="pure-menu-item">serde ^1.0.200 <i class="dependencies normal">optional</i></li></ul></div></li>
<li class="pure-menu-item"><a href="/crate/tidemark/latest/source/" class="pure-menu-link">Source</a></li>
<li class="pure-menu-item"><a href="/crate/tidemark/latest/features" class="pure-menu-link">Feature flags</a></li>
<li class="pure-menu-item pure-menu-has-children"><a href="#" class="pure-menu-link">Platform</a><ul class="pure-menu-children">
<li class="pure-menu-item"><a class="pure-menu-link" href="#">i686-pc-windows-msvc</a></li><li class="pure-menu-item">
<a class="pure-menu-link" href="#">x86_64-unknown-linux-gnu</a></li>
</ul></li><li class="pure-menu-item pure-menu-has-children"><a href="#" class="pure-menu-link">docs.rs</a><ul class="pure-menu-children">
<li><a href="/about" class="pure-menu-link">About docs.rs</a></li><li><a href="https://foundation.rust-lang.org/policies/privacy-policy/">Privacy policy</a>
</li></ul></li>
<li class="pure-menu-item pure-menu-has-children"><a href="#" class="pure-menu-link">Rust</a><ul class="pure-menu-children">${links(drsRust)}</ul></li></ul>
</div></div></div>
<div class="rustdoc mod crate container-rustdoc" id="rustdoc_body_wrapper"><nav class="sidebar"><div class="sidebar-crate"><h2>
<a href="../tidemark/index.html">tidemark</a>` +
  `<span class="version">0.4.2</span></h2></div><div class="sidebar-elems"><ul class="block"><li><a id="all-types" href="all.html">All Items</a></li></ul>
<section id="rustdoc-toc"><h3><a href="#">Sections</a></h3><ul class="block top-toc">${links(tmH)}</ul>
<h3><a href="#structs">Crate Items</a></h3><ul class="block"><li><a href="#structs" title="Structs">Structs</a></li><li><a href="#enums">Enums</a></li></ul>
</section></div></nav><main><div class="width-limiter"><rustdoc-search><form class="search-form"><input class="search-input" name="search" ` +
  `aria-label="Run search in the documentation" placeholder="Type ‘S’ or ‘/’ to search, ‘?’ for more options…" type="search"></form></rustdoc-search>
<section id="main-content" class="content"><div class="main-heading"><h1>Crate <span>tidemark</span>` +
  `<button id="copy-path" title="Copy item path to clipboard"></button></h1><rustdoc-toolbar>` +
  `${rdTool.map((t) => `<div class="rustdoc-toolbar-item"><a href="#"><span class="label">${t}</span></a></div>`).join('')}</rustdoc-toolbar>
<span class="sub-heading"><a class="src" href="../src/tidemark/lib.rs.html#1-212">Source</a></span></div>
<details class="toggle top-doc" open><summary class="hideme"><span>Expand description</span></summary><div class="docblock">${ps(tmIntro)}
${h2('quick-start', tmH[0] ?? '')}${ps(tmQuick1)}
<div class="example-wrap"><pre class="rust rust-example-rendered"><code><span class="kw">use </span>tidemark::Window;

<span class="kw">let mut </span>w = Window::&lt;i32, 64&gt;::new();
w.push(<span class="number">17</span>);
<span class="macro">assert_eq!</span>(w.max(), <span class="prelude-val">Some</span>(<span class="number">17</span>));</code></pre></div>
${ps(tmQuick2)}
${h2('choosing-a-tracker', tmH[1] ?? '')}<ul>${tmChoose.map((li) => `<li>${li}</li>`).join('\n')}</ul>
${h2('feature-flags', tmH[2] ?? '')}<ul>${tmFeatures.map((li) => `<li>${li}</li>`).join('\n')}</ul>
${h2('minimum-supported-rust-version', tmH[3] ?? '')}${ps(tmMsrv)}</div></details>
${items('struct', [
  ['Decaying', 'Extremes that fade with a configurable half-life.'],
  ['Snapshot', 'A copy of a tracker’s current maximum, minimum and sample count.'],
  ['TimedWindow', 'Extremes over a span of time.'],
  ['Window', 'Extremes over the last <code>N</code> samples.'],
])}
${items('enum', [['Error', 'Errors returned when a timestamp goes backwards or a window size is zero.']])}
</section></div></main></div><script src="/-/static/menu.js?0-4-2"></script></body></html>`;
const tidemark: TestPage = {
  name: 'heldout7-docsrs-crate',
  kind: 'docs',
  html: tmHtml,
  // hard calls: gold is the crate-level prose (the "Expand description" block) with its headings,
  // whose "§" anchors are not part of them; the generated Structs/Enums item tables and their
  // one-line summaries are in neither list (an index, like a table of contents), nor is the
  // docs.rs menu's copy of the crate description (same words as the first body line) or its
  // "Feature flags" and "Rust" menu items (same words as a heading); the code example is neither
  title: tmTitle,
  headings: tmH,
  body: texts([...tmIntro, ...tmQuick1, ...tmQuick2, ...tmChoose, ...tmFeatures, ...tmMsrv]),
  bylines: [],
  furniture: [
    'Docs.rs',
    'tidemark-0.4.2',
    'tidemark 0.4.2',
    'MIT OR Apache-2.0',
    ...drsCrate,
    'Owners',
    'Dependencies',
    'serde ^1.0.200',
    'Platform',
    'x86_64-unknown-linux-gnu',
    'About docs.rs',
    'Privacy policy',
    ...drsRust,
    'All Items',
    'Sections',
    'Crate Items',
    ...rdTool,
    'Source',
    'Expand description',
  ],
};

const posts: { user: string; when: string; id: number; sig: string; paras: string[]; quote?: string }[] = [
  {
    user: 'mopedmick',
    when: 'Sun Mar 09, 2025 6:41 pm',
    id: 61230,
    sig: '1961 James Cadet (in bits) | 1974 Honda SS50 | too many spanners',
    paras: [
      'Picked up a 1961 James Cadet last weekend that has been sitting in a shed since about 2013. Complete, dry-stored, but the engine ' +
        "is solid. Kickstart won't budge at all, not even a little rock back and forth.",
      "I've had the plug out and there is a bit of surface rust on the bore through the plug hole but nothing horrific. Before I start " +
        "pulling things apart, what's the accepted wisdom here? Soak it and wait, or head straight off?",
    ],
  },
  {
    user: 'Clanger',
    when: 'Sun Mar 09, 2025 7:02 pm',
    id: 61232,
    sig: 'Bantams are for life, not just for Christmas.',
    paras: [
      "Don't force the kickstart whatever you do, the quadrant teeth on those are not strong. Get the plug out, pour in a good slug of " +
        'penetrating oil or a 50/50 mix of ATF and acetone, and leave it a week. Top it up every couple of days.',
      "Then put it in top gear and rock the back wheel gently. Rocking, not heaving. If it moves a few degrees each way you're winning.",
    ],
  },
  {
    user: 'mopedmick',
    when: 'Sun Mar 09, 2025 8:15 pm',
    id: 61237,
    sig: '1961 James Cadet (in bits) | 1974 Honda SS50 | too many spanners',
    quote: "Don't force the kickstart whatever you do, the quadrant teeth on those are not strong.",
    paras: ['Thanks, ATF and acetone it is. Is it worth taking the head off anyway while I wait? Only four nuts on this one.'],
  },
  {
    user: 'jimbob_villiers',
    when: 'Mon Mar 10, 2025 9:03 am',
    id: 61251,
    sig: '',
    paras: [
      "If the head comes off easily I'd do it. You can then see exactly where the piston is stuck and soak from the top with the " +
        "barrel still on. Often it is only the rings glued into their grooves, and once the piston breaks free you'll find the bore is " +
        'fine apart from a ring mark where it sat.',
      "Also check whether it's actually the engine that's seized. On the Cadet the clutch plates stick together after years of standing " +
        'and people mistake that for a seized engine when they try to push the bike. Pull the clutch in and see if the back wheel turns freely in gear.',
    ],
  },
  {
    user: 'mopedmick',
    when: 'Sat Mar 22, 2025 5:48 pm',
    id: 61399,
    sig: '1961 James Cadet (in bits) | 1974 Honda SS50 | too many spanners',
    paras: [
      'Update for anyone who finds this later: the clutch was indeed stuck solid, but so was the piston. Head off, three days of ATF and ' +
        'acetone from the top, a wooden block and a couple of light taps and it came free. Bore has one brown ring mark that feels smooth ' +
        "under a fingernail, so I'm going to hone it and see. Thanks all.",
    ],
  },
];
const profiles: Record<string, string> = {
  mopedmick: '<strong>Posts:</strong> 212</dd><dd class="profile-joined"><strong>Joined:</strong> Sat Feb 02, 2019 10:15 am',
  Clanger: '<strong>Posts:</strong> 4871</dd><dd class="profile-joined"><strong>Joined:</strong> Thu Jun 14, 2007 8:40 pm',
  jimbob_villiers: '<strong>Posts:</strong> 1093</dd><dd class="profile-joined"><strong>Joined:</strong> Tue Nov 18, 2014 8:02 pm',
};
const topicTitle = 'Seized Villiers engine after twelve years in a shed - where to start?';
const postHtml = (p: (typeof posts)[number], i: number): string =>
  `<div id="p${p.id}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}"><div class="inner"><dl class="postprofile" id="profile${p.id}">
<dt class="no-avatar"><a href="./memberlist.php?mode=viewprofile" class="username">${p.user}</a></dt><dd class="profile-posts">${profiles[p.user]}</dd></dl>
<div class="postbody"><div id="post_content${p.id}"><h3${i === 0 ? ' class="first"' : ''}><a href="#p${p.id}">${i === 0 ? '' : 'Re: '}${topicTitle}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" class="button button-icon-only"><span class="sr-only">Quote</span></a></li></ul>
<p class="author"><a class="unread" href="#p${p.id}"><span class="sr-only">Post</span></a> <span class="responsive-hide">by <strong>` +
  `<a href="./memberlist.php?mode=viewprofile" class="username">${p.user}</a></strong> » </span>${p.when}</p><div class="content">` +
  (p.quote === undefined
    ? ''
    : `<blockquote><div><cite><a href="#">Clanger</a> wrote: <a href="#p61232">↑</a><span class="responsive-hide">Sun Mar 09, 2025 7:02 pm</span></cite>` +
      `${p.quote}</div></blockquote>`) +
  `${p.paras.join('<br>\n<br>\n')}</div>${p.sig === '' ? '' : `<div id="sig${p.id}" class="signature">${p.sig}</div>`}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><span class="sr-only">Top</span></a></div></div></div><hr class="divider">`;
const topicHtml = `<!DOCTYPE html><html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><title>${topicTitle} - Lightweight Motorcycle Club Forum</title>
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=41" rel="stylesheet">
<link rel="canonical" href="https://forum.lwmc.example/viewtopic.php?t=8841">
<script>var phpbb={};phpbb.plupload={};</script></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr"><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<h1>Lightweight Motorcycle Club Forum</h1><p>Villiers, Bantams, NSUs and all the little two-strokes</p>
<p class="skiplink"><a href="#start_here">Skip to content</a></p></div></div></div>
<div class="navbar" role="navigation"><ul id="nav-main" class="nav-main linklist" role="menubar"><li id="quick-links"><a href="#"><span>Quick links</span>
</a></li>
<li><a href="/app.php/help/faq" rel="help"><span>FAQ</span></a></li><li class="rightside"><a href="./ucp.php?mode=login"><span>Login</span></a></li>
<li class="rightside"><a href="./ucp.php?mode=register"><span>Register</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks"><li class="breadcrumbs"><span class="crumb"><a href="./index.php">Board index</a></span>
<span class="crumb"><a href="./viewforum.php?f=4">Restoration</a></span><span class="crumb"><a href="./viewforum.php?f=12">Engines &amp; Gearboxes</a>
</span></li></ul></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=8841">${topicTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=8841" class="button"><span>Post Reply</span></a>
<div class="pagination">5 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${posts.map(postHtml).join('\n')}
<div class="action-bar actions-jump"><p class="jumpbox-return">
<a href="./viewforum.php?f=12" class="left-box arrow-left">Return to “Engines &amp; Gearboxes”</a></p>
<div class="jumpbox dropdown-container"><span class="button dropdown-trigger">Jump to</span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 3 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><ul id="nav-footer" class="nav-footer linklist">
<li class="rightside">All times are <span title="UTC">UTC</span></li>
<li class="rightside"><a href="./ucp.php?mode=delete_cookies">Delete cookies</a></li><li class="rightside"><a href="./memberlist.php?mode=team">The team</a>
</li></ul>
<div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited</div>
<div class="footer-row"><a class="footer-link" href="./ucp.php?mode=privacy">Privacy</a> | <a class="footer-link" href="./ucp.php?mode=terms">Terms</a>
</div></div>
</div><script src="./assets/javascript/core.js?assets_version=41"></script></body></html>`;
const villiers: TestPage = {
  name: 'heldout7-phpbb-topic',
  kind: 'forum',
  html: topicHtml,
  // hard calls: every post is body (a discussion page); the text quoted inside the third post
  // repeats the second post word for word and is in neither list, its "wrote:" cite is a byline;
  // the first post's subject repeats the title (neither), the replies' "Re: ..." subjects and the
  // profile columns and signatures are furniture
  title: topicTitle,
  headings: [],
  body: texts(posts.flatMap((p) => p.paras)),
  bylines: [
    ...posts.map((p) => `Post by ${p.user} » ${p.when}`).filter((b, i, all) => all.indexOf(b) === i),
    'Clanger wrote: ↑Sun Mar 09, 2025 7:02 pm',
    'mopedmick',
    'Clanger',
    'jimbob_villiers',
  ],
  furniture: [
    'Lightweight Motorcycle Club Forum',
    'Villiers, Bantams, NSUs and all the little two-strokes',
    'Skip to content',
    'Quick links',
    'Board index',
    'Engines & Gearboxes',
    'Post Reply',
    '5 posts • Page 1 of 1',
    `Re: ${topicTitle}`,
    'Posts: 212',
    'Joined: Thu Jun 14, 2007 8:40 pm',
    '1961 James Cadet (in bits) | 1974 Honda SS50 | too many spanners',
    'Bantams are for life, not just for Christmas.',
    'Return to “Engines & Gearboxes”',
    'Jump to',
    'Who is online',
    'Users browsing this forum: No registered users and 3 guests',
    'Delete cookies',
    'The team',
    'Powered by phpBB® Forum Software © phpBB Limited',
  ],
};

export const HELDOUT7_E: readonly TestPage[] = [tidemark, villiers];
