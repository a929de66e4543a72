import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout248-kit.js';

/**
 * Held-out batch 248, file c: a campaign website's policy page on a NationBuilder theme (donate bar, top nav, the page intro,
 * sidebar sign-up and volunteer forms, "Chip in" buttons, social links and the paid-for-by footer) and a live blog on a
 * Politico-style politics site (headline with the live badge, summary, timestamped posts with their own headlines and
 * authors, "Key events" rail, newsletter promo, ad slots and the footer).
 */
const nTitle = 'Housing You Can Afford on a Teacher’s Salary';
const nIntro = [
  j(
    'When I knocked on doors in Millbrook last summer, the story I heard most was not about crime or taxes. It was about rent.',
    'Nurses, bus drivers and teachers told me they were spending half their pay to live in the city they serve, and their',
    'children were already planning to leave.',
  ),
  'As your county executive, I will treat housing as the infrastructure it is. Here is my plan.',
];
const nSections: [string, string[]][] = [
  [
    'Build on the land we already own',
    [
      j(
        'The county owns more than 300 acres of surplus land, from closed school sites to parking lots next to bus stations. I will',
        'offer these sites on long leases to builders who agree to keep at least 40 percent of homes affordable for households',
        'earning less than the county median.',
      ),
    ],
  ],
  [
    'Make it legal to build homes people need',
    [
      'Our zoning code still makes duplexes and small apartment buildings illegal on most residential land. In my first year I will:',
      'allow two to four homes on any residential lot within half a mile of frequent transit;',
      'end minimum parking requirements for buildings near bus and rail lines;',
      'approve permits that meet the code within 60 days, or refund the fee.',
    ],
  ],
  [
    'Protect renters today',
    [
      j(
        'New homes take years. Families facing eviction cannot wait. I will double the county’s right-to-counsel fund so that every',
        'tenant in eviction court has a lawyer, and create an emergency rent fund that pays landlords directly when a household',
        'falls behind because of a medical bill or a lost job.',
      ),
      j(
        '“Housing is what lets a teacher stay in the school where she started,” says Andrea Kovač, who has taught third grade in',
        'Millbrook for eleven years. “This plan is the first one I have read that understands that.”',
      ),
    ],
  ],
];
const nBody = [...nIntro, ...nSections.flatMap(([, p]) => p)];
const nNav = ['Meet Dana', 'Issues', 'Events', 'Volunteer', 'Endorsements', 'Store'];
const nFoot = ['Privacy policy', 'Contact the campaign', 'Press'];
const nSec = ([h, p]: [string, string[]]): string => {
  const items = p.filter((x) => x.endsWith(';') || x.endsWith('fee.'));
  const paras = p.filter((x) => !items.includes(x));
  return `<h2>${h}</h2>\n${ps(paras)}${items.length ? `\n<ul>${items.map((x) => `<li>${x}</li>`).join('\n')}</ul>` : ''}`;
};
const nHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${nTitle} - Dana Whitcombe for County Executive</title>
<meta property="og:site_name" content="Dana Whitcombe for County Executive"><meta name="description" content="Dana's plan for affordable housing.">
<link href="https://assets.nationbuilder.com/themes/5fc2/attachments/original/theme.css" rel="stylesheet">
<script>var NB = NB || {}; NB.page = {"id": 412, "slug": "housing", "site": "whitcombeforexec"};</script></head>
<body class="page-type-basic page-housing"><div id="donate-bar" class="donate-bar"><span>Every dollar helps us reach another voter.</span>
<a class="btn donate" href="/donate">Donate</a></div><header id="header"><div class="container"><a class="site-logo" href="/">Dana Whitcombe</a>
<nav id="main-nav"><ul class="nav">${links(nNav, 'nav-item')}</ul></nav></div></header>
<div id="content" class="container"><div class="row"><div class="col-md-8"><div id="intro" class="intro">
<div class="breadcrumbs"><a href="/issues">Issues</a> / <span>Housing plan</span></div><h1 id="headline">${nTitle}</h1></div>
<div class="content-pages-show"><div id="content-body" class="content">
${ps(nIntro)}
${nSections.map(nSec).join('\n')}
</div><div class="page-share"><span>Share this plan</span><a class="share-fb" href="#">Share on Facebook</a>
<a class="share-tw" href="#">Post on X</a></div></div></div>
<div id="sidebar" class="col-md-4"><div class="sidebar-signup"><h3>Stay in the loop</h3><form class="signup-form" action="/forms/signups">
<input type="email" name="signup[email]" placeholder="Email"><input type="text" name="signup[zip]" placeholder="ZIP">
<button type="submit" class="submit-button">Sign up</button></form></div>
<div class="sidebar-volunteer"><h3>Volunteer</h3><p>Knock doors, make calls or host a house party.</p><a class="btn" href="/volunteer">Get involved</a></div>
<div class="sidebar-chipin"><h3>Chip in</h3><a class="btn" href="/donate?amount=10">$10</a><a class="btn" href="/donate?amount=25">$25</a>
<a class="btn" href="/donate?amount=50">$50</a></div></div></div></div>
<footer id="footer"><ul class="footer-social">${links(['Facebook', 'Instagram', 'Bluesky'])}</ul><ul>${links(nFoot)}</ul>
<div class="paid-for">Paid for by Friends of Dana Whitcombe</div><p class="nb-credit">Created with NationBuilder</p></footer></body></html>`;
const nation: TestPage = {
  name: 'heldout248-nationbuilder-campaign-policy',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: nSections.map(([h]) => h),
  body: texts(nBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Every dollar helps us reach another voter.', 'Donate', 'Dana Whitcombe', ...nNav, 'Housing plan', 'Share this plan', 'Share on Facebook', 'Post on X',
    'Stay in the loop', 'Sign up', 'Knock doors, make calls or host a house party.', 'Get involved', 'Chip in', '$10', '$25', '$50', 'Facebook', 'Instagram',
    'Bluesky', ...nFoot, 'Paid for by Friends of Dana Whitcombe', 'Created with NationBuilder',
  ],
};

const lTitle = 'Live updates: Senate budget vote goes down to the wire';
const lSummary = j(
  'Senate leaders are trying to hold together a narrow majority for the stopgap spending bill before the midnight deadline.',
  'Follow along for the latest from the Capitol.',
);
const lPosts: { time: string; by: string; h: string; p: string[] }[] = [
  {
    time: '9:48 p.m. EDT',
    by: 'By Corinne Abernathy',
    h: 'Holdouts get their meeting',
    p: [
      j(
        'The three senators who said this afternoon they would vote no are now in the majority leader’s office. An aide leaving the',
        'room said the talks were about the disaster relief money for the Gulf states, not the overall spending level.',
      ),
      'If even two of the three flip, leadership has the votes. Nobody in the hallway is predicting which way this goes.',
    ],
  },
  {
    time: '8:15 p.m. EDT',
    by: 'By Malik Ferreira',
    h: 'What is actually in the stopgap',
    p: [
      'The bill keeps the government open for six weeks at current levels. The main changes from last year’s funding are:',
      '$2.1 billion in disaster aid, about half of what the Gulf delegations asked for;',
      'an extension of the air traffic controller hiring program;',
      'a freeze on the planned cut to rural hospital payments.',
    ],
  },
  {
    time: '6:30 p.m. EDT',
    by: 'By Corinne Abernathy and Malik Ferreira',
    h: 'House is ready to move fast',
    p: [
      j(
        'House leaders told members to stay within an hour of the Capitol. If the Senate passes the bill tonight, the House plans',
        'a vote under a rule that allows one hour of debate, which would put the final vote well after midnight.',
      ),
      '“We will be here as long as it takes,” one senior House aide said. “Nobody is going home tonight.”',
    ],
  },
];
const lIsItem = (x: string): boolean => x.endsWith(';') || x.endsWith('payments.');
const lBody = [lSummary, ...lPosts.flatMap((x) => x.p)];
const lNav = ['Congress', 'White House', 'Elections', 'Policy', 'Newsletters', 'Podcasts'];
const lKey = ['Holdouts get their meeting', 'What is actually in the stopgap', 'House is ready to move fast'];
const lFoot = ['About Us', 'Advertising', 'Careers', 'Corrections', 'Privacy Policy', 'Terms of Service', 'Do not sell my info'];
const lHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${lTitle} - Capitol Dispatch</title>
<meta property="og:title" content="${lTitle}"><meta property="og:type" content="article"><meta name="article:section" content="Congress">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"${lTitle}",
"coverageStartTime":"2026-03-27T14:00:00-04:00","publisher":{"@type":"Organization","name":"Capitol Dispatch"}}</script>
<script>window.googletag = window.googletag || {cmd: []};</script><link rel="stylesheet" href="/assets/dispatch.css"></head>
<body class="liveblog"><div class="ad ad--leaderboard"><span class="ad__label">Advertisement</span><div id="div-gpt-ad-top"></div></div>
<header class="site-header"><a class="site-header__logo" href="/">Capitol Dispatch</a><nav class="site-header__nav"><ul>${links(lNav)}</ul></nav>
<a class="site-header__subscribe" href="/subscribe">Subscribe to Pro</a></header>
<main class="main-content"><article class="live-blog"><header class="live-blog__header"><span class="live-badge">Live</span>
<p class="story-meta__section"><a href="/congress">Congress</a></p><h1 class="headline">${lTitle}</h1>
<p class="dek story-text">${lSummary}</p>
<div class="story-meta"><p class="story-meta__authors">By Corinne Abernathy, Malik Ferreira and Judith Nakamura</p>
<p class="story-meta__timestamp"><time datetime="2026-03-27T21:48">Updated 03/27/2026 09:48 PM EDT</time></p></div>
<div class="share-tools"><button class="share-tools__item">Share</button><button class="share-tools__item">Copy link</button></div></header>
<div class="live-blog__body">${lPosts
  .map(
    (x, i) => `<div class="live-post" id="post-${i}"><div class="live-post__meta"><time class="live-post__time">${x.time}</time>
