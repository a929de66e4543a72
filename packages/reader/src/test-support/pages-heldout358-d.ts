import { ps, type TestPage, texts } from './page-kit.js';
import { govukInspection } from './pages-heldout358-d2.js';
import { j } from './pages-heldout358-kit.js';

/**
 * Held-out batch 358, file d: a PTA's fundraising post on a Wix site's blog (the Wix page-builder shell with SITE_HEADER,
 * comp- ids and wixui classes, the post header with avatar, author, "time ago" date and reading time, rich-content paragraphs
 * and list, the post footer with views and likes, the "Recent Posts" rail, the comments widget and the Wix ad banner), a
 * page-builder page, and, from file d2, an Ofsted-style inspection report summary on a GOV.UK-style service.
 */
const pTitle = 'Fun Run 2026: We Raised £6,412 – Thank You!';
const pBody = [
  j(
    'What a morning! On Saturday 7th March, 214 runners, walkers, scooters and one very determined pushchair set off around the',
    'Meadowside playing field for the Friends of Linden Green Fun Run, and between you all you raised an incredible £6,412.',
  ),
  j(
    'That is the most any single PTA event has ever raised at Linden Green, and it means we can say yes to the project the school',
    'council asked us for back in September: a covered outdoor classroom for the infant playground.',
  ),
];
const pWhere = [
  j(
    'The outdoor classroom will cost around £11,000 in total. With the Fun Run money, last term’s Christmas fair and a grant of',
    '£2,500 from the Ashby Community Trust, we are now only about £900 short, and we hope to close that gap at the summer fair.',
  ),
  j('Here is how the money came in:'),
];
const pList = [
  'Sponsorship forms and online giving: £4,880',
  'Entry fees: £856',
  'Refreshment stall and bake sale: £512',
  'Matched funding from two parents’ employers: £164',
];
const pThanks = [
  j(
    'A huge thank you to the marshals who stood in the drizzle for three hours, to Mr Farrant for the warm-up, and to the Year 6',
    'helpers who handed out more than four hundred medals and a few plasters. Thanks too to Corley’s Bakery for the flapjacks.',
  ),
  j(
    'If you still have a sponsorship form, please return it to the school office in a sealed envelope by Friday 27th March. Online',
    'donations stay open until the end of the month.',
  ),
  j(
    'We would also love to hear from anyone who can spare an hour or two at the summer fair, whether that is running a stall,',
    'setting up the marquee on the Friday evening or counting the float at the end of the day. No experience is needed, and',
    'every volunteer gets a free cup of tea and first pick of the cake stall. Just reply to this post or catch us at pick-up.',
  ),
  j('See you at the summer fair on Saturday 20th June!'),
];
const pRecent = ['Summer Fair: Stallholders Wanted', 'Uniform Swap Shop Is Back', 'Christmas Fair Total Announced'];
const pMenu = ['Home', 'About the PTA', 'Events', 'Blog', 'Get Involved'];
const c = (id: string, inner: string): string => `<div id="comp-${id}" class="wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const pHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Fun Run 2026: We Raised £6,412 – Thank You!</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><meta property="og:title" content="Fun Run 2026: We Raised £6,412 – Thank You!">
<meta property="og:type" content="article"><meta property="og:site_name" content="Friends of Linden Green">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"BlogPosting","headline":"Fun Run 2026: We Raised £6,412 – Thank You!",
"author":{"@type":"Person","name":"Kirsty Lyle"},"datePublished":"2026-03-10T18:22:00.000Z"}</script>
<script type="text/javascript">window.viewerModel = {"siteFeaturesConfigs":{"platform":{"bootstrapData":{"appsSpecData":{}}}},"experiments":{}};</script>
<link rel="preload" href="https://static.parastorage.example/unpkg/react@18.3.1/umd/react.production.min.js" as="script"></head>
<body><div id="SITE_CONTAINER"><div id="main_MF"><div id="BACKGROUND_GROUP"></div><div id="site-root">
<div id="WIX_ADS" class="wixAds"><a href="#">
<span>This site was designed with the</span> <span>Wix</span> <span>.com website builder. Create your website today.</span>
<span class="start">Start Now</span></a></div>
<header id="SITE_HEADER" class="wixui-header"><div id="comp-lk2h1">${c('lk2h2', '<p class="font_2">Linden Green PTA</p>')}
<nav id="comp-lk2h3" aria-label="Site"><ul class="wixui-dropdown-menu">${pMenu
  .map(
    (m) => `<li class="wixui-dropdown-menu__item"><a href="#">
