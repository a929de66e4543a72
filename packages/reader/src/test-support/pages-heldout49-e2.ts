import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 49, file e2: a Product Hunt forum thread (producthunt.com/p/general/...), saved logged out (Next.js app
 * router markup with utility classes, data-test and data-sentry attributes, the streamed flight-data scripts): the header
 * with search, nav and "Sign in", the forums sidebar, the breadcrumb, the thread (title, author with headline and age,
 * text with a list, upvote, share and follow buttons), the comment count and sort, the comments with replies (names,
 * "Maker" badge, headlines, upvote, reply, share and report buttons, ages), the trending threads rail, the newsletter
 * box and the footer; the DiscussionForumPosting JSON-LD in the head.
 */
const phTitle = 'How did you price your B2B tool before you had paying users?';
const phPost = [
  'We&#39;re six weeks from launch and I keep going back and forth on pricing. Right now we have 40 teams on a free beta, all ' +
    'of them small design and video studios, and maybe five use it every day.',
  'Options I&#39;m weighing:',
];
const phList = ['A flat $19 a month per studio, no seat limits', 'Per-seat pricing starting at $8', 'Free up to 10 invoices a month, then one paid plan'];
const phPost2 = ['Would love to hear what worked for you, and especially what you&#39;d undo if you could.'];
interface Comment {
  id: string;
  who: string;
  handle: string;
  headline: string;
  maker?: boolean;
  age: string;
  votes: number;
  text: string[];
  depth: number;
}
const phComments: Comment[] = [
  {
    id: '4418021',
    who: 'Karim Osei',
    handle: 'karimosei',
    headline: 'Founder, Stackform',
    maker: true,
    age: '3d ago',
    votes: 18,
    depth: 0,
    text: [
      'Talk to the five daily users before anything else. Ask them what they&#39;d do if the product disappeared tomorrow, and ' +
        'what they would use instead.',
      'The answer tells you what you&#39;re really replacing, and that sets the price range far better than competitors&#39; ' + 'pricing pages do.',
    ],
  },
  {
    id: '4418177',
    who: 'Nadia Brennan',
    handle: 'nadiabrennan',
    headline: 'Building Ledgerline, invoicing for small studios',
    age: '3d ago',
    votes: 6,
    depth: 1,
    text: ['Good call. Two of them told me they&#39;d go back to a spreadsheet, which is a little humbling.'],
  },
  {
    id: '4418230',
    who: 'Karim Osei',
    handle: 'karimosei',
    headline: 'Founder, Stackform',
    maker: true,
    age: '2d ago',
    votes: 9,
    depth: 1,
    text: ['Humbling but useful. A spreadsheet is free, so your price has to be about the hours you save them, not the features.'],
  },
  {
    id: '4419302',
    who: 'Maya Lindgren',
    handle: 'mayalindgren',
    headline: 'Growth at Parcelcraft',
    age: '2d ago',
    votes: 12,
    depth: 0,
    text: [
      'I&#39;d avoid per-seat for studios. Their team size swings with projects, and they&#39;ll share one login rather than ' +
        'pay for freelancers who are around for three weeks. Flat pricing with a higher tier for more clients worked much better for us.',
    ],
  },
  {
    id: '4420415',
    who: 'Devon Hart',
    handle: 'devonhart',
    headline: 'Indie maker',
    age: '1d ago',
    votes: 7,
    depth: 0,
    text: [
      'We launched free-up-to-a-limit and regretted it. Most teams stayed under the limit forever. If I did it again I&#39;d ' +
        'start with a 14-day trial and one paid plan, then add a free tier later if we needed it.',
    ],
  },
];
const phNav = ['Best Products', 'Launches', 'News', 'Forums', 'Advertise'];
const phForums = ['p/general', 'p/producthunt', 'p/vibecoding', 'p/makers', 'p/ama'];
const phTrending = [
  'What&#39;s the one metric you check every morning?',
  'Launching on a Tuesday vs a Saturday: our numbers',
  'Share your landing page and get honest feedback',
];
const phFoot = ['Newsletters', 'Changelog', 'Forums', 'Advertise', 'Contact', 'Help', 'Terms', 'Privacy and Cookies'];
const comment = (c: Comment): string => `<div data-test="comment-${c.id}" class="flex flex-col gap-3${c.depth > 0 ? ' ml-12 border-l pl-4' : ''}">
<div class="flex flex-row items-center gap-2"><a href="/@${c.handle}" class="size-8 shrink-0"><img alt="${c.who}" class="rounded-full" width="32" height="32"
src="https://ph-avatars.imgix.net/${c.id}/original.jpeg?auto=compress&amp;w=32"></a><div class="flex flex-col"><div class="flex flex-row items-center gap-1">
<a href="/@${c.handle}" class="text-14 font-semibold text-dark-gray">${c.who}</a>${
  c.maker ? '<span class="rounded-full bg-brand-500 px-1.5 text-11 font-semibold text-white" data-test="maker-badge">Maker</span>' : ''
}</div><span class="text-12 text-light-gray">${c.headline}</span></div></div>
<div class="prose text-14 text-dark-gray" data-sentry-component="RichText">${c.text.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="flex flex-row items-center gap-4 text-12 font-semibold text-light-gray"><button type="button" data-test="vote-button">Upvote (${c.votes})</button>
<button type="button">Reply</button><button type="button">Share</button><button type="button">Report</button><span>${c.age}</span></div></div>`;
const phHtml = `<!DOCTYPE html>
<html lang="en" class="__variable_9b9fd1 light"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${phTitle} | Product Hunt</title><meta name="description" content="We&#39;re six weeks from launch and I keep going back and forth on pricing.">
<meta property="og:title" content="${phTitle}"><meta property="og:site_name" content="Product Hunt">
<link rel="canonical" href="https://www.producthunt.com/p/general/how-did-you-price-your-b2b-tool-before-you-had-paying-users">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${phTitle}",
"author":{"@type":"Person","name":"Nadia Brennan","url":"https://www.producthunt.com/@nadiabrennan"},"datePublished":"2025-10-27T09:14:22.000-07:00",
"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction","userInteractionCount":14}}</script>
<link rel="stylesheet" href="/_next/static/css/7d1e5c0a9f.css" data-precedence="next"></head>
<body class="bg-white"><div class="flex min-h-screen flex-col" data-sentry-component="Layout">
<header class="sticky top-0 z-40 flex flex-row items-center gap-6 border-b bg-white px-6 py-3" data-sentry-component="Header">
<a href="/" aria-label="Product Hunt"><svg width="40" height="40" viewBox="0 0 40 40"></svg></a>
<button type="button" data-test="header-search-button" class="flex flex-row items-center rounded-full bg-gray-100 px-4 py-2 text-14 text-light-gray">Search (
⌘ + k )</button>
<nav class="flex flex-row gap-6 text-14 font-semibold text-dark-gray" data-sentry-component="HeaderNav"><ul class="flex flex-row gap-6">${links(
  phNav,
  'header-nav-item',
)}</ul>
</nav><div class="ml-auto flex flex-row gap-3"><a href="/newsletters" class="rounded-full border px-4 py-2 text-14 font-semibold">Subscribe</a>
<button type="button" data-test="header-sign-in" class="rounded-full bg-brand-500 px-4 py-2 text-14 font-semibold text-white">Sign in</button></div></header>
<main class="mx-auto flex w-full max-w-7xl flex-row gap-10 px-6 py-8"><aside class="hidden w-56 shrink-0 lg:block" data-sentry-component="ForumSidebar">
<h2 class="text-16 font-semibold text-dark-gray">Forums</h2><ul class="mt-3 flex flex-col gap-2 text-14">${links(phForums, 'forum-link')}</ul>
<a href="/forums" class="text-14 font-semibold text-brand-500">View all forums</a></aside>
<article class="flex min-w-0 flex-1 flex-col gap-6" data-test="thread">
<div class="flex flex-row items-center gap-2 text-12 text-light-gray"><a href="/p/general" class="font-semibold">p/general</a><span aria-hidden="true">·</span>
<span>Discussion</span></div><h1 class="text-24 font-semibold text-dark-gray">${phTitle}</h1>
<div class="flex flex-row items-center gap-2"><a href="/@nadiabrennan" class="size-10"><img alt="Nadia Brennan" class="rounded-full" width="40" height="40"
src="https://ph-avatars.imgix.net/8830121/original.jpeg?auto=compress&amp;w=40"></a><div class="flex flex-col"><a href="/@nadiabrennan"
class="text-14 font-semibold text-dark-gray">Nadia Brennan</a><span class="text-12 text-light-gray">Building Ledgerline, invoicing for small
studios</span></div>
<span class="ml-auto text-12 text-light-gray">3d ago</span></div>
<div class="prose text-16 text-dark-gray"
data-test="thread-body">${phPost.map((p) => `<p>${p}</p>`).join('')}<ul>${phList.map((t) => `<li>${t}</li>`).join('')}</ul>
${phPost2.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="flex flex-row items-center gap-3"><button type="button" data-test="vote-button" class="rounded-full border px-4 py-2 text-14 font-semibold">Upvote
(31)</button>
<button type="button" class="rounded-full border px-4 py-2 text-14 font-semibold">Share</button><button type="button"
class="rounded-full border px-4 py-2 text-14 font-semibold">Follow</button><span class="text-12 text-light-gray">412 views</span></div>
<div class="flex flex-row items-center justify-between border-t pt-6"><h2 class="text-18 font-semibold text-dark-gray">14 replies</h2>
<button type="button" class="text-14 font-semibold text-light-gray">Best</button></div>
<div class="rounded-xl border px-4 py-3 text-14 text-light-gray"><a href="/login" class="font-semibold text-brand-500">Sign in</a> to join the discussion</div>
<div class="flex flex-col gap-8" data-test="comments">${phComments.map(comment).join('\n')}</div>
<button type="button" class="self-start text-14 font-semibold text-brand-500">Show 9 more replies</button></article>
<aside class="hidden w-80 shrink-0 xl:block"><section class="rounded-xl border p-4"><h2 class="text-16 font-semibold">Trending forum threads</h2>
<ul class="mt-3 flex flex-col gap-3 text-14">${links(phTrending, 'trending-thread')}</ul></section>
<section class="mt-6 rounded-xl border p-4" data-sentry-component="NewsletterBox"><h2 class="text-16 font-semibold">Get the best of Product Hunt, daily</h2>
<p class="text-14 text-light-gray">The top launches and discussions, in your inbox every morning.</p><input type="email" placeholder="Your email">
<button type="button" class="rounded-full bg-brand-500 px-4 py-2 text-14 font-semibold text-white">Subscribe</button></section></aside></main>
<footer class="border-t px-6 py-8 text-14 text-light-gray"><ul class="flex flex-row flex-wrap gap-4">${links(phFoot)}</ul><p>© 2025 Product
Hunt</p></footer></div>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script>self.__next_f.push([1,"1:HL[\\"/_next/static/css/7d1e5c0a9f.css\\",\\"style\\"]\\n"])</script>
</body></html>`;
export const productHuntThread: TestPage = {
  html: phHtml,
  name: 'heldout49-product-hunt-thread',
  kind: 'forum',
  // the thread title is the title; the thread's text with its list and every comment and reply are body (a forum thread);
  // names and ages are bylines (each once); headlines and the "Maker" badge are furniture (user titles), as are the vote,
  // reply, share and report buttons, "Follow", views, "14 replies", the sort, the sign-in prompt, "Show 9 more replies", the
  // breadcrumb, the forums sidebar, trending threads, the newsletter box, header and footer; the "Share" buttons are a word
  // of a comment ("share one login"): left out
  title: phTitle,
  headings: [],
  body: [...texts(phPost), ...phList, ...texts(phPost2), ...texts(phComments.flatMap((c) => c.text))],
  bylines: ['Nadia Brennan', '3d ago', 'Karim Osei', '2d ago', 'Maya Lindgren', 'Devon Hart', '1d ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search ( ⌘ + k )', ...phNav, 'Subscribe', 'Sign in', ...phForums, 'View all forums', 'Discussion', 'Building Ledgerline, invoicing for small studios',
    'Upvote (31)', 'Follow', '412 views', '14 replies', 'Best', 'Sign in to join the discussion', 'Founder, Stackform', 'Maker', 'Growth at Parcelcraft',
    'Indie maker', ...phComments.map((c) => `Upvote (${c.votes})`).filter((t, i, a) => a.indexOf(t) === i), 'Reply', 'Report', 'Show 9 more replies',
    'Trending forum threads', ...texts(phTrending), 'Get the best of Product Hunt, daily', 'The top launches and discussions, in your inbox every morning.',
    ...phFoot.filter((t) => t !== 'Forums' && t !== 'Advertise'), '© 2025 Product Hunt',
  ],
};
