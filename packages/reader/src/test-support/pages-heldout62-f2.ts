import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 62, file f2: a post with comments in a Circle.so community (a paid course community on its own domain),
 * saved by a visitor who is not a member (the Rails shell with the React root and its data-react-props, the left sidebar with
 * the community switcher, search, space groups and "Powered by Circle", the header with "Log in" and "Join", the guest
 * banner, the post header with avatar, name, tagline, relative time and space, the "Follow" and options buttons, the post
 * title and TipTap-rendered body with two headings and a list, likes and comment counts, the like/comment/share bar, the
 * comments with host badge, times, like counts, "Reply" buttons and nested replies, the guest comment prompt and the chat
 * widget launcher).
 */
const ciTitle = 'Crawling on my first batch of matte white: what went wrong and what I changed';
const ciP1 = [
  'I finally fired the matte white from week three of the glaze course, and six of the eight test tiles came out with bare ' +
    'patches where the glaze had pulled back into thick beads. Here is what I found after a lot of reading and two more ' +
    'firings, in case it helps anyone at the same stage.',
];
const ciH1 = 'What went wrong';
const ciP2 = [
  'The recipe has 20% kaolin and I had mixed it thick, at about 1.52 specific gravity, so the raw glaze shrank a lot as it ' +
    'dried. You could see fine cracks across the surface before it ever went in the kiln, and every crack became a crawl.',
  'I also glazed the tiles the day after the bisque firing and wiped them with a damp sponge first, which left a thin film of ' +
    'dust on the surface in places.',
];
const ciH2 = 'What I changed';
const ciList = [
  'Replaced half of the kaolin with calcined kaolin, which shrinks far less.',
  'Thinned the glaze to 1.45 and applied two thin dips instead of one thick one.',
  'Blew the dust off the bisque with an air line instead of sponging it.',
];
const ciP3 = ['The second firing had one small crawl, on the tile I dipped three times by mistake, and the third was clean on all eight tiles.'];
const ciC1 =
  'Great write-up, Ines. Calcined kaolin is the fix I would have suggested too. For anyone reading this later: if a raw glaze ' +
  'cracks as it dries, it will almost always crawl, so check your tiles before they go in.';
const ciC11 = 'Thank you! I wish I had known to look for the cracks before the first firing, it would have saved me a whole kiln load.';
const ciC2 =
  'Bookmarking this. I have the same problem with a satin glaze on porcelain. Did you change the bisque temperature at all, or ' +
  'only the glaze and how you applied it?';
const ciC21 = 'Only the glaze and the way I applied it. I still bisque to cone 06, the same as before, so that was not the cause for me.';
const ciC3 =
  'One more thing worth checking is whether your pots are dusty from trimming. I get crawling on pots I trimmed very dry unless ' +
  'I rinse them and let them dry fully before glazing.';
const ciSpaces: [string, string[]][] = [
  ['Start here', ['Welcome', 'Introductions', 'Course schedule']],
  ['Community', ['Kiln Talk', 'Glaze Lab', 'Show Your Work', 'Studio Setup']],
  ['Learn', ['Glaze Foundations', 'Live Sessions', 'Resources']],
];

type CiComment = { id: number; name: string; time: string; text: string; likes: number; badge?: string; kids?: string };
const avatar = (name: string): string =>
  `<div class="relative flex shrink-0 overflow-hidden rounded-full h-8 w-8" data-testid="user-avatar"><img alt="${name}" loading="lazy"
 src="https://app.circle.so/rails/active_storage/representations/redirect/${name.toLowerCase().replace(' ', '-')}.jpg" class="aspect-square h-full
 w-full"></div>`;
const comment = (c: CiComment): string => `<div class="comment flex gap-3" id="comment_container_${c.id}" data-testid="comment-container">${avatar(c.name)}
<div class="comment__main flex-1"><div class="comment__header flex flex-wrap items-center gap-x-2"><a class="author__name text-dark text-sm font-semibold
 hover:underline"
 href="/u/${c.id.toString(16)}" data-testid="comment-author-name">${c.name}</a>${
   c.badge === undefined
     ? ''
     : `<span class="author__badge inline-flex rounded-full bg-secondary px-2
 text-xs" data-testid="member-tag">${c.badge}</span>`
 }<span class="comment__time text-light text-xs"><a href="#comment_wrapper_${c.id}" title="March 20, 2025 at 6:12 PM">${c.time}</a>
