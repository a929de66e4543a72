import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout488-kit.js';

/**
 * Held-out batch 488, file c: a metro's accessible travel guide on Next.js (CSS-module class names, __NEXT_DATA__, an "On this
 * page" box and a feedback widget), a long page.
 */
const nTitle = 'Accessible travel on Calder Metro';
const nDek = 'How to plan a step-free journey, get help from our staff and find out when lifts are out of service.';
const nSections: readonly (readonly [string, readonly string[]])[] = [
  [
    'Step-free stations',
    [
      j(
        '41 of our 58 stations have step-free access from the street to the platform, either by lift or by ramp. At 29 of them the',
        'gap between the platform and the train is small enough to board without a ramp; at the others, staff can put out a',
        'boarding ramp for you.',
      ),
      j(
        'The network map shows step-free stations with a white wheelchair symbol on a blue square. A symbol on a white square means',
        'the station is step-free from the street to the platform, but you will need a ramp to get on the train.',
      ),
      j(
        'Some stations are step-free in one direction only. At Foundry Street and Mill Lane, the platform towards Calder Central has a',
        'lift, but the platform towards Eastwick does not. If you need to travel towards Eastwick from one of these stations, go one',
        'stop the other way, change platforms at a step-free station and travel back.',
      ),
    ],
  ],
  [
    'Planning your journey',
    [
      j(
        'The journey planner on this website and in the Calder Metro app can show step-free routes only. Choose Accessibility options',
        'and select Step-free to the platform or Step-free to the train. The planner takes lift closures into account and will',
        'suggest a route that avoids them.',
      ),
      j(
        'If you prefer to plan with someone, call our accessible travel line on 0800 160 4477. The line is open from 6am to midnight',
        'every day and is free from mobiles and landlines. You can also use Relay UK by dialling 18001 before the number.',
      ),
    ],
  ],
  [
    'Help from staff',
    [
      j(
        'Every station is staffed from the first train to the last. You do not need to book help in advance: ask any member of staff,',
        'or press the blue help point button on the platform, and we will help you to the train. We will call ahead so that a member',
        'of staff meets you at the station where you get off.',
      ),
      j(
        'If you would like the reassurance of booking, you can book help up to two hours before you travel, online or by phone.',
        'Tell us where you are starting, where you are going and the kind of help you need, such as a ramp, someone to guide you or',
        'help with luggage.',
      ),
      j(
        'If nobody meets you at your destination, stay on the train and tell the driver using the passenger intercom. The train will',
        'wait while staff come to help you.',
      ),
    ],
  ],
  [
    'On the train',
    [
      j(
        'Every train has two wheelchair spaces in the middle carriage, marked with a blue symbol on the floor and the doors. The',
        'spaces have a call button that connects you to the driver. Priority seats are next to every set of doors; please offer',
        'them to people who need them more.',
      ),
      j(
        'Announcements of the next station are made on every train both as audio and on the screens above the doors. If the',
        'screens or speakers are not working in your carriage, tell a member of staff at the next station.',
      ),
      j(
        'Mobility scooters can travel on Calder Metro if they are no longer than 100 cm and no wider than 60 cm, and can turn',
        'within the wheelchair space. You need a free scooter permit, which you can get after a short assessment at Calder Central.',
      ),
    ],
  ],
  [
    'Lifts and escalators',
    [
      j(
        'We check every lift twice a day. If a lift is out of service, we show this on the status page, on the app and on the',
        'screens at the station entrance. Planned lift work is shown up to four weeks in advance.',
      ),
      j(
        'If you arrive at a station and the lift you need is not working, ask staff to arrange a taxi to the nearest step-free',
        'station on your route. We pay for the taxi. You do not need to show a ticket or a disability card to get this help.',
      ),
    ],
  ],
  [
    'Hidden disabilities and assistance cards',
    [
      j(
        'We recognise the Sunflower lanyard. Wear it, or show our free Please Offer Me a Seat badge, and staff and other passengers',
        'will know you may need more time or a seat. Both are free from any ticket office.',
      ),
      j(
        'Our Travel Support Card lets you write down what you need, for example "Please speak slowly" or "I may need help to find',
        'my way", and show it to staff without having to explain. You can order one online or collect one at a ticket office.',
      ),
      'Assistance dogs are welcome on all trains and at all stations. Escalators are not safe for dogs, so staff will show you to a lift.',
    ],
  ],
  [
    'Tickets and concessions',
    [
      j(
        'If you have a Calder Access Pass, you can travel free at any time. A companion can travel free with you if your pass has',
        'the C symbol. If you hold a disabled person’s railcard, you get a third off day tickets and season tickets.',
      ),
      j(
        'Ticket machines at every station have a lowered screen and an audio mode. Plug headphones into the socket under the screen',
        'to hear the options read out.',
      ),
    ],
  ],
  [
    'Tell us what you think',
    [
      j(
        'We meet our Accessibility Forum every three months. Members are passengers with a wide range of disabilities, who test new',
        'stations and trains before they open. If you would like to join, email access@caldermetro.example.',
      ),
    ],
  ],
];
const nHeads = nSections.map(([h]) => h);
const nBody = nSections.flatMap(([, p]) => p);
const nNav = ['Plan a journey', 'Tickets', 'Service status', 'Maps', 'Accessibility', 'Help'];
const nFoot = ['About Calder Metro', 'Careers', 'Contact us', 'Accessibility statement', 'Privacy', 'Cookie settings', 'Terms of use'];
const nRel = ['Step-free network map (PDF)', 'Book travel assistance', 'Lift status', 'Calder Access Pass'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"/>
<title>${nTitle} | Calder Metro</title><meta name="description" content="${nDek}"/><meta property="og:title" content="${nTitle}"/>
<meta name="next-head-count" content="5"/><link rel="preload" href="/_next/static/css/a3b81c7e0d22f914.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/a3b81c7e0d22f914.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script>
<script src="/_next/static/chunks/pages/%5B...slug%5D-7e2fd1c0b8f3a9d2.js" defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__Q2w8e" href="#main">Skip to main content</a>
<div class="StatusBanner_banner__tP1xK StatusBanner_minor__v0g3A" role="status"><p>Minor delays on the Eastwick line. <a href="/status">Check status</a></p>
</div>
<header class="Header_header__x7Q2b"><div class="Header_inner__Lk2pD"><a class="Header_logo__bF3Tn" href="/" aria-label="Calder Metro home">
<svg width="140" height="32" aria-hidden="true"></svg></a><nav class="Nav_nav__a9VqE" aria-label="Main"><ul class="Nav_list__Wc3jR">
${links(nNav, 'Nav_item__Xy0sP')}</ul></nav>
<button class="Header_searchButton__m2EoL" type="button"><span class="VisuallyHidden_root__h4Kz1">Search</span><svg aria-hidden="true"></svg></button>
<a class="Header_account__pV81c" href="/account">My account</a></div></header>
<main id="main" class="Page_main__p0nXw"><nav aria-label="Breadcrumb" class="Breadcrumbs_root__9fZyA"><ol>${links(['Home', 'Accessibility'])}</ol></nav>
<div class="Page_grid__q3sLd"><article class="Article_article__cR6Dn"><header class="Article_header__z8Upe"><h1 class="Heading_h1__tN5Fq">${nTitle}</h1>
<p class="Article_lead__Jh2Vw">${nDek}</p></header>
<aside class="OnThisPage_root__s1aVb" aria-labelledby="on-this-page"><h2 id="on-this-page" class="OnThisPage_title__jB7nC">On this page</h2><ol>
${nHeads.map((h, i) => `<li><a href="#section-${i + 1}">${h}</a></li>`).join('\n')}</ol></aside>
<div class="RichText_root__hV2aT">
${nSections.map(([h, p], i) => `<section class="RichText_section__k1Ems"><h2 id="section-${i + 1}">${h}</h2>\n${ps(p)}</section>`).join('\n')}
</div>
<div class="Feedback_root__eP5oW"><p class="Feedback_question__Ab1Dd">Was this page helpful?</p><button type="button">Yes</button>
<button type="button">No</button>
</div><p class="Article_updated__rL0cQ">Page updated <time dateTime="2026-01-27">27 January 2026</time></p></article>
<aside class="Sidebar_root__a8gGt" aria-labelledby="related"><h2 id="related" class="Sidebar_title__wE4Zc">Related</h2><ul>${links(nRel)}</ul>
<div class="Sidebar_card__T6Lpm"><h3>Need help now?</h3><p>Call 0800 160 4477, 6am to midnight</p></div></aside></div></main>
<footer class="Footer_footer__Q8rfY"><ul class="Footer_links__jX0Ae">${links(nFoot)}</ul>
<p class="Footer_copy__cE2n1">© 2026 Calder Metro Authority</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"page":{"title":"${nTitle}","slug":["accessibility","accessible-travel"],
"updated":"2026-01-27"}},"__N_SSG":true},"page":"/[...slug]","query":{"slug":["accessibility","accessible-travel"]},"buildId":"kq3dN1vXc8Hf2",
"isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout488-nextjs-metro-accessibility',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: texts([nDek, ...nBody]),
  bylines: ['Page updated 27 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Minor delays on the Eastwick line. Check status',
    ...nNav.filter((t) => !['Tickets', 'Accessibility', 'Help'].includes(t)), 'Search', 'My account',
    'Home', 'On this page', 'Was this page helpful?', 'Yes', 'Related', ...nRel, 'Need help now?', 'Call 0800 160 4477, 6am to midnight',
    ...nFoot, '© 2026 Calder Metro Authority',
  ],
};

export const HELDOUT488_C: readonly TestPage[] = [nextjs];
