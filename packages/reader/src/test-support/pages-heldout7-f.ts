import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 7, written in session 10 without reading the reader's rules: a Quora-style
 * question page (utility-class markup, two answers with credentials, vote bars, a sponsored
 * card, a feedback prompt and a related-questions rail), and a museum's online collection
 * object page (key facts, image tools, curator's text, provenance, an object-details table).
 */
const castQ = "Why do cast iron pans need seasoning but stainless steel pans don't?";
const answerA = [
  'Because the two metals fail in completely different ways, and seasoning only solves the problem cast iron has.',
  'Bare cast iron rusts. It is mostly iron with a few percent carbon, and left wet it starts to oxidise within hours. Seasoning is a ' +
    'layer of oil that has been heated past its smoke point until it polymerises, turning into a hard, slightly plastic film bonded to ' +
    'the metal. That film keeps water and air off the iron, and as a bonus it is fairly non-stick.',
  'Stainless steel contains at least about 10.5% chromium. The chromium reacts with oxygen in the air to form a layer of chromium oxide ' +
    'only a few nanometres thick, and that layer is what stops it rusting. It is invisible, it forms by itself, and if you scratch it, ' +
    'it grows back in minutes. The pan is, in effect, already protected by chemistry.',
  "You can season stainless if you want to, and some cooks do it on a frying pan kept only for eggs. But the film doesn't bond as " +
    'well to a smooth stainless surface, and it comes off the first time you deglaze with something acidic or scrub with a scourer, ' +
    "which you are going to do, because that's what stainless pans are for.",
  'Short version: cast iron needs a protective coat you build yourself. Stainless grows its own.',
];
const answerB = [
  'One practical thing to add to the chemistry above. When people complain about sticking on stainless, the cause is almost always ' +
    'temperature, not the lack of seasoning.',
  'Heat the empty pan until a drop of water skids across it in a ball instead of spitting, then add the fat, then the food. Food ' +
    'sticks to stainless when its proteins bond to the metal before a layer of steam can form. Get the pan hot enough first and a ' +
    'chicken thigh will release on its own once it has browned.',
  'Cast iron forgives a cold start a little more, partly because of the seasoning and partly because it holds heat better once it gets there.',
];
const akNav = ['Home', 'Following', 'Answer', 'Spaces', 'Notifications'];
const akRelated = [
  'Is it safe to cook tomato sauce in a cast iron pan?',
  'How do I get rid of rust spots on a cast iron skillet?',
  'Why does food stick to my stainless steel pan even with oil?',
  'Is carbon steel closer to cast iron or to stainless steel?',
];
const akFoot = ['About', 'Careers', 'Privacy', 'Terms', 'Contact', 'Languages', 'Your Ad Choices', 'Press'];
type Answer = { who: string; cred: string; when: string; paras: readonly string[]; votes: string; comments: string };
const card = (a: Answer, i: number): string =>
  `<div class="q-box dom_annotate_question_answer_item_${i} qu-borderAll qu-borderRadius--small qu-bg--raised qu-mb--small">
<div class="q-flex qu-alignItems--center"><div class="q-box qu-flex--auto"><span class="q-text qu-bold"><a class="q-box Link___StyledBox-t2xg9c-0 ` +
  `puppeteer_test_link qu-color--gray_dark" href="/profile/${a.who.replace(' ', '-')}">${a.who}</a></span>
<div class="q-text qu-dynamicFontSize--small qu-color--gray_light"><span class="CssComponent__CssInlineComponent-sc-1oskqb9-1 UserCredential">` +
  `${a.cred}</span><span> · </span><a class="answer_timestamp" href="#">${a.when}</a></div></div></div>
<div class="q-box spacing_log_answer_content puppeteer_test_answer_content"><div class="q-text qu-wordBreak--break-word">` +
  `${ps(a.paras, ' class="q-text qu-display--block qu-wordBreak--break-word qu-textAlign--start"')}</div></div>
<div class="q-flex qu-justifyContent--space-between"><button class="q-click-wrapper" aria-label="Upvote"><span>Upvote</span><span> · </span>` +
  `<span>${a.votes}</span></button><button class="q-click-wrapper" aria-label="Comments"><span>${a.comments}</span></button>` +
  `<button class="q-click-wrapper" aria-label="Share"><span>Share</span></button></div></div>`;
const dana: Answer = {
  who: 'Dana Whitlock',
  cred: 'Materials engineer, former line cook',
  when: 'Updated 1y',
  paras: answerA,
  votes: '1.4K',
  comments: '23 comments',
};
const marco: Answer = {
  who: 'Marco Ferreira',
  cred: 'Chef and owner of a cookware shop in Porto',
  when: 'Answered 4y',
  paras: answerB,
  votes: '612',
  comments: '9 comments',
};
const castHtml =
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${castQ} - Asktree</title>
<meta property="og:title" content="${castQ}"><meta property="og:site_name" content="Asktree"><meta name="robots" content="max-image-preview:large">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage",
"mainEntity":{"@type":"Question","name":"${castQ}","answerCount":14}}</script>
<script>window.ansFrontendGlobals={"data":{"viewer":null}};</script><link rel="stylesheet" href="https://static.asktree.example/main-8c1e.css"></head>
<body class="unified_layout"><div id="root"><div class="q-box qu-bg--raised qu-borderBottom"><div class="q-flex qu-alignItems--center">
<a class="q-box" href="/" aria-label="Asktree home"><span class="q-text qu-bold">Asktree</span></a><ul class="q-flex">${links(akNav, 'q-box')}</ul>
<input class="q-input" placeholder="Search Asktree" type="text"><button class="q-click-wrapper"><span>Try Asktree+</span></button>
<button class="q-click-wrapper qu-bg--red"><span>Add question</span></button></div></div>
<div class="q-box qu-px--medium"><div class="q-flex"><div class="q-box qu-flex--auto">
<div class="q-box qu-borderAll qu-borderRadius--small qu-bg--raised puppeteer_test_question_main"><div class="q-text puppeteer_test_question_title">` +
  `<span class="q-box qu-userSelect--text"><span>${castQ}</span></span></div>
