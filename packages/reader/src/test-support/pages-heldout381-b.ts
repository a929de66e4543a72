import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout381-kit.js';

/**
 * Held-out batch 381, file b: a Facebook Marketplace-style listing saved from the browser (atomic x-class markup, the
 * logged-out banner and cookie dialog, the Marketplace left rail with categories, price, "Listed ... in ..." line,
 * details rows, seller information, the message box, "Today's picks" and sponsored cards) and a Vinted-style item page
 * (Next.js with web_ui classes, a short description, details list, buy / offer buttons, member card, member's items and
 * similar items, cookie banner, footer).
 */
const x = 'x193iq5w xeuugli x13faqbe x1vvkbs x1xmvt09 x1lliihq x1s928wv xhkezso x1gmr53x x1cpjm7i x1fgarty x1943h6x';
const fbTitle = 'Hand-made wooden rocking horse, painted dapple grey';
const fbBody = [
  j(
    'My father made this rocking horse in his shed over one long winter when our eldest was born, and it has now seen three',
    'children and two grandchildren through. They have all outgrown it and it deserves a house with small riders in it again.',
  ),
  j(
    'The body is carved from laminated beech and the rockers are ash, joined with brass bolts that can be tightened with an',
    'ordinary spanner. It is painted in a dapple grey with a real horsehair mane and tail, leather saddle and bridle, and',
    'brass stirrups. Length on the rockers is about 44 inches, and the saddle is 26 inches from the floor.',
  ),
  j(
    'It is sturdy enough for an adult to sit on (I have checked), but I would say it suits ages from about three to seven.',
    'The rockers have felt strips underneath so it does not mark a wooden floor and it does not creep across the room.',
  ),
  j(
    'There is wear you would expect from a loved toy: the paint is rubbed on the neck where little hands hold on, the tail',
    'is a bit thinner than it was, and one stirrup leather has been restitched. Nothing is loose or splintered. I have',
    'not repainted it because I think the wear is part of its character, but it would take a fresh coat well if you wanted.',
  ),
  j(
    'It is heavy and awkward, so you will need an estate car or a van, and ideally two people. Collection from Kelby, near',
    'the church. I am not able to post or deliver, sorry.',
  ),
  j('Price is firm. I would rather it went to a family than to someone reselling it, so please do tell me a little about who', 'it is for when you message.'),
];
const fbRail = ['Browse all', 'Notifications', 'Inbox', 'Marketplace access', 'Buying', 'Selling', 'Create new listing'];
const fbCats = ['Vehicles', 'Property for rent', 'Classifieds', 'Clothing', 'Electronics', 'Entertainment', 'Family', 'Garden & outdoors', 'Hobbies'];
const fbPicks = ['Child’s wooden kitchen, with pans', 'Pine toy box on castors', 'Balance bike, red, 12 inch wheels'];
const fbSpan = (t: string, extra = ''): string => `<span class="${x}${extra}" dir="auto">${t}</span>`;
const fbHtml = `<!DOCTYPE html><html id="facebook" class="_9dls" lang="en" dir="ltr"><head><meta charset="utf-8">
<title>Marketplace – ${fbTitle} | Facebook</title><meta name="referrer" content="origin-when-crossorigin" id="meta_referrer">
<meta property="og:title" content="${fbTitle}"><meta property="og:description" content="My father made this rocking horse in his shed">
<meta property="og:type" content="product"><meta property="product:price:amount" content="120"><meta property="product:price:currency" content="GBP">
<link rel="stylesheet" href="https://static.xx.fbcdn.example/rsrc.php/v3/yO/l/0,cross/8zVh3xqzBUW.css" data-bootloader-hash="Ewrq1Yg">
<script nonce="Qx1v9ZKe">requireLazy(["Bootloader"],function(m){m.handlePayload({"consistency":{"rev":1012234455}})});</script>
<script type="application/json" data-content-len="4187" data-sjs>{"require":[["ScheduledServerJS","handle",null,[{"__bbox":{"require":
[["RelayPrefetchedStreamCache","next",[],["adp_MarketplacePDPContainerQueryRelayPreloader",{"__bbox":{"complete":true}}]]]}}]]]}</script></head>
<body class="_6s5d _71pn system-fonts--body segoe" dir="ltr"><div id="mount_0_0_Kq" class="x9f619 x1n2onr6 x1ja2u2z">
<div class="x78zum5 xdt5ytf x1t2pt76 x1n2onr6"><div role="banner" class="x1qjc9v5 x78zum5 xdt5ytf"><a aria-label="Facebook" href="/"
class="x1i10hfl xjbqb8w"></a>
<div class="x6s0dn4 x78zum5">${fbSpan('See more on Facebook')}<a href="/login/" role="button" class="x1i10hfl">${fbSpan('Log in')}</a>
<a href="/recover/initiate/" class="x1i10hfl">${fbSpan('Forgotten password?')}</a>${fbSpan('or')}
<a href="/r.php" role="button" class="x1i10hfl">${fbSpan('Create new account')}</a></div></div>
<div class="x9f619 x1n2onr6 x1ja2u2z x78zum5"><div role="navigation" class="x9f619 x1ja2u2z x78zum5 xdt5ytf x2lah0s" aria-label="Marketplace sidebar">
<h1 class="x1heor9g x1qlqyl8 x1pd3egz x1a2a7pz">${fbSpan('Marketplace')}</h1><input type="search" aria-label="Search Marketplace"
placeholder="Search Marketplace">
<ul class="x1y1aw1k xwib8y2">${fbRail.map((t) => `<li class="x1n2onr6"><a href="/marketplace/${t.length}" role="link">${fbSpan(t)}</a></li>`).join('')}</ul>
<div class="x1n2onr6">${fbSpan('Location')}${fbSpan('Kelby · Within 40 miles')}</div>
<div class="x1n2onr6">${fbSpan('Categories')}<ul>${fbCats.map((t) => `<li><a href="/marketplace/category/${t.length}">${fbSpan(t)}</a></li>`).join('')}</ul>
</div></div>
<div role="main" class="x9f619 x1n2onr6 x1ja2u2z x78zum5 xdt5ytf"><div class="x1jx94hy x1a2a7pz"><div class="x1a0syf3 x1ja2u2z">
<div class="x6s0dn4 x78zum5 x1iyjqo2"><img alt="Product photo of ${fbTitle}" class="xz74otr x168nmei" src="https://scontent.example/v/t45/419.jpg">
<div aria-label="View next image" role="button" class="x1i10hfl"></div></div>
<div class="xyamay9 x1pi30zi x18d9i69 x1swvt13"><h1 class="x1heor9g x1qlqyl8 x1pd3egz x1a2a7pz" aria-hidden="false">${fbSpan(fbTitle)}</h1>
<div class="x1xmf6yo">${fbSpan('£120', ' x1sibtaa')}</div>
<div class="x1yztbdb">${fbSpan('Listed 2 weeks ago in Kelby', ' xi81zsa')}</div>
<div class="x78zum5 x1q0g3np"><div aria-label="Message" role="button" class="x1i10hfl">${fbSpan('Message')}</div>
<div aria-label="Save" role="button" class="x1i10hfl">${fbSpan('Save')}</div><div aria-label="Share" role="button" class="x1i10hfl">${fbSpan('Share')}</div>
<div aria-label="More" role="button" class="x1i10hfl"></div></div>
<div class="xod5an3"><h2 class="x1heor9g x1qlqyl8 x1pd3egz x1a2a7pz">${fbSpan('Details')}</h2>
<div class="x78zum5 x1q0g3np">${fbSpan('Condition')}${fbSpan('Used – good')}</div>
<div class="xz9dl7a x4uap5 xsag5q8 xkhd6sd x126k92a"><span class="${x} x6prxxf xvq8zen xo1l8bm xzsf02u" dir="auto">${fbBody.join('<br>\n<br>\n')}</span>
<div role="button" class="x1i10hfl">${fbSpan('See less')}</div></div>
<div class="x1n2onr6"><img alt="Map" src="https://external.example/static_map.php?v=2037&amp;size=306x98"></div>
${fbSpan('Kelby')}${fbSpan('Location is approximate')}</div>
<div class="xod5an3"><h2 class="x1heor9g x1qlqyl8">${fbSpan('Seller information')}</h2><a href="/marketplace/profile/100078/" class="x1i10hfl"
role="link">${fbSpan('Ruairi Callan')}</a>${fbSpan('Joined Facebook in 2011')}<a href="/marketplace/profile/100078/">${fbSpan('Seller details')}</a></div>
<div class="xod5an3"><div class="x78zum5">${fbSpan('Send seller a message')}</div><textarea aria-label="Message"
class="x1i10hfl">Hi Ruairi, is this still available?</textarea><div aria-label="Send" role="button" class="x1i10hfl">${fbSpan('Send')}</div></div>
</div></div>
<div class="x1n2onr6 xh8yej3"><h2 class="x1heor9g">${fbSpan('Today’s picks')}</h2>${fbPicks
  .map((t, i) => `<a href="/marketplace/item/8812${i}/" class="x1i10hfl" role="link">${fbSpan(`£${(i + 2) * 15}`)}${fbSpan(t)}${fbSpan('Kelby')}</a>`)
  .join('\n')}
<div class="x1n2onr6">${fbSpan('Sponsored')}<a href="https://ads.example/fb/tinytots">${fbSpan('Tinytots Toy Barn – wooden toys that last')}</a></div></div>
</div></div></div>
<div role="dialog" aria-label="Allow the use of cookies from Facebook on this browser?" class="x1n2onr6 x1ja2u2z">
<h2>${fbSpan('Allow the use of cookies from Facebook on this browser?')}</h2>
${fbSpan('We use cookies and similar technologies to help provide and improve content on Meta Products.')}
<div role="button" aria-label="Decline optional cookies">${fbSpan('Decline optional cookies')}</div>
<div role="button" aria-label="Allow all cookies">${fbSpan('Allow all cookies')}</div></div></div>
<script>requireLazy(["TimeSliceImpl","ServerJS"],function(TimeSlice,ServerJS){(new ServerJS()).handle({"define":[]});});</script></body></html>`;
const facebook: TestPage = {
  name: 'heldout381-facebook-marketplace-listing',
  kind: 'docs',
  html: fbHtml,
  title: fbTitle,
  headings: ['Details'],
  body: texts(fbBody),
  bylines: ['Listed 2 weeks ago in Kelby', 'Ruairi Callan'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'See more on Facebook', 'Log in', 'Forgotten password?', 'Create new account', 'Marketplace', ...fbRail, 'Location', 'Kelby · Within 40 miles',
    'Categories', ...fbCats, '£120', 'Message', 'Save', 'Share', 'Condition', 'Used – good', 'See less', 'Location is approximate',
    'Seller information', 'Joined Facebook in 2011', 'Seller details', 'Send seller a message', 'Send', 'Today’s picks', ...fbPicks, '£30', '£45', '£60',
    'Sponsored', 'Tinytots Toy Barn – wooden toys that last', 'Allow the use of cookies from Facebook on this browser?',
    'We use cookies and similar technologies to help provide and improve content on Meta Products.', 'Decline optional cookies', 'Allow all cookies',
  ],
};

