import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout260-kit.js';

/**
 * Held-out batch 260, file d2: a Hashnode post (Next.js markup: div#__next, utility classes, the blog header with Follow
 * and the newsletter button, cover image, author row with date and read time, the table of contents, the prose body with
 * heading anchors, tags, the reactions bar, "Written by" card, the newsletter box, "More articles" and the footer) with the
 * page data in script#__NEXT_DATA__.
 */
const hTitle = 'Why Our Nightly Backups Took Four Hours, and the Two-Line Fix';
const hH = ['The symptom', 'Finding the slow part', 'The fix', 'What we measure now'];
const hP0 = [
  j(
    'For most of last year the nightly backup of our booking database at Tidewell took a little over four hours. Nobody',
    'worried much, because it finished before the morning rush. Then in January it started to overlap with the first',
    'bookings of the day, and customers saw timeouts at eight in the morning.',
  ),
];
const hP1 = [
  j(
    'The database itself was only about sixty gigabytes. Copying that much data to our storage bucket should take minutes,',
    'not hours, and a test copy of the raw files took eleven minutes. Something between the dump and the upload was slow.',
  ),
];
const hP2 = [
  j(
    'We added timestamps to each stage of the backup script and ran it by hand on a Sunday. The dump took nine minutes. The',
    'upload took thirteen. Compression took three hours and forty minutes.',
  ),
  j(
    'The script piped the dump through <code>gzip -9</code> on a single core. Maximum compression had been chosen years ago',
    'on a much smaller database, and nobody had looked at it since.',
  ),
];
const hP3 = ['We changed two things in the script:'];
const hList = [
  'We switched to a parallel compressor using all eight cores of the backup machine.',
  'We lowered the compression level from 9 to 3, which made the files only about six per cent bigger.',
];
const hP3b = [
  j(
    'The whole backup now finishes in thirty-four minutes. The extra storage costs us less per month than a single coffee',
    'for the on-call engineer who used to be paged when it overran.',
  ),
];
const hP4 = [
  j(
    'Every stage of the backup now reports its duration to our metrics system, and an alert fires if the total goes over',
    'an hour. We also test a restore every Monday, because a backup you have never restored is only a hope.',
  ),
  j(
    'The wider lesson for us was about defaults that outlive their reasons. The compression level was a sensible choice',
    'for a two-gigabyte database on a quiet server. Nobody wrote down why it was chosen, so nobody thought to revisit it',
    'as the data grew thirty times over. We now keep a short note next to every tuning value in our scripts.',
  ),
];
const hToc = hH;
const hTags = ['PostgreSQL', 'Backup', 'DevOps', 'performance'];
const hMore = ['Moving our queue from cron to a proper scheduler', 'Three boring rules for database migrations'];
const hFoot = ['Archive', 'Privacy policy', 'Terms'];
const nextData = JSON.stringify({
  props: { pageProps: { post: { title: hTitle, slug: 'nightly-backups-four-hours', readTimeInMinutes: 5, author: { name: 'Priya Lindqvist' } } } },
  page: '/[...slug]',
  buildId: 'k7GqZ2v1',
});
const hHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${hTitle}</title><meta name="description" content="Compression, not the dump, was eating our backup window."><meta property="og:type" content="article">
<link rel="canonical" href="https://engineering.tidewell.example/nightly-backups-four-hours"><meta name="next-head-count" content="24">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2026-02-09T10:12:44.310Z",
"author":{"@type":"Person","name":"Priya Lindqvist"}}</script>
<link rel="preload" href="/_next/static/css/3c1d8a.css" as="style"><link rel="stylesheet" href="/_next/static/css/3c1d8a.css" data-n-g="">
<script src="/_next/static/chunks/webpack-5fd3.js" defer=""></script><script src="/_next/static/chunks/framework-9e21.js" defer=""></script></head>
<body><div id="__next"><div class="blog-post-page font-sans"><header class="blog-header relative z-50 w-full border-b border-black/10 bg-white">
<div class="container mx-auto px-2 md:px-4"><div class="relative z-40 flex flex-row items-center justify-between pb-2 pt-8 md:mb-4">
<div class="flex flex-row items-center py-1"><h2 class="blog-title text-2xl font-semibold"><a href="/" aria-label="Tidewell Engineering home page">
<span class="block">Tidewell Engineering</span></a></h2></div><div class="flex flex-row items-center"><button type="button"
class="blog-follow-button">Follow</button>
<button type="button" class="blog-newsletter-button">Newsletter</button></div></div>
<div class="blog-sub-header"><nav><ul class="flex flex-row">${links(
  ['Home', 'Infrastructure', 'Product', 'Hiring'],
  'blog-nav-item',
)}</ul></nav></div></div></header>
<main class="blog-post-detail-card pb-24"><article class="flex flex-col items-start"><div class="w-full"><div class="relative"><div class="mb-8 md:mb-14">
<img alt="${hTitle}" class="post-cover" src="https://cdn.hashnode.example/res/hashnode/image/upload/v1707/cover.png?w=1600"></div>
<h1 class="font-heading mb-8 px-4 text-center text-4xl font-extrabold leading-tight text-slate-900 md:text-5xl">${hTitle}</h1>
<div class="relative z-20 mb-8 flex w-full flex-col items-center justify-center md:mb-12 md:flex-row"><div
class="mb-5 flex w-full flex-row items-center justify-center">
<div class="flex flex-row items-center"><a href="https://hashnode.example/@priyal" class="relative block h-10 w-10 overflow-hidden rounded-full"><img
alt="Priya Lindqvist's photo"
src="https://cdn.hashnode.example/res/hashnode/image/upload/v1690/priya.jpeg"></a><a href="https://hashnode.example/@priyal"
class="ml-2 font-semibold text-slate-600">
<span>Priya Lindqvist</span></a></div></div><div class="mb-5 flex w-full flex-row items-center justify-center text-slate-600"><span
class="mx-3 block font-bold">·</span>
<a href="/nightly-backups-four-hours" class="tooltip-handle"><span>Feb 9, 2026</span></a><span class="mx-3 block font-bold">·</span>
<p class="flex flex-row items-center"><span>5 min read</span></p></div></div>
<div class="mx-auto w-full px-5 md:max-w-screen-md"><div class="mb-10 w-full rounded-lg border p-5"><h2 class="mb-4 text-lg font-bold">Table of contents</h2>
<ul class="toc">${hToc.map((t) => `<li><a href="#heading-${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul></div></div></div>
<div class="relative mx-auto w-full px-5 md:max-w-screen-md"><div id="post-content-parent" class="relative mb-10 pb-14"><div id="post-content-wrapper"
class="prose prose-lg mx-auto mb-10 min-h-30 break-words xl:prose-xl dark:prose-dark">
${ps(hP0)}
<h2 id="heading-the-symptom">${hH[0]}</h2>
${ps(hP1)}
<h2 id="heading-finding-the-slow-part">${hH[1]}</h2>
${ps(hP2)}
<blockquote><p>Read more: <a href="/moving-queue-from-cron">Moving our queue from cron to a proper scheduler</a></p></blockquote>
<h2 id="heading-the-fix">${hH[2]}</h2>
${ps(hP3)}
<ol>${hList.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ol>
${ps(hP3b)}
<h2 id="heading-what-we-measure-now">${hH[3]}</h2>
${ps(hP4)}
</div><div class="mb-5 flex w-full flex-row flex-wrap justify-center md:mb-0">${hTags
  .map((t) => `<a href="/tag/${t.toLowerCase()}" class="mb-2 rounded-lg border px-2 py-1 text-base font-medium"><span>${t}</span></a>`)
  .join('\n')}</div></div></div>
<div class="sticky bottom-0 z-50 flex w-full justify-center"><div class="post-floating-bar flex h-12 flex-row items-center rounded-full border bg-white px-2">
<button type="button" class="reaction-button"><span>148</span></button><button type="button" class="comments-button"><span>Comments (6)</span></button>
<button type="button" class="bookmark-button" aria-label="Bookmark"></button><button type="button" class="share-button"><span>Share</span></button></div></div>
<div class="mx-auto my-10 w-full px-5 md:max-w-screen-md"><div class="flex flex-col gap-4 rounded-lg border p-6"><h3
class="text-sm font-semibold uppercase">Written by</h3>
<div class="flex flex-row gap-4"><a href="https://hashnode.example/@priyal" class="font-bold">Priya Lindqvist</a><p class="text-slate-600">Platform engineer at
Tidewell. Quietly deleting cron jobs since 2019.</p><button type="button" class="follow-button">Follow</button></div></div></div>
<div class="newsletter mx-auto w-full px-5 md:max-w-screen-md"><div class="rounded-lg border p-6"><h3 class="font-bold">Subscribe to our newsletter</h3>
<p>Read articles from Tidewell Engineering directly inside your inbox. Subscribe to the newsletter, and don't miss out.</p>
<form><input type="email" placeholder="Enter your email address" class="w-full"><button type="submit" class="rounded-full">Subscribe</button></form></div></div>
</article><section class="blog-more-articles mx-auto"><h2 class="mb-10 text-2xl font-bold">More articles</h2><div class="grid grid-cols-2 gap-6">${hMore
  .map((t) => `<div class="post-card"><h1 class="text-xl font-bold"><a href="#">${t}</a></h1><p class="text-sm">Priya Lindqvist</p></div>`)
  .join('\n')}</div></section></main>
<footer class="blog-footer-area border-t px-5 py-10"><div class="container mx-auto"><p>©2026 Tidewell Engineering</p><ul class="flex gap-4">${links(hFoot)}</ul>
<a href="https://hashnode.example/onboard" class="powered-by">Publish with Hashnode</a><p>Powered by <a href="https://hashnode.example">Hashnode</a> -
Build your
developer hub.</p></div></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">${nextData}</script></body></html>`;
export const hashnode: TestPage = {
  name: 'heldout260-hashnode-nextjs-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([...hP0, ...hP1, ...hP2, ...hP3, ...hList, ...hP3b, ...hP4]),
  bylines: ['Priya Lindqvist', 'Feb 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tidewell Engineering', 'Follow', 'Newsletter', 'Home', 'Infrastructure', 'Product', 'Hiring', '5 min read', 'Table of contents',
    'Read more: Moving our queue from cron to a proper scheduler', ...hTags, '148', 'Comments (6)', 'Share', 'Written by',
    'Platform engineer at Tidewell. Quietly deleting cron jobs since 2019.', 'Subscribe to our newsletter',
    "Read articles from Tidewell Engineering directly inside your inbox. Subscribe to the newsletter, and don't miss out.", 'Subscribe', 'More articles',
    ...hMore, '©2026 Tidewell Engineering', ...hFoot, 'Publish with Hashnode', 'Powered by Hashnode - Build your developer hub.',
  ],
};
