import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 69, file d2: a Reddit comments page on the shreddit front end, saved logged out (shadow roots not saved:
 * vote counts live there), with the top bar ("Get App", "Log In"), the left nav with its resources list, the post's credit
 * bar (subreddit, time, author, "Edited"), flair, the text body with its "EDIT:" paragraph, the "Join the conversation"
 * composer, sort and comment search, a stickied AutoModerator comment with "MOD" and "Stickied comment", nested comments with
 * "OP" labels, a deleted comment, "more replies", the community rail (about, stats, rules, moderators), "More posts you may
 * like" and the cookie banner.
 */
interface RdComment {
  id: string;
  author: string;
  depth: number;
  ago: string;
  op?: boolean;
  mod?: boolean;
  sticky?: boolean;
  deleted?: boolean;
  flair?: string;
  paras: string[];
  more?: string;
}
const rdTitle = 'Glaze crawling only on the inside of my mugs – what am I doing wrong?';
const rdPost = [
  'I’ve been throwing for about a year and glazing at my community studio. For the last two firings, the glaze on the inside of my ' +
    'mugs has pulled back into thick beads with bare clay showing between them. The outsides, dipped in the same bucket at the same ' +
    'time, came out perfectly smooth.',
  'I pour the liner glaze in, swirl it round and pour it out, then dip the outside a few minutes later. Bisque is cone 04, glaze ' +
    'fires to cone 6. Photos of the worst one are in the comments. Is it the glaze, the bisque, or something I’m doing?',
  '<strong>EDIT:</strong> Solved, I think! Several of you were right that it was dust. I’d been storing my bisqueware uncovered on ' +
    'the shelf under the sanding station for weeks. Wiped the next batch with a damp sponge, let them dry overnight and glazed them: ' +
    'no crawling at all. Thank you all!',
];
const rdAuto = [
  'Thanks for posting to r/Pottery! If you’re asking about a glaze or firing problem, please reply to this comment with your clay ' +
    'body, cone and kiln type so people can help you faster.',
  '<em>This is an automated message. Contact the moderators of this subreddit if you have questions.</em>',
];
const rdC1 = [
  'Crawling on the insides only, with the outsides fine, nearly always means something on the surface of the bisque stopped the ' +
    'glaze from sticking: dust, oil from your hands, or a glaze layer that went on too thick and cracked as it dried.',
  'With a pour-in liner the glaze pools at the bottom and goes on much thicker than a dip, so check that first.',
];
const rdC11 = ['They were on a shelf right under the sanding station for about three weeks. That would explain a lot.'];
const rdC111 = [
  'That’ll be it. Sanding dust is fine and it settles everywhere. A quick wipe with a damp sponge before glazing fixes it, just let ' +
    'the piece dry out again first.',
];
const rdC2 = [
  'Also check how thick your liner glaze is. If it looks like heavy cream it’s too thick for pouring; aim for whole milk, and don’t ' +
    'leave it in the mug longer than it takes to count to three.',
];
const rdC22 = ['Good tip, I definitely left it in longer than that. Will time it next firing.'];
const rdComments: RdComment[] = [
  { id: 't1_n8k0aa1', author: 'AutoModerator', depth: 0, ago: '3mo ago', mod: true, sticky: true, paras: rdAuto },
  { id: 't1_n8k2x1c', author: 'glaze_and_glory', depth: 0, ago: '3mo ago', flair: 'Top 1% Commenter', paras: rdC1 },
  { id: 't1_n8k3b7q', author: 'kiln_and_kettle', depth: 1, ago: '3mo ago', op: true, paras: rdC11 },
  { id: 't1_n8k4f0z', author: 'glaze_and_glory', depth: 2, ago: '3mo ago', flair: 'Top 1% Commenter', paras: rdC111, more: '2 more replies' },
  { id: 't1_n8k5m2w', author: 'wheelthrown_wendy', depth: 0, ago: '3mo ago', paras: rdC2 },
  { id: 't1_n8k6d9r', author: '[deleted]', depth: 1, ago: '3mo ago', deleted: true, paras: [] },
  { id: 't1_n8k7h4e', author: 'kiln_and_kettle', depth: 1, ago: '3mo ago', op: true, paras: rdC22 },
];
const rdPs = (a: readonly string[]): string => a.map((p) => `<p class="">${p}</p>`).join('\n');
const rdSticky = `<span class="text-12 text-neutral-content-weak flex items-center ml-2xs"><span class="sr-only">Stickied comment</span>
<svg class="text-global-moderator" fill="currentColor" height="12" width="12" viewBox="0 0 20 20">
<path d="M10 0l2 7h8l-6 4 2 9-6-5-6 5 2-9-6-4h8z"></path></svg></span>`;
const rdComment = (
  c: RdComment,
): string => `<shreddit-comment author="${c.author}" thingid="${c.id}" depth="${c.depth}" permalink="/r/Pottery/comments/1mq4x2z/comment/${c.id.slice(3)}/"
postid="t3_1mq4x2z"${c.sticky ? ' stickied=""' : ''}${c.deleted ? ' is-comment-deleted=""' : ''} arialabel="Comment by ${c.author}" role="comment"
collapsed="${c.deleted ? 'true' : 'false'}">
<div slot="commentAvatar" class="flex items-center justify-center"><faceplate-tracker source="post_detail" action="click" noun="comment_author_avatar">
<div class="h-[32px] w-[32px]"><img src="https://styles.redditmedia.example/avatar_default_3.png" alt="${c.author} avatar"></div></faceplate-tracker></div>
<div slot="commentMeta" class="flex flex-row items-center overflow-hidden
h-xl">${
  c.deleted
    ? '<span class="text-neutral-content-weak">[deleted]</span>'
    : `<faceplate-hovercard data-id="user-hover-card" position="bottom-start">
