import { links, ps, type TestPage, texts } from './page-kit.js';
import { wporgPlugin } from './pages-heldout188-e2.js';

/**
 * Held-out batch 188, file e: a Chrome Web Store extension page on chromewebstore.google.com (the header with "Discover",
 * "Extensions", "Themes", search and "Sign in", the item header with publisher, "Featured" badge and its tooltip, rating,
 * category and user count, "Add to Chrome", the screenshot carousel, the "Overview" section with the plain-text description
 * (capitalised section lines and bullet lines as paragraphs), the reviews block with its disclaimer and helpfulness buttons,
 * "Details", "Privacy" and "Support" sections, the "Related" rail and the footer; obfuscated class names as the store uses).
 */
const cwTitle = 'Tabwright - Tab Groups That Remember';
const cwP = [
  'Tabwright saves your tab groups automatically and brings them back exactly as you left them, even after Chrome crashes or you ' +
    'move to another computer.',
  'If you work in a dozen projects at once, you know the problem. You build a group of tabs for a report, another for a client, a ' +
    'third for the holiday you are half planning. Then Chrome updates overnight, or you close the wrong window, and they are gone. ' +
    'Tabwright quietly keeps a copy of every named group, so closing a window is never a decision you have to think about.',
  'WHAT IT DOES',
  '• Saves every named tab group as you work, with its colour, order and pinned tabs.',
  '• Restores a closed group with one click from the toolbar, into a new window or the current one.',
  '• Keeps a 30-day history of each group, so you can go back to how it looked last Tuesday.',
  '• Syncs your saved groups between computers through your own Chrome sync storage. Nothing is sent to our servers.',
  '• Exports any group as a plain list of links to paste into an email or a document.',
  'HOW TO USE IT',
  'Create and name a tab group in Chrome as usual. Tabwright notices it straight away; there is nothing to set up. Click the ' +
    'Tabwright icon to see all your saved groups, search them by name or by any page title inside them, and click a group to open it. ' +
    'Right-click a group to rename it, change its colour, export it or delete it for good.',
  'YOUR PRIVACY',
  'Tabwright does not have a server. Your groups are kept in Chrome’s own storage on your computer and, if you have Chrome sync ' +
    'turned on, in your Google account. We cannot see them. The extension asks for permission to read your tabs only because it ' +
    'needs page titles and addresses to save a group.',
  'NEW IN 3.2',
  '• Groups can be archived instead of deleted, and archived groups are hidden from the main list.',
  '• Fixed a bug where pinned tabs were restored at the end of the group instead of the start.',
  'Tabwright is made by two people in Bergen who lose tabs for a living. Questions and ideas are always welcome at the support link below.',
];
const cwNav = ['Discover', 'Extensions', 'Themes'];
const cwBadge = 'Featured';
const cwTip = 'Follows recommended practices for Chrome extensions.';
const cwMeta = ['4.7', '386 ratings', 'Extension', 'Workflow & Planning', '40,000 users'] as const;
const cwReviews = [
  ['Helga Sørensen', 'Oct 30, 2025', 'Saved me after a crash wiped three windows. The history view is brilliant.'],
  ['Darnell Price', 'Sep 14, 2025', 'Works well, but I wish it could save ungrouped tabs too.'],
] as const;
const cwDetails = [
  ['Version', '3.2.0'],
  ['Updated', 'November 6, 2025'],
  ['Offered by', 'Tabwright Software'],
  ['Size', '318KiB'],
  ['Languages', 'English (United States)'],
] as const;
const cwTrader =
  'This developer has identified itself as a trader per the definition from the European Union and committed to only offer products or ' +
  'services that comply with EU laws.';
