import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, type Pair, pairLis, pairText } from './pages-heldout472-kit.js';

/**
 * Held-out batch 472, file c: a car auction lot page on a Next.js auction site (CSS-module class names, __NEXT_DATA__, a bid
 * box and comments), and a classic car club's for-sale thread on XenForo 2.
 */
const aTitle = '1968 Verrault GT 2+2 Coupé';
const aFacts: Pair[] = [
  ['Lot', '#214'],
  ['Chassis', 'VGT2-0871'],
  ['Odometer', '61,400 km shown'],
  ['Engine', '2.6-litre inline six'],
  ['Gearbox', 'Four-speed manual with overdrive'],
  ['Location', 'Haverly, Ohio'],
];
const aIntro = [
  j(
    'This 1968 Verrault GT 2+2 is one of roughly 400 right-hand-drive coupés built for export before the factory switched to the',
    'Series II body. It was repainted in its original Tamarind Red in 2015 and is offered from the estate of its second owner.',
  ),
];
const aHistory = [
  j(
    'The car was sold new in Wellington, New Zealand, and imported to the United States in 1989 by a Verrault club member in',
    'Dayton. The second owner bought it in 1997 and kept it until his death last year. A folder of receipts from 1991 onward, the',
    'original owner\u2019s handbook and a copy of the factory build card come with the car.',
  ),
];
const aMech = [
  j(
    'The engine was rebuilt in 2016 with new pistons, a reground crankshaft and a rebuilt twin-carburettor set-up. The overdrive',
    'was overhauled at the same time. A new exhaust in stainless steel, front brake calipers and a radiator followed in 2021.',
  ),
  j(
    'The car was driven about 1,800 km since the rebuild and started and idled in the walkaround video. The seller notes the',
    'overdrive engages in third and fourth gear as it should.',
  ),
];
const aIssues = [
  'Small bubbles in the paint below the rear window on the driver\u2019s side.',
  'The fuel gauge reads about a quarter tank low.',
  'The heater fan works on the high setting only.',
];
const aComments = [
  ['vintagewrench', 'Lovely colour. Is the build card from the factory archive or a club reproduction?'],
  ['tamarind_red (Seller)', 'It is a copy of the factory card, ordered from the archive in 2003. Photo 88 shows it.'],
];
const aNav = ['Auctions', 'Results', 'Sell a Car', 'How It Works'];
const aFoot = ['About', 'Buyer Fees', 'Terms of Use', 'Privacy', 'Contact'];
const aNext = `{"props":{"pageProps":{"lot":{"id":214,"title":"${aTitle}","currentBid":38500,"endsAt":"2027-03-14T23:00:00Z"}}},"page":"/lots/[slug]",
"query":{"slug":"1968-verrault-gt-2-2-coupe"},"buildId":"x9Kq2LmTz","isFallback":false,"gssp":true}`;
const aHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>${aTitle} | Lot 214 | Hammerlane Auctions</title>
<meta property="og:title" content="${aTitle}"/><meta name="next-head-count" content="6"/>
<link rel="preload" href="/_next/static/css/7c1e2a3b9d0f.css" as="style"/><link rel="stylesheet" href="/_next/static/css/7c1e2a3b9d0f.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${aTitle}","offers":{"@type":"Offer","price":38500}}</script>
</head><body><div id="__next"><div class="Layout_root__Jp3mH">
<header class="Header_header__q2Xk8"><a href="/" class="Header_logo__fN1sA" aria-label="Hammerlane Auctions home">Hammerlane</a>
<nav class="Header_nav__bL0wQ"><ul>${links(aNav, 'Header_navItem__u4c2Z')}</ul></nav>
<div class="Header_actions__H2mvD"><button class="Button_ghost__kD8xe">Sign In</button><button class="Button_primary__oT3vA">Sign Up</button></div></header>
<main class="LotPage_main__aX1dE"><div class="LotPage_gallery__zR7pN">
<img alt="${aTitle} front" src="/_next/image?url=%2Flots%2F214%2F1.jpg&amp;w=1920&amp;q=75"/>
<button class="Gallery_all__s8PqL">View all 142 photos</button></div>
<div class="LotPage_columns__e5GhJ"><article class="LotPage_content__Vb9wY"><header class="LotHeader_header__x8f2a">
<p class="LotHeader_eyebrow__c3Jt1">Lot #214 · No Reserve</p><h1 class="LotHeader_title__m0Q7w">${aTitle}</h1>
<p class="LotHeader_meta__r2Lka">Listed by <a href="/members/tamarind_red">tamarind_red</a> · March 7, 2027</p></header>
<ul class="LotFacts_list__D9s2k">${pairLis(aFacts, 'LotFacts_item__w1Bq0', 'LotFacts_label__p5Xn3', 'LotFacts_value__y7Ur6')}</ul>
<div class="LotDescription_body__G4nVc">${ps(aIntro)}<h2>Ownership history</h2>${ps(aHistory)}<h2>Mechanical</h2>${ps(aMech)}
<h2>Known issues</h2><ul>${aIssues.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<section class="Comments_section__hT6Wq"><h3 class="Comments_title__kN2aR">Comments (2)</h3>
${aComments
  .map(
    ([u, c]) => `<div class="Comment_comment__vY8eQ"><a class="Comment_user__Qm4zX" href="/members/${u}">${u}</a>
<span class="Comment_time__b6Lp0">2 days ago</span><p class="Comment_text__Xw9rT">${c}</p><button class="Comment_reply__t3Vn2">Reply</button></div>`,
  )
  .join('\n')}
<form class="Comments_form__P0aDz"><textarea placeholder="Add a comment"></textarea><button class="Button_primary__oT3vA">Post Comment</button></form>
</section></article>
<aside class="LotPage_sidebar__kC3fW"><div class="BidBox_box__u5Rz1"><p class="BidBox_label__s0Kd2">Current Bid</p><p class="BidBox_amount__xN4pG">$38,500</p>
<p class="BidBox_ends__j9Bt7">Ends Sunday, March 14 at 7:00 PM EDT</p><p class="BidBox_count__Hc2mY">23 bids</p>
<button class="Button_primary__oT3vA BidBox_cta__e2Lq8">Place Bid</button><button class="BidBox_watch__f1Wn5">Watch</button></div>
<div class="SimilarLots_box__p8Ty3"><h3>Similar auctions</h3><ul>${links(['1971 Verrault GT Series II', '1966 Castellane 2000 Coupé'])}</ul></div>
</aside></div></main>
<footer class="Footer_footer__Kp2vS"><ul>${links(aFoot)}</ul><p>© 2027 Hammerlane Auctions LLC</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">${aNext}</script>
<script src="/_next/static/chunks/pages/lots/%5Bslug%5D-4f1a0c9e2b.js" defer=""></script></body></html>`;
const nextAuction: TestPage = {
  name: 'heldout472-nextjs-auction-lot',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: ['Ownership history', 'Mechanical', 'Known issues'],
  body: [...aFacts.map(pairText), ...aIntro, ...aHistory, ...aMech, ...aIssues],
  bylines: ['Listed by tamarind_red · March 7, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hammerlane', ...aNav, 'Sign In', 'Sign Up', 'View all 142 photos', 'Lot #214 · No Reserve', 'Comments (2)', ...aComments.flat(), '2 days ago',
    'Reply', 'Post Comment', 'Current Bid', '$38,500', 'Ends Sunday, March 14 at 7:00 PM EDT', '23 bids', 'Place Bid', 'Watch', 'Similar auctions',
    '1971 Verrault GT Series II', '1966 Castellane 2000 Coupé', ...aFoot.filter((t) => t !== 'About'), '© 2027 Hammerlane Auctions LLC',
  ],
};

const xTitle = '1972 Marlowe Sprite Mk III, restored, £14,500';
const xPosts = [
  {
    user: 'GeoffH',
    title: 'Club Member',
    date: 'Mar 4, 2027',
    paras: [
      j(
        'After eleven years I am selling my Sprite Mk III to make room in the garage for my father\u2019s saloon. Body-off restoration',
        'finished in 2019 by Penhallow Classics, photos of every stage on a disc. Original 1275 engine, numbers match the heritage',
        'certificate.',
      ),
      j(
        'Done about 6,000 miles since. New hood and tonneau last year, wire wheels rebuilt, front disc brakes. MOT until October.',
        'It has never been out in the rain since the restoration and lives under a cover in a dry garage.',
      ),
      'Asking £14,500. Car is in Ludbury, viewing welcome, club members get first refusal until the end of the month.',
    ],
  },
  {
    user: 'sprite_sally',
    title: 'Well-known member',
    date: 'Mar 4, 2027',
    paras: ['Saw this car at the spring rally, Geoff. Lovely thing and sensibly priced. Does it come with the hardtop?'],
  },
  {
    user: 'GeoffH',
    title: 'Club Member',
    date: 'Mar 5, 2027',
    paras: ['No hardtop, sorry Sally. I sold it years ago. Spare wheel, jack and the original tool roll are with it though.'],
  },
  {
    user: 'Mk3Martin',
    title: 'New member',
    date: 'Mar 6, 2027',
    paras: ['PM sent. I can come up on Saturday if it is still available.'],
  },
];
const xNav = ['Forums', "What's new", 'Club Shop', 'Events', 'Members'];
const xCrumbs = ['Forums', 'Classifieds', 'Cars For Sale'];
const xFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'Home'];
const xPost = (p: (typeof xPosts)[number], i: number): string => `<article class="message message--post js-post" data-author="${p.user}"
id="js-post-${4401 + i}"><div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user">
<div class="message-avatar"><a href="/members/${p.user.toLowerCase()}.${120 + i}/" class="avatar avatar--m"><span class="avatar-u-s" role="img"
aria-label="${p.user}">${p.user.slice(0, 1)}</span></a></div><div class="message-userDetails"><h4 class="message-name">
<a href="/members/${p.user.toLowerCase()}.${120 + i}/" class="username">${p.user}</a></h4><h5 class="userTitle message-userTitle">${p.title}</h5></div>
</section></div><div class="message-cell message-cell--main"><div class="message-main"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/fs-1972-marlowe-sprite.8812/post-${4401 + i}" rel="nofollow">
<time class="u-dt" datetime="2027-03-0${4 + Math.floor(i / 2)}T19:12:00+0000">${p.date}</time></a></li></ul>
<ul class="message-attribution-opposite listInline"><li><a href="#" class="message-attribution-gadget">Share</a></li><li><a href="#">#${i + 1}</a></li></ul>
</header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote">
<div class="bbWrapper">${p.paras.join('<br />\n<br />\n')}</div></article></div></div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
<a class="actionBar-action actionBar-action--reaction">Like</a><a class="actionBar-action actionBar-action--reply">Reply</a></div>
<div class="actionBar-set actionBar-set--internal"><a class="actionBar-action actionBar-action--report">Report</a></div></div></footer>
</div></div></div></article>`;
const xHtml = `<!DOCTYPE html>
<html id="XF" lang="en-GB" dir="LTR" data-app="public" data-template="thread_view" class="has-no-js template-thread_view"><head>
<meta charset="utf-8" /><title>FS: ${xTitle} | Marlowe Owners' Club Forum</title>
<meta name="description" content="After eleven years I am selling my Sprite..." />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${xTitle}","author":{"@type":"Person",
"name":"GeoffH"}}</script>
<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=3&amp;l=1&amp;d=1740000000" />
<script>window.XF = window.XF || {}; XF.config = {"userId":0,"csrf":"1740000000,abcdef"};</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image">
<a href="/"><img src="/styles/moc/logo.png" alt="Marlowe Owners' Club Forum" /></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary"><nav class="p-nav"><div class="p-nav-inner"><ul class="p-nav-list">${links(xNav, 'p-navEl')}</ul>
<div class="p-nav-opposite"><a href="/login/" class="p-navgroup-link p-navgroup-link--logIn">Log in</a>
<a href="/register/" class="p-navgroup-link p-navgroup-link--register">Register</a><a href="/search/" class="p-navgroup-link--search">Search</a></div>
</div></nav></div>
<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${links(xCrumbs)}</ul>
<div class="p-body-header"><div class="p-title"><h1 class="p-title-value"><span class="label label--green" dir="auto">For Sale</span>
<span class="label-append">&nbsp;</span>${xTitle}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" title="Thread starter"></i>
<span class="u-srOnly">Thread starter</span> <a href="/members/geoffh.120/" class="username u-concealed">GeoffH</a></li>
<li><span class="u-srOnly">Start date</span> <a class="u-concealed"><time class="u-dt" datetime="2027-03-04T19:12:00+0000">Mar 4, 2027</time></a></li>
</ul></div></div>
<div class="p-body-main"><div class="p-body-content"><div class="block block--messages"><div class="block-container lbContainer">
<div class="block-body js-replyNewMessageContainer">${xPosts.map(xPost).join('\n')}</div></div></div>
<div class="block-outer block-outer--after"><div class="blockMessage blockMessage--alt">You must log in or register to reply here.</div></div>
<div class="block"><h3 class="block-minorHeader">Similar threads</h3><ul>${links(['FS: 1969 Marlowe Sprite Mk II project', 'WTB: Mk III hardtop'])}</ul></div>
</div></div></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><ul class="p-footer-linkList">${links(xFoot)}</ul>
<div class="p-footer-copyright">Community platform by XenForo® © 2010-2027 XenForo Ltd.</div></div></footer></div>
<script src="/js/xf/preamble.min.js?_v=c3f0a1b2"></script></body></html>`;
const xenforoThread: TestPage = {
  name: 'heldout472-xenforo-club-for-sale',
  kind: 'forum',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: texts(xPosts.flatMap((p) => p.paras)),
  bylines: ['GeoffH', 'sprite_sally', 'Mk3Martin', 'Mar 4, 2027', 'Mar 5, 2027', 'Mar 6, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...xNav.filter((t) => t !== 'Members'), 'Log in', 'Register', 'Search', 'Classifieds', 'Cars For Sale', 'For Sale', 'Club Member', 'Well-known member',
    'New member', 'Share',
    '#1', '#2', '#3', '#4', 'Like', 'Reply', 'Report', 'You must log in or register to reply here.', 'Similar threads',
    'FS: 1969 Marlowe Sprite Mk II project', 'WTB: Mk III hardtop', ...xFoot, 'Community platform by XenForo® © 2010-2027 XenForo Ltd.',
  ],
};

export const HELDOUT472_C: readonly TestPage[] = [nextAuction, xenforoThread];
