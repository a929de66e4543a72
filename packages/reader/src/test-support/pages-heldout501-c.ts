import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout501-kit.js';

/**
 * Held-out batch 501, file c: a donor story on Ghost (Casper theme, with a member sign-up box and "read more" cards), and a
 * plasma centre's first-visit page on Webflow.
 */
const gTitle = 'Two hundred bags of platelets and a flask of tea';
const gDek = 'Bus driver Tomas Venn has given platelets every month for nineteen years. We spent a morning in the chair next to him.';
const gBody = [
  j(
    'At ten to seven on a Saturday, the car park of the Linwood donor centre is empty except for a green hatchback with a flask',
    'of tea on the dashboard. Tomas Venn is always first. “If I get here before the nurses have had their coffee,” he says,',
    '“I’m out before the football.”',
  ),
  j(
    'Tomas, 58, drives the number 14 between Linwood and the coast. He gave blood for the first time at 21, when a colleague',
    'at the depot needed a transfusion after a crash on the ring road, and switched to platelets in 2007 after a nurse noticed',
    'his count was unusually high. This spring he made his two hundredth platelet donation.',
  ),
  'Why platelets matter',
  j(
    'Platelets are the tiny cells that help blood to clot. Most of the platelets we collect go to patients with cancer and leukaemia,',
    'whose treatment stops their bone marrow making enough of their own. Others go to babies in neonatal care and to people',
    'who are bleeding heavily after an accident or during surgery.',
  ),
  j(
    'Unlike red cells, which can be stored for five weeks, platelets last just seven days. That means hospitals rely on a steady',
    'stream of regular donors, and on people like Tomas who come back month after month.',
  ),
  j(
    'A platelet donation takes about ninety minutes. A machine called a cell separator draws blood from one arm, spins it to',
    'collect the platelets and returns the rest to the donor. One donation can provide up to three adult doses.',
  ),
  'A morning in the chair',
  j(
    'Tomas has a routine. He drinks half a litre of water in the car, takes the second chair from the window, and asks for the',
    'left arm. He brings a crossword and rarely finishes it, because he spends most of the session talking to the nurses and the',
    'donor in the next chair.',
  ),
  j(
    '“You get to know people,” he says. “There’s a retired teacher who comes on the same Saturday as me. We’ve done about',
    'sixty donations side by side. I’ve never seen her anywhere else.”',
  ),
  j(
    'Senior nurse Priya Osei has looked after him for eleven of his nineteen years. She says regular platelet donors are the',
    'backbone of the centre. “We can plan around Tomas. We know he’ll be here, we know his veins, we know he’ll ring if he',
    'has a cold. That makes a huge difference when a hospital calls us on a Friday afternoon needing platelets for a child.”',
  ),
  'The letter on the fridge',
  j(
    'Donors are not told who receives their platelets, but patients and families can send a card through the service. Three',
    'years ago Tomas received one. It came from the mother of a boy who had spent six months in hospital being treated for',
    'leukaemia, and who had needed platelet transfusions almost every week.',
  ),
  j(
    '“She didn’t know my name and I don’t know hers,” he says. “But she wrote that her son was back at school and had just',
    'learned to ride a bike. It’s on the fridge. My wife says it’s the only thing in the house I’ve never moved.”',
  ),
  j('“People think it’s a big thing. It isn’t. It’s a morning. I sit down, I do the crossword badly,', 'and somebody I’ll never meet gets another week.”'),
  'Could you give platelets?',
  j(
    'We are looking for new platelet donors, particularly men aged 18 to 45 with blood group A positive, A negative or O',
    'negative, who tend to have the highest platelet counts. You need to have given blood at least once before and to live',
    'within about forty minutes of a donor centre.',
  ),
  'a platelet count above 150 at your last blood donation',
  'good veins in both arms',
  'around two hours free, once a month',
  j(
    'If you think you could be a platelet donor, mention it at your next blood donation and a nurse will check your count.',
    'Tomas has one piece of advice: “Bring a flask. The machine’s tea is terrible.”',
  ),
];
const gFirst = gBody.slice(0, 2);
const gNav = ['Home', 'Donor stories', 'News', 'Campaigns', 'About'];
const gRead = [
  'The nurse who runs the Linwood night shift',
  'Ten things to know before your first plasma donation',
  'Why your blood type is not the whole story',
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5f1a9b0c2e"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://stories.linwoodblood.org/two-hundred-bags-of-platelets/"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-05-16T07:30:00.000Z"><meta property="article:tag" content="Donor stories">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Linwood Blood Stories"},
"author":{"@type":"Person","name":"Marta Kesselring"},"headline":"${gTitle}","datePublished":"2026-05-16T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://stories.linwoodblood.org/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-donor-stories has-sans-title has-serif-body"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://stories.linwoodblood.org">
<img src="/content/images/2025/03/linwood-logo.png" alt="Linwood Blood Stories"></a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
<svg width="20" height="20"></svg></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav.map((n) => `<li class="nav-${n.toLowerCase().replace(/ /g, '-')}"><a href="#">${n}</a></li>`).join('')}</ul>
</nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-donor-stories image-full">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/donor-stories/">Donor stories</a></span>
<span class="post-card-featured"><svg width="16" height="17"></svg> Featured</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/marta/" class="author-avatar"><img class="author-profile-image" src="/content/images/2025/03/marta.jpg" alt="Marta Kesselring"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/marta/">Marta Kesselring</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-05-16">May 16, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/05/tomas-chair.jpg 300w" src="/content/images/size/w2000/2026/05/tomas-chair.jpg"
alt="Tomas Venn in a donor chair"><figcaption><span style="white-space: pre-wrap;">Tomas Venn at the Linwood donor centre. Photo: Ade Moreland</span>
</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gFirst)}
<h2 id="why-platelets-matter">${gBody[2]}</h2>${ps(gBody.slice(3, 6))}
<h2 id="a-morning-in-the-chair">${gBody[6]}</h2>${ps(gBody.slice(7, 10))}
<figure class="kg-card kg-image-card kg-card-hascaption">
<img src="/content/images/2026/05/separator.jpg" class="kg-image" alt="" loading="lazy" width="1600" height="1067">
<figcaption><span style="white-space: pre-wrap;">A cell separator returns red cells and plasma to the donor.</span></figcaption></figure>
<h2 id="the-letter-on-the-fridge">${gBody[10]}</h2>${ps(gBody.slice(11, 13))}
<blockquote class="kg-blockquote-alt">${gBody[13]}</blockquote>
<h2 id="could-you-give-platelets">${gBody[14]}</h2>${ps([gBody[15] ?? ''])}<p>You will need:</p><ul>${lis(gBody.slice(16, 19))}</ul>
${ps([gBody[19] ?? ''])}
<div class="kg-card kg-button-card kg-align-center">
<a href="https://www.linwoodblood.org/platelets" class="kg-btn kg-btn-accent">Find out about platelets</a></div>
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="post-card-wrap"><h3 class="read-more-title">You might also like</h3></div>
${gRead
  .map(
    (r) => `<article class="post-card post"><a class="post-card-image-link" href="#"><img class="post-card-image" src="/content/images/x.jpg" alt=""></a>
<div class="post-card-content"><a class="post-card-content-link" href="#"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">Donor stories</span></div>
<h2 class="post-card-title">${r}</h2></header></a></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://stories.linwoodblood.org">Linwood Blood Stories</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Privacy', 'linwoodblood.org'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=5f1a9b0c2e"></script></body></html>`;
const story: TestPage = {
  name: 'heldout501-platelet-story-ghost',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [2, 6, 10, 14].map((i) => gBody[i] ?? ''),
  body: texts([gDek, ...gBody.slice(0, 16).filter((_, i) => ![2, 6, 10, 14].includes(i)), 'You will need:', ...gBody.slice(16)]),
  bylines: ['Marta Kesselring', 'May 16, 2026', '• 5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Donor stories', 'News', 'Campaigns', 'Sign in', 'Subscribe', 'Featured', 'Tomas Venn at the Linwood donor centre. Photo: Ade Moreland',
    'A cell separator returns red cells and plasma to the donor.', 'Find out about platelets', 'Sign up for more like this.', 'Enter your email',
    'You might also like', ...gRead, 'Linwood Blood Stories © 2026', 'Sign up', 'Privacy', 'linwoodblood.org', 'Powered by Ghost',
  ],
};

const wTitle = 'Your first plasma donation';
const wDek = 'Plan for about two hours the first time. After that, most visits take around 50 minutes.';
const wSteps = ['Check in', 'Health screening', 'The donation', 'Rest and refuel'];
const wStepText = [
  'Bring a photo ID and proof of your address. Our front desk team will register you and take your photo for your donor card.',
  j(
    'A medical specialist checks your pulse, blood pressure, temperature and protein levels, and asks about your health history.',
    'The first time, this includes a short physical examination.',
  ),
  j(
    'You relax in a reclining chair while an automated machine collects plasma and returns your red cells to you. It takes 35 to',
    '45 minutes, and you can read, watch something or just rest.',
  ),
  'Have a drink and a snack before you leave. Drink plenty of water for the rest of the day and avoid heavy lifting.',
];
const wTips = [
  'Eat a healthy meal with protein and iron in the three hours before you come.',
  'Drink six to eight glasses of water the day before and the morning of your visit.',
  'Skip caffeine, alcohol and fatty food on the day.',
];
const wCompensation = j(
  'New donors receive $100 on each of their first five donations in their first month. Payments are loaded onto your Verra card',
  'before you leave the centre.',
);
const wNav = ['Locations', 'Donating', 'Rewards', 'About Verra', 'FAQ'];
const wFoot = ['Careers', 'Privacy policy', 'Terms', 'Do not sell my information'];
const wHtml = `<!DOCTYPE html><!--  This site was created in Webflow. https://webflow.com  -->
<!--  Last Published: Tue Oct 06 2026 18:22:41 GMT+0000 (Coordinated Universal Time)  -->
<html data-wf-domain="www.verraplasma.com" data-wf-page="65d2f1c8a9e3b40012ab77c1" data-wf-site="65d2f1c8a9e3b40012ab7700"><head><meta charset="utf-8">
<title>Your first visit | Verra Plasma</title><meta content="${wDek}" name="description"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65d2f1c8a9e3b40012ab7700/css/verra.webflow.3e1d9a.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<link href="https://assets-global.website-files.com/65d2f1c8a9e3b40012ab7700/favicon.png" rel="shortcut icon" type="image/x-icon"></head>
<body class="body"><div data-animation="default" data-collapse="medium" data-duration="400" role="banner" class="navbar w-nav">
<div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/65d2f1c8a9e3b40012ab7700/logo.svg" loading="lazy" alt="Verra Plasma"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav.map((n) => `<a href="#" class="nav-link w-nav-link">${n}</a>`).join('')}
<a href="/book" class="button nav-button w-button">Book now</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-first-visit"><div class="container w-container"><div class="hero-content"><div class="eyebrow">New donors</div>
<h1 class="heading-xl">${wTitle}</h1><p class="paragraph-large">${wDek}</p></div></div></section>
<section class="section steps"><div class="container w-container"><h2 class="heading-l">What happens at your visit</h2>
<div class="w-layout-grid grid-steps">${wSteps
  .map(
    (s, i) =>
      `<div class="step-card"><div class="step-number">0${i + 1}</div><h3 class="heading-s">${s}</h3><p class="paragraph">${wStepText[i] ?? ''}</p></div>`,
  )
  .join('\n')}</div></div></section>
<section class="section tips"><div class="container w-container"><div class="rich-text w-richtext"><h2>How to prepare</h2><ul role="list">${lis(wTips)}</ul>
<h2>New donor rewards</h2><p>${wCompensation}</p></div></div></section>
<section class="section cta-band"><div class="container w-container"><h2 class="cta-heading">Ready when you are.</h2>
<a href="/book" class="button w-button">Book your first visit</a></div></section>
<footer class="footer"><div class="container w-container"><div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get">
<label for="email" class="footer-label">Get donor news and promotions</label>
<input class="input w-input" maxlength="256" name="email" placeholder="Your email" type="email" id="email">
<input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div>
<div class="footer-links">${wFoot.map((f) => `<a href="#" class="footer-link">${f}</a>`).join('')}</div>
<div class="footer-legal">© 2026 Verra Plasma LLC. Donors must meet eligibility requirements. Compensation varies by location.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65d2f1c8a9e3b40012ab7700" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65d2f1c8a9e3b40012ab7700/js/webflow.4f2c1a.js" type="text/javascript"></script></body></html>`;
const plasma: TestPage = {
  name: 'heldout501-plasma-first-visit-webflow',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['What happens at your visit', ...wSteps, 'How to prepare', 'New donor rewards'],
  body: [wDek, ...wStepText, ...wTips, wCompensation],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Locations', 'Donating', 'About Verra', 'FAQ', 'Book now', 'Ready when you are.', 'Book your first visit', 'Get donor news and promotions',
    ...wFoot, '© 2026 Verra Plasma LLC. Donors must meet eligibility requirements. Compensation varies by location.',
  ],
};

export const HELDOUT501_C: readonly TestPage[] = [story, plasma];