<p class="live-post__author">${x.by}</p></div><h2 class="live-post__headline">${x.h}</h2><div class="story-text">
${ps(
  x.p.filter((y) => !lIsItem(y)),
  ' class="story-text__paragraph"',
)}
${
  x.p.some(lIsItem)
    ? `<ul>${x.p
        .filter(lIsItem)
        .map((y) => `<li>${y}</li>`)
        .join('\n')}</ul>`
    : ''
}</div><a class="live-post__link" href="#post-${i}">Link copied</a></div>
${i === 0 ? '<div class="ad ad--inline"><span class="ad__label">Advertisement</span></div>' : ''}`,
  )
  .join('\n')}</div></article>
<aside class="rail"><div class="key-events"><h3>Key events</h3><ul>${links(lKey)}</ul></div>
<div class="newsletter-promo"><h3>Inside Congress</h3><p>The daily newsletter on what is happening on the Hill. Sign up for free.</p>
<button>Sign up</button></div></aside></main>
<footer class="site-footer"><ul>${links(lFoot)}</ul><p>© 2026 Capitol Dispatch LLC</p></footer></body></html>`;
const live: TestPage = {
  name: 'heldout248-politics-liveblog',
  kind: 'news',
  html: lHtml,
  title: lTitle,
  headings: lPosts.map((x) => x.h),
  body: texts(lBody),
  bylines: [
    'By Corinne Abernathy, Malik Ferreira and Judith Nakamura',
    'Updated 03/27/2026 09:48 PM EDT',
    ...lPosts.map((x) => x.time),
    'By Corinne Abernathy',
    'By Malik Ferreira',
    'By Corinne Abernathy and Malik Ferreira',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Advertisement', 'Capitol Dispatch', ...lNav, 'Subscribe to Pro', 'Live', 'Share', 'Copy link', 'Link copied', 'Key events',
    'Inside Congress', 'The daily newsletter on what is happening on the Hill. Sign up for free.', 'Sign up', ...lFoot, '© 2026 Capitol Dispatch LLC',
  ],
};

export const HELDOUT248_C: readonly TestPage[] = [nation, live];