<a href="/user/${c.author}/" class="truncate font-bold text-neutral-content-strong text-12 hover:underline">${c.author}</a></faceplate-hovercard>`
}
${
  c.op
    ? `<span id="comment-meta-op-${c.id}" class="text-12 font-bold
text-secondary-weak">OP</span>`
    : ''
}${c.mod ? '<span class="text-12 font-bold text-global-moderator">MOD</span>' : ''}
${
  c.flair
    ? `<span class="ml-2xs"><span class="flair-content text-12 bg-tone-5 rounded-[4px] px-2xs">${c.flair}</span>
</span>`
    : ''
}<span class="inline-block my-0 text-neutral-content-weak text-12"> • </span>
<a href="/r/Pottery/comments/1mq4x2z/comment/${c.id.slice(3)}/" rel="nofollow noopener noreferrer" class="text-neutral-content-weak">
<faceplate-timeago ts="2025-08-14T23:12:05.000Z" format="short">
<time datetime="2025-08-14T23:12:05.000Z" title="Thursday, August 14, 2025 at 11:12:05 PM GMT">${c.ago}</time></faceplate-timeago></a>
${c.sticky ? rdSticky : ''}</div>
<div slot="comment" id="${c.id}-comment-rtjson-content" class="md text-14-scalable py-0 xs:mx-0 mx-2xs inline-block max-w-full" style="--emote-size:
20px">${c.deleted ? '<p>Comment deleted by user</p>' : rdPs(c.paras)}</div>
<shreddit-comment-action-row slot="actionRow" comment-id="${c.id}" permalink="/r/Pottery/comments/1mq4x2z/comment/${c.id.slice(3)}/" post-id="t3_1mq4x2z"
score="0">
<faceplate-tracker slot="comment-award" noun="award"><button class="button border-md button-plain-weak inline-flex" type="button" aria-label="Give award">
<span class="flex items-center">Award</span></button></faceplate-tracker>
<faceplate-tracker slot="comment-share" noun="share"><button class="button border-md button-plain-weak inline-flex" type="button">
<span class="flex items-center">Share</span></button></faceplate-tracker></shreddit-comment-action-row>
${
  c.more
    ? `<faceplate-partial slot="more-comments-permalink" loading="action" src="/svc/shreddit/more-comments/Pottery/t3_1mq4x2z?top-level=0">
<button class="text-secondary-weak font-normal button-plain" type="button">${c.more}</button></faceplate-partial>`
    : ''
}
</shreddit-comment>`;
const rdNav = ['Home', 'Popular', 'Answers', 'Explore', 'All'];
const rdRes = ['About Reddit', 'Advertise', 'Reddit Pro', 'Help', 'Blog', 'Careers', 'Press', 'Communities', 'Best of Reddit', 'Topics'];
const rdLegal = ['Reddit Rules', 'Privacy Policy', 'User Agreement', 'Accessibility', 'Reddit, Inc. © 2025. All rights reserved.'];
const rdAbout = 'Throwing, hand-building, glazing and firing: a community for potters of every level, from first lump of clay to full-time studio.';
const rdRules = ['Be kind and constructive', 'No selling or self-promotion', 'Show your own work', 'Use a descriptive title', 'Credit the artist when sharing'];
const rdMore = [
  'First time trimming on a chuck and my foot rings are all off-centre',
  'How long do you let mugs dry before attaching handles?',
  'My cone 6 clear glaze keeps crazing on this one clay body',
];
const rdCookie =
  'Reddit and its partners use cookies and similar technologies to run the site, improve it and show you relevant content and ads. ' +
  'Accept all cookies, or reject the optional ones.';
const rdHtml = `<!DOCTYPE html>
<html lang="en-US" class="theme-beta"><head><meta charset="UTF-8"><title>${rdTitle} : r/Pottery</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.reddit.com/r/Pottery/comments/1mq4x2z/glaze_crawling_only_on_the_inside_of_my_mugs/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${rdTitle}","author":{"@type":"Person",
"name":"kiln_and_kettle"},
"datePublished":"2025-08-14T22:01:33.512000+0000","commentCount":23}</script>
<style>:root{--shreddit-content-background:#fff}.sidebar-grid{display:grid}</style></head>
<body class="v2 m-0 theme-light"><shreddit-app app-name="shreddit" pagetype="post_detail" routename="post_page" user-logged-in="false">
<reddit-header-large class="block bg-neutral-background w-100"><header class="v2 flex items-center nd:visible">
<nav class="flex items-center justify-between h-header-large">
<faceplate-tracker noun="reddit_logo"><a aria-label="Home" href="/"><span class="sr-only">Reddit Logo</span></a></faceplate-tracker>
<reddit-search-large><faceplate-search-input name="q" placeholder="Search in r/Pottery" label="Search Reddit"></faceplate-search-input></reddit-search-large>
<span class="flex items-center"><faceplate-tracker noun="get_app"><a class="button-secondary button-medium button" href="https://reddit.app.link/">Get App</a>
</faceplate-tracker>
<faceplate-tracker noun="login"><a class="button-brand button-medium button" href="https://www.reddit.com/login/">Log In</a></faceplate-tracker>
<button class="button-plain button-medium button" aria-label="Expand user menu"></button></span></nav></header></reddit-header-large>
<div class="grid-container grid"><flex-left-nav-container id="left-sidebar-container"><nav id="left-sidebar" aria-label="Primary">
<faceplate-tracker noun="home_menu">${rdNav
  .map(
    (t) => `<left-nav-top-section><a class="flex" href="/${t.toLowerCase()}/">
<span class="text-14">${t}</span>${t === 'Answers' ? '<span class="text-10 font-semibold">BETA</span>' : ''}</a>
</left-nav-top-section>`,
  )
  .join('')}</faceplate-tracker>
<faceplate-expandable-section-helper><details open=""><summary><h2 class="text-12 uppercase text-secondary-weak">Resources</h2></summary>
<ul>${rdRes.map((t) => `<li><a href="/${t.length}/" class="flex"><span class="text-14">${t}</span></a></li>`).join('')}</ul></details>
</faceplate-expandable-section-helper>
<ul class="legal-links">${rdLegal.map((t) => `<li><a href="/policies/${t.length}" class="text-12">${t}</a></li>`).join('')}</ul></nav></flex-left-nav-container>
<div class="subgrid-container"><div class="main-container"><main class="main w-full flex-grow-1" id="main-content">
<shreddit-post author="kiln_and_kettle" comment-count="23" content-href="https://www.reddit.com/r/Pottery/comments/1mq4x2z/"
created-timestamp="2025-08-14T22:01:33.512000+0000"
 id="t3_1mq4x2z" permalink="/r/Pottery/comments/1mq4x2z/glaze_crawling_only_on_the_inside_of_my_mugs/" post-title="${rdTitle}" post-type="text" score="412"
 subreddit-prefixed-name="r/Pottery" view-context="CommentsPage" class="block xs:mt-xs xs:-mx-xs xs:px-xs xs:rounded-[16px] pt-xs nd:pt-xs
bg-[color:var(--shreddit-content-background)]">
<div slot="credit-bar" class="flex justify-between text-12 font-normal"><span class="flex items-center">
<a href="/r/Pottery/" class="font-bold text-neutral-content-strong">r/Pottery</a>
<span class="inline-block my-0 created-separator text-neutral-content-weak"> • </span><faceplate-timeago ts="2025-08-14T22:01:33.512Z" format="short">
<time datetime="2025-08-14T22:01:33.512Z" title="Thursday, August 14, 2025 at 10:01:33 PM GMT">3mo ago</time></faceplate-timeago></span>
<span slot="authorName" class="flex items-center"><faceplate-hovercard>
<a href="/user/kiln_and_kettle/" class="author-name whitespace-nowrap text-neutral-content visited:text-neutral-content-weak">kiln_and_kettle</a>
</faceplate-hovercard></span>
<span class="text-neutral-content-weak"><span class="inline-block my-0"> • </span>Edited <faceplate-timeago ts="2025-08-15T18:20:00.000Z">
<time datetime="2025-08-15T18:20:00.000Z">3mo ago</time></faceplate-timeago></span></div>
<h1 slot="title" id="post-title-t3_1mq4x2z" class="font-semibold text-neutral-content-strong m-0 text-18 xs:text-24 mb-xs px-md xs:px-0
xs:mb-md">${rdTitle}</h1>
<shreddit-post-flair slot="post-flair"><a href="/r/Pottery/?f=flair_name%3A%22Question%22" class="no-underline">
<span class="bg-tone-4 inline-block truncate max-w-full text-12 font-normal rounded-[20px] px-[6px]"><div class="flair-content">Question</div></span></a>
</shreddit-post-flair>
<div class="text-neutral-content" slot="text-body">
<div class="mb-sm mb-xs px-md xs:px-0 overflow-hidden" id="t3_1mq4x2z-post-rtjson-content" property="schema:articleBody" style="--emote-size: 20px">
${rdPs(rdPost)}</div></div>
<faceplate-tracker slot="share-button" noun="share_menu"><button class="button border-md button-secondary" type="button">
<span class="flex items-center">Share</span></button></faceplate-tracker>
</shreddit-post>
<div class="flex flex-row justify-between items-center gap-md mt-xs mb-sm"><faceplate-tracker noun="comment_composer"><comment-composer-host>
<faceplate-textarea-input placeholder="Join the conversation" name="comment"></faceplate-textarea-input>
<span class="text-14">Join the conversation</span></comment-composer-host></faceplate-tracker></div>
<div class="flex items-center gap-xs"><shreddit-sort-dropdown header-text="Sort by:" selected-sort="confidence"><span slot="selected-item">Best</span>
</shreddit-sort-dropdown>
<span class="text-12">Sort by:</span> <span class="text-12">Best</span><faceplate-search-input placeholder="Search Comments" label="Search Comments">
</faceplate-search-input>
<span class="text-12">Search Comments</span></div>
<shreddit-comment-tree id="comment-tree" post-id="t3_1mq4x2z" totalcomments="23" sort="confidence">
${rdComments.map(rdComment).join('\n')}
</shreddit-comment-tree></main>
<aside id="right-sidebar-container" aria-label="Community information"><shreddit-subreddit-header prefixed-name="r/Pottery" subscribers="1204117">
<div class="flex flex-col">
<h2 class="text-16 font-bold">r/Pottery</h2><p class="text-14" id="description">${rdAbout}</p><span class="text-12">Created Jul 14, 2009</span>
<span class="text-12">Public</span>
<div class="flex gap-md"><div><faceplate-number number="84210" pretty="">84K</faceplate-number><p class="text-12">Weekly visitors</p></div>
<div><faceplate-number number="5120" pretty="">5.1K</faceplate-number><p class="text-12">Weekly contributions</p></div></div>
<shreddit-join-button name="Pottery" subscribed="false"><span>Join</span></shreddit-join-button></div></shreddit-subreddit-header>
<div class="rules"><h2 class="text-12 uppercase">r/Pottery Rules</h2><ol>${rdRules
  .map(
    (r, i) => `<li><faceplate-expandable-section-helper><details><summary>
<span class="text-14">${i + 1}</span><span class="text-14">${r}</span></summary></details></faceplate-expandable-section-helper></li>`,
  )
  .join('')}</ol></div>
<div class="moderators"><h2 class="text-12 uppercase">Moderators</h2><a class="button button-secondary" href="/message/compose?to=r/Pottery">Message Mods</a>
<ul><li><a href="/user/clayborne/">u/clayborne</a></li><li><a href="/user/slipcast_sam/">u/slipcast_sam</a></li></ul>
<a href="/r/Pottery/about/moderators/">View all moderators</a></div>
<div class="more-posts"><h2 class="text-12 uppercase">More posts you may like</h2><ul>${rdMore
  .map(
    (t) => `<li>
<a href="/r/Pottery/comments/${t.length}/">${t}</a></li>`,
  )
  .join('')}</ul></div></aside></div></div></div>
<shreddit-async-loader bundlename="cookie_banner"><div id="data-protection-consent-dialog" role="dialog"><p class="text-14">${rdCookie}</p>
<button class="button button-brand" type="button">Accept All</button><button class="button button-secondary" type="button">Reject Optional Cookies</button>
</div></shreddit-async-loader>
</shreddit-app><script src="https://www.redditstatic.example/shreddit/en-US/shreddit-app-4f1c2b.js" type="module"></script></body></html>`;
export const redditComments: TestPage = {
  html: rdHtml,
  name: 'heldout69-reddit-shreddit-comments',
  kind: 'forum',
  // the self post with its "EDIT:" paragraph (the poster's own text) and every comment are body, the stickied AutoModerator
  // comment too (a comment, though a template one: the thread convention puts every comment in the body); user names and
  // the "3mo ago" times are bylines, "Edited" with its time too; "OP", "MOD", "Stickied comment", the user flair,
  // the post flair, "[deleted]" with "Comment deleted by user", "Award"/"Share", "2 more replies", the composer, sort and
  // search, the left nav, resources, legal links, the community rail, rules, moderators, "More posts you may like" and the
  // cookie banner are furniture; "All", "Help", "r/Pottery" and "Moderators" are body words ("Thank you all", "help you
  // faster", "posting to r/Pottery", "Contact the moderators"): left out
  title: rdTitle,
  headings: [],
  body: [...texts(rdPost), ...texts(rdAuto), ...rdC1, ...rdC11, ...rdC111, ...rdC2, ...rdC22],
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: ['kiln_and_kettle', 'AutoModerator', 'glaze_and_glory', 'wheelthrown_wendy', '3mo ago', 'Edited 3mo ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Reddit Logo', 'Get App', 'Log In', ...rdNav.filter((t) => t !== 'All'), 'BETA', 'Resources', ...rdRes.filter((t) => t !== 'Help'), ...rdLegal,
    'Question', 'Join the conversation', 'Sort by:', 'Best', 'Search Comments', 'MOD', 'Stickied comment', 'Top 1% Commenter', 'OP', '[deleted]',
    'Comment deleted by user', 'Award', 'Share', '2 more replies', rdAbout, 'Created Jul 14, 2009', 'Public', '84K', 'Weekly visitors', '5.1K',
    'Weekly contributions', 'Join', 'r/Pottery Rules', ...rdRules, 'Message Mods', 'u/clayborne', 'u/slipcast_sam', 'View all moderators',
    'More posts you may like', ...rdMore, rdCookie, 'Accept All', 'Reject Optional Cookies',
  ],
};