<div class="q-flex"><button class="q-click-wrapper"><span>Follow · 34</span></button><button class="q-click-wrapper"><span>Request</span></button></div></div>
<div class="q-flex qu-justifyContent--space-between"><div class="q-text qu-bold">All related (14)</div><button class="q-click-wrapper">
<span>Recommended</span></button></div>
${card(dana, 0)}
<div class="q-box qu-borderAll qu-bg--raised dom_annotate_ad_promoted_answer"><div class="q-text qu-color--gray_light">Sponsored by Hearthline Cookware</div>
<div class="q-text qu-bold">Pre-seasoned skillets that are ready for the first egg.</div>
<p class="q-text">Every pan gets three coats of flaxseed oil at 260°C before it leaves the foundry.</p><button class="q-click-wrapper">
<span>Learn More</span></button></div>
<div class="q-box feedback_prompt"><div class="q-text qu-bold">Was this worth your time?</div><div class="q-text">This helps us sort answers on the page.</div>
<button><span>Absolutely not</span></button><button><span>Definitely yes</span></button></div>
${card(marco, 1)}
<div class="q-box qu-borderAll"><button class="q-click-wrapper"><span>View 12 more answers</span></button></div></div>
<div class="q-box qu-ml--medium related_questions"><div class="q-text qu-bold">Related questions</div><ul>${links(akRelated, 'q-box')}</ul>
<div class="q-text qu-color--gray_light">${akFoot.map((f) => `<a href="/${f.toLowerCase()}">${f}</a>`).join(' · ')} · © Asktree, Inc. 2025</div></div></div>
</div>
</div><script src="https://static.asktree.example/main-8c1e.js" async></script></body></html>`;
const castIron: TestPage = {
  name: 'heldout7-qa-answers',
  kind: 'forum',
  html: castHtml,
  // hard calls: the question is the title (it has no details text); both answers are body, the
  // answerers' names, credentials and ages are bylines; the sponsored card between the answers,
  // the "Was this worth your time?" prompt and the vote/comment/share bars are furniture
  title: castQ,
  headings: [],
  body: texts([...answerA, ...answerB]),
  bylines: [
    'Dana Whitlock',
    'Materials engineer, former line cook',
    'Updated 1y',
    'Marco Ferreira',
    'Chef and owner of a cookware shop in Porto',
    'Answered 4y',
  ],
  furniture: [
    'Asktree',
    'Following',
    'Notifications',
    'Try Asktree+',
    'Add question',
    'Follow · 34',
    'All related (14)',
    'Recommended',
    'Upvote · 1.4K',
    '23 comments',
    'Sponsored by Hearthline Cookware',
    'Pre-seasoned skillets that are ready for the first egg.',
    'Every pan gets three coats of flaxseed oil at 260°C before it leaves the foundry.',
    'Learn More',
    'Was this worth your time?',
    'This helps us sort answers on the page.',
    'Absolutely not',
    'Definitely yes',
    'Upvote · 612',
    'View 12 more answers',
    'Related questions',
    ...akRelated,
    'Your Ad Choices',
    '© Asktree, Inc. 2025',
  ],
};

const clockDesc = [
  'This long-case clock was made for a harbourmaster and shows the state of the tide alongside the time. Below the ordinary twelve-hour ' +
    'dial, a second, smaller dial carries a single hand that turns once every lunar day of about 24 hours and 50 minutes, pointing in ' +
    'turn to high water, half ebb, low water and half flood.',
  'The maker, Josiah Penhallow, worked in Falmouth from about 1772 until 1809 and is known from fewer than twenty surviving clocks. Tide ' +
    'dials appear on several of them, which is not surprising in a port town where the time of high water decided when ships could leave the inner harbour.',
  'The arch of the dial is painted with a harbour entrance, a fort on the left-hand headland and two-masted vessels waiting offshore. ' +
    'The scene is generic rather than a view of a particular place: clockmakers across the country bought painted dials in from ' +
    'specialist workshops in Birmingham and chose the subject from a pattern book.',
];
const clockWorks = [
  "The tide hand is driven from the main movement through a train of gears that runs slightly slower than the hour hand's. Because high " +
    'water at any one port follows the moon crossing the meridian by a roughly fixed interval, the dial could be set once for the local ' +
    'harbour and would then keep pace with the moon.',
  'It could not allow for wind, river flow or the different heights of spring and neap tides, so a harbourmaster would still have ' +
    "relied on printed tables. The dial was a convenience, and perhaps a display of the maker's skill, rather than a precise instrument.",
];
const clockProv = [
  "Made for the harbourmaster's office, Falmouth, about 1790. Remained in the office until it was refitted in 1936, when the clock was " +
    'sold at auction. Private collection, Cornwall. Bought from the family of the last owner in 1987 with the help of a local heritage grant.',
];
const clockShows = ['Clocks of the Western Ports, County Museum, Truro, 1994', 'Time and Tide, Maritime Gallery, 2011–2012'];
const clockH = ['Description', 'How the tide dial works', 'Provenance', 'Exhibition history'];
const pmNav = ['Visit', 'Exhibitions and events', 'Collections', 'Learn', 'Shop', 'Support us'];
const pmTools = ['Download image', 'Share this object', 'Cite this object', 'Enquire about this object'];
const pmRelated = ['Marine chronometer in a gimballed box', 'Tide table for Falmouth harbour, 1802', 'Brass sextant with ivory scale'];
const pmFoot = ['Opening times', 'Accessibility', 'Press', 'Jobs', 'Rights and reproductions'];
const clockTitle = 'Tide clock with painted harbour scene';
const facts = [
  ['Object type', 'Long-case clock'],
  ['Maker', 'Josiah Penhallow'],
  ['Date', 'about 1790'],
  ['Materials', 'Oak case, brass and steel movement, painted iron dial'],
  ['Dimensions', 'Height 221 cm, width 49 cm, depth 26 cm'],
  ['Object number', 'PMM.1987.412'],
];
const clockHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${clockTitle} | Collections | Penwith Maritime Museum</title>
<meta property="og:title" content="${clockTitle}">
<meta property="og:image" content="https://collections.pmm.example/iiif/PMM.1987.412/full/1200,/0/default.jpg">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VisualArtwork","name":"${clockTitle}","creator":"Josiah Penhallow",
"dateCreated":"c. 1790","identifier":"PMM.1987.412"}</script><link rel="stylesheet" href="/static/css/collections.4be1.css">
<script src="/static/js/consent.js"></script></head>
<body class="collections object-page"><div class="cookie-consent" role="dialog"><h2 class="cookie-consent__title">This website uses cookies</h2>
<p>We use essential cookies to make our site work and optional cookies to understand how it is used.</p>
<button class="btn btn--primary">Accept all cookies</button><button class="btn">Reject non-essential cookies</button>
<a href="/cookies">Cookie preferences</a></div>
<a class="skip-link" href="#main">Skip to main content</a><header class="site-header"><a class="site-header__logo" href="/">Penwith Maritime Museum</a>
<nav class="site-header__nav"><ul>${links(pmNav, 'site-header__item')}</ul></nav></header>
<main id="main" class="object"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/collections">Collections</a></li>
<li><a href="/collections/search?q=tide">Back to search results</a></li></ol></nav>
<div class="object__header"><h1 class="object__title">${clockTitle}</h1><p class="object__tombstone">Long-case clock · Falmouth · about 1790</p>
<p class="object__status"><span class="status-badge">On display</span> <a href="/visit/galleries/12">Gallery 12: Navigation and Timekeeping</a></p></div>
<div class="object__media"><figure><img src="/iiif/PMM.1987.412/full/800,/0/default.jpg" alt="Long-case clock with a painted arch above two dials">
<figcaption class="object__credit">Image © Penwith Maritime Museum. Photograph by Sam Rowe.</figcaption></figure>
<ul class="object__tools">${pmTools.map((t) => `<li><button class="object__tool">${t}</button></li>`).join('')}</ul></div>
<section class="object__section object__section--description"><h2>${clockH[0]}</h2>${ps(clockDesc)}
<p class="object__attribution">Text by Helen Tregear, Curator of Horology</p></section>
<section class="object__section"><h2>${clockH[1]}</h2>${ps(clockWorks)}</section>
<section class="object__section"><h2>${clockH[2]}</h2>${ps(clockProv)}</section>
<section class="object__section"><h2>${clockH[3]}</h2><ul>${clockShows.map((s) => `<li>${s}</li>`).join('')}</ul></section>
<section class="object__section object__section--details"><h2>Object details</h2><table class="object-details"><tbody>
${facts.map(([k, v]) => `<tr><th scope="row">${k}</th><td>${v}</td></tr>`).join('\n')}</tbody></table></section>
<p class="object__updated">Record last updated 12 February 2025</p></main>
<aside class="related-objects"><h2>Related objects</h2><ul>${links(pmRelated, 'related-objects__item')}</ul></aside>
<section class="newsletter"><h2>Sign up to our newsletter</h2><p>Be the first to hear about exhibitions, events and new acquisitions.</p>
<form><input type="email" aria-label="Email address"><button>Sign up</button></form></section>
<footer class="site-footer"><ul>${links(pmFoot)}</ul><p>Registered charity number 1098765</p><p>© Penwith Maritime Museum 2025</p></footer>
<script src="/static/js/collections.4be1.js" defer></script></body></html>`;
const clock: TestPage = {
  name: 'heldout7-museum-object',
  kind: 'wiki',
  html: clockHtml,
  // hard calls: the curator's description, provenance and exhibition list are the article;
  // the "Object details" table (field names and values) and the tombstone line under the title
  // are catalogue data, in neither list; the curator credit and the record date are bylines;
  // the image credit, tools, display status and related objects are furniture
  title: clockTitle,
  headings: clockH,
  body: texts([...clockDesc, ...clockWorks, ...clockProv, ...clockShows]),
  bylines: ['Text by Helen Tregear, Curator of Horology', 'Record last updated 12 February 2025'],
  furniture: [
    'This website uses cookies',
    'We use essential cookies to make our site work and optional cookies to understand how it is used.',
    'Accept all cookies',
    'Reject non-essential cookies',
    'Cookie preferences',
    'Skip to main content',
    'Penwith Maritime Museum',
    ...pmNav,
    'Back to search results',
    'On display',
    'Gallery 12: Navigation and Timekeeping',
    'Image © Penwith Maritime Museum. Photograph by Sam Rowe.',
    ...pmTools,
    'Related objects',
    ...pmRelated,
    'Sign up to our newsletter',
    'Be the first to hear about exhibitions, events and new acquisitions.',
    ...pmFoot,
    'Registered charity number 1098765',
    '© Penwith Maritime Museum 2025',
  ],
};

export const HELDOUT7_F: readonly TestPage[] = [castIron, clock];
