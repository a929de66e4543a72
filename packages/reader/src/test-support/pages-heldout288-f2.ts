import { links, type TestPage } from './page-kit.js';
import { j } from './pages-heldout288-kit.js';

/**
 * Held-out batch 288, file f2: a Nextdoor-style public post with replies, as the logged-out post page saves it (React markup
 * with data-testid attributes and hashed classes: the sign-up header, the post card with author, neighbourhood and age, the
 * subject h1 and the post text, reaction and comment counts, the replies with their authors, neighbourhoods, ages and
 * Like / Reply buttons, the "Join the conversation" prompt, "More posts near Fenwick Green", the footer links and the
 * consent banner). The post and its replies are the body, as on a forum.
 */
const xTitle = 'Recommendations for someone to fix a leaning fence panel?';
const xPost = j(
  'Hi all, the storm on Sunday night has left two of our fence panels on Hazel Drive leaning at an alarming angle, and one of the',
  'concrete posts has cracked at the base. Can anyone recommend a local fencer who is reliable and will actually turn up? We are',
  'happy to pay a fair price but would like it done before the next lot of wind. Thanks in advance!',
);
const xReplies = [
  [
    'Colin Ashdown',
    'Fenwick Green',
    '2 days ago',
    j(
      'We used Kerridge Fencing last spring after the same thing happened. They replaced three posts and two panels in a morning and',
      'cleared everything away. Not the cheapest quote we had but very good work.',
    ),
  ],
  ['Fiona M.', 'Old Fenwick', '2 days ago', 'Second Kerridge. Ask for Lewis, he is very honest about whether you need new posts or just a repair.'],
  [
    'Sunil Varma',
    'Fenwick Green',
    '1 day ago',
    j(
      'Worth checking whether the fence is yours or your neighbour’s before you book anyone. Our deeds showed the fence on the left',
      'was actually the responsibility of next door, which saved us an argument and a bill.',
    ),
  ],
  [
    'Rachel Toomey',
    'Hazel Drive',
    '1 day ago',
    j(
      'If it is the concrete posts that have cracked, a repair spur can sometimes be bolted on rather than digging the whole post out.',
      'Much cheaper if the panels themselves are fine.',
    ),
  ],
  [
    'Dave Lockyer',
    'Netherby Road',
    '1 day ago',
    j(
      'Whoever you use, ask them to set the new posts in postcrete rather than just ramming the soil back in. Ours were done on the',
      'cheap ten years ago and two of them rotted through at ground level. Also make sure they take the old panels away; some charge',
      'extra for it and do not mention it until the invoice arrives.',
    ),
  ],
  ['Jo Penberthy', 'Fenwick Green', '20 hr ago', 'Thank you all! Kerridge are coming on Thursday morning to have a look. Will report back.'],
];
const xMore = ['Free to a good home: child’s bike, age 6 to 8', 'Has anyone else lost power on Mill Lane?', 'Pub quiz team looking for members'];
const xFoot = ['About', 'Careers', 'Press', 'Blog', 'Help', 'Guidelines', 'Privacy', 'Terms', 'Cookies'];
const xHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Recommendations for someone to fix a leaning fence panel? — Nextdoor</title>
<meta name="description" content="Hi all, the storm on Sunday night has left two of our fence panels on Hazel Drive leaning at an alarming angle.">
<meta property="og:title" content="${xTitle}"><meta property="og:site_name" content="Nextdoor"><meta property="og:type" content="article">
<link rel="canonical" href="https://nextdoor.example/p/Xq7LmT3kPz8w">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${xTitle}","author":{"@type":"Person",
"name":"Jo Penberthy"},"datePublished":"2026-03-03T08:41:00Z","commentCount":6}</script>
<script>window.__APOLLO_STATE__ = {"Post:Xq7LmT3kPz8w":{"id":"Xq7LmT3kPz8w","subject":"${xTitle}","commentCount":6,"reactionCount":9}};</script>
<link rel="stylesheet" href="https://nextdoor.example/_next/static/css/b1e2.css"></head>
<body><div id="__next"><div class="_3VqlV blocks-1vf5a1c" data-testid="page-container">
<header class="_1ueXa blocks-zq1gkw" data-testid="logged-out-header"><a href="/" aria-label="Nextdoor" class="_2x8nP">Nextdoor</a>
<div class="_1C1ma"><a href="/login/" data-testid="header-login-button" class="blocks-17bqvb5">Log in</a>
<a href="/join/" data-testid="header-signup-button" class="blocks-1h9xd4p">Sign up</a></div></header>
<main class="_1Mt7K" role="main"><div class="_22iVS" data-testid="post-detail"><div class="_2pW2Q" data-testid="feed-author">
<img class="_1rW8g" alt="" src="https://us1-photo.nextdoor.example/profile/jp.jpg"><div class="_3Fo2x"><a href="/profile/01jp" class="_1Kq8b"
data-testid="author-name">Jo Penberthy</a><div class="_1Hb1c" data-testid="author-children"><a href="/neighborhood/fenwickgreen/"
class="_2mOU-">Fenwick Green</a>
<span class="_3ocGV"> · </span><span data-testid="post-timestamp">3 days ago</span></div></div></div>
<h1 class="_2KaD5 blocks-1f4pq8l" data-testid="post-subject">${xTitle}</h1>
<div class="_1vc0B" data-testid="post-body"><span class="Linkify"><span class="_3I7vN" data-testid="styled-text">${xPost}</span></span></div>
<div class="_2nNH6" data-testid="post-reactions"><span data-testid="reaction-summary-count">9 reactions</span><span
data-testid="comment-count">6 comments</span></div>
<div class="_3ZyuQ" data-testid="post-actions"><button data-testid="reaction-button">Like</button><button data-testid="comment-button">Comment</button>
<button data-testid="share-button">Share</button></div>
<div class="_2bWa8" data-testid="comments-container">
${xReplies
  .map(
    (
      [n, hood, age, t],
      i,
    ) => `<div class="_1Fgfe" data-testid="comment" id="comment-${9000 + i}"><img class="_1rW8g" alt="" src="https://us1-photo.nextdoor.example/c${i}.jpg">
<div class="_2ZJ9v"><div class="_1Kq8b"><a href="/profile/${i}" data-testid="comment-author-name">${n}</a><span class="_2mOU-"
data-testid="comment-detail-neighborhood">${hood}</span>
<span class="_3ocGV"> · </span><span data-testid="comment-detail-timestamp">${age}</span></div>
<div class="_3JzIh" data-testid="comment-body"><span data-testid="styled-text">${t}</span></div>
<div class="_2Gw1b"><button data-testid="comment-reaction-button">Like</button><button data-testid="comment-reply-button">Reply</button></div></div></div>`,
  )
  .join('\n')}
