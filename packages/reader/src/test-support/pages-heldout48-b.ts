import { links, type TestPage, texts } from './page-kit.js';
import { ftPaywalled } from './pages-heldout48-b2.js';

/**
 * Held-out batch 48, file b: an NPR story with audio (the "Keyboard shortcuts for audio player" skip link, the global header with
 * "Hourly News", "Listen Live" and "My Playlist", the section slug, the primary audio module with "Listen · 3:52", "4-Minute
 * Listen", playlist, download, embed and transcript tools, block bylines and the dateblock, "Heard on Morning Edition", the lead
 * image with "Enlarge this image", caption, credit and "hide caption"/"toggle caption", the storytext with an h3 subhead, a
 * "Sponsor Message" slot and an internal-link bucket, the share tools, "More Stories From NPR" and the footer columns).
 */
const npTitle = 'Steam, cold water and a second act: How a sauna is reviving a Michigan mill town';
const npBody1 = [
  'On a gray Saturday morning in Ashby Falls, Mich., a line of people in bathrobes and rubber sandals stretches along the riverbank. They are ' +
    "waiting to get into a wooden building that, until three years ago, was a storage shed for the town's paper mill.",
  "Now it's a public sauna, and on weekends it is booked solid.",
  '"People thought we were out of our minds," says Ruth Kallio, who led the effort to build it. "The mill had just closed, 300 people were out ' +
    'of work, and we wanted to spend money on a hot room."',
  'Kallio, a retired nurse whose grandparents came to the Upper Peninsula from Finland, raised about $180,000 from residents, a regional arts ' +
    'foundation and a crowdfunding page. Volunteers did most of the carpentry. The sauna opened in the winter of 2022 and has since sold more ' +
    'than 40,000 sessions, at $12 each.',
];
const npH = '‘It’s not about the heat’';
const npBody2 = [
  'Inside, the air is close to 190 degrees Fahrenheit. Every few minutes someone ladles water onto the stones, and a wave of steam rolls across ' +
    'the benches. Then people file out, walk down a short ramp and lower themselves into the river, which in November is just above freezing.',
  'Dan Okafor drives an hour from Marquette most weekends. He says the cold plunge is the point. "You come out and you feel like you\'ve been ' +
    'switched back on," he says. "And you end up talking to people you would never talk to otherwise."',
  'That, Kallio says, was the plan all along. The town lost its bowling alley in 2015 and its last bar two years later. The sauna, she says, ' +
    'has become the place where retired millworkers and young families from out of town actually meet.',
];
const npBody3 = [
  'Researchers have taken notice. Helen Marsh, who studies rural economies at Northern Lakes University, says the sauna now brings an estimated ' +
    '9,000 visitors a year to a town of about 2,100 people. A coffee shop and a bike rental business have opened on the same street.',
  '"It\'s not a replacement for the mill, and nobody here pretends it is," Marsh says. "But it has given people a reason to stop, and a reason ' + 'to stay."',
  'The town council is now considering a second sauna, on the lake at the other end of town.',
];
const npCaption =
  'Bathers walk from the Ashby Falls community sauna to the river on a November morning. The sauna sits in a former storage shed of the ' +
  "town's paper mill.";
