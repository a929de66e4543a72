import { links, ps, type TestPage, texts } from './page-kit.js';
import { ld, lis, paras } from './pages-heldout271-kit.js';

/**
 * Held-out batch 271, file d2: a GeneratePress (WordPress) tech blog post with an adblock-detected overlay ("We noticed you are
 * using an ad blocker"), ad slots, post navigation, two WordPress comments with a reply form, a sidebar and the footer.
 */
const bTitle = 'Why my home server now sleeps at night (and how I wake it up)';
const bP = paras(`
  My home server used to run around the clock, drawing about 38 watts to serve a photo library that my family opens perhaps
  twice a day. Over a year that is roughly 330 kilowatt-hours, which at my tariff is more than the server cost to build.

  So last month I taught it to sleep. It now suspends itself at 1 a.m., wakes at 7, and in between can be woken from my phone
  in about six seconds. Here is how the setup works and what tripped me up.

  The suspend part is a single systemd timer that runs <code>systemctl suspend</code> when no client has touched the file
  shares for twenty minutes. The check is a short script that looks at open SMB sessions and the web gallery's access log.

  Waking it is done with Wake-on-LAN. The network card keeps a trickle of power while the machine sleeps and powers it on
  when it sees a "magic packet" carrying its MAC address. Most boards support it; few enable it by default.

  Setting it up is a matter of finding the option in the firmware, usually under power management, and then telling the
  operating system not to switch the card off when it suspends. On my phone a free app sends the packet with one tap.

  Three things cost me an evening each:

  After a month the meter says the server averages 14 watts. That is not nothing, but it is a saving of about 200
  kilowatt-hours a year for an afternoon's work, and nobody in the house has noticed the difference.
`);
const bGotchas = [
  'The setting has to be enabled twice: once in the firmware and once with <code>ethtool -s eth0 wol g</code>, every boot.',
  'My router does not forward broadcast packets from the VPN, so the phone has to send the packet through a small relay on the router.',
  'USB disks spin down in a different order on resume, and one array came back degraded until I added a delay.',
];
const bHeads = ['Going to sleep', 'Waking up', 'What went wrong'];
const bNav = ['Home', 'Homelab', 'Linux', 'Networking', 'About', 'Contact'];
const bRecent = ['A quieter fan curve for the NAS', 'Backing up a photo library to a friend\u2019s house', 'My first month with a UPS'];
const bHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${bTitle} – Byte Shed</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-01-24T18:20:00+00:00"><meta name="generator" content="WordPress 6.5.2">
${ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'BlogPosting', headline: bTitle, author: { name: 'Rafe Okonkwo-Hale' } }] })}
<link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0" media="all">
<script>var adblockNotice={"title":"Ad blocker detected","delay":"0","closeable":"no"};
(function(){var b=document.createElement("div");b.className="adsbox ad-banner";document.body&&document.body.appendChild(b);})();</script>
<script async src="https://pagead2.googlesyndication.example/pagead/js/adsbygoogle.js?client=ca-pub-6617302218894411"></script>
</head><body class="post-template-default single single-post right-sidebar nav-float-right separate-containers" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header" id="masthead" itemtype="https://schema.org/WPHeader" itemscope><div class="inside-header grid-container">
<div class="site-branding"><p class="main-title" itemprop="headline"><a href="/" rel="home">Byte Shed</a></p>
<p class="site-description" itemprop="description">Notes from a cupboard full of computers</p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation"><div class="inside-navigation grid-container">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul class="menu sf-menu">${links(bNav, 'menu-item')}</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main"><article id="post-2214" class="post-2214 post type-post status-publish format-standard category-homelab"
itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article"><header class="entry-header">
<h1 class="entry-title" itemprop="headline">${bTitle}</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published"
datetime="2026-01-24T18:20:00+00:00" itemprop="datePublished">January 24, 2026</time></span> <span class="byline">by <span class="author vcard"
itemprop="author"><a class="url fn n" href="/author/rafe/"><span class="author-name" itemprop="name">Rafe Okonkwo-Hale</span></a></span></span></div>
</header><div class="entry-content" itemprop="text">
${ps(bP.slice(0, 2))}
<div class="code-block code-block-1" style="margin: 8px auto; text-align: center;"><span class="ad-label">Advertisement</span>
<ins class="adsbygoogle" style="display:block" data-ad-slot="3921004417"></ins></div>
<h2 class="wp-block-heading">${bHeads[0]}</h2>
${ps(bP.slice(2, 3))}
<h2 class="wp-block-heading">${bHeads[1]}</h2>
${ps(bP.slice(3, 5))}
<h2 class="wp-block-heading">${bHeads[2]}</h2>
${ps(bP.slice(5, 6))}
<ol class="wp-block-list">${lis(bGotchas)}</ol>
${ps(bP.slice(6))}
</div><footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span>
<a href="/category/homelab/" rel="category tag">Homelab</a></span> <span class="tags-links"><a href="/tag/power-saving/" rel="tag">power-saving</a>,
<a href="/tag/wake-on-lan/" rel="tag">wake-on-lan</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="/ups-first-month/"
rel="prev">My first month with a UPS</a></span></div><div class="nav-next"><span class="next"><a href="/fan-curve/" rel="next">A quieter fan
curve for the NAS</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on “${bTitle}”</h3><ol class="comment-list">
<li id="comment-511" class="comment even thread-even depth-1"><article class="comment-body" id="div-comment-511"><footer class="comment-meta">
<div class="comment-author-info"><cite itemprop="name" class="fn">Mirela D.</cite><div class="entry-meta comment-metadata">
<a href="#comment-511"><time datetime="2026-01-25T07:02:11+00:00">January 25, 2026 at 7:02 am</time></a></div></div></footer>
<div class="comment-content" itemprop="text"><p>Did you try the rtcwake route instead of a timer? I set mine to wake at a fixed time and it has
been solid for two years.</p></div><span class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></article></li>
<li id="comment-512" class="comment odd alt thread-odd depth-1"><article class="comment-body" id="div-comment-512"><footer class="comment-meta">
<div class="comment-author-info"><cite itemprop="name" class="fn">Tobiah</cite><div class="entry-meta comment-metadata"><a href="#comment-512">
<time datetime="2026-01-26T21:40:53+00:00">January 26, 2026 at 9:40 pm</time></a></div></div></footer><div class="comment-content">
<p>The VPN relay tip saved me. My router had exactly the same problem.</p></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p><form id="commentform" class="comment-form">
<textarea id="comment" name="comment" placeholder="Comment"></textarea><input type="submit" class="submit" value="Post Comment"></form></div></div></div>
</main></div><div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
<ul>${links(bRecent)}</ul></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site"><div class="inside-site-info grid-container"><div class="copyright-bar">
<span class="copyright">© 2026 Byte Shed</span> • Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
<div id="adblock-notice-overlay" class="adblock-notice-overlay" style="display:block"><div class="adblock-notice-modal" role="dialog" aria-modal="true">
<div class="adblock-notice-icon" aria-hidden="true">!</div><h2 class="adblock-notice-title">Ad blocker detected</h2>
<p class="adblock-notice-text">We noticed you are using an ad blocker. Byte Shed is written by one person and the ads pay for the hosting.</p>
<p class="adblock-notice-text">Please add us to your allowlist, then refresh the page.</p>
<button class="adblock-notice-button" onclick="location.reload()">I've disabled my ad blocker</button></div></div></body></html>`;
export const adblockPage: TestPage = {
  name: 'heldout271-generatepress-adblock-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: bHeads,
  body: [...texts(bP.slice(0, 6)), ...texts(bGotchas), ...texts(bP.slice(6))],
  bylines: ['January 24, 2026', 'Rafe Okonkwo-Hale'],
  furniture: [
    'Skip to content',
    'Byte Shed',
    'Notes from a cupboard full of computers',
    'Menu',
    ...bNav,
    'Advertisement',
    'power-saving',
    'wake-on-lan',
    ...bRecent,
    `2 thoughts on “${bTitle}”`,
    'Mirela D.',
    'January 25, 2026 at 7:02 am',
    'Did you try the rtcwake route instead of a timer? I set mine to wake at a fixed time and it has been solid for two years.',
    'Reply',
    'Tobiah',
    'January 26, 2026 at 9:40 pm',
    'The VPN relay tip saved me. My router had exactly the same problem.',
    'Leave a Comment',
    'Your email address will not be published. Required fields are marked *',
    'Recent Posts',
    '© 2026 Byte Shed',
    'GeneratePress',
    'Ad blocker detected',
    'We noticed you are using an ad blocker. Byte Shed is written by one person and the ads pay for the hosting.',
    'Please add us to your allowlist, then refresh the page.',
    "I've disabled my ad blocker",
  ],
};
