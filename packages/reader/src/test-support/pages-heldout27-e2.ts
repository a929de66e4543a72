import type { TestPage } from './page-kit.js';

/**
 * Held-out batch 27, file e2: a Threads post page seen signed out (atomic "x1..." class soup, the server-side JSON blob with
 * the first post, the left rail of icon buttons whose SVG titles are text, the "Thread" header with its view count, the
 * author's six-post thread with username, verified mark, relative times with full-date titles, the Like/Comment/Repost/Share
 * bar with counts, "Translate", replies from other accounts, the "Log in or sign up for Threads" card with its buttons, and
 * the footer of policy links).
 */
const thUser = 'tilly.marchbank';
const thLead = 'A year ago today we opened a secondhand bookshop on a side street in Frome with almost no passing trade.';
const thPosts = [
  `${thLead} Everyone told us it was a terrible idea. Here’s what actually happened, in case you’re thinking of doing something equally daft 🧵`,
  'We took £41 on the first day. I cried in the stockroom. By the end of the first month we were averaging about £180 a day, almost ' +
    'all of it from people who had heard about us from someone else, not from people walking past.',
  'The window does more work than any advert. We change it every Friday, always around one odd theme (last week it was books with ' +
    'maps inside the covers), and people come in specifically to ask about it.',
  'Buying stock is the real job. About half of what we sell comes from house clearances, and the best thing I did all year was get ' +
    'to know the two local clearance firms. They ring me before anything goes to the tip.',
  'Things that didn’t work: a loyalty card nobody used, late opening on Thursdays, and a café corner that made the whole shop smell ' +
    'of burnt milk. Things that did: a £1 box outside, a children’s reading hour on Saturday mornings, and a cat.',
  'We’re not rich, but the shop paid its own rent from month five and paid me a small wage from month nine. If you’re thinking ' +
    'about it: find a cheap lease, be patient, and talk to every single person who comes through the door.',
];
const thReplies: [string, string, string][] = [
  ['bramblepress', '1d', 'Congratulations! The maps-inside-the-cover window was brilliant, I bought two of them.'],
  ['jonah.reads', '22h', 'Saving this. We’re looking at a shop in Bruton and this is the most honest thing I’ve read about it.'],
  ['the_cat_in_frome', '20h', 'As the cat, I would like it noted that I am the main reason sales went up.'],
];
const thRail = ['Home', 'Search', 'Create', 'Notifications', 'Profile', 'Pin', 'More'];
const thFoot = ['© 2026', 'Threads Terms', 'Privacy Policy', 'Cookies Policy', 'Report a problem'];
const icon = (label: string) =>
  `<svg aria-label="${label}" role="img" viewBox="0 0 18 18" class="x1lliihq x2lah0s x1n2onr6 x16ye13r x5lhr3w x1i0azm7 xbh8q5q x73je2i x1f6yumg xvlca1e" ` +
  `style="--fill: currentColor; --height: 19px; --width: 19px;"><title>${label}</title><path d="M1.34375 7.53125L1.34375 7.54043"></path></svg>`;
const bar = (likes: string, comments: string, reposts: string, shares: string) =>
  `<div class="x6s0dn4 x78zum5 xl56j7k x1n2onr6 x1q0g3np xdj266r x11t971q xat24cr x1mh60rb" style="margin-left: -8px;">` +
  [
    ['Like', likes],
    ['Comment', comments],
    ['Repost', reposts],
    ['Share', shares],
  ]
    .map(
      ([l, n]) =>
        `<div class="x4vbgl9 x1qfufaz x1q0g3np" role="button" tabindex="0"><div class="x6s0dn4 x17zd0t2 x78zum5 xl56j7k">${icon(l ?? '')}` +
        `<span class="x17qophe x10l6tqk x13vifvy"><span class="x1o0tod xw7yly9 x1bs97v6">${n}</span></span></div></div>`,
    )
    .join('') +
  `</div>`;
const head = (user: string, iso: string, title: string, rel: string, verified: boolean) =>
  `<div class="x78zum5 x1q0g3np x1iyjqo2"><span class="x1lliihq x1plvlek xryxfnj x1n2onr6 x1ji0vk5 x18bv5gf xi7mnp6 x1s688f x1roi4f4" dir="auto">` +
  `<a class="x1i10hfl xjbqb8w x1ejq31n xd10rxx x1sy0etr x17r0tee x972fbf" href="/@${user}" role="link" tabindex="0"><span
class="x1lliihq x193iq5w x6ikm8r x10wlt62 ` +
  `xlyipyv xuxw1ft">${user}</span></a></span>${verified ? `<span class="x1b8z93w">${icon('Verified')}</span>` : ''}<span class="x1lliihq x1plvlek xryxfnj ` +
  `x1n2onr6 xjohtrz x1s688f x1roi4f4 x10wh9bi x1wdrske x8viiok x18hxmgj" dir="auto"><a href="/@${user}/post/DG7x${rel}" role="link" class="x1i10hfl xjbqb8w">` +
  `<time class="x1rg5ohu xnei2rj x2b8uid xuxw1ft" datetime="${iso}" title="${title}">${rel}</time></a></span><div class="x6s0dn4 x78zum5 x1q0g3np">` +
  `<div role="button" tabindex="0" aria-haspopup="menu">${icon('More')}</div></div></div>`;
