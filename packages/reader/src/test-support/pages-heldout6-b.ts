import { ps, texts, type TestPage } from './page-kit.js';

/**
 * Held-out batch 6 (news), written in session 10 without reading the reader's rules: a local TV
 * station story (WordPress VIP broadcast template: autoplay video player, weather widget,
 * closings ticker, detour list, "Report a typo", broadcast copyright line) and a technology
 * news story on an Ars-like template (dek in an h2, "Further Reading" box inside the body,
 * author bio card, promoted comment, "Most Read" rail).
 */
const bridge = [
  'MARLOW COUNTY, Ore. (KTVR) — The Route 30 bridge over Blackwater Creek will be closed to all traffic for at least three weeks starting Monday ' +
    'after state inspectors found a cracked steel bearing under its eastern span, the state Department of Transportation said Thursday.',
  'The bearing, a plate that lets the bridge deck expand and contract with the temperature, was found during a routine inspection on Tuesday. ' +
    'Engineers said the crack does not put the bridge in immediate danger but that heavy trucks crossing it could make the damage worse.',
  '“We’d much rather close it for three weeks now than for six months later,” said district engineer Carla Nunes. “The rest of the structure is in ' +
    'good shape. This is a repair, not a replacement.”',
  'About 9,000 vehicles cross the bridge on an average weekday, according to state traffic counts, many of them commuters heading between Ashby ' +
    'and the Highway 99 interchange. Log trucks from the mills north of town also rely on the route.',
  'Crews plan to jack up the eastern span, remove the damaged bearing and install a new one made at a steel shop in Portland. The state said the ' +
    'work will cost about $640,000 and will be paid for from its emergency bridge repair fund.',
];
const detour = [
  'Drivers will be sent along Millpond Road and Highway 212, a detour the state estimates will add 12 to 15 minutes to the trip. Trucks over ' +
    '40,000 pounds must use Highway 99 instead because of a weight limit on the Millpond Road culvert.',
  'The detour will be marked with orange signs starting Sunday evening:',
];
const detourSteps = [
  'Eastbound drivers turn left onto Millpond Road at the Route 30 junction.',
  'Follow Millpond Road 4 miles to Highway 212.',
  'Turn right on Highway 212 and rejoin Route 30 at the Ashby roundabout.',
];
const bridgeEnd = [
  'Ashby School District said two bus routes that use the bridge will leave about 15 minutes earlier in the morning while the closure lasts. ' +
    'Families on routes 7 and 12 will get new pickup times by text message before Monday.',
  'Nunes said the bridge could reopen sooner if the replacement bearing arrives early. The department will post updates on its <a ' +
    'href="https://tripcheck.example.gov">TripCheck website</a>.',
];
const trending = [
  'Ashby council votes to add crossing guard at Fifth and Linden',
  'Heat advisory: cooling centers open in three Marlow County towns',
  'Missing hiker found safe near Hollis Butte after two nights',
  'Food truck pod in downtown Ashby to close at end of month',
];
const tvHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">
<title>Route 30 bridge over Blackwater Creek closes for three weeks after inspectors find cracked bearing | KTVR 9 News</title>
<meta property="og:site_name" content="KTVR 9 News"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Route 30 bridge over Blackwater Creek closes",
"author":{"@type":"Person","name":"Jordan Pike"},"datePublished":"2025-05-15T17:12:00-07:00"}</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script></head>
<body class="post-template-default single single-post postid-1057341 site-ktvr"><a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<div class="site-header-alert alert-bar--weather" role="alert"><strong>Weather Alert:</strong> Heat Advisory until 8 PM Friday</div>
<header class="site-header"><a class="site-header__logo" href="/"><span class="screen-reader-text">KTVR 9 News</span></a>
<nav class="site-header__nav"><ul class="menu"><li class="menu-item"><a href="/news/">News</a></li><li class="menu-item"><a href="/weather/">Weather</a></li>
<li class="menu-item"><a href="/sports/">Sports</a></li><li class="menu-item"><a href="/closings/">Closings &amp; Delays</a></li>
<li class="menu-item menu-item--live"><a href="/live/">Watch Live</a></li></ul></nav>
<div class="weather-widget"><span class="weather-widget__temp">72°</span> <span class="weather-widget__cond">Partly Cloudy</span>
<span class="weather-widget__loc">Ashby, OR</span></div></header>
<main id="primary" class="site-main"><article class="article article--default">
<header class="article-head"><div class="article-head__section"><a href="/news/local-news/">Local News</a></div>
<h1 class="article-title">Route 30 bridge over Blackwater Creek closes for three weeks after inspectors find cracked bearing</h1>
<div class="article-meta"><div class="article-authors"><span class="article-author">by: <a href="/author/jordan-pike/">Jordan Pike</a></span></div>
<div class="article-meta__dates"><p class="article-meta__date"><span>Posted:</span> <time datetime="2025-05-15T17:12">May 15, 2025 / 05:12 PM PDT</time></p>
<p class="article-meta__date"><span>Updated:</span> <time datetime="2025-05-15T18:40">May 15, 2025 / 06:40 PM PDT</time></p></div></div>
<div class="article-share"><button class="share-button">Share</button><a class="share-link--facebook" href="#">Facebook</a>
<a class="share-link--email" href="#">Email</a></div></header>
<div class="article-featured-media"><div class="video-player jwplayer jw-state-playing" data-autoplay="true">
<div class="video-player__overlay"><span class="video-player__label">Now Playing</span>
<h2 class="video-player__title">Video: Crews inspect Route 30 bridge after crack found</h2></div>
<div class="video-player__playlist"><span class="video-player__label">Up Next</span><p>Ashby council debates new sidewalk plan</p></div></div></div>
<div class="article-content article-body rich-text">
${ps(bridge.slice(0, 3))}
<div class="ad-unit ad-unit--mid-article"><div class="ad-unit__label">Advertisement</div><div id="acm-ad-tag-mr1_ab-mr1_ab"></div></div>
${ps(bridge.slice(3))}
<h2 class="wp-block-heading">Detour and school bus changes</h2>
${ps(detour)}
<ul class="wp-block-list">${detourSteps.map((s) => `<li>${s}</li>`).join('\n')}</ul>
${ps(bridgeEnd)}
<aside class="newsletter-signup"><h3>Get the latest news delivered to your inbox</h3><form><input type="email" placeholder="Email address">
<button>Sign up</button></form></aside>
<p class="article-typo"><a href="/report-a-typo/?post=1057341">Report a typo</a></p>
<p class="article-copyright"><em>Copyright 2025 Ridgeline Media Inc. All rights reserved. This material may not be published, broadcast,
 rewritten, or redistributed.</em></p></div></article>
