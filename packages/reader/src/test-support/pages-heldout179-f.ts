import { links, ps, type TestPage, texts } from './page-kit.js';
import { agRelease } from './pages-heldout179-f2.js';

/**
 * Held-out batch 179, file f: an American Red Cross news story on redcross.org (AEM: the blood-shortage alert bar, the
 * header with "Get Help" / "How to Help" / "Take a Class" / "Give Blood" and the "Donate Now" button, the "Red Cross Stories"
 * section line, the date and author, the share icons, the story with image captions, an in-text donation promo box, the
 * "About the American Red Cross" boilerplate, the "Related Stories" cards, the email sign-up and the long footer).
 */
const rcTitle = 'After the tornado, volunteers help Harlow Springs families take the first steps home';
const rcP1 = [
  'When the siren sounded just after 9 p.m. on a Sunday in March, Loretta Gaines gathered her two grandsons into the hallway closet of her ' +
    'home on Birch Street. Ten minutes later, the tornado had passed, and most of her roof was gone.',
  '“I opened the closet door and I could see the stars,” she said. “I didn’t know where we were going to sleep that night.”',
  'That night, she and the boys slept on cots at the Harlow Springs Community Center, where Red Cross volunteers had opened an emergency ' +
    'shelter within two hours of the storm. More than 140 people stayed there during the first week.',
];
const rcH1 = 'Comfort, meals and a safe place to stay';
const rcP2 = [
  'In the days after the tornado, more than 230 Red Cross volunteers, most of them from neighboring states, served over 9,000 meals and ' +
    'snacks alongside community partners. Volunteer nurses replaced lost prescriptions and eyeglasses, and mental health volunteers ' +
    'sat with families as they took in the damage.',
  'Caseworkers met one-on-one with more than 600 households to understand what they needed to recover, from temporary housing to help ' +
    'replacing lost documents.',
];
const rcH2 = 'Planning the road to recovery';
const rcP3 = [
  'For retired schoolteacher and Red Cross volunteer Amos Whitfield, the most important conversations happen after the shelter closes.',
  '“People tell you about the house, but what they’re really worried about is what comes next,” he said. “We help them make a plan, one ' +
    'step at a time, and we connect them with the partners who can help with repairs.”',
  'Loretta and her grandsons are now staying with her sister while a local rebuilding group, working with the Red Cross, repairs her roof. ' +
    'She hopes to be home by summer.',
  '“I’ll be planting tomatoes by July,” she said. “You watch.”',
];
const rcAlert = 'The Red Cross is facing an emergency blood shortage. Book a time to give now.';
const rcNav = ['Get Help', 'How to Help', 'Take a Class', 'Give Blood', 'About Us', 'Find Your Local Chapter'];
const rcCaptions = [
  'Red Cross volunteer Amos Whitfield talks with Loretta Gaines outside her damaged home in Harlow Springs.',
  'Volunteers serve hot meals at the Harlow Springs Community Center shelter.',
];
const rcPromo = [
  'Help people affected by disasters like tornadoes, floods and home fires',
  'Your gift enables the Red Cross to prepare for, respond to and help people recover from disasters big and small.',
  'Donate Now',
];
const rcAbout =
  'About the American Red Cross: The American Red Cross shelters, feeds and provides comfort to victims of disasters; supplies about 40% of ' +
  'the nation’s blood; teaches skills that save lives; distributes international humanitarian aid; and supports veterans, military members ' +
  'and their families.';
