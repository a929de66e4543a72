import { links, type TestPage, texts } from './page-kit.js';
import { wteThread } from './pages-heldout222-a2.js';

/**
 * Held-out batch 222, file a: a BabyCenter-style health article on teething (site header with the stage nav, "Sign up",
 * breadcrumbs, the "Medically reviewed by" and "Written by" lines with the updated date, hero photo credit, the "In this
 * article" jump list, an "Advertisement | page continues below" slot inside the article, a "Sources" block, "Was this article
 * helpful?", "Where to go next" cards, the app promo, cookie banner and footer) and, from file a2, a What to Expect community
 * thread.
 */
const bcTitle = 'Teething: signs, timeline and how to soothe your baby';
const bcIntro = [
  'Most babies cut their first tooth somewhere between 4 and 10 months, though a few arrive with a tooth already showing and ' +
    'others are still gummy at their first birthday. All of these are normal. What matters more is knowing which fussy days are ' +
    'likely to be teething and which ones need a call to your doctor.',
];
const bcH = ['When do babies start teething?', 'Common signs of teething', 'How to soothe a teething baby', 'When to call the doctor'];
const bcP1 = [
  'The two bottom front teeth (the lower central incisors) usually come in first, followed a month or two later by the top front ' +
    'teeth. The rest tend to arrive in pairs, and most children have all 20 baby teeth by the time they turn 3.',
  'Timing runs in families. If you or your partner teethed late, there is a good chance your baby will too. Babies born early ' +
    'often get their teeth later than babies born at term, counted from their birth date.',
];
const bcP2 = ['Teething does not look the same in every baby, but parents most often notice:'];
const bcL2 = [
  'More drool than usual, sometimes with a rash on the chin or cheeks',
  'Chewing on hands, toys and anything else within reach',
  'Swollen or tender gums where a tooth is about to appear',
  'Crankiness, especially in the evening, and lighter sleep',
  'Pulling at the ear on the same side as the new tooth',
];
const bcP2b = [
  'Teething can raise your baby’s temperature slightly, but it does not cause a true fever (100.4 degrees F or higher), ' +
    'diarrhea or a runny nose. If you see those, something else is probably going on.',
];
const bcP3 = [
  'Something cool and firm to chew on helps many babies. Try a solid rubber teething ring chilled in the fridge (not the freezer, ' +
    'which can make it hard enough to bruise the gums), or a clean, damp washcloth that has been in the fridge for half an hour.',
  'Rubbing the sore area with a clean finger for a minute or two can also bring relief. If your baby is eating solids, chilled ' +
    'purees or yogurt may go down more easily than warm food on a bad day.',
  'If nothing else works, ask your baby’s doctor whether a dose of infant acetaminophen is right for your baby’s age and weight. ' +
    'Avoid teething gels containing benzocaine and amber teething necklaces, which are not safe for babies.',
];
const bcP4 = [
  'Call your baby’s doctor if your baby has a temperature of 100.4 degrees F or higher, is refusing to feed, has fewer wet ' +
    'diapers than usual, or seems unusually sleepy or hard to settle. Also check in if there is no sign of a first tooth by ' +
    '18 months.',
  'Once the first tooth arrives, brush it twice a day with a soft infant toothbrush and a smear of fluoride toothpaste the size ' +
    'of a grain of rice, and book your baby’s first dental visit before their first birthday.',
];
const bcNav = ['Getting Pregnant', 'Pregnancy', 'Baby', 'Toddler', 'Child', 'Community', 'Registry Builder', 'Baby Names'];
const bcCrumbs = ['Home', 'Baby', 'Baby health'];
const bcSources = [
  'American Academy of Pediatric Practice. 2024. Teething: 4 to 7 months. Family Health Notes.',
  'Northfield Children’s Dental Network. 2023. Your child’s first teeth. Parent guidance leaflet.',
  'Okafor T, Lindqvist R. 2022. Symptoms attributed to tooth eruption in infants: a cohort study. Journal of Child Health 41(3).',
];
const bcNext = ['Baby teeth chart: when do babies get teeth?', 'Your baby’s first dental visit', 'Drooling in babies', 'Fever in babies'];
const bcFoot = [
  'About BabyCenter',
  'Editorial policy',
  'Medical review board',
  'Advertise with us',
  'Contact us',
  'Privacy policy',
  'Terms of use',
  'Do Not Sell or Share My Personal Information',
  'Sitemap',
];
const bcCookie = 'We use cookies and similar tools to improve your experience, to show you personalized ads and to analyze our traffic.';
const bcSourcesNote =
  'BabyCenter’s editorial team is committed to providing the most helpful and trustworthy pregnancy and parenting information in the world.';
