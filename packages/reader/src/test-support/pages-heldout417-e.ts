import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout417-kit.js';

/**
 * Held-out batch 417, file e: a fan forum thread about a chapter on a phpBB (prosilver-style) board, where the posts are the
 * body (header, breadcrumbs, topic tools, pagination, post profiles, a quoted reply, signatures, "Who is online", footer),
 * and a Kindle Vella-style episode page on a store's template (store navigation, story details with faves and thumbs-up,
 * episode list, token unlock box, "Customers also read" carousel, footer).
 */
const fTitle = 'Chapter 112 discussion: the lighthouse reveal (SPOILERS)';
const fPosts: readonly [string, string, string[]][] = [
  [
    'Corvina',
    'Sat Mar 07, 2026 9:14 pm',
    paras(`
Thread for everyone who has read 112. I am still processing that last page. The lighthouse was never a lighthouse, it was the
second bell the whole time, and Ines has been ringing it every night since chapter 40 without knowing.

Things I want to talk about: the green wax seal coming back, what the keeper actually promised, and whether the answering light
in the north is the mother or something wearing her handwriting.
`),
  ],
  [
    'tideclock',
    'Sat Mar 07, 2026 10:02 pm',
    paras(`
Agreed on the bell. Go back to chapter 41 and look at the panel where the gulls scatter. They scatter every time the lamp is lit.
Gulls do not care about lamps. They care about sound.

I do not think the mother is alive. The handwriting thing is too neat. My guess is the letters were written years ago and the
keeper has been releasing them on a schedule.
`),
  ],
  [
    'Pellwether',
    'Sun Mar 08, 2026 8:40 am',
    paras(`
A schedule set by whom, though? The keeper cannot read, that was established way back in the harbour chapters. Someone else is
choosing when the letters arrive. My money is on the supply boat captain, who has had exactly three lines in the entire story
and every one of them is weirdly specific about tides.

Also, small thing, but the answering light comes from the north, and the only thing north of Corrin Rock on the map in volume 2
is the drowned village.
`),
  ],
];
const fQuote = 'The keeper cannot read, that was established way back in the harbour chapters.';
const fReply = paras(`
Re-read that chapter last night and you are right, it is stated outright. Which makes the pencil note on the back of the first
letter even stranger, because somebody wrote Wait and it was not the keeper.

I am now fully on board with the boat captain theory. Updating the theory spreadsheet.
`);
const fNav = ['Quick links', 'FAQ', 'Register', 'Login'];
const fCrumbs = ['Board index', 'Salt Keeper', 'Chapter Discussions'];
const fTools = ['Post Reply', 'Topic tools', 'Search this topic…'];
const fSigs = ['Team Basko until the end', 'theory spreadsheet: link in profile', 'Currently re-reading volume 3'];
const post = (id: number, user: string, date: string, body: string, sig: string, posts: string): string => `<div id="p${id}" class="post has-profile bg2">
<div class="inner"><dl class="postprofile" id="profile${id}"><dt class="has-profile-rank has-avatar"><a href="/memberlist.php?u=${id}"
class="username">${user}</a></dt><dd class="profile-posts"><strong>Posts:</strong> ${posts}</dd></dl>
<div class="postbody"><div id="post_content${id}"><h3><a href="#p${id}">Re: ${fTitle}</a></h3>
<p class="author"><span class="responsive-hide">by <strong><a href="/memberlist.php?u=${id}" class="username">${user}</a></strong> » </span>${date}</p>
<div class="content">${body}</div><div id="sig${id}" class="signature">${sig}</div></div></div></div></div>`;
const fHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><title>${fTitle} - Corrin Rock Readers' Forum</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link href="./styles/prosilver/theme/stylesheet.css?assets_version=41" rel="stylesheet">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"Corvina"},"datePublished":"2026-03-07T21:14:00+00:00"}</script></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr"><div id="wrap" class="wrap"><div id="page-header"><div class="headerbar" role="banner">
<div class="site-description"><a id="logo" class="logo" href="./index.php">Corrin Rock Readers' Forum</a>
<p>Fan discussion for Salt Keeper and other Ysolde Marr stories</p></div></div>
<div class="navbar" role="navigation"><ul id="nav-main" class="nav-main linklist">${links(fNav)}</ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks">${links(fCrumbs, 'breadcrumbs')}</ul></div></div>
<div id="page-body" class="page-body" role="main"><h1 class="topic-title"><a href="./viewtopic.php?t=9120">${fTitle}</a></h1>
<div class="action-bar bar-top">${lis(fTools, 'button')}<div class="pagination">4 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${fPosts.map(([u, d, b], i) => post(77201 + i, u, d, ps(b), fSigs[i] ?? '', ['1,208', '316', '97'][i] ?? '')).join('\n')}
${post(
  77204,
  'Corvina',
  'Sun Mar 08, 2026 11:26 am',
  `<blockquote><div><cite>Pellwether wrote: ↑Sun Mar 08, 2026 8:40 am</cite>${fQuote}</div></blockquote>
${ps(fReply)}`,
  '',
  '1,208',
)}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply" class="button">Post Reply</a><a href="./viewforum.php?f=4" class="arrow-left">Return to
 “Chapter Discussions”</a><div class="jumpbox">Jump to</div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 3 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar">
