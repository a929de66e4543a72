import { links, ps, type TestPage, texts } from './page-kit.js';
import { amnestyNews } from './pages-heldout213-a2.js';

/**
 * Held-out batch 213, file a: a UNICEF story on the organisation's Drupal site (OneTrust cookie banner, "Skip to main
 * content", the country-site selector, the main menu with the Donate button, breadcrumbs, the "Stories" label, the dek,
 * the byline and date, the hero image with its © UNICEF credit, an in-text image with caption, a pull quote, the share
 * bar, "Related topics" tags, the "More to read" cards, the sign-up box and the footer) and, from file a2, an Amnesty
 * International news page.
 */
const title = 'In the hills above Kavora, a school reopens with water, toilets and a nurse';
const dek = ['After two dry seasons, a rebuilt borehole means children no longer miss class to fetch water.'];
const p1 = [
  'At six in the morning, twelve-year-old Selin Abara is already at the gate of Harmon Ridge Primary School. Until March she ' +
    'would have been halfway down the valley by now, carrying two yellow jerrycans to the river and back, a walk of almost two hours.',
  '“I used to come to school tired and late,” she says. “Now I fill my bottle at the tap and go straight to class.”',
  'The tap is new. It is fed by a borehole drilled to 80 metres last year, after the old hand pump failed during the second dry ' +
    'season in a row. With support from UNICEF and the district education office, the school now has running water, six toilet ' +
    'blocks with separate facilities for girls, and a small health room staffed by a nurse three days a week.',
];
const h1 = 'Water first, then learning';
const p2 = [
  'Across Kavora district, one school in three has no reliable water supply. When wells dry up, children, mostly girls, are sent ' +
    'to fetch water during school hours. Teachers at Harmon Ridge say attendance used to fall by a third between August and November.',
  'Headteacher Daniel Oyelaran keeps the register in a blue notebook on his desk. “Last October we had 212 children on the roll ' +
    'and some days only 140 in class,” he says. “This term the lowest day was 198.”',
  'The new toilets have made a difference too. Older girls who used to stay home during their periods now have a private, clean ' +
    'place to wash, and the school gives out reusable pads made by a women’s group in the nearby town.',
];
const quote = 'When there is water at school, there are children at school. It is as simple as that.';
const h2 = 'A nurse in the classroom';
const p3 = [
  'The health room is a converted storeroom with a bed, a scale and a locked cabinet. Nurse Mirela Tanko checks every child’s ' +
    'height and weight each term, gives deworming tablets and vitamin A, and refers serious cases to the health centre eight ' +
    'kilometres away.',
  'In her first four months she found 23 children who were moderately malnourished. All of them now receive a ready-to-use ' +
    'therapeutic food supplement and are seen again every two weeks.',
  'Parents have noticed. “My son had a cough for a month and I did not know what to do,” says Ayo Fenner, a farmer whose two ' +
    'children attend the school. “The nurse sent him to the clinic and now he is well.”',
];
const h3 = 'What comes next';
const p4 = ['UNICEF and its partners plan to bring the same package to 40 more schools in the district by the end of next year. It includes:'];
const list = [
  'a solar-powered borehole or rainwater tank for every school',
  'separate, lockable toilets for girls and boys, with handwashing stations',
  'training for teachers on hygiene and on spotting signs of malnutrition',
  'a visiting nurse linked to the nearest health centre',
];
const p5 = ['For Selin, the change is already real. She wants to be a doctor, she says, and she no longer worries about being late for maths.'];
const nav = ['What we do', 'Research and reports', 'Stories', 'Press releases', 'Where we work', 'Take action'];
const crumbs = ['Home', 'Stories'];
const heroCap = 'Selin Abara, 12, fills her water bottle at the new tap at Harmon Ridge Primary School.';
const heroCredit = '© UNICEF/UN0734512/Okafor';
const cap2 = 'Nurse Mirela Tanko measures a pupil’s arm to check for signs of malnutrition.';
const cap2Credit = '© UNICEF/UN0734530/Okafor';
const tags = ['Water, sanitation and hygiene (WASH)', 'Education', 'Nutrition', 'Health'];
const more = [
  'Five things to know about school meals',
  'When the rains fail: children on the front line of drought',
  'Period poverty keeps girls out of class. Here is what helps',
];
const foot = ['About us', 'Careers', 'Contact us', 'Legal', 'Privacy policy', 'Report fraud, abuse, wrongdoing', 'Transparency and accountability'];
const cookie = 'We use cookies and similar technologies to improve your experience on our website, to analyse traffic and to personalise content.';
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>In the hills above Kavora, a school reopens with water, toilets and a nurse | UNICEF</title>
<meta name="description" content="${dek[0]}"><link rel="canonical" href="https://www.unicef.org/stories/hills-above-kavora-school-reopens-water">
<meta property="og:site_name" content="UNICEF"><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<meta property="og:image" content="https://www.unicef.org/sites/default/files/styles/hero_extended/public/UN0734512.jpg">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@UNICEF">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${title}",
"datePublished":"2025-06-11T09:00:00+0000","author":{"@type":"Person","name":"Grace Mwenda"},"publisher":{"@type":"Organization","name":"UNICEF"}}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk3b9.css"><script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js"
data-domain-script="5e1d0c7a-unicef" async></script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"content_type":"story","section":"stories"});</script></head>
<body class="path-node page-node-type-story">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header role="banner" class="header"><div class="header__top"><div class="header__country-selector">
<button class="country-selector__toggle" aria-expanded="false">UNICEF around the world</button></div>
<a href="/" class="header__logo" rel="home"><img src="/themes/custom/unicef/logo.svg" alt="UNICEF for every child"></a>
<form class="header__search" role="search" action="/search"><label class="visually-hidden" for="edit-search">Search</label>
<input id="edit-search" type="search" name="query"></form></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" class="main-nav"><h2 class="visually-hidden"
id="block-mainnavigation-menu">Main navigation</h2>
<ul class="menu menu--main">${links(nav, 'menu-item menu-item--expanded')}</ul>
<a class="btn btn--donate header__donate" href="https://help.unicef.org/">Donate</a></nav></header>
<main role="main" id="main-content"><div class="region region-breadcrumb"><nav class="breadcrumb" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(crumbs, 'breadcrumb__item')}</ol></nav></div>
<article role="article" class="node node--type-story node--view-mode-full">
<div class="hero hero--story"><div class="hero__content"><div class="field field--name-field-story-type label">Stories</div>
<h1 class="page-title"><span class="field field--name-title">${title}</span></h1>
<div class="field field--name-field-subtitle hero__subtitle">${ps(dek)}</div>
<div class="story__meta"><span class="story__author">By Grace Mwenda</span><time datetime="2025-06-11T09:00:00Z" class="story__date">11 June 2025</time></div>
</div><figure class="hero__image"><img src="/sites/default/files/styles/hero_extended/public/UN0734512.jpg" alt="A girl fills a bottle at a tap">
<figcaption><span class="caption__text">${heroCap}</span><span class="caption__credit">${heroCredit}</span></figcaption></figure></div>
<div class="share-bar" aria-label="Share"><span class="share-bar__label">Share</span><ul class="share-bar__list">
<li><a class="share--facebook" href="https://www.facebook.com/sharer/sharer.php">Facebook</a></li><li><a class="share--x"
href="https://x.com/intent/post">X</a></li>
<li><a class="share--linkedin" href="https://www.linkedin.com/shareArticle">LinkedIn</a></li><li><a class="share--email" href="mailto:">Email</a></li></ul>
</div>
<div class="node__content clearfix"><div class="paragraph paragraph--type-text"><div class="field field--name-field-text">
${ps(p1)}
<h2>${h1}</h2>
${ps(p2)}
</div></div>
<div class="paragraph paragraph--type-quote"><blockquote class="pullquote"><p>${quote}</p><footer>— Daniel Oyelaran, headteacher</footer></blockquote></div>
<div class="paragraph paragraph--type-image"><figure class="image image--wide"><img src="/sites/default/files/UN0734530.jpg" alt="A nurse measures a child">
<figcaption><span class="caption__text">${cap2}</span><span class="caption__credit">${cap2Credit}</span></figcaption></figure></div>
<div class="paragraph paragraph--type-text"><div class="field field--name-field-text">
<h2>${h2}</h2>
${ps(p3)}
<h2>${h3}</h2>
${ps(p4)}
<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(p5)}
</div></div></div>
<div class="node__related-topics"><h2 class="related-topics__title">Related topics</h2><ul class="tags">${links(tags, 'tag')}</ul></div>
</article>
<section class="more-to-read"><h2 class="section-title">More to read</h2><div class="cards">
${more
  .map(
    (t) => `<div class="card card--story"><span class="card__type">Stories</span><h3 class="card__title"><a href="/stories/x">${t}</a></h3>
</div>`,
  )
  .join('\n')}
