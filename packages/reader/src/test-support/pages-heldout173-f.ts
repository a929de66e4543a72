import { type TestPage, texts } from './page-kit.js';
import { devPost } from './pages-heldout173-f2.js';
import { anchors, lis, pc } from './pages-heldout173-kit.js';

/**
 * Held-out batch 173, file f: a Fly.io blog post (fly.io/blog: the header with the blog-family nav, "Sign In" and "Get
 * Started", the hero image with its illustrator credit, the author block with the handle and date, the "We’re Fly.io"
 * callout the blog puts at the top of posts, the post with a code block and list, the previous/next links and the
 * footer columns) and, from file f2, a 37signals Dev blog post.
 */
const flTitle = 'Our volume snapshots got slower so your restores could get faster';
const flCallout =
  'We’re Fly.io. We run apps for our users on hardware we host around the world, close to the people using them. This post is ' +
  'about storage, which is the least glamorous part of that. You can be up and running on Fly.io in minutes.';
const flP1 = [
  'Every volume on our platform gets a snapshot once a day. For a long time those snapshots were cheap to take and miserable to ' +
    'restore. Taking one meant copying the changed blocks to object storage. Restoring one meant pulling every block back, in ' +
    'order, before the new machine could boot.',
  'That was fine when volumes were small. It stopped being fine when people started keeping 200 GB Postgres databases on them ' +
    'and discovered, at the worst possible moment, that a restore took most of an afternoon.',
];
const flH1 = 'Backwards priorities';
const flP2 = [
  'We had optimised for the thing that happens every day and nobody notices, at the expense of the thing that happens once a ' +
    'year when somebody is already having a bad time. That is the wrong way round. Nobody has ever emailed us to say their ' +
    'snapshot was taken quickly.',
];
const flH2 = 'Lazy restores';
const flP3 = [
  'The new restore path boots the machine first and fetches blocks when they are read. A small block map, written with every ' +
    'snapshot, tells the host which object holds which range of the volume. Blocks nobody touches stay in object storage until ' +
    'a background job copies them down.',
  'To make that work the snapshot side had to do more: it now writes the block map, groups blocks that are usually read together ' +
    'into the same object, and checksums everything. Snapshots take about 40 percent longer than they used to. Nobody has ' +
    'noticed.',
];
const flCode = `$ fly volumes snapshots list vol_4rj8m2p9
$ fly volumes create pg_data --snapshot-id vs_Qx7LkB2 --region ams`;
const flH3 = 'What you get';
const flList = [
  'A machine restored from a 200 GB snapshot boots in under a minute instead of three hours.',
  'Reads of blocks that have not arrived yet are slower, by roughly the latency of object storage in the region.',
  'Once the background copy finishes, usually within an hour, the volume behaves exactly like any other.',
];
const flP4 = [
  'This is on for every volume now. You do not need to change anything. If you have a restore drill in your runbook, and you ' +
    'should, now is a good time to run it and enjoy the difference.',
];
const flNav = [
  'Articles',
  'Blog',
  'Phoenix Files',
  'Laravel Bytes',
  'Ruby Dispatch',
  'Django Beats',
  'JavaScript Journal',
  'Docs',
  'Community',
  'Status',
  'Pricing',
];
const flCredit = 'Image by Odette Marsh';
const flPrev = ['Previous post ↓', 'GPUs in more regions, and fewer surprises'];
const flNext = ['Next post ↑', 'Writing a tiny DNS server for private networks'];
const flFootCols: [string, string[]][] = [
  ['Company', ['About', 'Jobs']],
  ['Articles', ['Phoenix Files', 'Laravel Bytes', 'Ruby Dispatch', 'Django Beats', 'JavaScript Journal']],
  ['Resources', ['Docs', 'Support', 'Status']],
  ['Contact', ['GitHub', 'Twitter', 'Community']],
  ['Legal', ['Security', 'Privacy policy', 'Terms of service', 'Acceptable Use Policy']],
];
const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${flTitle} · The Fly Blog</title><meta name="description" content="Lazy restores for volume snapshots."><meta property="og:title" content="${flTitle}">
<meta property="og:site_name" content="Fly"><meta property="og:image" content="https://fly.io/blog/volume-restores/assets/restores-cover.webp">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="https://fly.io/blog/volume-restores/">
<link rel="alternate" type="application/rss+xml" title="The Fly Blog" href="https://fly.io/blog/feed.xml">
<link rel="stylesheet" href="/static/stylesheets/application-4f0e8c2a.css"><script defer data-domain="fly.io" src="https://plausible.io/js/script.js">
</script></head>
<body class="blog-post"><header class="bg-violet-900 text-white"><div class="container flex items-center justify-between py-4">
<a href="/" class="flex items-center" aria-label="Fly.io home"><img src="/static/images/brand/logo-landscape-inverted.svg" alt="Fly" class="h-8"></a>
<nav class="hidden lg:flex gap-5 text-sm font-medium">${anchors(flNav, 'hover:text-violet-200')}</nav><div class="flex gap-3">
<a href="/app/sign-in" class="btn btn-sm btn-outline">Sign In</a><a href="/app/sign-up" class="btn btn-sm btn-primary">Get Started</a></div></div></header>
<main class="container max-w-3xl mx-auto py-12"><article><figure class="mb-8"><img src="/blog/volume-restores/assets/restores-cover.webp"
alt="A cartoon balloon hauling a filing cabinet up from the sea floor" class="rounded-xl"><figcaption class="text-xs text-gray-500 text-right mt-2">
<a href="https://odettemarsh.example/">${flCredit}</a></figcaption></figure>
<header class="mb-8"><div class="flex items-center gap-3 text-sm"><img src="/static/images/henri.webp" alt="A dog-eared portrait of Henri Lavoie"
class="w-10 h-10 rounded-full">
<dl class="leading-tight"><dt class="sr-only">Author</dt><dd class="font-semibold">Henri Lavoie</dd><dd>
<a href="https://twitter.com/henrilavoie">@henrilavoie</a></dd>
</dl><span class="text-gray-500"><time datetime="2025-03-04">March 4, 2025</time></span></div>
<h1 class="text-4xl font-extrabold mt-6">${flTitle}</h1></header>
<section class="post">
<aside class="callout right-sidenote"><p>${flCallout}</p><p><a class="btn btn-sm" href="/docs/speedrun/">Try it for free <span>→</span></a></p></aside>
${pc(flP1, 'mb-4')}
<h2 id="backwards-priorities" class="group flex items-start"><a href="#backwards-priorities" aria-label="Anchor"></a>
<span class="plain-code">${flH1}</span></h2>
${pc(flP2, 'mb-4')}
<h2 id="lazy-restores" class="group flex items-start"><a href="#lazy-restores" aria-label="Anchor"></a><span class="plain-code">${flH2}</span></h2>
${pc(flP3, 'mb-4')}
<div class="highlight-wrapper group relative cmd"><button type="button" class="bubble-wrap z-20 absolute right-1.5 top-1.5" data-wrap-target="#code-9b2k">
<span class="bubble-sm bubble-lt">Wrap text</span></button><button type="button" class="bubble-wrap z-20 absolute right-1.5" data-copy-target="#code-9b2k">
<span class="bubble-sm bubble-lt">Copy to clipboard</span></button><pre class="highlight" id="code-9b2k"><code>${flCode}</code></pre></div>
<h2 id="what-you-get" class="group flex items-start"><a href="#what-you-get" aria-label="Anchor"></a><span class="plain-code">${flH3}</span></h2>
<ul>${lis(flList)}</ul>
${pc(flP4, 'mb-4')}
</section></article>
<nav class="flex flex-col gap-4 mt-16 border-t pt-8" aria-label="More posts"><a href="/blog/tiny-dns/" class="block">
<span class="text-sm text-gray-500">${flNext[0]}</span>
<span class="block font-semibold">${flNext[1]}</span></a><a href="/blog/gpus-more-regions/" class="block">
<span class="text-sm text-gray-500">${flPrev[0]}</span>
<span class="block font-semibold">${flPrev[1]}</span></a></nav></main>
<footer class="bg-gray-100 text-sm"><div class="container grid grid-cols-2 md:grid-cols-5 gap-8 py-12">
${flFootCols
  .map(
    ([h, l]) =>
      `<div><h3 class="font-semibold mb-2">${h}</h3><ul class="space-y-1">${l
        .map(
          (t) => `<li><a href="/x">${t}</a>
</li>`,
        )
        .join('')}</ul></div>`,
  )
  .join('\n')}
