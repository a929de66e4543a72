import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 114, file d2: a McClatchy-style daily's story (story-body, h-nav, Piano containers) whose article opens
 * with the Piano meter banner "You have 3 free articles remaining" and its subscribe offer, then the story (section nav,
 * "Read Next" slot, byline with "Updated" time, the share strip, a "Story continues below video" label, "Take Us With You"
 * app promo, "Read more" related links, "Sign up for our newsletter" box, and the footer).
 */
const title = 'Hospital to close birthing unit, leaving county without a place to deliver babies';
const meter = [
  'You have 3 free articles remaining',
  'Subscribe now for unlimited access to local news you can trust.',
  'Get started for $1',
  'Already a subscriber? Log in',
];
const paras = [
  'Saint Alder Regional Medical Center will stop delivering babies at the end of January, the hospital announced Wednesday, ' +
    'leaving Dorrance County without a birthing unit for the first time in more than 70 years.',
  'Expectant parents will have to travel to Marlow or Pine Ridge, each about 45 minutes away by car, hospital officials said.',
  'Chief Executive Angela Furst said the decision came after two of the hospital’s three obstetricians gave notice this year ' +
    'and recruiting replacements failed. The unit delivered 212 babies last year, down from 340 a decade ago.',
  '“We have tried for 18 months to keep this unit open,” Furst said in a statement. “We cannot safely staff it, and we will ' +
    'not run a service we cannot staff safely.”',
  'The hospital will keep its prenatal clinic open and said its emergency department would continue to handle unplanned ' +
    'deliveries. It is also in talks with Pine Ridge Women’s Health about sending a nurse midwife to the clinic twice a week.',
  'Local officials said they were blindsided. County Commissioner Terrence Ochoa said he learned of the closure from a ' + 'reporter’s phone call.',
  '“Forty-five minutes is a long way when you are in labor and it is snowing,” Ochoa said. “We need to know what the plan is ' + 'for those families.”',
  'Dorrance County joins a growing list of rural counties where hospitals have closed labor and delivery units. A state health ' +
    'department report last year found that 19 of the state’s 62 counties had no hospital that delivered babies.',
  'Nurse Tamsin Hale, who has worked in the unit for 14 years, said staff were told of the decision at a meeting on Tuesday ' +
    'afternoon. She said most nurses would be offered jobs elsewhere in the hospital.',
  '“It is not about our jobs,” she said. “It is about the moms.”',
];
const nav = ['Local', 'Sports', 'Politics', 'Business', 'Opinion', 'Entertainment', 'Food & Drink', 'Obituaries', 'Jobs'];
const readMore = ['Rural hospitals across the state cut services as costs rise', 'What to know about getting prenatal care in Dorrance County'];
const foot = ['Start a Subscription', 'Customer Service', 'eEdition', 'Vacation Hold', 'Pay Your Bill', 'Contact Us', 'Terms of Service', 'Privacy Policy'];
const nl = ['Sign up for our newsletter', 'Get the day’s top stories delivered to your inbox.', 'SIGN UP'];
const app = ['Take Us With You', 'Real-time updates and all local stories you want right in the palm of your hand.', 'Ridgeline Bee App', 'View Newsletters'];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | Ridgeline Bee</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${title}">
<meta name="sailthru.author" content="Lucia Brandt">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-11-05T17:20:00-08:00",
"isAccessibleForFree":"False","hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".paywall"}}</script>
<script src="https://experience.tinypass.example/xbuilder/experience/load?aid=mcc1"></script>
<script>window.mi=window.mi||{};mi.pageInfo={"story.id":"301204"};</script>
</head><body class="story-page"><a class="skip-link" href="#maincontent">Skip to content</a>
<header class="h-nav"><a class="logo" href="/">Ridgeline Bee</a><nav class="h-nav__sections"><ul>${links(nav, 'h-nav__item')}</ul></nav>
<a class="subscribe-button" href="/subscribe">Subscribe</a><a class="h-nav__login" href="/login">Log In</a></header>
<main id="maincontent"><article class="story-body" data-story-id="301204"><div class="header"><a class="kicker" href="/news/local/">Health Care</a>
<h1 class="h1">${title}</h1><div class="byline"><a href="/profile/lucia-brandt">By Lucia Brandt</a></div>
<div class="time"><time datetime="2025-11-05T17:20:00-08:00">Updated November 05, 2025 5:20 PM</time></div>
<div class="share-bar"><a class="share-btn" href="#">Facebook</a><a class="share-btn" href="#">Email</a><a class="share-btn" href="#">Comments</a></div></div>
<div class="tp-container-inner" id="piano-meter-inline"><div class="meter-banner"><p class="meter-banner__count">${meter[0]}</p>
<p class="meter-banner__offer">${meter[1]}</p><a class="meter-banner__cta" href="/subscribe">${meter[2]}</a>
<a class="meter-banner__login" href="/login">${meter[3]}</a></div></div>
<div class="paywall">
${ps(paras.slice(0, 3))}
<div class="video-wrapper"><p class="video-label">Story continues below video</p><div class="video" data-video-id="88102"></div></div>
${ps(paras.slice(3, 6))}
<div class="app-promo"><h3>${app[0]}</h3><p>${app[1]}</p><a href="/app">${app[2]}</a><a href="/newsletters">${app[3]}</a></div>
${ps(paras.slice(6))}
<p class="read-more"><strong>Read more</strong></p><ul class="read-more-list">${links(readMore)}</ul>
</div>
<div class="newsletter-box"><h3>${nl[0]}</h3><p>${nl[1]}</p><input type="email" placeholder="Email"><button>${nl[2]}</button></div>
<div class="author-card"><p>Lucia Brandt covers health care for the Ridgeline Bee. She joined the paper in 2021.</p></div>
</article><section class="read-next"><h2>Read Next</h2><a href="#">Snow chains required on Highway 4 as first storm arrives</a></section></main>
<footer class="footer"><ul>${links(foot)}</ul><p>Copyright © 2025 Ridgeline Bee. All rights reserved.</p></footer>
</body></html>`;
export const paywallPage: TestPage = {
  name: 'heldout114-mcclatchy-meter-banner-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts(paras),
  bylines: ['By Lucia Brandt', 'Updated November 05, 2025 5:20 PM'],
  furniture: [
    ...meter,
    'Skip to content',
    'Ridgeline Bee',
    ...nav,
    'Subscribe',
    'Log In',
    'Health Care',
    'Facebook',
    'Email',
    'Comments',
    'Story continues below video',
    ...app,
    'Read more',
    ...readMore,
    ...nl,
    'Lucia Brandt covers health care for the Ridgeline Bee. She joined the paper in 2021.',
    'Read Next',
    'Snow chains required on Highway 4 as first storm arrives',
    ...foot,
    'Copyright © 2025 Ridgeline Bee. All rights reserved.',
  ],
};
