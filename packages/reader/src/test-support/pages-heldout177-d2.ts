import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 177, file d2: a Chrome Web Store extension detail page (the 2024 redesign) as a signed-out visitor saves it
 * (the header with Discover / Extensions / Themes, search and "Sign in", the "Featured" badge, publisher link and rating,
 * category and user count, "Add to Chrome", the screenshot carousel, the Overview with its short summary and the long
 * description, the rating summary, Details with version, date, size, languages, developer address and trader status, the
 * Privacy section with its disclosure list, Support, the "Related" rail, the footer and the hidden "Switch to Chrome?" bar).
 */
const cwTitle = 'Tabwise – Tab Groups Organizer';
const cwSummary = 'Group, name and save your tabs automatically. Keep hundreds of tabs tidy without closing the ones you need.';
const cwDesc = [
  'Tabwise keeps your browser under control without asking you to change how you work. It watches the tabs you open and groups ' +
    'them by project, site or task, gives each group a sensible name and colour, and quietly collapses the groups you have not ' +
    'touched for a while so your tab strip stays readable.',
  '★ What Tabwise does',
  '• Automatic grouping: new tabs join the right group based on the page you opened them from, the site, or rules you set.',
  '• Saved sessions: save any group with one click and bring it back tomorrow, next week or on another computer.',
  '• Sleep inactive tabs: tabs you have not looked at for 30 minutes release their memory but keep their place.',
  '• Search everything: press Alt+T and type to jump to any open or saved tab by title or address.',
  '• Duplicate finder: spot the five copies of the same document and close all but one.',
  '★ Privacy first',
  'Tabwise runs entirely in your browser. Your tabs, groups and sessions never leave your computer unless you turn on sync, ' +
    'which uses your own Chrome sync storage. We do not collect browsing history, we do not have accounts, and there are no ' +
    'trackers or analytics in the extension.',
  '★ Permissions explained',
  '• "Read your browsing history" is needed to see the titles and addresses of your open tabs so they can be grouped and searched.',
  '• "Storage" keeps your saved sessions and rules on your device.',
  '★ What is new in 3.4',
  'Rules can now match on the page title as well as the address, saved sessions can be exported as a list of links, and the ' +
    'search box remembers your last five searches. We also fixed a bug where pinned tabs were sometimes pulled into a group.',
  'Tabwise is made by a two-person team. If something does not work the way you expect, write to us from the Support tab and we ' +
    'will answer within two working days.',
];
const cwNav = ['Discover', 'Extensions', 'Themes', 'Sign in'];
const cwDetails = [
  ['Version', '3.4.1'],
  ['Updated', 'November 2, 2025'],
  ['Offered by', 'Lumen Path Software'],
  ['Size', '412KiB'],
  ['Languages', 'See all 9'],
];
const cwDev = ['Lumen Path Software Ltd', '14 Harbour Road, Galway H91 X2C4, IE', 'Website', 'Email', 'support@tabwise.example'];
const cwTrader =
  'Lumen Path Software has identified itself as a trader per the definition from the European Union and committed to only offer ' +
  'products or services that comply with EU laws.';
