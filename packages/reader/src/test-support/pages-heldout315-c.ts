import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout315-kit.js';

/**
 * Held-out batch 315, file c: an iFixit-style repair guide (React markup: guide intro with difficulty, step count and time,
 * tools and parts cards with prices, numbered steps with bullet lines and image captions, "Conclusion", completions counter,
 * author card and guide comments) and a HowStuffWorks-style explainer (breadcrumbs, byline with date, figures with credits,
 * advertisement slots, an inline "Read more" promo, the "Now That's Interesting" box, "Up Next" rail and newsletter).
 */
const fxTitle = 'Kestrel K7 Thumbstick Replacement';
const fxIntro = [
  j(
    'Use this guide to replace a worn or drifting left thumbstick module on the Kestrel K7 handheld console. Drift usually',
    'shows up as a character walking on its own or a menu cursor that creeps downward, and a new module fixes it in most cases.',
  ),
  'Before you start, fully discharge the battery below 25% and power the console off completely, not into sleep mode.',
];
const fxTools = ['Phillips #00 Screwdriver', 'Spudger', 'iOpener', 'Tweezers'];
const fxParts = ['Kestrel K7 Thumbstick Module'];
const fxSteps: [string, string[]][] = [
  [
    'Remove the back cover screws',
    [
      'Use a Phillips #00 screwdriver to remove the six 6.1 mm screws around the edge of the back cover.',
      'Keep the two longer screws from the top corners separate; they go back in the same holes.',
    ],
  ],
  [
    'Lift off the back cover',
    [
      'Insert a spudger into the seam near the shoulder button and twist gently to release the first clip.',
      'Slide the spudger along the left side to release the remaining clips, then lift the cover away from the console.',
    ],
  ],
  [
    'Disconnect the battery',
    [
      'Use the flat end of the spudger to pry the battery connector straight up from its socket on the motherboard.',
      'Always disconnect the battery before working near the board to avoid shorting a component.',
    ],
  ],
  [
    'Remove the thumbstick module',
    [
      'Flip up the small locking flap on the ribbon cable connector and slide the cable out.',
      'Remove the three 3.2 mm screws that hold the module to the frame, then lift the module out with tweezers.',
    ],
  ],
];
const fxConclusion = 'To reassemble your device, follow these instructions in reverse order.';
const fxComments = [
  'Worked perfectly, took me about twenty minutes. The ribbon cable flap is tiny, so go slowly.',
  'My replacement module had a slightly stiffer spring than the original, but the drift is gone.',
];
const fxNav = ['Fix Your Stuff', 'Store', 'Pro Tech Toolkit', 'Community', 'Answers', 'Teardowns'];
const fxFoot = ['About Us', 'Contact', 'Careers', 'Help', 'Shipping', 'Returns', 'Right to Repair', 'Join Newsletter'];
const card = (name: string, price: string): string => `<li class="chakra-stack css-1t4pjfl"><a class="css-1r0n9bs" href="/products/x">
<span class="css-k008qs item-name">${name}</span></a><span class="css-1wpzg7u price">${price}</span><button class="chakra-button css-1ui3v">Buy</button></li>`;
const step = ([title, lines]: [string, string[]], i: number): string => `<li class="step" id="s${48210 + i}">
<div class="step-title-container"><h3 class="step-title"><strong class="stepValue">Step ${i + 1}</strong> <span class="fullLink">${title}</span></h3></div>
<div class="step-images"><figure class="image"><img src="https://guide-images.cdn.ifixit.example/igi/k7s${i}.medium" alt="${title}">
<figcaption class="image-caption">Step ${i + 1}, image 1 of 1</figcaption></figure></div>
<ul class="step-lines">${lines
  .map(
    (l) => `<li class="bullet bulletColor-black" itemtype="http://schema.org/HowToDirection">
