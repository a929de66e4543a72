import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout384-kit.js';

/**
 * Held-out batch 384, file a: a Chrome Web Store extension detail page (the 2024 store design: c-wiz shell with obfuscated
 * class names, top bar with Discover / Extensions / Themes, extension header with rating, users and "Add to Chrome", the
 * Overview text, screenshot carousel, Details, Privacy and Support blocks, the Related carousel and the footer).
 */
const cTitle = 'Tabwise Session Keeper';
const cBody = [
  j(
    'Tabwise Session Keeper saves your open windows and tab groups so that a crashed browser, an accidental click on the close button',
    'or a forced update never costs you an afternoon of research again.',
  ),
  j(
    'Most people keep dozens of tabs open because they are afraid of losing them. Tabwise takes that worry away. Every few minutes it',
    'records the state of each window, including the names and colours of your tab groups, and keeps the last thirty snapshots on your',
    'own computer. When something goes wrong you open the toolbar popup, pick a snapshot and bring the whole session back in one step.',
  ),
  '★ What you can do with it',
  '• Save the current window or every window with a single keyboard shortcut (Alt+Shift+S by default).',
  '• Restore a session into a new window, or merge it into the window you are working in.',
  '• Name sessions like "Tax return 2025" or "Kitchen quotes" and search them later by name or by any page title inside them.',
  '• Keep tab groups intact: colours, titles and the collapsed state come back exactly as they were.',
  '• Export a session as a plain list of links to share with a colleague or paste into a note.',
  '★ Built to stay out of the way',
  j(
    'Tabwise does not inject scripts into the pages you visit and does not read what is on them. It only needs the tab titles and',
    "addresses that the browser already shows in its tab strip. Snapshots are stored with the browser's local storage and never leave",
    'your device unless you export them yourself.',
  ),
  j(
    'The extension uses very little memory because it does not keep the pages loaded. Restored tabs are opened in a discarded state and',
    'load only when you click them, so bringing back a session of two hundred tabs will not freeze an older laptop.',
  ),
  '★ New in version 3.2',
  '• Snapshots can now be pinned so they are never rotated out by newer ones.',
  '• A new "closed in the last hour" view shows windows you shut by mistake.',
  '• Fixed a problem where groups in a second profile were restored without their colours.',
  j(
    'Tabwise is made by a two-person team in Larkfield. If something does not work the way you expect, write to us from the support',
    'tab below; we read every message and usually answer within two working days.',
  ),
];
const cNav = ['Discover', 'Extensions', 'Themes'];
const cShots = ['Screenshot 1 of 4: the popup with saved sessions', 'Screenshot 2 of 4: restoring a session into a new window'];
const cRelated = ['Groupnest Tab Organizer', 'Quiet Tabs – Suspend Idle Tabs', 'Linkjar Reading List', 'Window Namer'];
const cFoot = ['Google Privacy Policy', 'Terms of Service', 'Help', 'About Chrome Web Store', 'Developer Dashboard'];
const rel = (name: string, i: number): string => `<div class="Cb7Kte" role="listitem"><a class="q6LNgd" href="./detail/${i}">
<img class="fzxcm" src="https://lh3.googleusercontent.example/r${i}=s60" alt=""><div class="UvhDdd">${name}</div>
<div class="GhhKh"><span class="Vq0ZA">4.${i + 3}</span><span class="Y30PE">(${120 + i * 37})</span></div></a></div>`;
const cHtml = `<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8">
<title>${cTitle} - Chrome Web Store</title>
<meta name="description" content="Save and restore your windows and tab groups after a crash, an update or a slip of the mouse.">
<meta property="og:title" content="${cTitle} - Chrome Web Store"><meta property="og:type" content="website">
<meta property="og:image" content="https://lh3.googleusercontent.example/tabwise-icon=s128">
<link rel="canonical" href="https://chromewebstore.google.com/detail/tabwise-session-keeper/lkdpqmhgjfbanoecdmgpkeajcbholfei">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareApplication","name":"${cTitle}",
"operatingSystem":"Chrome","applicationCategory":"BrowserApplication","aggregateRating":{"@type":"AggregateRating","ratingValue":"4.7",
"ratingCount":"318"},"offers":{"@type":"Offer","price":"0","priceCurrency":"USD"}}</script>
<script nonce="k3Xc">window.WIZ_global_data = {"DpimGf":false,"EP1ykd":["/_/*"],"FdrFJe":"-4411208731","Im6cmf":"/_/ChromeWebStoreConsumerFeUi"};</script>
<link rel="stylesheet" href="https://www.gstatic.example/_/mss/boq-chrome-webstore/_/ss/k=boq.css"></head>
<body jscontroller="pjICDe" jsaction="rcuQ6b:npT2md" class="tQj5Y ghyPEc IqBfM ecJEib EWZcud">
<div id="yDmH0d"><c-wiz jsrenderer="SABhrf" class="L1RNNe" jsdata="deferred-i1" data-p="%.@.]" jscontroller="ZCSYUb">
<header class="VxFmVd" role="banner"><a class="pY8hUb" href="./" aria-label="Chrome Web Store home">chrome web store</a>
<nav class="FP4h3e" aria-label="Primary"><ul class="mXFiOe">${links(cNav, 'bbmAb')}</ul></nav>
<div class="XMGzbd"><input class="zyh7pf" type="text" placeholder="Search extensions and themes" aria-label="Search"></div>
<a class="gb_A" href="https://accounts.google.example/ServiceLogin">Sign in</a></header>
<main class="kiy1Ae" id="main"><div class="YmrH0d"><section class="SNzSxe"><div class="OJIvPe">
<img class="rBxtY" src="https://lh3.googleusercontent.example/tabwise-icon=s60" alt="Item logo image for ${cTitle}">
<div class="Pa2dE"><h1 class="Pa2dE">${cTitle}</h1></div>
<div class="gqpEIe"><span class="cJI8ee"><a href="https://tabwise.example" class="cJI8ee" target="_blank">tabwise.example</a></span>
<span class="OmOMFc">Featured</span></div>
<div class="j3zrsd"><span class="Vq0ZA">4.7</span><span class="Y30PE"><a href="./reviews">318 ratings</a></span>
<div class="F9iKBc"><a class="gqpEIe" href="./category/extensions/productivity/workflow">Extension</a>
<a class="gqpEIe" href="./category/extensions/productivity/workflow">Workflow &amp; Planning</a><span>40,000 users</span></div></div>
<div class="OdjmDb"><button class="UywwFc-LgbsSe" jsname="wQO0od"><span class="UywwFc-vQzf8d">Add to Chrome</span></button></div></div>
</section>
<div class="gSrP5d" role="tablist"><a class="ZHRNqf" role="tab" aria-selected="true" href="./">Overview</a>
<a class="ZHRNqf" role="tab" href="./privacy">Privacy practices</a><a class="ZHRNqf" role="tab" href="./reviews">Reviews</a>
<a class="ZHRNqf" role="tab" href="./support">Support</a><a class="ZHRNqf" role="tab" href="./related">Related</a></div>
<section class="MHH2Z" aria-label="Screenshots"><div class="Bsn0ze" jscontroller="nCdbbe">
${cShots.map((s, i) => `<div class="LAhvXe"><img class="CkEEef" src="https://lh3.googleusercontent.example/s${i}=w640" alt="${s}"></div>`).join('\n')}
<button class="qxbHyb" aria-label="Previous slide"></button><button class="qxbHyb" aria-label="Next slide"></button></div></section>
<section class="JJ3H1e"><h2 class="TbHHIc">Overview</h2><div class="JJ3H1e JpY6Fd">
<p>Save and restore your windows and tab groups after a crash, an update or a slip of the mouse.</p>
${ps(cBody)}
</div></section>
<section class="Kg56Oe"><h2 class="TbHHIc">Details</h2><ul class="Qt4bne">
<li class="Qt4bne"><div class="nws2nb">Version</div><div class="pDlpAd">3.2.1</div></li>
<li class="Qt4bne"><div class="nws2nb">Updated</div><div class="pDlpAd">February 11, 2026</div></li>
<li class="Qt4bne"><div class="nws2nb">Offered by</div><div class="pDlpAd">Larkfield Labs</div></li>
<li class="Qt4bne"><div class="nws2nb">Size</div><div class="pDlpAd">412KiB</div></li>
<li class="Qt4bne"><div class="nws2nb">Languages</div><div class="pDlpAd">12 languages</div></li>
<li class="Qt4bne"><div class="nws2nb">Developer</div><div class="pDlpAd"><div class="C2WXF">Larkfield Labs Ltd<br>7 Mercer Yard, Larkfield</div>
<a class="Gztlsc" href="mailto:help@tabwise.example">Email</a> <a class="Gztlsc" href="https://tabwise.example">Website</a></div></li>
<li class="Qt4bne"><div class="nws2nb">Trader</div><div class="pDlpAd">This developer has identified itself as a trader per the definition from the
European Union.</div></li></ul></section>
<section class="Fm8Cnb"><h2 class="TbHHIc">Privacy</h2>
<p class="yZHQjd">The developer has disclosed that it will not collect or use your data.</p>
<p class="yZHQjd">This developer declares that your data is not being sold to third parties, outside of the approved use cases.</p>
<a class="Gztlsc" href="./privacy">Learn more about the developer's privacy practices</a></section>
<section class="k8L7Pc"><h2 class="TbHHIc">Support</h2>
<p class="yZHQjd">For help with questions, suggestions, or problems, visit the developer's support site</p></section>
<section class="vXH4Bd"><h2 class="TbHHIc">Related</h2><div class="AGQ0M" role="list">${cRelated.map(rel).join('\n')}</div></section>
</div></main>
<footer class="Xu6gOd"><ul class="Y4Nwkd">${links(cFoot, 'hM7Tlb')}</ul><span class="mZwTef">Google</span></footer>
</c-wiz></div>
<script nonce="k3Xc">AF_initDataCallback({key: 'ds:0', hash: '1', data:["lkdpqmhgjfbanoecdmgpkeajcbholfei","${cTitle}",4.7,318], sideChannel: {}});</script>
</body></html>`;
export const chromeStore: TestPage = {
  name: 'heldout384-chrome-web-store-extension',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: ['Overview'],
  body: texts(['Save and restore your windows and tab groups after a crash, an update or a slip of the mouse.', ...cBody]),
  bylines: ['tabwise.example', 'February 11, 2026', 'Larkfield Labs'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'chrome web store', ...cNav, 'Sign in', 'Featured', '4.7', '318 ratings', 'Extension', 'Workflow & Planning', '40,000 users', 'Add to Chrome',
    'Privacy practices', 'Reviews', 'Support', 'Privacy', 'Related', 'Details', 'Version', '3.2.1', 'Updated', 'Offered by', 'Size', '412KiB', 'Languages',
    '12 languages',
    'Developer', 'Larkfield Labs Ltd', '7 Mercer Yard, Larkfield', 'Email', 'Website', 'Trader',
    'This developer has identified itself as a trader per the definition from the European Union.',
    'The developer has disclosed that it will not collect or use your data.',
    'This developer declares that your data is not being sold to third parties, outside of the approved use cases.',
    "Learn more about the developer's privacy practices", "For help with questions, suggestions, or problems, visit the developer's support site",
    ...cRelated, '(157)', ...cFoot,
  ],
};