<ul class="linklist">${links(['Contact us', 'The team', 'Delete cookies'])}</ul>
<p>All times are UTC</p></div><div class="copyright">Powered by phpBB® Forum Software © phpBB Limited</div>
<div class="copyright">Privacy | Terms</div></div>
<div id="cookie-notice" class="cookie-notice"><p>This board uses cookies to keep you logged in.</p><a class="button">Allow cookies</a></div></div></body>
</html>`;
const forum: TestPage = {
  name: 'heldout417-phpbb-fan-forum',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: [...fPosts.flatMap(([, , b]) => texts(b)), fQuote, ...texts(fReply)],
  bylines: [
    'Corvina',
    'Sat Mar 07, 2026 9:14 pm',
    'tideclock',
    'Sat Mar 07, 2026 10:02 pm',
    'Pellwether',
    'Sun Mar 08, 2026 8:40 am',
    'Sun Mar 08, 2026 11:26 am',
    'Pellwether wrote: ↑Sun Mar 08, 2026 8:40 am',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    "Corrin Rock Readers' Forum", `Re: ${fTitle}`, 'Fan discussion for Salt Keeper and other Ysolde Marr stories', ...fNav, ...fCrumbs, ...fTools,
    '4 posts • Page 1 of 1', 'Posts: 1,208', 'Posts: 316', 'Posts: 97', ...fSigs, 'Return to “Chapter Discussions”', 'Jump to', 'Who is online',
    'Users browsing this forum: No registered users and 3 guests', 'Contact us', 'The team', 'Delete cookies', 'All times are UTC',
    'Powered by phpBB® Forum Software © phpBB Limited', 'Privacy | Terms', 'This board uses cookies to keep you logged in.', 'Allow cookies',
  ],
};

const vTitle = 'Episode 6: The Orchard Ledger';
const vBody = paras(`
The estate lawyer's office smelled of apples, which Delphine decided was either a very good sign or a very bad one. Mr. Aubeck
sat behind a desk far too large for the room, with a single leather ledger placed squarely in front of him, as if it might try
to escape.

"Your grandmother left the orchard to you," he said, "on one condition."

"Of course she did." Grandmother Odile had never given anyone anything without a condition. Birthday presents came with chores.
Advice came with homework.

Mr. Aubeck opened the ledger. Inside, in columns of tiny green ink, was a record of every tree on the Vire estate: three hundred
and twelve of them, each with a name, a planting date and a list of what appeared to be debts. Tree 41, Belle de Boskoop, owes
two bushels to the miller's family. Tree 108, the old Reinette by the well, owes a favour to someone listed only as the woman
in the blue cart.

"The condition," Mr. Aubeck said, "is that the debts are paid by the end of the harvest. All of them. If they are not, the
orchard passes to the next name in the ledger."

Delphine turned to the last page. The next name was written in fresh ink, darker than the rest, and it was a name she knew very
well. It belonged to the man who had burned down her bakery in Lisle.

She closed the ledger gently, the way you close a door on a sleeping child. "How long is the harvest?"