<aside class="sidebar"><section class="widget widget--trending"><h2 class="widget__title">Trending Stories</h2><ol>
${trending.map((t) => `<li class="widget__item"><a href="#">${t}</a></li>`).join('\n')}</ol></section>
<section class="widget widget--app"><p>Download the KTVR 9 app</p></section>
<section class="widget widget--taboola"><h2>Sponsored Links</h2><p>Doctors Stunned: This Simple Stretch Relieves Back Pain</p></section></aside>
</main><footer class="site-footer"><p>KTVR 9 News is owned by Ridgeline Media Inc.</p><a href="/eeo/">EEO Report</a>
<a href="/fcc-public-file/">FCC Public File</a></footer></body></html>`;
const localTv: TestPage = {
  name: 'heldout6-local-tv',
  kind: 'news',
  // gold: headline, the story paragraphs (the "MARLOW COUNTY, Ore. (KTVR) —" dateline is part of
  // the first paragraph, so it stays in the body), the detour heading and its list; the video
  // player's title and "Up Next", the weather widget and the copyright line are furniture
  title: 'Route 30 bridge over Blackwater Creek closes for three weeks after inspectors find cracked bearing',
  headings: ['Detour and school bus changes'],
  body: [...texts(bridge), ...texts(detour), ...detourSteps, ...texts(bridgeEnd)],
  bylines: ['by: Jordan Pike', 'May 15, 2025 / 05:12 PM PDT', 'May 15, 2025 / 06:40 PM PDT'],
  furniture: [
    'Skip to content',
    'Heat Advisory until 8 PM Friday',
    'Closings & Delays',
    'Watch Live',
    'Partly Cloudy',
    'Ashby, OR',
    'Local News',
    'Facebook',
    'Now Playing',
    'Video: Crews inspect Route 30 bridge after crack found',
    'Up Next',
    'Ashby council debates new sidewalk plan',
    'Advertisement',
    'Get the latest news delivered to your inbox',
    'Report a typo',
    'Copyright 2025 Ridgeline Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.',
    'Trending Stories',
    ...trending,
    'Download the KTVR 9 app',
    'Sponsored Links',
    'Doctors Stunned: This Simple Stretch Relieves Back Pain',
    'KTVR 9 News is owned by Ridgeline Media Inc.',
    'FCC Public File',
  ],
  html: tvHtml,
};

const ink = [
  'Owners of Corvell’s popular InkLine 600 series printers have spent the past week discovering that a firmware update pushed to their machines on ' +
    'May 6 has turned their refilled and third-party cartridges into useless plastic. Printers that accepted the cartridges on Monday began ' +
    'rejecting them on Tuesday with an error that reads “Cartridge problem: replace cartridge to continue.”',
  'The update, version 4.18, installed itself on every printer connected to the Internet with Corvell’s default settings. Its release notes, which ' +
    'are still posted on the company’s support site, describe it only as “improvements to print quality and stability.”',
  'Corvell confirmed the change in a statement to Byteline on Wednesday, saying that the update “ensures customers receive the quality and ' +
    'reliability they expect from genuine Corvell supplies” and protects printers “from damage caused by counterfeit or improperly refilled ' +
    'cartridges.” The company did not answer questions about why the change was left out of the release notes.',
];
const inkChanged = [
  'Inkjet cartridges like Corvell’s carry a small chip that stores an ID number and an estimate of how much ink is left. Refill shops and ' +
    'third-party manufacturers have for years reset or cloned those chips so that a printer would accept the cartridge again. According to two ' +
    'engineers at refill companies who spoke to Byteline, version 4.18 checks the chip against a list of serial numbers the printer has already ' +
    'seen and refuses any it has counted as empty before.',
  'That approach also catches cartridges that were refilled at home with a syringe kit, a practice Corvell’s own support forum once described as ' +
    '“not recommended but not harmful.” Several forum posts from this week describe printers rejecting genuine Corvell cartridges that their ' +
    'owners had refilled once.',
  'It is not the first time a printer maker has done this. Similar updates from other manufacturers in 2016 and 2020 prompted class-action ' +
    'lawsuits and, in one case, a settlement that paid owners a few dollars each. Regulators in the European Union have since proposed rules that ' +
    'would require printer makers to disclose such restrictions before sale.',
];
const inkOwners = [
  'Printers that have not yet installed the update can be protected by turning off automatic updates in the printer’s settings menu, under ' +
    '<em>Maintenance</em>, then <em>Firmware</em>. Corvell offers no way to roll back to an earlier version once 4.18 is installed, and attempts ' +
    'to load older firmware files by hand fail with a signature error.',
  'Some refill shops say they are already working on new chips. “This happens every couple of years,” said Dario Menendez, who runs a refill ' +
    'business in Tucson. “We’ll have something that works in a month or two. The people I feel bad for are the ones who bought a year’s worth of ' +
    'cartridges last week.”',
  'Corvell’s terms of service give it the right to update printer firmware without notice. Owners who want to complain can contact the company’s ' +
    'support line, though several told Byteline that agents had suggested they buy new genuine cartridges.',
];
const inkDek = 'Firmware 4.18 rejects chips that have been reset, with no warning in the release notes.';
const mostRead = [
  'The best budget laptops you can buy right now, tested',
  'A decades-old bug in a popular compression library finally gets fixed',
  'Why your smart thermostat keeps forgetting its schedule',
];
const inkHtml = `<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8">
<title>Corvell printer update blocks refilled ink cartridges, and owners aren’t happy - Byteline</title>
<meta property="og:title" content="Corvell printer update blocks refilled ink cartridges, and owners aren’t happy">
<meta property="og:description" content="${inkDek}"><meta name="parsely-author" content="Wren Castellano">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","articleSection":"Gadgets",
"author":[{"@type":"Person","name":"Wren Castellano"}],"datePublished":"2025-05-14T11:20:00+00:00"}</script></head>
<body class="single single-post post-template-default"><a href="#main" class="skip-link">Skip to content</a>
<header class="site-header" id="header"><a class="site-logo" href="/">Byteline</a><nav class="site-nav" aria-label="Sections"><ul>
<li><a href="/information-technology/">Biz &amp; IT</a></li><li><a href="/gadgets/">Tech</a></li><li><a href="/science/">Science</a></li>
<li><a href="/tech-policy/">Policy</a></li><li><a href="/cars/">Cars</a></li><li><a href="/gaming/">Gaming &amp; Culture</a></li>
<li><a href="/store/">Store</a></li><li><a href="/civis/">Forums</a></li></ul></nav>
<div class="site-header__user"><a href="/subscribe/">Subscribe</a><a href="/civis/login">Sign in</a></div></header>
<main id="main"><article class="article-single post-2081133 post type-post" itemscope itemtype="http://schema.org/NewsArticle">
<header class="article-header"><div class="article-kicker"><a href="/gadgets/">Gadgets</a> —</div>
<h1 itemprop="headline">Corvell printer update blocks refilled ink cartridges, and owners aren’t happy</h1>
<h2 itemprop="description">${inkDek}</h2>
<p class="byline"><span>by</span> <a href="/author/wrencastellano/" rel="author">Wren Castellano</a> - <time class="date"
 datetime="2025-05-14T11:20:00+00:00">May 14, 2025 11:20 am UTC</time></p>