const bcApp = ['Get the BabyCenter app', 'Track your baby’s development, week by week.', 'Download now'];
const sec = (i: number, inner: string): string =>
  `<section class="articleSection" id="section-${i}"><h2 class="articleSectionHeading" id="${bcH[i]?.toLowerCase().replace(/[^a-z]+/g, '-')}">${bcH[i]}</h2>
${inner}</section>`;
const bcHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Teething: signs, timeline and how to soothe your baby | BabyCenter</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description"
content="When babies start teething, the signs to look for and safe ways to ease sore gums.">
<meta property="og:site_name" content="BabyCenter"><meta property="og:type" content="article"><meta property="og:title" content="${bcTitle}">
<link rel="canonical" href="https://www.babycenter.example/baby/health-and-safety/teething-signs-and-symptoms_10357">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","headline":"${bcTitle}",
"author":{"@type":"Person","name":"Dana Whitcombe"},"reviewedBy":{"@type":"Person","name":"Priya Ramaswamy, M.D."},
"dateModified":"2025-02-11","publisher":{"@type":"Organization","name":"BabyCenter"}}</script>
<script>window.dataLayer=window.dataLayer||[];window.bcAdConfig={site:"bc.us",zone:"baby/health",stage:"baby"};</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body class="articlePage stage-baby"><a class="skipLink" href="#mainContent">Skip to main content</a>
<header class="siteHeader" role="banner"><div class="siteHeader__inner"><a class="siteHeader__logo" href="/" aria-label="BabyCenter home">
<svg aria-hidden="true"></svg></a><nav class="siteNav" aria-label="Main"><ul class="siteNav__list">
${links(bcNav, 'siteNav__item')}</ul></nav><div class="siteHeader__actions"><button class="searchToggle" aria-label="Search">Search</button>
<a class="siteHeader__signup button" href="/register">Sign up</a><a class="siteHeader__login" href="/login">Log in</a></div></div></header>
<div class="adSlot adSlot--leaderboard" id="div-gpt-ad-leaderboard" data-ad-unit="bc.us/baby/health/top"><span
class="adSlot__label">Advertisement</span></div>
<main id="mainContent"><article class="article" data-article-id="10357">
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(bcCrumbs, 'breadcrumbs__item')}</ol></nav>
<header class="articleHeader"><h1 class="articleHeader__title">${bcTitle}</h1>
<div class="articleHeader__byline"><div class="reviewedBy"><img class="avatar" src="https://assets.babycenter.example/ims/reviewer-pr.jpg" alt="">
<p>Medically reviewed by <a href="/medical-advisory-board#priya">Priya Ramaswamy, M.D.</a></p><p class="reviewerTitle">Pediatrics</p></div>
<div class="writtenBy"><p>Written by <a href="/authors/dana-whitcombe">Dana Whitcombe</a></p></div>
<p class="articleHeader__date">Updated February 11, 2025</p></div></header>
<figure class="articleHero"><img src="https://assets.babycenter.example/ims/2025/02/teething-baby.jpg" alt="Baby chewing on a teething ring">
<figcaption class="articleHero__credit">Photo credit: iStock.com / Marisol Ortega</figcaption></figure>
<nav class="tableOfContents" aria-labelledby="toc-title"><p class="tableOfContents__title" id="toc-title">In this article</p>
<ul>${bcH.map((h, i) => `<li><a href="#section-${i}">${h}</a></li>`).join('\n')}</ul></nav>
<div class="articleBody">${bcIntro.map((p) => `<p>${p}</p>`).join('\n')}
${sec(0, bcP1.map((p) => `<p>${p}</p>`).join('\n'))}
<div class="adSlot adSlot--inContent" id="div-gpt-ad-incontent-1"><p class="adSlot__label">Advertisement | page continues below</p></div>
${sec(1, `<p>${bcP2[0]}</p>\n<ul>${bcL2.map((l) => `<li>${l}</li>`).join('\n')}</ul>\n<p>${bcP2b[0]}</p>`)}
${sec(2, bcP3.map((p) => `<p>${p}</p>`).join('\n'))}
<div class="adSlot adSlot--inContent" id="div-gpt-ad-incontent-2"><p class="adSlot__label">Advertisement | page continues below</p></div>
${sec(3, bcP4.map((p) => `<p>${p}</p>`).join('\n'))}</div>
<section class="sources" aria-labelledby="sources-title"><button class="sources__toggle" aria-expanded="false" id="sources-title">Sources</button>
<div class="sources__content" hidden><p class="sources__intro">${bcSourcesNote}</p>
<ul>${bcSources.map((s) => `<li>${s}</li>`).join('\n')}</ul></div></section>
<div class="feedback"><p class="feedback__question">Was this article helpful?</p><button>Yes</button><button>No</button></div>
<aside class="authorCard"><p class="authorCard__name"><a href="/authors/dana-whitcombe">Dana Whitcombe</a></p>
<p class="authorCard__bio">Dana Whitcombe is a health writer who has covered infant care for BabyCenter since 2016.</p></aside>
</article>
<aside class="whereToGoNext"><h2 class="whereToGoNext__title">Where to go next</h2><ul class="cardList">
${bcNext
  .map(
    (t, i) => `<li class="card"><a href="/baby/next-${i}"><img src="https://assets.babycenter.example/ims/card-${i}.jpg" alt=""><h3
class="card__title">${t}</h3></a></li>`,
  )
  .join('\n')}
