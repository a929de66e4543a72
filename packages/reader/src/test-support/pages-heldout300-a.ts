import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout300-kit.js';

/**
 * Held-out batch 300, file a: a child-development article on a Dotdash Meredith parenting site (mntl- blocks, attribution
 * with "Medically reviewed by", fact-check line, table of contents, "Read more" promos, newsletter, related rail, footer,
 * OneTrust banner) and an NHS.UK pregnancy week-by-week page (nhsuk-frontend header, breadcrumb, care card, week pagination,
 * "Page last reviewed" footer, feedback banner).
 */
const pTitle = 'When Do Babies Start Talking? Milestones From Cooing to First Sentences';
const pHeads = ['The First Months: Cooing and Babbling', 'First Words Around 12 Months', 'Putting Words Together', 'When to Talk to a Doctor'];
const p0 = [
  j(
    'Few moments feel as big to new parents as a first word. But talking starts long before a baby says "mama" or "ball", and the',
    'timing varies more than most growth charts suggest. Speech therapist Dr. Maren Lowthe says the range of normal is wide, and',
    'that what matters most is steady progress rather than hitting a date on the calendar.',
  ),
];
const p1 = [
  j(
    'In the first two months, babies communicate mostly by crying, but they soon add soft vowel sounds known as cooing. By around',
    'four months many babies laugh, squeal and blow raspberries, and they turn their heads toward voices they know.',
  ),
  j(
    'Babbling usually arrives between six and nine months. At first it is a string of repeated syllables such as "ba-ba-ba", and',
    'later it becomes more varied, with the rise and fall of real speech. Lowthe calls this stage "practice talking".',
  ),
];
const p2 = [
  j(
    'Most babies say their first real word somewhere between 10 and 14 months. A word counts when your child uses the same sound',
    'for the same thing each time, even if it does not sound like the adult word. "Ba" for bottle is a word.',
  ),
  'Signs that your baby is getting ready to talk include:',
  'Pointing at objects and looking back at you to share attention',
  'Understanding simple requests such as "give me the cup"',
  'Copying sounds and gestures, like waving bye-bye',
  'Responding to their own name most of the time',
];
const p3 = [
  j(
    'Between 18 and 24 months, vocabulary often grows quickly, sometimes by several words a week. Many toddlers begin to join two',
    'words, such as "more milk" or "daddy go", around their second birthday.',
  ),
  j(
    'By three, most children speak in short sentences that familiar adults understand most of the time. Strangers may still',
    'struggle, and that is expected.',
  ),
  j(
    '"Narrate your day out loud, leave pauses for your child to fill, and read the same books again and again," Lowthe says.',
    '"Repetition is how toddlers learn that words are reliable."',
  ),
];
const p4 = [
  j(
    'Talk to your pediatrician if your baby is not babbling by nine months, has no words by 16 months, or is not combining two',
    'words by 24 months. You should also mention any loss of words or skills your child once had, at any age.',
  ),
  j(
    'A hearing test is usually the first step, since even mild ear problems can delay speech. Early support from a speech',
    'therapist is effective, and many families are referred before their child turns two.',
  ),
];
const pNav = ['Pregnancy', 'Babies', 'Kids', 'Health', 'Parenting News', 'Shopping'];
const pRelated = [
  'Baby Sign Language: Does It Help or Hurt Speech?',
  'How Many Words Should a 2-Year-Old Say?',
  'Screen Time and Toddlers: What the Experts Say',
  'Your Baby’s Hearing Test, Explained',
];
const pFoot = ['About Us', 'Editorial Policy', 'Privacy Policy', 'Careers', 'Contact', 'Advertise', 'Terms of Service'];
const pHtml = `<!DOCTYPE html><html lang="en" class="comp mntl-html"><head><meta charset="utf-8">
<title>${pTitle}</title><meta name="description" content="Learn when babies start talking and the speech milestones to watch for.">
<meta property="og:site_name" content="Kinderfold"><meta property="og:type" content="article"><link rel="canonical"
href="https://www.kinderfold.example/baby/development/when-do-babies-talk-8812203">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":["MedicalWebPage"],"headline":"${pTitle}",
"datePublished":"2026-02-11T09:00:00.000-05:00","author":[{"@type":"Person","name":"Hollis Petrakis"}],
"reviewedBy":[{"@type":"Person","name":"Dr. Ines Calloway, MD"}],"publisher":{"@type":"Organization","name":"Kinderfold"}}]</script>
<script>window.Mntl = window.Mntl || {}; Mntl.csrfInit('a81f'); var dataLayer = [{"templateId":"structured-content"}];</script></head>
<body class="mntl-body structured-content"><a class="mntl-skip-to-content" href="#main">Skip to content</a>
<header id="header_1-0" class="header mntl-header"><div class="header__inner"><a class="header__logo" href="/">Kinderfold</a>
<nav id="mntl-nav_1-0" class="mntl-nav"><ul class="mntl-nav__list">${links(pNav, 'mntl-nav__item')}</ul></nav>
<button class="header__subscribe">Subscribe</button></div></header>
<main id="main" class="loc main"><article id="structured-content_1-0" class="article comp mntl-article">
<div class="loc article-header"><ul id="mntl-breadcrumbs_1-0" class="mntl-breadcrumbs">${links(['Babies', 'Baby Development'], 'mntl-breadcrumbs__item')}</ul>
<h1 id="article-heading_1-0" class="article-heading mntl-text-block">${pTitle}</h1>
<div class="mntl-attribution__content"><div class="mntl-attribution__item"><span class="mntl-attribution__item-descriptor">By</span>
<a class="mntl-attribution__item-name" href="/hollis-petrakis-7901">Hollis Petrakis</a></div>
<div class="mntl-attribution__item"><span class="mntl-attribution__item-descriptor">Medically reviewed by</span>
<a class="mntl-attribution__item-name" href="/ines-calloway-7902">Dr. Ines Calloway, MD</a></div>
<div class="mntl-attribution__item-date">Published on February 11, 2026</div>
<div class="mntl-fact-check-label">Fact checked by Pilar Venn</div></div>
<div class="social-share"><ul class="social-share__list"><li><a class="social-share__button--facebook">Share on Facebook</a></li>
<li><a class="social-share__button--pinterest">Pin It</a></li><li><a class="social-share__button--email">Email</a></li></ul></div></div>
<figure class="mntl-universal-primary-image"><img src="https://www.kinderfold.example/thmb/baby-babble.jpg" alt="Baby babbling at a parent">
<figcaption class="figure-article-caption"><span class="figure-article-caption-owner">Kinderfold / Tamsin Reu</span></figcaption></figure>
<div id="mntl-toc_1-0" class="mntl-toc"><span class="mntl-toc__heading">Table of Contents</span><ul class="mntl-toc__list">
${pHeads.map((h, i) => `<li class="mntl-toc__list-item"><a href="#toc-${i}">${h}</a></li>`).join('\n')}</ul></div>
<div id="article-content_1-0" class="loc article-content"><div id="mntl-sc-page_1-0" class="mntl-sc-page mntl-block">
${ps(p0, ' class="comp mntl-sc-block mntl-sc-block-html"')}
<h2 id="toc-0" class="mntl-sc-block mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">${pHeads[0]}</span></h2>
${ps(p1, ' class="comp mntl-sc-block mntl-sc-block-html"')}
<div class="mntl-sc-block mntl-sc-block-featuredlink"><span class="featuredlink__label">Read More:</span>
<a class="featuredlink__link" href="/baby/sign-language">Baby Sign Language: Does It Help or Hurt Speech?</a></div>
<h2 id="toc-1" class="mntl-sc-block mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">${pHeads[1]}</span></h2>
${ps(p2.slice(0, 2), ' class="comp mntl-sc-block mntl-sc-block-html"')}
<ul class="comp mntl-sc-block mntl-sc-block-html">${p2
  .slice(2)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
<div class="mntl-sc-block mntl-sc-block-adslot"><div class="mntl-gpt-adunit" data-ad-label="Advertisement">Advertisement</div></div>
<h2 id="toc-2" class="mntl-sc-block mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">${pHeads[2]}</span></h2>
${ps(p3, ' class="comp mntl-sc-block mntl-sc-block-html"')}
<h2 id="toc-3" class="mntl-sc-block mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">${pHeads[3]}</span></h2>
${ps(p4, ' class="comp mntl-sc-block mntl-sc-block-html"')}</div></div>
<div class="mntl-article-sources"><button class="mntl-article-sources__toggle">Kinderfold uses only high-quality sources</button></div>
<div class="mntl-newsletter-signup"><p class="newsletter-signup__title">Get our Baby Development newsletter</p>
<p class="newsletter-signup__text">Weekly tips on your baby's growth, sent to your inbox.</p><button>Sign Up</button></div>
<div class="mntl-feedback"><span>Was this page helpful?</span><button>Yes</button><button>No</button></div></article>
<aside class="mntl-recirc"><h3 class="recirc__heading">Related Articles</h3><ul>${links(pRelated, 'mntl-card-list-items')}</ul></aside></main>
<footer class="mntl-footer"><p class="footer__tagline">Raising kids, together.</p><ul>${links(pFoot, 'footer__link')}</ul>
<p class="footer__copyright">Kinderfold is part of the Hallmere Media publishing family.</p></footer>
<div id="onetrust-banner-sdk"><p id="onetrust-policy-text">We and our partners use cookies to personalize content and ads.</p>
<button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></body></html>`;
const parents: TestPage = {
  name: 'heldout300-dotdash-meredith-news',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: pHeads,
  body: texts([...p0, ...p1, ...p2, ...p3, ...p4]),
  bylines: ['Hollis Petrakis', 'Dr. Ines Calloway, MD', 'Published on February 11, 2026', 'Fact checked by Pilar Venn'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Kinderfold', ...pNav, 'Subscribe', 'Babies', 'Baby Development', 'Medically reviewed by', 'Share on Facebook', 'Pin It',
    'Kinderfold / Tamsin Reu', 'Table of Contents', 'Read More:', 'Advertisement', 'Kinderfold uses only high-quality sources',
    'Get our Baby Development newsletter', "Weekly tips on your baby's growth, sent to your inbox.", 'Sign Up', 'Was this page helpful?',
    'Related Articles', ...pRelated, 'Raising kids, together.', ...pFoot, 'Kinderfold is part of the Hallmere Media publishing family.',
    'We and our partners use cookies to personalize content and ads.', 'Accept All', 'Cookie Settings',
  ],
};

