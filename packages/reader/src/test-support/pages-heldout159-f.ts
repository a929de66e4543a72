import { links, type TestPage, texts } from './page-kit.js';
import { caranddriverReview } from './pages-heldout159-f2.js';
import { lines, lis, paras } from './pages-heldout159-kit.js';

/**
 * Held-out batch 159, file f: a Consumer Reports buying-advice article (the header with "Donate", "Sign In" and "Become a Member",
 * the product-category nav, the breadcrumb, the dek, byline and "Updated" date, the share links, the "We don't accept
 * advertising" trust note, the lede photo credit, the article with h2 sections, a list and a small table of tested models, the
 * members-only ratings teaser with its lock text inside the article, the author bio, the "More From Consumer Reports" rail, the
 * donation promo, newsletter box and the footer) and, from file f2, a Car and Driver test review.
 */
const crTitle = 'How to Use a Space Heater Safely This Winter';
const crDek = 'Our testers found big differences in how hot the outside of these heaters gets. Here’s what to look for, and where to put one.';
const crP1 = paras(`
Space heaters can make a cold room comfortable for a lot less than it costs to heat a whole house. But they also cause thousands
of home fires every year, most often when something that can burn is left too close. In our lab tests, we measure how hot each
heater’s grille and housing get, and the differences between models are larger than many people expect.
`);
const crH1 = 'Pick a Heater With the Right Safety Features';
const crP2 = paras(`
Every space heater we recommend has at least two features we consider essential. Look for these before you buy:
`);
const crList = lines(`
Tip-over protection, which shuts the heater off if it is knocked over.
Overheat protection, which turns it off if internal parts get too hot.
A certification mark from a recognized testing laboratory, printed on the heater or its label.
A cord long enough to reach an outlet without an extension cord.
`);
const crH2 = 'What Our Tests Found';
const crP3 = paras(`
We tested 31 heaters this year. Most kept their outer surfaces at safe temperatures, but three models had grilles hot enough to
burn skin in under a second of contact. The table below shows how three common types compared in our latest round.
`);
const crRows = [
  ['Oil-filled radiator', 'Excellent', 'Slow to warm a room'],
  ['Ceramic tower', 'Very Good', 'Fan noise at high setting'],
  ['Radiant panel', 'Fair', 'Hot front surface'],
];
const crH3 = 'Where to Put It';
const crP4 = paras(`
Keep a space heater at least 3 feet from anything that can burn, including bedding, curtains, and furniture. Put it on a hard,
level floor, not on a rug or a table, and never use it in a bathroom unless the manufacturer says it is designed for damp locations.

Plug the heater directly into a wall outlet. Extension cords and power strips can overheat under the load of a heater running for
hours. And turn it off when you leave the room or go to sleep; none of the heaters we test are designed to run unattended.

Finally, make sure you have working smoke alarms on every level of your home and outside each sleeping area. Test them once a
month, and replace any alarm that is more than 10 years old.
`);
const crNav = lines(`
Cars
Home & Garden
Appliances
Electronics
Health
Money
Babies & Kids
More
`);
const crCrumb = lines(`
Home
Appliances
Space Heaters
`);
const crMore = lines(`
Best Space Heaters of the Year
Are Heat Pumps Worth It in Cold Climates?
How to Lower Your Heating Bill Without Freezing
Carbon Monoxide Detectors That Passed Our Tests
`);
const crFooter = lines(`
About Us
Our Mission
Careers
Press Room
Contact Us
Donate
Ways to Give
Privacy Policy
User Agreement
Your Privacy Choices
Accessibility
Site Map
`);
const crTrust = 'We don’t accept advertising. We buy every product we rate.';
const crLock = 'Sign in or become a member to see our ratings of 31 space heaters.';
const crBio =
  'Henrietta Oduya is a senior editor covering home appliances. She has tested heaters, dehumidifiers and air purifiers at Consumer Reports ' +
  'for eight years.';