const rcRelated = [
  'Red Cross responds to severe storms across the South',
  'How to prepare your family for tornado season',
  'Meet the volunteers who run our shelters',
];
const rcSignup = ['Stay Informed', 'Sign up for Red Cross news, emergency tips and ways to help.', 'Email Address', 'Sign Up'];
const rcFoot = [
  'About Us',
  'Careers',
  'Media Contacts',
  'Financials',
  'Contact Us',
  'Red Cross Store',
  'Donate Stock',
  'Ways to Donate',
  'Volunteer',
  'Privacy Policy',
  'Terms of Use',
  'Accessibility',
];
const rcCopy = 'Copyright © 2025 The American National Red Cross. The American Red Cross is a 501(c)(3) nonprofit organization.';
const rcHtml = `<!DOCTYPE HTML>
<html lang="en"><head><meta charset="UTF-8"><title>${rcTitle} | Red Cross</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Red Cross volunteers open shelters and help families recover after a tornado in Harlow Springs.">
<meta property="og:title" content="${rcTitle}"><meta property="og:type" content="article"><meta name="template" content="rc-story-page">
<link rel="canonical" href="https://www.redcross.org/about-us/news-and-events/news/2025/after-the-tornado-harlow-springs.html">
<link rel="stylesheet" href="/etc.clientlibs/redcross/clientlibs/clientlib-site.min.css">
<script>window.adobeDataLayer = window.adobeDataLayer || []; adobeDataLayer.push({ page: { type: 'story' } });</script>
<script src="https://assets.adobedtm.example/launch-EN4f1c.min.js" async></script></head>
<body class="page basicpage rc-story"><div class="alert-bar" role="region" aria-label="Alert"><p>${rcAlert}</p><button aria-label="Close alert">×</button>
</div>
<a href="#main" class="skip-link">Skip to main content</a><header class="rc-header"><a class="rc-header__logo" href="/"><img
src="/content/dam/redcross/logos/american-red-cross.svg" alt="American Red Cross"></a><nav class="rc-header__nav" aria-label="Main"><ul>${links(rcNav)}</ul>
</nav><a class="rc-header__donate btn btn-red" href="/donate/donation.html">Donate Now</a>
<button class="rc-header__search" aria-label="Search">Search</button></header>
<main id="main"><div class="container"><div class="rc-breadcrumb"><a href="/about-us/news-and-events.html">News &amp; Events</a> / <span>Red Cross
Stories</span></div><article class="rc-story"><div class="rc-story__head"><h1>${rcTitle}</h1><p class="rc-story__meta"><span class="date">March 20, 2025</span>
<span class="author">By Celeste Brannigan, American Red Cross</span></p><div class="rc-share">${links(['Facebook', 'X', 'LinkedIn', 'Email'])}</div></div>
<div class="image"><figure><img src="/content/dam/redcross/stories/2025/harlow-1.jpg" alt=""><figcaption>${rcCaptions[0]}</figcaption></figure></div>
<div class="text">
${ps(rcP1)}
<h2>${rcH1}</h2>
${ps(rcP2)}
</div>
<div class="rc-promo"><h3>${rcPromo[0]}</h3><p>${rcPromo[1]}</p><a class="btn btn-red" href="/donate/disaster-relief.html">${rcPromo[2]}</a></div>
<div class="image"><figure><img src="/content/dam/redcross/stories/2025/harlow-2.jpg" alt=""><figcaption>${rcCaptions[1]}</figcaption></figure></div>
<div class="text">
<h2>${rcH2}</h2>
${ps(rcP3)}
<p class="about"><em>${rcAbout}</em></p>
</div></article>
<section class="rc-related"><h2>Related Stories</h2><ul>${links(rcRelated)}</ul></section>
<section class="rc-signup"><h2>${rcSignup[0]}</h2><p>${rcSignup[1]}</p><form><label for="em">${rcSignup[2]}</label><input id="em" type="email">
<button type="submit">${rcSignup[3]}</button></form></section></div></main>
<footer class="rc-footer"><ul>${links(rcFoot)}</ul><p>${rcCopy}</p></footer>
<script src="/etc.clientlibs/redcross/clientlibs/clientlib-site.min.js"></script></body></html>`;
const redCross: TestPage = {
  html: rcHtml,
  name: 'heldout179-red-cross-news-story',
  kind: 'news',
  // the date and the "By" line are bylines; the alert bar, the donation promo box between the text blocks, the captions,
  // the "About the American Red Cross" boilerplate, related stories, sign-up and footer are furniture
  title: rcTitle,
  headings: [rcH1, rcH2],
  body: [...texts(rcP1), ...rcP2, ...texts(rcP3)],
  bylines: ['March 20, 2025', 'By Celeste Brannigan, American Red Cross'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    rcAlert, '×', 'Skip to main content', ...rcNav, 'Donate Now', 'Search', 'News & Events', 'Red Cross Stories', 'Facebook', 'X', 'LinkedIn', 'Email',
    ...rcCaptions, ...rcPromo.slice(0, 2), rcAbout, 'Related Stories', ...rcRelated, ...rcSignup, ...rcFoot.slice(1), rcCopy,
  ],
};

export const HELDOUT179_F: readonly TestPage[] = [redCross, agRelease];
