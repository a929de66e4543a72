import { type TestPage, texts } from './page-kit.js';
import { vercelPost } from './pages-heldout173-e2.js';
import { anchors, lis } from './pages-heldout173-kit.js';

/**
 * Held-out batch 173, file e: a Linear blog post (linear.app/now as the Next.js site serves it: skip link, the header with
 * the product nav and log-in buttons, the "Now" back link, the title, the author and date row, the post with an image
 * caption, a list and a closing sign-off, "Read next" cards, the "Plan the present" CTA and the footer columns with the
 * status line) and, from file e2, a Vercel blog post.
 */
const lnTitle = 'Why we rebuilt our sync engine around partial bootstrapping';
const lnP1 = [
  'When you open Linear, the app does not wait for the server before showing your issues. It reads from a local database that ' +
    'the sync engine keeps up to date in the background. That design is why the app feels fast, but it came with a cost we ' +
    'kept paying: the first time you signed in, the client downloaded every issue your workspace had ever created.',
  'For a team of twenty that was a few seconds. For our largest customers, with millions of issues, the first load could take ' +
    'minutes. Last year we rebuilt the bootstrap so that clients download only what they are likely to need.',
];
const lnH1 = 'What the client actually needs';
const lnP2 = [
  'We looked at months of anonymised usage and found that people rarely open issues that were closed more than a few months ' +
    'ago, outside of search. Almost all the time, the client needs the open issues of the teams a person belongs to, and recent ' +
    'activity around them.',
  'So partial bootstrapping downloads that working set first. Everything else stays on the server until the client asks for it, ' +
    'either because you searched, followed a link, or opened an old project.',
];
const lnCaption = 'Time to first interactive screen for new sessions in large workspaces, before and after partial bootstrapping.';
const lnH2 = 'Keeping it honest';
const lnP3 = ['The hard part was not fetching less. It was making sure the app never lies about what it has. We added three rules:'];
const lnList = [
  'Every view knows whether it is showing complete data or a partial set, and says so when it matters.',
  'Counts and filters that need the full history are computed on the server, not guessed on the client.',
  'When an older issue is loaded on demand, it joins the local database and is kept in sync like any other.',
];
const lnH3 = 'Results';
const lnP4 = [
  'For workspaces with more than a million issues, the first load now takes eleven seconds at the median instead of three ' +
    'minutes, and the local database on a new laptop is about a tenth of the size it used to be. Smaller teams see little ' +
    'difference, which is how it should be.',
  'Partial bootstrapping is now on for every workspace. If you notice anything that looks incomplete, tell us in the app and we ' + 'will take a look.',
];
const lnSign = '— Tuomas and the sync team';
const lnNav = ['Product', 'Resources', 'Customers', 'Pricing', 'Now', 'Contact'];
const lnNext = [
  ['Engineering', 'Building the issue graph'],
  ['Method', 'How we run project reviews'],
];
const lnCta = ['Plan the present. Build the future.', 'Get started', 'Contact sales'];
const lnFootCols: [string, string[]][] = [
  ['Features', ['Intake', 'Plan', 'Build', 'Monitor', 'Insights', 'Integrations']],
  ['Company', ['About', 'Careers', 'README', 'Quality', 'Brand']],
  ['Resources', ['Switch', 'Download', 'Documentation', 'Developers', 'Status', 'Startups']],
  ['Connect', ['Contact us', 'Community', 'X (Twitter)', 'GitHub', 'YouTube']],
];
const lnLegal = ['Privacy', 'Terms', 'DPA'];
const html = `<!DOCTYPE html><html lang="en" class="dark" style="color-scheme:dark"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${lnTitle} – Linear</title>
<meta name="description" content="How Linear’s sync engine learned to download only the data a client needs."><meta property="og:title" content="${lnTitle}">
<meta property="og:site_name" content="Linear"><meta property="og:type" content="article"><link rel="canonical"
href="https://linear.app/now/partial-bootstrapping">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${lnTitle}","datePublished":"2025-03-04T00:00:00.000Z",
"author":{"@type":"Person","name":"Tuomas Virtanen"},"publisher":{"@type":"Organization","name":"Linear"}}</script>
<link rel="stylesheet" href="/_next/static/css/5e3a1c7f0d2b.css" data-precedence="next"></head>
<body><div class="Layout_root__f2KpB"><a class="SkipLink_skip__Qx9aL" href="#main">Skip to content →</a>
<header class="Header_root__x8J2a"><div class="Header_inner__tBa1m"><a href="/" aria-label="Navigate to home" class="Header_logo__r4Kd0">
<svg aria-hidden="true"></svg><span class="Header_wordmark__q1Lz9">Linear</span></a><nav class="Header_nav__P0v7s" aria-label="Main">
${anchors(lnNav, 'Header_link__Ks3eN')}</nav><div class="Header_actions__u2nHs"><a href="https://linear.app/login" class="Button_ghost__d9Gkq">Log in</a>
<a href="https://linear.app/signup" class="Button_primary__m1PfA">Sign up</a></div></div></header>
<main id="main" class="Now_main__Yp3Ws"><article class="Post_root__a0Hf2"><a class="Post_back__L2mQx" href="/now">← Now</a>
<h1 class="Post_title__z8XkC">${lnTitle}</h1><div class="Post_meta__J6bQv"><div class="Avatar_root__s1pRn"><img alt="Tuomas Virtanen"
src="https://webassets.linear.app/images/ornj730p/production/tuomas.png" width="24" height="24"></div>
<span class="Post_author__sN4tE">Tuomas Virtanen</span><span class="Post_dot__gk2Wd" aria-hidden="true">·</span>
<time class="Post_date__Zr0eH" datetime="2025-03-04">March 4, 2025</time></div>
<div class="Post_content__cq1Ty prose"><p>${lnP1.join('</p><p>')}</p>
<h2>${lnH1}</h2><p>${lnP2.join('</p><p>')}</p>
<figure><img src="https://webassets.linear.app/images/ornj730p/production/bootstrap-chart.png" alt="" width="1600" height="900">
<figcaption>${lnCaption}</figcaption></figure>
<h2>${lnH2}</h2><p>${lnP3.join('</p><p>')}</p><ul>${lis(lnList)}</ul>
<h2>${lnH3}</h2><p>${lnP4.join('</p><p>')}</p><p><em>${lnSign}</em></p></div></article>
<section class="ReadNext_root__b8GmW"><h2 class="ReadNext_title__P3a0K">Read next</h2><div class="ReadNext_grid__G7xHh">
${lnNext
  .map(
    ([c, t]) => `<a class="ReadNext_card__eY1cZ" href="/now/r"><span class="ReadNext_label__kN5sC">${c}</span><h3>${t}</h3>