const nTitle = "You're 20 weeks pregnant";
const nHeads = ['Your baby at 20 weeks', 'Your body at 20 weeks', 'Ask for an urgent appointment', 'Things to think about', 'Your mid-pregnancy scan'];
const n1 = [
  j(
    'Congratulations, you are halfway through your pregnancy. Your baby now measures about 16cm from head to bottom and weighs',
    'around 300g. Their skin is covered in fine hair called lanugo and a greasy coating called vernix, which protects it in the womb.',
  ),
  j('Your baby is swallowing more amniotic fluid and their digestive system is practising for life outside the womb. They may also', 'be sucking their thumb.'),
];
const n2 = [
  j(
    'You may be feeling your baby move, often described as fluttering or bubbles. If this is your first pregnancy, it might be a',
    'few weeks more before you are sure what you are feeling.',
  ),
  'At around this stage some people notice:',
  'leg cramps, especially at night',
  'a blocked nose or nosebleeds',
  'backache as your bump grows',
  'swollen ankles, feet and fingers',
];
const n3 = [
  j(
    'Start thinking about where you would like to give birth and talk to your midwife about your options. You may also want to',
    'find out about antenatal classes in your area, as popular classes fill up early.',
  ),
  j('If you work, you must tell your employer you are pregnant at least 15 weeks before your baby is due so you can get', 'maternity leave and pay.'),
];
const n4 = [
  j(
    'You will be offered a scan between 18 and 21 weeks. It checks for 11 physical conditions and looks at how your baby is',
    'growing. The scan takes about 30 minutes, and you can usually bring someone with you.',
  ),
  j(
    'The sonographer may be able to tell you the sex of your baby if you ask, but this is not always possible, and some hospitals',
    'do not offer it. If the scan finds a possible problem, you will be offered a follow-up appointment with a specialist team.',
  ),
  'Drink plenty of water in the hour before the scan, as a full bladder can help the sonographer see your baby more clearly.',
];
const nCare = j(
  'Call your midwife or maternity unit straight away if you have vaginal bleeding, a severe headache, or your baby is moving',
  'less than usual.',
);
const nNav = ['Health A to Z', 'Live Well', 'Mental health', 'Care and support', 'Pregnancy', 'NHS services'];
const nCrumbs = ['Home', 'Pregnancy', 'Week-by-week guide', '13 to 27 weeks'];
const nFoot = ['Accessibility statement', 'Contact us', 'Cookies', 'Privacy policy', 'Terms and conditions'];
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${nTitle} - NHS</title>
<meta name="description" content="Find out what is happening to you and your baby at 20 weeks pregnant."><meta name="WT.cg_n" content="Pregnancy">
<link rel="stylesheet" href="/static/css/nhsuk-9.1.0.min.css"><script type="application/ld+json">{"@context":"http://schema.org","@type":"MedicalWebPage",
"name":"${nTitle}","lastReviewed":"2025-09-04","nextReview":"2028-09-04"}</script>
<script>document.documentElement.className = document.documentElement.className.replace('no-js','js-enabled');</script></head>
<body class="js-enabled"><a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
<div id="nhsuk-cookie-banner"><div class="nhsuk-cookie-banner" id="cookiebanner"><h2>Cookies on the NHS website</h2>
<p>We've put some small files called cookies on your device to make our site work.</p>
<button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept_analytics">I'm OK with analytics cookies</button>
<button class="nhsuk-button" id="nhsuk-cookie-banner__link_accept">Do not use analytics cookies</button></div></div>
<header class="nhsuk-header" role="banner"><div class="nhsuk-header__container"><div class="nhsuk-header__logo">
<a class="nhsuk-header__link" href="/" aria-label="NHS homepage"><span class="nhsuk-organisation-name">NHS</span></a></div>
<div class="nhsuk-header__search"><form class="nhsuk-header__search-form" action="/search/"><label class="nhsuk-u-visually-hidden"
for="search-field">Search the NHS website</label><input class="nhsuk-search__input" id="search-field" type="search"></form></div></div>
<nav class="nhsuk-header__navigation" id="header-navigation"><ul class="nhsuk-header__navigation-list">${links(nNav, 'nhsuk-header__navigation-item')}</ul>
</nav>
</header><nav class="nhsuk-breadcrumb" aria-label="Breadcrumb"><div class="nhsuk-width-container"><ol class="nhsuk-breadcrumb__list">
${links(nCrumbs, 'nhsuk-breadcrumb__item')}</ol></div></nav>
<div class="nhsuk-width-container"><main class="nhsuk-main-wrapper" id="maincontent" role="main"><div class="nhsuk-grid-row">
<div class="nhsuk-grid-column-two-thirds"><h1>${nTitle}</h1>
<nav class="nhsuk-contents-list" role="navigation" aria-label="Pages in this guide"><h2 class="nhsuk-u-visually-hidden">Contents</h2>
<ol class="nhsuk-contents-list__list">${links(['Week 19', 'Week 20', 'Week 21'], 'nhsuk-contents-list__item')}</ol></nav>
<section><h2>${nHeads[0]}</h2>${ps(n1)}
<figure class="nhsuk-image"><img class="nhsuk-image__img" src="/media/week20.jpg" alt="Illustration of a baby at 20 weeks">
<figcaption class="nhsuk-image__caption">Your baby is about the length of a banana.</figcaption></figure></section>
<section><h2>${nHeads[1]}</h2>${ps(n2.slice(0, 2))}<ul>${n2
  .slice(2)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul></section>
<div class="nhsuk-card nhsuk-card--care nhsuk-card--care--urgent"><div class="nhsuk-card--care__heading-container">
<h3 class="nhsuk-card--care__heading"><span role="text"><span class="nhsuk-u-visually-hidden">Urgent advice: </span>Ask for an urgent
appointment</span></h3><span class="nhsuk-card--care__arrow" aria-hidden="true"></span></div>
<div class="nhsuk-card__content"><p>${nCare}</p></div></div>
<section><h2>${nHeads[3]}</h2>${ps(n3)}</section><section><h2>${nHeads[4]}</h2>${ps(n4)}</section>
<nav class="nhsuk-pagination" role="navigation" aria-label="Pagination"><ul class="nhsuk-list nhsuk-pagination__list">
<li class="nhsuk-pagination-item--previous"><a class="nhsuk-pagination__link" href="/pregnancy/week-by-week/19"><span
class="nhsuk-pagination__title">Previous</span><span class="nhsuk-pagination__page">19 weeks pregnant</span></a></li>
<li class="nhsuk-pagination-item--next"><a class="nhsuk-pagination__link" href="/pregnancy/week-by-week/21"><span
class="nhsuk-pagination__title">Next</span><span class="nhsuk-pagination__page">21 weeks pregnant</span></a></li></ul></nav>
<div class="nhsuk-review-date"><p class="nhsuk-body-s">Page last reviewed: 4 September 2025<br>Next review due: 4 September 2028</p></div>
</div></div></main></div>
<div class="nhsuk-feedback-banner"><p>Help us improve our website</p><a href="/feedback">Can you answer a quick question about your visit today?</a></div>
<footer role="contentinfo"><div class="nhsuk-footer-container"><ul class="nhsuk-footer__list">${links(nFoot, 'nhsuk-footer__list-item')}</ul>
<p class="nhsuk-footer__copyright">© Crown copyright</p></div></footer>
<script src="/static/js/nhsuk-9.1.0.min.js" defer></script></body></html>`;
const nhs: TestPage = {
  name: 'heldout300-nhsuk-frontend-docs',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: texts([...n1, ...n2, nCare, ...n3, ...n4]),
  bylines: ['Page last reviewed: 4 September 2025', 'Next review due: 4 September 2028'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Cookies on the NHS website', "We've put some small files called cookies on your device to make our site work.",
    "I'm OK with analytics cookies", 'Do not use analytics cookies', 'Search the NHS website', ...nNav, 'Week-by-week guide', '13 to 27 weeks',
    'Week 19', 'Week 21', 'Your baby is about the length of a banana.', 'Urgent advice:', 'Previous',
    '19 weeks pregnant', '21 weeks pregnant', 'Help us improve our website', 'Can you answer a quick question about your visit today?', ...nFoot,
    '© Crown copyright',
  ],
};

export const HELDOUT300_A: readonly TestPage[] = [parents, nhs];