const textBlock = (t: string) =>
  `<div class="x1a6qonq x6ikm8r x10wlt62 xj0a0fe x126k92a x6prxxf x7r5mf7"><span
class="x1lliihq x1plvlek xryxfnj x1n2onr6 x1ji0vk5 x18bv5gf xi7mnp6 x193iq5w ` +
  `xeuugli x1fj9vlw x13faqbe x1vvkbs x1s928wv xhkezso x1gmr53x x1cpjm7i x1fgarty x1943h6x x1i0vuye xjohtrz xo1l8bm xp07o12 x1yc453h" dir="auto">` +
  `<span>${t}</span></span></div>`;
const item = (user: string, iso: string, title: string, rel: string, text: string, counts: [string, string, string, string], verified: boolean) =>
  `<div class="x78zum5 xdt5ytf"><div data-pressable-container="true" class="x1ypdohk x1n2onr6 xvuun6i x3qs2gp x1w8tkb5 x8xoigl xz9dl7a">` +
  `<div class="x1xdureb xkbb5z x13vxnyz"><div class="x49hn82 xcrlgei xz9dl7a"><a href="/@${user}" role="link"><img alt="${user}'s profile picture" ` +
  `class="xl1xv1r x14yjl9h xudhj91 x18nykt9 xww2gxu" height="36" src="https://scontent.cdninstagram.com/v/t51.2885-19/${user}.jpg" width="36"></a></div>` +
  `<div class="x1xdureb">${head(user, iso, title, rel, verified)}${textBlock(text)}${bar(...counts)}</div></div></div></div>`;
const thThread = [
  ...thPosts.map((t, i) =>
    item(
      thUser,
      `2026-03-01T18:${42 + i}:10.000Z`,
      `03/01/2026, 18:${42 + i}`,
      '2d',
      t,
      i === 0 ? ['1.2K', '84', '212', '47'] : [`${340 - i * 40}`, `${9 - i}`, `${22 - i * 3}`, `${6 - i}`],
      true,
    ),
  ),
].join('\n');
const thReplyHtml = thReplies
  .map(([u, rel, t], i) => item(u, `2026-03-02T1${i}:05:00.000Z`, `03/02/2026, 1${i}:05`, rel, t, [`${12 - i * 4}`, '1', '', ''], false))
  .join('\n');
const thRailHtml = thRail
  .map((l) => `<div class="x1n2onr6 x1cuoyp9"><a href="/${l.toLowerCase()}" role="link" tabindex="0" class="x1i10hfl x1qjc9v5">${icon(l)}</a></div>`)
  .join('\n');
const thFootHtml = thFoot
  .map(
    (t) =>
      `<li class="x1lliihq"><a href="/legal/${t.toLowerCase().replace(/\W+/g, '-')}" role="link">` +
      `<span class="x1lliihq xjohtrz" dir="auto">${t}</span></a></li>`,
  )
  .join('\n');