<a href="#comments" class="comment-count"><span class="comment-count-number">214</span> Comments</a></header>
<figure class="intro-image"><img src="https://cdn.byteline.example/2025/05/inkline-640.jpg" alt="">
<figcaption class="caption"><a class="enlarge-link" href="#">Enlarge</a><div class="caption-text">The InkLine 640, one of the printers
 affected by the update.</div><div class="caption-credit">Credit: Corvell</div></figcaption></figure>
<section class="article-guts"><div itemprop="articleBody" class="article-content post-page">
${ps(ink)}
<aside class="further-reading"><header><h3>Further Reading</h3></header>
<a href="/gadgets/2024/02/printer-ink-price/">Your printer’s ink costs more than champagne. Here’s why</a></aside>
<h2>What changed</h2>
${ps(inkChanged)}
<div class="ad_wrapper"><div class="ad ad_xrail"><span class="ad_notice">Advertisement</span></div></div>
<h2>What owners can do</h2>
${ps(inkOwners)}
</div></section>
<section class="author-bio"><img src="/authors/wren.jpg" alt=""><div><span class="author-name">Wren Castellano</span>
<span class="author-title">Senior Technology Reporter</span><p class="author-desc">Wren Castellano covers consumer hardware, right-to-repair and the
 tech that breaks in your home. She previously worked at a repair café in Oakland.</p></div></section>
