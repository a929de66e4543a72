import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 44, file c2: an Ask MetaFilter question page for a logged-out reader (the skip link, the site header with
 * the logo, tagline and the network bar, the user links, the question title with its date line and "Subscribe", the question
 * above the fold and the "more inside" part, the "posted by ... to <category>" line with the answer and favorite counts, the
 * answers each with its "posted by ... at ... on ..." line, favorite counts and flag link, one marked "Best answer:", the
 * asker's follow-up, the hidden flag form, the older/newer question links, the tags and related questions in the sidebar,
 * the logged-out prompt and the footer).
 */
const mfTitle = "Keeping my grandmother's sourdough starter alive while I travel for six weeks";
const mfAbove =
  'I inherited a sourdough starter that my grandmother kept going for over forty years, and I have to travel for work for six ' +
  'weeks starting next month. How do I make sure it survives?';
const mfMore = [
  'I feed it twice a week and keep it in the fridge between bakes. Nobody I live with bakes, and my roommate has politely ' +
    'declined to take it on. I have read about drying starter, but I am nervous about ruining the only thing of hers that still ' +
    'does something every week.',
  'Bonus points for anything that lets me test the backup before I leave, so I know it actually works.',
];
interface MfAnswer {
  id: number;
  user: string;
  uid: number;
  time: string;
  favs: string;
  text: string[];
  best?: boolean;
}
const mfAnswers: MfAnswer[] = [
  {
    id: 6010233,
    user: 'drlemon',
    uid: 88213,
    time: '9:12 AM on October 3, 2025',
    favs: '14 favorites',
    best: true,
    text: [
      'Dry some. Spread a thin layer of freshly fed starter on parchment, let it dry completely at room temperature, break it into ' +
        'flakes and keep it in a jar. It will keep for years.',
      'You can rehydrate a spoonful this week with a little flour and water to prove it comes back, which covers your bonus points.',
    ],
  },
  {
    id: 6010241,
    user: 'ocelot_in_winter',
    uid: 40517,
    time: '9:20 AM on October 3, 2025',
    favs: '6 favorites',
    text: [
      'Seconding drying, but also split it. Give a jar to a local bakery or a friend who bakes. Lots of bakers will happily ' +
        'babysit a starter with a story behind it, and then there are two living copies in the world instead of one.',
    ],
  },
  {
    id: 6010268,
    user: 'mmmcookies',
    uid: 120044,
    time: '9:51 AM on October 3, 2025',
    favs: '5 favorites',
    text: [
      'A well-fed starter left in the fridge untouched for six weeks will most likely be fine, just sluggish. Feed it heavily ' +
        'right before you go, using a stiff dough rather than a runny paste, and it will sit quietly.',
      'When you get back it may take two or three feedings to get lively again. Do not panic about the grey liquid on top, pour it off.',
    ],
  },
  {
    id: 6010302,
    user: 'heyitsjune',
    uid: 301876,
    time: '10:37 AM on October 3, 2025',
    favs: '2 favorites',
    text: [
      'You could also freeze a small portion. Mix it with a bit of flour so it is thick, put it in a small freezer bag, and it ' +
        'should last a few months. Some people find frozen starter slower to revive than dried, so I would treat it as a third ' +
        'backup rather than the main plan.',
    ],
  },
  {
    id: 6010377,
    user: 'tuesdaygreen',
    uid: 311204,
    time: '12:04 PM on October 3, 2025',
    favs: '3 favorites',
    text: [
      'These are so reassuring, thank you. I will do all three: a stiff feeding in the fridge, a jar of dried flakes, and I just ' +
        'asked the bakery on my corner, who said yes before I finished the sentence.',
    ],
  },
];
const mfSites = ['MetaFilter', 'Ask MetaFilter', 'FanFare', 'Projects', 'Music', 'Jobs', 'IRL', 'MetaTalk'];
const mfUser = ['Log In', 'Sign Up'];
const mfMenu = ['Recent', 'Popular', 'Tags', 'Archives', 'Search'];
const mfTags = ['sourdough', 'baking', 'travel', 'heirloom', 'fermentation'];
const mfRelated = [
  ['Help me revive a neglected sourdough starter', 'July 14, 2022'],
  ['What do I do with sourdough discard?', 'March 2, 2021'],
  ['How do I ship a sourdough starter to a friend overseas?', 'November 19, 2019'],
];
const mfFoot = ['About', 'FAQ', 'Guidelines', 'Privacy Policy', 'Terms of Use', 'Contact', 'Donate'];