</div><p class="container pb-8 text-gray-500">Copyright © 2025 Fly.io</p></footer>
<script src="/static/javascripts/application-2b9d4e1f.js" defer></script></body></html>`;
const fly: TestPage = {
  html,
  name: 'heldout173-fly-io-blog',
  kind: 'blog',
  // the "We’re Fly.io" callout at the top of the post is the blog's standing promo and is furniture; the author name, handle
  // and date are bylines; the code block is in neither list, its "Wrap text" and "Copy to clipboard" buttons are furniture
  title: flTitle,
  headings: [flH1, flH2, flH3],
  body: texts([...flP1, ...flP2, ...flP3, ...flList, ...flP4]),
  bylines: ['Henri Lavoie', '@henrilavoie', 'March 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...flNav, 'Sign In', 'Get Started', flCredit, 'Author', flCallout, 'Try it for free →', 'Wrap text', 'Copy to clipboard',
    ...flNext, ...flPrev, 'Company', 'About', 'Jobs', 'Resources',
    'Support', 'Contact', 'GitHub', 'Twitter', 'Legal', 'Security', 'Privacy policy', 'Terms of service', 'Acceptable Use Policy', 'Copyright © 2025 Fly.io',
  ],
};

export const HELDOUT173_F: readonly TestPage[] = [fly, devPost];