<div class="bullet-text">${l}</div></li>`,
  )
  .join('\n')}</ul>
<div class="step-comments"><a class="js-step-comments-link">Add a comment</a></div></li>`;
const fxHtml = `<!DOCTYPE html><html lang="en"><head><title>${fxTitle} - iFixit Repair Guide</title>
<meta name="description" content="Use this guide to replace a worn or drifting left thumbstick module on the Kestrel K7 handheld console.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"HowTo","name":"${fxTitle}","totalTime":"PT30M"}</script>
<script>window.App = {"guideid":184402,"locale":"en","siteName":"iFixit"};</script></head>
<body class="guide-view chakra-ui-light"><div id="__next">
<div class="cc-banner" role="dialog"><p>We use cookies to make iFixit work better. Some are necessary; others help us improve the site.</p>
<button class="cc-accept">Accept all</button><button class="cc-settings">Customize</button></div>
<header class="css-1vn6w3h"><a href="/" aria-label="iFixit homepage" class="css-logo"></a><nav><ul>${links(fxNav, 'css-14d5u8k')}</ul></nav>
<a class="css-cart" href="/Cart">Cart</a></header>
<nav class="breadcrumbs css-yyr8lg"><ol>${links(['Home', 'Game Console', 'Kestrel K7'], 'chakra-breadcrumb__list-item')}</ol></nav>
<main id="guide-main"><div id="guide-intro" class="guide-intro"><h1 class="guide-intro-title" itemprop="name">${fxTitle}</h1>
<div class="guide-author"><span>Written By:</span> <a href="/User/33012/Maren+Foyle">Maren Foyle</a></div>
<div class="guide-meta"><div class="guide-difficulty"><span class="label">Difficulty</span><span class="value">Moderate</span></div>
<div class="guide-steps-count"><span class="label">Steps</span><span class="value">4</span></div>
<div class="guide-time"><span class="label">Time Required</span><span class="value">15 - 30 minutes</span></div></div>
<div class="introduction"><h2 id="intro">Introduction</h2><div class="introduction-text">${ps(fxIntro)}</div></div>
<div class="tools-parts"><div class="tools"><h3>Tools</h3><ul>${fxTools.map((t) => card(t, '$5.99')).join('\n')}</ul></div>
<div class="parts"><h3>Parts</h3><ul>${fxParts.map((t) => card(t, '$14.99')).join('\n')}</ul></div></div></div>
<div class="ad-slot"><span>Advertisement</span></div>
<ol class="steps-container" id="guide-steps">${fxSteps.map(step).join('\n')}</ol>
<div class="conclusion"><h2>Conclusion</h2><p>${fxConclusion}</p></div>
<div class="completions"><p>312 other people completed this guide.</p><button>Cancel: I did not complete this guide.</button></div>
<div class="author-card"><p class="author-name">Maren Foyle</p><p class="author-rep">Member since 03/11/2019</p><p>1,204 Reputation</p></div>
<section id="comments" class="comments"><h2>2 Comments</h2>
${fxComments
  .map(
    (c, i) => `<div class="comment"><p class="comment-author">${['Olek Brandt', 'jules_tinker'][i]}</p><div class="comment-body"><p>${c}</p></div>
<p class="comment-date">${['Feb 9, 2026', 'Feb 21, 2026'][i]}</p><a class="reply">Reply</a></div>`,
  )
  .join('\n')}
<a class="add-comment">Add Comment</a></section></main>
<footer class="css-footer"><ul>${links(fxFoot)}</ul><p>© iFixit — Licensed under Creative Commons</p></footer></div></body></html>`;

const ifixit: TestPage = {
  name: 'heldout315-ifixit-docs',
  kind: 'docs',
  html: fxHtml,
  title: fxTitle,
  headings: ['Introduction', 'Tools', 'Parts', ...fxSteps.map(([t]) => t), 'Conclusion'],
  body: [...fxIntro, ...fxTools, ...fxParts, ...fxSteps.flatMap(([, l]) => l), fxConclusion],
  bylines: ['Maren Foyle'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to make iFixit work better. Some are necessary; others help us improve the site.', 'Accept all', 'Customize', ...fxNav, 'Cart',
    'Home', 'Game Console', 'Written By:', 'Difficulty', 'Moderate', 'Steps', 'Time Required', '15 - 30 minutes', '$5.99', '$14.99', 'Buy',
    'Advertisement', 'Step 1', 'Step 2', 'Step 3', 'Step 4', 'Step 1, image 1 of 1', 'Add a comment', '312 other people completed this guide.',
    'Cancel: I did not complete this guide.', 'Member since 03/11/2019', '1,204 Reputation', '2 Comments', ...fxComments, 'Olek Brandt', 'jules_tinker',
    'Feb 9, 2026', 'Feb 21, 2026', 'Reply', 'Add Comment', ...fxFoot, '© iFixit — Licensed under Creative Commons',
  ],
};

