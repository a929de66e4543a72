import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout574-kit.js';

/**
 * Held-out batch 574, file f: a country antique shop's stock item page in an old table layout (font tags, spacer gifs, a hit
 * counter), and a vintage marketplace listing with provenance on Next.js (CSS modules, __NEXT_DATA__, seller box, item details).
 */
const tTitle = 'Regency rosewood work table';
const tBody = [
  j(
    'A pretty Regency rosewood work table, circa 1820, the rectangular top with rounded corners above a single drawer fitted for',
    'sewing and a pleated silk work bag below, on a turned column and four splayed legs ending in brass cup castors.',
  ),
  j(
    'Bought from a house clearance in Thornbury Magna in 1998 and kept in our own sitting room until now. The silk bag is a later',
    'replacement; the rest is original and the castors turn freely.',
  ),
  'Height 29 inches, width 21 inches, depth 15 inches.',
];
const tMenu = ['Home', 'Stock List', 'Sold Items', 'Fairs', 'How to Find Us', 'Contact'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Cobbetts Antiques - Stock - Regency rosewood work table</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords" content="antiques, regency, work table, rosewood, cobbetts">
<script language="JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script>
<style type="text/css">body { margin: 0px; } .nav { font-family: Verdana; font-size: 11px; color: #663300; }</style></head>
<body bgcolor="#F5EEDC" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3"><img src="images/banner.jpg" width="760" height="110" alt="Cobbetts Antiques of Thornbury Magna"></td></tr>
<tr><td width="150" valign="top" bgcolor="#E8D9B5"><img src="images/spacer.gif" width="150" height="10"><br>
${tMenu.map((t) => `<a href="${t.toLowerCase().replace(/ /g, '')}.htm" class="nav"><b>${t}</b></a><br><br>`).join('\n')}
<br><font face="Verdana" size="1" color="#663300">Open Thurs - Sat<br>10am - 5pm<br>or by appointment</font><br><br>
<img src="images/guild.gif" width="120" height="60" alt="Guild of Country Dealers"><br><font face="Verdana"
size="1">Member of the Guild of Country Dealers</font></td>
<td width="10"><img src="images/spacer.gif" width="10" height="1"></td>
<td width="600" valign="top"><br><font face="Verdana" size="1"><a href="stocklist.htm">&lt;&lt; Back to Stock List</a></font><br><br>
<table width="100%" border="0" cellpadding="4" cellspacing="0"><tr><td width="260" valign="top"><img src="stock/2231.jpg" width="250" height="320" border="1"
alt="work table"><br><font face="Verdana" size="1"><i>Click photo to enlarge</i></font></td>
<td valign="top"><font face="Georgia" size="4" color="#663300"><b>${tTitle}</b></font><br><br>
<font face="Verdana" size="2">${tBody[0]}<br><br>${tBody[1]}<br><br>${tBody[2]}</font><br><br>
<font face="Verdana" size="2"><b>Ref:</b> 2231<br><b>Price:</b> £1,450</font><br><br>
<a href="mailto:shop@cobbettsantiques.co.uk?subject=Stock%202231"><img src="images/enquire.gif" width="140" height="24" border="0" alt="Enquire"></a>
<font face="Verdana" size="1"><a href="mailto:shop@cobbettsantiques.co.uk?subject=Stock%202231">Enquire about this item</a></font></td></tr></table>
<br><hr size="1" color="#CCB98A"><center><font face="Verdana" size="1">Cobbetts Antiques, The Old Forge, Thornbury Magna, Salop. Tel 01743 219 407<br>
Site last updated 14/01/2026<br>You are visitor number <img src="/cgi-bin/counter.cgi?df=stock.dat" alt="counter"> 048213</font></center><br></td></tr></table>
</body></html>`;
const tables: TestPage = {
  name: 'heldout574-table-layout-work-table',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: tBody,
  bylines: ['Site last updated 14/01/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tMenu, 'Open Thurs - Sat', '10am - 5pm', 'or by appointment', 'Member of the Guild of Country Dealers', '<< Back to Stock List',
    'Click photo to enlarge', 'Ref: 2231', 'Price: £1,450', 'Enquire about this item',
    'Cobbetts Antiques, The Old Forge, Thornbury Magna, Salop. Tel 01743 219 407',
    'You are visitor number 048213',
  ],
};

const nTitle = '1970s smoked glass and chrome floor lamp by Lumara';
const nSecs: [string, string[]][] = [
  [
    'About this item',
    [
      j(
        'A tall floor lamp with a domed smoked glass shade on a chromed steel stem and a heavy round marble-effect base, made by the',
        'Lumara factory in the mid-1970s. The shade is hand-blown and slightly uneven, which gives a soft amber glow when lit.',
      ),
      j(
        'It has been rewired with a braided fabric flex and a new foot switch, and PAT tested. It takes a single E27 bulb; we',
        'recommend a warm 40 W equivalent LED.',
      ),
    ],
  ],
  [
    'Provenance',
    [
      j(
        'From the reception of a dental practice in Harwood Vale, where it stood from 1976 until the practice closed in 2024. The',
        'original purchase invoice from the furnishing company is included.',
      ),
    ],
  ],
  [
    'Condition report',
    [
      j(
        'Very good vintage condition. Light wear to the chrome at the base of the stem and two small chips to the inner rim of the',
        'shade, not visible once fitted. No cracks to the glass.',
      ),
    ],
  ],
];
const nFacts = [
  ['Period', '1970-1979'],
  ['Materials', 'Glass, chrome, steel'],
  ['Dimensions', 'H 162 cm, shade Ø 46 cm'],
  ['Dealer location', 'Harwood Vale'],
];
const nMore = ['Pair of brass wall lights, 1960s', 'Mushroom table lamp in orange plastic', 'Chrome arc lamp with marble base'];
const nFoot = ['Sell on Relique', 'Trade accounts', 'Help centre', 'Delivery', 'Returns', 'Terms', 'Privacy', 'Cookie settings'];
const nData = JSON.stringify({
  props: { pageProps: { listing: { id: 'rl-88213', title: nTitle, price: 68000, currency: 'GBP', dealer: { name: 'Glasshouse Modern' } } } },
  page: '/listing/[slug]',
  query: { slug: 'smoked-glass-chrome-floor-lamp-lumara' },
  buildId: 'q8Xb1sV0zPpJ3',
  isFallback: false,
  gssp: true,
});
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${nTitle} | Glasshouse Modern | Relique</title><meta name="description"
content="A tall floor lamp with a domed smoked glass shade on a chromed steel stem."/>
<meta property="og:type" content="product"/><link rel="canonical" href="https://www.relique.co.uk/listing/smoked-glass-chrome-floor-lamp-lumara"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${nTitle}","offers":{"@type":"Offer","price":"680.00",
"priceCurrency":"GBP"}}</script>
<meta name="next-head-count" content="7"/><link rel="preload" href="/_next/static/css/7c1f0e3d2a9b.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/7c1f0e3d2a9b.css" data-n-g=""/><noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/pages/listing/%5Bslug%5D-4b2e9a1c.js" defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__x3Pq1" href="#main">Skip to main content</a>
<div class="Banner_banner__2Lk9d" role="region" aria-label="Promotion"><p>Free UK delivery on lighting this week</p></div>
<header class="Header_header__M8v2k"><div class="Header_inner__q0Fz3"><a class="Header_logo__1aBxR" href="/" aria-label="Relique home"><svg></svg></a>
<form class="Search_form__7hLp0" role="search" action="/search"><label class="visually-hidden" for="q">Search</label><input id="q" name="q"
placeholder="Search for vintage furniture, lighting and more"/><button type="submit" class="Search_button__h2Kd1">Search</button></form>
<nav class="Header_nav__4TqVn"><ul>${['Furniture', 'Lighting', 'Decor', 'Dealers', 'Journal']
  .map(
    (t) => `<li><a href="/${t.toLowerCase()}">${t}</a>
</li>`,
  )
  .join('')}</ul>
<a href="/account" class="Header_account__3gTzC">Sign in</a><a href="/basket" class="Header_basket__0dNw2">Basket (0)</a></nav></div></header>
<main id="main" class="Listing_page__Yk2Qa"><nav aria-label="Breadcrumb" class="Breadcrumbs_crumbs__8fJ2s"><ol><li><a href="/">Home</a></li><li>
<a href="/lighting">Lighting</a>
</li><li><a href="/lighting/floor-lamps">Floor lamps</a></li></ol></nav>
<div class="Listing_grid__5mVfQ"><section class="Gallery_gallery__Qw9Lm" aria-label="Images"><div class="Gallery_main__2pXz4"><img alt="${nTitle}"
src="/_next/image?url=https%3A%2F%2Fcdn.relique.co.uk%2Fl%2F88213-1.jpg&amp;w=1080&amp;q=75" width="1080" height="1350" decoding="async"/></div>
<p class="Gallery_count__n1S7a">1 / 8</p></section>
<section class="Listing_details__Bq3Wd"><h1 class="Listing_title__3Hs0K">${nTitle}</h1><p class="Listing_price__Zx81c">£680</p>
<p class="Listing_shipping__c4R0j">+ £45 delivery to mainland UK</p><div class="Listing_actions__p0Dd9">
<button class="Button_primary__9sKd2">Add to basket</button>
<button class="Button_secondary__2mBvQ">Make an offer</button><button class="Listing_save__aL3dT" aria-label="Save to favourites"><svg></svg></button></div>
<div class="Seller_box__Hf2k1"><p class="Seller_label__xk20F">Sold by</p><a class="Seller_name__9Vg3d" href="/dealers/glasshouse-modern">Glasshouse Modern</a>
<p class="Seller_meta__oD1c7">Harwood Vale · Dealer since 2019 · 4.9 (212 reviews)</p><a class="Seller_contact__2Rk8p"
href="/messages/new?dealer=glasshouse-modern">Message the
dealer</a></div>
${nSecs
  .map(
    ([h, p]) => `<div class="Description_block__8Kd3s"><h2 class="Description_heading__V2m9q">${h}</h2>
<div class="Description_text__4bNs2">${p.map((t) => `<p>${t}</p>`).join('')}</div></div>`,
  )
  .join('\n')}
<div class="Facts_facts__1jP0s"><h2 class="Facts_heading__qT7e2">Item details</h2>
<dl class="Facts_list__Wd6m3">${nFacts.map(([k, v]) => `<div class="Facts_row__0pLq1"><dt>${k}</dt><dd>${v}</dd></div>`).join('')}
</dl></div><p class="Listing_ref__s8Gd2">Listing ID: rl-88213</p></section></div>
<section class="Related_related__L0c2v" aria-labelledby="more-from-dealer"><h2 id="more-from-dealer"
class="Related_heading__9d3Wk">More from Glasshouse Modern</h2>
<ul class="Related_list__8aQ1p">${nMore
  .map(
    (t, i) => `<li class="Card_card__M1fQz"><a href="/listing/${i}"><img alt="" src="/_next/image?w=384&amp;i=${i}"/><p class="Card_title__2kW8c">${t}</p>
<p class="Card_price__0q9Lm">£${(i + 2) * 95}</p></a></li>`,
  )
  .join('')}</ul></section></main>
<footer class="Footer_footer__Vz1q8"><ul class="Footer_links__3s9Dk">${nFoot
  .map(
    (t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>
</li>`,
  )
  .join('')}</ul>