"Seven weeks," said Mr. Aubeck. "Your grandmother suggested you start with the Reinette."
`);
const vNav = ['Kindle Books', 'Stories', 'Best Sellers', "Today's Deals", 'Customer Service'];
const vEps = ['Episode 5: A Will Read Aloud', 'Episode 7: The Woman in the Blue Cart', 'Episode 8: Two Bushels'];
const vAlso = ['The Lighthouse Tithe', 'Marigold Street Confidential', 'Nine Winters in Voss'];
const vHtml = `<!doctype html>
<html lang="en-us" class="a-no-js"><head><meta charset="utf-8"><title>The Orchard Debts: ${vTitle} | Pageway Stories</title>
<meta name="description" content="Delphine inherits an orchard, and every tree owes someone something.">
<meta name="title" content="The Orchard Debts: ${vTitle}"><link rel="canonical" href="https://www.pageway.example/kindle-vella/episode/B0DX9K2M4P">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Chapter","name":"${vTitle}","position":6,"isPartOf":{"@type":"Book",
"name":"The Orchard Debts","author":{"@type":"Person","name":"Rosalind Quaye"}}}</script>
<script>(window.AmazonUIPageJS ? AmazonUIPageJS : P).when('A').execute(function(A){A.state('vella-episode',{asin:'B0DX9K2M4P',free:true});});</script></head>
<body class="a-m-us a-aui_72554-c"><div id="a-page"><header id="navbar" class="nav-sprite-v1 nav-bluebeacon"><div id="nav-belt">
<a href="/" id="nav-logo-sprites"
class="nav-logo-link" aria-label="Pageway">Pageway</a><div id="nav-global-location-slot"><span class="nav-line-1">Deliver to</span>
<span class="nav-line-2">Harlow 04112</span></div><div id="nav-tools"><a id="nav-link-accountList"><span class="nav-line-1">Hello, sign in</span>
<span class="nav-line-2">Account &amp; Lists</span></a><a id="nav-orders"><span class="nav-line-1">Returns</span>
<span class="nav-line-2">&amp; Orders</span></a>
<a id="nav-cart"><span class="nav-cart-count">0</span><span class="nav-line-2">Cart</span></a></div></div>
<div id="nav-main"><ul id="nav-xshop">${links(vNav, 'nav-a')}</ul></div></header>
<div id="dp-container" class="a-container vella-episode-page"><div id="wayfinding-breadcrumbs_feature_div"><ul class="a-unordered-list a-horizontal">
${links(['Kindle Store', 'Stories', 'Romance'], 'a-breadcrumb')}</ul></div>
<div class="a-row"><div class="a-column a-span4"><div id="story-details" class="a-section"><img src="/images/I/81vella.jpg" alt="The Orchard Debts cover">
<span class="story-title">The Orchard Debts</span><span class="a-size-base author">Rosalind Quaye</span>
<div class="a-section faves"><span class="a-icon-alt">4.6 out of 5 stars</span><span class="a-size-small">2,341 Faves</span></div>
<ul class="a-unordered-list tags">${lis(['#secondchance', '#smalltown', '#cozymystery'], 'a-list-item')}</ul>
<div class="episodes-list"><h2 class="a-size-medium">Episodes</h2><ol>${links(vEps, 'episode-row')}</ol></div></div></div>
<div class="a-column a-span8 a-span-last"><div id="episode-header" class="a-section"><h1 id="episodeTitle" class="a-size-extra-large">${vTitle}</h1>
<span class="a-size-small a-color-secondary episode-meta">Published Feb 26, 2026</span>
<span class="a-size-small a-color-secondary">12 min read</span></div>
<div id="kindle-vella-reader" class="a-section episode-text">${ps(vBody)}</div>
<div id="episode-thumbs" class="a-section"><span class="a-button a-button-base"><span class="a-button-inner">Thumbs up</span></span>
<span class="a-size-small">1,087 readers liked this episode</span></div>
<div id="author-note" class="a-box"><h3 class="a-size-base">Author's note</h3><p>The Reinette episode is my favourite so far. Thank you for reading!</p></div>
<div id="token-unlock" class="a-box a-box-normal"><p class="a-size-base">Unlock the next episode for 37 Tokens</p>
<span class="a-button a-button-primary"><span class="a-button-inner">Buy Tokens</span></span></div></div></div>
<div id="customers-also-read" class="a-carousel-container"><h2 class="a-carousel-heading">Customers also read</h2>
<ol class="a-carousel">${links(vAlso, 'a-carousel-card')}</ol></div></div>
<div id="navFooter" class="navLeftFooter"><a href="#" id="navBackToTop"><span class="navFooterBackToTopText">Back to top</span></a>
<ul class="navFooterLinkCol">${links(['Careers', 'Conditions of Use', 'Privacy Notice', 'Help'])}</ul>
<span>© 2020-2026, Pageway.example, Inc. or its affiliates</span></div></div></body></html>`;
const vella: TestPage = {
  name: 'heldout417-kindle-vella-blog',
  kind: 'blog',
  html: vHtml,
  title: vTitle,
  headings: [],
  body: texts(vBody),
  bylines: ['Rosalind Quaye', 'Published Feb 26, 2026', '12 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pageway', 'Deliver to', 'Harlow 04112', 'Hello, sign in', 'Account & Lists', 'Returns', '& Orders', 'Cart', ...vNav, 'Kindle Store', 'Romance',
    'The Orchard Debts', '4.6 out of 5 stars', '2,341 Faves', '#secondchance', '#smalltown', '#cozymystery', 'Episodes', ...vEps, 'Thumbs up',
    '1,087 readers liked this episode', "Author's note", 'The Reinette episode is my favourite so far. Thank you for reading!',
    'Unlock the next episode for 37 Tokens', 'Buy Tokens', 'Customers also read', ...vAlso, 'Back to top', 'Careers', 'Conditions of Use',
    'Privacy Notice', 'Help', '© 2020-2026, Pageway.example, Inc. or its affiliates',
  ],
};

export const HELDOUT417_E: readonly TestPage[] = [forum, vella];
