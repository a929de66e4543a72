import { links, type TestPage, texts } from './page-kit.js';
import { lettingBlog } from './pages-heldout209-c2.js';

/**
 * Held-out batch 209, file c: a Houzz project discussion (the header with "Get Ideas", "Find Pros" and "Shop", the
 * discussions breadcrumb and topic tags, the question post with its photos, the "Like", "Save", "Comment" and "Follow"
 * bar, six replies with author names, "Original Author" and "Houzz Pro" badges, relative dates and like counts, a quoted
 * reply, the comment box, the "Related Discussions" and "More Discussions" rails, the sign-up modal and the footer) and,
 * from file c2, a letting agent's blog post for tenants.
 */
const hzTitle = 'Knocking through to the garage for a bigger kitchen: worth it or a mistake?';
const hzQuestion = [
  'We have a 1970s split-level with a tiny galley kitchen (about 8 by 11) and an attached single garage directly behind it that ' +
    'we only use for bikes and the freezer. Our builder has suggested taking out the wall, raising the garage floor to match the ' +
    'house and turning the whole thing into one kitchen and dining room.',
  'Quote so far is around $68k including the new slab, insulation, a window where the garage door is now and moving the laundry. ' +
    'We plan to stay at least ten years. My worry is resale: will losing the garage hurt us more than the bigger kitchen helps? ' +
    'Photos of the current layout and the builder’s sketch attached. Any experience appreciated!',
];
const hzReplies: { who: string; badge: string; when: string; likes: string; text: string[]; quote?: string }[] = [
  {
    who: 'Corinne Albright',
    badge: 'Houzz Pro',
    when: '2 years ago',
    likes: '14 Likes',
    text: [
      'I’ve designed a few of these. They can be wonderful, but the budget almost always grows once the slab is up. Ask the builder ' +
        'specifically about the step down, the header beam over the opening and whether the garage walls need to be furred out for ' +
        'insulation. Those three items are where the surprises come from.',
    ],
  },
  {
    who: 'mapleandmortar',
    badge: '',
    when: '2 years ago',
    likes: '9 Likes',
    text: [
      'In our area buyers expect a garage. We looked at two houses with converted garages when we were buying and both times the ' +
        'first thing our agent said was that it would be harder to sell. If you have room for a detached carport or shed, that softens it.',
    ],
  },
  {
    who: 'Devin Okafor',
    badge: 'Original Author',
    when: '2 years ago',
    likes: '3 Likes',
    quote: 'If you have room for a detached carport or shed, that softens it.',
    text: ['We do have space beside the driveway for a carport, good thought. The city said it would need its own permit but no variance.'],
  },
  {
    who: 'Halvorsen Design Build',
    badge: 'Houzz Pro',
    when: '2 years ago',
    likes: '11 Likes',
    text: [
      'Before you commit, look at the existing footprint. A galley that size can often be opened sideways into the dining area for a ' +
        'third of the price. If the garage conversion is really about storage and an island, a 4-foot bump-out might get you there.',
      'If you do go ahead, put the laundry in the old garage corner nearest the driveway, with its own exterior door. That gives you ' +
        'a mudroom, which buyers love, and helps the space read as part of the house rather than a converted garage.',
    ],
  },
  {
    who: 'jtsweeney',
    badge: '',
    when: '2 years ago',
    likes: '6 Likes',
    text: [
      'We did exactly this in 2019. Best thing we ever did to the house. Resale was not an issue when we sold last year, but we had ' +
        'a long driveway and a big shed. Budget was about 20% over the first quote, mostly because of drainage under the new slab.',
    ],
  },
  {
    who: 'Devin Okafor',
    badge: 'Original Author',
    when: '2 years ago',
    likes: '2 Likes',
    text: [
      'Thank you all. We’re going to price the bump-out option alongside the conversion and ask about the beam and drainage up front. ' +
        'Will post an update once we decide.',
    ],
  },
];
const hzNav = ['Get Ideas', 'Find Pros', 'Shop', 'Stories', 'Discussions', 'Sign In', 'Join as a Pro'];
const hzCrumbs = ['Discussions', 'Kitchens'];
const hzTags = ['Kitchens', 'Remodeling', 'Garages'];
const hzBar = ['Like', 'Save', 'Comment', 'Follow', 'Share'];
const hzMeta = ['Comments (6)', '18 Likes', 'Sort by: Oldest'];
const hzForm = ['Add a comment', 'Add a photo', 'Post', 'Notify me of new comments'];
const hzRelated = [
  'Related Discussions',
  'Garage conversion to family room: heating options?',
  'Split-level kitchen remodel, where to put the island',
  'Is it crazy to lose our only garage?',
];
const hzMore = ['More Discussions', 'Help me choose a backsplash for white oak cabinets', 'Mudroom bench ideas for a narrow entry'];
const hzModal = ['Join Houzz for free', 'Save photos, follow discussions and get ideas from professionals.', 'Continue with Google', 'Sign up with Email'];
const hzFoot = ['About Houzz', 'Careers', 'Houzz Pro', 'Advertise', 'Help Center', 'Privacy Policy', 'Terms of Use', 'Interest-Based Ads'];
const hzP = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const hzPostHead = (who: string, badge: string, when: string): string =>
  `<div class="hz-user-info"><a class="hz-user-info__name" href="/user/${who
    .toLowerCase()
    .replace(/\W+/g, '')}">${who}</a>${badge === '' ? '' : `<span class="hz-badge">${badge}</span>`}<span class="hz-user-info__date">${when}</span></div>`;
