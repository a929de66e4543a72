import type { TestPage } from './page-kit.js';
import { bodyOf, h2, headingsOf, j, p, render, ul, finish } from './pages-heldout611-kit.js';

/**
 * Held-out batch 611, file e: a homebuyers' Discourse forum thread about lost conveyancing fees (crawler view, with a quoted
 * reply, likes and a related topics table) and an exchange-day explainer on a Ghost blog (Source theme, callout card,
 * feature image caption, "Read more" cards, member signup).
 */
const fTitle = 'Sale fell through after searches – do I still pay my conveyancer?';
const fPosts = [
  {
    user: 'jo_h',
    time: 'February 11, 2025,  9:14am',
    likes: '2 Likes',
    paras: [
      j(
        'Our purchase collapsed last week, six weeks in, when the seller pulled out. Our conveyancer has now sent a bill for £640',
        'plus the searches. Their quote said “no completion, no fee”. Can they charge us?',
      ),
    ],
  },
  {
    user: 'KenwithConveyancer',
    time: 'February 11, 2025, 11:02am',
    likes: '5 Likes',
    quote: 'Their quote said “no completion, no fee”. Can they charge us?',
    paras: [
      j(
        'Read the terms of engagement, not just the quote. Most “no completion, no fee” offers cover the legal fee only. The',
        'searches are disbursements paid to the council and the water company, so they are almost always payable.',
      ),
      'Some firms also exclude the case where the buyer withdraws. If the seller pulled out, the legal fee should not be due.',
    ],
  },
  {
    user: 'jo_h',
    time: 'February 12, 2025,  8:30am',
    likes: '',
    paras: ['Checked the terms and you were right. They have dropped the legal fee and we just pay the £310 searches. Thanks all.'],
  },
];
const fRel: [string, string, string, string, string][] = [
  ['Is search insurance worth it instead of full searches?', 'Buying', '6', '1.2k', 'Jan 2025'],
  ['Conveyancer not replying to emails for three weeks', 'Buying', '14', '3.4k', 'Dec 2024'],
];
const fFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fTitle} - Buying - MoveWell Community</title>
<meta name="description" content="Our purchase collapsed last week, six weeks in, when the seller pulled out."><meta name="generator"
content="Discourse 3.3.0 - https://github.com/discourse/discourse version 1a2b3c4d"><link rel="canonical"
href="https://community.movewell.co.uk/t/sale-fell-through-after-searches-do-i-still-pay-my-conveyancer/4187">
<link href="/stylesheets/color_definitions_base__1_1a2b.css?__ws=community.movewell.co.uk" media="all" rel="stylesheet" class="light-scheme">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}",
"author":{"@type":"Person","name":"jo_h"},"datePublished":"2025-02-11T09:14:22Z"}</script></head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="header-title"><a href="/"><img
src="/uploads/default/original/1X/movewell-logo.png" alt="MoveWell Community" id="site-logo" style="max-width: 150px;"></a></div></div></div>
</header><div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/sale-fell-through/4187">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem"><a href="/c/buying/5" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg'
style='background-color: #0E76BD'></span><span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Buying</span></span></a>
<meta itemprop="position" content="1" /></span></div><div class="topic-list-tags"><a href='/tag/fees' class='discourse-tag'>fees</a><a
href='/tag/searches' class='discourse-tag'>searches</a></div></div>
${fPosts
  .map(
    (f, i) => `<div class='topic-body crawler-post' id='post_${i + 1}' itemprop='comment' itemscope itemtype='http://schema.org/Comment'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" rel='nofollow'
href='/u/${f.user}'><span itemprop='name'>${f.user}</span></a></span><span class="crawler-post-infos"><time itemprop='datePublished'
datetime='2025-02-11T09:14:22Z' class='post-time'>${f.time}</time><meta itemprop='position' content='${i + 1}'></span></div>
<div class='post' itemprop='text'>${
      f.quote === undefined
        ? ''
        : `<aside class="quote no-group" data-username="jo_h" data-post="1" data-topic="4187">
<div class="title"><div class="quote-controls"></div><img loading="lazy" alt="" width="24" height="24" src="/user_avatar/jo_h/48/3.png"
class="avatar"> jo_h:</div><blockquote><p>${f.quote}</p></blockquote></aside>`
    }
${f.paras.map((t) => `<p>${t}</p>`).join('\n')}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${f.likes === '' ? 0 : f.likes.charAt(0)}" />${
      f.likes === '' ? '' : `<span class='post-likes'>${f.likes}</span>`
    }</div></div>`,
  )
  .join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'><meta
itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th><th
class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>${fRel
  .map(
    ([t, c, r, v, a]) => `<tr
class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'><span
class="link-top-line"><a itemprop='url' href='/t/${r}' class='title raw-link raw-topic-link'>${t}</a></span><div class="link-bottom-line"><a
href='/c/buying/5' class='badge-wrapper bullet'><span class='badge-category-bg' style='background-color: #0E76BD'></span><span class='badge-category
clear-badge'><span class='category-name'>${c}</span></span></a></div></td><td class="replies"><span class='posts' title='posts'>${r}</span></td><td
class="views"><span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${fFoot
  .map(
    (n) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span
itemprop='name'><a href='/${n.toLowerCase().replace(/ /g, '-')}' itemprop="url">${n} </a></span></li>`,
  )
  .join('\n')}</ul></nav></footer>
<div class="buttons"><p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript
enabled</p></div></body></html>`;
const discourseThread: TestPage = finish({
  name: 'heldout611-discourse-fees-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fPosts.flatMap((f) => [...(f.quote === undefined ? [] : [f.quote]), ...f.paras]),
  bylines: [...fPosts.flatMap((f) => [f.user, f.time.replace(/ {2}/, ' ')]), 'jo_h:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Buying', 'fees', 'searches', 'Topic', 'Replies', 'Views', 'Activity', ...fPosts.map((f) => f.likes).filter((l) => l !== ''), 'Related topics',
    ...fRel.flatMap(([t, , r, v, a]) => [t, r, v, a]), ...fFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

const gTitle = 'What actually happens on exchange day';
const gExcerpt = 'Exchange is the moment your purchase becomes legally binding. Here is what your conveyancer does in the hours before and after it.';
const gBlocks = [
  p(
    j(
      'Until contracts are exchanged, either side can walk away without penalty. Once they are exchanged, both are bound: if the',
      'buyer pulls out, they lose the deposit, and if the seller pulls out, they can be sued. That is why the last few days before',
      'exchange feel so busy.',
    ),
  ),
  h2('Before exchange'),
  p('Your conveyancer will not exchange until every box is ticked. By exchange day we need:'),
  ul(
    'the contract and the mortgage deed signed by you',
    'your deposit, usually 10% of the price, in our client account',
    'the mortgage offer, and the lender’s instructions fully complied with',
    'an agreed completion date, confirmed with everyone in the chain',
  ),
  h2('The phone call'),
  p(
    j(
      'Exchange itself still happens by telephone, under one of the Law Society’s formulae. The conveyancers for buyer and seller,',
      'and for everyone else in the chain, agree that the contracts are identical, read out the completion date and the deposit,',
      'and declare the contracts exchanged at an agreed time. Each of them writes a note of the call. The signed contracts are',
      'posted the same day.',
    ),
  ),
  p(
    j(
      'In a long chain, the calls are made one after another, starting at the bottom, so that nobody is bound to buy without also',
      'being bound to sell. On a busy Friday this can take most of the afternoon.',
    ),
  ),
  h2('After exchange'),
  p(
    j(
      'We send the deposit to the seller’s conveyancer, tell you and the estate agent that exchange has happened, and ask your',
      'lender for the mortgage money in time for completion. You should now arrange buildings insurance from the exchange date,',
      'because the risk usually passes to you then.',
    ),
  ),
  p('If you are moving the same week, book the removals now: the completion date cannot change without everyone agreeing.'),
];
const gCallout = 'Never send money on the strength of an email changing our bank details. Call us on a number you already have.';
const gCaption = 'Keys are usually released at the estate agent’s office on completion day.';
const gRead = [
  ['Completion day, hour by hour', 'A timeline of the day you get the keys.', 'By Amira Cole', 'Jan 6, 2025'],
  ['Gazumping: can a seller still accept a higher offer?', 'What protects you before exchange, and what does not.', 'By Tom Fairweather', 'Dec 9, 2024'],
];
const gNav = ['Home', 'Buying', 'Selling', 'Leasehold', 'About'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=9c8d7e6f5a">
<meta name="description" content="${gExcerpt}"><link rel="canonical" href="https://notes.fairweatherlegal.co.uk/exchange-day/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-01-20T09:00:00.000Z">
<meta property="article:tag" content="Buying"><script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":
"Organization","name":"Fairweather Legal Notes"},"author":{"@type":"Person","name":"Amira Cole"},"headline":"${gTitle}"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true"
data-ghost="https://notes.fairweatherlegal.co.uk/" data-key="3c0f5d6a" data-api="https://notes.fairweatherlegal.co.uk/ghost/api/content/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:8px}</style></head>
<body class="post-template tag-buying has-sans-title has-serif-body"><div class="gh-viewport">
<header id="gh-navigation" class="gh-navigation is-left-logo has-accent-color gh-outer"><div class="gh-navigation-inner gh-inner"><div
class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="https://notes.fairweatherlegal.co.uk">Fairweather Legal Notes</a><button
class="gh-search gh-icon-button" aria-label="Search this site" data-ghost-search><svg width="20" height="20"></svg></button><button
class="gh-burger gh-icon-button" aria-label="Menu"><svg width="24" height="24"></svg></button></div><nav class="gh-navigation-menu"><ul
class="nav">${gNav.map((n) => `<li class="nav-${n.toLowerCase()}"><a href="/${n.toLowerCase()}/">${n}</a></li>`).join('\n')}</ul></nav><div
class="gh-navigation-actions"><div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-button"
href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<main class="gh-main"><article class="gh-article post tag-buying"><header class="gh-article-header gh-canvas"><a class="gh-article-tag"
href="/tag/buying/" style="--tag-color: #1f5e4b">Buying</a><h1 class="gh-article-title is-title">${gTitle}</h1><p class="gh-article-excerpt
is-body">${gExcerpt}</p><div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore"><a href="/author/amira/"><img
class="author-profile-image" src="/content/images/size/w160/amira.jpg" alt="Amira Cole"></a></div><div class="gh-article-meta-wrapper"><h4
class="gh-article-author-name"><a href="/author/amira/">Amira Cole</a></h4><div class="gh-article-meta-content"><time class="gh-article-meta-date"
datetime="2025-01-20">Jan 20, 2025</time><span class="gh-article-meta-length"><span class="bull">—</span> 4 min read</span></div></div></div>
<figure class="gh-article-image"><img srcset="/content/images/size/w600/keys.jpg 600w" src="/content/images/size/w1200/keys.jpg" alt="A set of house keys
on a table"><figcaption><span style="white-space: pre-wrap;">${gCaption}</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body drop-cap">
${render(gBlocks.slice(0, 4))}
<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-text">${gCallout}</div></div>
${render(gBlocks.slice(4))}
</section></article></main>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Read more</h2><div
class="gh-feed">${gRead
  .map(
    ([t, e, b, d]) => `<article class="gh-card post"><a class="gh-card-link" href="/x/"><figure class="gh-card-image"><img
src="/content/images/size/w320/card.jpg" alt="${t}"></figure><div class="gh-card-wrapper"><h3 class="gh-card-title is-title">${t}</h3><p
class="gh-card-excerpt is-body">${e}</p><footer class="gh-card-meta"><span class="gh-card-author">${b}</span><time class="gh-card-date"
datetime="2025-01-06">${d}</time></footer></div></a></article>`,
  )
  .join('\n')}</div></div></section>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">Fairweather
Legal Notes</span><nav class="gh-footer-menu"><ul class="nav"><li class="nav-privacy"><a href="/privacy/">Privacy</a></li><li
class="nav-complaints"><a href="/complaints/">Complaints</a></li></ul></nav><div class="gh-footer-copyright">Powered by <a href="https://ghost.org/"
target="_blank" rel="noopener">Ghost</a></div></div><div class="gh-footer-signup"><h2 class="gh-footer-signup-header is-title">Fairweather Legal
Notes</h2><p class="gh-footer-signup-subhead is-body">Plain-English notes on buying and selling a home, from the conveyancing team at Fairweather
Legal.</p><form class="gh-form" data-members-form><input class="gh-form-input" id="footer-email" name="email" type="email" placeholder="jamie@example.com"
required data-members-email><button class="gh-button" type="submit" aria-label="Subscribe"><span><span>Subscribe</span></span></button></form></div>
</div></footer></div><script src="/assets/built/source.js?v=9c8d7e6f5a"></script></body></html>`;
const ghostExchange: TestPage = finish({
  name: 'heldout611-ghost-exchange-day',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: headingsOf(gBlocks),
  body: [gExcerpt, ...bodyOf(gBlocks.slice(0, 4)), gCallout, ...bodyOf(gBlocks.slice(4))],
  bylines: ['Amira Cole', 'Jan 20, 2025', ...gRead.flatMap(([, , b, d]) => [b ?? '', d ?? ''])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fairweather Legal Notes', ...gNav, 'Sign in', 'Subscribe', 'Buying', '— 4 min read', gCaption, 'Read more',
    ...gRead.flatMap(([t, e]) => [t ?? '', e ?? '']), 'Privacy', 'Complaints', 'Powered by Ghost',
    'Plain-English notes on buying and selling a home, from the conveyancing team at Fairweather Legal.',
  ],
});

export const HELDOUT611_E: readonly TestPage[] = [discourseThread, ghostExchange];