</ul></aside>
<aside class="appPromo"><h2>${bcApp[0]}</h2><p>${bcApp[1]}</p><a class="button" href="/app">${bcApp[2]}</a></aside></main>
<footer class="siteFooter" role="contentinfo"><ul class="siteFooter__links">${links(bcFoot)}</ul>
<p class="siteFooter__disclaimer">The BabyCenter editorial team is committed to providing the most helpful information. This site is for information
only and is not a substitute for medical advice.</p>
<p class="siteFooter__copyright">© 2025 BabyCenter, LLC. All rights reserved.</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${bcCookie}</p>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
<script src="https://assets.babycenter.example/js/article.8f2c1.js" defer></script></body></html>`;
const babyCenter: TestPage = {
  html: bcHtml,
  name: 'heldout222-babycenter-docs',
  kind: 'docs',
  // the intro paragraph before the first section is body; the jump list, ad labels, sources block (collapsed), the
  // feedback box, the author card and the "Where to go next" cards are furniture; reviewer and writer lines are bylines
  title: bcTitle,
  headings: bcH,
  body: texts([...bcIntro, ...bcP1, ...bcP2, ...bcL2, ...bcP2b, ...bcP3, ...bcP4]),
  bylines: ['Medically reviewed by Priya Ramaswamy, M.D.', 'Written by Dana Whitcombe', 'Updated February 11, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...bcNav, 'Search', 'Sign up', 'Log in', 'Advertisement', ...bcCrumbs, 'Pediatrics', 'Photo credit: iStock.com / Marisol Ortega',
    'In this article', 'Advertisement | page continues below', 'Sources', bcSourcesNote, ...bcSources, 'Was this article helpful?',
    'Dana Whitcombe is a health writer who has covered infant care for BabyCenter since 2016.', 'Where to go next', ...bcNext, ...bcApp, ...bcFoot,
    'The BabyCenter editorial team is committed to providing the most helpful information. This site is for information only and is not a ' +
      'substitute for medical advice.',
    '© 2025 BabyCenter, LLC. All rights reserved.', bcCookie, 'Accept All Cookies', 'Cookie Settings',
  ],
};
export const HELDOUT222_A: readonly TestPage[] = [babyCenter, wteThread];