const mfComment = (a: MfAnswer): string => `<div class="comments${a.best ? ' best' : ''}" id="c${a.id}"><a name="${a.id}"></a>
${a.best ? '<span class="best-answer-tag"><b>Best answer:</b></span> ' : ''}${a.text.join('<br>\n<br>\n')}
<span class="smallcopy commentby">posted by <a href="https://www.metafilter.com/user/${a.uid}" target="_self">${a.user}</a> at
<a href="/388201/Keeping-my-grandmothers-sourdough-starter-alive#${a.id}" target="_self">${a.time}</a>
[<a href="/favorited/3/${a.id}" title="${a.favs}" class="favcount">${a.favs}</a><span class="fav-plus" style="display:none"><a href="#">+</a></span>]
[<a href="#" onclick="showFlagMenu(${a.id}); return false;" title="Flag this comment" class="flag">!</a>]</span></div><br>`;

const mfHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${mfTitle.replace("'", '&#39;')} - Ask MetaFilter</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${mfAbove.slice(0, 150)}">
<meta property="og:title" content="${mfTitle.replace("'", '&#39;')}"><meta property="og:site_name" content="Ask MetaFilter">
<link rel="stylesheet" href="https://css.metafilter-static.net/ask/ask-2025.css?v=41"><link rel="alternate" type="application/rss+xml"
title="Comments on: ${mfTitle.replace("'", '&#39;')}" href="https://ask.metafilter.com/388201/rss">
<script>var threadid = 388201; var site = 3; var userIsLoggedIn = false;</script></head>
<body class="ask"><a href="#posts" class="skip-link visually-hidden">Skip to main content</a>
<div id="sitenav" class="site-nav"><ul class="network">${links(mfSites, 'network-site')}</ul></div>
<header class="site-header" role="banner"><div class="header-inner"><a href="/" class="logo"><img src="https://css.metafilter-static.net/ask/logo.png"
alt="Ask MetaFilter" width="260" height="48"></a><span class="tagline">querying the hive mind</span>
<ul id="usernav" class="user-nav">${links(mfUser)}</ul><nav id="menu" aria-label="Ask MetaFilter"><ul>${links(mfMenu)}</ul></nav></div></header>
<div id="page" class="container"><main id="posts" class="posts">
<div class="posttitle"><h1 class="posttitle">${mfTitle.replace("'", '&#39;')}</h1>
<span class="smallcopy post-date">October 3, 2025 8:47 AM &nbsp; <a href="/login.mefi?subscribe=388201" class="subscribe">Subscribe</a></span></div>
<div class="copy post">${mfAbove}<br><br>
<div class="miseperator"></div>
<div id="more-inside">${mfMore.join('<br><br>\n')}</div>
<span class="smallcopy postbyline">posted by <a href="https://www.metafilter.com/user/311204" target="_self">tuesdaygreen</a> to
<a href="/tags/food" class="category">Food &amp; Drink</a> (15 answers total) <span id="favcnt388201">
<a href="/favorited/2/388201" class="favcount">9 users marked this as a favorite</a></span></span></div>
<div class="comments-sort"><span class="smallcopy">Sort: <b>chronological</b> · <a href="?sort=favorites">by favorites</a></span></div>
${mfAnswers.map(mfComment).join('\n')}
<div class="smallcopy comments-hidden-note">10 more answers are hidden because they were deleted or are from users who left. <a href="#">Why?</a></div>
<div id="flagmenu" class="flag-menu" style="display:none"><form method="post" action="/contribute/flag.mefi"><p>Flag this comment as:</p>
<label><input type="radio" name="reason" value="1"> breaks the guidelines</label><label><input type="radio" name="reason" value="2"> HTML/display error</label>
<label><input type="radio" name="reason" value="3"> noise or derail</label><label><input type="radio" name="reason" value="4"> fantastic</label>
<button type="submit">Flag</button></form></div>
<p class="not-logged-in"><span class="smallcopy">You are not currently logged in. <a href="/login.mefi">Log in</a> or
<a href="/newuser.mefi">create a new account</a> to post comments.</span></p>
<div class="prevnext smallcopy"><a href="/388190/Is-it-okay-to-prune-my-lilac-in-October">« Older: Is it okay to prune my lilac in October?</a> |
<a href="/388212/Cast-iron-skillet-rescue">Newer: Cast iron skillet rescue »</a></div></main>
<aside class="sidebar" id="sidebar"><div class="sidebar-box"><h3 class="sidebar-title">Tags</h3><ul class="taglist">${links(mfTags, 'tag')}</ul></div>
<div class="sidebar-box related"><h3 class="sidebar-title">Related Questions</h3><ul>
${mfRelated.map((r) => `<li><a href="/q/${r[0]!.length}">${r[0]}</a> <span class="smallcopy">${r[1]}</span></li>`).join('\n')}
</ul></div><div class="sidebar-box ad"><span class="smallcopy">MetaFilter is funded by its members. <a href="/donate">Become one.</a></span></div></aside></div>
<footer class="site-footer"><div class="footer-inner"><ul class="footer-links">${links(mfFoot)}</ul>
<p class="smallcopy">MetaFilter is a community weblog, started in 1999. Ask MetaFilter is where members ask each other questions.</p>
<p class="smallcopy">© 1999-2025 MetaFilter Community Foundation.</p></div></footer>
<script src="https://css.metafilter-static.net/scripts/mefi.js?v=2025-09" defer></script></body></html>`;

export const askMefi: TestPage = {
  html: mfHtml,
  name: 'heldout44-ask-metafilter-question',
  kind: 'forum',
  // the question (above the fold and the "more inside" part) and every answer are body, the asker's follow-up included; the
  // asker's and answerers' names and the date line and answer times are bylines ("posted by", "at" in neither); "Best answer:"
  // is a mark, not the answer's text: furniture; "Subscribe", the "to Food & Drink (15 answers total)" category and count, the
  // favorite counts, the flag links and hidden flag form, the sort line, the hidden-answers note, the older/newer questions,
  // tags, related questions with their dates, the logged-out prompt, the header, network bar, menus and footer are furniture;
  // the tags "sourdough" and "travel" and the footer's "About" are body words: left out
  title: mfTitle,
  headings: [],
  body: [mfAbove, ...texts(mfMore), ...mfAnswers.flatMap((a) => texts(a.text))],
  bylines: [
    'tuesdaygreen',
    'October 3, 2025 8:47 AM',
    ...mfAnswers.filter((a) => a.user !== 'tuesdaygreen').map((a) => a.user),
    ...mfAnswers.map((a) => a.time),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...mfSites, 'querying the hive mind', ...mfUser, ...mfMenu, 'Subscribe', 'Food & Drink', '(15 answers total)',
    '9 users marked this as a favorite', 'Best answer:', ...mfAnswers.map((a) => a.favs), 'Sort:', 'chronological', 'by favorites',
    '10 more answers are hidden because they were deleted or are from users who left.', 'Why?', 'Flag this comment as:', 'breaks the guidelines',
    'HTML/display error', 'noise or derail', 'fantastic', 'Flag', 'You are not currently logged in.', 'create a new account', 'to post comments.',
    '« Older: Is it okay to prune my lilac in October?', 'Newer: Cast iron skillet rescue »', ...mfTags.filter((t) => t !== 'travel' && t !== 'sourdough'),
    'Related Questions', ...mfRelated.flat(), 'MetaFilter is funded by its members.', 'Become one.', ...mfFoot.filter((t) => t !== 'About'),
    'MetaFilter is a community weblog, started in 1999. Ask MetaFilter is where members ask each other questions.',
    '© 1999-2025 MetaFilter Community Foundation.',
  ],
};
