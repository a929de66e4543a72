import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, uniq } from './pages-heldout576-kit.js';

/**
 * Held-out batch 576, file d: a dune campsite's news post on Ghost (Casper theme) with a callout card, a subscribe box and
 * read-more cards, and a touring forum thread on Discourse as its crawler view serves it, with a quoted reply and related topics.
 */
const gTitle = 'Opening weekend, and what’s new for 2027';
const gDek = 'The gates open on Thursday 18 March. Here is what has changed over the winter, and a few things that have not.';
const gCallout = 'Easter weekend is nearly full. If you are flexible, the week after Easter still has plenty of space on the dune pitches.';
const gBody: [string, string[]][] = [
  [
    '',
    [
      j(
        'It has been a long, wet winter on the dunes, and we are more than ready to see tents back on the grass. Sam and the team have',
        'spent the closed months on the jobs that never get done in summer, and we think you will notice the difference.',
      ),
    ],
  ],
  [
    'A new wash block in the top field',
    [
      j(
        'The old timber wash block has gone. In its place is a new building with six family shower rooms, an accessible bathroom and',
        'a dog wash by the door. The hot water comes from an air-source heat pump and the roof is covered in solar panels, so on a',
        'bright day it runs almost entirely on sunshine.',
      ),
    ],
  ],
  [
    'Online check-in',
    [
      j(
        'You can now check in on your phone before you arrive. We will text you a link the day before; fill in your car registration',
        'and you can drive straight to your pitch without stopping at reception.',
      ),
    ],
  ],
  [
    'What hasn’t changed',
    [
      j(
        'No electric hook-ups on the dune pitches, no music after ten, and the bakery van still comes at half past seven every',
        'morning. Some things are best left alone.',
      ),
      'See you on the 18th. – Tamsin',
    ],
  ],
];
const gNav = ['Home', 'Book', 'The Site', 'News', 'Contact'];
const gCards: [string, string, string, string][] = [
  ['Winter work on the dune boardwalk', 'Why the path to the beach is closed until February.', 'Nov 20, 2026', '2 min read'],
  ['Our 2026 season in numbers', 'Eleven thousand campers, four hundred ice creams a day in August and one lost tortoise.', 'Oct 30, 2026', '3 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>Opening weekend, and what's new for 2027</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=4b2d7c1a90">
<link rel="canonical" href="https://news.bryherdunes.co.uk/opening-weekend-2027/">
<meta property="og:site_name" content="Bryher Dunes Camping"><meta property="og:type" content="article">
<meta property="article:published_time" content="2027-03-02T09:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Bryher Dunes Camping"},
"author":{"@type":"Person","name":"Tamsin Rowe"},"headline":"Opening weekend, and what's new for 2027","datePublished":"2027-03-02T09:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://news.bryherdunes.co.uk/" data-key="9c1e3f0a2b" data-api="https://news.bryherdunes.co.uk/ghost/api/content/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;padding:28px 32px}</style></head>
<body class="post-template tag-news is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://news.bryherdunes.co.uk">Bryher Dunes Camping</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-news image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/news/">News</a>
</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/tamsin/" class="author-avatar" aria-label="Read more of Tamsin Rowe">
<img class="author-profile-image" src="/content/images/size/w100/2026/02/tamsin.jpg"
alt="Tamsin Rowe"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/tamsin/">Tamsin Rowe</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2027-03-02">Mar 2, 2027</time><span class="byline-reading-time">
<span class="bull">&bull;</span>
3 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2027/03/washblock.jpg 600w" sizes="(min-width: 1400px) 1400px, 92vw"
src="/content/images/size/w2000/2027/03/washblock.jpg" alt="The new wash block"><figcaption><span style="white-space: pre-wrap;">The new wash block, finished
the week before opening</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps(gBody[0]?.[1] ?? [])}
<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">⛺</div><div class="kg-callout-text">${gCallout}</div></div>
${gBody
  .slice(1)
  .map(([h, p]) => `<h2 id="${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${h}</h2>\n${ps(p)}`)
  .join('\n')}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gCards
  .map(
    ([t, e, d, r]) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.toLowerCase().replace(/ /g, '-')}/">
