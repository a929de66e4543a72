import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout362-kit.js';

/**
 * Held-out batch 362, file b: a stamp collectors' forum thread on XenForo 2 (p-header, p-nav, breadcrumbs, the thread's
 * p-title with starter and start date, message cells with user titles and stats, a quoted reply, reaction bars, the quick
 * reply box, "Similar threads", the share row, the cookie notice and the footer) and an eBay-style listing (the x-item-title
 * heading, price and buy box, shipping rows, the item specifics, the seller's own description with its headings, the seller
 * card, "Similar sponsored items", the footer).
 */
const xTitle = 'Ostmark 1891 5 sk. blue: inverted watermark or just a thin?';
const xPosts: readonly (readonly [string, string, string, string, readonly string[]])[] = [
  [
    'Hedda Lunqvist',
    'Well-known member',
    'Mar 9, 2026',
    '#1',
    [
      j(
        'I picked this up in a club circuit book last week, priced as a common used copy. Under the lamp the watermark looks',
        'inverted to me: the crown points down when the stamp is face down and the top of the design is away from me.',
      ),
      j(
        'The catalogue gives the inverted watermark at roughly forty times the normal. Before I get excited, is there a way to tell',
        'an inverted watermark from a thin spot that happens to sit over the crown? The paper is quite soft in one corner.',
      ),
      'Scans of the front and the back in watermark fluid are attached. Perforation gauges 12\u00bd all round.',
    ],
  ],
  [
    'Brennan Ocks',
    'Moderator',
    'Mar 9, 2026',
    '#2',
    [
      j(
        'Thins and watermarks behave differently in fluid. A thin shows as a dark patch with a soft, irregular edge and no structure',
        'inside it; a watermark has crisp lines and you should be able to trace the orb and the cross of the crown.',
      ),
      j(
        'From your second scan I can see the cross clearly, and it is at the bottom. So it does look inverted. The soft corner is a',
        'separate problem and will affect the value whatever the watermark does.',
      ),
    ],
  ],
  [
    'philatelic_pete',
    'Active member',
    'Mar 10, 2026',
    '#3',
    [
      j(
        'Careful with the orientation. On the 1891 printing some sheets were fed into the press the wrong way round, and those give',
        'you an inverted watermark on every stamp of the sheet. The catalogue premium assumes a single error, but the sheet-fed ones',
        'are not rare at all in used condition.',
      ),
      'Check the position of the plate number if there is any margin left. Without one you cannot really tell which kind you have.',
    ],
  ],
  [
    'Hedda Lunqvist',
    'Well-known member',
    'Mar 10, 2026',
    '#4',
    [
      'No margin, sadly. I will send it to the society\u2019s expert committee and post the result here. Thanks both.',
      'Updated: the committee certificate came back on 2 April: genuine, watermark inverted, small thin at lower left.',
    ],
  ],
];
const xQuote = 'is there a way to tell an inverted watermark from a thin spot';
const xNav = ['Forums', "What's new", 'Members', 'Marketplace', 'Expertising'];
const xBread = ['Forums', 'Stamps by country', 'Scandinavia'];
const xSimilar = ['Ostmark 1888 2 sk. shades: a plate guide', 'Watermark fluid alternatives that are safe for gum', 'Spotting regummed Scandinavian classics'];
const xFoot = ['Contact us', 'Terms and rules', 'Privacy policy', 'Help', 'RSS'];
const xMsg = ([user, title, date, num, paras]: readonly [string, string, string, string, readonly string[]], i: number): string => `<article
class="message message--post js-post js-inlineModContainer" data-author="${user}" data-content="post-${8810 + i}" id="js-post-${8810 + i}">
<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user">
<div class="message-userDetails"><h4 class="message-name"><a href="/members/${i}/" class="username">${user}</a></h4>
<h5 class="userTitle message-userTitle">${title}</h5></div><div class="message-userExtras"><dl class="pairs pairs--justified">
<dt>Messages</dt> <dd>${1204 - i * 311}</dd></dl></div></section></div>
<div class="message-cell message-cell--main"><div class="message-main"><header class="message-attribution message-attribution--split">
<ul class="message-attribution-main listInline"><li class="u-concealed"><a href="/threads/ostmark-1891.4471/post-${8810 + i}"><time
class="u-dt" datetime="2026-03-0${9 + (i > 1 ? 1 : 0)}">${date}</time></a></li></ul>
<ul class="message-attribution-opposite listInline"><li><a href="#" class="message-attribution-gadget" data-xf-init="share-tooltip">Share</a></li>
<li><a href="/threads/ostmark-1891.4471/post-${8810 + i}">${num}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote">
<div class="bbWrapper">${
  i === 2
    ? `<blockquote class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">