</div></section>
<section class="signup-block"><h2>Get the latest from UNICEF</h2><p>Sign up for updates on how your support helps children.</p>
<form><label for="signup-email">Email address</label><input id="signup-email" type="email"><button type="submit">Sign up</button></form></section>
</main>
<footer role="contentinfo" class="footer"><div class="footer__about">
<p>UNICEF works in over 190 countries and territories to protect the rights of every child.</p></div>
<ul class="footer__menu">${links(foot, 'footer__item')}</ul><p class="footer__social">Follow us</p><p class="footer__copyright">© UNICEF</p></footer>
</div>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div id="onetrust-policy">
<p id="onetrust-policy-text">${cookie}</p></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie settings</button>
<button id="onetrust-reject-all-handler">Reject all</button><button id="onetrust-accept-btn-handler">Accept all cookies</button></div></div></div>
<script src="/sites/default/files/js/js_q2Lm0.js"></script></body></html>`;
const unicef: TestPage = {
  html,
  name: 'heldout213-unicef-story',
  kind: 'news',
  // the dek is body; the pull quote repeats no body text and sits inside the story, so it is body, its attribution furniture
  title,
  headings: [h1, h2, h3],
  body: texts([...dek, ...p1, ...p2, quote, ...p3, ...p4, ...list, ...p5]),
  bylines: ['By Grace Mwenda', '11 June 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'UNICEF around the world', 'Main navigation', ...nav, 'Donate', 'Search', 'Breadcrumb', 'Home', heroCap, heroCredit,
    'Share', 'Facebook', 'LinkedIn', 'Email', '— Daniel Oyelaran, headteacher', cap2, cap2Credit, 'Related topics', ...tags, 'More to read', ...more,
    'Get the latest from UNICEF', 'Sign up for updates on how your support helps children.', 'Email address', 'Sign up',
    'UNICEF works in over 190 countries and territories to protect the rights of every child.', ...foot, 'Follow us', '© UNICEF', cookie,
    'Cookie settings', 'Reject all', 'Accept all cookies',
  ],
};

export const HELDOUT213_A: readonly TestPage[] = [unicef, amnestyNews];
