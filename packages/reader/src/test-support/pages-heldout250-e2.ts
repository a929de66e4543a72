import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout250-kit.js';

/**
 * Held-out batch 250, file e2: a developer-relations post on a Hashnode blog (Next.js markup with Tailwind classes and
 * __NEXT_DATA__, the blog header with navigation and follow / subscribe buttons, cover image, author and date row with
 * reading time, tags, code blocks with copy buttons, the floating like / comment / share bar, the series box, the newsletter
 * box, comments, the "Written by" card, more articles and the Hashnode footer).
 */
const nTitle = 'How we cut our SDK quickstart from 14 steps to 3';
const nSub = 'Notes from a developer-experience audit of the Corvid payments SDK';
const nH2 = ['Counting the steps', 'Three changes that mattered', 'What we measure now'];
const nIntro = [
  j(
    'Every developer-relations team says its quickstart is simple. We decided to check ours by timing five engineers from other',
    'teams as they tried to take a test payment with the Corvid SDK, with nothing but our docs open.',
  ),
];
const nCount = [
  j(
    'The fastest person took 26 minutes; the slowest gave up after 50. When we wrote down every action they took, the "quickstart"',
    'had fourteen steps, including creating two API keys, copying a webhook secret and installing a CLI that the guide never used.',
  ),
];
const nChanges = [
  '<strong>One key for test mode.</strong> New accounts now get a single test key that works for both the client and the server.',
  '<strong>A webhook you do not have to host.</strong> Test events go to a hosted inspector page until you add your own endpoint.',
  '<strong>A runnable first example.</strong> The first code block on the page now takes a payment when pasted as it is.',
];
const nCode = ['npm install @corvid/sdk', 'npx corvid init --test', 'node examples/first-payment.js'];
const nAfter = [
  j(
    'Those three lines are now the whole quickstart. The init command writes the test key into a local env file and prints the',
    'link to the hosted webhook inspector, so the first payment shows up in a browser tab a few seconds after the script runs.',
  ),
  j(
    'We also moved everything that is not needed for the first payment, like environment variables for production, idempotency',
    'keys and the CLI, into a "Next steps" page. Nothing was deleted from the docs; it simply stopped standing between a new',
    'developer and their first success.',
  ),
];
const nMeasure = [
  j(
    'We now track one number for the quickstart: the median time from sign-up to the first successful test payment. It was 31',
    'minutes in October. In February it was six minutes, and the share of new sign-ups who take a test payment on day one rose',
    'from 22 to 58 percent.',
  ),
  j(
    'The lesson for other DevRel teams is boring but true: sit next to someone while they follow your guide, and count. Your',
    'docs will look very different afterwards.',
  ),
];
const nTags = ['Developer Relations', 'Developer Tools', 'Onboarding', 'Fintech'];
const nNav = ['Home', 'Changelog', 'API reference', 'Community'];
const nMore = ['Writing error messages developers actually read', 'Our docs style guide, open-sourced'];
const nComments = [
  'The hosted webhook inspector is a great idea. We make people set up ngrok in step four and lose half of them there.',
  'Did you keep the CLI at all, or is it gone from the guide entirely?',
];
const nFoot = ['Archive', 'Privacy policy', 'Terms'];
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>How we cut our SDK quickstart from 14 steps to 3</title><meta name="description" content="${nSub}">
<meta property="og:site_name" content="Corvid Developer Blog"><meta property="og:type" content="article">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://dev.corvidpay.example/sdk-quickstart-14-to-3"><meta name="next-head-count" content="22">
<link rel="preload" href="https://cdn.hashnode.example/_next/static/css/6c0f1b.css" as="style">
<link rel="stylesheet" href="https://cdn.hashnode.example/_next/static/css/6c0f1b.css">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"BlogPosting","headline":"${nTitle}","datePublished":"2026-03-02T09:30:00.000Z",
"author":{"@type":"Person","name":"Mateus Oyelaran","url":"https://hashnode.example/@mateuso"}}</script></head>
<body><div id="__next"><div class="blog-post-details-page"><header class="blog-header relative z-50 w-full border-b border-black/10 bg-white
dark:border-white/10 dark:bg-slate-900"><div class="container mx-auto px-2 md:px-4 2xl:px-10"><div class="relative z-40 flex flex-row items-center
justify-between pb-2 pt-8 md:mb-4"><a aria-label="Corvid Developer Blog home page" class="flex flex-row items-center" href="/"><span
class="text-xl font-semibold">Corvid Developer Blog</span></a><div class="flex flex-row items-center gap-2"><button class="blog-follow-button">Follow</button>
<a class="rounded-full px-4 py-2 text-sm font-semibold" href="/newsletter">Subscribe</a></div></div>
<nav class="blog-sub-header" data-testid="blog-sub-header"><ul class="flex flex-row items-center gap-2 whitespace-nowrap text-sm">${links(nNav, 'py-2')}</ul>
</nav></div></header>
<main class="blog-post-detail-card pb-24"><article class="relative mb-6 w-full"><div class="relative z-20 mx-auto max-w-[1200px]"><div class="w-full">
<div class="relative mb-8 w-full md:mb-14"><img alt="${nTitle}" src="https://cdn.hashnode.example/res/hashnode/image/upload/v1772/cover.png?w=1600&amp;h=840"
class="rounded-xl"></div><h1 class="font-heading mx-auto mb-8 max-w-screen-lg px-4 text-center text-3xl font-extrabold leading-tight text-slate-900
dark:text-white md:text-5xl" data-query="post-title">${nTitle}</h1><h2 class="font-heading mx-auto mb-12 max-w-screen-md px-4 text-center text-2xl
text-slate-700 md:text-3xl">${nSub}</h2>
<div class="relative z-20 mb-8 flex flex-row flex-wrap items-center justify-center px-4 md:-mt-7 md:mb-14 md:text-lg"><div class="mb-5 flex w-full
flex-row items-center justify-center md:mb-0 md:w-auto md:justify-start"><a href="https://hashnode.example/@mateuso" class="relative block h-10 w-10">
<img alt="Mateus Oyelaran's photo" src="https://cdn.hashnode.example/avatars/mateuso.png" class="rounded-full"></a><a href="https://hashnode.example/@mateuso"
class="ml-2 font-semibold text-slate-600 dark:text-white"><span>Mateus Oyelaran</span></a></div><div class="mb-5 flex w-full flex-row items-center
justify-center md:mb-0 md:w-auto md:justify-start"><span class="mx-3 hidden font-bold text-slate-500 md:block">·</span><a href="/sdk-quickstart-14-to-3"
class="tooltip-handle text-slate-700 dark:text-slate-400" data-title="Mar 2, 2026 09:30"><span>Mar 2, 2026</span></a><span class="mx-3 block font-bold
text-slate-500">·</span><p class="flex flex-row items-center text-slate-700 dark:text-slate-400"><svg class="mr-2 h-5 w-5"></svg><span>5 min read</span></p>
</div></div></div></div>
<div class="relative mb-10 flex flex-row justify-center"><div id="post-content-parent" class="relative mb-10 px-4 pb-10 md:max-w-screen-md">
<div id="post-content-wrapper" class="prose prose-lg mx-auto mb-10 min-h-30 break-words dark:prose-dark xl:prose-xl">
${ps(nIntro)}
<h2 id="heading-counting-the-steps">${nH2[0]}</h2>
${ps(nCount)}
<h2 id="heading-three-changes-that-mattered">${nH2[1]}</h2>
<ol>${nChanges.map((c) => `<li><p>${c}</p></li>`).join('\n')}</ol>
<div class="relative"><pre><code class="lang-bash">${nCode.join('\n')}</code></pre><button class="absolute right-2 top-2 copy-code-btn"
aria-label="Copy code">Copy</button></div>
${ps(nAfter)}
<h2 id="heading-what-we-measure-now">${nH2[2]}</h2>
${ps(nMeasure)}
</div>
<div class="mb-5 flex w-full flex-row flex-wrap justify-center md:mb-0">${nTags
  .map((t) => `<a href="/tag/${t.toLowerCase().replace(/ /g, '-')}" class="mb-2 rounded-lg border px-2 py-1 text-sm"><span>${t}</span></a>`)
  .join('\n')}</div></div></div>