<img class="post-card-image"
src="/content/images/size/w300/2026/11/card.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">News</span></div>
<h2 class="post-card-title">${t}</h2></header>
<div class="post-card-excerpt">${e}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-11-20">${d}</time>
<span class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://news.bryherdunes.co.uk">Bryher Dunes Camping</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Privacy', 'Booking terms'], 'nav-item')}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=4b2d7c1a90"></script></body></html>`;
const bryher: TestPage = {
  name: 'heldout576-ghost-opening-news',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gBody.slice(1).map(([h]) => h),
  body: [gDek, ...(gBody[0]?.[1] ?? []), gCallout, ...gBody.slice(1).flatMap(([, p]) => p)],
  bylines: ['Tamsin Rowe', 'Mar 2, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Bryher Dunes Camping', ...gNav.filter((t) => t !== 'News'), 'Sign in', 'Subscribe', 'News', '3 min read',
    'The new wash block, finished the week before opening', 'Sign up for more like this.', 'Enter your email', ...gCards.flat(),
    'Bryher Dunes Camping © 2027', 'Privacy', 'Booking terms', 'Powered by Ghost',
  ]),
};

const dTitle = 'Hardstanding or grass for a twin-axle in a wet October?';
const dPosts: [string, string, string, string[], string][] = [
  [
    'mike_on_wheels',
    '2026-10-02T18:21:44Z',
    'October 2, 2026,  6:21pm',
    [
      j(
        'Booked four nights at Greyholm Farm at half term with our 8 metre twin-axle. Their grass pitches are £6 a night cheaper and',
        'much nicer, but the forecast looks grim. Has anyone been bogged down there? I really do not fancy asking the farmer for a',
        'tractor tow at 9pm.',
      ),
    ],
    '',
  ],
  [
    'CaravanCath',
    '2026-10-02T19:05:10Z',
    'October 2, 2026,  7:05pm',
    [
      j(
        'Pay the extra. We stayed there last October on grass and it took two of us and the motor mover to get off on the last day.',
        'The lower field holds water badly because of the clay.',
      ),
      'If you do go on grass, pick the pitches near the top hedge and put your levelling ramps under the wheels from the start.',
    ],
    '4 Likes',
  ],
  [
    'dougalf',
    '2026-10-03T07:48:31Z',
    'October 3, 2026,  7:48am',
    [
      'Agree with Cath. Also worth bringing a couple of grip mats; they fold flat and weigh nothing.',
      j('Greyholm are quite relaxed about swapping you to a hardstanding if one is free when you arrive, so you could book grass and', 'ask on the day.'),
    ],
    '2 Likes',
  ],
  [
    'mike_on_wheels',
    '2026-10-03T09:12:02Z',
    'October 3, 2026,  9:12am',
    ['Thanks both. Rang them this morning and moved to hardstanding 14. Will report back after half term.'],
    '1 Like',
  ],
];
const dQuote = 'The lower field holds water badly because of the clay.';
const dRelated: [string, string, string, string][] = [
  ['Motor mover on wet grass: worth it?', '23', '1.4k', 'Sep 2026'],
  ['Best sites with all-weather pitches in the Marches', '9', '612', 'Aug 2026'],
  ['Grip mats vs. sand ladders', '15', '980', 'Jan 2026'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const post = ([user, iso, when, paras, likes]: [string, string, string, string[], string], n: number): string =>
  `<div id="post_${n}" itemprop="${n === 1 ? 'mainEntity' : 'comment'}" itemscope itemtype="http://schema.org/${n === 1 ? 'DiscussionForumPosting' : 'Comment'}"
class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href="https://forum.tourerstalk.org/u/${user}"><span itemprop="name">${user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.tourerstalk.org/t/hardstanding-or-grass-for-a-twin-axle-in-a-wet-october/4412">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="${iso}" class="post-time">${when}</time>
<meta itemprop="dateModified" content="${iso}">
<span itemprop="position">${n}</span></span></div>
<div class="post" itemprop="text">${
    n === 3
      ? `<aside class="quote no-group" data-username="CaravanCath" data-post="2" data-topic="4412"><div class="title">
<div class="quote-controls"></div><img loading="lazy" alt="" width="24" height="24" src="https://forum.tourerstalk.org/user_avatar/cath/48/12_2.png"
class="avatar">
CaravanCath:</div><blockquote><p>${dQuote}</p></blockquote></aside>\n`
      : ''
  }${ps(paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${likes === '' ? 0 : Number.parseInt(likes, 10)}">
${likes === '' ? '' : `<span class='post-likes'>${likes}</span>`}</div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${dTitle} - Sites and pitches - Tourers Talk</title>
<meta name="description" content="Booked four nights at Greyholm Farm at half term with our 8 metre twin-axle.">
<meta name="generator" content="Discourse 3.3.2 - https://github.com/discourse/discourse version 3.3.2">
<link rel="canonical" href="https://forum.tourerstalk.org/t/hardstanding-or-grass-for-a-twin-axle-in-a-wet-october/4412">
<meta property="og:site_name" content="Tourers Talk">
<meta property="og:type" content="website"><meta name="twitter:card" content="summary"><meta property="og:title" content="${dTitle}">
<link href="/stylesheets/color_definitions_tourers_3_2_8f1b2d.css?__ws=forum.tourerstalk.org" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_8f3c0a1e.css?__ws=forum.tourerstalk.org" media="all" rel="stylesheet" data-target="desktop">
<script
type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.tourerstalk.org","potentialAction":{"@type":"SearchAction",
"target":"https://forum.tourerstalk.org/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script></head>
<body class="crawler "><header><a href="/"><img src="https://forum.tourerstalk.org/uploads/default/original/1X/logo.png" alt="Tourers Talk" id="site-logo"
style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1>
<a href="/t/hardstanding-or-grass-for-a-twin-axle-in-a-wet-october/4412">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/sites-and-pitches/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Sites and pitches</span></span></a>
<meta itemprop="position" content="1"></span></div>
<div class="topic-category"><div class='discourse-tags list-tags'><a href='/tag/twin-axle' class='discourse-tag' rel="tag">twin-axle</a>,
<a href='/tag/ground-conditions' class='discourse-tag' rel="tag">ground-conditions</a></div></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${dTitle}'><link itemprop='url'
href='https://forum.tourerstalk.org/t/hardstanding-or-grass-for-a-twin-axle-in-a-wet-october/4412'>
<meta itemprop='datePublished' content='2026-10-02T18:21:44Z'>
<meta itemprop='articleSection' content='Sites and pitches'><meta itemprop='keywords' content='twin-axle, ground-conditions'>
<div itemprop='publisher' itemscope itemtype="http://schema.org/Organization"><meta itemprop='name' content='Tourers Talk'></div>
${dPosts.map((p, i) => post(p, i + 1)).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'>
<table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRelated
  .map(
    ([t, r, v, a], i) => `<tr class="topic-list-item" id="topic-list-item-${5000 + i}"><td class="main-link" itemprop='itemListElement' itemscope
itemtype='http://schema.org/ListItem'><meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a itemprop='url'
href='/t/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/${5000 + i}' class='title raw-link raw-topic-link'>${t}</a></span><div class="link-bottom-line">
<a href='/c/sites-and-pitches/7' class='badge-wrapper bullet'><span class='badge-category-bg' style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'><span class='category-name'>Sites and pitches</span></span></a></div></td><td class="replies">
<span class='posts' title='posts'>${r}</span></td><td class="views"><span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${dFoot
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/${t.toLowerCase().replace(/ /g, '-')}'
itemprop="url">${t} </a></span></li>`,
  )
  .join('')}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const tourers: TestPage = {
  name: 'heldout576-discourse-hardstanding',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap(([, , , paras], i) => (i === 2 ? [dQuote, ...paras] : paras)),
  bylines: uniq([...dPosts.map(([u]) => u), ...dPosts.map(([, , w]) => w.replace(/\s+/g, ' ')), 'CaravanCath:']),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Sites and pitches', 'twin-axle', 'ground-conditions', '1', '2', '3', '4', '4 Likes', '2 Likes', '1 Like', 'Related topics', 'Topic',
    'Replies', 'Views', 'Activity', ...dRelated.flat(), ...dFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ]),
};

export const HELDOUT576_D: readonly TestPage[] = [bryher, tourers];