<div class="bbCodeBlock-title"><a href="#" class="bbCodeBlock-sourceJump">Hedda Lunqvist said:</a></div>
<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent">${xQuote}</div></div></blockquote>\n`
    : ''
}${paras.join('<br />\n<br />\n')}</div>
</article></div></div><footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
<a href="#" class="actionBar-action actionBar-action--reaction">Like</a> <a href="#" class="actionBar-action actionBar-action--reply">Reply</a></div>
<div class="actionBar-set actionBar-set--internal"><a href="#" class="actionBar-action actionBar-action--report">Report</a></div></div>
${i === 1 ? '<div class="reactionsBar js-reactionsList is-active"><a href="#" class="reactionsBar-link">Hedda Lunqvist and 4 others</a></div>' : ''}
</footer></div></div></div></article>`;
const xHtml = `<!DOCTYPE html><html id="XF" lang="en-GB" dir="LTR" data-app="public" data-template="thread_view" class="has-no-js template-thread_view">
<head><meta charset="utf-8" /><title>${xTitle} | The Philatelic Parlour</title><meta name="viewport" content="width=device-width, initial-scale=1" />
<meta property="og:site_name" content="The Philatelic Parlour" /><meta property="og:type" content="website" />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${xTitle}",
"author":{"@type":"Person","name":"Hedda Lunqvist"},"datePublished":"2026-03-09T18:22:04+0000"}</script>
<script>window.XF = window.XF || {}; XF.config = {"url":{"fullBase":"https://philatelicparlour.example/"},"cookie":{"prefix":"xf_"}};</script></head>
<body data-template="thread_view"><div class="p-pageWrapper" id="top"><header class="p-header" id="header"><div class="p-header-inner">
<div class="p-header-logo p-header-logo--image"><a href="/">The Philatelic Parlour</a></div></div></header>
<div class="p-navSticky p-navSticky--primary"
data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner"><ul class="p-nav-list js-offCanvasNavSource">
${links(xNav, 'p-navEl')}</ul><div class="p-nav-opposite"><a href="/login/" class="p-navgroup-link p-navgroup-link--logIn">Log in</a>
<a href="/register/" class="p-navgroup-link p-navgroup-link--register">Register</a></div></div></nav></div>
<div class="p-body"><div class="p-body-inner"><ul class="p-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${links(xBread)}</ul>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">${xTitle}</h1></div><div class="p-description">
<ul class="listInline listInline--bullet">
<li><span class="u-srOnly">Thread starter</span> <a href="/members/0/" class="username u-concealed">Hedda Lunqvist</a></li>
<li><span class="u-srOnly">Start date</span> <a href="/threads/ostmark-1891.4471/" class="u-concealed"><time class="u-dt">Mar 9, 2026</time></a></li>
</ul></div></div><div class="p-body-main"><div class="p-body-content"><div class="p-body-pageContent">
<div class="block block--messages" data-xf-init=""
data-type="post"><div class="block-container lbContainer"><div class="block-body js-replyNewMessageContainer">
${xPosts.map(xMsg).join('\n')}
</div></div></div>
<form action="/threads/ostmark-1891.4471/add-reply" method="post" class="block js-quickReply"><div class="block-container"><div class="block-body">
<div class="message message--quickReply"><div class="fr-element fr-view" contenteditable="true" data-placeholder="Write your reply..."></div>
<button type="submit" class="button--primary button button--icon button--icon--reply">Post reply</button></div></div></div></form>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic"><span class="shareButtons-label">Share:</span>
<a class="shareButtons-button shareButtons-button--facebook" href="#">Facebook</a> <a class="shareButtons-button shareButtons-button--email" href="#">Email</a>
<a class="shareButtons-button shareButtons-button--link" href="#">Link</a></div></div>
<div class="block block--similarThreads"><div class="block-container"><h3 class="block-header">Similar threads</h3>
<ul class="block-body">${links(xSimilar, 'block-row')}</ul></div></div></div></div></div>
<ul class="p-breadcrumbs p-breadcrumbs--bottom">${links(xBread)}</ul></div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner"><ul class="p-footer-linkList">${links(xFoot)}</ul>
<div class="p-footer-copyright">Community platform by XenForo® © 2010-2026 XenForo Ltd.</div></div></footer></div>
<ul class="notices notices--bottom_fixer js-notices" data-xf-init="notices"><li class="notice js-notice notice--primary notice--cookie">
<div class="notice-content">This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.
<a href="/account/dismiss-notice" class="button--notice button">Accept</a> <a href="/help/cookies" class="button--notice button">Learn more…</a></div>
</li></ul></body></html>`;
const xf: TestPage = {
  name: 'heldout362-xenforo-stamps-forum',
  kind: 'forum',
  html: xHtml,
  title: xTitle,
  headings: [],
  body: texts(xPosts.flatMap(([, , , , p]) => p)),
  bylines: ['Hedda Lunqvist', 'Mar 9, 2026', 'Brennan Ocks', 'philatelic_pete', 'Mar 10, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Philatelic Parlour', 'Hedda Lunqvist said:', ...xNav, 'Log in', 'Register', 'Stamps by country', 'Scandinavia', 'Thread starter', 'Start date',
    'Well-known member',
    'Moderator', 'Active member', 'Messages', '1204', '893', 'Share', 'Like', 'Reply', 'Report', 'Hedda Lunqvist and 4 others',
    'Post reply', 'Share:', 'Facebook', 'Email', 'Link', 'Similar threads', ...xSimilar, ...xFoot, 'Community platform by XenForo® © 2010-2026 XenForo Ltd.',
    'This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.', 'Accept', 'Learn more…',
  ],
};

const eTitle = "Vintage 1950s Tin Litho Wind-Up Robot 'Orbit Sentry' Boxed, Working, Original Key";
const eSpecs: readonly (readonly [string, string])[] = [
  ['Condition', 'Used'],
  ['Brand', 'Kessler Toyworks'],
  ['Material', 'Tin Plate'],
  ['Era', '1950s'],
  ['Country of Manufacture', 'Japan'],
];
const eIntro = [
  j(
    'Up for sale is an Orbit Sentry wind-up robot made by Kessler Toyworks in the late 1950s, from my late uncle\u2019s collection.',
    'He bought it new and kept it in the box on a shelf, so the lithography is bright and the colours have not faded.',
  ),
  j(
    'The robot stands 7 inches (18 cm) tall. When wound it walks forward with swinging arms while the chest panel sparks behind a',
    'red plastic window. The key is the original one with the KT stamp, not a modern replacement.',
  ),
];
const eCond = [
  'Mechanism wound and tested: walks well on a flat table and the sparking works.',
  'Small scratch on the back of the head, about 5 mm long, shown in photo 7.',
  'Light rust spotting to the base plate and the tab joints, nothing through the tin.',
  'Box complete with all four flaps; one corner split and old tape on the lid, see photos 10 and 11.',
];
const eHist = [
  j(
    'Kessler Toyworks was a small Yokohama maker that exported almost everything it made to Britain and Australia. The Orbit Sentry',
    'was sold for only two Christmas seasons, in 1957 and 1958, and most examples were played with hard, so boxed and working ones',
    'turn up rarely. This one has the later box with the rocket on the side panel.',
  ),
  j(
    'It has never been repainted or restored, and all the tabs are original and unbent. The chest window is the original red plastic',
    'with a faint scuff. I have not oiled the mechanism, as I would rather leave that to the buyer.',
  ),
];
const ePost = [
  j(
    'Posted within two working days, double boxed with plenty of padding. International buyers are welcome through the Global',
    'Shipping Programme. Please ask any questions before bidding; I am happy to send more photographs or a short video of it walking.',
  ),
];
const eNav = ['Saved', 'Electronics', 'Motors', 'Fashion', 'Collectibles and Art', 'Sports', 'Deals', 'Sell'];
const eBread = ['Toys & Hobbies', 'Vintage & Antique Toys', 'Robots'];
const eSim = ['Vintage tin robot Space Patrol battery op 1960s', 'Kessler Toyworks tin car friction drive boxed', 'Wind-up tin rocket ship 1950s'];
const eFoot = ['About eBay', 'Announcements', 'Community', 'Security Centre', 'Seller Centre', 'Policies', 'Help & Contact', 'Site Map'];
const eHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${eTitle} | eBay</title>
<meta name="description" content="Find many great new &amp; used options and get the best deals for ${eTitle} at the best online prices at eBay!">
<meta property="og:type" content="ebay-objects:item"><meta property="og:url" content="https://www.ebay.example/itm/30551987721">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"${eTitle}","offers":{"@type":"Offer","price":"245.00",
"priceCurrency":"GBP","availability":"https://schema.org/InStock"}}</script><script>$ssgST=new Date().getTime();window.SRP={};</script></head>
<body class="vi-contv2 lhdr-ie-"><div id="gh-gb" class="gh-gb"><header id="gh" class="gh-flex" role="banner"><a id="gh-la"
href="https://www.ebay.example/">eBay</a>
<span id="gh-ug">Hi! <a href="/signin">Sign in</a> or <a href="/reg">register</a></span><form id="gh-f" action="/sch/i.html"><input id="gh-ac"
placeholder="Search for anything"><input type="submit" id="gh-btn" value="Search"></form>
<ul id="gh-eb" class="gh-eb">${links(eNav, 'hl-cat-nav__js-tab')}</ul></header></div>
<div class="main-container"><nav class="breadcrumbs" aria-labelledby="listedInCat"><h2 id="listedInCat" class="clipped">Listed in category:</h2><ul>
${links(eBread, 'breadcrumbs__item')}</ul></nav>
<div id="mainContent" class="vim x-vi-evo-main-container"><div class="vim x-item-title"><h1 class="x-item-title__mainTitle">
<span class="ux-textspans ux-textspans--BOLD">${eTitle}</span></h1></div>
<div class="x-price-section"><div class="x-price-primary"><span class="ux-textspans">£245.00</span></div>
<div class="x-bid-count"><span class="ux-textspans">7 bids</span> · <span class="ux-textspans">Ends in 2d 4h</span></div></div>
<div class="x-buybox-cta"><a class="ux-call-to-action" href="#">Place bid</a> <a class="ux-call-to-action" href="#">Add to Watchlist</a></div>
<div class="ux-labels-values--shipping"><span class="ux-textspans">Postage:</span> <span class="ux-textspans">£8.95 Tracked 48</span></div>
<div class="ux-labels-values--returns"><span class="ux-textspans">Returns:</span> <span class="ux-textspans">No returns accepted</span></div>
<div class="x-about-this-item"><h2 class="ux-layout-section__title">About this item</h2>
<div class="ux-layout-section-evo"><h3>Item specifics</h3><dl>
${eSpecs
  .map(
    ([k, v]) => `<div class="ux-labels-values"><dt class="ux-labels-values__labels">${k}</dt>\n<dd class="ux-labels-values__values">${v}</dd>
