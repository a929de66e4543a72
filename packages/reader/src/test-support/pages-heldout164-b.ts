import { links, type TestPage, texts } from './page-kit.js';
import { avsForumThread } from './pages-heldout164-b2.js';

/**
 * Held-out batch 164, file b: a DPReview forum thread in flat view as a guest saves it (the site header and main menu,
 * sign-in link, the leaderboard ad slot, the forum breadcrumb and thread navigation, posts with author name, member rank and
 * post count, "In reply to" lines, "Re:" subjects, a quoted post, gear-list signatures, the Reply / Like / Complain bar,
 * the "Keyboard shortcuts" box, the right-rail ads and forum list, and the footer) and, from file b2, an AVS Forum thread.
 */
const dpTitle = 'Is the 18mm pancake still worth it for street after the new 23mm arrived?';
const dpForum = 'Kestrel X Mount Talk';
type DpPost = { id: number; user: string; rank: string; count: string; when: string; reply?: string; quote?: string; paras: string[]; gear?: string };
const dpPosts: DpPost[] = [
  {
    id: 68021144,
    user: 'Ansel Varga',
    rank: 'Contributing Member',
    count: 'Posts: 611',
    when: 'Oct 12, 2025',
    paras: [
      'I have shot street with the little 18mm f/2.8 pancake on my X-40 for about four years. It is light, quiet and makes the camera ' +
        'pocketable in a jacket. Kestrel has now released the 23mm f/2.4 WR, which is only slightly bigger and apparently much ' +
        'sharper in the corners.',
      'For those of you who have tried both: is the pancake still worth keeping for street, or is the 23mm simply better in every ' +
        'way that matters? I mostly shoot at f/5.6 in daylight and zone focus at about three metres.',
    ],
    gear: 'Kestrel X-40 Kestrel XF 18mm F2.8 Kestrel XF 56mm F1.4',
  },
  {
    id: 68021190,
    user: 'noriko_shoots',
    rank: 'Senior Member',
    count: 'Posts: 3,412',
    when: 'Oct 12, 2025',
    reply: 'Ansel Varga',
    paras: [
      'I own both and I keep reaching for the pancake. At f/5.6 the corner difference is something you only see at 100% on a ' +
        'monitor. What you notice on the street is the size. With the 23mm people look at the camera; with the pancake they mostly ' +
        'ignore it.',
      'The 23mm has a proper focus scale and weather sealing, which matter if you zone focus in the rain. If that is not you, I ' +
        'would keep the pancake and spend the money on a trip instead.',
    ],
  },
  {
    id: 68021357,
    user: 'Brendan Achterberg',
    rank: 'Veteran Member',
    count: 'Posts: 9,870',
    when: 'Oct 13, 2025',
    reply: 'noriko_shoots',
    quote: 'With the 23mm people look at the camera; with the pancake they mostly ignore it.',
    paras: [
      'This matches my experience exactly. I tested them side by side at a market last weekend and the difference in how people ' +
        'reacted was obvious, more than I expected.',
      'One thing in favour of the new lens: its focus motor is nearly silent and much faster at close distance. The pancake hunts ' +
        'indoors, which can cost you the moment if you use autofocus rather than zone focusing.',
    ],
    gear: 'Kestrel X-H3 Kestrel X-40 Kestrel XF 23mm F2.4 WR',
  },
  {
    id: 68021402,
    user: 'Ansel Varga',
    rank: 'Contributing Member',
    count: 'Posts: 611',
    when: 'Oct 13, 2025',
    reply: 'Brendan Achterberg',
    paras: [
      'Thanks, both. I rented the 23mm for a weekend and came to the same conclusion. It is a lovely lens, but the field of view ' +
        'felt slightly too tight for the way I work in narrow streets, and the pancake makes the whole kit disappear.',
      'I am keeping the 18mm. If I start doing more night work I may revisit this next year.',
    ],
    gear: 'Kestrel X-40 Kestrel XF 18mm F2.8 Kestrel XF 56mm F1.4',
  },
];
const dpMenu = ['News', 'Reviews', 'Buying Guides', 'Sample Images', 'Videos', 'Forums', 'Galleries', 'Challenges', 'Products'];
const dpRail = ['Kestrel X Mount Talk', 'Kestrel Medium Format Talk', 'Street and Documentary', 'Beginners Questions', 'Open Talk'];
const dpFoot = ['About us', 'Advertise', 'Contact us', 'Jobs', 'Conditions of use', 'Privacy notice', 'Cookie preferences'];
const dpPost = (p: DpPost, i: number): string => `<div class="forumPost" id="post-${p.id}" data-post-id="${p.id}">
<div class="postHeader"><div class="subject"><a href="/forums/post/${p.id}">${i === 0 ? dpTitle : `Re: ${dpTitle.slice(0, 40)}`}</a></div>
<div class="authorInfo"><a class="authorName" href="/members/${p.id % 7919}">${p.user}</a><span class="memberLevel">${p.rank}</span>
<span class="separator">•</span><span class="postCount">${p.count}</span></div>
<div class="postDetails">${p.reply ? `<span class="inReplyTo">In reply to <a href="#">${p.reply}</a></span> <span class="separator">•</span> ` : ''}<span
class="postTime" data-time="2025-10-12T18:4${i}:00Z">${p.when}</span></div></div>
<div class="postBody"><div class="message">${
  p.quote
    ? `<blockquote class="quote"><span class="quoteAuthor">${p.reply} wrote:</span>
<br>${p.quote}</blockquote>`
    : ''
}
${p.paras.map((t) => `<p>${t}</p>`).join('\n')}</div>${
  p.gear
    ? `<div class="signature"><div class="gearList"><span class="gearListLabel">Gear list:</span>