</span></div><div class="comment__body" data-testid="comment-body"><div class="tiptap-rendered text-dark text-base"><p>${c.text}</p></div></div>
<div class="comment__actions flex items-center gap-4 text-xs text-light"><button type="button" class="action-link" aria-label="Like comment">Like</button>
${c.likes > 0 ? `<span class="comment__likes" data-testid="comment-likes-count">${c.likes} ${c.likes === 1 ? 'like' : 'likes'}</span>` : ''}<button
 type="button"
 class="action-link" aria-label="Reply to comment">Reply</button></div>${
   c.kids === undefined
     ? ''
     : `<div class="comment__replies mt-4 flex flex-col
 gap-4">${c.kids}</div>`
 }</div></div>`;
const ciComments = [
  comment({
    id: 9812233,
    name: 'Mark Ellison',
    badge: 'Host',
    time: '2d',
    likes: 6,
    text: ciC1,
    kids: comment({ id: 9812410, name: 'Ines Carvalho', badge: 'Author', time: '2d', likes: 2, text: ciC11 }),
  }),
  comment({
    id: 9813107,
    name: 'Priya Raman',
    time: '2d',
    likes: 1,
    text: ciC2,
    kids: comment({ id: 9813330, name: 'Ines Carvalho', badge: 'Author', time: '1d', likes: 1, text: ciC21 }),
  }),
  comment({ id: 9815021, name: 'Tom Wu', time: '1d', likes: 4, text: ciC3 }),
].join('\n');
const ciBody = `<p>${ciP1[0]}</p><h2>${ciH1}</h2>${ciP2.map((t) => `<p>${t}</p>`).join('')}
<h2>${ciH2}</h2><ul>${ciList.map((t) => `<li><p>${t}</p></li>`).join('')}</ul>
<p>${ciP3[0]}</p>`;
const props = '{&quot;communityId&quot;:48211,&quot;postSlug&quot;:&quot;crawling-on-my-first-batch-of-matte-white&quot;,&quot;isGuest&quot;:true}';

const ciHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${ciTitle} | The Glaze Lab</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="p3Qx9Lm2vT8kZ0aB1cD4eF7gH0iJ3kL6mN9oP2qR5sT8uV1wX4yZ7"><meta property="og:title" content="${ciTitle}">
<meta property="og:description" content="I finally fired the matte white from week three of the glaze course">
<link rel="stylesheet" href="https://assets-v2.circle.so/packs/css/application-7d3f2c1b.css" media="all">
<style>:root{--brand:#b4532a;--brand-button-text:#ffffff}</style></head>
<body class="react-body community-theme--light"><div id="react-root" data-react-class="CommunityApp" data-react-props="${props}">
<div class="flex h-screen"><aside class="standard-layout-v2__sidebar bg-c-sidebar flex w-72 flex-col border-r" data-testid="community-sidebar">
<div class="flex items-center gap-3 px-6 py-5"><img src="https://assets.circle.so/glaze-lab-logo.png" alt="The Glaze Lab" class="h-8"><span
 class="font-semibold">The
 Glaze Lab</span></div><button type="button" class="mx-4 flex items-center gap-2 rounded-lg border px-3 py-2 text-sm"
 data-testid="search-trigger">Search</button>
<nav class="flex-1 overflow-y-auto px-4" aria-label="Spaces"><a href="/home" class="sidebar__link flex items-center gap-2 px-2 py-1.5">Feed</a>
${ciSpaces
  .map(
    ([g, items]) => `<div class="sidebar__group"><button type="button" class="sidebar__group-title text-xs font-semibold
 uppercase">${g}</button><ul>${links(items, 'sidebar__space')}</ul></div>`,
  )
  .join('\n')}
</nav><a href="https://circle.so/?utm_source=community&amp;utm_medium=powered-by" class="mx-6 my-4 text-xs text-light" target="_blank"
 rel="noreferrer">Powered by Circle</a></aside>
