import { links, ps, type TestPage, texts } from './page-kit.js';
import { pp } from './pages-heldout282-kit.js';

/**
 * Held-out batch 282, file d2: a publisher's book page in the style of a big trade publisher's site (utility bar, mega menu,
 * breadcrumbs, cover with "Look inside", title and "By" contributor line, format tabs with ISBN and on-sale data, retailer
 * buttons, the "About" blurb, praise quotes, "About the Author", "Also by", reading-group guide promo, newsletter and footer,
 * OneTrust cookie banner).
 */
const bTitle = 'The Salt Year';
const bBlurb = pp(`
<b>A lighthouse keeper's daughter, a drowned village and a winter that refuses to end: a luminous debut novel about the stories
families tell to survive.</b>

In the spring of 1962, eleven-year-old Edda Marr watches the sea take the last houses of Calloway End. Her father keeps the light
on the headland above the flooded village, and her mother keeps the secrets: why they never speak of the brother Edda barely
remembers, and why her grandmother still lays a place at the table for a man who left forty years before.

When a storm washes a sealed tin box onto the shingle, Edda begins to piece together a history that her family has buried as
carefully as the sea has buried the village. Told across one long, bitter year and the summer that follows it, <i>The Salt
Year</i> is a story about grief and stubbornness, about the weather inside a house, and about the moment a child understands
that the adults around her are only guessing too.

Atmospheric, tender and quietly devastating, it marks the arrival of a remarkable new voice in fiction.
`);
const bBio = pp(`
Hana Vesely grew up on the east coast of England and worked for twelve years as a coastguard radio operator before turning to
fiction. Her short stories have appeared in several literary magazines, and one was shortlisted for a national prize in 2023.
<i>The Salt Year</i> is her first novel. She lives in a converted chapel with her partner, two children and a very old dog.

She writes in the mornings, in a shed at the bottom of the garden with no internet connection and a view of the estuary, and
spends her afternoons volunteering with a local rowing club. She is at work on a second novel, set in the same village.
`);
const bH = [`About ${bTitle}`, 'About the Author'];
const bPraise = [
  '“A novel as wild and exacting as the coast it describes. I could not put it down.” —Ilse Marchetti, author of The Glass Orchard',
  '“Vesely writes about grief with the precision of a tide table and the warmth of a lit kitchen window.” —The Northern Review',
];
const bUtil = ['Larkhill Rowe', 'Our Brands', 'Careers', 'For Educators', 'For Librarians'];
const bMenu = ['Books', 'Authors', 'Popular', 'Features', 'Audio', 'Gift Guides'];
const bCrumbs = ['Books', 'Fiction', 'Literary Fiction'];
const bRetail = ['Quillmart', 'Riverfront Books', 'Paperlane', 'Corner Shelf Bookstores'];
const bAlso = ['Low Water: Stories', 'A Short History of Weather'];
const bFoot = ['About Us', 'Contact Us', 'Help', 'Terms of Use', 'Privacy Policy', 'Accessibility', 'Do Not Sell or Share My Personal Information'];
const bHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">
<title>The Salt Year by Hana Vesely: 9780593889124 | LarkhillRowe.com: Books</title>
<meta name="description" content="A lighthouse keeper's daughter, a drowned village and a winter that refuses to end.">
<meta property="og:type" content="book"><meta property="book:isbn" content="9780593889124"><meta property="book:release_date" content="2026-03-03">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Book","name":"The Salt Year","author":{"@type":"Person","name":"Hana Vesely"},
"isbn":"9780593889124","publisher":{"@type":"Organization","name":"Hollowbrook Press"},"numberOfPages":352}</script>
<script>var dataLayer = window.dataLayer || []; dataLayer.push({"pageType":"title","isbn":"9780593889124","imprint":"Hollowbrook Press"});</script></head>
<body class="title-page lr-us"><div id="utility-bar" class="utility-nav"><ul>${links(bUtil, 'utility-item')}</ul></div>
<header id="site-header" class="header-main"><a class="logo" href="/"><span class="sr-only">Larkhill Rowe</span></a><nav class="mega-menu"
aria-label="Main"><ul>${links(bMenu, 'mega-menu__item')}</ul></nav><form class="search-form" role="search"><input type="search"
placeholder="Search books, authors" aria-label="Search"></form><a class="account-link" href="/account">Sign In</a></header>
<main id="main-content" class="title-detail"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(bCrumbs, 'breadcrumb-item')}</ol></nav>
<div class="title-detail__wrapper"><div class="title-detail__cover"><figure class="cover"><img src="https://images.larkhillrowe.example/cover/9780593889124"
alt="Book cover of The Salt Year by Hana Vesely"><figcaption class="cover-credit">Jacket design by Piet Holloway</figcaption></figure>
<a class="look-inside" href="#excerpt">Look inside</a></div>
<div class="title-detail__info"><h1 class="title">${bTitle}</h1><p class="subtitle">A Novel</p>
<h2 class="contributors"><span class="contributor-label">By </span><a href="/authors/2214087/hana-vesely" class="contributor">Hana Vesely</a></h2>
<ul class="format-tabs" role="tablist"><li class="active" role="tab">Hardcover</li><li role="tab">Ebook</li><li role="tab">Audiobook</li></ul>
<div class="format-detail"><span class="price">$28.00</span><ul class="format-meta"><li>On sale Mar 03, 2026</li><li>352 Pages</li>
<li>ISBN 9780593889124</li><li>Hollowbrook Press</li></ul></div>
<div class="affiliates"><p class="affiliates__label">Buy from:</p><ul>${links(bRetail, 'affiliate-btn')}</ul></div>
<div class="share-links"><span>Share:</span><a href="#" class="share-fb">Facebook</a><a href="#" class="share-x">X</a><a href="#"
class="share-pin">Pinterest</a></div></div></div>
<section id="book-description" class="title-section about-book"><h2 class="section-title">${bH[0]}</h2><div class="book-description" itemprop="description">
${ps(bBlurb)}
</div></section>
<section id="praise" class="title-section praise"><h2
class="section-title">Praise</h2>${bPraise.map((q) => `<blockquote class="praise-quote"><p>${q}</p></blockquote>`).join('\n')}
</section>
<section id="author-bio" class="title-section about-author"><h2 class="section-title">${bH[1]}</h2><div class="author-bio">
<figure class="author-photo"><img src="https://images.larkhillrowe.example/author/2214087" alt="Hana Vesely"><figcaption>© Marit Olsen</figcaption></figure>
${ps(bBio)}
<a class="more-link" href="/authors/2214087/hana-vesely">Learn more about Hana Vesely</a></div></section>
<section class="title-section also-by"><h2 class="section-title">Also by Hana Vesely</h2><ul>${links(bAlso, 'book-tile')}</ul></section>
<aside class="promo promo--reading-guide"><p class="promo__eyebrow">For Book Clubs</p><p class="promo__title">Download the reading group guide for The Salt
Year</p></aside>
</main>
<section class="newsletter-signup"><h2>Sign up for our newsletter</h2><p>Discover your next great read, with recommendations picked for you.</p>
<form><input type="email" placeholder="Email address" aria-label="Email address"><button type="submit">Sign Up</button></form></section>
<footer class="site-footer"><ul>${links(bFoot, 'footer-link')}</ul><p class="copyright">© 2026 Larkhill Rowe Publishing LLC. All rights reserved.</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We and our partners use
cookies to understand how you use our site and to show you personalised content and ads.</p><button id="onetrust-accept-btn-handler">Accept All
Cookies</button><button id="onetrust-pc-btn-handler">Cookies Settings</button></div></div>
<script src="https://www.larkhillrowe.example/wp-content/themes/lr/js/title.min.js"></script></body></html>`;
export const book: TestPage = {
  name: 'heldout282-publisher-book',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: bH,
  body: texts([...bBlurb, ...bBio]),
  bylines: ['By Hana Vesely'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bUtil, ...bMenu, 'Sign In', 'Fiction', 'Literary Fiction', 'Jacket design by Piet Holloway', 'Look inside', 'A Novel', 'Hardcover',
    'Ebook', 'Audiobook', '$28.00', 'On sale Mar 03, 2026', '352 Pages', 'ISBN 9780593889124', 'Hollowbrook Press', 'Buy from:', ...bRetail, 'Share:',
    'Facebook', 'Pinterest', 'Praise', ...bPraise, '© Marit Olsen', 'Learn more about Hana Vesely', 'Also by Hana Vesely', ...bAlso, 'For Book Clubs',
    'Download the reading group guide for The Salt Year', 'Sign up for our newsletter',
    'Discover your next great read, with recommendations picked for you.', 'Sign Up', ...bFoot, '© 2026 Larkhill Rowe Publishing LLC. All rights reserved.',
    'We and our partners use cookies to understand how you use our site and to show you personalised content and ads.', 'Accept All Cookies',
    'Cookies Settings',
  ],
};