<section class="promoted-comments"><h3>Promoted Comments</h3><div class="comment"><a class="author">Hollowbyte</a>
<p>Turned off auto-update the day I bought mine. A printer is the one device I never let phone home.</p></div></section></article>
<aside class="sidebar"><div class="most-read"><h4>Most Read</h4><ol>${mostRead.map((m) => `<li><a href="#">${m}</a></li>`).join('\n')}</ol></div>
<div class="channel-video"><h4>Byteline Video</h4><p>How a printer cartridge chip works, in 5 minutes</p></div></aside></main>
<footer class="site-footer"><p>© 2025 Byteline Media LLC. All rights reserved.</p><a href="/ad-choices">Ad Choices</a></footer>
</body></html>`;
const techNews: TestPage = {
  name: 'heldout6-tech-news',
  kind: 'news',
  // gold: headline, the dek (set in an <h2> by the template, still the standfirst, so body) and
  // the story with its two subheads; the "Further Reading" box inside the body, the caption,
  // the author card and the promoted comment are not the article
  title: 'Corvell printer update blocks refilled ink cartridges, and owners aren’t happy',
  headings: ['What changed', 'What owners can do'],
  body: [inkDek, ...texts(ink), ...texts(inkChanged), ...texts(inkOwners)],
  bylines: [
    'by Wren Castellano',
    'May 14, 2025 11:20 am UTC',
    'Senior Technology Reporter',
    'Wren Castellano covers consumer hardware, right-to-repair and the tech that breaks in your home. She previously worked at a repair café in Oakland.',
  ],
  furniture: [
    'Skip to content',
    'Biz & IT',
    'Gaming & Culture',
    'Forums',
    'Subscribe',
    'Sign in',
    'Gadgets',
    '214 Comments',
    'Enlarge',
    'The InkLine 640, one of the printers affected by the update.',
    'Credit: Corvell',
    'Further Reading',
    'Your printer’s ink costs more than champagne. Here’s why',
    'Advertisement',
    'Promoted Comments',
    'Hollowbyte',
    'Turned off auto-update the day I bought mine. A printer is the one device I never let phone home.',
    'Most Read',
    ...mostRead,
    'Byteline Video',
    'How a printer cartridge chip works, in 5 minutes',
    '© 2025 Byteline Media LLC. All rights reserved.',
    'Ad Choices',
  ],
  html: inkHtml,
};

export const HELDOUT6_B: readonly TestPage[] = [localTv, techNews];