<span class="gearListItems">${p.gear}</span></div></div>`
    : ''
}</div>
<div class="postFooter"><a class="replyLink" href="/forums/post/${p.id}/reply">Reply</a>
<a class="replyWithQuote" href="/forums/post/${p.id}/reply?quote=1">Reply with quote</a>
<a class="likeButton" href="#"><span class="likeLabel">Like</span></a><a class="complainLink" href="/forums/post/${p.id}/complain">Complain</a></div></div>`;
const dpHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dpTitle}: ${dpForum} Forum: Digital Photography Review</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Ansel Varga wrote: I have shot street with the little 18mm">
<meta property="og:site_name" content="DPReview"><meta property="og:title" content="${dpTitle}">
<link rel="canonical" href="https://www.dpreview.com/forums/thread/4791022">
<link rel="stylesheet" href="https://2.img-dpreview.example/resources/styles/dpr-main.css?v=9a12">
<script>var dpr = dpr || {}; dpr.pageType = 'forumThread';</script>
<script async src="https://c.amazon-adsystem.example/aax2/apstag.js"></script></head>
<body class="forums threadView"><div id="mainContent">
<header class="siteHeader"><div class="headerTop"><a class="logo" href="/">
<img src="https://2.img-dpreview.example/resources/images/dpr-logo.svg" alt="DPReview"></a>
<div class="userTools"><a class="signIn" href="/login">Sign in</a><a class="search" href="/search">Search</a></div></div>
<nav class="mainMenu" aria-label="Main menu"><ul>${links(dpMenu, 'mainMenuItem')}</ul></nav></header>
<div class="adContainer leaderboard"><div class="adLabel">Advertisement</div><div id="div-gpt-ad-top" data-slot="dpr_forum_top"></div></div>
<div class="forumsHeader"><div class="breadcrumbs"><a href="/forums">Forums</a> <span>›</span> <a href="/forums/1060">${dpForum}</a></div>
<h1 class="threadTitle">${dpTitle}</h1><div class="threadNav"><a class="forumLink" href="/forums/1060">Forum</a><a class="parentLink" href="#">Parent</a>
<a class="firstLink" href="#">First</a><a class="prevLink" href="#">Previous</a><a class="nextLink" href="#">Next</a>
<a class="flatLink selected" href="/forums/thread/4791022?page=1">Flat view</a><a class="treeLink" href="/forums/thread/4791022?view=tree">Tree view</a></div>
</div>
<div class="forumThreadContent"><div class="leftColumn"><div class="forumPosts">
${dpPosts.map(dpPost).join('\n')}
</div><div class="keyboardShortcuts"><h3>Keyboard shortcuts:</h3><ul><li><span class="key">FF</span>orum</li><li><span class="key">MM</span>y threads</li>
</ul></div>
</div><aside class="rightColumn"><div class="adContainer mpu"><div class="adLabel">Advertisement</div><div id="div-gpt-ad-mpu" data-slot="dpr_forum_mpu">
</div></div>
<div class="forumList"><h3>Popular forums</h3><ul>${links(dpRail.slice(1))}</ul></div>
<div class="latestNews"><h3>Latest sample galleries</h3><ul>${links(['Kestrel XF 23mm F2.4 WR sample gallery', 'Harlow 50mm F1.2 field test'])}</ul></div>
</aside></div>
<footer class="siteFooter"><ul class="footerLinks">${links(dpFoot)}</ul>
<p class="copyright">Copyright © 1998–2025 Digital Photography Review</p></footer></div>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies and
similar tools to enhance your shopping experience, to provide our services and to understand how customers use them.</p></div>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept</button><button id="onetrust-reject-all-handler">Decline</button>
<button id="onetrust-pc-btn-handler">Customise cookies</button></div></div>
<script src="https://2.img-dpreview.example/resources/scripts/dpr-forums.js?v=9a12"></script></body></html>`;
const dpreview: TestPage = {
  html: dpHtml,
  name: 'heldout164-dpreview-forum-thread',
  kind: 'forum',
  // every post is body; the quote is in neither list; names, dates and "In reply to" lines are bylines; the post subjects,
  // ranks, post counts, gear lists, post buttons, thread navigation, ads, rails, shortcuts box, footer and cookie banner are furniture
  title: dpTitle,
  headings: [],
  body: dpPosts.flatMap((p) => texts(p.paras)),
  bylines: [...new Set(dpPosts.map((p) => p.user)), 'Oct 12, 2025', 'Oct 13, 2025', ...dpPosts.flatMap((p) => (p.reply ? [`In reply to ${p.reply}`] : []))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign in', 'Search', ...dpMenu, 'Advertisement', dpForum, 'Forum', `Re: ${dpTitle.slice(0, 40)}`, 'Parent', 'First', 'Previous', 'Next', 'Flat view',
    'Tree view', ...new Set(dpPosts.map((p) => p.rank)),
    ...new Set(dpPosts.map((p) => p.count)), 'Gear list:', ...new Set(dpPosts.flatMap((p) => (p.gear ? [p.gear] : []))),
    'Reply', 'Reply with quote', 'Like', 'Complain', 'Keyboard shortcuts:', 'Popular forums', ...dpRail.slice(1), 'Latest sample galleries',
    'Kestrel XF 23mm F2.4 WR sample gallery', 'Harlow 50mm F1.2 field test', ...dpFoot, 'Copyright © 1998–2025 Digital Photography Review',
    'We use cookies and similar tools to enhance your shopping experience, to provide our services and to understand how customers use them.',
    'Accept', 'Decline', 'Customise cookies',
  ],
};

export const HELDOUT164_B: readonly TestPage[] = [dpreview, avsForumThread];