<div class="flex flex-1 flex-col overflow-hidden"><header class="flex h-16 items-center justify-end gap-3 border-b px-6" data-testid="community-header">
<a href="/sign_in" class="btn btn-secondary">Log in</a><a href="/join" class="btn btn-primary">Join</a></header>
<div class="bg-secondary px-6 py-2 text-sm" role="status">You are viewing The Glaze Lab as a guest. Join the community to post, comment and like.</div>
<main class="flex-1 overflow-y-auto" id="main-content"><div class="mx-auto max-w-3xl px-6 py-8">
<a href="/c/kiln-talk" class="mb-4 inline-flex items-center gap-1 text-sm text-light">Back to Kiln Talk</a>
<div class="post post--parent rounded-2xl border bg-primary" data-testid="post-detail"><div class="post__header flex items-start justify-between px-6 pt-6">
<div class="post__user author flex gap-3">${avatar('Ines Carvalho')}<div class="author__content"><div class="author__name"><a href="/u/6c1f2e9a"
 class="text-dark font-semibold hover:underline" data-testid="post-author-name">Ines Carvalho</a></div><div class="author__credentials text-xs text-light">
<span class="author__tagline">Potter in Porto · stoneware and porcelain</span></div><div class="author__time text-xs text-light"><a
 href="/c/kiln-talk/crawling-on-my-first-batch-of-matte-white"
 title="March 19, 2025 at 9:40 AM"><span data-testid="post-date">3d</span></a> <span aria-hidden="true">·</span> <a class="space-name"
 href="/c/kiln-talk">Kiln Talk</a></div>
</div></div><div class="post__actions flex items-center gap-2"><button type="button" class="btn btn-secondary btn-small"
 data-testid="follow-post">Follow</button><button
 type="button" class="btn-icon" aria-label="Post actions" data-testid="post-actions-menu"></button></div></div>
<div class="post__content px-6 py-4"><h1 class="post__title text-2xl font-bold" data-testid="post-title">${ciTitle}</h1>
<div class="post__body mt-4" data-testid="post-body"><div class="post__inside tiptap-rendered text-dark">${ciBody}</div></div></div>
<div class="post__engagement flex items-center justify-between border-t px-6 py-3 text-sm text-light"><span data-testid="likes-count">24 likes</span><span
 data-testid="comments-count">5 comments</span></div>
<div class="post__actions-bar flex gap-2 border-t px-6 py-2"><button type="button" class="action-link" data-testid="like-button">Like</button><button
 type="button"
 class="action-link" data-testid="comment-button">Comment</button><button type="button" class="action-link" data-testid="share-button">Share</button></div>
<div class="post__comments flex flex-col gap-6 border-t px-6 py-6" data-testid="comments-list">
${ciComments}
</div><div class="post__guest-comment border-t px-6 py-4 text-sm" data-testid="guest-comment-prompt"><a href="/join" class="font-semibold">Join The Glaze
 Lab</a> to leave
 a comment.</div></div></div></main></div></div></div>
<div id="chat-launcher" class="fixed bottom-6 right-6"><button type="button" class="rounded-full shadow-lg" aria-label="Open messages">Messages</button></div>
<script src="https://assets-v2.circle.so/packs/js/runtime-3b9a1c7e.js" defer></script>
<script src="https://assets-v2.circle.so/packs/js/community-app-5e2d8f4a.js" defer></script>
</body></html>`;
export const circlePost: TestPage = {
  html: ciHtml,
  name: 'heldout62-circle-post',
  kind: 'forum',
  // the post (its two h2s are the headings, its fixes list items) and all five comments and replies are body; member names
  // and relative times are bylines; the author tagline, "Host" and "Author" badges, the space link and "Back to Kiln Talk", the
  // likes and comments counts, like/comment/share and "Reply" buttons, comment like counts, "Follow", the guest banner and
  // comment prompt, sidebar, header, "Powered by Circle" and the chat launcher are furniture; the tagline is a member's
  // profile line (like a forum's location): furniture
  title: ciTitle,
  headings: [ciH1, ciH2],
  body: [...texts(ciP1), ...texts(ciP2), ...ciList, ...texts(ciP3), ciC1, ciC11, ciC2, ciC21, ciC3],
  bylines: ['Ines Carvalho', 'Mark Ellison', 'Priya Raman', 'Tom Wu', '3d', '2d', '1d'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Glaze Lab', 'Search', 'Feed', ...ciSpaces.flatMap(([g, items]) => [g, ...items]), 'Powered by Circle', 'Log in', 'Join',
    'You are viewing The Glaze Lab as a guest. Join the community to post, comment and like.', 'Back to Kiln Talk', 'Potter in Porto · stoneware and porcelain',
    'Follow', '24 likes', '5 comments', 'Like', 'Comment', 'Share', 'Host', 'Author', '6 likes', '2 likes', '1 like', '4 likes', 'Reply', 'Join The Glaze Lab',
    'to leave a comment.', 'Messages',
  ],
};
