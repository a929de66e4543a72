import { links, type TestPage, texts } from './page-kit.js';
import { stackPage } from './pages-heldout112-f2.js';

/**
 * Held-out batch 112, file f: a Reddit thread on the current www.reddit.com ("shreddit" web components: the header with
 * "Log In" and "Get App", the left nav, the post with the subreddit, author, time and flair, vote and comment counts and
 * "Share", the "Sort by" bar, nested comments with authors, times, "OP" badges, votes and "Reply", a "more replies" link,
 * the community sidebar with rules, the "Related Answers" rail, the login prompt and the footer links) and, from file f2,
 * a Stack Exchange question. The post title is the title; the self-text and every comment are body.
 */
const title = 'Landlord says my radiators "bleed themselves". Is that a thing?';
const post = [
  'Moved into a 1930s flat in October. Two of the three radiators are cold at the top and hot at the bottom, which I always ' +
    'thought meant there was air in them. When I asked the landlord, he said the system has automatic air vents and the ' +
    'radiators bleed themselves, so I should not touch them.',
  'Is that true? It has been like this for three weeks and the bedroom is freezing. I have a bleed key but I do not want to ' +
    'break anything and lose my deposit.',
];
const comments = [
  {
    user: 'pipe_and_slipper',
    ago: '5 hr. ago',
    depth: 0,
    text:
      'Automatic air vents exist, but they sit on the pipework or on top of the radiator, usually ' +
      'a small brass cylinder with a cap. If your radiators have a normal square bleed valve at the top corner, they are not automatic. ' +
      'Bleeding a radiator is routine tenant maintenance and will not damage anything if you have a cloth ready.',
  },
  {
    user: 'ColdFlatTenant',
    ago: '5 hr. ago',
    depth: 1,
    op: true,
    text: 'There is a square valve on each one. No brass cylinder that I can see. So I can just bleed them?',
  },
  {
    user: 'pipe_and_slipper',
    ago: '4 hr. ago',
    depth: 2,
    text:
      'Yes. Turn the heating off first and let them cool, then open the valve a quarter ' +
      'turn until water comes out. If it is a combi boiler, check the pressure gauge afterwards and top it up to about 1.2 bar.',
  },
  {
    user: 'Hetty_Galloway',
    ago: '3 hr. ago',
    depth: 0,
    text:
      'If they keep filling with air after you bleed them, that is worth telling the landlord about in ' +
      'writing. Air coming back every few days can mean a leak or a problem with the pump.',
  },
  {
    user: 'quietgasman',
    ago: '2 hr. ago',
    depth: 0,
    text:
      'Heating engineer here. Cold at the top is almost always air. Cold at the bottom is sludge, which ' +
      'is a bigger job. Sounds like you have the easy one.',
  },
  {
    user: 'ColdFlatTenant',
    ago: '1 hr. ago',
    depth: 0,
    op: true,
    text:
      'Update: bled all three, got a good hiss of air out of ' +
      'the bedroom one and it is properly hot top to bottom now. Pressure dropped to 0.8 so I topped it up. Thanks everyone, ' +
      'and I will mention it to the landlord in an email just in case it comes back.',
  },
];
const head = ['Skip to main content', 'Open menu', 'Search in r/DIYUK', 'Get App', 'Log In', 'Open settings menu'];
const leftNav = ['Home', 'Popular', 'Explore', 'All', 'RESOURCES', 'About Reddit', 'Advertise', 'Help', 'Blog', 'Careers', 'Press'];
const postMeta = ['r/DIYUK', 'Heating'];
const counts = ['42', '27', 'Share', 'Sort by:', 'Best', 'Search Comments', 'Expand comment search', 'OP', 'Reply', '1 more reply', 'Award'];
const sidebar = [
  'DIY UK',
  'A place for UK DIYers to ask questions and share projects.',
  'Created Mar 3, 2012',
  'Public',
  'Join',
  'r/DIYUK Rules',
  'Be civil',
  'No spam or self promotion',
  'Gas work must be done by a registered engineer',
  'Moderators',
  'Message Mods',
];
const related = ['Related Answers Section', 'How to bleed a radiator safely', 'Why is my radiator cold at the top'];
const login = [
  'New to Reddit?',
  'Create your account and connect with a world of communities.',
  'Continue with Email',
  'By continuing, you agree to our User Agreement and acknowledge that you understand the Privacy Policy.',
];
const footer = ['Reddit Rules', 'Privacy Policy', 'User Agreement', 'Accessibility', 'Reddit, Inc. \u00a9 2025. All rights reserved.'];
const comment = (
  c: (typeof comments)[number],
  i: number,
): string => `<shreddit-comment author="${c.user}" thingid="t1_k${i}x" depth="${c.depth}" score="${30 - i * 5}"
permalink="/r/DIYUK/comments/1hq2x/comment/k${i}x/"><div slot="commentMeta" class="flex flex-row items-center"><faceplate-hovercard>
<a href="/user/${c.user}/">${c.user}</a></faceplate-hovercard>
${c.op ? `<span class="text-global-op font-bold">${counts[7]}</span>` : ''}<span class="inline-block my-0">&nbsp;&middot;&nbsp;</span>
<faceplate-timeago ts="2025-11-09T10:0${i}:00Z"><time>${c.ago}</time></faceplate-timeago></div>
<div slot="comment" id="t1_k${i}x-comment-rtjson-content" class="md text-14"><p>${c.text}</p></div>
<shreddit-comment-action-row slot="actionRow" score="${30 - i * 5}"><button>${counts[8]}</button><button>${counts[10]}</button>
<button>${counts[2]}</button></shreddit-comment-action-row></shreddit-comment>`;
const html = `<!DOCTYPE html>
<html lang="en-US" class="theme-beta"><head><meta charset="UTF-8"><title>${title} : r/DIYUK</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:site_name" content="Reddit"><meta property="og:title" content="${title}"><meta name="robots" content="noindex">
<link rel="canonical" href="https://www.reddit.com/r/DIYUK/comments/1hq2x/landlord_says_my_radiators_bleed_themselves/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${title}","author":{"@type":"Person",
"name":"ColdFlatTenant"},
"datePublished":"2025-11-09T08:41:00Z","commentCount":27}</script><script type="module" src="https://www.redditstatic.com/shreddit/en-US/shell-1a2b3c.js">
</script></head>
<body class="v2 m-0 p-0"><shreddit-app><a class="skip-link" href="#main-content">${head[0]}</a><reddit-header-large><nav class="h-header-large">
<button aria-label="${head[1]}"><span class="sr-only">${head[1]}</span></button><a href="/" aria-label="Home"></a>
<faceplate-search-input placeholder="${head[2]}"><span>${head[2]}</span></faceplate-search-input>
<a href="/download">${head[3]}</a><a href="/login/" id="login-button">${head[4]}</a><button aria-label="${head[5]}">
<span class="sr-only">${head[5]}</span></button></nav></reddit-header-large>
<div class="grid-container"><flex-left-nav-container><nav aria-label="Primary"><ul>${links(leftNav, 'left-nav-link')}</ul></nav></flex-left-nav-container>
<main class="main w-full" id="main-content">
<shreddit-post author="ColdFlatTenant" post-title="${title}" subreddit-prefixed-name="r/DIYUK" comment-count="27" score="42" post-type="text">
<div slot="credit-bar" class="flex"><a href="/r/DIYUK/">${postMeta[0]}</a><span>&nbsp;&middot;&nbsp;</span><faceplate-timeago ts="2025-11-09T08:41:00Z">
<time>6 hr. ago</time></faceplate-timeago>
<a slot="authorName" href="/user/ColdFlatTenant/">ColdFlatTenant</a></div>
<h1 slot="title" id="post-title-t3_1hq2x" class="font-semibold text-neutral-content-strong">${title}</h1>
<shreddit-post-flair slot="post-flair"><span class="flair-content">${postMeta[1]}</span></shreddit-post-flair>
<div slot="text-body"><div class="md text-14" id="t3_1hq2x-post-rtjson-content">${post.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<span class="vote-count">${counts[0]}</span><span class="comment-count">${counts[1]}</span><button>${counts[2]}</button></shreddit-post>
<div class="sort-bar"><span>${counts[3]}</span><button>${counts[4]}</button><faceplate-search-input placeholder="${counts[5]}"><span>${counts[5]}</span>
</faceplate-search-input>
<button aria-label="${counts[6]}"><span class="sr-only">${counts[6]}</span></button></div>
<shreddit-comment-tree>${comments.map(comment).join('\n')}<faceplate-partial><a href="#">${counts[9]}</a></faceplate-partial></shreddit-comment-tree></main>
<aside id="right-sidebar-container"><shreddit-subreddit-header><h2>${sidebar[0]}</h2><p>${sidebar[1]}</p><span>${sidebar[2]}</span><span>${sidebar[3]}</span>
<button>${sidebar[4]}</button></shreddit-subreddit-header><section><h2>${sidebar[5]}</h2><ol>${sidebar
  .slice(6, 9)
  .map((r) => `<li><faceplate-expandable-section-helper><summary>${r}</summary></faceplate-expandable-section-helper></li>`)
  .join('')}</ol></section>
<section><h2>${sidebar[9]}</h2><a href="/message/compose?to=r/DIYUK">${sidebar[10]}</a></section>
<section aria-label="${related[0]}"><h2>${related[0]}</h2><ul>${links(related.slice(1))}</ul></section>
<div class="login-prompt"><h3>${login[0]}</h3><p>${login[1]}</p><button>${login[2]}</button><p>${login[3]}</p></div>
<footer><ul>${links(footer.slice(0, 4))}</ul><p>${footer[4]}</p></footer></aside></div></shreddit-app></body></html>`;

export const redditPage: TestPage = {
  name: 'heldout112-reddit-forum',
  kind: 'forum',
  html,
  title,
  headings: [],
  body: texts([...post, ...comments.map((c) => c.text)]),
  bylines: ['ColdFlatTenant', '6 hr. ago', ...new Set(comments.flatMap((c) => [c.user, c.ago]))].filter((v, i, a) => a.indexOf(v) === i),
  furniture: [...new Set([...head, ...leftNav, ...postMeta, ...counts, ...sidebar, ...related, ...login, ...footer])],
};

export const HELDOUT112_F: readonly TestPage[] = [redditPage, stackPage];
