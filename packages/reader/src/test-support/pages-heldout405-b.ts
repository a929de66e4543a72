import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout405-kit.js';

/**
 * Held-out batch 405, file b: an esports news site article on a WordPress news theme (Dot Esports-style: top menu, game
 * menu, breadcrumbs, byline with "Published" and "Updated", featured image credit, "Read more" inline promo, share bar,
 * tags, author box, newsletter box, related posts, OneTrust banner) and a team's roster announcement built in Webflow
 * (w-nav, w-richtext post body with a quote, sponsor strip, "More news" collection list, footer).
 */
const dTitle = 'Riftborne Arena patch 4.7 nerfs the Warden and reworks ranked decay ahead of season finals';
const dLede = j(
  'Patch 4.7 for Riftborne Arena lands on March 17, and it is one of the largest balance updates of the season, with the dominant Warden',
  'finally losing some of its shield uptime and ranked players getting a decay system that no longer punishes short breaks.',
);
const dWarden = [
  j(
    'The Warden has had a pick rate above 60 percent in professional play since January, and the developers at Lanternfish Studios have',
    'said openly that the hero was "doing too many jobs at once." The patch targets its defensive kit rather than its damage.',
  ),
  'Bulwark shield health reduced from 900 to 720.',
  'Bulwark cooldown after breaking increased from 6 to 8 seconds.',
  'Rally Cry no longer grants overhealth to allies who are already above full health.',
  j(
    'Pro players we spoke to expect the Warden to remain viable, but no longer mandatory. "It goes from a must-pick to a good pick,"',
    'said Ashford Lions captain Mirela Dobre, "which is where a tank like that belongs."',
  ),
];
const dRanked = [
  j(
    'The second headline change concerns ranked decay. Until now, players in Diamond and above lost rating after seven days without a ranked',
    'match, which drew complaints from players who took short holidays or played other modes during events.',
  ),
  j(
    'From patch 4.7, decay starts after 21 days and only applies to players in Champion rank. Lanternfish says it will also return rating',
    'that was lost to decay during the last two weeks, which covers the period of the spring server outages.',
  ),
];
const dEsports = [
  j(
    'Patch 4.7 will not be used at the Riftborne Spring Finals in Bucharest. Tournament organizers confirmed that the event will stay on',
    'patch 4.6, which means teams will prepare for two different metas during the same month.',
  ),
  j(
    'That decision split opinion among teams. Some welcomed the stability, while others pointed out that scrims on the live servers will',
    'now look very different from the games they will actually play on stage.',
  ),
];
const dPromo = 'Read more: Ashford Lions sign former Ember Tide support ahead of the Spring Finals';
const dHeadings = ['Warden changes', 'Ranked decay rework', 'What it means for esports'];
const dMenu = ['Riftborne Arena', 'Vanguard Tactics', 'Starcourt', 'Guides', 'Esports', 'Deals'];
const dCrumbs = ['Home', 'Riftborne Arena'];
const dShare = ['Share on Facebook', 'Share on X', 'Share on Reddit', 'Copy link'];
const dTags = ['Lanternfish Studios', 'patch notes', 'ranked'];
const dRelated = [
  'Every hero change in Riftborne Arena patch 4.6',
  'The best Warden counters in the current meta',
  'Riftborne Spring Finals: schedule, teams and where to watch',
];
const dFoot = ['About us', 'Ethics policy', 'Contact', 'Privacy Policy', 'Terms of Service'];
const dHtml = `<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><title>${dTitle} - Respawn Wire</title>
<meta name="description" content="Patch 4.7 lands on March 17 with Warden nerfs and a ranked decay rework.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-12T14:05:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
"headline":"${dTitle}","author":{"name":"Daria Lupu"},"datePublished":"2026-03-12T14:05:00+00:00"}]}</script>
<link rel="stylesheet" id="respawn-style-css" href="https://respawnwire.example/wp-content/themes/respawn/style.css?ver=3.2.1" media="all">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"post","category":"riftborne-arena"});</script></head>
<body class="post-template-default single single-post postid-88214 single-format-standard">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Respawn Wire</a></p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">${links(dMenu, 'menu-item menu-item-type-taxonomy')}</ul></nav>
</header><div id="content" class="site-content"><main id="primary" class="site-main">
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(dCrumbs, 'breadcrumb-item')}</ol></nav>
<article id="post-88214" class="post-88214 post type-post status-publish format-standard has-post-thumbnail category-riftborne-arena">
<header class="entry-header"><h1 class="entry-title">${dTitle}</h1>
<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/daria-lupu/">Daria Lupu</a></span></span>
<span class="posted-on">Published: <time class="entry-date published" datetime="2026-03-12T14:05:00+00:00">Mar 12, 2026 2:05 PM</time></span>
<span class="updated-on">Updated: <time class="updated" datetime="2026-03-12T17:40:00+00:00">Mar 12, 2026 5:40 PM</time></span></div></header>
<figure class="post-thumbnail"><img width="1200" height="675" src="https://respawnwire.example/wp-content/uploads/2026/03/warden.jpg" alt="">
<figcaption class="featured-image-credit">Image via Lanternfish Studios</figcaption></figure>
<div class="entry-content">
<p>${dLede}</p>
<h2 class="wp-block-heading">${dHeadings[0]}</h2>
${ps(dWarden.slice(0, 1))}
<ul class="wp-block-list">${lis(dWarden.slice(1, 4))}</ul>
${ps(dWarden.slice(4))}
<p class="inline-related"><strong>Read more:</strong> <a href="/ashford-lions-sign-support/">Ashford Lions sign former Ember Tide support ahead of the
Spring Finals</a></p>
<h2 class="wp-block-heading">${dHeadings[1]}</h2>
${ps(dRanked)}
<figure class="wp-block-image size-large"><img src="https://respawnwire.example/wp-content/uploads/2026/03/ranked.jpg" alt="">
<figcaption class="wp-element-caption">The new ranked screen shows how many days remain before decay. Screenshot by Respawn Wire</figcaption></figure>
<h2 class="wp-block-heading">${dHeadings[2]}</h2>
${ps(dEsports)}
</div><div class="share-bar"><span class="share-label">Share this article</span><ul>${links(dShare, 'share-item')}</ul></div>
<footer class="entry-footer"><span class="tags-links">Tags: ${dTags.map((t) => `<a href="/tag/${t}/" rel="tag">${t}</a>`).join(', ')}</span></footer>
<div class="author-box"><h3 class="author-box-name">Daria Lupu</h3><p class="author-box-bio">Daria is a senior writer covering hero shooters and
the Eastern European esports scene.</p></div></article>
<section class="newsletter-box"><h3>Get the Respawn Wire briefing</h3><p>The biggest patches and results, every weekday morning.</p>
<form><input type="email" placeholder="Email address"><button type="submit">Subscribe</button></form></section>
<section class="related-posts"><h2 class="related-title">More from Riftborne Arena</h2><ul>${links(dRelated, 'related-item')}</ul></section>
</main></div><footer id="colophon" class="site-footer"><ul class="footer-menu">${links(dFoot)}</ul>
<p class="site-info">© 2026 Respawn Wire Media. All rights reserved.</p></footer>
<div id="onetrust-banner-sdk"><p id="onetrust-policy-text">We use cookies to personalise ads and to analyse our traffic.</p>
<button id="onetrust-accept-btn-handler">I Accept</button><button id="onetrust-pc-btn-handler">Cookie Preferences</button></div></body></html>`;
const dotEsports: TestPage = {
  name: 'heldout405-respawnwire-wordpress-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: dHeadings,
  body: texts([dLede, ...dWarden, ...dRanked, ...dEsports]),
  bylines: ['Daria Lupu', 'Published: Mar 12, 2026 2:05 PM', 'Updated: Mar 12, 2026 5:40 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Respawn Wire', 'Vanguard Tactics', 'Starcourt', 'Guides', 'Esports', 'Deals', 'Home', 'Image via Lanternfish Studios', dPromo,
    'The new ranked screen shows how many days remain before decay. Screenshot by Respawn Wire', 'Share this article', ...dShare, 'Tags:',
    'patch notes', 'Daria is a senior writer covering hero shooters and the Eastern European esports scene.', 'Get the Respawn Wire briefing',
    'The biggest patches and results, every weekday morning.', 'Subscribe', 'More from Riftborne Arena', ...dRelated, ...dFoot,
    '© 2026 Respawn Wire Media. All rights reserved.', 'We use cookies to personalise ads and to analyse our traffic.', 'I Accept', 'Cookie Preferences',
  ],
};

