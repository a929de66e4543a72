import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 223, file a2: a Gearspace thread in the "So Much Gear, So Little Time" forum (vBulletin-derived template:
 * top nav, breadcrumb, thread title with view and reply counts, "Subscribe" and "Thread Tools", each post's number, date,
 * user card with rank, join date and post count, a quoted post inside a reply, "Reply With Quote", the thanks line,
 * "Similar Threads", the sign-up prompt, cookie notice and footer).
 */
const gsTitle = 'Replacing a dead Tessaly DR-38 clock crystal, worth it?';
interface Post {
  n: number;
  id: number;
  user: string;
  rank: string;
  joined: string;
  posts: string;
  date: string;
  quote?: string;
  paras: string[];
  thanks?: string;
  edited?: string;
}
const gsPosts: Post[] = [
  {
    n: 1,
    id: 16120441,
    user: 'bramblegate',
    rank: 'Gear Maniac',
    joined: 'Mar 2014',
    posts: '412 Posts',
    date: '9th November 2025',
    paras: [
      'I picked up two DR-38s from a closing studio for almost nothing. One works fine. The other powers up, the display comes on, ' +
        'but it will not lock to anything and the counter just sits at 00:00:00. A tech friend thinks the word clock crystal has died.',
      'Has anyone here replaced one? Is it a simple swap or am I about to spend a weekend chasing a fault that is somewhere else?',
    ],
  },
  {
    n: 2,
    id: 16120587,
    user: 'Harlan Voss',
    rank: 'Lives for gear',
    joined: 'Jun 2009',
    posts: '3,981 Posts',
    date: '9th November 2025',
    paras: [
      'Done it twice. The crystal itself is a standard through-hole part and costs a couple of pounds. The hard part is getting to ' +
        'it, because it sits under the transport and you have to pull the whole deck assembly to reach the main board.',
      'Before you do that, check the 5V rail at the clock section. On both of mine the crystal was fine and the real problem was a ' +
        'dried-out electrolytic right next to it. Recap that area while you are in there regardless.',
    ],
    thanks: '3 thanks',
  },
  {
    n: 3,
    id: 16121003,
    user: 'bramblegate',
    rank: 'Gear Maniac',
    joined: 'Mar 2014',
    posts: '412 Posts',
    date: '10th November 2025',
    quote: 'Before you do that, check the 5V rail at the clock section.',
    paras: [
      'Thanks, that is really helpful. I measured 4.6V at the regulator output, which seems low. I will order a set of caps for ' +
        'that board and try the cheap fix first.',
    ],
  },
  {
    n: 4,
    id: 16121478,
    user: 'mossroom_audio',
    rank: 'Here for the gear',
    joined: 'Sep 2021',
    posts: '58 Posts',
    date: '10th November 2025',
    paras: [
      'Slightly off topic, but is it even worth it in 2025? I moved all my old DR-88 and DR-38 tapes over years ago and sold the machines.',
      'Unless you have a pile of client tapes to transfer, I would keep the good one as a playback deck and part out the other.',
    ],
    edited: 'Last edited by mossroom_audio; 10th November 2025 at 06:12 PM..',
  },
  {
    n: 5,
    id: 16122930,
    user: 'bramblegate',
    rank: 'Gear Maniac',
    joined: 'Mar 2014',
    posts: '412 Posts',
    date: '14th November 2025',
    paras: [
      'Update for anyone who finds this later: replaced the six electrolytics around the clock section and the regulator. 5V rail now ' +
        'reads 5.02V and the machine locks to word clock from my interface straight away. Crystal was fine all along.',
      'And to answer the question above, yes, there are about sixty tapes from the studio that nobody has heard since 2003, so two ' +
        'working machines will make the transfers much faster.',
    ],
    thanks: '5 thanks',
  },
];
const gsNav = ['Forums', 'News', 'Reviews', 'Deals', 'Classifieds', 'Gearspace Archives', 'Members'];
const gsCrumbs = ['Gearspace.com', 'Forums', 'Music Production', 'So Much Gear, So Little Time'];
const gsSimilar = [
  'Tascam DR-88 will not load tapes',
  'Best way to transfer TDR tapes today?',
  'DR-38 sync with a modern interface',
  'ADAT vs TDR for archive transfers',
];
const gsFoot = ['Contact Us', 'Gearspace', 'Archive', 'Privacy Statement', 'Terms of Service', 'Top'];
const gsPost = (p: Post): string => `<div class="postbit" id="post_${p.id}" data-postid="${p.id}">
<div class="postbit__head"><span class="postbit__date">${p.date}</span><a class="postbit__num" href="#post${p.id}" id="postcount${p.id}">#${p.n}</a></div>
<div class="postbit__user"><div class="postbit__avatar"><img src="/customavatars/avatar${p.id}_1.gif" alt="${p.user}'s Avatar"></div>
<div class="postbit__userinfo"><a class="bigusername" href="/member/${p.id}/">${p.user}</a><div class="postbit__usertitle">${p.rank}</div>
<div class="postbit__userstats"><span>Joined ${p.joined}</span><span>${p.posts}</span></div></div></div>
<div class="postbit__body"><div id="post_message_${p.id}" class="post_message">
${
  p.quote
    ? `<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_quote_container"></div>