</a>`,
  )
  .join('\n')}</div></section>
<section class="Cta_root__V0Ldx"><h2 class="Cta_title__Ie2Cb">${lnCta[0]}</h2><div class="Cta_actions__t5HuL">
<a class="Button_primary__m1PfA" href="/signup">${lnCta[1]}</a><a class="Button_secondary__c7EvB" href="/contact/sales">${lnCta[2]}</a></div></section></main>
<footer class="Footer_root__Jw8sE"><div class="Footer_grid__yK3fM">
${lnFootCols
  .map(
    ([h, l]) =>
      `<div class="Footer_column__Cq2dL"><h3 class="Footer_heading__m8Znt">${h}</h3><ul>${l
        .map(
          (t) => `<li>
<a href="/${t.toLowerCase()}">${t}</a></li>`,
        )
        .join('')}</ul></div>`,
  )
  .join('\n')}
</div><div class="Footer_bottom__Xp4Hq"><a class="Footer_status__w0Nkd" href="https://linearstatus.com">All systems operational</a>
<div class="Footer_legal__F9sLb">${anchors(lnLegal, 'Footer_legalLink__H2kVn')}</div></div></footer></div>
<script src="/_next/static/chunks/webpack-2d6f8a41c3b9e0f7.js" async=""></script>
<script>self.__next_f.push([1,"2:I[\\"app/now/[slug]/page\\"]"])</script></body></html>`;
const linear: TestPage = {
  html,
  name: 'heldout173-linear-blog',
  kind: 'blog',
  // the italic sign-off at the end of the post is the author's and is body; the author name and date are bylines; the back
  // link, caption, "Read next" cards, the CTA and the footer are furniture; "Now" (a nav item) is also in the back link
  title: lnTitle,
  headings: [lnH1, lnH2, lnH3],
  body: texts([...lnP1, ...lnP2, ...lnP3, ...lnList, ...lnP4, lnSign]),
  bylines: ['Tuomas Virtanen', 'March 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content →', 'Linear', ...lnNav, 'Log in', 'Sign up', '← Now', lnCaption, 'Read next', ...lnNext.flat(), ...lnCta,
    ...lnFootCols.flatMap(([h, l]) => [h, ...l]).filter((t) => t !== 'Resources'), 'All systems operational', ...lnLegal,
  ],
};

export const HELDOUT173_E: readonly TestPage[] = [linear, vercelPost];
