import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout317-kit.js';

/**
 * Held-out batch 317, file c2: an REI Co-op Expert Advice buying guide (retail header with departments, membership bar,
 * breadcrumb, "Expert Advice" label, contributor line, video/figure credit, "Shop Sleeping Pads" product rail with prices,
 * "Related Articles", membership promo, footer with legal lines).
 */
const eTitle = 'How to Choose a Sleeping Pad';
const eIntro = [
  j(
    'A sleeping pad does two jobs: it cushions you from rocks and roots, and it keeps the cold ground from pulling heat out of your',
    'body all night. The second job matters more than most people expect, and it is the one to get right first.',
  ),
];
const eHs = ['Types of sleeping pads', 'Understanding R-value', 'Size and weight', 'Quick checklist'];
const eTypes = [
  'There are three main designs, each with its own trade-offs:',
  'Air pads are the lightest and pack smallest, but they need inflating and can puncture.',
  'Self-inflating pads combine open-cell foam and air, so they are warmer and tougher, though heavier.',
  'Closed-cell foam pads are cheap and nearly indestructible, but bulky and firm.',
];
const eR = [
  j(
    'R-value measures how well a pad resists heat flow; the higher the number, the warmer you sleep. Since 2020, most manufacturers',
    'test to the same standard, so numbers are comparable across brands.',
  ),
  j(
    'As a rough guide, a pad rated 2 or below suits warm summer nights, 2 to 4 covers three-season camping, and 4 or more is meant',
    'for winter or snow. R-values add up, so a foam pad under an air pad is an easy way to extend the season.',
  ),
];
const eTable = ['Summer', '1 to 2', 'Three-season', '2 to 4', 'Winter', '4 and up'];
const eSize = [
  j(
    'Standard pads are about 20 inches wide and 72 inches long. Side sleepers and anyone over six feet will appreciate a wide or long',
    'version. Backpackers counting ounces may choose a short pad and put a folded jacket under their feet.',
  ),
  j(
    'Thickness is mostly about comfort. Pads of three inches or more let side sleepers rest without a hip touching the ground, while',
    'thinner pads suit back sleepers. Weight rises with width and thickness, so lie on a few in the store before you decide.',
  ),
];
const eCheck = ['Match the R-value to the coldest night you expect.', 'Try the thickness lying on your side.', 'Pack a patch kit for any air pad.'];
const eQuote = 'Most cold nights in the backcountry are a pad problem, not a sleeping bag problem.';
const eNav = ['Camp & Hike', 'Climb', 'Cycle', 'Water', 'Run', 'Snow', 'Travel', 'Men', 'Women', 'Kids', 'Deals', 'Brands'];
const eShop = ['Tallus Loft Air Pad', 'Ridgecrest Foam Pad', 'Wren Self-Inflating Mat'];
const eRel = ['How to Choose a Sleeping Bag', 'Camping Checklist', 'How to Repair a Sleeping Pad'];
const eFoot = ['Shipping Info', 'Returns', 'Order Status', 'Store Locator', 'Careers', 'Terms of Use', 'Privacy Policy', 'Accessibility'];
const eHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>How to Choose a Sleeping Pad | REI Expert Advice</title>
<meta name="description" content="Learn how to choose a sleeping pad, including pad types, R-value and size.">
<script
type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${eTitle}","publisher":{"@type":"Organization","name":"REI"}}</script>
<script>window.__REI_CONFIG__={"page":"expert-advice","articleId":"sleeping-pad"};</script></head>
<body class="page-expert-advice"><div id="app"><div class="membership-bar"><p>Members get 10% back on eligible purchases.
<a href="/membership">Join now</a></p></div>
<header id="global-header" class="gh-header"><a class="gh-logo" href="/">REI Co-op</a><nav aria-label="Departments"><ul class="gh-departments">${links(
  eNav,
  'gh-department',
)}</ul></nav>
<a href="/YourAccount">Sign In</a><a href="/ShoppingCart">Cart</a></header>
<main id="main-content"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/learn">Expert Advice</a></li>
<li><a href="/learn/camping">Camping</a></li></ol></nav>
<article class="ea-article"><header class="ea-article__header"><p class="ea-article__eyebrow">Camping</p><h1 class="ea-article__title">${eTitle}</h1>
<p class="ea-article__contributors">REI Staff</p><p class="ea-article__reading">11 minute read</p></header>
<figure class="ea-figure"><img src="https://www.rei.example/media/pad-hero.jpg" alt="Sleeping pads in a tent">
<figcaption class="ea-figure__caption">Three pad designs in a two-person tent. Photo by Ines Calloway.</figcaption></figure>
<div class="ea-article__body rich-text">${ps(eIntro)}
<h2>${eHs[0]}</h2><p>${eTypes[0]}</p><ul>${eTypes
  .slice(1)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
<aside class="product-rail"><h3 class="product-rail__title">Shop Sleeping Pads</h3><ul>${eShop
  .map((p, i) => `<li class="product-rail__item"><a href="/product/${i}">${p}</a><span class="price">$${89 + i * 40}.95</span></li>`)
  .join('')}</ul></aside>
<h2>${eHs[1]}</h2>${ps(eR)}
<table class="ea-table"><thead><tr><th>Conditions</th><th>Suggested R-value</th></tr></thead><tbody>
<tr><td>${eTable[0]}</td><td>${eTable[1]}</td></tr><tr><td>${eTable[2]}</td><td>${eTable[3]}</td></tr><tr><td>${eTable[4]}</td><td>${eTable[5]}</td></tr>
</tbody></table>
<blockquote class="ea-pullquote"><p>${eQuote}</p></blockquote>
<h2>${eHs[2]}</h2>${ps(eSize)}
<h2>${eHs[3]}</h2><ul>${eCheck.map((t) => `<li>${t}</li>`).join('')}</ul></div>
<div class="ea-helpful"><p>Was this article helpful?</p><button>Yes</button><button>No</button></div></article>
<section class="ea-related"><h2>Related Articles</h2><ul>${links(eRel)}</ul></section>
<section class="membership-promo"><h2>Get more from your membership</h2><p>Members get access to classes, trips and an annual dividend.</p></section></main>
<footer class="gf-footer"><ul>${links(eFoot, 'gf-link')}</ul><p>© 2026 Recreational Equipment, Inc. All rights reserved.</p></footer></div></body></html>`;
export const rei: TestPage = {
  name: 'heldout317-rei-buyingguide',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: eHs,
  body: texts([...eIntro, ...eTypes, ...eR, ...eTable, eQuote, ...eSize, ...eCheck]),
  bylines: ['REI Staff', '11 minute read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Members get 10% back on eligible purchases.', 'Join now', 'REI Co-op', ...eNav, 'Sign In', 'Cart', 'Expert Advice', 'Camping',
    'Three pad designs in a two-person tent. Photo by Ines Calloway.', 'Shop Sleeping Pads', ...eShop, '$89.95', '$129.95', '$169.95',
    'Was this article helpful?', 'Related Articles', ...eRel, 'Get more from your membership',
    'Members get access to classes, trips and an annual dividend.', ...eFoot, '© 2026 Recreational Equipment, Inc. All rights reserved.',
  ],
};