<div class="bbcode_postedby">Quote: Originally Posted by <strong>Harlan Voss</strong></div><div class="message">${p.quote}</div></div></div></div>`
    : ''
}
${p.paras.map((t) => `${t}<br><br>`).join('\n')}</div>
${p.edited ? `<div class="smallfont lastedited"><em>${p.edited}</em></div>` : ''}</div>
<div class="postbit__foot"><a class="postbit__quote" href="/newreply.php?do=newreply&amp;p=${p.id}" rel="nofollow">Reply With Quote</a>
${p.thanks ? `<span class="postbit__thanks">${p.thanks}</span>` : ''}</div></div>`;
const gsHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>${gsTitle} - Gearspace</title>
<meta name="description" content="I picked up two DR-38s from a closing studio for almost nothing. One works fine.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="Gearspace">
<link rel="canonical" href="https://gearspace.com/board/so-much-gear-so-little-time/1441852-replacing-dead-tessaly-dr-38-clock-crystal-worth.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${gsTitle}",
"author":{"@type":"Person","name":"bramblegate"},"datePublished":"2025-11-09T10:41:00+00:00","interactionStatistic":{"@type":"InteractionCounter",
"interactionType":"https://schema.org/CommentAction","userInteractionCount":4}}</script>
<link rel="stylesheet" href="/clientscript/gs-2025.css?v=4172"><script src="/clientscript/vbulletin_global.js?v=4172"></script></head>
<body class="forumdisplay threaddisplay">
<header class="gs-header"><a class="gs-header__logo" href="/"><img src="/images/gearspace-logo.svg" alt="Gearspace"></a>
<nav class="gs-header__nav"><ul>${links(gsNav)}</ul></nav>
<div class="gs-header__user"><a href="/register.php">Register</a><a href="/login.php">Log In</a></div></header>
<div class="gs-ad gs-ad--leaderboard" data-ad-unit="gs_thread_top"></div>
<main class="gs-main"><nav class="breadcrumb" aria-label="Breadcrumb"><ol>${links(gsCrumbs)}</ol></nav>
<div class="thread-head"><h1 class="thread-title">${gsTitle}</h1>
<div class="thread-head__stats"><span>4 replies</span><span>412 views</span></div>
<div class="thread-head__tools"><a href="/subscription.php?do=addsubscription">Subscribe</a><a href="#" class="thread-tools">Thread Tools</a></div></div>
<div id="posts">
${gsPosts.map(gsPost).join('\n')}
</div>
<div class="thread-foot"><a class="button" href="/newreply.php?do=newreply&amp;noquote=1">Post Reply</a></div>
<section class="similar-threads"><h2>Similar Threads</h2><ul>${links(gsSimilar)}</ul></section>
<div class="guest-prompt"><p>Join the Gearspace community and start posting today!</p><a class="button" href="/register.php">Sign Up</a></div></main>
<div class="cookie-notice" role="dialog"><p>This site uses cookies to help personalise content and to keep you logged in if you register.</p>
<button class="cookie-notice__accept">Got it</button></div>
<footer class="gs-footer"><ul>${links(gsFoot)}</ul><p>© 2025 Gearspace.com. All rights reserved.</p></footer>
<script>vBulletin.register_control("vB_Thread", 1441852);</script></body></html>`;
const poster = (p: Post): string[] => [p.user, p.date, ...(p.edited ? [p.edited] : [])];
export const gearspaceThread: TestPage = {
  html: gsHtml,
  name: 'heldout223-gearspace-thread',
  kind: 'forum',
  // posts are body (the <br><br>-separated paragraphs each one item); the quoted line in post 3 is in neither list;
  // usernames, post dates and the "Last edited" line are bylines; ranks, join dates, post counts, post numbers and thanks furniture
  title: gsTitle,
  headings: [],
  body: texts(gsPosts.flatMap((p) => p.paras)),
  bylines: [...new Set(gsPosts.flatMap(poster))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gsNav, 'Register', 'Log In', ...gsCrumbs.filter((c) => c !== 'Forums'), '4 replies', '412 views', 'Subscribe', 'Thread Tools',
    ...gsPosts.map((p) => `#${p.n}`), ...new Set(gsPosts.flatMap((p) => [p.rank, `Joined ${p.joined}`, p.posts])), 'Reply With Quote', '3 thanks', '5 thanks',
    'Quote: Originally Posted by Harlan Voss', 'Post Reply', 'Similar Threads', ...gsSimilar, 'Join the Gearspace community and start posting today!',
    'Sign Up', 'This site uses cookies to help personalise content and to keep you logged in if you register.', 'Got it', ...gsFoot,
    '© 2025 Gearspace.com. All rights reserved.',
  ],
};