const hwTitle = 'How Sand Batteries Store Summer Heat for Winter';
const hwP1 = [
  j(
    'On the edge of the small town of Orrvik, a grey steel silo the height of a four-storey building stands beside the district',
    'heating plant. It looks like a grain store, but it holds 2,000 tonnes of ordinary builders’ sand, and in January that',
    'sand is hot enough to melt lead. It is a sand battery, and it keeps the town’s radiators warm with heat collected months earlier.',
  ),
  j(
    'Sand batteries are one of the simplest ways to store energy, and that simplicity is the point. They do not make',
    'electricity; they store heat. But since most of the energy a cold town uses goes into heating, storing heat is often what matters.',
  ),
];
const hwH1 = 'Why Sand Works';
const hwP2 = [
  j(
    'Sand is cheap, it does not burn, and it can be heated to around 600 degrees Celsius without changing state. It also',
    'conducts heat poorly, which sounds like a drawback but is actually useful: heat moves slowly through a large pile, so a',
    'well-insulated silo loses only a few percent of its stored energy per month.',
  ),
  'Compare that with water, the usual heat store. Water boils at 100 degrees at normal pressure, so a tank of hot water holds far less energy per cubic metre.',
];
const hwH2 = 'Charging and Discharging';
const hwP3 = [
  j(
    'To charge the battery, electricity from wind or solar farms runs resistive heaters, much like the element in a toaster,',
    'inside a network of pipes that runs through the sand. Air blown through the pipes carries the heat into the pile. The',
    'operators at Orrvik charge mostly on summer afternoons and windy nights, when power is cheap.',
  ),
  j(
    'To discharge, the system runs in reverse. Cooler air is pushed through the pipes, picks up heat from the sand, and passes',
    'through a heat exchanger that warms the water of the district heating network.',
  ),
];
const hwList = [
  'Storage medium: about 2,000 tonnes of sand',
  'Peak temperature: roughly 600 °C',
  'Capacity: 90 megawatt-hours of heat',
  'Heat lost per month when full: 3 to 5 percent',
];
const hwQuote = j(
  '"People expect something clever and they find a pile of sand," says plant manager Elin Saastamo. "That is the clever part.',
  'There is nothing in it that can wear out."',
);
const hwH3 = 'The Limits';
const hwP4 = [
  j(
    'Turning the stored heat back into electricity is possible, but inefficient; most of the energy would be lost on the way.',
    'That is why sand batteries make the most sense where there is already a heating network to plug into, as in many',
    'northern towns.',
  ),
];
const hwNow = j('The first sand battery at Orrvik was built inside a disused fuel tank, and the crew used sand dredged from a nearby lake', 'to fill it.');
const hwNav = ['Science', 'Tech', 'Home & Garden', 'Auto', 'Culture', 'Health', 'Money', 'Animals', 'Lifestyle', 'Entertainment', 'Quizzes', 'Podcasts'];
const hwNext = ['How District Heating Works', 'Can a Flywheel Power a House?', 'What Is Thermal Mass?', '10 Odd Ways to Store Energy'];
const hwFoot = ['About', 'Privacy Policy', 'Terms of Use', 'Contact Us', 'Do Not Sell or Share My Personal Info', 'Newsletter'];
const adv = '<div class="ad-container mntl-gpt-adunit"><div class="ad-label">Advertisement</div></div>';
const hwHtml = `<!DOCTYPE html><html lang="en-US"><head><title>How Sand Batteries Store Summer Heat for Winter | HowStuffWorks</title>
<meta name="description" content="A sand battery keeps a town's radiators warm with heat collected months earlier.">
<meta property="article:section" content="Science"><meta name="author" content="Rafe Lindholm">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${hwTitle}",
"author":{"@type":"Person","name":"Rafe Lindholm"},"datePublished":"2026-01-27"}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"category":"science","subcategory":"energy"});</script></head>
<body class="article-page">
<div id="usercentrics-root" class="cmp-banner"><p>HowStuffWorks and our partners use cookies to improve your experience.</p>
<button>Accept</button><button>Deny</button></div>
<header class="site-header"><a href="/" class="logo" aria-label="HowStuffWorks"></a><nav class="site-nav"><ul>${links(hwNav, 'nav-item')}</ul></nav></header>
<main class="main-content"><div class="breadcrumbs"><ul>${links(['Science', 'Energy', 'Renewable Energy'], 'breadcrumb-item')}</ul></div>
<article class="article-body"><h1 class="article-title">${hwTitle}</h1>
<div class="byline-container"><span class="byline">By <a href="/author/rafe-lindholm.htm" rel="author">Rafe Lindholm</a></span>
<span class="byline-separator">|</span><time class="date" datetime="2026-01-27">Jan 27, 2026</time></div>
<figure class="article-figure"><img src="https://media.hswstatic.example/sand-battery.jpg" alt="sand battery silo">
<figcaption><span class="caption">The sand battery silo at Orrvik stands beside the town's district heating plant.</span>
<span class="credit">Orrvik Energia</span></figcaption></figure>
<div class="article-text">${ps(hwP1)}
${adv}
<h2>${hwH1}</h2>
${ps(hwP2)}
<p class="read-more"><strong>Read more:</strong> <a href="/how-thermal-mass-works.htm">What Is Thermal Mass?</a></p>
<h2>${hwH2}</h2>
${ps(hwP3)}
<ul>${lis(hwList)}</ul>
<blockquote><p>${hwQuote}</p></blockquote>
${adv}
<h2>${hwH3}</h2>
${ps(hwP4)}
<div class="now-thats-interesting"><h3>Now That's Interesting</h3><p>${hwNow}</p></div></div>
<div class="cite-this"><button>Cite This!</button><p>Please copy/paste the following text to properly cite this HowStuffWorks.com article:</p></div>
<div class="share-bar"><span>Share</span><a>Facebook</a><a>Pinterest</a><a>Email</a></div></article>
<aside class="up-next"><h2>Up Next</h2><ul>${links(hwNext)}</ul></aside>
<div class="newsletter-signup"><h3>Get the best of HowStuffWorks by email.</h3><p>Keep up to date on: Latest Buzz · Stuff Shows &amp; Podcasts</p>
<input type="email" placeholder="Enter your email"><button>Sign Up</button></div></main>
<footer class="site-footer"><ul>${links(hwFoot)}</ul><p>Copyright © 2026 HowStuffWorks, a division of InfoSpace Holdings, LLC</p></footer></body></html>`;

