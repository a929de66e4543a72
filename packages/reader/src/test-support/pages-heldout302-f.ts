import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout302-kit.js';

/**
 * Held-out batch 302, file f: a Kotaku-style feature on a Kinja-style page (styled-components class names, the site menu,
 * byline with date and reading time, share row and comment count, a pull quote, an inline "Read More" promo, the
 * "Latest" rail, an ad label, the G/O footer) and a Discord channel saved with a DiscordChatExporter-style HTML template
 * (server and channel preamble, messages with author, timestamp, role and reactions, an embed, the export postamble).
 */
const kTitle = 'The Last Arcade In Port Hollis Refuses To Close';
const kHeads = ['A room full of ghosts', 'The regulars', 'What happens in June'];
const kP1 = [
  j(
    'At 11 p.m. on a Tuesday, the only light on Wharf Street comes from Coin Tide Arcade. Inside, Dolores Okwu is on her knees behind',
    'a cabinet of Star Harrier, a 1986 shooter, holding a flashlight in her teeth and a soldering iron in her hand. "The trackball',
    'board goes every winter," she says, once she can talk again. "Salt air. Everything in this town rusts."',
  ),
  j(
    'Okwu has owned Coin Tide for nineteen years. In that time, every other arcade in Port Hollis has closed, and so have the',
    "laundromat next door, the video rental shop across the street and the pier's last fish restaurant. Her lease ends in June.",
  ),
];
const kP2 = [
  j(
    'There are 41 cabinets on the floor and another dozen in the back, waiting for parts. Some are famous. Most are not. Okwu keeps',
    'a notebook of every machine she has ever owned, with the date it arrived, who sold it to her, and what broke first.',
  ),
  j(
    'The most valuable game in the building is a prototype of a racing game that never shipped, which she bought from a retired',
    'engineer for two hundred dollars in 2011. She will not say what collectors have offered her for it since.',
  ),
];
const kQuote = 'People think an arcade is about the games. It is about the room. You cannot download a room.';
const kP3 = [
  j(
    'On Friday nights the regulars come in. There is Marcus Tell, a bus driver who holds the local high score on Star Harrier and',
    'defends it like a title belt. There are the Vance twins, who are sixteen and have learned to fix coin mechanisms from Okwu',
    'herself. There is a retired schoolteacher who plays the same pinball table every week and has never told anyone her name.',
  ),
  j(
    '"This is the only place I go where nobody is looking at a phone," Tell tells me, between credits. "Well. They look at it to',
    'film me. But then they put it down."',
  ),
];
const kP4 = [
  j(
    "The building's new owner plans to turn the block into apartments. Okwu has looked at three other spaces in town; two were too",
    'small, and the third wanted a rent she calls "a joke with a number in it." A crowdfunding campaign started by the regulars has',
    'raised about a third of what she would need to move.',
  ),
  j(
    'She does not sound worried, exactly. She sounds like someone who has fixed a lot of things that other people had given up on.',
    '"If I have to, I will put them all in my garage," she says, and goes back to the trackball.',
  ),
];
const kNav = ['Latest', 'Reviews', 'Guides', 'Culture', 'Anime', 'Deals'];
const kLatest = ['Ghostlight Tactics Is The Surprise Hit Of The Spring', 'Every Game Delayed Out Of 2026 So Far', 'The Best Controllers For Fighting Games'];
const kFoot = ['About', 'Advertising', 'Privacy', 'Terms of Use', 'Contact', 'Permissions'];
const kHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>${kTitle}</title>
<meta name="description" content="Coin Tide Arcade has outlasted every other arcade in Port Hollis. Its lease ends in June.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Kotaku"><meta property="article:section" content="Culture">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${kTitle}","datePublished":"2026-04-14T10:00:00-04:00",
"author":[{"@type":"Person","name":"Juniper Castellan"}]}</script><style data-styled="true" data-styled-version="5.3.11">.sc-1efpnfq-0{font-size:2rem}</style>
</head>
<body><div id="__next"><div class="sc-1uu5wlx-0 hmLCgc"><header class="sc-1j8y5z8-0 gFxXqf"><a href="/" class="sc-1j8y5z8-1 logo" aria-label="Kotaku">KOTAKU</a>
<nav class="sc-1j8y5z8-2"><ul>${links(kNav, 'sc-1j8y5z8-3')}</ul></nav><button class="sc-1j8y5z8-4">Subscribe</button></header>
<main class="sc-11qwj9y-0 jsJxKA"><div class="js_starterpost"><div class="sc-1ghp2zj-0 section-tag"><a href="/culture">Culture</a></div>
<h1 class="sc-1efpnfq-0 dAlcTj">${kTitle}</h1>
<div class="sc-1jc3ukb-0 meta"><div class="sc-1jc3ukb-2 byline">By <a href="/author/juniper-castellan">Juniper Castellan</a></div>
<time datetime="2026-04-14T10:00:00-04:00" class="sc-1jc3ukb-3">April 14, 2026</time><span class="sc-1jc3ukb-4 reading-time">Reading time 7 minutes</span></div>
<div class="sc-1mdo1qb-0 share-tools"><button>Share on Facebook</button><button>Share on X</button><a href="#comments">Comments (52)</a></div>
<figure class="sc-1eow4w5-0 lead-image"><img src="https://i.kinja-img.example/coin-tide.jpg" alt="Coin Tide Arcade"><figcaption>Dolores Okwu behind the
counter of Coin Tide Arcade.<span class="credit">Photo: Juniper Castellan / Kotaku</span></figcaption></figure>
<div class="sc-r43lxo-1 js_post-content">
<h2 class="sc-1ifm5rk-0">${kHeads[0]}</h2>${ps(kP1, ' class="sc-77igqf-0 fnnahv"')}
<aside class="sc-1k5bvp1-0 inset"><p class="sc-1k5bvp1-1">Read More: <a href="/arcade-preservation">The Fight To Save America's Last Light-Gun Cabinets</a>
</p></aside>
${ps(kP2, ' class="sc-77igqf-0 fnnahv"')}
<blockquote class="sc-ps8v4k-0 pullquote"><p>${kQuote}</p></blockquote>
<h2 class="sc-1ifm5rk-0">${kHeads[1]}</h2>${ps(kP3, ' class="sc-77igqf-0 fnnahv"')}
<div class="sc-1xh12qx-0 ad-container"><span class="sc-1xh12qx-1">Advertisement</span><div id="mid-article-ad"></div></div>
<h2 class="sc-1ifm5rk-0">${kHeads[2]}</h2>${ps(kP4, ' class="sc-77igqf-0 fnnahv"')}</div>
<div class="sc-10ya1h8-0 tags"><a href="/tag/arcades">arcades</a><a href="/tag/retro-games">retro games</a><a href="/tag/pinball">pinball machines</a></div>
</div>
<section id="comments" class="sc-cmts-0"><button>Show all 52 comments</button></section>
<aside class="sc-17n8t1y-0 latest-rail"><h3>Latest</h3><ul>${links(kLatest, 'sc-17n8t1y-1')}</ul></aside></main>
<footer class="sc-1yq7d3m-0 footer"><ul>${links(kFoot)}</ul><p>© 2026 Keywords Media Group. All rights reserved.</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"postId":1851442277,"blog":"kotaku"}},"page":"/[slug]"}</script></body></html>`;
const kotaku: TestPage = {
  name: 'heldout302-kotaku-feature-news',
  kind: 'news',
  html: kHtml,
  title: kTitle,
  headings: kHeads,
  body: texts([...kP1, ...kP2, kQuote, ...kP3, ...kP4]),
  bylines: ['By Juniper Castellan', 'April 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'KOTAKU', ...kNav, 'Subscribe', 'Culture', 'Reading time 7 minutes', 'Share on Facebook', 'Share on X', 'Comments (52)',
    'Dolores Okwu behind the counter of Coin Tide Arcade.', 'Photo: Juniper Castellan / Kotaku',
    "Read More: The Fight To Save America's Last Light-Gun Cabinets", 'Advertisement', 'arcades', 'retro games', 'pinball machines', 'Show all 52 comments',
    ...kLatest, ...kFoot, '© 2026 Keywords Media Group. All rights reserved.',
  ],
};

const dTitle = 'Season 4: The Harbour Festival';
const dHeads = ['What is happening', 'Rules for the build contest', 'Schedule'];
const dIntro = j(
  '@everyone Hey Lanternkeepers! Season 4 of the Ironbark server starts next Friday, and this time we are throwing a',
  'festival. Here is everything you need to know.',
);
const dWhat = [
  'A two-week build contest on the community creative server, themed around harbours and lighthouses',
  'Nightly fishing tournaments in the minigame world, with a leaderboard in #events',
  'A new role, Harbourmaster, for everyone who finishes all festival quests',
];
const dRules = [
  'One entry per person or team of up to three.',
  'Builds must stay inside your assigned plot. Plots are handed out in #plot-requests from Monday.',
  'No copying builds from other servers. Inspiration is fine, tracing is not.',
  'Judging is done by the mod team and a public vote, weighted half and half.',
];
const dSched = [
  'Friday 20 March, 7 PM UTC: opening ceremony in the voice stage',
  'Monday 23 March: plot requests open',
  'Sunday 5 April, 11:59 PM UTC: build deadline',
  'Tuesday 7 April: results and prizes',
];
const dOutro = 'Questions go in #festival-help, not in DMs to the mods please. Have fun, and see you at the harbour! 🏮';
const dFollow1 = j(
  'Small correction to the announcement above: the opening ceremony is at 7 PM UTC, which is 8 PM for most of Europe and 2 PM',
  'Eastern in North America. The event in the server events tab shows the right local time for you.',
);
const dFollow2 = j(
  'Plot requests are now open! Use the /plot command in #plot-requests. We have 120 plots this season, and if we run out we will',
  'open a second island.',
);
const dFollow3 = j(
  "One more thing, since a few of you asked: builds from last season's contest stay on the old creative world, which will stay",
  'open in read-only mode until the end of the festival. If you want a copy of your own build, open a ticket in #support and a',
  'mod will export it for you. We will also be streaming the judging on the last day, so you can watch us argue about roofs.',
);
const dMsg = (id: string, name: string, role: string, time: string, content: string, reacts: string[]) => `<div class="chatlog__message-group">
<div id="chatlog__message-container-${id}" class="chatlog__message-container" data-message-id="${id}"><div class="chatlog__message">
<div class="chatlog__message-aside"><img class="chatlog__avatar" src="avatars/${id}.png" alt="Avatar" loading="lazy"></div>
<div class="chatlog__message-primary"><div class="chatlog__header"><span class="chatlog__author" style="color:rgb(230,126,34)" title="${name}"
data-user-id="${id}">${name}</span> <span class="chatlog__role">${role}</span> <span class="chatlog__timestamp"><a
href="#chatlog__message-container-${id}">${time}</a></span></div>
<div class="chatlog__content chatlog__markdown"><span class="chatlog__markdown-preserve">${content}</span></div>
<div class="chatlog__reactions">${reacts
  .map(
    (r) => `<div class="chatlog__reaction" title="reaction"><img class="chatlog__emoji chatlog__emoji--small" alt="🏮"
src="emoji.svg"><span class="chatlog__reaction-count">${r}</span></div>`,
  )
  .join('')}</div></div></div></div></div>`;
const dFirst = `<h1 class="chatlog__markdown-header">${dTitle}</h1>${ps([dIntro])}
<h2 class="chatlog__markdown-header">${dHeads[0]}</h2><ul class="chatlog__markdown-list">${lis(dWhat)}</ul>
<h2 class="chatlog__markdown-header">${dHeads[1]}</h2><ol class="chatlog__markdown-list">${lis(dRules)}</ol>
<h2 class="chatlog__markdown-header">${dHeads[2]}</h2><ul class="chatlog__markdown-list">${lis(dSched)}</ul>${ps([dOutro])}`;
const dEmbed = `<div class="chatlog__embed"><div class="chatlog__embed-color-pill" style="background-color:rgb(88,101,242)"></div>
<div class="chatlog__embed-content-container"><div class="chatlog__embed-author-container"><span class="chatlog__embed-author">Discord Events</span></div>
<div class="chatlog__embed-title"><span class="chatlog__markdown-preserve">Harbour Festival Opening Ceremony</span></div>
<div class="chatlog__embed-description">Friday at 7 PM UTC · Stage: Harbour Square · 214 interested</div></div></div>`;
const dHtml = `<!DOCTYPE html><html lang="en"><head><title>Ironbark Community - Info - announcements</title><meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<style>.preamble{display:grid;margin:0 .3em .6em .3em}.chatlog__message-group{margin-bottom:1rem}.chatlog__author{font-weight:500}</style>
<script>document.addEventListener('DOMContentLoaded', () => {
document.querySelectorAll('.chatlog__markdown-pre--multiline').forEach(e => hljs.highlightBlock(e)); });
</script></head>
<body><div class="preamble"><div class="preamble__guild-icon-container"><img class="preamble__guild-icon" src="guild.png" alt="Guild icon" loading="lazy">
</div><div class="preamble__entries-container"><div class="preamble__entry">Ironbark Community</div><div class="preamble__entry">Info / announcements</div>
<div class="preamble__entry preamble__entry--small">Official news from the Ironbark team. Read-only.</div>
<div class="preamble__entry preamble__entry--small">Between 03/13/2026 and 03/24/2026</div></div></div>
<div class="chatlog">
${dMsg('1218841001', 'Maren (Community Lead)', 'Staff', '03/13/2026 6:02 PM', dFirst, ['612', '188'])}
${dMsg('1218902110', 'quillwright', 'Moderator', '03/13/2026 9:47 PM', ps([dFollow1]), ['97'])}
${dMsg('1221330455', 'Maren (Community Lead)', 'Staff', '03/23/2026 12:00 PM', ps([dFollow2]) + dEmbed, ['254'])}
${dMsg('1221390112', 'quillwright', 'Moderator', '03/23/2026 3:18 PM', ps([dFollow3]), ['131'])}
</div>
<div class="postamble"><div class="postamble__entry">Exported 4 message(s)</div><div class="postamble__entry">Timezone: UTC+0</div></div></body></html>`;
const discord: TestPage = {
  name: 'heldout302-discord-export-announcement-forum',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: texts([dIntro, ...dWhat, ...dRules, ...dSched, dOutro, dFollow1, dFollow2, dFollow3]),
  bylines: ['Maren (Community Lead)', '03/13/2026 6:02 PM', 'quillwright', '03/13/2026 9:47 PM', '03/23/2026 12:00 PM', '03/23/2026 3:18 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ironbark Community', 'Info / announcements', 'Official news from the Ironbark team. Read-only.', 'Between 03/13/2026 and 03/24/2026', 'Staff',
    'Moderator', '612', '188', '254', '131', 'Discord Events', 'Harbour Festival Opening Ceremony',
    'Friday at 7 PM UTC · Stage: Harbour Square · 214 interested',
    'Exported 4 message(s)', 'Timezone: UTC+0',
  ],
};

export const HELDOUT302_F: readonly TestPage[] = [kotaku, discord];
