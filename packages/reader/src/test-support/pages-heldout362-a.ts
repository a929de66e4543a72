import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout362-kit.js';

/**
 * Held-out batch 362, file a: an auction house's lot page in a Sotheby's-style Next.js build (styled-component class hashes,
 * data-testid attributes, the bid panel with estimate and lot status, the lot's description, condition report, provenance,
 * literature and catalogue note in accordion sections, the "More from this auction" rail, the OneTrust banner, the
 * __NEXT_DATA__ script) and a Numista-style coin catalogue page (features table, obverse / reverse / edge descriptions,
 * mintage table, the collection buttons, estimate-of-value widget, contributors, member comments, the cookie bar).
 */
const sTitle = 'A George III silver-gilt inkstand, Tobias Ferrall, London, 1789';
const sDesc = [
  j(
    'Of rounded oblong form on four lion-paw feet, the gadrooned border with shell corners, fitted with a pair of cut-glass',
    'bottles with silver-gilt mounts and a central taper stick with detachable snuffer, the pen tray to the front engraved with',
    'a later crest of a heron within a garter.',
  ),
  'Length 31.5 cm; weight 1,642 g (52 oz 16 dwt) excluding the glass.',
];
const sCond = [
  j(
    'Overall in good condition with a soft, even gilding that has worn through to the silver on the high points of the',
    'gadrooning and the feet, as is to be expected. The marks are clear on the base and the taper stick; the snuffer is unmarked.',
  ),
  j(
    'One glass bottle has a small chip to the inner rim of the neck, not visible when the mount is closed. The crest appears to have',
    'been added in the second quarter of the nineteenth century. There are no repairs to the feet, and no signs of solder to the pen tray.',
  ),
  'Condition reports are provided as a courtesy; prospective buyers should inspect the lot or request further photographs.',
];
const sProv = [
  'Sir Edmund Halloway, 2nd Bt. (1771-1840), Crane Abbey, Wiltshire, and thence by descent.',
  'Anonymous sale; Pellman and Pryce, London, 12 November 1968, lot 77.',
  'Private collection, Edinburgh, acquired from the above.',
];
const sLit = ['M. Carrow, The Ferrall Workshop and its Patrons, London, 1994, p. 118, fig. 41.'];
const sNote = [
  j(
    'Tobias Ferrall entered his first mark at Goldsmiths\u2019 Hall in 1774 and worked from premises in Gutter Lane until his death in',
    '1802. His output was small, and gilt pieces from his workshop are rarer still; fewer than a dozen inkstands bearing his mark have',
    'appeared at auction in the last fifty years.',
  ),
  j(
    'The present inkstand is closely comparable to one supplied to the Worshipful Company of Drapers in 1787, which shares the unusual',
    'feature of a taper stick fitted into a socket rather than soldered to the stand. The detachable arrangement allowed the stick to be',
    'carried to a side table to seal letters, and its survival with its original snuffer is noteworthy.',
  ),
  j(
    'The Halloway family papers record a payment of forty-one pounds to Ferrall in the spring of 1789 "for a gilt standish with glasses",',
    'which almost certainly refers to this piece.',
  ),
];
const sNav = ['Auctions', 'Buy Now', 'Private Sales', 'Departments', 'Sell', 'Stories'];
const sMore = [
  'A pair of George II silver candlesticks, London, 1751',
  'A Victorian silver-gilt presentation ewer, 1868',
  'A Regency silver tea urn, Sheffield, 1815',
];
const sFoot = ['About Us', 'Careers', 'Press', 'Contact Us', 'Conditions of Business', 'Privacy Policy', 'Cookie Settings', 'Accessibility'];
const sSec = (id: string, head: string, inner: string): string => `<section class="css-1q7xw2k" data-testid="${id}">
<button class="css-9a1xyz" aria-expanded="true"><h3 class="css-12vdkqm">${head}</h3></button>
<div class="css-1hs7b0f">${inner}</div></section>`;
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>${sTitle} | Harcourt Vane</title>
<meta name="viewport" content="width=device-width, initial-scale=1"/><meta name="description" content="Lot 48: ${sTitle}. Estimate 8,000 - 12,000 GBP."/>
<meta property="og:title" content="${sTitle}"/><meta property="og:type" content="product"/><link rel="canonical"
href="https://www.harcourtvane.example/lot/48"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${sTitle}","offers":{"@type":"Offer","priceCurrency":"GBP",
"price":"14400"}}</script><script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"lot","saleId":"L26311"});</script>
<link rel="preload" href="/_next/static/css/8f2a1c.css" as="style"/></head><body><div id="__next"><div class="css-1dbjc4n">
<header class="css-1xh3v9k" data-testid="global-header"><a class="css-4rbku5" href="/">Harcourt Vane</a>
<nav class="css-19u3y8v" aria-label="Main"><ul class="css-k8qxaj">${links(sNav, 'css-1ybj7ec')}</ul></nav>
<div class="css-13qlw1u"><a href="/login" class="css-1w8i6g">Log In</a> <a href="/register" class="css-1w8i6g">Create Account</a></div></header>
<main class="css-1jq9o3m"><nav aria-label="breadcrumb" class="css-ops1mb"><ol>
<li><a href="/auctions">Auctions</a></li> <li><a href="/auction/L26311">Silver, Objects of Vertu and Portrait Miniatures</a></li>
<li aria-current="page">Lot 48</li></ol></nav>
<div class="css-u4p24i" data-testid="lot-page"><div class="css-1oqqa9e" data-testid="lot-images"><figure class="css-7zhfhb">
<img src="https://images.harcourtvane.example/L26311/48/01.jpg" alt="${sTitle}"/><figcaption class="css-1lhj3p1">Image 1 of 6</figcaption></figure>
<button class="css-x1lqb6">View in Room</button></div>
<div class="css-9jay18" data-testid="lot-details"><p class="css-1ndz3vq" data-testid="lot-number">48</p>
<h1 class="css-1vn8hqs" data-testid="lot-title">${sTitle}</h1>
<div class="css-8k7t2l" data-testid="lot-estimate"><p class="css-ww9k3f">Estimate:</p><p class="css-1xk4vwd">8,000 - 12,000 GBP</p></div>
<div class="css-2ms7fp" data-testid="lot-status"><p class="css-ww9k3f">Lot Sold.</p><p class="css-1xk4vwd">Hammer Price with Buyer's Premium: 14,400 GBP</p>
</div>
<p class="css-1o1u0n5">Auction Closed: 14 May 2026, 11:00 BST</p>
<div class="css-1g6fm4z"><button class="css-qd1k5w">Follow Lot</button> <button class="css-qd1k5w">Contact Specialist</button>
<button class="css-qd1k5w">Share</button></div>
<div class="css-1m7zvfe" data-testid="lot-accordion">
${sSec('lot-description', 'Description', ps(sDesc, ' class="css-1tbbvnx"'))}
${sSec('lot-condition', 'Condition Report', ps(sCond, ' class="css-1tbbvnx"'))}
${sSec('lot-provenance', 'Provenance', ps(sProv, ' class="css-1tbbvnx"'))}
${sSec('lot-literature', 'Literature', ps(sLit, ' class="css-1tbbvnx"'))}
${sSec('lot-catalogue-note', 'Catalogue Note', ps(sNote, ' class="css-1tbbvnx"'))}
</div><div class="css-1kz5a1l"><p class="css-ww9k3f">Specialist</p><p>Honor Castellane, Head of Silver, London</p>
<a href="mailto:silver@harcourtvane.example">Email the department</a></div></div></div>
<section class="css-12ap9bq" data-testid="more-from-auction"><h2 class="css-1l3v8vy">More from this auction</h2>
<ul class="css-xv2e7h">${links(sMore, 'css-11z0x6k')}</ul><a href="/auction/L26311" class="css-1x4s3xv">View all lots</a></section></main>
<section class="css-ac3q0c" data-testid="newsletter"><h2>Stay in the know</h2><p>Receive auction news, results and invitations to private views.</p>
<form><input type="email" placeholder="Email address"/><button>Sign Up</button></form></section>
<footer class="css-q2yiff" data-testid="global-footer"><ul>${links(sFoot)}</ul>
<p class="css-1l0upb6">© Harcourt Vane Ltd 2026. Registered in England No. 04411872.</p></footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner">
<p id="onetrust-policy-text">We use cookies to personalise your experience and to measure how our website is used.</p>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookie Preferences</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"lotId":"L26311-48","currency":"GBP"}},"page":"/lot/[slug]","buildId":"hv-2026-5"}
</script></body></html>`;
const sothebys: TestPage = {
  name: 'heldout362-sothebys-next-lot',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Description', 'Condition Report', 'Provenance', 'Literature', 'Catalogue Note'],
  body: texts([...sDesc, ...sCond, ...sProv, ...sLit, ...sNote]),
  bylines: ['Auction Closed: 14 May 2026, 11:00 BST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harcourt Vane', ...sNav, 'Log In', 'Create Account', 'Silver, Objects of Vertu and Portrait Miniatures', 'Lot 48', 'Image 1 of 6', 'View in Room',
    'Estimate:', '8,000 - 12,000 GBP', 'Lot Sold.', "Hammer Price with Buyer's Premium: 14,400 GBP", 'Follow Lot', 'Contact Specialist', 'Share',
    'Specialist', 'Honor Castellane, Head of Silver, London', 'Email the department', 'More from this auction', ...sMore, 'View all lots',
    'Stay in the know', 'Receive auction news, results and invitations to private views.', 'Sign Up', ...sFoot,
    '© Harcourt Vane Ltd 2026. Registered in England No. 04411872.',
    'We use cookies to personalise your experience and to measure how our website is used.', 'Accept All Cookies', 'Cookie Preferences',
  ],
};

const nTitle = '20 Marken - Oswin II';
const nFeat: readonly (readonly [string, string])[] = [
  ['Issuer', 'Grand Duchy of Vellmark'],
  ['Period', 'Oswin II (1861-1897)'],
  ['Type', 'Standard circulation coin'],
  ['Years', '1872-1889'],
  ['Composition', 'Gold (.900)'],
  ['Weight', '7.96 g'],
  ['Diameter', '22.5 mm'],
  ['Shape', 'Round'],
];
const nObv = [
  'Bare head of Grand Duke Oswin II facing left, the engraver\u2019s initial below the neck truncation.',
  '<strong>Lettering:</strong> OSWIN II GROSSHERZOG V. VELLMARK',
  '<strong>Engraver:</strong> Leopold Aschberg',
];
const nRev = [
  'Crowned shield of the Vellmark arms on a mantle, the denomination and date in the legend, mint mark at the bottom.',
  '<strong>Lettering:</strong> ZWANZIG MARKEN 1874 B',
];
const nEdge = ['Reeded'];
const nMint: readonly (readonly [string, string])[] = [
  ['1872 B', '112,400'],
  ['1874 B', '86,000'],
  ['1881 B', '41,250'],
  ['1889 B', '9,600'],
];
const nComments = [
  j(
    'The 1889 issue is the key date of the series. Most of the small mintage was held back as reserve and melted in 1908,',
    'so survivors are scarce and are frequently cleaned. Look for hairlines in the field behind the portrait.',
  ),
  j(
    'Aschberg\u2019s first portrait (1872) shows a fuller beard; it was reworked for the 1874 issue after the Grand Duke reportedly',
    'complained that it made him look older than his father. The two varieties are not catalogued separately here.',
  ),
  j(
    'Restrikes dated 1874 were made for presentation sets in the 1920s. They have a sharper rim and a mirror field, and should',
    'weigh the same as the originals; any piece much under 7.9 g deserves a second look.',
  ),
  j(
    'Counterfeits made in the 1960s for the bullion market are well made and of the right gold content, but the lettering is slightly',
    'thinner and the B mint mark sits too close to the rim. Compare with a certified piece before buying an 1881 or 1889 raw.',
  ),
];
const nNav = ['Catalogue', 'Exchanges', 'Forum', 'Encyclopaedia', 'Members'];
const nBread = ['Coins', 'Europe', 'Vellmark'];
const nPrices: readonly (readonly [string, string])[] = [
  ['VF', '€ 410'],
  ['XF', '€ 520'],
  ['AU', '€ 640'],
];
const nFoot = ['About Numista', 'Terms of use', 'Privacy', 'Partners', 'Help', 'Contact'];
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${nTitle} - Grand Duchy of Vellmark - Numista</title>
<meta name="description" content="Coin, Grand Duchy of Vellmark, 20 Marken, 1872-1889, Gold. Catalogue, images, mintages and values.">
<meta property="og:image" content="https://en.numista.example/catalogue/photos/vellmark/1401-original.jpg">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"${nTitle}","brand":"Grand Duchy of Vellmark"}</script>
<script>var numista_user = null; var piece_id = 1401;</script><link rel="stylesheet" href="/style.css?v=318"></head>
<body><div id="header"><div id="header_top"><a href="/" id="logo">Numista</a><form id="recherche" action="/catalogue/index.php">
<input type="text" name="r" placeholder="Search the catalogue"></form><a href="/connexion.php" class="connexion">Log in</a>
<a href="/inscription.php" class="connexion">Sign up</a></div><ul id="menu">${links(nNav)}</ul></div>
<div id="main"><div id="navigation"><a href="/catalogue/">Catalogue</a> › ${nBread
  .map((b) => `<a href="/catalogue/${b.toLowerCase()}">${b}</a>`)
  .join(' › ')}</div>
<div id="main_title"><h1>${nTitle}</h1><a href="#" class="main_title_link">Add to my collection</a>
<a href="#" class="main_title_link">Swap</a> <a href="#" class="main_title_link">Wanted</a></div>
<div id="fiche_photo"><a href="/catalogue/photos/vellmark/1401-original.jpg"><img src="/catalogue/photos/vellmark/1401-180.jpg" alt="Obverse"></a>
<a href="/catalogue/photos/vellmark/1402-original.jpg"><img src="/catalogue/photos/vellmark/1402-180.jpg" alt="Reverse"></a>
<p class="photo_credit">Photos: © Kasimir Lode Numismatik</p></div>
<section id="fiche_caracteristiques"><h2>Features</h2><table><tbody>
${nFeat.map(([k, v]) => `<tr><th>${k}</th>\n<td>${v}</td></tr>`).join('\n')}
</tbody></table></section>
<section id="fiche_descriptions"><h3>Obverse</h3>${ps(nObv)}<h3>Reverse</h3>${ps(nRev)}<h3>Edge</h3>${ps(nEdge)}</section>
<section id="fiche_frappes"><h2>Mintage</h2><table class="frappes"><thead><tr><th>Year</th><th>Mintage</th></tr></thead><tbody>
${nMint.map(([y, m]) => `<tr><td class="date">${y}</td>\n<td class="tirage">${m}</td></tr>`).join('\n')}
</tbody></table></section>
<section id="fiche_commentaires"><h2>Comments</h2>${ps(nComments)}</section>
<section id="fiche_contributeurs"><p>Contributors: Ansgar Pelt, m_voskuijl, Renate Obst</p><p>Last modification: 2 March 2026</p></section>
</div><div id="colonne_droite"><div class="bloc_prix"><h3>Estimate of value</h3><table>
${nPrices.map(([g, p]) => `<tr><th>${g}</th>\n<td>${p}</td></tr>`).join('\n')}
</table><p class="note">Values for 1874 B. Prices from recent sales on the exchange.</p></div>
<div class="bloc_pub"><span class="pub_label">Advertisement</span><div id="div-gpt-ad-right"></div></div>
<div class="bloc_echange"><h3>Available on the exchange</h3><p>3 members offer this coin for swap.</p></div></div>
<div id="footer"><ul>${links(nFoot)}</ul><p>© Numista 1998-2026. Content under CC BY-NC-SA unless stated otherwise.</p></div>
<div id="cookie_bar"><p>Numista uses cookies to remember your settings and measure its audience.</p><button>OK</button>
<a href="/cookies.php">Learn more</a></div></body></html>`;
const numista: TestPage = {
  name: 'heldout362-numista-coin',
  kind: 'wiki',
  html: nHtml,
  title: nTitle,
  headings: ['Features', 'Obverse', 'Reverse', 'Edge', 'Mintage', 'Comments'],
  body: [...nFeat.map(([, v]) => v), ...texts([...nObv, ...nRev, ...nEdge]), ...nMint.flat(), ...texts(nComments)],
  bylines: ['Contributors: Ansgar Pelt, m_voskuijl, Renate Obst', 'Last modification: 2 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Numista', 'Log in', 'Sign up', ...nNav, 'Coins', 'Europe', 'Add to my collection', 'Swap', 'Wanted', 'Photos: © Kasimir Lode Numismatik',
    'Estimate of value', ...nPrices.map(([, p]) => p), 'Values for 1874 B. Prices from recent sales on the exchange.', 'Advertisement',
    'Available on the exchange', '3 members offer this coin for swap.', ...nFoot, '© Numista 1998-2026. Content under CC BY-NC-SA unless stated otherwise.',
    'Numista uses cookies to remember your settings and measure its audience.', 'Learn more',
  ],
};

export const HELDOUT362_A: readonly TestPage[] = [sothebys, numista];