<p>${m}</p></a></li>`,
  )
  .join('')}</ul></nav>
<a id="comp-lk2h4" class="wixui-button" href="#"><span>Donate</span></a></div></header>
<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><section id="comp-blog1" class="wixui-section"><div data-hook="post-page" class="blog-post-page-font">
<article data-hook="post"><div data-hook="post-header"><div class="post-metadata"><img data-hook="avatar-image" src="#" alt="">
<span data-hook="user-name" class="user-name">Kirsty Lyle</span><span data-hook="admin-badge">Admin</span>
<span data-hook="time-ago" title="10 Mar 2026">10 Mar</span><span data-hook="time-to-read">2 min read</span></div>
<button data-hook="more-button" aria-label="More actions"></button></div>
<div data-hook="post-title"><h1 class="blog-post-title-font blog-post-title-color">${pTitle}</h1></div>
<div data-hook="post-description"><div data-hook="rich-content-viewer" class="rich-content-viewer">
${ps(pBody, ' class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr" dir="auto"')}
<div data-hook="imageViewer"><img src="https://static.wixstatic.example/media/funrun.jpg" alt=""><span data-hook="image-caption">
Off they go! Photo by Sam Idris</span></div>
<h2 class="public-DraftStyleDefault-block">Where the money goes</h2>${ps(pWhere, ' dir="auto"')}
<ul class="public-DraftStyleDefault-ul">${pList.map((t) => `<li class="public-DraftStyleDefault-unorderedListItem"><div>${t}</div></li>`).join('')}</ul>
<h2 class="public-DraftStyleDefault-block">Thank you</h2>${ps(pThanks, ' dir="auto"')}</div></div>
<div data-hook="post-footer"><div data-hook="post-tags"><a href="#">fundraising</a><a href="#">events</a></div>
<div data-hook="post-main-actions"><span>Share</span><a data-hook="share-facebook" href="#" aria-label="Share on Facebook"></a></div>
<div class="post-stats"><span data-hook="views-count">87 views</span><span data-hook="comment-count">1 comment</span>
<span data-hook="like-count">12</span></div></div>
</article>
<section data-hook="recent-posts"><h2>Recent Posts</h2><a href="#">See All</a><div>${pRecent
  .map(
    (t) => `<div data-hook="post-list-item">
<h3>${t}</h3></div>`,
  )
  .join('')}
</div></section>
<section data-hook="comments-widget" class="comments"><h2>Comments</h2><div data-hook="comment-box">Write a comment...</div>
<div data-hook="comment"><span data-hook="author-name">Priti Vaughan</span><span data-hook="comment-date">9 Mar</span>
<p>Amazing effort from everyone. My two are already asking when the next one is!</p><button>Like</button><button>Reply</button></div></section>
</div></section></div></main>
<footer id="SITE_FOOTER" class="wixui-footer">${c(
  'ft1',
  `<p>Friends of Linden Green is a registered charity, no. 1187320.</p>
<p>© 2026 by Friends of Linden Green.</p>`,
)}</footer>
</div></div></div><script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wixPta: TestPage = {
  name: 'heldout358-wix-pta-fundraising-blog',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: ['Where the money goes', 'Thank you'],
  body: texts([...pBody, ...pWhere, ...pList, ...pThanks]),
  bylines: ['Kirsty Lyle', '10 Mar', '2 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the', '.com website builder. Create your website today.', 'Start Now', 'Linden Green PTA', ...pMenu, 'Donate',
    'Admin', 'Off they go! Photo by Sam Idris', 'fundraising', 'events', 'Share', '87 views', '1 comment', 'Recent Posts', 'See All', ...pRecent, 'Comments',
    'Write a comment...', 'Priti Vaughan', '9 Mar', 'Amazing effort from everyone. My two are already asking when the next one is!', 'Like', 'Reply',
    'Friends of Linden Green is a registered charity, no. 1187320.', '© 2026 by Friends of Linden Green.',
  ],
};

export const HELDOUT358_D: readonly TestPage[] = [wixPta, govukInspection];