const hsw: TestPage = {
  name: 'heldout315-howstuffworks-news',
  kind: 'news',
  html: hwHtml,
  title: hwTitle,
  headings: [hwH1, hwH2, hwH3, "Now That's Interesting"],
  body: [...texts(hwP1), ...texts(hwP2), ...texts(hwP3), ...hwList, hwQuote, ...texts(hwP4), hwNow],
  bylines: ['Rafe Lindholm', 'Jan 27, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'HowStuffWorks and our partners use cookies to improve your experience.', 'Accept', 'Deny', ...hwNav, 'Energy', 'Renewable Energy',
    "The sand battery silo at Orrvik stands beside the town's district heating plant.", 'Orrvik Energia', 'Advertisement',
    'Read more: What Is Thermal Mass?', 'Cite This!', 'Please copy/paste the following text to properly cite this HowStuffWorks.com article:',
    'Share', 'Facebook', 'Pinterest', 'Email', 'Up Next', ...hwNext, 'Get the best of HowStuffWorks by email.',
    'Keep up to date on: Latest Buzz · Stuff Shows & Podcasts', 'Sign Up', ...hwFoot,
    'Copyright © 2026 HowStuffWorks, a division of InfoSpace Holdings, LLC',
  ],
};

export const HELDOUT315_C: readonly TestPage[] = [ifixit, hsw];
