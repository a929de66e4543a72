import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout270-kit.js';

/**
 * Held-out batch 270, file e2: a Tumblr text post seen in the mobile web app (React markup with hashed class names: the
 * "better in the app" banner, the top bar with Log in / Sign up, the blog header card with Follow, the post's header with
 * the blog name and Follow, the post's own h1 and short text, the tags, the notes count and action buttons, the reblog
 * notes list, "More from this blog" and the "Explore trending" rail). The post is short: a page whose main text is short.
 */
const tTitle = 'the bakery on Fennick Street closed today';
const tBody = [
  j(
    'Forty-one years. Mrs. Adeyemi-Holt opened it the year my mum started school, and she was still there at six every',
    'morning, flour on her glasses, telling the delivery boys off for parking on the kerb.',
  ),
  j(
    'I went in at lunchtime to buy the last of the seeded rolls and there was a queue out the door and round the corner',
    'past the launderette. Nobody was in a hurry. People were just standing there telling each other which cake they had',
    'for which birthday.',
  ),
  'Things I will miss, in no particular order:',
  'the plum slices on Thursdays, only Thursdays, never explain why',
  'the radio tuned permanently to the cricket',
  'the little handwritten sign that said PLEASE DO NOT LEAN ON THE BREAD',
  j('She gave everyone in the queue a free custard tart and said she was going to sleep until ten for the rest of her life.', 'Honestly? Good for her.'),
];
const tTags = ['#small businesses', '#bakery', '#personal', '#my town'];
const tNotes = [
  'crumbandcurrant reblogged this from hollowayhours',
  'saltmarsh-sam liked this',
  'theplumslicesociety reblogged this from hollowayhours and added: thursdays only. a true mystery',
];
const tMore = ['a list of every bus driver who has waved at me', 'rainy saturday, library, soup', "my nan's rules for a proper sandwich"];
const tTrend = ['#spring cleaning', '#sourdough', '#new music friday', '#cat of the day'];
const tHtml = `<!DOCTYPE html><html lang="en-US" dir="ltr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>Holloway Hours — the bakery on Fennick Street closed today</title>
<meta property="og:type" content="tumblr-feed:entry"><meta property="og:site_name" content="Tumblr">
<meta name="description" content="Forty-one years. Mrs. Adeyemi-Holt opened it the year my mum started school.">
<link rel="canonical" href="https://www.tumblr.com/hollowayhours/749310284412338176/the-bakery-on-fennick-street-closed-today">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"SocialMediaPosting","headline":"the bakery on Fennick Street closed today",
"author":{"@type":"Person","name":"hollowayhours"},"datePublished":"2026-03-03T17:42:05+00:00"}</script>
<script id="___INITIAL_STATE___">window['___INITIAL_STATE___'] = {"routeName":"blogView","isLoggedIn":false,"blogName":"hollowayhours"};</script>
<link rel="stylesheet" href="https://assets.tumblr.example/pop/client-1a2b3c.css"></head>
<body><div id="root"><div class="gPQR5"><div class="Y0BDb" role="banner"><div class="jBEXC"><span class="PCDXK">Tumblr is better in the app</span>
<a class="TRX6J VxmZd" href="https://tumblr.app.link/open">Open app</a><button class="lHOdG" aria-label="Close">×</button></div></div>
<header class="YTMhM"><a class="PrmuW" href="/" aria-label="Home"><svg class="fwVuS"></svg></a><div class="ABwYB">
<a class="TRX6J Eq4Dh" href="/login">Log in</a><a class="TRX6J VxmZd" href="/register">Sign up</a></div></header>
<main class="ZkkPU"><div class="oyx3Q"><header class="Lcg7S"><div class="cdSKq"><h2 class="Chd_P">Holloway Hours</h2>
<p class="ktaxs">small town, big opinions about bread</p><button class="TRX6J VxmZd">Follow</button></div></header>
<div class="rZlUD"><article class="FtjPK r0etU"><header class="T8M6l"><div class="ZJdm4"><a class="BSUG4" href="/hollowayhours">hollowayhours</a>
<button class="TRX6J ltAB3">Follow</button></div></header>
<div class="GzjsW"><div class="VDRZ4"><div class="c79Av"><div class="k31gt"><h1 class="hF8Wr YkQj_">${tTitle}</h1></div>
${ps(tBody.slice(0, 3), ' class="k31gt"')}
<ul class="rXqQl">${tBody
  .slice(3, 6)
  .map((x) => `<li class="k31gt">${x}</li>`)
  .join('\n')}</ul>
${ps(tBody.slice(6), ' class="k31gt"')}
</div></div></div>
<div class="hAFp3"><div class="mwjNz">${tTags.map((t) => `<a class="KSDLH" href="/tagged/${t.slice(1).replace(/ /g, '-')}">${t}</a>`).join('\n')}</div></div>
<footer class="Fjmnp"><div class="ePsyd"><span class="MCavR"><a class="TRX6J" href="#notes">214 notes</a></span><div class="D5eCV">
<button aria-label="Share" class="TRX6J"><span class="EvhBA">Share</span></button><button aria-label="Reply" class="TRX6J"><span class="EvhBA">Reply</span>
</button><button aria-label="Reblog" class="TRX6J"><span class="EvhBA">Reblog</span></button><button aria-label="Like" class="TRX6J">
<span class="EvhBA">Like</span></button></div></div></footer></article>
<section id="notes" class="FfkPQ"><h3 class="G44u1">Notes</h3><ol class="yzcNs">${tNotes.map((x) => `<li class="ZQxHZ">${x}</li>`).join('\n')}</ol>
<button class="TRX6J">Show more notes</button></section>
<section class="XKAv2"><h3 class="G44u1">More from @hollowayhours</h3><ul>${links(tMore, 'jJYjc')}</ul></section></div></div>
<aside class="JFWRx"><h3 class="G44u1">Explore trending topics</h3><ul>${links(tTrend, 'zjHfR')}</ul>
<p class="KdZsy">Sign up to Tumblr to follow the blogs you love.</p></aside></main></div></div>
<script src="https://assets.tumblr.example/pop/vendor-9f8e7d.js" defer></script></body></html>`;
export const tumblr: TestPage = {
  name: 'heldout270-tumblr-mobile-blog',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tBody),
  bylines: ['hollowayhours'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tumblr is better in the app', 'Open app', 'Log in', 'Sign up', 'Holloway Hours', 'small town, big opinions about bread', 'Follow', ...tTags,
    '214 notes', 'Share', 'Reply', 'Reblog', 'Like', 'Notes', ...tNotes, 'Show more notes', 'More from @hollowayhours', ...tMore,
    'Explore trending topics', ...tTrend, 'Sign up to Tumblr to follow the blogs you love.',
  ],
};
