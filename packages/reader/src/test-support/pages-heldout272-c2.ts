import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout272-kit.js';

/**
 * Held-out batch 272, file c2: a Reddit thread in the new "shreddit" web-component markup (reddit-header-large with "Get
 * app" / "Log In", the left nav, shreddit-post with the subreddit credit bar, flair, h1 title, text body and action row
 * counts, the comment sort bar, shreddit-comment elements with faceplate-timeago times, "OP" and "Reply / Award / Share"
 * action rows, the subreddit sidebar with rules, and the "Related Answers" and footer links).
 */
const rTitle = 'First winter with two hives on a flat roof: what I would do differently';
const rPost = [
  j(
    'Last spring I put two hives on the flat roof of our block after the residents&#39; committee agreed to it. Both colonies made',
    'it through the winter, but one of them only just, and I want to write down what I learned while it is still fresh.',
  ),
  j(
    'Wind was the biggest problem, not cold. The roof has no parapet on the west side, and the lighter hive lost its roof twice in',
    'November storms. I now strap both hives to a pallet that is weighted with paving slabs, and I turned the entrances to face',
    'away from the prevailing wind.',
  ),
  j(
    'The second lesson was about water. There is no pond or garden within a few hundred metres, so in early spring the bees were',
    'queuing at the neighbours&#39; balcony drip trays. A shallow tray with gravel next to the hives solved that within a week.',
  ),
  j('If anyone else keeps bees on a roof, I would love to hear how you handle inspections when it is too windy to open a hive.'),
];
const rC1 = [
  j(
    'Roof keeper in a harbour town here. We only inspect when the forecast is under about 20 km/h, and in between we judge the',
    'colony by hefting the hive from the back and watching the entrance for pollen. It is surprising how much you can tell without',
    'taking the roof off.',
  ),
];
const rC2 = [
  j(
    'Good write-up. One thing I would add: check with the building insurer before the next season. Ours wanted a note that the',
    'hives are fixed down and that only named people go onto the roof.',
  ),
];
const rC3 = [j('Yes, we did that in the first month. They asked for the same thing, plus a lockable hatch, which we already had.')];
const rC4 = [
  j(
    'The water tray tip is underrated. Neighbours complain about bees at the tap far more than about bees anywhere else, and a',
    'tray with stones costs nothing.',
  ),
];
const rNav = ['Home', 'Popular', 'Explore', 'All'];
const rRules = ['Be kind to new beekeepers', 'No selling of colonies or queens', 'Photos need a short description', 'Check the wiki before asking'];
const rFoot = ['Reddit Rules', 'Privacy Policy', 'User Agreement', 'Accessibility'];
const comment = (id: string, author: string, depth: number, time: string, score: string, body: string, inner = ''): string => `<shreddit-comment
author="${author}" thingid="t1_${id}" depth="${depth}" score="${score}" postid="t3_1j8qzk4" permalink="/r/urbanbees/comments/1j8qzk4/comment/${id}/"
aria-label="Thread level ${depth + 1}"><div slot="commentMeta" class="flex flex-none flex-row items-center"><faceplate-hovercard><a
href="/user/${author}/" class="truncate font-bold text-neutral-content-strong text-12 hover:underline">${author}</a></faceplate-hovercard>
${author === 'tarn_and_comb' ? '<span class="text-12 font-bold text-primary-onBackground">OP</span>' : ''}<span class="inline-block">•</span>
<faceplate-timeago ts="2026-03-01T08:12:00.000Z" format="short"><time datetime="2026-03-01T08:12:00.000Z">${time}</time></faceplate-timeago></div>
<div slot="comment" id="t1_${id}-comment-rtjson-content" class="md text-14">${body}</div>
<shreddit-comment-action-row slot="actionRow" comment-id="t1_${id}" score="${score}"><span class="text-12">${score}</span>
<button class="button-plain-weak"><span>Reply</span></button><button class="button-plain-weak"><span>Award</span></button>
<button class="button-plain-weak"><span>Share</span></button></shreddit-comment-action-row>${inner}</shreddit-comment>`;
const rHtml = `<!DOCTYPE html>
<html lang="en-US" class="theme-beta"><head><meta charset="UTF-8"><title>${rTitle} : r/urbanbees</title>
<meta property="og:title" content="From the urbanbees community on Reddit"><meta property="og:site_name" content="Reddit">
<meta name="description" content="Last spring I put two hives on the flat roof of our block after the residents' committee agreed to it.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${rTitle}",
"author":{"@type":"Person","name":"tarn_and_comb"},"commentCount":4,"datePublished":"2026-02-28T19:40:11.000Z"}</script>
<script type="module" src="https://www.redditstatic.example/shreddit/en-US/app.js"></script></head>
<body class="v2 m-0 bg-neutral-background"><shreddit-app pagetype="post_detail" routename="post_page"><reddit-header-large><nav
class="h-header-large flex items-center"><a href="/" aria-label="Home">reddit</a><faceplate-search-input placeholder="Search in r/urbanbees"
label="Search"></faceplate-search-input><a href="#" class="button-medium">Get App</a> <a href="/login/" id="login-button" class="button-brand">Log
In</a></nav></reddit-header-large>
<div class="grid-container"><flex-left-nav-container id="left-sidebar-container"><nav aria-label="Primary"><ul>${links(rNav, 'list-none')}</ul>
<faceplate-expandable-section-helper><summary>RESOURCES</summary><ul>${links(['About Reddit', 'Advertise', 'Help', 'Blog', 'Careers'])}</ul>
</faceplate-expandable-section-helper></nav></flex-left-nav-container>
<main class="main w-full" id="main-content"><shreddit-post id="t3_1j8qzk4" post-title="${rTitle}" author="tarn_and_comb" score="1284"
comment-count="4" subreddit-prefixed-name="r/urbanbees" post-type="text" created-timestamp="2026-02-28T19:40:11.000Z">
<div slot="credit-bar" class="flex"><a href="/r/urbanbees/" class="subreddit-name">r/urbanbees</a> <span>•</span> <faceplate-timeago
ts="2026-02-28T19:40:11.000Z"><time datetime="2026-02-28T19:40:11.000Z">1 day ago</time></faceplate-timeago><div class="author-name">
<a href="/user/tarn_and_comb/">tarn_and_comb</a></div><button class="join-button">Join</button></div>
<shreddit-post-flair slot="post-flair"><span class="flair-content">Experience report</span></shreddit-post-flair>
<h1 slot="title" id="post-title-t3_1j8qzk4" class="font-semibold text-neutral-content-strong">${rTitle}</h1>
<div slot="text-body" class="md text-14"><div id="t3_1j8qzk4-post-rtjson-content">
${ps(rPost)}
</div></div><div slot="post-action-bar"><span class="vote-count">1.3K</span> <span class="comment-count">4 comments</span>
<button>Award</button> <button>Share</button></div></shreddit-post>
<div class="comments-sort"><span>Sort by:</span> <button>Best</button></div><faceplate-search-input placeholder="Search Comments"></faceplate-search-input>
<shreddit-comment-tree totalcomments="4" post-id="t3_1j8qzk4">
${comment('mh1a2b3', 'ridgewayapiary', 0, '1d ago', '212', ps(rC1))}
${comment('mh1c4d5', 'Mirabel_Hexley', 0, '23h ago', '87', ps(rC2), comment('mh1e6f7', 'tarn_and_comb', 1, '22h ago', '35', ps(rC3)))}
${comment('mh1g8h9', 'waxmoth_willa', 0, '19h ago', '64', ps(rC4))}
</shreddit-comment-tree></main>
<aside id="right-sidebar-container" aria-label="Community information"><shreddit-subreddit-header><h2>r/urbanbees</h2><p class="description">Keeping
bees in towns and cities: roofs, balconies, allotments.</p><div><span>31K</span> <span>Members</span> <span>112</span> <span>Online</span></div>
</shreddit-subreddit-header><div class="sidebar-widget"><h2>Rules</h2><ol>${rRules.map((r, i) => `<li>${i + 1}. ${r}</li>`).join('\n')}</ol></div>
<div class="related-answers"><h2>Related Answers Section</h2><ul>${links(['Best hive for a windy rooftop', 'How to water bees in a city'])}</ul></div>
<div class="legal-links"><ul>${links(rFoot)}</ul><span>Reddit, Inc. © 2026. All rights reserved.</span></div></aside></div>
</shreddit-app></body></html>`;
export const shredditThread: TestPage = {
  name: 'heldout272-reddit-shreddit-forum',
  kind: 'forum',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts([...rPost, ...rC1, ...rC2, ...rC3, ...rC4]),
  bylines: ['tarn_and_comb', '1 day ago', 'ridgewayapiary', '1d ago', 'Mirabel_Hexley', '23h ago', '22h ago', 'waxmoth_willa', '19h ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'reddit', 'Home', 'Get App', 'Log In', 'Popular', 'Explore', 'RESOURCES', 'About Reddit', 'Advertise', 'Help', 'Blog', 'Careers', 'r/urbanbees', 'Join',
    'Experience report', '1.3K', '4 comments', 'Award', 'Share', 'Sort by:', 'Best', '212', 'Reply',
    'Keeping bees in towns and cities: roofs, balconies, allotments.', '31K', 'Members', '112', 'Online', 'Rules', ...rRules,
    'Related Answers Section', 'Best hive for a windy rooftop', 'How to water bees in a city', ...rFoot, 'Reddit, Inc. © 2026. All rights reserved.',
  ],
};