const crDonate = 'Consumer Reports is an independent, nonprofit organization. Your donation helps us test products and fight for consumers.';
const crNews = 'Get CR’s free newsletter: the latest ratings, recalls and money-saving tips, delivered to your inbox.';
const crCredit = 'Photo: Getty Images';
const crHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>How to Use a Space Heater Safely This Winter - Consumer Reports</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${crDek}"><meta property="og:site_name"
content="Consumer Reports">
<link rel="canonical" href="https://www.consumerreports.org/home-garden/space-heaters/how-to-use-a-space-heater-safely-a1108234771/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${crTitle}","dateModified":"2025-11-03",
"author":{"@type":"Person","name":"Henrietta Oduya"},"publisher":{"@type":"Organization","name":"Consumer Reports"}}</script>
<script>window.digitalData = {"page":{"pageInfo":{"pageType":"article","contentType":"buying-advice"}},"user":{"tier":"anonymous"}};</script>
<link rel="stylesheet" href="https://www.consumerreports.org/static/crux/css/crux.min.css"></head>
<body class="crux-body"><a class="crux-skip-link" href="#main">Skip to main content</a>
<header class="gnav"><div class="gnav__top"><a class="gnav__logo" href="/"><span class="sr-only">Consumer Reports</span></a>
<div class="gnav__utility"><a class="gnav__donate" href="/donate/">Donate</a><a class="gnav__signin" href="/login/">Sign In</a>
<a class="gnav__join crux-btn" href="/join/">Become a Member</a><button class="gnav__search" aria-label="Search">Search</button></div></div>
<nav class="gnav__products" aria-label="Products"><ul>${links(crNav, 'gnav__item')}</ul></nav></header>
<main id="main" class="article-page"><nav class="crux-breadcrumbs" aria-label="Breadcrumb"><ol>${links(crCrumb, 'crux-breadcrumbs__item')}</ol></nav>
<article class="article-content"><header class="article-header"><h1 class="crux-headline-xl">${crTitle}</h1><p
class="article-header__dek crux-body-copy">${crDek}</p>
<div class="article-header__byline"><span class="crux-byline">By <a href="/author/henrietta-oduya/">Henrietta Oduya</a></span>
<span class="crux-date">Updated November 3, 2025</span></div>
<div class="share-bar"><span>Share</span><a href="#">Facebook</a><a href="#">X</a><a href="#">Email</a><a href="#">Print</a></div>
<p class="trust-note">${crTrust}</p>
<figure class="article-hero"><img src="https://crdms.images.consumerreports.org/space-heater.jpg" alt="Space heater in a living room">
<figcaption class="crux-caption">${crCredit}</figcaption></figure></header>
<div class="article-body crux-body-copy">
${crP1.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${crH1}</h2>
${crP2.map((p) => `<p>${p}</p>`).join('\n')}
<ul>${lis(crList)}</ul>
<h2>${crH2}</h2>
${crP3.map((p) => `<p>${p}</p>`).join('\n')}
<table class="crux-table"><thead><tr><th>Heater type</th><th>Safety score</th><th>Watch out for</th></tr></thead><tbody>
${crRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
<div class="ratings-teaser members-only"><h3 class="ratings-teaser__title">Space Heater Ratings</h3><p class="ratings-teaser__lock">${crLock}</p>
<a class="crux-btn" href="/join/">Become a Member</a> <a href="/login/">Sign In</a></div>
<h2>${crH3}</h2>
${crP4.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<div class="author-bio"><img src="https://crdms.images.consumerreports.org/authors/ho.jpg" alt=""><p>${crBio}</p></div></article>
<aside class="more-from-cr"><h2>More From Consumer Reports</h2><ul>${links(crMore)}</ul></aside>
<section class="donate-promo"><p>${crDonate}</p><a class="crux-btn" href="/donate/">Donate Now</a></section>
<section class="newsletter-signup"><p>${crNews}</p><form><label for="cr-nl">Email address</label><input id="cr-nl" type="email"><button>Sign
Up</button></form></section></main>
<footer class="crux-footer"><ul>${links(crFooter, 'crux-footer__link')}</ul><p class="crux-footer__copy">© 2006 - 2025 Consumer Reports, Inc.</p></footer>
<script src="https://www.consumerreports.org/static/crux/js/crux.min.js" defer></script></body></html>`;
const consumerreports: TestPage = {
  html: crHtml,
  name: 'heldout159-consumerreports-article',
  kind: 'news',
  // the dek is body; table data cells are body, table header cells in neither list; the members-only ratings teaser (its h3,
  // lock text and buttons) inside the article body is furniture
  title: crTitle,
  headings: [crH1, crH2, crH3],
  body: [crDek, ...texts(crP1), ...texts(crP2), ...crList, ...texts(crP3), ...crRows.flat(), ...texts(crP4)],
  bylines: ['By Henrietta Oduya', 'Updated November 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Consumer Reports', 'Donate', 'Sign In', 'Become a Member', 'Search', ...crNav, ...crCrumb, 'Share', 'Facebook', 'X',
    'Email', 'Print', crTrust, crCredit, 'Space Heater Ratings', crLock, crBio, 'More From Consumer Reports', ...crMore, crDonate, 'Donate Now',
    crNews, 'Email address', 'Sign Up', ...crFooter, '© 2006 - 2025 Consumer Reports, Inc.',
  ])],
};

export const HELDOUT159_F: readonly TestPage[] = [consumerreports, caranddriverReview];
