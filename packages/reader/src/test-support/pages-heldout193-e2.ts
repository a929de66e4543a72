import { links, ps, type TestPage, texts } from './page-kit.js';
import { uniq } from './pages-heldout193-kit.js';

/**
 * Held-out batch 193, file e2: an Android Authority how-to guide (the site's generated class names, header nav with
 * "Newsletter" and the hidden mobile menu, breadcrumbs, the affiliate notice above the article, author and date, the
 * hero image with its credit line, the "QUICK ANSWER" box, the "JUMP TO KEY SECTIONS" list that repeats the headings,
 * numbered steps with credited screenshots, ad placeholders, the FAQs with h3 questions, the comments button, "You might
 * like" cards, the newsletter box and the footer).
 */
const aaTitle = 'How to cast your Android phone’s screen to a TV';
const aaQuick =
  'To cast your Android screen, open Quick Settings, tap Screen Cast or Smart View, and choose your TV from the list. Your phone and TV ' +
  'must be on the same Wi-Fi network, and the TV needs built-in casting or a streaming dongle.';
const aaIntro = [
  'Photos, slideshows and videos often look better on a big screen than on a phone. Most Android phones can mirror their display to a ' +
    'television without any cables, as long as the TV supports casting. Here is how to set it up, and what to check when it does not ' +
    'work the first time.',
];
const aaH1 = 'What you need before you start';
const aaList1 = [
  'An Android phone running Android 10 or later.',
  'A TV with built-in casting, or a streaming stick plugged into the TV’s HDMI port.',
  'Both devices connected to the same Wi-Fi network, ideally on the 5GHz band.',
];
const aaH2 = 'How to cast your screen from Quick Settings';
const aaSteps = [
  'Swipe down twice from the top of the screen to open the full Quick Settings panel.',
  'Tap Screen Cast. On some phones this tile is called Smart View, Screen Mirroring or Cast.',
  'If you do not see the tile, tap the pencil icon and drag it into the panel.',
  'Choose your TV from the list of nearby devices and tap Start now.',
];
const aaP1 = [
  'After a couple of seconds your phone’s screen should appear on the TV. Notifications will show up on the TV as well, so you may want ' +
    'to turn on Do Not Disturb before showing your holiday photos to the family.',
];
const aaH3 = 'How to cast from an app instead';
const aaP2 = [
  'Mirroring sends everything on your screen to the TV, and it drains the battery quickly. Many video and music apps can cast just the ' +
    'content instead. Look for the cast icon, a rectangle with three curved lines in the corner, in the app’s player. Tap it and choose ' +
    'your TV.',
  'When you cast from an app, the TV streams the video directly from the internet. Your phone becomes a remote control, and you can ' +
    'use other apps or lock the screen without stopping playback.',
];
const aaH4 = 'FAQs';
const aaFaq = [
  [
    'Why doesn’t my TV show up in the cast list?',
    'Check that both devices are on the same Wi-Fi network and that the TV is switched on. Restarting the router often helps.',
  ],
  [
    'Can I cast without Wi-Fi?',
    'Some TVs support Wi-Fi Direct, which lets the phone connect to the TV directly. Look for Screen Mirroring in the TV’s input menu.',
  ],
  ['Does casting use mobile data?', 'Screen mirroring does not. Casting from an app uses the TV’s own internet connection, not your phone’s.'],
];
const aaNav = ['News', 'Reviews', 'Best', 'How-to', 'Deals', 'Podcast'];
const aaMobile = ['Phones', 'Tablets', 'Wearables', 'Smart Home', 'Apps', 'Chromebooks'];
const aaAffiliate = 'Affiliate links on Android Authority may earn us a commission.';
const aaCredits = ['Nadia Oyelaran / Android Authority', 'Edgar Salcedo / Android Authority'];
const aaLike = [
  ['How to record your screen on Android', '4 days ago'],
  ['The best streaming sticks you can buy', '1 week ago'],
  ['How to connect your phone to a projector', '2 weeks ago'],
];
const aaNews = [
  'Get the Android Authority newsletter',
  'The week’s best stories, deals and how-tos, delivered to your inbox every Sunday.',
  'Sign up',
  'By signing up, you agree to our Terms of Use and Privacy Policy.',
];
const aaFoot = ['About us', 'Careers', 'Contact us', 'Advertise', 'Ethics policy', 'Privacy policy', 'Cookie policy', 'Terms of use'];
const fig = (src: string, credit: string): string => `<figure class="e_pT"><div class="e_Rw"><img class="e_Jb" loading="lazy" decoding="async"
src="https://www.androidauthority.example/wp-content/uploads/2025/03/${src}.jpg" width="1920" height="1080" alt="${src.replace(/-/g, ' ')}"></div>
<figcaption class="e_fC"><span class="e_cR">${credit}</span></figcaption></figure>`;
const ad = (n: number): string => `<div class="e_aD" data-ad-slot="aa_incontent_${n}"><div class="e_aL" aria-hidden="true"></div></div>`;
const ol = (a: readonly string[]): string => `<ol class="e_oL">${a.map((t) => `<li>${t}</li>`).join('\n')}</ol>`;
const aaHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aaTitle} - Android Authority</title><meta name="description" content="${aaQuick}">
<meta property="og:type" content="article"><meta property="og:site_name" content="Android Authority"><meta property="og:title" content="${aaTitle}">
<meta property="article:published_time" content="2025-03-04T18:45:00+00:00">
<link rel="canonical" href="https://www.androidauthority.com/cast-android-screen-tv-3531877/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${aaTitle}","datePublished":"2025-03-04T18:45:00+00:00",
"author":[{"@type":"Person","name":"Nadia Oyelaran"}],"publisher":{"@type":"Organization","name":"Android Authority"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[
{"@type":"Question","name":"Can I cast without Wi-Fi?"}]}</script>
<link rel="stylesheet" href="/_next/static/css/8c1d0e.css"><script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body class="e_bD"><div id="__next"><header class="e_hD" role="banner"><div class="e_hI"><a class="e_lG" href="/" aria-label="Android Authority">
<svg aria-hidden="true"></svg></a><nav class="e_nV" aria-label="Main menu"><ul>${links(aaNav, 'e_nI')}</ul></nav>
<a class="e_nL" href="/newsletter/">Newsletter</a><button class="e_sB" type="button" aria-label="Search"></button></div>
<div class="e_mM" hidden><ul>${links([...aaNav, ...aaMobile], 'e_mI')}</ul></div></header>
<main class="e_mN"><article class="e_aR"><nav class="e_bC" aria-label="Breadcrumb"><a href="/">Home</a><span>›</span><a href="/apps/">Apps</a>
<span>›</span><a href="/how-to/">How-to</a></nav>
<p class="e_dS">${aaAffiliate} <a href="/affiliate-disclosure/">Learn more.</a></p>
<h1 class="e_tL">${aaTitle}</h1>
<div class="e_aM"><img class="e_aV" alt="" src="/authors/nadia-oyelaran.jpg" width="40" height="40">
<a class="e_aN" href="/authors/nadia-oyelaran/">Nadia Oyelaran</a>
<span class="e_sP">•</span><span class="e_dT">Published on<time datetime="2025-03-04T18:45:00+00:00">March 4, 2025</time></span></div>
${fig('android-phone-casting-to-tv-hero', aaCredits[0] ?? '')}
<div class="e_cT">
<div class="e_qA"><p class="e_qT">QUICK ANSWER</p><p>${aaQuick}</p><hr><p class="e_jT">JUMP TO KEY SECTIONS</p><ul>
<li><a href="#what-you-need">${aaH1}</a></li><li><a href="#quick-settings">${aaH2}</a></li><li><a href="#from-an-app">${aaH3}</a></li></ul></div>
${ps(aaIntro)}
${ad(1)}
<h2 id="what-you-need">${aaH1}</h2>
<ul>${aaList1.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="quick-settings">${aaH2}</h2>
${ol(aaSteps)}
${fig('quick-settings-screen-cast-tile', aaCredits[0] ?? '')}
${ps(aaP1)}
${ad(2)}
<h2 id="from-an-app">${aaH3}</h2>
${ps(aaP2)}
${fig('cast-icon-video-app', aaCredits[1] ?? '')}
<h2 id="faqs">${aaH4}</h2>
${aaFaq.map(([q, a]) => `<h3>${q}</h3>\n<p>${a}</p>`).join('\n')}
</div>
<div class="e_fA"><button class="e_cB" type="button"><span class="e_cI" aria-hidden="true"></span>Comments</button>
<button class="e_fB" type="button">Follow</button></div></article>
<section class="e_yL"><h2 class="e_yT">You might like</h2><ul>
${aaLike
  .map(
    ([t, d]) => `<li class="e_yI"><a href="/${(t ?? '').toLowerCase().replace(/[^a-z]+/g, '-')}/">${t}</a><span class="e_yD">${d}</span>
</li>`,
  )
  .join('\n')}
</ul></section>
<section class="e_nW"><h2>${aaNews[0]}</h2><p>${aaNews[1]}</p><form><input type="email" placeholder="Your email address" aria-label="Email">
<button type="submit">${aaNews[2]}</button></form><p class="e_nX">${aaNews[3]}</p></section></main>
<footer class="e_fT"><ul>${links(aaFoot, 'e_fI')}</ul><p class="e_fC">© 2025 Android Authority. All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"postId":3531877}},"page":"/[...slug]"}</script></body></html>`;
export const androidAuthority: TestPage = {
  html: aaHtml,
  name: 'heldout193-androidauthority-guide',
  kind: 'blog',
  // the QUICK ANSWER text is body (its label furniture); the JUMP TO KEY SECTIONS entries repeat the headings and are left
  // out; image credits, the affiliate notice above the title and the "You might like" cards are furniture; the FAQ
  // questions are headings; the "How-to" menu and breadcrumb link is two words of the title and is left out
  title: aaTitle,
  headings: [aaH1, aaH2, aaH3, aaH4, ...aaFaq.map((f) => f[0] ?? '')],
  body: texts([aaQuick, ...aaIntro, ...aaList1, ...aaSteps, ...aaP1, ...aaP2, ...aaFaq.map((f) => f[1] ?? '')]),
  bylines: ['Nadia Oyelaran', 'Published on', 'March 4, 2025'],
  furniture: uniq([
    ...aaNav.filter((t) => t !== 'How-to'),
    'Newsletter',
    ...aaMobile,
    'Home',
    'Apps',
    `${aaAffiliate} Learn more.`,
    ...aaCredits,
    'QUICK ANSWER',
    'JUMP TO KEY SECTIONS',
    'Comments',
    'Follow',
    'You might like',
    ...aaLike.flat(),
    ...aaNews,
    ...aaFoot,
    '© 2025 Android Authority. All rights reserved.',
  ]),
};
