import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 176, file e2: a Nintendo Life forums thread (Hookshot Media's own template: the consent banner, the site
 * header with the section nav and "Log in", the forum breadcrumb, the thread header with its reply and view counts, posts with
 * the member's avatar, name, title, join date and post count, the post dates, a quoted post, signature lines with friend
 * codes, "Share" and "Quote" links, the advert slots labelled "Advertisement", the "Please login" box, the sidebar with
 * "Latest Discussions", and the footer).
 */
const nTitle = 'Which handheld-friendly RPGs are worth playing on short commutes?';
const nP1 = [
  'I have just started a new job with a 25 minute train ride each way, and I want an RPG I can actually make progress in ' +
    'during that time. The last one I tried had forty minute dungeons with no saving, which did not work at all.',
  'Ideally something with quick saves or short chapters. What are people playing?',
];
const nR1 = [
  'Anything with a suspend feature is your friend. I played most of Lanternfall Chronicles on the bus because you can save ' +
    'anywhere outside combat, and the fights rarely take more than two minutes.',
  'It also has an option to skip the longer cutscenes, which helps when your stop is coming up. I finished it in about ' +
    'three weeks of commuting and never felt like I was losing progress.',
];
const nR2 = [
  'Seconding Lanternfall. I would also suggest Hollowtide Tactics. Each map is ten to fifteen minutes, so you can do one map ' +
    'on the way in and one on the way home.',
];
const nQuote = 'Each map is ten to fifteen minutes, so you can do one map on the way in and one on the way home.';
const nR3 = [
  'That is exactly what I am after. Hollowtide looks great, and it is on sale this week. Thanks both.',
  'I also had a look at Lanternfall, it seems a bit longer than I wanted, but the save anywhere feature might win me over. ' +
    'I will report back once I have tried a few commutes with each.',
];
const nR4 = [
  'Late reply but worth mentioning that a lot of older turn-based RPGs on the eShop let you quick save in menus. Just put ' +
    'the console in sleep mode between stops, it handles that well.',
  'Also worth checking the options menu for a text speed setting. Turning it up to fast makes a surprising difference when ' +
    'you only have a few minutes between stations, and most modern RPGs let you do it.',
  'One more suggestion: deck-building games with short runs work brilliantly for this too, even if they are not strictly RPGs.',
];
const nNav = ['News', 'Reviews', 'Features', 'Guides', 'Videos', 'Forums', 'Games', 'Log in'];
const nCrumbs = ['Forums', 'Nintendo Switch 2', 'Games'];
const nStats = ['5 replies', '612 views'];
const nSig = ['Switch Friend Code: SW-4120-7785-0316', 'Currently playing: Lanternfall Chronicles', 'Nintendo Network ID: quietpixel'];
const nLatest = ['Post your most recent game purchase', 'Switch 2 battery life thread', 'Favourite soundtracks of the year'];
const nConsent = [
  'We value your privacy',
  'We and our partners store and access information on your device to provide personalised ads and content, ad and ' +
    'content measurement, and audience research.',
];
const nFoot = ['About', 'Contact', 'Privacy', 'Cookie Settings', 'Terms of Use', 'Community Guidelines', 'Advertise'];
const nCopy = 'Copyright © 2025 Hookshot Media';
const nAd = '<div class="insert-ad ad-mpu" data-ad-slot="mpu-forum"><span class="ad-label">Advertisement</span></div>';
const nUser = (n: string, title: string, since: string, posts: string): string => `<div class="user-details"><a class="avatar" href="/users/${n}">
<img src="https://images.nintendolife.com/users/${n}/avatar.jpg" alt="${n}"></a><p class="username"><a href="/users/${n}">${n}</a></p>
<p class="user-title">${title}</p><dl class="user-stats"><dt>Member since</dt><dd>${since}</dd><dt>Posts</dt><dd>${posts}</dd></dl></div>`;
const nPost = (id: number, user: string, date: string, body: string, sig = ''): string => `<li class="item item-post" id="post${id}"><article class="post">
${user}<div class="post-content"><p class="post-date"><time datetime="2025-11-1">${date}</time></p><div class="text">${body}</div>
${sig}<ul class="post-actions"><li><a href="#" class="share">Share</a></li><li><a href="#" class="quote">Quote</a></li></ul></div></article></li>`;
const nHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Which handheld-friendly RPGs are worth playing on short commutes? | Nintendo Life</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${texts(nP1)[0]}">
<meta property="og:site_name" content="Nintendo Life"><meta property="og:title" content="${nTitle}"><meta property="og:type" content="website">
<link rel="canonical" href="https://www.nintendolife.com/forums/nintendo-switch-2/games/which_handheld-friendly_rpgs">
<link rel="stylesheet" href="https://static.nintendolife.com/themes/nl.v12/css/master.css">
<script>window.hsConfig = {site: 'nintendolife', section: 'forums'};</script><script async src="https://static.nintendolife.com/js/ads.js"></script></head>
<body class="site-nintendolife page-forum-thread"><div id="qc-cmp2-container"><div class="qc-cmp2-summary-section"><h2>${nConsent[0]}</h2>
<p>${nConsent[1]}</p><button>MORE OPTIONS</button><button>AGREE</button></div></div>
<header id="header"><a class="site-logo" href="/"><span class="accessible">Nintendo Life</span></a><nav class="main-nav"><ul>${links(nNav, 'nav-item')}</ul>
</nav></header>
<div class="ad-leaderboard insert-ad" data-ad-slot="leaderboard"><span class="ad-label">Advertisement</span></div>
<div id="body"><div id="content"><section class="forum-thread"><ol class="breadcrumbs">${nCrumbs
  .map(
    (c) => `<li><a href="/forums">${c}</a>
</li>`,
  )
  .join('')}</ol>