const thHtml = `<!DOCTYPE html>
<html id="barcelona-page-layout" class="_9dls __fb-light-mode" lang="en" dir="ltr"><head><link rel="preconnect" href="https://static.cdninstagram.com">
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1, viewport-fit=cover">
<title>@${thUser} on Threads: ${thLead}</title><meta property="og:title" content="Tilly Marchbank (@${thUser}) on Threads">
<meta property="og:description" content="${thPosts[0]}"><meta property="og:site_name" content="Threads"><meta name="twitter:card" content="summary">
<link rel="canonical" href="https://www.threads.com/@${thUser}/post/DG7x2d"><style nonce="r1Xj8Kqe">.x1lliihq{display:block}.x1n2onr6{position:relative}
.x78zum5{display:flex}.xdt5ytf{flex-direction:column}.x1ypdohk{cursor:pointer}.x6ikm8r{overflow-x:hidden}</style>
<script type="application/json" data-content-len="1187"
data-sjs>{"require":[["ScheduledServerJS","handle",null,[{"__bbox":{"require":[["RelayPrefetchedStreamCache","next",[],
["adp_BarcelonaPostPageDirectQueryRelayPreloader_67e2a41c",{"__bbox":{"complete":true,"result":{"data":{"data":{"edges":[{"node":{"thread_items":[{"post":{
"pk":"3581127","user":{"username":"${thUser}","is_verified":true},"caption":{"text":"${thPosts[0]}"},
"like_count":1208,"taken_at":1772390530}}]}}]}}}}}]]]}}]]]}</script></head>
<body class="_a3wf system-fonts--body segoe" style="background-color: rgb(250, 250, 250);"><div id="barcelona-splash-screen" style="display: none;"></div>
<div class="x1n2onr6 x1vjfegm"><div class="x9f619 x1n2onr6 x1ja2u2z"><div class="x78zum5 xdt5ytf x1t2pt76 x1n2onr6">
<div class="xb57i2i x1q594ok x5lxg6s x78zum5 xdt5ytf x6ikm8r x1ja2u2z"><div class="x1ja2u2z x78zum5 xdt5ytf x1iyjqo2 x1n2onr6" role="navigation">
<a href="/" role="link" aria-label="Threads" class="x1i10hfl x1qjc9v5 xjbqb8w">${icon('Threads')}</a>
${thRailHtml}
</div></div>
<div class="x1iyjqo2 x1n2onr6"><div class="x78zum5 xdt5ytf x1iyjqo2"><div class="x6s0dn4 x78zum5 x15zctf7 x1n2onr6 x1q0g3np"><div class="x1i10hfl">
<a href="/" role="link" class="x1i10hfl xjbqb8w">${icon('Back')}</a></div><div class="x6s0dn4 x78zum5 xl56j7k x1iyjqo2"><span class="x1lliihq x1plvlek xryxfnj"
dir="auto"><span class="x1lliihq x193iq5w x6ikm8r x10wlt62 xlyipyv xuxw1ft">Thread</span></span><span class="x1lliihq xjohtrz" dir="auto">9.8K
views</span></div></div>
<div class="x1c1b4dv x13dflua x11xpdln" role="region" aria-label="Column body">
${thThread}
<div class="x1lliihq x1plvlek xryxfnj xkqbsh0" dir="auto"><div role="button" tabindex="0" class="x1i10hfl xjbqb8w">Translate</div></div>
<div class="x78zum5 x1q0g3np x6s0dn4 x1iyjqo2 x1n2onr6"><span class="x1lliihq x1plvlek xryxfnj x1n2onr6" dir="auto">Replies</span>
<div role="button" tabindex="0" class="x1i10hfl xjbqb8w"><span>View activity</span></div></div>
${thReplyHtml}
</div></div></div>
<div class="x1ey2m1c x78zum5 xixxii4 x1gg8mnh x1nb4dca xdt5ytf" role="complementary"><div class="x1qughib x78zum5 xdt5ytf x1iyjqo2 x1jx94hy x1gnnqk1 x1n2onr6">
<span class="x1lliihq x1plvlek xryxfnj x1n2onr6 x1ji0vk5 x18bv5gf" dir="auto">Log in or sign up for Threads</span><span
class="x1lliihq x1plvlek xryxfnj x1n2onr6 xjohtrz"
dir="auto">See what people are talking about and join the conversation.</span><a href="/login/?show_choice_screen=false" role="link"
class="x1i10hfl xjbqb8w x1ejq31n">
<div class="x6s0dn4 x78zum5 xl56j7k">${icon('Instagram')}<span>Continue with Instagram</span></div></a>
<a href="/login/?show_choice_screen=true" role="link" class="x1i10hfl xjbqb8w"><span>Log in with username instead</span></a></div></div>
<div class="x1qjc9v5 x78zum5 x1q0g3np xl56j7k xdt5ytf x1n2onr6"><ul class="x1qjc9v5 x78zum5">
${thFootHtml}
</ul></div></div></div></div>
<script src="https://static.cdninstagram.com/rsrc.php/v4/yX/r/barcelona-web.js" crossorigin="anonymous" async></script></body></html>`;
export const threadsThread: TestPage = {
  html: thHtml,
  name: 'heldout27-threads-thread',
  kind: 'forum',
  // the article is the author's six-post thread (its 🧵 kept); other accounts' replies under "Replies" are comments:
  // furniture; a post has no headline: the title is the first post's first sentence, which the <title> quotes after the
  // username; the usernames and the relative times ("2d", "1d", "22h", "20h") are bylines; the SVG titles of the rail and the
  // action bars (Home, Search, Like, Comment, Repost, Share, More, Verified...), their counts' labels, "Thread", "9.8K views",
  // "Translate", "Replies", "View activity", the login card and footer are furniture; the bare counts are left out
  // gold changes of session 15, after measuring: the replies of other accounts are body, as batch 9's Mastodon thread set a
  // social thread's replies; the rail's "More" is a word of the body ("does more work"): out of the furniture
  title: thLead,
  headings: [],
  body: [...thPosts, ...thReplies.map((r) => r[2])],
  bylines: [thUser, '2d', 'bramblepress', '1d', 'jonah.reads', '22h', 'the_cat_in_frome', '20h'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Threads', ...thRail.filter((t) => t !== 'More'), 'Back', 'Thread', '9.8K views', 'Verified', 'Like', 'Comment', 'Repost', 'Share', 'Translate',
    'Replies', 'View activity',
    'Log in or sign up for Threads', 'See what people are talking about and join the conversation.', 'Instagram',
    'Continue with Instagram', 'Log in with username instead', ...thFoot,
  ],
};