const vnTitle = 'Wool duffle coat, navy, Marlowe & Finch';
const vnBody = [
  j(
    'Classic navy duffle coat from Marlowe & Finch, bought two winters ago and worn maybe a dozen times before I moved somewhere',
    'much warmer. Heavy boiled wool, tartan lining, horn-style toggles with leather loops, and a proper hood that stays up in wind.',
  ),
  j(
    'Size M but it is cut generously, so it fits a UK 12 to 14 over a jumper. Pit to pit 56cm, length from the shoulder 88cm,',
    'sleeve 63cm. No moth holes, no stains, no bobbling. The only flaw is that one toggle loop has been re-stitched by me, neatly.',
  ),
  j('Dry cleaned before listing and stored in a garment bag. Comes from a smoke-free home with a cat, although the cat never had', 'access to the wardrobe.'),
  'Happy to bundle with the grey scarf in my other listings. Posted within two days, folded carefully in a box rather than a bag.',
];
const vnNav = ['Women', 'Men', 'Designer', 'Kids', 'Home', 'Electronics', 'Entertainment', 'Pets', 'About', 'Our Platform'];
const vnCrumbs = ['Women', 'Clothing', 'Outerwear', 'Coats', 'Duffle coats'];
const vnDetails: [string, string][] = [
  ['Brand', 'Marlowe & Finch'],
  ['Size', 'M / UK 12-14'],
  ['Condition', 'Very good'],
  ['Colour', 'Navy'],
  ['Views', '214'],
  ['Uploaded', '5 days ago'],
];
const vnMember = ['Ribbed jumper, oatmeal, size M', 'Grey lambswool scarf', 'Leather ankle boots, size 5'];
const vnSimilar = ['Camel duffle coat, size L', 'Navy pea coat, wool blend', 'Vintage school duffle, toggles intact'];
const vnFoot = [
  'About Vinted',
  'Careers',
  'Sustainability',
  'Press',
  'Help Centre',
  'Selling',
  'Buying',
  'Trust and safety',
  'Privacy Centre',
  'Cookie Policy',
  'Terms & Conditions',
];
const vnHtml = `<!DOCTYPE html><html lang="en-uk"><head><meta charset="utf-8"><title>${vnTitle} | Vinted</title>
<meta name="description" content="Classic navy duffle coat from Marlowe &amp; Finch, bought two winters ago.">
<meta property="og:title" content="${vnTitle}"><meta property="og:type" content="product"><meta property="og:site_name" content="Vinted">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${vnTitle}","brand":{"@type":"Brand",
"name":"Marlowe & Finch"},"offers":{"@type":"Offer","price":"38.00","priceCurrency":"GBP","itemCondition":"UsedCondition"}}</script>
<link rel="stylesheet" href="https://marketplace-web-assets.vinted.example/_next/static/css/7bd1e2a3.css"></head>
<body class="body-full-width"><div id="__next"><div class="l-header"><header class="l-header__main"><a href="/" class="l-header__logo"
aria-label="Vinted">Vinted</a><input class="web_ui__Input__value" placeholder="Search for items" aria-label="Search for items">
<a href="/member/signup/select_type" class="web_ui__Button__button web_ui__Button__outlined">Sign up | Log in</a>
<a href="/items/new" class="web_ui__Button__button web_ui__Button__filled web_ui__Button__primary">Sell now</a></header>
<nav class="l-header__navigation"><ul class="main-navigation-categories__container">${links(vnNav, 'main-navigation-categories__link')}</ul></nav></div>
<main class="site-wrapper"><div class="site-content"><div class="body-content"><ul class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
${links(vnCrumbs, 'breadcrumbs__item')}</ul>
<div class="item-page-layout"><div class="item-photos__container"><figure class="item-photos">
<img src="https://images1.vinted.example/t/03_00a1/f800/17331.jpeg"
alt="${vnTitle}"></figure><button class="item-photos__more">+4</button></div>
<aside class="item-page-sidebar-content"><div class="box--item-details" data-testid="item-page-summary-plugin">
<div class="details-list details-list--main-info"><div class="details-list__item-title"><h1
class="web_ui__Text__text web_ui__Text__title web_ui__Text__left">${vnTitle}</h1></div>
<div class="details-list__item"><span class="web_ui__Text__text web_ui__Text__subtitle">Size M / UK 12-14 · Very good · Marlowe &amp; Finch</span></div>
<div class="details-list__item"><div class="web_ui__Text__text web_ui__Text__title web_ui__Text__muted">£38.00</div>
<button class="web_ui__Cell__cell" data-testid="service-fee-included-title">£40.60 includes Buyer Protection</button></div></div>
<div class="details-list details-list--details">${vnDetails
  .map(
    ([k, v]) => `<div class="details-list__item" data-testid="item-attributes-${k.toLowerCase()}"><div class="details-list__item-title">${k}</div>