</div>
<div class="_1cSG0" data-testid="logged-out-cta"><h2>Join the conversation</h2><p>Sign up to see more from your neighbours and reply to this post.</p>
<a href="/join/" class="blocks-1h9xd4p">Join Nextdoor</a></div></div>
<aside class="_3Qzcs" data-testid="more-posts"><h2>More posts near Fenwick Green</h2><ul>${links(xMore)}</ul></aside></main>
<footer class="_3ZzmR" data-testid="footer"><ul>${links(xFoot)}</ul><p>© 2026 Nextdoor</p></footer>
<div class="_2Ykq1" role="dialog" data-testid="cookie-banner">
<p>We use cookies to make Nextdoor work and to improve it. You can manage your choices at any time.</p>
<button>Accept all</button><button>Reject non-essential</button></div></div></div>
<script src="https://nextdoor.example/_next/static/chunks/pages/p/[slug]-4c1d.js" async></script></body></html>`;
export const nextdoor: TestPage = {
  name: 'heldout288-nextdoor-public-post',
  kind: 'forum',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: [xPost, ...xReplies.map((r) => r[3] ?? '')],
  bylines: ['Jo Penberthy', '3 days ago', ...xReplies.flatMap(([n, hood, age]) => [n ?? '', hood ?? '', age ?? ''])].filter(
    (t, i, a) => a.indexOf(t) === i && t !== 'Hazel Drive',
  ),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Nextdoor', 'Log in', 'Sign up', '9 reactions', '6 comments', 'Like', 'Comment', 'Share', 'Reply', 'Join the conversation',
    'Sign up to see more from your neighbours and reply to this post.', 'Join Nextdoor', 'More posts near Fenwick Green', ...xMore, ...xFoot,
    '© 2026 Nextdoor', 'We use cookies to make Nextdoor work and to improve it. You can manage your choices at any time.', 'Accept all',
    'Reject non-essential',
  ],
};