</div>`,
  )
  .join('\n')}
</dl></div></div><div id="viTabs_0_is"><h2 class="ux-layout-section__title">Item description from the seller</h2>
<div class="d-item-description" id="desc_wrapper_ctr"><div id="ds_div">
<h3>About this robot</h3>${ps(eIntro)}<h3>History</h3>${ps(eHist)}<h3>Condition</h3><ul>${eCond.map((c) => `<li>${c}</li>`).join('\n')}</ul>
<h3>Postage and returns</h3>${ps(ePost)}</div></div></div>
<div class="x-sellercard-atf"><h2>About this seller</h2><a href="/str/tinandtimber">tinandtimber</a> <span>(2,318)</span>
<span>99.8% positive feedback</span> <a href="/contact">Contact seller</a></div>
<div class="x-sims" data-testid="similar-items"><h2>Similar sponsored items</h2><span class="sponsored-label">Sponsored</span><ul>${links(eSim)}</ul></div>
</div></div><footer id="glbfooter" class="gh-w"><ul id="gf-l">${links(eFoot, 'gf-li')}</ul>
<p id="gf-legal">Copyright © 1995-2026 eBay Inc. All Rights Reserved. Accessibility, User Agreement, Privacy, Cookies and AdChoice</p></footer>
<div id="gdpr-banner" class="gdpr-banner"><p class="gdpr-banner__message">We use cookies and similar technologies to provide and improve our services.</p>
<button class="gdpr-banner__accept">Accept all</button><button class="gdpr-banner__settings">Manage cookies</button></div></body></html>`;
const ebay: TestPage = {
  name: 'heldout362-ebay-listing',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['About this robot', 'History', 'Condition', 'Postage and returns'],
  body: [...eSpecs.map(([, v]) => v), ...texts([...eIntro, ...eHist, ...eCond, ...ePost])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign in', 'register', ...eNav, 'Listed in category:', ...eBread, '£245.00', '7 bids', 'Ends in 2d 4h', 'Place bid',
    'Add to Watchlist', 'Postage:', '£8.95 Tracked 48', 'Returns:', 'No returns accepted', 'About this item', 'Item specifics',
    'Item description from the seller', 'About this seller', 'tinandtimber', '(2,318)', '99.8% positive feedback', 'Contact seller',
    'Similar sponsored items', 'Sponsored', ...eSim, ...eFoot,
    'Copyright © 1995-2026 eBay Inc. All Rights Reserved. Accessibility, User Agreement, Privacy, Cookies and AdChoice',
    'We use cookies and similar technologies to provide and improve our services.', 'Accept all', 'Manage cookies',
  ],
};

export const HELDOUT362_B: readonly TestPage[] = [xf, ebay];