const cwPriv = [
  'The developer has disclosed that it will not collect or use your data. To learn more, see the developer’s privacy policy.',
  'This developer declares that your data is',
  'Not being sold to third parties, outside of the approved use cases',
  'Not being used or transferred for purposes that are unrelated to the item’s core functionality',
  'Not being used or transferred to determine creditworthiness or for lending purposes',
];
const cwRelated = [
  ['Stackly Tab Manager', '4.5'],
  ['OneFold', '4.3'],
  ['Session Keeper Pro', '4.6'],
  ['Quiet Tabs', '4.4'],
];
const cwFoot = ['Google', 'Privacy Policy', 'Terms of Service', 'Help', 'About Chrome Web Store', 'Developer Dashboard'];
const cwHtml = `<!doctype html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Tabwise – Tab Groups Organizer - Chrome Web Store</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${cwSummary}">
<meta property="og:title" content="Tabwise – Tab Groups Organizer - Chrome Web Store"><meta property="og:type" content="website">
<meta property="og:image" content="https://lh3.googleusercontent.example/tabwise-icon=s128"><link rel="canonical"
href="https://chromewebstore.google.com/detail/tabwise-tab-groups-organi/kdjfhgmbncoplqawerttyuiopasdfghj">
<script nonce="r4nd0m">window.WIZ_global_data = {"Im6cmf":"/_/ChromeWebStoreConsumerFeUi","QrtxK":"0"};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareApplication","name":"${cwTitle}",
"operatingSystem":"Chrome","applicationCategory":"BrowserApplication",
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.7","ratingCount":"1284"}}</script>
<link rel="stylesheet" href="https://www.gstatic.example/_/mss/boq-chrome-webstore/_/ss/k=boq.css"></head>
<body jscontroller="pjICDe" class="tQj5Y ghyPEc IqBfM ecJEib EWZcud"><div class="yVTGP"><div id="yDmH0d" c-wiz>
<header class="Ojpl4d" role="banner"><a class="PrYqhd" href="./" aria-label="Chrome Web Store home"><span class="fHXnCe">chrome web store</span></a>
<nav class="tjvTK" aria-label="Main"><ul>${links(cwNav.slice(0, 3), 'J5BPTd')}</ul></nav><div role="search" class="S6mHhb">
<input aria-label="Search extensions and themes" placeholder="Search extensions and themes"></div><a class="gb_Ba" href="/signin">${cwNav[3]}</a></header>
<main class="Wxx1Ge" id="content"><section class="hbRFGe"><div class="UDgBBc"><img alt="Item logo image for ${cwTitle}" class="rBxtY"
src="https://lh3.googleusercontent.example/tabwise-icon=s60"><h1 class="Pa2dE">${cwTitle}</h1></div>
<div class="cJI8ee"><span class="OmOMFc">Featured</span><a class="cJI8ee" href="https://tabwise.example">tabwise.example</a></div>
<div class="j3zrsd"><span class="Vq0ZA">4.7</span><span class="PmmSTd">(1.3K ratings)</span></div>
<div class="F9iKBc"><a href="./category/extensions">Extension</a><a href="./category/extensions/productivity/workflow">Workflow &amp; Planning</a>
<span>100,000 users</span></div><button class="UywwFc-LgbsSe" jsname="wQO0od">Add to Chrome</button></section>
<section class="A0nPZd" aria-label="Media gallery"><div role="list"><div role="listitem"><img alt="Screenshot 1" src="https://lh3.example/s1"></div>
<div role="listitem"><img alt="Screenshot 2" src="https://lh3.example/s2"></div></div><button aria-label="Next slide">›</button></section>
<section class="MHH2Z"><h2 class="Fvqstb">Overview</h2><p class="JJ3H1e">${cwSummary}</p><div class="JJ3H1e JpY6Fd" jsname="ij8cu">
${cwDesc.map((p) => `<p>${p}</p>`).join('\n')}</div></section>
<section class="Z52Qxb"><h2 class="Fvqstb">4.7 out of 5</h2><span>1.3K ratings</span><p>Google doesn't verify reviews.
<a href="https://support.google.com/chrome_webstore/answer/review">Learn more about results and reviews.</a></p>
<a class="xQ1yLd" href="./reviews">See all reviews</a></section>
<section class="uBIrad"><h2 class="Fvqstb">Details</h2><ul class="Fm8Cnb">
${cwDetails.map((d) => `<li class="ZbWJPd"><div class="nws2nb">${d[0]}</div><div class="pDlpAd">${d[1]}</div></li>`).join('\n')}
<li class="ZbWJPd"><div class="nws2nb">Developer</div><div class="pDlpAd">${cwDev.map((t) => `<div>${t}</div>`).join('')}</div></li>
<li class="ZbWJPd"><div class="nws2nb">Trader</div><div class="pDlpAd">${cwTrader}</div></li></ul></section>
<section class="Q7mrge"><h2 class="Fvqstb">Privacy</h2><p>${cwPriv[0]}</p><p>${cwPriv[1]}</p><ul>${cwPriv
  .slice(2)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
</section><section class="EX0Bn"><h2 class="Fvqstb">Support</h2><p>For help with questions, suggestions, or problems, visit the developer's
support site</p><a href="https://tabwise.example/support">Support site</a></section>
<section class="WFPkce"><h2 class="Fvqstb">Related</h2><div role="list">
${cwRelated
  .map(
    (r) => `<a role="listitem" class="q6LNgd" href="./detail/${r[0]?.length}"><div class="UvhDdd">${r[0]}</div><span class="Vq0ZA">${r[1]}</span>
</a>`,
  )
  .join('\n')}
</div></section></main>
<div class="QmYiud" aria-hidden="true" style="display:none"><p>Switch to Chrome to install extensions and themes</p>
<a href="https://www.google.com/chrome/">Install
Chrome</a></div>
<footer class="bH0cXe"><ul>${links(cwFoot)}</ul></footer></div></div>
<script nonce="r4nd0m" src="https://www.gstatic.example/_/mss/boq-chrome-webstore/_/js/k=boq.js" async></script></body></html>`;
export const chromeStore: TestPage = {
  html: cwHtml,
  name: 'heldout177-chrome-web-store-extension',
  kind: 'docs',
  // the Overview (its h2 the one heading, its summary and the developer's description, whose "★" lines stay body lines as
  // the store shows them as plain text) is the article; the publisher link and "Updated" date are bylines; details,
  // privacy, support, ratings and the related rail are furniture
  title: cwTitle,
  headings: ['Overview'],
  body: texts([cwSummary, ...cwDesc]),
  bylines: ['tabwise.example', 'November 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'chrome web store', ...cwNav, 'Featured', '(1.3K ratings)', 'Extension', 'Workflow & Planning', '100,000 users', 'Add to Chrome', '›',
    '4.7 out of 5', '1.3K ratings', "Google doesn't verify reviews.", 'Learn more about results and reviews.', 'See all reviews', 'Details',
    ...cwDetails.flat().filter((t) => t !== 'November 2, 2025'), 'Developer', ...cwDev, 'Trader', cwTrader, 'Privacy', ...cwPriv, 'Support',
    "For help with questions, suggestions, or problems, visit the developer's support site", 'Support site', 'Related', ...cwRelated.flat(),
    'Switch to Chrome to install extensions and themes', 'Install Chrome', ...cwFoot,
  ],
};