const wTitle = 'Kestrel Gaming announce Vanguard Tactics roster for the 2026 season';
const wBody = [
  j(
    'After a season that ended one series short of a title, Kestrel Gaming is ready to reveal the five players who will carry our colours',
    'into 2026. Three of them return from last year, and two arrive from the Baltic Challenger circuit.',
  ),
  'The 2026 Vanguard Tactics roster:',
  'Ilmar "frostbit" Kask, AWPer (returning)',
  'Joonas "pale" Mets, entry fragger (returning)',
  'Karl "oakley" Saar, support (returning)',
  'Rasmus "tide" Vaher, rifler (joins from Saarepoiss)',
  'Henrik "quill" Laur, in-game leader (joins from Nordlys Five)',
  j(
    'The biggest change is in the leadership role. Henrik "quill" Laur spent two seasons calling for Nordlys Five, where he became known for',
    'slow, information-heavy defaults, and he takes over from Robin "marsh" Kuusk, who steps into a new role as our analyst.',
  ),
  j(
    'Rasmus "tide" Vaher is the youngest player on the team at nineteen. He finished last season as the highest-rated rifler on the',
    'Challenger circuit and impressed the coaching staff during a two-week trial in January.',
  ),
  j(
    '“We lost the grand final in Tallinn by a couple of rounds, and we spent the winter asking what would turn those rounds around,” said',
    'head coach Priit Aavik. “Henrik reads the game differently from anyone we tried, and Rasmus has the calm you cannot coach.”',
  ),
  j(
    'The team moves into the new Kestrel bootcamp in Tartu in the first week of April. Their first official matches come in the',
    'Frostline Masters Season 3 qualifiers on April 18, which will be streamed on our channel.',
  ),
  j(
    'We want to thank Siim "birch" Koppel, who leaves the active roster after four years with the organization, for every clutch and every',
    'long bus ride. Siim stays with Kestrel as a content creator and will be part of the co-stream team this season.',
  ),
];
const wNav = ['Teams', 'News', 'Partners', 'Shop', 'About'];
const wMore = ['Kestrel open Tartu bootcamp with community day', 'Season recap: the long road to the Tallinn final'];
const wSponsors = ['Official partners', 'Põhjala Energy', 'Vikerkaar Telecom'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Fri Mar 13 2026 -->
<html data-wf-domain="www.kestrelgaming.example" data-wf-page="65f0a1b2c3d4e5f6a7b8c9d0" data-wf-site="65f0a1b2c3d4e5f6a7b8c900"><head>
<meta charset="utf-8"><title>${wTitle} | Kestrel Gaming</title><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Kestrel Gaming reveals its five-player Vanguard Tactics roster for 2026." name="description">
<link href="https://assets.website-files.example/65f0a1b2/css/kestrelgaming.webflow.shared.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js"}(window,document);</script></head>
<body class="body-dark"><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><img src="/images/kestrel-logo.svg" alt="Kestrel Gaming"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav.map((n) => `<a href="/${n.toLowerCase()}" class="nav-link w-nav-link">${n}</a>`).join('\n')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section-post-hero"><div class="container w-container"><div class="post-category-tag">Announcement</div>
<h1 class="heading-post">${wTitle}</h1><div class="post-meta-wrap"><div class="post-date">March 13, 2026</div><div class="post-divider">·</div>
<div class="post-author">Kestrel Gaming Staff</div></div>
<img src="https://assets.website-files.example/roster-2026.jpg" loading="lazy" alt="" class="post-hero-image">
<div class="image-caption">The 2026 lineup at the Tartu bootcamp. Photo by Liis Tamme</div></div></div>
<div class="section-post-body"><div class="container-narrow w-container"><div class="rich-text-post w-richtext">
${ps(wBody.slice(0, 2))}
<ul role="list">${lis(wBody.slice(2, 7))}</ul>
${ps(wBody.slice(7, 9))}
<blockquote>${wBody[9] ?? ''}</blockquote>
${ps(wBody.slice(10))}
</div><div class="share-wrap"><div class="share-label">Share</div><a href="#" class="share-link w-inline-block">X / Twitter</a>
<a href="#" class="share-link w-inline-block">Facebook</a></div></div></div>
<div class="section-sponsors"><div class="sponsor-heading">${wSponsors[0]}</div><div class="w-layout-grid sponsor-grid">
<div class="sponsor-name">${wSponsors[1]}</div><div class="sponsor-name">${wSponsors[2]}</div></div></div>
<div class="section-more-news"><h2 class="heading-more">More news</h2><div class="w-dyn-list"><div role="list" class="collection-list w-dyn-items">
${wMore
  .map(
    (m) => `<div role="listitem" class="w-dyn-item"><a href="/news/x" class="news-card w-inline-block">
<div class="news-card-title">${m}</div></a></div>`,
  )
  .join('\n')}
</div></div></div>
<footer class="footer"><div class="footer-newsletter"><div class="footer-cta">Join the Kestrel nest: news and drops in your inbox.</div>
<div class="w-form"><form id="wf-form-Newsletter"><input class="text-field w-input" type="email" placeholder="Your email">
<input type="submit" value="Sign up" class="submit-button w-button"></form></div></div>
<div class="footer-copy">© 2026 Kestrel Gaming OÜ. All rights reserved.</div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://assets.website-files.example/65f0a1b2/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout405-webflow-team-news',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: texts(wBody),
  bylines: ['March 13, 2026', 'Kestrel Gaming Staff'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Announcement', 'The 2026 lineup at the Tartu bootcamp. Photo by Liis Tamme', 'Share', 'X / Twitter', 'Facebook', ...wSponsors,
    'More news', ...wMore, 'Join the Kestrel nest: news and drops in your inbox.', '© 2026 Kestrel Gaming OÜ. All rights reserved.',
  ],
};

export const HELDOUT405_B: readonly TestPage[] = [dotEsports, webflow];