const cwPrivacy = [
  'The developer has disclosed that it will not collect or use your data.',
  'This developer declares that your data is',
  'Not being sold to third parties, outside of the approved use cases',
  'Not being used or transferred for purposes that are unrelated to the item’s core functionality',
  'Not being used or transferred to determine creditworthiness or for lending purposes',
];
const cwSupport = 'For help with questions, suggestions, or problems, visit the developer’s support site';
const cwRelated = [
  ['Shelfmark Tab Saver', '4.4'],
  ['Quiet Tabs', '4.8'],
  ['Window Ledger', '4.1'],
] as const;
const cwFoot = ['Google', 'About Chrome Web Store', 'Developer Dashboard', 'Privacy Policy', 'Terms of Service', 'Help'];
const cwSec = (t: string): string => `<h2 class="Pa2dE">${t}</h2>`;
const cwHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${cwTitle} - Chrome Web Store</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Tabwright saves your tab groups automatically.">
<meta property="og:title" content="${cwTitle} - Chrome Web Store"><meta property="og:type" content="website">
<link rel="canonical" href="https://chromewebstore.google.example/detail/tabwright-tab-groups-that/khmcdlnbojpbaefkgcngliapmjmonhah">
<link rel="stylesheet" href="https://www.gstatic.example/_/mss/boq-chrome-webstore/_/ss/k=boq.ChromeWebStoreConsumerFeUi.x6c0.L.B1.O/am=AAo/d=1/ed=1">
<script nonce="">window.WIZ_global_data = {"DpimGf":false,"EP1ykd":["/_/*"],"FdrFJe":"-4108721346671180427","Im6cmf":"/_/ChromeWebStoreConsumerFeUi"};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareApplication","name":"${cwTitle}",
"applicationCategory":"BrowserApplication",
"operatingSystem":"Chrome","aggregateRating":{"@type":"AggregateRating","ratingValue":4.7,"ratingCount":386}}</script></head>
<body jscontroller="pjICDe" class="tQj5Y ghyPEc IqBfM ecJEib EWZcud"><c-wiz jsrenderer="Ehdutc" class="SSPGKf"><header class="wDmHQc" role="banner">
<a class="bV1qhd" href="./" aria-label="Chrome Web Store home"><span class="UyeQ5c">chrome web store</span></a><nav class="b9ZbGe" aria-label="Main">
${cwNav.map((t) => `<a class="zT5Njd" href="./category/${t.toLowerCase()}">${t}</a>`).join('')}</nav><div class="RVQdVd" role="search"><input class="HWAcU"
placeholder="Search extensions and themes" aria-label="Search extensions and themes"></div><a class="gb_Ua gb_C" href="https://accounts.google.example/">Sign
in</a>
</header><main class="SmaKLe" role="main"><c-wiz class="Xlf6Zc"><section class="JBR6ne"><div class="OdEk5c"><img class="rBxtY" alt="Item logo image for
${cwTitle}"
src="https://lh3.googleusercontent.example/icon128.png"><div><h1 class="Pa2dE">${cwTitle}</h1><div class="mTOKxf"><a class="cJI8ee"
href="https://tabwright.example"
>tabwright.example</a><span class="OmOMFc" role="img" aria-label="${cwBadge}"><span class="VzCjbe">${cwBadge}</span>
<span class="Bt8Vc" role="tooltip">${cwTip} <a href="https://support.google.example/chrome_webstore/answer/13511488">Learn more</a></span></span></div>
<div class="j3zrsd"><span class="Vq0ZA">${cwMeta[0]}</span><span class="yXPxAf">★</span><p class="xJEoWe"><a href="./reviews">${cwMeta[1]}</a></p></div>
<div class="gqpEIe bgp7Ye"><span class="wFDCJe">${cwMeta[2]}</span><a class="gqpEIe"
href="./category/extensions/productivity/workflow">${cwMeta[3].replace('&', '&amp;')}
</a><span class="F9iKBc">${cwMeta[4]}</span></div></div><div class="OdjmDb"><button class="UywwFc-LgbsSe" type="button"><span class="UywwFc-vQzf8d">Add to
Chrome</span>
</button></div></div><div class="YmA2n" role="region" aria-label="Screenshots"><img alt="Item media 1 screenshot" src="/s1.png"><button aria-label="Previous
slide">
</button><button aria-label="Next slide"></button></div></section>
<section class="RNnO5e" aria-labelledby="overview">${cwSec('Overview')}<div class="JJ3H1e JpY6Fd">${ps(cwP)}</div></section>
<section class="T7rvce" aria-labelledby="reviews">${cwSec('Rating')}<div class="Mfrhgb"><span class="Yemige">4.7 out of 5</span><span>386 ratings</span></div>
<p class="Nmzm6b">Google doesn’t verify reviews.
<a href="https://support.google.example/chrome_webstore/answer/12225786">Learn more about results and reviews.</a></p>
${cwReviews
  .map(
    ([n, d, t]) => `<div class="T7rvce" jsname="reviewCard"><div class="lTIIvb"><span class="A2bCke">${n}</span><span class="ydlbEf">${d}</span></div>
<p class="fzDEpf">${t}</p><div class="HmVUBf"><span>Was this review helpful?</span><button type="button">Yes</button><button
type="button">No</button></div></div>`,
  )
  .join('\n')}