<header class="thread-header"><h1 class="headline">${nTitle}</h1><p class="thread-stats"><span>${nStats[0]}</span> <span>${nStats[1]}</span></p></header>
<ul class="items posts">
${nPost(1, nUser('quietpixel', 'Goomba', 'Fri 3rd Mar 2023', '142'), 'Mon 10th Nov 2025', ps(nP1))}
${nPost(2, nUser('Brambleback', 'Hammer Bro', 'Sun 12th Jan 2020', '3,884'), 'Mon 10th Nov 2025', ps(nR1), `<div class="signature"><p>${nSig[1]}</p></div>`)}
${nPost(3, nUser('Tansy_K', 'Koopa Troopa', 'Tue 8th Jun 2021', '917'), 'Mon 10th Nov 2025', ps(nR2))}
</ul>${nAd}<ul class="items posts">
${nPost(
  4,
  nUser('quietpixel', 'Goomba', 'Fri 3rd Mar 2023', '142'),
  'Tue 11th Nov 2025',
  `<blockquote class="quote"><cite>@Tansy_K said:</cite><p>${nQuote}</p></blockquote>
${ps(nR3)}`,
  `<div class="signature"><p>${nSig[0]}</p><p>${nSig[2]}</p></div>`,
)}
${nPost(5, nUser('oldcartridge', 'Chain Chomp', 'Wed 4th Apr 2018', '12,406'), 'Thu 13th Nov 2025', ps(nR4))}
</ul>
<div class="box login-box"><p>Please login or sign up to reply to this topic</p></div></section></div>
<aside id="sidebar"><section class="latest-discussions"><h2>Latest Discussions</h2><ul>${links(nLatest)}</ul></section>${nAd}</aside></div>
<footer id="footer"><ul>${links(nFoot, 'footer-link')}</ul><p class="copyright">${nCopy}</p></footer></body></html>`;
export const nlifePage: TestPage = {
  name: 'heldout176-nintendolife-forum',
  kind: 'forum',
  html: nHtml,
  // member titles, join dates, post counts, signatures and friend codes are furniture; the quoted post is in neither list
  title: nTitle,
  headings: [],
  body: texts([...nP1, ...nR1, ...nR2, ...nR3, ...nR4]),
  bylines: ['quietpixel', 'Brambleback', 'Tansy_K', 'oldcartridge', 'Mon 10th Nov 2025', 'Tue 11th Nov 2025', 'Thu 13th Nov 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nConsent, 'MORE OPTIONS', 'AGREE', 'Nintendo Life', ...nNav, 'Advertisement', ...nCrumbs, ...nStats, 'Goomba', 'Hammer Bro', 'Koopa Troopa',
    'Chain Chomp', 'Member since', 'Posts', 'Fri 3rd Mar 2023', 'Sun 12th Jan 2020', 'Tue 8th Jun 2021', 'Wed 4th Apr 2018', '142', '3,884', '917',
    '12,406', ...nSig, 'Share', 'Quote', 'Please login or sign up to reply to this topic', 'Latest Discussions', ...nLatest, ...nFoot, nCopy,
  ],
};