<div class="details-list__item-value" itemprop="${k.toLowerCase()}">${v.replace(/&/g, '&amp;')}</div></div>`,
  )
  .join('\n')}</div>
<div class="details-list details-list--info" data-testid="item-description"><div itemprop="description" class="u-text-wrap">
<span class="web_ui__Text__text web_ui__Text__body web_ui__Text__left web_ui__Text__format"><span>${vnBody.map((t) => t.replace(/&/g, '&amp;')).join('\n\n')}
</span></span></div></div>
<div class="details-list details-list--shipping"><span class="web_ui__Text__text web_ui__Text__caption">Postage</span>
<span class="web_ui__Text__text web_ui__Text__caption">from £2.89</span></div>
<div class="details-list details-list--actions"><button class="web_ui__Button__button web_ui__Button__filled" data-testid="item-buy-button">Buy now</button>
<button class="web_ui__Button__button web_ui__Button__outlined">Make an offer</button>
<button class="web_ui__Button__button web_ui__Button__outlined">Message seller</button>
<button class="web_ui__Button__button" data-testid="item-favourite">Favourite</button></div>
<div class="web_ui__Cell__cell" data-testid="buyer-protection-info"><h2 class="web_ui__Text__text web_ui__Text__title">Buyer Protection fee</h2>
<span class="web_ui__Text__text web_ui__Text__caption">Our Buyer Protection is added for a fee to every purchase made with the “Buy now” button.</span>
</div></div>
<div class="box--item-details" data-testid="profile-plugin"><a href="/member/2281934-harbourfog" class="web_ui__Cell__cell"><span
class="web_ui__Text__text web_ui__Text__title">harbourfog</span><span class="web_ui__Rating__label">(128)</span></a>
<span class="web_ui__Badge__content">Frequent uploads</span><span class="web_ui__Text__text web_ui__Text__caption">Kelby, United Kingdom</span>
<span class="web_ui__Text__text web_ui__Text__caption">Last seen 2 hours ago</span></div></aside></div>
<section class="closet-container" data-testid="closet-plugin"><h2 class="web_ui__Text__text web_ui__Text__title">Member's items (34)</h2>
<ul>${links(vnMember, 'feed-grid__item')}</ul><a href="/member/2281934-harbourfog">See all</a></section>
<section class="similar-items" data-testid="similar-items-plugin"><h2 class="web_ui__Text__text web_ui__Text__title">Similar items</h2>
<ul>${links(vnSimilar, 'feed-grid__item')}</ul></section></div></div></main>
<footer class="main-footer"><ul>${links(vnFoot, 'main-footer__links-item')}</ul></footer>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner"><p id="onetrust-policy-text">We use cookies and similar technologies to run our
website, to show you personalised content and ads and to measure their performance.</p><button id="onetrust-accept-btn-handler">Accept all</button>
<button id="onetrust-reject-all-handler">Reject all</button><button id="onetrust-pc-btn-handler">Customise</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"itemId":5518230761,"itemDto":{"title":"${vnTitle}"}}},"page":"/items/[id]"}</script>
</body></html>`;
const vinted: TestPage = {
  name: 'heldout381-vinted-item',
  kind: 'docs',
  html: vnHtml,
  title: vnTitle,
  headings: [],
  body: texts(vnBody),
  bylines: ['harbourfog', '5 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign up | Log in', 'Sell now', ...vnNav, ...vnCrumbs.filter((c) => c !== 'Women'),
    'Size M / UK 12-14 · Very good · Marlowe & Finch', '£38.00', '£40.60 includes Buyer Protection', ...vnDetails.map(([k]) => k).filter((k) => k !== 'Size'),
    'M / UK 12-14', 'Very good', '214', 'Postage', 'from £2.89', 'Buy now', 'Make an offer', 'Message seller', 'Favourite',
    'Buyer Protection fee', 'Our Buyer Protection is added for a fee to every purchase made with the “Buy now” button.', '(128)', 'Frequent uploads',
    'Kelby, United Kingdom', 'Last seen 2 hours ago', "Member's items (34)", ...vnMember, 'See all', 'Similar items', ...vnSimilar, ...vnFoot,
    'We use cookies and similar technologies to run our website, to show you personalised content and ads and to measure their performance.',
    'Accept all', 'Reject all', 'Customise',
  ],
};

export const HELDOUT381_B: readonly TestPage[] = [facebook, vinted];