<a class="RNnO5e" href="./reviews">See all reviews</a></section>
<section class="MqICNe" aria-labelledby="details">${cwSec('Details')}<ul class="Qt4bne">${cwDetails
  .map(
    ([k, v]) => `<li class="ZbWJPd"><div class="nws2nb">${k}</div>
<div class="N3EXSc">${v}</div></li>`,
  )
  .join('\n')}<li class="ZbWJPd"><div class="nws2nb">Developer</div><div class="C2WXF"><a href="https://tabwright.example">Website</a>
<a href="mailto:help@tabwright.example">Email</a><div class="Fm8Cnb">Strandgaten 14, 5013 Bergen, NO</div></div></li>
<li class="ZbWJPd"><div class="nws2nb">Trader</div><div class="N3EXSc">${cwTrader}</div></li></ul></section>
<section class="KHSagd" aria-labelledby="privacy">${cwSec('Privacy')}<p>${cwPrivacy[0]} To learn more, see the
<a href="https://tabwright.example/privacy">developer’s
privacy policy</a>.</p><p class="MfrnV">${cwPrivacy[1]}</p><ul>${cwPrivacy
  .slice(2)
  .map((t) => `<li class="M8ETDd">${t}</li>`)
  .join('')}</ul></section>
<section class="Fp9pl" aria-labelledby="support">${cwSec('Support')}<p>${cwSupport}</p></section>
<section class="zXA2Nc" aria-labelledby="related">${cwSec('Related')}<ul>${cwRelated
  .map(
    ([n, r]) => `<li><a class="Cb7Kte" href="./detail/${r}"><img alt="" src="/r.png">
<p class="GzKUjd">${n}</p><span class="Vq0ZA">${r}</span></a></li>`,
  )
  .join('')}</ul></section></c-wiz></main>
<footer class="K0LGWe" role="contentinfo"><ul>${links(cwFoot, 'HhL6ee')}</ul></footer></c-wiz>
<script nonce="" src="https://www.gstatic.example/_/mss/boq-chrome-webstore/_/js/k=boq.ChromeWebStoreConsumerFeUi.en.m2x.es5.O/am=AAo/d=1/excm=_b"
async></script>
</body></html>`;
const chromeStore: TestPage = {
  html: cwHtml,
  name: 'heldout188-chrome-web-store-docs',
  kind: 'docs',
  // the description (a plain-text field: its capitalised section lines and bullet lines are body paragraphs, there are no
  // headings) is the article; the publisher link and the "Updated" date in Details are bylines, the other detail rows
  // furniture; the store's section labels (Overview, Rating, Details, Privacy, Support, Related), badge, rating, reviews,
  // privacy declarations, related rail and footer are furniture
  title: cwTitle,
  headings: [],
  body: texts(cwP),
  bylines: ['tabwright.example', 'November 6, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'chrome web store', ...cwNav, 'Sign in', cwBadge, cwTip, 'Learn more', ...cwMeta, 'Add to Chrome', 'Overview', 'Rating', '4.7 out of 5',
    'Google doesn’t verify reviews.', 'Learn more about results and reviews.', ...cwReviews.flat(), 'Was this review helpful?', 'Yes', 'No',
    'See all reviews', 'Details', ...cwDetails.flat().filter((t) => t !== 'November 6, 2025'), 'Developer', 'Website', 'Email',
    'Strandgaten 14, 5013 Bergen, NO', 'Trader', cwTrader,
    'Privacy', ...cwPrivacy, cwSupport, 'Support', 'Related', ...cwRelated.map(([n]) => n), '4.4', '4.8', '4.1', ...cwFoot,
  ],
};

export const HELDOUT188_E: readonly TestPage[] = [chromeStore, wporgPlugin];