<div class="post-floating-bar fixed bottom-0 z-50 flex h-12 w-full"><button aria-label="Like this article"><span>64</span></button><button
aria-label="Comments"><span>2</span></button><button aria-label="Add to bookmarks"></button><button aria-label="Share this article">Share</button></div>
<div class="mx-auto mb-10 max-w-screen-md px-4"><div class="series-box rounded-lg border p-4"><p class="text-sm uppercase">Part of the series</p>
<a href="/series/dx-audits" class="text-lg font-bold">Developer experience audits</a></div></div>
<div class="blog-newsletter mx-auto max-w-screen-md rounded-lg bg-slate-50 p-6"><h3 class="text-xl font-bold">Subscribe to our newsletter</h3>
<p>Read articles from Corvid Developer Blog directly inside your inbox. Subscribe to the newsletter, and don't miss out.</p><form><input type="email"
placeholder="Enter your email address" class="rounded-full"><button type="submit">Subscribe</button></form></div>
<section id="comments" class="mx-auto max-w-screen-md px-4"><h3 class="text-xl font-bold">Comments (2)</h3>
<div class="comment-card"><a href="https://hashnode.example/@hannekev" class="font-semibold">Hanne Kvist</a><span class="text-sm">Mar 2, 2026</span>
<div class="prose"><p>${nComments[0]}</p></div></div>
<div class="comment-card"><a href="https://hashnode.example/@tobilu" class="font-semibold">Tobi Lumen</a><span class="text-sm">Mar 3, 2026</span>
<div class="prose"><p>${nComments[1]}</p></div></div></section>
<div class="mx-auto max-w-screen-md px-4"><div class="author-card flex flex-col rounded-lg border p-6"><p class="text-sm uppercase">Written by</p>
<a href="https://hashnode.example/@mateuso" class="text-xl font-bold">Mateus Oyelaran</a><p class="text-slate-600">Developer advocate at Corvid.
Writes about SDK design, docs and onboarding.</p></div></div>
<section class="mx-auto max-w-screen-lg px-4"><h2 class="font-heading text-2xl">More articles</h2><ul>${links(nMore)}</ul></section>
</article></main>
<footer class="blog-footer-area border-t px-5 py-10 text-center"><div class="container mx-auto"><ul class="flex justify-center gap-4">${links(nFoot)}</ul>
<p>©2026 Corvid Developer Blog</p><p><a href="https://hashnode.example/onboard?unlock-blog=true">Powered by Hashnode</a> - Build your developer hub.</p>
</div></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"publication":{"title":"Corvid Developer Blog"},"post":{"slug":
"sdk-quickstart-14-to-3","title":"${nTitle}","readTimeInMinutes":5}}},"page":"/[slug]","query":{"slug":"sdk-quickstart-14-to-3"},"buildId":"aK3v"}</script>
</body></html>`;
export const hashnode: TestPage = {
  name: 'heldout250-hashnode-devrel-post',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: nH2,
  body: texts([nSub, ...nIntro, ...nCount, ...nChanges, ...nCode, ...nAfter, ...nMeasure]),
  bylines: ['Mateus Oyelaran', 'Mar 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Corvid Developer Blog', 'Follow', 'Subscribe', ...nNav, '5 min read', 'Copy', ...nTags, 'Share', 'Part of the series',
    'Developer experience audits', 'Subscribe to our newsletter',
    "Read articles from Corvid Developer Blog directly inside your inbox. Subscribe to the newsletter, and don't miss out.", 
    'Comments (2)', 'Hanne Kvist', 'Tobi Lumen', 'Mar 3, 2026', ...nComments, 'Written by',
    'Developer advocate at Corvid. Writes about SDK design, docs and onboarding.', 'More articles', ...nMore, ...nFoot, '©2026 Corvid Developer Blog',
    'Powered by Hashnode - Build your developer hub.',
  ],
};