const hzReply = (r: (typeof hzReplies)[number], i: number): string => `<li class="hz-comment" id="comment-${30121 + i}"><div class="hz-comment__body">
${hzPostHead(r.who, r.badge, r.when)}<div class="hz-comment__text hz-html-content">${
  r.quote === undefined ? '' : `<blockquote class="hz-quote">${r.quote}</blockquote>`
}${hzP(r.text)}</div>
<div class="hz-comment__actions"><button class="hz-like">Like</button><span class="hz-like-count">${r.likes}</span>
<button class="hz-reply">Reply</button><button class="hz-report">Report</button></div></div></li>`;
const hzHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${hzTitle}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${hzQuestion[0]!.slice(0, 150)}"><meta property="og:site_name" content="Houzz">
<link rel="canonical" href="https://www.houzz.com/discussions/6331208/knocking-through-to-the-garage-for-a-bigger-kitchen">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${hzTitle}",
"author":{"@type":"Person","name":"Devin Okafor"},"datePublished":"2023-08-14","commentCount":6}</script>
<script>window.HZ = {"ctx":{"page":"discussion_view","discussionId":6331208}};</script>
<link rel="stylesheet" href="https://st.hzcdn.example/static/_/css/hz-discussions.css"></head>
<body class="hz-track-me"><div id="hz-page"><header class="hz-header"><a class="hz-logo" href="/" aria-label="Houzz"></a>
<form class="hz-search"><input type="search" placeholder="Search Houzz" aria-label="Search Houzz"></form>
<nav class="hz-header__nav"><ul>${links(hzNav, 'hz-header__nav-item')}</ul></nav></header>
<div class="hz-discussion-layout"><main class="hz-discussion-main"><nav class="hz-breadcrumbs" aria-label="breadcrumb"><ol>${links(hzCrumbs)}</ol></nav>
<div class="hz-discussion" data-discussion-id="6331208"><div class="hz-discussion__header">${hzPostHead('Devin Okafor', '', '2 years ago')}
<h1 class="hz-discussion__title">${hzTitle}</h1></div>
<div class="hz-discussion__body hz-html-content">${hzP(hzQuestion)}</div>
<div class="hz-discussion__photos"><img src="https://st.hzcdn.example/fimgs/pictures/kitchens/plan-1.jpg" alt="">
<img src="https://st.hzcdn.example/fimgs/pictures/kitchens/plan-2.jpg" alt=""></div>
<ul class="hz-discussion__tags">${links(hzTags, 'hz-tag')}</ul>
<div class="hz-discussion__actions">${hzBar.map((t) => `<button class="hz-action">${t}</button>`).join('')}
<span class="hz-count">${hzMeta[1]}</span></div></div>
<section class="hz-comments"><div class="hz-comments__header"><h2 class="hz-comments__title">${hzMeta[0]}</h2><span>${hzMeta[2]}</span></div>
<ol class="hz-comments__list">${hzReplies.map(hzReply).join('\n')}</ol>
<form class="hz-comment-form"><label for="hz-new-comment">${hzForm[0]}</label><textarea id="hz-new-comment"></textarea>
<button type="button" class="hz-photo">${hzForm[1]}</button><button type="submit">${hzForm[2]}</button>
<label><input type="checkbox" checked> ${hzForm[3]}</label></form></section></main>
<aside class="hz-discussion-sidebar"><section><h3>${hzRelated[0]}</h3><ul>${links(hzRelated.slice(1))}</ul></section>
<section><h3>${hzMore[0]}</h3><ul>${links(hzMore.slice(1))}</ul></section><div class="hz-ad" data-slot="discussion_rr">Sponsored</div></aside></div>
<div class="hz-modal" hidden><h2>${hzModal[0]}</h2><p>${hzModal[1]}</p><button>${hzModal[2]}</button><button>${hzModal[3]}</button></div>
<footer class="hz-footer"><ul>${links(hzFoot)}</ul><p>© 2025 Houzz Inc. Houzz® is a registered trademark of Houzz Inc.</p></footer></div>
<script src="https://st.hzcdn.example/static/_/js/hz-discussions.js" defer></script></body></html>`;

const houzzDiscussion: TestPage = {
  html: hzHtml,
  name: 'heldout209-houzz-discussion-forum',
  kind: 'forum',
  // thread convention: the question and every reply are body; names and dates are bylines; the quoted line is in neither
  // list; badges, like counts, action buttons, tags, the comment form, rails, modal and footer are furniture
  title: hzTitle,
  headings: [],
  body: [...texts(hzQuestion), ...hzReplies.flatMap((r) => texts(r.text))],
  bylines: ['Devin Okafor', 'Corinne Albright', 'mapleandmortar', 'Halvorsen Design Build', 'jtsweeney', '2 years ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hzNav, 'Kitchens', 'Remodeling', 'Garages', ...hzBar, ...hzMeta, 'Houzz Pro', 'Original Author', ...hzReplies.map((r) => r.likes), 'Reply', 'Report',
    ...hzForm, ...hzRelated, ...hzMore, 'Sponsored', ...hzModal, ...hzFoot, '© 2025 Houzz Inc. Houzz® is a registered trademark of Houzz Inc.',
  ],
};

export const HELDOUT209_C: readonly TestPage[] = [houzzDiscussion, lettingBlog];