<p class="Footer_small__bB0d2">© 2026 Relique Ltd. All dealers are vetted before they can list.</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<div class="ot-sdk-row">
<div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies to run this marketplace, remember your basket and measure how the site is used.</p></div>
<div id="onetrust-button-group-parent"><div id="onetrust-button-group"><button id="onetrust-reject-all-handler">Reject all</button>
<button id="onetrust-accept-btn-handler">Accept all cookies</button></div></div></div></div></div></div></div>
<next-route-announcer><p aria-live="assertive" id="__next-route-announcer__" role="alert"
style="border:0;clip:rect(0 0 0 0);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;width:1px;white-space:nowrap;word-wrap:normal"></p>
</next-route-announcer>
<script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout574-nextjs-marketplace-lamp',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: nSecs.map(([h]) => h),
  body: texts(nSecs.flatMap(([, p]) => p)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Free UK delivery on lighting this week', 'Search', 'Furniture', 'Lighting', 'Decor', 'Dealers', 'Journal', 'Sign in',
    'Basket (0)', 'Home', 'Floor lamps', '1 / 8', '£680', '+ £45 delivery to mainland UK', 'Add to basket', 'Make an offer', 'Sold by', 'Glasshouse Modern',
    'Harwood Vale · Dealer since 2019 · 4.9 (212 reviews)', 'Message the dealer', 'Item details', ...nFacts.flat().filter((t) => t !== 'Harwood Vale'),
    'Listing ID: rl-88213',
    'More from Glasshouse Modern', ...nMore, '£190', '£285', '£380', ...nFoot, '© 2026 Relique Ltd. All dealers are vetted before they can list.',
    'We use cookies to run this marketplace, remember your basket and measure how the site is used.', 'Reject all', 'Accept all cookies',
  ],
};

export const HELDOUT574_F: readonly TestPage[] = [tables, nextjs];
