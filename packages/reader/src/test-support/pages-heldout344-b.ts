import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout344-kit.js';

/**
 * Held-out batch 344, file b: a Buzzsprout-hosted podcast website episode page (site header with the show's
 * subscribe links, the embedded player, Show Notes / Transcript tabs, "Support the show" link, chapters, episode
 * navigation, "Powered by Buzzsprout" footer) and a WordPress episode post with the PowerPress plugin (Astra theme header
 * and menu, PowerPress player links and subscribe links, show notes with timestamps and sponsor reads, tags, post
 * navigation, comments with replies, sidebar widgets, footer).
 */
const bTitle = '87: Fixing a Leaky Greenhouse Before Winter';
const bNotes = [
  j(
    'Our listener Hollis from Brackenwade wrote in with a problem most of us will recognise: a secondhand aluminium',
    'greenhouse that looked perfect in June and now drips onto the seedlings every time it rains. This week Della and Ivo',
    'go through the whole repair, from finding the leak to deciding what is worth replacing.',
  ),
  j(
    'Della starts with the hose test: one person inside with a torch, one outside running water slowly down each glazing bar',
    'from the ridge. Most leaks in older frames come from perished rubber glazing strips rather than cracked panes, and the',
    'strips can be replaced for a few pounds a metre without taking the glass out.',
  ),
  j(
    'Ivo covers the ridge vent, which on many models closes against a worn felt seal, and explains why silicone sealant is',
    'a poor long-term fix on a frame that expands and contracts every sunny afternoon.',
  ),
  'Things you will need for the repair:',
  'Replacement glazing rubber in the right profile (take a sample to the shop)',
  'Stainless W-clips, because the old galvanised ones will snap',
  'A blunt plastic scraper to clear the channel without scratching',
  'Horticultural bubble wrap for the cold months, fixed with clips rather than tape',
  j(
    'We also answer a quick question from Senna about whether to paint the base of a timber greenhouse. Short answer: yes,',
    'with a water-based preservative, but only on a dry week in autumn, and never on the inside faces.',
  ),
  j('If you have a question for the show, send us a voice note through the website. We read every message, even if it', 'takes a few weeks to get to it.'),
];
const bChapters = [
  ['0:00', 'Welcome and listener mail'],
  ['3:12', 'The hose test'],
  ['14:40', 'Glazing strips and clips'],
  ['27:05', 'Ridge vents and seals'],
  ['35:50', 'Painting a timber base'],
] as const;
const bSubs = ['Apple Podcasts', 'Spotify', 'Overcast', 'Pocket Casts', 'RSS Feed'];
const buzzHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${bTitle} - The Potting Shed Podcast</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="A secondhand greenhouse that drips onto the seedlings.">
<meta property="og:title" content="${bTitle}"><meta property="og:audio" content="https://www.buzzsprout.com/2091176/14820339-87.mp3">
<meta property="og:site_name" content="The Potting Shed Podcast"><link rel="alternate" type="application/rss+xml"
href="https://feeds.buzzsprout.com/2091176.rss">
<link rel="stylesheet" href="https://www.buzzsprout.com/assets/podcast_websites/theme-sprout.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"PodcastEpisode","name":"${bTitle}","episodeNumber":87,
"datePublished":"2026-10-28","partOfSeries":{"@type":"PodcastSeries","name":"The Potting Shed Podcast"}}</script></head>
<body class="podcast-website theme-sprout"><header class="site-header"><div class="site-header__inner container">
<a href="/" class="site-header__title">The Potting Shed Podcast</a>
<nav class="site-header__nav"><ul>${links(['Episodes', 'About', 'Contact', 'Send a Voice Note'], 'site-header__nav-item')}</ul></nav>
<div class="subscribe-links"><span class="subscribe-links__label">Listen on</span><ul>${links(bSubs, 'subscribe-links__item')}</ul></div></div></header>
<main class="site-main container"><article class="episode" id="episode-14820339">
<div class="episode__header"><p class="episode__meta"><span class="episode__number">Episode 87</span>
<time class="episode__date" datetime="2026-10-28">October 28, 2026</time><span class="episode__duration">41:18</span></p>
<h1 class="episode__title">${bTitle}</h1><p class="episode__hosts">Della Moorcroft &amp; Ivo Penhallow</p></div>
<div class="episode__player"><div id="buzzsprout-player-14820339"></div>
<script src="https://www.buzzsprout.com/2091176/14820339-87.js?container_id=buzzsprout-player-14820339&player=small"></script></div>
<div class="episode__tabs" role="tablist"><button role="tab" aria-selected="true" class="episode__tab is-active">Show Notes</button>
<a role="tab" href="/2091176/episodes/14820339/transcript" class="episode__tab">Transcript</a>
<a role="tab" href="#chapters" class="episode__tab">Chapters</a></div>
<div class="episode__description" role="tabpanel">
${ps(bNotes.slice(0, 3))}
<p>${bNotes[3] ?? ''}</p><ul>${bNotes
  .slice(4, 8)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
${ps(bNotes.slice(8))}
<p><a href="https://www.buzzsprout.com/2091176/support" rel="payment" class="support-link">Support the show</a></p></div>
<section class="episode__chapters" id="chapters"><h2 class="episode__chapters-title">Chapters</h2><ol class="chapters">
${bChapters.map(([t, c]) => `<li class="chapter"><span class="chapter__time">${t}</span>\n<span class="chapter__title">${c}</span></li>`).join('\n')}
</ol></section>
<nav class="episode__pagination"><a href="/2091176/episodes/14790112" class="episode__prev">Previous Episode</a>
<span class="episode__prev-title">86: Dahlias, Lifted and Stored</span>
<a href="/2091176/episodes/14851003" class="episode__next">Next Episode</a><span class="episode__next-title">88: Leaf Mould Without a Bin</span></nav>
</article></main>
<footer class="site-footer"><div class="container"><p class="site-footer__copyright">© 2026 The Potting Shed Podcast</p>
<p class="site-footer__powered"><a href="https://www.buzzsprout.com/?referrer_id=2091176">Powered by Buzzsprout</a></p></div></footer>
</body></html>`;
const buzzsprout: TestPage = {
  name: 'heldout344-buzzsprout-episode-blog',
  kind: 'blog',
  html: buzzHtml,
  title: bTitle,
  headings: [],
  body: texts(bNotes),
  bylines: ['October 28, 2026', 'Della Moorcroft & Ivo Penhallow'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Potting Shed Podcast', 'Episodes', 'About', 'Contact', 'Send a Voice Note', 'Listen on', ...bSubs, 'Episode 87', '41:18', 'Show Notes',
    'Transcript', 'Chapters', 'Support the show', ...bChapters.flat(), 'Previous Episode', '86: Dahlias, Lifted and Stored', 'Next Episode',
    '88: Leaf Mould Without a Bin', '© 2026 The Potting Shed Podcast', 'Powered by Buzzsprout',
  ],
};

const wTitle = 'Episode 212: Running a Repair Café on a Shoestring';
const wIntro = [
  j(
    'This week on the show, I sit down with Oona Haverstock, who has run the Tarnley Repair Café out of a church hall',
    'for six years. Once a month, volunteers fix kettles, lamps, trousers and bicycles for free, and Oona has kept the whole',
    'thing going on less than four hundred pounds a year.',
  ),
  j(
    'We talk about insurance, about how to say no to a microwave, and about the surprising number of people who come along',
    'with nothing to fix because they just want a cup of tea and a chat.',
  ),
];
const wStamps = [
  '[02:15] How the first Tarnley session happened almost by accident',
  '[09:40] Insurance, risk assessments and the one-page waiver',
  '[18:05] Why microwaves and anything with a gas supply are off the list',
  '[26:30] Sponsor break',
  '[28:10] Finding volunteers who can teach as well as fix',
  '[41:55] Keeping the books: tea money, tool donations and a small grant',
  '[52:20] What Oona would tell anyone starting one next month',
];
const wSponsor = [
  j(
    'This episode is supported by Gantry Tools. Gantry makes a pocket screwdriver set with the odd security bits that',
    'appliance makers love to use, and it is the one I keep in my bag. Listeners get fifteen percent off with the code',
    'BENCH15 at checkout.',
  ),
  j(
    'Thanks also to Coldharbour Threads, who sent the café a box of heavy-duty thread and needles for the mending table.',
    'Their darning starter kit is a lovely gift if you know someone who keeps throwing out socks.',
  ),
];
const wLinks = [
  'Tarnley Repair Café on the parish noticeboard',
  'The one-page waiver template Oona mentioned (PDF)',
  'Our earlier episode on testing small appliances safely',
];
const wOutro = [
  j(
    'If you run a repair event yourself, I would love to hear how you handle the tricky stuff. Leave a comment below or',
    'send a voice message. And if you have a spare hour this month, go and find your nearest repair café and offer to make',
    'the tea. It is harder work than it sounds.',
  ),
];
const wMenu = ['Home', 'Episodes', 'Guides', 'Tool Reviews', 'About the Show', 'Support'];
const wSide = ['Episode 211: The Sewing Machine That Came Back', 'Episode 210: Soldering for Nervous Beginners', 'Episode 209: A Year of Fixing Things'];
const wComments = [
  [
    'Pell Ardith',
    'November 13, 2026 at 8:02 pm',
    'We started one in our village hall in the spring. The tea point is so true, it is half the reason people come.',
  ],
  ['Kaspar Lunde', 'November 14, 2026 at 10:45 am', 'Could you share the waiver template link again? The PDF will not open on my phone.'],
  ['Wystan Clegg', 'November 14, 2026 at 1:12 pm', 'Kaspar, it is fixed now, the file was too large. Thanks for flagging it!'],
] as const;
const wpHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>${wTitle} - Fixers’ Bench</title>
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://fixersbench.example/episode-212-repair-cafe/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-11-12T06:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${wTitle}",
"author":{"name":"Wystan Clegg"},"datePublished":"2026-11-12T06:00:00+00:00"},{"@type":"BreadcrumbList","itemListElement":[]}]}</script>
<link rel="alternate" type="application/rss+xml" title="Fixers’ Bench » Podcast Feed" href="https://fixersbench.example/feed/podcast/">
<link rel="stylesheet" id="astra-theme-css-css" href="https://fixersbench.example/wp-content/themes/astra/assets/css/minified/main.min.css">
<link rel="stylesheet" id="powerpress_subscribe_widget_modern-css"
href="https://fixersbench.example/wp-content/plugins/powerpress/css/subscribe-widget.min.css">
<script>var powerpress_vars={"player_type":"mediaelement"};</script></head>
<body class="post-template-default single single-post postid-3391 single-format-standard ast-separate-container ast-right-sidebar">
<div class="hfeed site" id="page"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead"><div class="main-header-bar-wrap">
<div class="site-branding"><p class="site-title" itemprop="name"><a href="https://fixersbench.example/" rel="home">Fixers’ Bench</a></p>
<p class="site-description" itemprop="description">A podcast about mending things and the people who mend them</p></div>
<nav id="primary-site-navigation" class="site-navigation ast-flex-grow-1 navigation-accessibility" aria-label="Site Navigation">
<ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu">${links(wMenu, 'menu-item menu-item-type-post_type')}</ul></nav></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-3391 post type-post status-publish format-standard hentry category-episodes ast-article-single" id="post-3391">
<div class="ast-post-format- ast-no-thumb single-layout-1"><header class="entry-header">
<h1 class="entry-title" itemprop="headline">${wTitle}</h1>
<div class="entry-meta"><span class="posted-on"><span class="published" itemprop="datePublished">November 12, 2026</span></span> /
<span class="posted-by vcard author" itemprop="author"><a class="url fn n" href="/author/wystan/"><span class="author-name">Wystan Clegg</span></a></span>
/ <span class="ast-terms-link"><a href="/category/episodes/">Episodes</a></span> / <span class="ast-comment-link">3 Comments</span></div></header>
<div class="entry-content clear" itemprop="text">
<div class="powerpress_player" id="powerpress_player_5512"><audio class="wp-audio-shortcode" id="audio-3391-1" preload="none" style="width: 100%;"
controls="controls"><source type="audio/mpeg" src="https://media.fixersbench.example/fb212.mp3?_=1"></audio></div>
<p class="powerpress_links powerpress_links_mp3">Podcast: <a href="https://media.fixersbench.example/fb212.mp3" class="powerpress_link_pinw"
target="_blank" title="Play in new window" rel="nofollow">Play in new window</a> | <a href="https://media.fixersbench.example/fb212.mp3"
class="powerpress_link_d" title="Download" rel="nofollow" download="fb212.mp3">Download</a> (Duration: 1:01:47 — 56.6MB) |
<a href="#" class="powerpress_link_e" title="Embed">Embed</a></p>
<p class="powerpress_links powerpress_links_subscribe">Subscribe: <a href="https://podcasts.apple.example/fixers-bench"
class="powerpress_link_subscribe powerpress_link_subscribe_itunes">Apple Podcasts</a> | <a href="https://fixersbench.example/feed/podcast/"
class="powerpress_link_subscribe powerpress_link_subscribe_rss">RSS</a> | <a href="/subscribe/"
class="powerpress_link_subscribe powerpress_link_subscribe_more">More</a></p>
${ps(wIntro)}
<h2 class="wp-block-heading">Timestamps</h2><ul class="wp-block-list">${wStamps.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading">This Week’s Sponsors</h2>
${ps(wSponsor)}
<h2 class="wp-block-heading">Links Mentioned</h2><ul class="wp-block-list">${wLinks.map((t) => `<li><a href="#">${t}</a></li>`).join('\n')}</ul>
${ps(wOutro)}
</div><footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/community/" rel="tag">community</a>, <a href="/tag/repair-cafe/"
rel="tag">repair cafés</a>, <a href="/tag/volunteering/" rel="tag">volunteering</a></span></footer></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="/episode-211/" rel="prev">
<span class="ast-left-arrow">←</span> Previous Post</a></div><div class="nav-next"><a href="/episode-213/" rel="next">Next Post
<span class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div class="comments-count-wrapper"><h3 class="comments-title">3 thoughts on
“${wTitle}”</h3></div><ol class="ast-comment-list">
${wComments
  .map(
    ([a, d, c]) => `<li class="comment even thread-even depth-1"><article class="ast-comment"><div class="ast-comment-info">
<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize"><div class="ast-comment-cite-wrap"><cite><b class="fn">${a}</b></cite></div>
<div class="ast-comment-time"><span class="timendate"><a href="#"><time datetime="2026-11-13">${d}</time></a></span></div></header></div>
<section class="ast-comment-content comment"><p>${c}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#">Reply</a></span></div></section></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">Your email address will not be
published. Required fields are marked *</p><textarea id="comment" name="comment"></textarea>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment »"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside id="powerpress_subscribe-2" class="widget widget_powerpress_subscribe"><h2 class="widget-title">Subscribe to the Podcast</h2>
<ul class="pp-ssb-widget-modern">${links(['Apple Podcasts', 'Spotify', 'Android', 'by Email', 'RSS'], 'pp-ssb-btn')}</ul></aside>
<aside id="recent-posts-3" class="widget widget_recent_entries"><h2 class="widget-title">Recent Episodes</h2><ul>${links(wSide)}</ul></aside>
<aside id="block-7" class="widget widget_block"><p class="wp-block-paragraph">Fixers’ Bench is listener-supported. Join on Patreon for bonus episodes.</p>
</aside></div></div></div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-small-footer-section">Copyright © 2026 Fixers’ Bench |
Powered by <a href="https://wpastra.example/">Astra WordPress Theme</a></div></div></footer></div>
<script id="mediaelement-core-js" src="https://fixersbench.example/wp-includes/js/mediaelement/mediaelement-and-player.min.js"></script></body></html>`;
const powerpress: TestPage = {
  name: 'heldout344-wordpress-powerpress-blog',
  kind: 'blog',
  html: wpHtml,
  title: wTitle,
  headings: ['Timestamps', 'This Week’s Sponsors', 'Links Mentioned'],
  body: texts([...wIntro, ...wStamps, ...wSponsor, ...wLinks, ...wOutro]),
  bylines: ['November 12, 2026', 'Wystan Clegg'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Fixers’ Bench', 'A podcast about mending things and the people who mend them', ...wMenu, '3 Comments', 'Podcast:',
    'Play in new window', 'Download', '(Duration: 1:01:47 — 56.6MB)', 'Embed', 'Subscribe:', 'Apple Podcasts', 'RSS', 'More', 'Tagged', 'community',
    'repair cafés', 'volunteering', 'Previous Post', 'Next Post', `3 thoughts on “${wTitle}”`, ...wComments.flat().filter((t) => t !== 'Wystan Clegg'),
    'Reply', 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', 'Subscribe to the Podcast', 'Spotify', 'Android', 'by Email',
    'Recent Episodes', ...wSide, 'Fixers’ Bench is listener-supported. Join on Patreon for bonus episodes.',
    'Copyright © 2026 Fixers’ Bench | Powered by Astra WordPress Theme',
  ],
};

export const HELDOUT344_B: readonly TestPage[] = [buzzsprout, powerpress];
