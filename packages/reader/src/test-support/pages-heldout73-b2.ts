import { ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 73, page 4: a personal Jekyll (Minima 2.5) blog post with an "over 3 years old" notice, for file b. */
const jkTitle = 'Running my own DNS resolver with Unbound on a Raspberry Pi';
const jkNotice = 'This post is over 3 years old; some information may be out of date.';
const jkIntro = [
  'For about a year my home network used the DNS servers my ISP handed out over DHCP. They were slow in the evenings, they ' +
    'redirected mistyped names to a search page full of adverts, and twice they went down altogether for an afternoon. So one wet ' +
    'weekend I finally set up a recursive resolver on the Raspberry Pi that already sat in the cupboard running backups.',
  'This is how I set it up and what I learned in the first two months.',
];
const jkWhy = [
  'A recursive resolver does not forward your queries to someone else’s server. It starts at the root servers and walks down to ' +
    'the server that is authoritative for each name, caching the answers on the way. Nobody upstream sees the full list of names ' +
    'your household looks up, and the cache makes repeat lookups almost instant.',
  'Unbound is small, well documented and packaged for Raspberry Pi OS, which made it the obvious choice.',
];
const jkInstall = [
  'Installing it is one command. The configuration lives in <code>/etc/unbound/unbound.conf.d/</code>, and I kept mine in a ' + 'single file:',
];
const jkConfNote = [
  'The <code>access-control</code> lines matter: without them Unbound refuses queries from anything except the Pi itself, which ' +
    'confused me for a good twenty minutes.',
];
const jkRouter = [
  'Once <code>dig @192.168.1.5 example.org</code> answered from another machine, I changed the DHCP settings on the router so ' +
    'every device received the Pi as its only DNS server.',
  'I deliberately did not list a second, public resolver as a fallback. Clients pick between listed servers more or less at ' +
    'random, so a fallback quietly bypasses the resolver half the time.',
];
const jkLearned = [
  'Cold lookups are slower than a big public resolver, typically 80 to 200 milliseconds, because Unbound has to walk the tree ' + 'itself.',
  'Warm lookups are under a millisecond, and after a day the cache answers most of what the household asks.',
  'Prefetching (<code>prefetch: yes</code>) keeps popular names fresh before they expire, which removed most of the slow lookups.',
  'When the Pi is off, the whole house loses DNS. A cheap UPS fixed the only outage I had.',
];
const jkUpdate = [
  '<em>Update, March 2022:</em> Raspberry Pi OS moved to a newer Unbound release with a different default for ' +
    '<code>num-threads</code>; my old setting of 2 still works, but the line is no longer needed on a Pi 4.',
];
const jkHeads = ['Why a recursive resolver', 'Installing Unbound', 'Pointing the network at it', 'What I learned'];
const jkTags = ['dns', 'raspberry-pi', 'homelab'];
const jkNav = ['About', 'Now', 'Projects'];
const jkFootDesc = 'Notes on home networking, old laptops and the occasional loaf of bread.';
const jkDisqus = 'Please enable JavaScript to view the comments powered by Disqus.';
const jkRelated = [
  { t: 'Splitting the home network into VLANs on a budget switch', d: 'Nov 28, 2020' },
  { t: 'Backing up a Raspberry Pi without pulling the SD card', d: 'Sep 5, 2020' },
  { t: 'Why my router now has a fan', d: 'Jul 19, 2020' },
];
const jkHtml = `<!DOCTYPE html>
<html lang="en"><head>
  <meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<!-- Begin Jekyll SEO tag v2.8.0 -->
<title>${jkTitle} | Tobias Lind</title>
<meta name="generator" content="Jekyll v4.2.0" />
<meta property="og:title" content="${jkTitle}" />
<meta name="author" content="Tobias Lind" />
<meta property="og:locale" content="en_US" />
<meta name="description" content="Setting up a recursive DNS resolver for the whole house, and what changed after two months." />
<link rel="canonical" href="https://tobiaslind.example/2021/02/13/unbound-on-a-pi.html" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="2021-02-13T00:00:00+00:00" />
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"BlogPosting","author":{"@type":"Person","name":"Tobias Lind"},"dateModified":"2022-03-06T00:00:00+00:00",
"datePublished":"2021-02-13T00:00:00+00:00","headline":"${jkTitle}","url":"https://tobiaslind.example/2021/02/13/unbound-on-a-pi.html"}</script>
<!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="https://tobiaslind.example/feed.xml" title="Tobias
Lind" />
</head>
<body><header class="site-header" role="banner">

  <div class="wrapper"><a class="site-title" rel="author" href="/">Tobias Lind</a><nav class="site-nav">
        <input type="checkbox" id="nav-trigger" class="nav-trigger" />
        <label for="nav-trigger">
          <span class="menu-icon">
            <svg viewBox="0 0 18 15" width="18px" height="15px">
              <path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,0.665,0,1.484,0
h15.032C17.335,0,18,0.665,18,1.484L18,1.484z"/>
            </svg>
          </span>
        </label>

        <div class="trigger">${jkNav.map((t) => `<a class="page-link" href="/${t.toLowerCase()}/">${t}</a>`).join('')}</div>
      </nav></div>
</header>
<main class="page-content" aria-label="Content">
      <div class="wrapper">
        <article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">

  <header class="post-header">
    <h1 class="post-title p-name" itemprop="name headline">${jkTitle}</h1>
    <p class="post-meta">
      <time class="dt-published" datetime="2021-02-13T00:00:00+00:00" itemprop="datePublished">Feb 13, 2021
      </time>• <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">Tobias
Lind</span></span></p>
  </header>

  <div class="post-content e-content" itemprop="articleBody">
    <div class="notice notice--old-post" role="note">
  <p><strong>Heads up!</strong> ${jkNotice}</p>
</div>
${ps(jkIntro)}

<h2 id="why-a-recursive-resolver">${jkHeads[0]}</h2>

${ps(jkWhy)}

<h2 id="installing-unbound">${jkHeads[1]}</h2>

${ps(jkInstall)}

<div class="language-shell highlighter-rouge"><div class="highlight"><pre class="highlight"><code><span class="nb">sudo </span>apt <span
class="nb">install</span> unbound
</code></pre></div></div>

<div class="language-conf highlighter-rouge"><div class="highlight"><pre class="highlight"><code>server:
    interface: 0.0.0.0
    access-control: 127.0.0.0/8 allow
    access-control: 192.168.1.0/24 allow
    num-threads: 2
    prefetch: yes
    hide-identity: yes
</code></pre></div></div>

${ps(jkConfNote)}

<h2 id="pointing-the-network-at-it">${jkHeads[2]}</h2>

${ps(jkRouter)}

<h2 id="what-i-learned">${jkHeads[3]}</h2>

<ul>
${jkLearned.map((t) => `  <li>${t}</li>`).join('\n')}
</ul>

${ps(jkUpdate)}

  </div>
  <p class="post-tags">Tags: ${jkTags.map((t) => `<a class="tag" href="/tags/#${t}">${t}</a>`).join(', ')}</p>
  <nav class="post-nav">
    <a class="prev" href="/2021/01/24/thinkpad-x220-again.html">« Giving a ThinkPad X220 one more year</a>
    <a class="next" href="/2021/03/07/sourdough-at-18-degrees.html">Sourdough in an 18-degree kitchen »</a>
  </nav>
  <aside class="related">
    <h2 class="related-title">You might also enjoy</h2>
    <ul class="related-posts">
${jkRelated.map((r) => `      <li><a href="/${r.d.slice(-4)}/${r.t.length}.html">${r.t}</a> <small>${r.d}</small></li>`).join('\n')}
    </ul>
  </aside>
  <div id="disqus_thread"></div>
  <script>
    var disqus_config = function () { this.page.url = 'https://tobiaslind.example/2021/02/13/unbound-on-a-pi.html'; this.page.identifier =
'/2021/02/13/unbound'; };
    (function() { var d = document, s = d.createElement('script'); s.src = 'https://tobiaslind.disqus.com/embed.js'; (d.head || d.body).appendChild(s); })();
  </script>
  <noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript" rel="nofollow">comments powered by Disqus.</a></noscript>
  <a class="u-url" href="/2021/02/13/unbound-on-a-pi.html" hidden></a>
</article>

      </div>
    </main><footer class="site-footer h-card">
  <data class="u-url" href="/"></data>

  <div class="wrapper">

    <h2 class="footer-heading">Tobias Lind</h2>

    <div class="footer-col-wrapper">
      <div class="footer-col footer-col-1">
        <ul class="contact-list">
          <li class="p-name">Tobias Lind</li><li><a class="u-email" href="mailto:hello@tobiaslind.example">hello@tobiaslind.example</a></li></ul>
      </div>

      <div class="footer-col footer-col-2"><ul class="social-media-list"><li><a href="https://github.com/tlind-example"><svg class="svg-icon"><use
xlink:href="/assets/minima-social-icons.svg#github"></use></svg> <span class="username">tlind-example</span></a></li><li><a rel="me"
href="https://social.example/@tobias"><svg class="svg-icon"><use xlink:href="/assets/minima-social-icons.svg#mastodon"></use></svg> <span
class="username">tobias</span></a></li></ul>
</div>

      <div class="footer-col footer-col-3">
        <p>${jkFootDesc}</p>
      </div>
    </div>

  </div>

</footer>
</body>

</html>
`;

export const jekyllOldPost: TestPage = {
  html: jkHtml,
  name: 'heldout73-jekyll-old-post-blog',
  kind: 'blog',
  // the "Heads up! This post is over 3 years old" notice at the top of the post content is furniture (the theme's include,
  // not the author's words); the author's own "Update, March 2022" paragraph at the end is body; the two code blocks are in
  // neither list; the site title, footer heading and contact name are the author's name, listed once as a byline
  title: jkTitle,
  headings: jkHeads,
  body: [...texts(jkIntro), ...texts(jkWhy), ...texts(jkInstall), ...texts(jkConfNote), ...texts(jkRouter), ...texts(jkLearned), ...texts(jkUpdate)],
  bylines: ['Feb 13, 2021', 'Tobias Lind'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...jkNav, 'Heads up!', jkNotice, 'Tags:', ...jkTags, '« Giving a ThinkPad X220 one more year', 'Sourdough in an 18-degree kitchen »', jkDisqus,
    'You might also enjoy', ...jkRelated.flatMap((r) => [r.t, r.d]),
    'hello@tobiaslind.example', 'tlind-example', 'tobias', jkFootDesc,
  ],
};