const npNav = ['News', 'Culture', 'Music', 'Podcasts & Shows', 'Search', 'Newsletters', 'NPR Shop'];
const npRelated = 'In a Finnish-American town, the sauna was never just a bath';
const npMore = [
  'A Wisconsin county tried a four-day school week. Here is what happened to test scores',
  'Why the price of a Christmas tree keeps going up',
  'The last typewriter repair shop in Ohio has a waiting list',
];
const npFootHeads = ['Read & Listen', 'Connect', 'About NPR', 'Get Involved'];
// biome-ignore format: the footer link texts are packed several to a line to keep the file short
const npFoot = [
  'Home', 'Facebook', 'Instagram', 'Press', 'Public Editor', 'Corrections', 'Contact & Help', 'Overview', 'Diversity', 'NPR Network',
  'Accessibility', 'Ethics', 'Finances', 'Support Public Radio', 'Sponsor NPR', 'NPR Careers', 'NPR Events', 'NPR Extra', 'terms of use',
  'privacy', 'your privacy choices', 'text only',
];
const npHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>How a sauna is reviving a Michigan mill town : NPR</title>
<meta name="npr-pjax" content="story"><script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle",
"headline":"${npTitle}","datePublished":"2025-11-20T05:03:00-05:00","author":{"@type":"Person","name":["Carmen Ibarra"]},
"publisher":{"@type":"Organization","name":"NPR"}}</script>
<script>var NPR=NPR||{};NPR.serverVars={"storyId":"nx-s1-5612840","topics":["1025","1128"],"theme":"1001","aggIds":["1025"]};</script></head>
<body class="story tmplHasAudio" id="news"><a class="skip-link" href="#npr-player">Keyboard shortcuts for audio player</a>
<header id="globalheader" class="globalheader"><nav class="navigation" aria-label="Main"><button class="navigation__toggle">Open Navigation Menu</button>
<a class="npr-logo" href="/"><img src="/static/img/logos/npr_logo.svg" alt="NPR logo"></a><ul class="menu__list">${links(npNav, 'menu__item')}</ul></nav>
<div class="globalheader__station"><a href="/live-radio" class="live-radio">Listen Live</a><a href="/podcasts/500005/npr-news-now">Hourly News</a>
<a href="/playlist" class="playlist-link">My Playlist</a><a class="donate" href="https://donate.npr.org/">Donate</a></div></header>
<main id="mainContent"><article class="story"><div class="story-layout"><div class="slug-wrap"><h3 class="slug"><a
href="/sections/national/">National</a></h3></div>
<div class="storytitle"><h1>${npTitle}</h1></div>
<div id="primaryaudio" class="bucket"><div class="audio-module"><div class="audio-module-controls-wrap"><button class="audio-module-listen"><b
class="audio-module-listen-inner"><b class="audio-module-listen-text"><b class="audio-module-cta">Listen</b> <b
class="audio-module-listen-duration">· 3:52</b></b></b>
</button><div class="audio-module-title"><b class="audio-module-title-text">4-Minute Listen</b></div>
<ul class="audio-module-more-tools"><li class="audio-tool audio-tool-playlist"><button><b class="label">Playlist</b></button></li>
<li class="audio-tool audio-tool-download"><a href="https://ondemand.npr.org/anon.npr-mp3/npr/me/2025/11/20251120_me_sauna.mp3?size=3712000"><b
class="label">Download</b></a></li><li class="audio-tool audio-tool-embed"><button><b class="label">Embed</b></button>
<div class="embed-overlay"
hidden><b class="label">Embed</b><input value="&lt;iframe src=&quot;https://www.npr.org/player/embed/nx-s1-5612840/nx-s1-9-1&quot;&gt;"></div></li>
<li class="audio-tool audio-tool-transcript"><a href="/transcripts/nx-s1-5612840"><b class="label">Transcript</b></a></li></ul></div></div></div>
<div id="story-meta" class="story-meta has-byline"><div class="bylines-wrap"><div class="byline-container--block"><div class="byline byline--block">
<p class="byline__name byline__name--block"><a href="https://www.npr.org/people/nx-s1-1844/carmen-ibarra" rel="author">Carmen Ibarra</a></p></div></div></div>
<div class="dateblock"><time datetime="2025-11-20T05:03:00-05:00"><span class="date">November 20, 2025</span><span class="time">5:03 AM ET</span></time></div>
<div class="story-meta__heardon"><p>Heard on <a href="/programs/morning-edition/">Morning Edition</a></p></div></div>
<div id="storytext" class="storytext storylocation linkLocation"><div id="res-lead" class="bucketwrap image large"><div class="imagewrap has-source-dimensions">
<picture><img src="https://npr.brightspotcdn.com/dims3/default/strip/false/crop/4000x2667/resize/1100/sauna.jpg" alt="Bathers walk to the river"></picture>
<div class="enlarge_measure"><div class="enlarge_html"><button class="enlargebtn"><b class="hidden">Enlarge this image</b></button></div></div></div>
<div class="credit-caption"><div class="caption-wrap"><div class="caption" aria-label="Image caption"><p>${npCaption}</p></div></div>
<span class="credit" aria-label="Image credit">Carmen Ibarra/NPR<b class="hide-caption"><b>hide caption</b></b></span>
<b class="toggle-caption"><b>toggle caption</b></b></div></div>
${npBody1.map((p) => `<p>${p}</p>`).join('\n')}
<aside id="ad-backstage-wrap" aria-label="advertisement"><div class="ad-backstage-label"><p class="left">Sponsor Message</p></div>
<div id="ad-backstage-News_National"></div></aside>
<h3 class="edTag">${npH}</h3>
${npBody2.map((p) => `<p>${p}</p>`).join('\n')}
<div class="bucketwrap internallink insettwocolumn inset2col"><div class="bucket img"><a href="/2024/02/12/finnish-american-sauna-history">
<img src="https://npr.brightspotcdn.com/dims3/default/strip/false/resize/300/finn.jpg" alt=""></a><div class="bucketblock"><h3 class="slug">
<a href="/sections/history/">History</a></h3><p class="title"><a href="/2024/02/12/finnish-american-sauna-history">${npRelated}</a></p></div></div></div>
${npBody3.map((p) => `<p>${p}</p>`).join('\n')}
</div><div class="share-tools share-tools--secondary" aria-label="Share"><ul><li><a href="https://www.facebook.com/sharer.php?u=...">Facebook</a></li>
<li><a href="https://share.flipboard.com/bookmarklet/popout?...">Flipboard</a></li><li><a href="mailto:?subject=...">Email</a></li></ul></div></div></article>
<aside class="more-from"><h3 class="rec-title">More Stories From NPR</h3><ul>${links(npMore, 'item')}</ul></aside></main>
<footer id="npr-footer" class="npr-footer"><div class="npr-footer__columns">${npFootHeads.map((h) => `<h3>${h}</h3>`).join('')}<ul>${links(npFoot)}</ul></div>
<p class="npr-footer__copyright">© 2025 npr</p></footer><div id="npr-player" class="npr-player" aria-hidden="true"></div>
<script src="https://www.npr.org/templates/javascript/player.js" defer></script></body></html>`;
const npr: TestPage = {
  html: npHtml,
  name: 'heldout48-npr-audio-story',
  kind: 'news',
  // the storytext paragraphs are body and its h3 is the heading; "Carmen Ibarra", the date and the time are bylines; the
  // photo credit "Carmen Ibarra/NPR" is furniture (it holds the byline name); the audio module (cta, duration, "4-Minute Listen",
  // its tool labels, "Embed" once), "Heard on Morning Edition", the image buttons, caption, "Sponsor Message", the internal-link
  // bucket with its slug, the share tools, "More Stories From NPR", the header, station links and the footer are furniture;
  // the footer's duplicates of the nav (News, Culture, Music, Podcasts & Shows, Newsletters, NPR Shop) are listed once
  title: npTitle,
  headings: [npH],
  body: [...texts(npBody1), ...texts(npBody2), ...texts(npBody3)],
  bylines: ['Carmen Ibarra', 'November 20, 2025', '5:03 AM ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Keyboard shortcuts for audio player', 'Open Navigation Menu', ...npNav, 'Listen Live', 'Hourly News', 'My Playlist', 'Donate', 'National',
    'Listen', '· 3:52', '4-Minute Listen', 'Playlist', 'Download', 'Embed', 'Transcript', 'Heard on Morning Edition', 'Enlarge this image',
    npCaption, 'Carmen Ibarra/NPR', 'hide caption', 'toggle caption', 'Sponsor Message', 'History', npRelated, 'Flipboard', 'Email',
    'More Stories From NPR', ...npMore, ...npFootHeads, ...npFoot, '© 2025 npr',
  ],
};

export const HELDOUT48_B: readonly TestPage[] = [npr, ftPaywalled];
