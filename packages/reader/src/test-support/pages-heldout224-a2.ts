import { links, type TestPage } from './page-kit.js';

/**
 * Held-out batch 224, file a2: a Kennel Club breed page (Sitecore-style site: utility links, mega-menu nav, breadcrumb, the
 * breed hero with its group label, the "Key facts" panel, in-page section nav, the breed text, a "Find a puppy" promo inside the
 * content column, "Did you know?" box, the "Breed standard" download link, related breeds rail, newsletter, footer and a
 * OneTrust cookie banner).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((t) => t.replace(/\s+/g, ' '));
const kTitle = 'Harwick Terrier';
const kIntro = paras(`
The Harwick Terrier is a compact, wiry-coated terrier from the limestone dales of the north of England, where it was kept by lead miners and
farmers to control rats and foxes. It is bold, quick-witted and affectionate with its own people, and it still has the stamina of a working
dog in a small body.`);
const kFacts = [
  'Size: Small',
  'Exercise: Up to 1 hour per day',
  'Size of home: Small house',
  'Grooming: Once a week',
  'Coat length: Medium',
  'Sheds: Minimal',
  'Lifespan: Over 12 years',
  'Vulnerable native breed: Yes',
  'Town or country: Either',
];
const kH1 = 'History';
const kP1 = paras(`
Records of rough-coated terriers working in the Harwick valley go back to the late eighteenth century, when mine owners paid a bounty for every
rat brought up from the workings. The dogs had to be small enough to follow vermin into narrow spaces and tough enough to cope with cold water
and sharp stone.

A breed club was formed in 1911 and the first standard was drawn up two years later. Numbers fell sharply after the mines closed, and by the
1970s only a handful of breeders were keeping the type alive. Registrations remain low today, which is why the breed is on our list of vulnerable
native breeds.`);
const kH2 = 'Temperament';
const kP2 = paras(`
Harwicks are lively, confident and curious. They form strong bonds with their families and are usually good with considerate children, though
they are not always tolerant of rough handling. Like most terriers they can be vocal and will dig given the chance.

Their hunting instinct is strong, so early socialisation with cats and other small pets is important, and recall needs steady training from
puppyhood. Many owners find that scentwork and terrier racing give the breed a welcome outlet for its energy.`);
const kH3 = 'Health';
const kP3 = paras(`
The Harwick Terrier is generally a healthy breed. Breeders are encouraged to screen for primary lens luxation, an inherited eye condition, using
the DNA test available through the breed club, and to have breeding stock examined under the eye testing scheme.

Before buying a puppy, ask the breeder to show you the health test results for both parents.`);
const kH4 = 'Caring for a Harwick Terrier';
const kP4 = paras(`
The harsh outer coat needs a brush once a week and hand stripping two or three times a year to keep its texture. Clipping softens the coat and is
best avoided if you plan to show.

An hour of exercise a day, split between walks and play, suits most adults. They are happy in a town home as long as they have enough to do, but
a securely fenced garden is essential, as a Harwick will find any gap under a gate.`);
const kNav = ['Getting a dog', 'Breeding', 'Events and activities', 'Health and dog care', 'Our resources', 'About us'];
const kUtil = ['Shop', 'Donate', 'Contact us', 'Log in'];
const kCrumb = ['Home', 'Search', 'Breeds A to Z'];
const kSecNav = ['About the breed', 'Key facts', 'Health', 'Breed standard', 'Find a puppy'];
const kPromo = ['Looking for a Harwick Terrier puppy?', 'Find an Assured Breeder near you, or contact the breed club for advice.', 'Find a puppy'];
const kDid = ['Did you know?', 'Fewer than 300 Harwick Terrier puppies are registered in a typical year.'];
const kRel = ['Border Terrier', 'Lakeland Terrier', 'Patterdale Terrier', 'Welsh Terrier'];
const kNews = ['Sign up to our newsletter', 'Get the latest news, advice and events straight to your inbox.', 'Email address', 'Subscribe'];
const kFoot = ['Accessibility', 'Privacy and cookies', 'Terms and conditions', 'Modern slavery statement', 'Careers', 'Press office'];
const kCookie = [
  'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, analyse site usage, and ' +
    'assist in our marketing efforts.',
  'Cookie Settings',
  'Reject All',
  'Accept All Cookies',
];
const kSec = (id: string, h: string, ps: readonly string[]): string =>
  `<section class="rich-text breed-section" id="${id}"><h2 class="breed-section__title">${h}</h2>\n${ps.map((p) => `<p>${p}</p>`).join('\n')}</section>`;
const kHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Harwick Terrier | Breed facts and information | The Northern Kennel Club</title>
<meta name="description" content="Find out about the Harwick Terrier: history, temperament, health, exercise and grooming needs.">
<link rel="canonical" href="https://www.northernkennelclub.example/search/breeds-a-to-z/breeds/terrier/harwick-terrier/">
<meta property="og:title" content="Harwick Terrier"><meta property="og:type" content="website">
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="3f1a9c2e-8d6b" charset="UTF-8"></script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"pageType":"breed","breedGroup":"Terrier","breedName":"Harwick Terrier"});</script>
<link rel="stylesheet" href="/dist/css/main.8c1f2e.css"></head>
<body class="page-breed"><a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header" role="banner"><div class="site-header__utility"><ul class="utility-nav">${links(kUtil, 'utility-nav__item')}</ul></div>
<div class="site-header__main"><a class="site-header__logo" href="/"><img src="/dist/img/nkc-logo.svg" alt="The Northern Kennel Club"></a>
<form class="site-search" action="/search/" role="search"><label class="visually-hidden" for="q">Search the site</label><input id="q" name="q" type="search"
placeholder="Search"><button type="submit" class="site-search__btn"><span class="visually-hidden">Submit search</span></button></form>
<button class="site-header__burger" aria-expanded="false" aria-controls="mega-nav"><span class="visually-hidden">Open menu</span></button></div>
<nav class="mega-nav" id="mega-nav" aria-label="Main navigation"><ul class="mega-nav__list">${links(kNav, 'mega-nav__item')}</ul></nav></header>
<main id="main-content"><nav class="breadcrumb" aria-label="Breadcrumb"><ol class="breadcrumb__list">${links(kCrumb, 'breadcrumb__item')}
<li class="breadcrumb__item breadcrumb__item--current" aria-current="page">Harwick Terrier</li></ol></nav>
<section class="breed-hero"><div class="breed-hero__image"><picture><img src="/media/breeds/harwick-terrier-hero.jpg" alt="Harwick Terrier standing on a
stone wall"></picture><span class="breed-hero__credit">Image © Northern Kennel Club</span></div><div class="breed-hero__content">
<span class="breed-hero__group">Terrier group</span><h1 class="breed-hero__title">${kTitle}</h1></div></section>
<nav class="in-page-nav" aria-label="On this page"><ul class="in-page-nav__list">${kSecNav.map((t, i) => `<li><a href="#s${i}">${t}</a></li>`).join('')}
</ul></nav>
<div class="breed-layout"><div class="breed-layout__main">
<section class="rich-text breed-intro" id="s0">${kIntro.map((p) => `<p class="lead">${p}</p>`).join('')}
</section><aside class="key-facts" id="s1" aria-labelledby="key-facts-title"><h2 class="key-facts__title" id="key-facts-title">Key facts</h2>
<ul class="key-facts__list">${kFacts
  .map((f) => {
    const [label, value] = f.split(': ');
    return `<li class="key-facts__item"><span class="key-facts__icon" aria-hidden="true"></span><span class="key-facts__label">${label}:</span>
<span class="key-facts__value">${value}</span></li>`;
  })
  .join('\n')}</ul></aside>
${kSec('s-history', kH1, kP1)}
${kSec('s-temperament', kH2, kP2)}
<div class="promo-banner promo-banner--inline"><div class="promo-banner__content"><h3 class="promo-banner__title">${kPromo[0]}</h3>
<p class="promo-banner__text">${kPromo[1]}</p><a class="btn btn--primary" href="/search/find-a-puppy/?breed=harwick-terrier">${kPromo[2]}</a></div></div>
${kSec('s2', kH3, kP3)}
${kSec('s-care', kH4, kP4)}
<div class="callout callout--info"><h3 class="callout__title">${kDid[0]}</h3><p class="callout__text">${kDid[1]}</p></div>
<div class="download-block" id="s3"><h2 class="download-block__title">Breed standard</h2><p>Read the official breed standard for the Harwick Terrier.</p>
<a class="download-block__link" href="/media/breed-standards/harwick-terrier.pdf">Download the breed standard (PDF, 212KB)</a>
<p class="download-block__updated">Last updated: 1 October 2024</p></div></div>
<aside class="breed-layout__side"><div class="related-breeds"><h2 class="related-breeds__title">Similar breeds</h2><ul class="related-breeds__list">
${links(kRel, 'related-breeds__item')}</ul><a class="related-breeds__all" href="/search/breeds-a-to-z/">View all breeds</a></div></aside></div></main>
<section class="newsletter-signup"><h2>${kNews[0]}</h2><p>${kNews[1]}</p><form><label for="nl-email">${kNews[2]}</label><input id="nl-email" type="email">
<button type="submit">${kNews[3]}</button></form></section>
<footer class="site-footer" role="contentinfo"><ul class="site-footer__links">${links(kFoot, 'site-footer__item')}</ul>
<p class="site-footer__legal">The Northern Kennel Club is a registered charity, no. 1099987.</p>
<p class="site-footer__copy">© The Northern Kennel Club 2025</p>
</footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat ot-bnr-w-logo" role="region" aria-label="Cookie banner">
<div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy">
<p id="onetrust-policy-text">${kCookie[0]}</p></div></div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns">
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">${kCookie[1]}</button><button id="onetrust-reject-all-handler">${kCookie[2]}</button>
<button id="onetrust-accept-btn-handler">${kCookie[3]}</button></div></div></div></div></div></div>
<script src="/dist/js/main.8c1f2e.js" defer></script></body></html>`;
export const kennelBreed: TestPage = {
  html: kHtml,
  name: 'heldout224-kennel-club-breed-page',
  kind: 'docs',
  // the intro and the key facts (label and value, one fact an item) are body, "Key facts" is a heading; the breed group label,
  // in-page nav, find-a-puppy promo, "Did you know?" box, breed standard download block, similar breeds, newsletter, footer and
  // cookie banner are furniture; the page has no author or date other than the download block's "Last updated" (a byline)
  title: kTitle,
  headings: ['Key facts', kH1, kH2, kH3, kH4],
  body: [...kIntro, ...kFacts, ...kP1, ...kP2, ...kP3, ...kP4],
  bylines: ['Last updated: 1 October 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...kUtil, 'Search the site', 'Submit search', 'Open menu', ...kNav, 'Search', 'Breeds A to Z', 'Image © Northern Kennel Club',
    'Terrier group', 'About the breed', 'Breed standard', 'Find a puppy', ...kPromo.slice(0, 2), ...kDid, 
    'Read the official breed standard for the Harwick Terrier.',
    'Download the breed standard (PDF, 212KB)', 'Similar breeds', ...kRel, 'View all breeds', ...kNews, ...kFoot,
    'The Northern Kennel Club is a registered charity, no. 1099987.', '© The Northern Kennel Club 2025', ...kCookie,
  ],
};
